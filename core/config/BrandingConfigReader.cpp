// `branding`: the operator's name, logo, colours and support page (top-level key of the tenant
// config). Only the form is checked here; whether the colours read well and the logo loads is
// decided where the UI starts, which falls back to the built-in look instead of refusing.
#include "TenantConfig.h"

#include "ConfigReader.h"

#include <QRegularExpression>

namespace tvpair::config {

namespace {

bool readColour(Reader &r, const QJsonObject &b, const QString &key, QString *out)
{
    const QString field = QStringLiteral("branding.") + key;
    if (!r.str(b, key, field, out))
        return false;
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (b.contains(key) && !b.value(key).isNull() && !hex.match(*out).hasMatch())
        return r.fail(field, QStringLiteral("expected a colour as #rrggbb (six hex digits)"));
    *out = out->toLower();
    return true;
}

}  // namespace

bool readBranding(Reader &r, const QJsonObject &root, TenantConfig *out)
{
    const QJsonValue v = root.value(QStringLiteral("branding"));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return r.fail(QStringLiteral("branding"), QStringLiteral("expected an object"));
    const QJsonObject b = v.toObject();
    BrandingConfig &brand = out->branding;
    r.onlyKeys(b, QStringLiteral("branding."),
               {"app_name", "logo_file", "accent_color", "background_color", "support_url"});
    if (r.str(b, "app_name", "branding.app_name", &brand.appName) && b.contains("app_name")
        && !b.value("app_name").isNull()) {
        if (brand.appName.trimmed().isEmpty())
            return r.fail(QStringLiteral("branding.app_name"), QStringLiteral("must not be empty"));
        // One name: the top-level key, the branding key, or both the same.
        if (root.contains("app_name") && !root.value("app_name").isNull() && out->appName != brand.appName)
            return r.fail(QStringLiteral("branding.app_name"), QStringLiteral("differs from app_name; give the name once"));
        out->appName = brand.appName;
    }
    if (r.str(b, "logo_file", "branding.logo_file", &brand.logoFile) && b.contains("logo_file")
        && !b.value("logo_file").isNull() && brand.logoFile.trimmed().isEmpty())
        return r.fail(QStringLiteral("branding.logo_file"), QStringLiteral("must not be empty (leave it out for no logo)"));
    readColour(r, b, QStringLiteral("accent_color"), &brand.accentColor);
    readColour(r, b, QStringLiteral("background_color"), &brand.backgroundColor);
    r.url(b, "support_url", "branding.support_url", &brand.supportUrl);
    return r.error.isEmpty();
}

}  // namespace tvpair::config
