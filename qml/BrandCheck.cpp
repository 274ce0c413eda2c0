#include "BrandCheck.h"

#include "net/Log.h"

#include <QFileInfo>
#include <QImageReader>
#include <cmath>

namespace BrandCheck {
namespace {

// WCAG 2.x relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor topOf(const QColor &background) { return background.lighter(150); }

struct Pair {
    const char *foreground;
    QColor fg;
    const char *background;
    QColor bg;
};

}  // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString colourProblem(const tvpair::BrandingConfig &config)
{
    const bool ownBackground = !config.backgroundColor.isEmpty();
    const bool ownAccent = !config.accentColor.isEmpty();
    if (!ownBackground && !ownAccent)
        return QString();
    const QColor bg = ownBackground ? QColor(config.backgroundColor) : builtin::background;
    const QColor accent = ownAccent ? QColor(config.accentColor) : builtin::accent;
    if (!bg.isValid() || !accent.isValid())
        return QStringLiteral("a colour is not #rrggbb");
    const char *bgName = ownBackground ? "background_color" : "the built-in background";
    const char *accentName = ownAccent ? "accent_color" : "the built-in accent";
    QList<Pair> pairs;
    // Everything drawn straight on the background, at its darkest and at the gradient's top.
    for (const QColor &b : {bg, ownBackground ? topOf(bg) : bg}) {
        pairs << Pair{"text", builtin::text, bgName, b} << Pair{"secondary text", builtin::textSecondary, bgName, b}
              << Pair{accentName, accent, bgName, b} << Pair{"warning text", builtin::warning, bgName, b}
              << Pair{"error text", builtin::danger, bgName, b} << Pair{"success text", builtin::success, bgName, b};
    }
    // The accent as a price on a card, and as the fill of the focused button under dark text.
    pairs << Pair{accentName, accent, "the card surface", builtin::surface}
          << Pair{"the focused button's text", builtin::textOnLight, accentName, accent};
    for (const Pair &p : std::as_const(pairs)) {
        const double ratio = contrastRatio(p.fg, p.bg);
        if (ratio < kMinContrast)
            return QStringLiteral("%1 %2 on %3 %4 is %5:1, below %6:1")
                .arg(QLatin1String(p.foreground), p.fg.name(), QLatin1String(p.background), p.bg.name())
                .arg(std::floor(ratio * 100) / 100)
                .arg(kMinContrast);
    }
    return QString();
}

QString logoProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("no such file");
    if (!info.isFile())
        return QStringLiteral("not a file");
    if (info.size() > kMaxLogoBytes)
        return QStringLiteral("%1 bytes, more than %2").arg(info.size()).arg(kMaxLogoBytes);
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return QStringLiteral("not an image tvpair can read");
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxLogoSide || size.height() > kMaxLogoSide))
        return QStringLiteral("%1x%2 pixels, more than %3x%3").arg(size.width()).arg(size.height()).arg(kMaxLogoSide);
    const QImage image = reader.read();
    if (image.isNull())
        return QStringLiteral("not an image tvpair can read (%1)").arg(reader.errorString());
    if (image.width() > kMaxLogoSide || image.height() > kMaxLogoSide)
        return QStringLiteral("%1x%2 pixels, more than %3x%3").arg(image.width()).arg(image.height()).arg(kMaxLogoSide);
    return QString();
}

Brand check(const tvpair::BrandingConfig &config)
{
    Brand brand;
    brand.supportUrl = config.supportUrl;
    const QString colours = colourProblem(config);
    if (!colours.isEmpty()) {
        qCWarning(lcApp).noquote() << "branding: colours not used:" << colours + QStringLiteral("; showing the built-in colours");
    } else {
        if (!config.accentColor.isEmpty())
            brand.accent = QColor(config.accentColor);
        if (!config.backgroundColor.isEmpty()) {
            brand.background = QColor(config.backgroundColor);
            brand.backgroundTop = topOf(brand.background);
        }
    }
    if (!config.logoFile.isEmpty()) {
        const QString logo = logoProblem(config.logoFile);
        if (!logo.isEmpty())
            qCWarning(lcApp).noquote() << "branding: logo_file" << config.logoFile << "not used:"
                                       << logo + QStringLiteral("; showing the built-in logo");
        else
            brand.logo = QUrl::fromLocalFile(QFileInfo(config.logoFile).absoluteFilePath());
    }
    return brand;
}

}  // namespace BrandCheck
