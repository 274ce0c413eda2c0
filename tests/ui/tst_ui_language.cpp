// Counts in every language with real plural forms: the built-in catalogues (English and German)
// give "1 item" / "7 items" and "1 Eintrag" / "7 Einträge" on the real home screen, the lengths
// and periods of products too, and a locale without a catalogue still gets English, never the
// source text "7 item(s)".
#include "ProductListModel.h"
#include "TvSession.h"
#include "UiLanguage.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(TvPairPlugin)

namespace {
QObject *findByName(QObject *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        const auto children = item->childItems();
        for (QQuickItem *c : children)
            if (QObject *found = findByName(c, name))
                return found;
    }
    return nullptr;
}

void visibleTexts(QQuickItem *item, QStringList *out)
{
    if (!item->isVisible())
        return;
    if (item->inherits("QQuickText"))
        out->append(item->property("text").toString());
    const auto children = item->childItems();
    for (QQuickItem *c : children)
        visibleTexts(c, out);
}
}  // namespace

class TestUiLanguage : public QObject {
    Q_OBJECT
    QQmlEngine *m_engine = nullptr;
    TvSession *m_session = nullptr;
    QTranslator m_translator;

    void use(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_translator);
        QCOMPARE(UiLanguage::load(&m_translator, QLocale(language)), language);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        m_engine->retranslate();
    }

