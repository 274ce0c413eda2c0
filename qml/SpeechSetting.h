#pragma once
// Whether the UI speaks: the viewer's choice when there is one (Account; remembered in
// $XDG_CONFIG_HOME/tvpair/ui.conf, key "speech", beside the language), else what the system
// asks for: TVPAIR_SPEECH=1|0 (a kiosk unit's environment), else on when assistive technology
// is active (QAccessible::isActive(): the desktop's accessibility bus says a screen reader or
// assistive tools are on, or QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), else off.
#include <QString>

namespace SpeechSetting {
struct Start {
    bool on = false;
    bool chosen = false;  // the viewer's remembered choice (the system then no longer decides)
    QString reason;       // for the log: "remembered", "TVPAIR_SPEECH=1", "assistive technology", "default"
};
Start start();
void remember(bool on);
}  // namespace SpeechSetting
