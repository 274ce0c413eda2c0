#include "UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTranslator>

namespace UiLanguage {
namespace {
struct Known {
    const char *code;
    const char *name;
};
// English first, then by native name as the viewer reads it; Arabic last (another script).
constexpr Known kLanguages[] = {
    {"en", "English"},  {"da", "Dansk"},    {"de", "Deutsch"},      {"es", "Español"},
    {"fr", "Français"}, {"nl", "Nederlands"}, {"nb", "Norsk bokmål"}, {"fi", "Suomi"},
    {"sv", "Svenska"},  {"ar", "العربية"},
};

QTranslator *uiTranslator()
{
    static QTranslator *t = new QTranslator(QCoreApplication::instance());
    return t;
}
}  // namespace

QString settingsFile()
{
    QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (xdg.isEmpty())
        xdg = QDir::homePath() + QStringLiteral("/.config");
    return xdg + QStringLiteral("/tvpair/ui.conf");
}

QString load(QTranslator *translator, const QLocale &locale)
{
    const QString dir = QStringLiteral(":/tvpair/i18n");
    if (translator->load(locale, QStringLiteral("tvpair"), QStringLiteral("_"), dir)
        || translator->load(QStringLiteral("tvpair_en"), dir))
        return translator->language().section(QLatin1Char('_'), 0, 0);
    return QString();
}

QStringList available()
{
    QStringList out;
    for (const Known &k : kLanguages)
        out << QLatin1String(k.code);
    return out;
}

QString nativeName(const QString &code)
{
    for (const Known &k : kLanguages)
        if (code == QLatin1String(k.code))
            return QString::fromUtf8(k.name);
    return code;
}

QLocale localeFor(const QString &code)
{
    const QLocale wanted(code);
    const QLocale system = QLocale::system();
    return system.language() == wanted.language() ? system : wanted;
}

QString startLanguage()
{
    const QString remembered = QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("language")).toString();
    if (available().contains(remembered))
        return remembered;
    QTranslator probe;
    const QString system = load(&probe, QLocale::system());
    return system.isEmpty() ? QStringLiteral("en") : system;
}

void remember(const QString &code)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("language"), code);
}

QString apply(const QString &code)
{
    QTranslator *t = uiTranslator();
    QCoreApplication::removeTranslator(t);
    const QLocale locale = localeFor(available().contains(code) ? code : QStringLiteral("en"));
    const QString loaded = load(t, locale);
    if (!loaded.isEmpty())
        QCoreApplication::installTranslator(t);
    QLocale::setDefault(loaded == code ? locale : QLocale(QStringLiteral("en")));
    return loaded;
}

}  // namespace UiLanguage
