// Every screen in every language at 1920x1080 and 1280x720, offscreen, on the real Main.qml:
// the language is switched live through LanguageChoice (as Account does), every screen is
// reached by remote keys and grabbed into <build>/tests/ui/artifacts/languages/<lang>/, and each
// grab is checked: nothing elided, cut off or out of its box, everything inside the safe area
// with focus visible, no English source text left on a translated screen. Arabic mirrors the
// layout (the QR code left of the code, keys follow the mirror); the choice is remembered.
#include "LanguageChoice.h"
#include "ScreenChecks.h"
#include "TvSession.h"
#include "UiLanguage.h"
#include "session/ViewerError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(TvPairPlugin)

using Phase = tvpair::SessionState::Phase;
using PollStatus = tvpair::SessionState::PollStatus;
using tvpair::ViewerError;

class TestUiLanguages : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;  // XDG_CONFIG_HOME: where the choice is remembered
    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
    TvSession *m_session = nullptr;
    LanguageChoice *m_choice = nullptr;
    QVariantList m_products, m_entitlements;
    QString m_language;
    QStringList m_problems;
    QList<QRegularExpression> m_english;  // what this language must not show in English
    int m_grabs = 0;

    QQuickItem *find(const char *name) const
    {
        return screenchecks::findIn(m_window->contentItem(), QLatin1String(name));
    }
    QString currentScreen() const
    {
        auto *shell = m_window->property("shell").value<QObject *>();
        auto *stack = shell ? shell->property("stack").value<QObject *>() : nullptr;
        auto *item = stack ? stack->property("currentItem").value<QObject *>() : nullptr;
        return item ? item->objectName() : QStringLiteral("(none)");
    }
    // As the RemoteKeyFilter delivers keys; transitions (160 ms) and the focus scale (140 ms) settle.
    void press(int key, int settleMs = 60)
    {
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
        QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
        QGuiApplication::sendEvent(m_window, &down);
        QGuiApplication::sendEvent(m_window, &up);
        QTest::qWait(settleMs);
    }
    // "Next" along a row: right, or left when the layout is mirrored.
    int forward() const { return m_choice->rightToLeft() ? Qt::Key_Left : Qt::Key_Right; }
    void preview(const QVariantMap &state) { m_session->setPreview(state); }

    void shoot(const QString &screen, bool focusOnControl = true)
    {
        QTest::qWait(350);
        const QImage image = m_window->grabWindow();
        const QString dir = QStringLiteral(TVPAIR_UI_ARTIFACTS "/languages/") + m_language;
        QDir().mkpath(dir);
        // Light compression: 300 grabs per run.
        image.save(QStringLiteral("%1/%2_%3x%4.png").arg(dir, screen).arg(m_window->width()).arg(m_window->height()),
                   "PNG", 80);
        ++m_grabs;
        const auto prefix = [&](const QStringList &found) {
            for (const QString &p : found)
                m_problems << QStringLiteral("%1 %2: %3").arg(m_language, screen, p);
        };
        prefix(screenchecks::safeAreaProblems(m_window, focusOnControl));
        prefix(screenchecks::textFitProblems(m_window));
        prefix(screenchecks::badgeProblems(m_window));
        if (m_language != QLatin1String("en"))
            prefix(screenchecks::untranslatedProblems(m_window, m_english));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        m_engine = new QQmlApplicationEngine(this);
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent probe(m_engine);
        probe.setData("import TvPair\nimport QtQml\nQtObject { property var s: TvSession; property var l: LanguageChoice }", QUrl());
        std::unique_ptr<QObject> probeObject(probe.create());
        QVERIFY2(probeObject, qPrintable(probe.errorString()));
        m_session = m_engine->singletonInstance<TvSession *>(qmlTypeId("TvPair", 1, 0, "TvSession"));
        m_choice = m_engine->singletonInstance<LanguageChoice *>(qmlTypeId("TvPair", 1, 0, "LanguageChoice"));
        QVERIFY(m_session && m_session->isPreview() && m_choice);
        preview({{"appName", QStringLiteral("tvpair")}, {"userCode", QStringLiteral("WDJB-MJHT")},
                 {"verificationUri", QStringLiteral("http://127.0.0.1:8787/device")},
                 {"verificationUriComplete", QStringLiteral("http://127.0.0.1:8787/device?user_code=WDJB-MJHT")},
                 {"expiresIn", 900}});
        preview({{"secondsLeft", 754}, {"subject", QStringLiteral("viewer@example.com")},
                 {"linkedProviders", QStringList{QStringLiteral("cleeng"), QStringLiteral("inplayer")}}});
        m_entitlements = {
            QVariantMap{{"id", "P0"}, {"title", "Monthly Premium"}, {"status", "active"},
                        {"expiresAt", "2031-09-30T00:00:00Z"}, {"provider", "cleeng"}},
            QVariantMap{{"id", "E2"}, {"title", "Movies & Series"}, {"status", "trial"},
                        {"trialEndsAt", "2031-01-10T00:00:00Z"}, {"provider", "inplayer"}},
            QVariantMap{{"id", "E3"}, {"title", "Kids Club"}, {"status", "cancelled_valid"},
                        {"expiresAt", "2031-02-01T00:00:00Z"}, {"provider", "inplayer"}},
            QVariantMap{{"id", "E4"}, {"title", "World Cup 2030"}, {"status", "expired"},
                        {"expiresAt", "2030-07-20T00:00:00Z"}, {"provider", "cleeng"}},
        };
        // Prices in the currencies of the seeds' markets; lengths with one and many.
        const char *titles[] = {"Monthly Premium", "Yearly Premium", "Match Day Pass", "Documentaries", "Cinema Weekend"};
        const char *periods[] = {"month", "year", "48 hours", "3 months", "once"};
        const char *currencies[] = {"EUR", "DKK", "SEK", "NOK", "USD"};
        const double prices[] = {9.99, 1299, 49, 129, 7.5};
        for (int i = 0; i < 5; ++i)
            m_products.append(QVariantMap{{"id", QStringLiteral("P%1").arg(i)}, {"title", titles[i]},
                                          {"price", prices[i]}, {"currency", currencies[i]}, {"period", periods[i]},
                                          {"trial", i == 1 ? "14 days" : i == 3 ? "1 week" : ""}, {"provider", "cleeng"}});
        preview({{"phase", int(Phase::WaitingForApproval)}});
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/TvPair/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window));
    }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)})
            for (const QString &lang : UiLanguage::available())
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3").arg(lang).arg(size.width()).arg(size.height())))
                    << lang << size;
    }
    void everyScreen()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        m_language = language;
        m_problems.clear();
        m_english = screenchecks::untranslatedPatterns(
            QStringLiteral(TVPAIR_SOURCE_DIR "/resources/translations/tvpair_%1.ts").arg(language));
        QVERIFY(language == QLatin1String("en") || m_english.size() > 100);
        if (m_window->size() != size) {
            m_window->resize(size);
            QTRY_COMPARE(m_window->size(), size);
        }
        // The switch Account makes: catalogue, locale and every binding, live.
        m_choice->choose(language);
        QCOMPARE(m_choice->language(), language);
        QCOMPARE(QLocale().name().section(QLatin1Char('_'), 0, 0), language);
        QTRY_COMPARE(currentScreen(), QStringLiteral("signInScreen"));

        preview({{"pollStatus", int(PollStatus::Waiting)}});
        shoot(QStringLiteral("signin"));
        // The code and the QR code side by side, mirrored for a right-to-left language.
        const qreal codeX = screenchecks::sceneRect(find("userCode")).center().x();
        const qreal qrX = screenchecks::sceneRect(find("qrCode")).center().x();
        QVERIFY2(m_choice->rightToLeft() ? qrX < codeX : qrX > codeX, "the layout is not mirrored as the language reads");
        preview({{"retryInSeconds", 8}, {"pollStatus", int(PollStatus::NetworkRetry)}});
        shoot(QStringLiteral("signin_network_retry"));
        preview({{"pollStatus", int(PollStatus::Denied)}});
        shoot(QStringLiteral("signin_declined"));
        preview({{"errorMessage", ViewerError::foreignBrowserAnswer(QString()).message()},
                 {"pollStatus", int(PollStatus::Ended)}});
        shoot(QStringLiteral("signin_error"));
        preview({{"errorMessage", QString()}, {"pollStatus", int(PollStatus::Waiting)}});

        preview({{"browserUrl", QStringLiteral("http://127.0.0.1:8787/authorize?client_id=tv&response_type=code")}});
        QTRY_COMPARE(currentScreen(), QStringLiteral("browserSignInScreen"));
        shoot(QStringLiteral("browser_signin"));
        preview({{"phase", int(Phase::SignedOut)}});
        shoot(QStringLiteral("browser_signed_out"));
        preview({{"browserUrl", QString()}, {"phase", int(Phase::WaitingForApproval)}});
        QTRY_COMPARE(currentScreen(), QStringLiteral("signInScreen"));

        m_session->setPreviewEntitlements(m_entitlements);
        m_session->setPreviewProducts(m_products);
        preview({{"loading", false}, {"phase", int(Phase::SignedIn)}});
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
        shoot(QStringLiteral("home"));
        press(Qt::Key_Down);
        press(forward());
        press(Qt::Key_Return);
        QTRY_COMPARE(currentScreen(), QStringLiteral("detailsScreen"));
        shoot(QStringLiteral("details"));
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
        press(Qt::Key_Yellow);
        shoot(QStringLiteral("help"), false);
        press(Qt::Key_Back);
        press(Qt::Key_Back);
        QTRY_VERIFY(find("exitDialog")->isVisible());
        shoot(QStringLiteral("leave_confirm"));
        press(Qt::Key_Back);
        QTRY_VERIFY(!find("exitDialog")->isVisible());

        press(Qt::Key_Blue);
        QTRY_COMPARE(currentScreen(), QStringLiteral("accountScreen"));
        shoot(QStringLiteral("account"));
        // The account's name, a Latin e-mail address here, starts at the start edge: the right one
        // in Arabic, like the label above it (it stayed left until 2026-12-02).
        QCOMPARE(find("subject")->property("effectiveHorizontalAlignment").toInt(),
                 int(m_choice->rightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
        press(forward());
        press(forward());
        QTRY_COMPARE(m_window->activeFocusItem(), find("languageButton"));
        press(Qt::Key_Return);
        QTRY_VERIFY(find("languagePicker")->isVisible());
        shoot(QStringLiteral("language_picker"));
        press(Qt::Key_Back);
        QTRY_COMPARE(m_window->activeFocusItem(), find("languageButton"));
        press(Qt::Key_Red);
        QTRY_VERIFY(find("signOutDialog")->isVisible());
        shoot(QStringLiteral("signout_confirm"));
        press(Qt::Key_Back);
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));

        m_session->setPreviewEntitlements({});
        m_session->setPreviewProducts({});
        preview({{"errorMessage", ViewerError(ViewerError::Code::PaymentProvider).message()}});
        shoot(QStringLiteral("home_error"));
        preview({{"errorMessage", QString()}});
        shoot(QStringLiteral("home_empty"));
        preview({{"phase", int(Phase::WaitingForApproval)}});
        QTRY_COMPARE(currentScreen(), QStringLiteral("signInScreen"));

        for (const QString &p : std::as_const(m_problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(m_problems.size())));
    }

    // The picker's OK switches at once and the choice outlives the process (the settings file
    // under XDG_CONFIG_HOME); an unknown language changes nothing.
    void choiceIsLiveAndRemembered()
    {
        m_choice->choose(QStringLiteral("fi"));
        QCOMPARE(UiLanguage::startLanguage(), QStringLiteral("fi"));
        QVERIFY(QFile::exists(m_config.path() + QStringLiteral("/tvpair/ui.conf")));
        // Bindings on screen follow without a reload.
        const auto shown = [this] {
            QList<QQuickItem *> items;
            screenchecks::collect(m_window->contentItem(), &items);
            QStringList texts;
            for (QQuickItem *i : std::as_const(items))
                if (screenchecks::isText(i))
                    texts << i->property("text").toString();
            return texts;
        };
        QTRY_VERIFY(shown().contains(QStringLiteral("Kirjaudu sisään puhelimella")));
        m_choice->choose(QStringLiteral("xx"));
        QCOMPARE(m_choice->language(), QStringLiteral("fi"));
        m_choice->choose(QStringLiteral("en"));
        QCOMPARE(UiLanguage::startLanguage(), QStringLiteral("en"));
        qInfo("%d screenshots checked", m_grabs);
    }

    void cleanupTestCase()
    {
        delete m_engine;
        m_engine = nullptr;
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    UiLanguage::apply(QStringLiteral("en"));
    TestUiLanguages test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_languages.moc"
