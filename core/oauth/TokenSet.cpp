#include "TokenSet.h"

#include "net/JsonBody.h"
#include "net/Log.h"
#include "net/SecretLife.h"
#include "oauth/Jwt.h"

#include <QRegularExpression>

namespace tvpair::oauth {

static bool isProviderName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    return re.match(s).hasMatch();
}

std::optional<TokenSet> TokenSet::fromJson(const QJsonObject &o, QString *error)
{
    TokenSet t;
    const auto at = net::stringField(o, "access_token");
    if (!at || at->isEmpty()) {
        if (error)
            *error = QStringLiteral("token response has no \"access_token\"");
        return std::nullopt;
    }
    const auto tt = net::stringField(o, "token_type");
    if (!tt || tt->isEmpty()) {
        if (error)
            *error = QStringLiteral("token response has no \"token_type\"");
        return std::nullopt;
    }
    if (tt->compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        if (error) {
            // The value is the server's; quote it only when it reads like a token type name
            // (DPoP, mac, N_A) and is none of the secrets in the same answer (errors never hold a secret: a hostile
            // server may put its access token there).
            static const QRegularExpression typeName(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,15}$"));
            bool quotable = typeName.match(*tt).hasMatch();
            for (const char *secret : {"access_token", "refresh_token", "id_token"}) {
                const QString v = net::stringField(o, secret).value_or(QString());
                if (!v.isEmpty() && (v.contains(*tt) || tt->contains(v)))
                    quotable = false;
            }
            *error = quotable ? QStringLiteral("token response has token_type \"%1\"; only Bearer is supported").arg(*tt)
                              : QStringLiteral("token response has a token_type other than Bearer; only Bearer is supported");
        }
        return std::nullopt;
    }
    t.accessToken = *at;
    t.tokenType = QStringLiteral("Bearer");
    t.refreshToken = net::stringField(o, "refresh_token").value_or(QString());
    t.idToken = net::stringField(o, "id_token").value_or(QString());
    t.scope = net::stringField(o, "scope").value_or(QString());
    const auto exp = net::integerField(o, "expires_in");
    t.expiresIn = (exp && *exp > 0) ? int(std::min<qint64>(*exp, 366LL * 24 * 3600)) : kAssumedLifetimeSec;
    t.paymentTokens = extractPaymentTokens(o, t.accessToken);
    t.response = o;
    return t;
}

void TokenSet::rememberSecrets() const
{
    log::rememberSecret(accessToken);
    log::rememberSecret(refreshToken);
    log::rememberSecret(idToken);
    log::rememberSecret(codeVerifier);
    for (const auto &p : paymentTokens)
        log::rememberSecret(p.token);
}

std::optional<DeviceCode> DeviceCode::fromJson(const QJsonObject &o, QString *error)
{
    DeviceCode d;
    auto need = [&](const char *key, QString *out) {
        const auto v = net::stringField(o, QLatin1String(key));
        if (!v || v->isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("device authorization response has no \"%1\"").arg(QLatin1String(key));
            return false;
        }
        *out = *v;
        return true;
    };
    if (error)
        error->clear();
    if (!need("device_code", &d.deviceCode) || !need("user_code", &d.userCode))
        return std::nullopt;
    // RFC 8628 §3.2: some large providers still send verification_url.
    d.verificationUri = net::stringField(o, "verification_uri").value_or(net::stringField(o, "verification_url").value_or(QString()));
    if (d.verificationUri.isEmpty()) {
        if (error)
            *error = QStringLiteral("device authorization response has no \"verification_uri\"");
        return std::nullopt;
    }
    const QUrl vu(d.verificationUri);
    if (!vu.isValid() || (vu.scheme() != "https" && vu.scheme() != "http") || vu.host().isEmpty()) {
        if (error)
            *error = QStringLiteral("device authorization response has a verification_uri that is not an http(s) URL");
        return std::nullopt;
    }
    d.verificationUriComplete = net::stringField(o, "verification_uri_complete")
                                    .value_or(net::stringField(o, "verification_url_complete").value_or(QString()));
    if (!d.verificationUriComplete.isEmpty()) {
        const QUrl cu(d.verificationUriComplete);
        if (!cu.isValid() || (cu.scheme() != "https" && cu.scheme() != "http"))
            d.verificationUriComplete.clear();  // optional: drop a bad one rather than show it
    }
    const auto exp = net::integerField(o, "expires_in");
    if (!exp || *exp <= 0) {
        if (error)
            *error = QStringLiteral("device authorization response has no positive \"expires_in\"");
        return std::nullopt;
    }
    d.expiresIn = int(std::min<qint64>(*exp, 24 * 3600));
    const auto iv = net::integerField(o, "interval");
    d.interval = (iv && *iv > 0) ? int(std::min<qint64>(*iv, 300)) : 0;
    if (d.userCode.size() > 64) {
        if (error)
            *error = QStringLiteral("device authorization response has a user_code longer than 64 characters");
        return std::nullopt;
    }
    log::rememberSecret(d.deviceCode, log::SecretLife::ShortLived);
    return d;
}

PaymentTokens extractPaymentTokens(const QJsonObject &tokenResponse, const QString &accessToken)
{
    PaymentTokens out;
    // JWT <provider>_token claims first, so that storage_keys overrides a claim of the same provider.
    if (accessToken.count('.') == 2) {
        if (const auto claims = Jwt::decodeClaimsUnverified(accessToken.toUtf8())) {
            for (auto it = claims->begin(); it != claims->end(); ++it) {
                if (!it.key().endsWith(QLatin1String("_token")) || !it.value().isString())
                    continue;
                const QString provider = it.key().chopped(6);
                if (isProviderName(provider) && !it.value().toString().isEmpty())
                    out.insert(provider, PaymentToken{it.value().toString(), {}});
            }
        }
    }
    const QJsonObject keys = tokenResponse.value("extensions").toObject().value("storage_keys").toObject();
    for (auto it = keys.begin(); it != keys.end() && out.size() < 16; ++it) {
        if (!isProviderName(it.key()))
            continue;
        PaymentToken p;
        if (it.value().isString()) {
            p.token = it.value().toString();
        } else if (it.value().isObject()) {
            QJsonObject o = it.value().toObject();
            p.token = o.value("token").toString();
            o.remove("token");
            p.extra = o;
        }
        if (!p.token.isEmpty())
            out.insert(it.key(), p);
    }
    for (const auto &p : out)
        log::rememberSecret(p.token);
    return out;
}

}  // namespace tvpair::oauth
