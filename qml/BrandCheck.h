#pragma once
// The operator's branding as the UI may use it: colours only when the built-in text still reads
// on them at WCAG 2.x 4.5:1 (text on the background, the accent as text and as the focused
// button's fill), a logo only when it is a readable image of sane size. Anything refused keeps
// the built-in look and is said in one log line; nothing here can leave the screen blank.
#include "config/TenantConfig.h"

#include <QColor>
#include <QUrl>

namespace BrandCheck {

// The built-in colours the operator's colours must carry (the same values as Theme.qml).
namespace builtin {
inline const QColor background{0x0A, 0x0E, 0x16};
inline const QColor surface{0x1B, 0x24, 0x36};
inline const QColor text{0xF5, 0xF7, 0xFB};
inline const QColor textSecondary{0xB7, 0xC1, 0xD3};
inline const QColor textOnLight{0x0A, 0x0E, 0x16};
inline const QColor accent{0x7C, 0xC0, 0xFF};
inline const QColor success{0x6E, 0xE7, 0xA0};
inline const QColor warning{0xFF, 0xD1, 0x66};
inline const QColor danger{0xFF, 0x8A, 0x8A};
}  // namespace builtin

constexpr double kMinContrast = 4.5;       // WCAG 2.x SC 1.4.3, normal text
constexpr qint64 kMaxLogoBytes = 1 << 20;  // a logo, not a photo
constexpr int kMaxLogoSide = 2048;         // pixels per side

// What the UI shows; an invalid colour or an empty URL means the built-in one.
struct Brand {
    QColor accent;
    QColor background;
    QColor backgroundTop;  // the top of the background gradient, derived from `background`
    QUrl logo;
    QUrl supportUrl;
};

// WCAG 2.x contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// Why the operator's colours cannot be used (one sentence), or empty when they can.
QString colourProblem(const tvpair::BrandingConfig &config);
// Why the logo cannot be used (one sentence), or empty when it can (it is decoded once here).
QString logoProblem(const QString &path);
// The brand to show; each refusal is logged once (category tvpair.app, warning).
Brand check(const tvpair::BrandingConfig &config);

}  // namespace BrandCheck
