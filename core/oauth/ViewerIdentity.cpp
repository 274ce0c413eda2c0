#include "ViewerIdentity.h"

#include "net/Printable.h"
#include "oauth/Jwt.h"

#include <QJsonValue>
#include <cmath>

namespace tvpair::oauth {

namespace {

constexpr qsizetype kMaxIdChars = 255;
constexpr qsizetype kMaxShownChars = 120;
const QString kTokenResponsePrefix = QStringLiteral("token_response:");

// A string, or a whole number as its decimal text (customer numbers and user ids are often
// numbers); anything else is not a name.
QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
    }
    return {};
}

// The token response without its secrets: a name must never show a token.
QJsonObject withoutSecrets(const QJsonObject &response)
{
    QStringList secrets;
    QJsonObject out = response;
    for (const char *key : {"access_token", "refresh_token", "id_token"}) {
        const QString v = response.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            secrets << v;
        out.remove(QLatin1String(key));
    }
    for (auto it = out.begin(); it != out.end();) {
        const QString v = textOf(it.value());
        if (!v.isEmpty() && secrets.contains(v))
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

// An id is kept as sent when it is one printable line of sensible length; otherwise none.
QString idOf(const QJsonValue &v)
{
    const QString s = textOf(v);
    if (s.isEmpty() || s.size() > kMaxIdChars || net::printableLine(s, kMaxIdChars) != s)
        return {};
    return s;
}

QString shown(const QString &s)
{
    return net::printableLine(s, kMaxShownChars).trimmed();
}

QString firstFound(const QStringList &names, const QList<const QJsonObject *> &sources)
{
    for (const QString &name : names) {
        for (const QJsonObject *source : sources) {
            const QString v = shown(textOf(source->value(name)));
            if (!v.isEmpty())
                return v;
        }
    }
    return {};
}

// A value shown or printed (Account, the signed_in event, logs) must never carry one of the
// response's tokens, whichever source it came from: a hostile server could name the viewer
// after the access token to get it printed. Equal to a token, or holding a long one: dropped.
bool carriesSecret(const QString &shownValue, const QJsonObject &tokenResponse)
{
    if (shownValue.isEmpty())
        return false;
    for (const char *key : {"access_token", "refresh_token", "id_token"}) {
        const QString v = tokenResponse.value(QLatin1String(key)).toString();
        if (v.isEmpty())
            continue;
        if (shownValue == v || (v.size() >= 16 && shownValue.contains(v)))
            return true;
    }
    return false;
}

QString accessTokenSubject(const QJsonObject &tokenResponse)
{
    const QString at = tokenResponse.value(QStringLiteral("access_token")).toString();
    if (at.isEmpty())
        return {};
    const auto claims = Jwt::decodeClaimsUnverified(at.toUtf8());
    return claims ? idOf(claims->value(QStringLiteral("sub"))) : QString();
}

}  // namespace

IdentityRules IdentityRules::fromConfig(const TenantConfig &config)
{
    return IdentityRules{config.subjectSource(), config.identity.displayName, config.identity.customerNumber};
}

bool IdentityRules::wantsUserInfo() const
{
    return subject == QLatin1String("userinfo") || !displayName.isEmpty() || !customerNumber.isEmpty();
}

ViewerIdentity ViewerIdentity::read(const IdentityRules &rules, const QJsonObject &tokenResponse,
                                    const QJsonObject &idClaims, const QJsonObject &userInfo)
{
    const QJsonObject response = withoutSecrets(tokenResponse);
    const QJsonValue idSub = idClaims.value(QStringLiteral("sub"));
    const bool userInfoMatches = userInfo.isEmpty() || idSub.isUndefined()
        || userInfo.value(QStringLiteral("sub")) == idSub;
    const QJsonObject info = userInfoMatches ? userInfo : QJsonObject();

    ViewerIdentity id;
    if (rules.subject == QLatin1String("id_token"))
        id.subject = idOf(idSub);
    else if (rules.subject == QLatin1String("userinfo"))
        id.subject = idOf(info.value(QStringLiteral("sub")));
    else if (rules.subject == QLatin1String("access_token"))
        id.subject = accessTokenSubject(tokenResponse);
    else if (rules.subject.startsWith(kTokenResponsePrefix))
        id.subject = idOf(response.value(rules.subject.mid(kTokenResponsePrefix.size())));

    const QList<const QJsonObject *> sources{&response, &idClaims, &info};
    id.displayName = firstFound(rules.displayName, sources);
    if (!rules.customerNumber.isEmpty())
        id.customerNumber = firstFound({rules.customerNumber}, sources);
    for (QString *value : {&id.subject, &id.displayName, &id.customerNumber}) {
        if (carriesSecret(*value, tokenResponse))
            value->clear();
    }
    return id;
}

}  // namespace tvpair::oauth
