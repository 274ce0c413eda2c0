#include "LanguageChoice.h"

#include "TvSession.h"
#include "UiLanguage.h"

#include <QLocale>
#include <QQmlEngine>

LanguageChoice *LanguageChoice::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    return new LanguageChoice(qmlEngine);
}

LanguageChoice::LanguageChoice(QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_engine(engine)
{
    // What the app (UiShell) or a test applied before QML started.
    const QString current = QLocale().name().section(QLatin1Char('_'), 0, 0);
    m_language = UiLanguage::available().contains(current) ? current : QStringLiteral("en");
}

QString LanguageChoice::languageName() const
{
    return UiLanguage::nativeName(m_language);
}

bool LanguageChoice::rightToLeft() const
{
    return QLocale(m_language).textDirection() == Qt::RightToLeft;
}

QVariantList LanguageChoice::languages() const
{
    QVariantList out;
    const QStringList codes = UiLanguage::available();
    for (const QString &code : codes)
        out.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), UiLanguage::nativeName(code)}});
    return out;
}

void LanguageChoice::choose(const QString &code)
{
    if (!UiLanguage::available().contains(code))
        return;
    m_language = UiLanguage::apply(code);
    UiLanguage::remember(m_language);
    if (m_engine) {
        m_engine->retranslate();
        const int typeId = qmlTypeId("TvPair", 1, 0, "TvSession");
        if (auto *session = typeId >= 0 ? m_engine->singletonInstance<TvSession *>(typeId) : nullptr)
            session->refreshTexts();
    }
    emit languageChanged();
}
