#include "SpeechSetting.h"

#include "UiLanguage.h"

#include <QAccessible>
#include <QSettings>

namespace SpeechSetting {
namespace {
const QString kKey = QStringLiteral("speech");
}

Start start()
{
    const QSettings settings(UiLanguage::settingsFile(), QSettings::IniFormat);
    if (settings.contains(kKey))
        return {settings.value(kKey).toBool(), true, QStringLiteral("remembered")};
    const QString env = qEnvironmentVariable("TVPAIR_SPEECH").trimmed().toLower();
    if (env == QLatin1String("1") || env == QLatin1String("on") || env == QLatin1String("true"))
        return {true, false, QStringLiteral("TVPAIR_SPEECH=%1").arg(env)};
    if (env == QLatin1String("0") || env == QLatin1String("off") || env == QLatin1String("false"))
        return {false, false, QStringLiteral("TVPAIR_SPEECH=%1").arg(env)};
    if (QAccessible::isActive())
        return {true, false, QStringLiteral("assistive technology")};
    return {false, false, QStringLiteral("default")};
}

void remember(bool on)
{
    QSettings settings(UiLanguage::settingsFile(), QSettings::IniFormat);
    settings.setValue(kKey, on);
}
}  // namespace SpeechSetting
