#include "DisplayOptions.h"

#include <QDir>
#include <QSettings>

namespace {
// The file the language choice is remembered in too.
QString settingsFile()
{
    QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (xdg.isEmpty())
        xdg = QDir::homePath() + QStringLiteral("/.config");
    return xdg + QStringLiteral("/tvpair/ui.conf");
}

void remember(const QString &key, bool on)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(key, on);
}
}  // namespace

DisplayOptions *DisplayOptions::create(QQmlEngine *, QJSEngine *)
{
    return new DisplayOptions;
}

DisplayOptions::DisplayOptions(QObject *parent) : QObject(parent)
{
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    m_highContrast = settings.value(QStringLiteral("high_contrast"), false).toBool();
    m_largeText = settings.value(QStringLiteral("large_text"), false).toBool();
}

void DisplayOptions::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    remember(QStringLiteral("high_contrast"), on);
    emit highContrastChanged();
}

void DisplayOptions::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    remember(QStringLiteral("large_text"), on);
    emit largeTextChanged();
}
