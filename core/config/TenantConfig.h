#pragma once
// The tenant config: one JSON file per operator. Parsing is strict:
// unknown keys and wrong types are errors that name the file, the field and what was expected.
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace tvpair {

struct Endpoints {
    QUrl deviceAuthorization;
    QUrl token;
    QUrl revocation;
    QUrl userinfo;
    QUrl jwks;
    QUrl authorization;
    QUrl introspection;
    QUrl endSession;  // OIDC RP-Initiated Logout end_session_endpoint (opened in a browser)
};

struct PaymentConfig {
    QString provider = QStringLiteral("none");  // cleeng | inplayer | mpx | rest | userinfo | none
    QString environment = QStringLiteral("production");  // production | sandbox
    QUrl baseUrl;  // empty: the provider's documented URL for the environment
    // cleeng
    QString publisherId;
    QStringList offerIds;
    // inplayer
    QList<qint64> assetIds;
    // mpx
    QString account;
    QUrl productUrl;
    QUrl entitlementUrl;  // mpx: Entitlement Data Service; rest: the operator's entitlement service
    // Which field of a record holds what: mpx product_id/start/end/disabled; rest (Beacon's
    // record shape) the keys of restFieldDefaults().
    QHash<QString, QString> entitlementFields;
    // rest: which token goes to the service: the viewer's access_token, or storage_keys.rest.token.
    QString tokenSource = QStringLiteral("access_token");
    // userinfo
    QString claim = QStringLiteral("products");
    // What a product code is called: code -> language ("de", "en"; "" for every language) ->
    // title. An unknown code is shown as itself.
    QHash<QString, QHash<QString, QString>> titles;
    // Buy on your phone: the operator's checkout page for one product, a template with
    // {product_id} {offer_id} {customer_id} {locale} (checked when read; never a token).
    QString checkoutUrl;
    // How long the TV watches for a purchase while the checkout QR is shown.
    int purchaseWatchSeconds = 900;
    // Manage on your phone: the provider's or operator's page to cancel or change a plan, a
    // template with the same placeholders as checkoutUrl ({product_id} and {offer_id} name the
    // entitlement's product); checked when read, never a token.
    QString manageUrl;

    static QHash<QString, QString> mpxFieldDefaults()
    {
        return {{"product_id", "productId"}, {"start", "startDate"}, {"end", "endDate"}, {"disabled", "disabled"}};
    }
    // Brightcove Beacon's entitlement record; `records` is the list's key in an answer object,
    // `next` the link to the next page, `revoked` a flag for refunded or withdrawn access.
    static QHash<QString, QString> restFieldDefaults()
    {
        return {{"product_id", "package_name"}, {"title", "title"}, {"start", "start_date"}, {"end", "end_date"},
                {"trial_end", "trial_end_date"}, {"cancellation", "effective_cancelation_date"},
                {"notification", "notification_type"}, {"revoked", "revoked"}, {"records", "entitlements"},
                {"next", "next"}};
    }
};

// At most this many providers in a `payment` list.
inline constexpr int kMaxPaymentProviders = 8;

// How the identity server differs from plain RFC 6749 / OIDC (config keys of the same names).
struct DialectConfig {
    QUrl discoveryUrl;  // metadata from another URL; its issuer must still equal `issuer`
    QString responseType = QStringLiteral("code");  // code | code id_token
    QString responseMode = QStringLiteral("query");  // query | form_post | fragment
    // Extra parameters; JSON types kept (a number stays a number in a JSON body). The core's
    // own parameters cannot be overridden.
    QJsonObject authorizationParams;
    QJsonObject tokenParams;
    QJsonObject refreshParams;
    bool refreshWithCodeVerifier = false;  // keep the PKCE verifier sealed and send it on refresh
    QString tokenDialect = QStringLiteral("rfc6749");  // rfc6749 | paytronix
    QString endSessionUrl;  // template: {client_id} {post_logout_redirect_uri} {logout_error_uri}
    QUrl logoutErrorUri;
};

// Who the viewer is (config `identity`).
struct IdentityConfig {
    // id_token (default with openid) | userinfo | token_response:<property> | access_token;
    // empty: derived from the scope.
    QString subject;
    QStringList displayName;  // claims/properties in order: token response, ID token, UserInfo
    QString customerNumber;
};

// The operator's look (config `branding`); empty values keep the built-in theme.
struct BrandingConfig {
    QString appName;
    QString logoFile;
    QString accentColor;      // #rrggbb
    QString backgroundColor;  // #rrggbb
    QUrl supportUrl;
};

struct TenantConfig {
    QString sourceName;  // file name (or "built-in sandbox config") used in error messages
    QString appName = QStringLiteral("tvpair");
    QString issuer;
    QString clientId;
    QString clientSecret;  // empty: public client
    QString tokenEndpointAuthMethod;  // "" (derived) | none | client_secret_basic | client_secret_post
    QString scope = QStringLiteral("openid offline_access profile");
    QString audience;
    QString resource;
    Endpoints endpoints;
    QString flow;  // "" (derived) | device_code | authorization_code
    bool allowInsecureLoopback = false;
    QString redirectPath = QStringLiteral("/callback");
    // Authorization code flow: a fixed loopback port (servers that only accept registered
    // redirect URIs); 0 = an ephemeral port. Config `redirect_port`, 1024-65535.
    quint16 redirectPort = 0;
    // Where the identity server sends the browser after signing out (RP-Initiated Logout);
    // empty: none is sent. Must be registered with the server for this client.
    QUrl postLogoutRedirectUri;
    // The first (or only) payment provider; `payments` holds every one as read, in config order
    // (`payment` may be a list when a viewer is linked to several providers at once).
    PaymentConfig payment;
    QList<PaymentConfig> payments;
    DialectConfig dialect;
    IdentityConfig identity;
    BrandingConfig branding;

    // The effective client authentication method.
    QString authMethod() const;
    // An ID token is expected: the scope has openid, or the response type or the identity
    // asks for one (then the config check has made sure the scope has openid).
    bool expectsIdToken() const;
    // Where the viewer's id comes from: identity.subject, else id_token when an ID token is
    // expected, else empty (no id; Account shows the display name when there is one).
    QString subjectSource() const;
    // Names the identity server in stored sessions and caches: the issuer, else (a server
    // without one) the discovery_url, else the token endpoint.
    QString serverKey() const;
    // The providers whose lists are fetched: `payment`, then the rest of `payments`; none for
    // provider "none".
    QList<PaymentConfig> paymentProviders() const;
    // The config of one of paymentProviders(); nullopt when it is not configured.
    std::optional<PaymentConfig> paymentFor(const QString &provider) const;

    static std::optional<TenantConfig> fromJson(const QByteArray &json, const QString &sourceName, QString *error);
    static std::optional<TenantConfig> fromFile(const QString &path, QString *error);
    // The built-in config for the local sandbox on 127.0.0.1 (used by the demo).
    static TenantConfig builtinSandbox(int port = 8740);
};

}  // namespace tvpair