private slots:
    void initTestCase()
    {
        m_engine = new QQmlEngine(this);
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent probe(m_engine);
        probe.setData("import TvPair\nimport QtQml\nQtObject { property var s: TvSession }", QUrl());
        std::unique_ptr<QObject> probeObject(probe.create());
        QVERIFY2(probeObject, qPrintable(probe.errorString()));
        m_session = m_engine->singletonInstance<TvSession *>(qmlTypeId("TvPair", 1, 0, "TvSession"));
        QVERIFY(m_session && m_session->isPreview());
    }

    // The system locale picks the catalogue; a language without one (or the C locale of a bare
    // TV image) gets English.
    void catalogueForEveryLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("de_DE") << "de_DE" << "de";
        QTest::newRow("de_AT") << "de_AT" << "de";
        QTest::newRow("en_GB") << "en_GB" << "en";
        QTest::newRow("fr_FR") << "fr_FR" << "fr";
        QTest::newRow("fr_BE") << "fr_BE" << "fr";
        QTest::newRow("da_DK") << "da_DK" << "da";
        QTest::newRow("fi_FI") << "fi_FI" << "fi";
        QTest::newRow("sv_FI") << "sv_FI" << "sv";
        QTest::newRow("nb_NO") << "nb_NO" << "nb";
        QTest::newRow("nl_BE") << "nl_BE" << "nl";
        QTest::newRow("es_ES") << "es_ES" << "es";
        QTest::newRow("ar_EG") << "ar_EG" << "ar";
        QTest::newRow("pt_BR (no catalogue)") << "pt_BR" << "en";
        QTest::newRow("C") << "C" << "en";
    }
    void catalogueForEveryLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QTranslator translator;
        QCOMPARE(UiLanguage::load(&translator, QLocale(locale)), language);
        QCOMPARE(translator.isEmpty(), false);
    }

    void homeCounts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("owned");
        QTest::addColumn<int>("offered");
        QTest::addColumn<QString>("ownedText");
        QTest::addColumn<QString>("offeredText");
        QTest::newRow("en 1") << "en" << 1 << 1 << "1 item" << "1 product";
        QTest::newRow("en 7") << "en" << 7 << 14 << "7 items" << "14 products";
        QTest::newRow("de 1") << "de" << 1 << 1 << "1 Eintrag" << "1 Angebot";
        QTest::newRow("de 7") << "de" << 7 << 14 << "7 Einträge" << "14 Angebote";
    }
    void homeCounts()
    {
        QFETCH(QString, language);
        QFETCH(int, owned);
        QFETCH(int, offered);
        QFETCH(QString, ownedText);
        QFETCH(QString, offeredText);
        use(language);

        QVariantList entitlements;
        for (int i = 0; i < owned; ++i)
            entitlements.append(QVariantMap{{"id", QStringLiteral("E%1").arg(i)}, {"title", QStringLiteral("Pass %1").arg(i)},
                                            {"status", "active"}, {"provider", "cleeng"}});
        QVariantList products;
        for (int i = 0; i < offered; ++i)
            products.append(QVariantMap{{"id", QStringLiteral("P%1").arg(i)}, {"title", QStringLiteral("Plan %1").arg(i)},
                                        {"price", 4.99}, {"currency", "EUR"}, {"period", "3 months"},
                                        {"trial", "7 days"}, {"provider", "cleeng"}});
        m_session->setPreviewEntitlements(entitlements);
        m_session->setPreviewProducts(products);
        m_session->setPreview({{"loading", false}, {"phase", int(tvpair::SessionState::Phase::SignedIn)}});

        QQmlComponent c(m_engine);
        c.setData("import QtQuick\nimport TvPair\nAppShell { width: 1920; height: 1080 }", QUrl());
        std::unique_ptr<QObject> shell(c.create());
        QVERIFY2(shell, qPrintable(c.errorString()));
        QObject *home = nullptr;
        QTRY_VERIFY((home = findByName(shell.get(), QStringLiteral("homeScreen"))) != nullptr);
        QObject *ownedRow = findByName(home, QStringLiteral("ownedRow"));
        QObject *offeredRow = findByName(home, QStringLiteral("availableRow"));
        QVERIFY(ownedRow && offeredRow);
        QCOMPARE(ownedRow->property("countText").toString(), ownedText);
        QCOMPARE(offeredRow->property("countText").toString(), offeredText);

        // No "(s)" anywhere the viewer can read it, cards included.
        QStringList texts;
        visibleTexts(qobject_cast<QQuickItem *>(shell.get()), &texts);
        QVERIFY(texts.contains(ownedText));
        for (const QString &t : std::as_const(texts))
            QVERIFY2(!t.contains(QLatin1String("(s)")), qPrintable(t));
        m_session->setPreview({{"phase", int(tvpair::SessionState::Phase::WaitingForApproval)}});
    }

    // Lengths and periods of products as the adapters write them ("<n> <unit>[s]").
    void productLengths_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("periodText");
        QTest::addColumn<QString>("trial");
        QTest::addColumn<QString>("trialText");
        QTest::newRow("en one") << "en" << "1 hour" << "for 1 hour" << "1 day" << "1 day";
        QTest::newRow("en many") << "en" << "48 hours" << "for 48 hours" << "7 days" << "7 days";
        QTest::newRow("en every") << "en" << "3 months" << "every 3 months" << "2 periods" << "2 billing periods";
        QTest::newRow("en words") << "en" << "month" << "per month" << "a long trial" << "a long trial";
        QTest::newRow("de one") << "de" << "1 hour" << "für 1 Stunde" << "1 day" << "1 Tag";
        QTest::newRow("de many") << "de" << "48 hours" << "für 48 Stunden" << "7 days" << "7 Tage";
        QTest::newRow("de every") << "de" << "3 months" << "alle 3 Monate" << "2 periods" << "2 Abrechnungszeiträume";
        QTest::newRow("de weeks") << "de" << "2 weeks" << "alle 2 Wochen" << "1 week" << "1 Woche";
        QTest::newRow("de words") << "de" << "month" << "pro Monat" << "1 year" << "1 Jahr";
    }
    void productLengths()
    {
        QFETCH(QString, language);
        QFETCH(QString, period);
        QFETCH(QString, periodText);
        QFETCH(QString, trial);
        QFETCH(QString, trialText);
        use(language);
        QCOMPARE(ProductListModel::periodText(period), periodText);
        QCOMPARE(ProductListModel::durationText(trial), trialText);
    }

    // Prices in the UI language's locale (which the language sets as the default), never
    // "129.00SEK": the locale's own symbol for its currency, the sign of the big ones, else the
    // ISO code. Non-breaking spaces read as spaces here.
    void prices_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("price");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("de EUR") << "de" << 9.99 << "EUR" << "9,99 €";
        QTest::newRow("da DKK") << "da" << 129.0 << "DKK" << "129,00 kr.";
        QTest::newRow("sv SEK") << "sv" << 129.0 << "SEK" << "129,00 kr";
        QTest::newRow("fi EUR") << "fi" << 1299.0 << "EUR" << "1 299,00 €";
        QTest::newRow("en EUR") << "en" << 9.99 << "EUR" << "€9.99";
        QTest::newRow("en DKK (ISO code)") << "en" << 129.0 << "DKK" << "DKK 129.00";
        QTest::newRow("fr SEK (ISO code)") << "fr" << 129.0 << "SEK" << "129,00 SEK";
    }
    void prices()
    {
        QFETCH(QString, language);
        QFETCH(double, price);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(UiLanguage::apply(language), language);
        tvpair::Product p;
        p.hasPrice = true;
        p.price = price;
        p.currency = currency;
        QString shown = ProductListModel::priceText(p);
        shown.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
        QCOMPARE(shown, text);
        UiLanguage::apply(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_translator);
        delete m_engine;
        m_engine = nullptr;
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    TestUiLanguage test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_language.moc"
