#include "Jwt.h"

#include "net/JsonBody.h"

namespace tvpair::oauth {

namespace {
constexpr auto kB64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

std::optional<QJsonObject> decodeJsonPart(const QByteArray &part, const char *name, QString *error)
{
    const auto bytes = base64UrlDecodeStrict(part);
    if (!bytes || bytes->isEmpty()) {
        setError(error, QStringLiteral("JWT %1 is not valid base64url").arg(QLatin1String(name)));
        return std::nullopt;
    }
    QString jsonError;
    auto object = net::parseJsonObject(*bytes, &jsonError);
    if (!object) {
        setError(error, QStringLiteral("JWT %1 is not a JSON object (%2)").arg(QLatin1String(name), jsonError));
        return std::nullopt;
    }
    return object;
}
}  // namespace

std::optional<QByteArray> base64UrlDecodeStrict(const QByteArray &text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(text, kB64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // Non-zero padding bits would give one token several spellings.
    if (result.decoded.toBase64(kB64Options) != text)
        return std::nullopt;
    return result.decoded;
}

QByteArray base64UrlEncode(const QByteArray &bytes)
{
    return bytes.toBase64(kB64Options);
}

std::optional<Jwt> Jwt::parse(const QByteArray &compact, QString *error)
{
    if (compact.isEmpty()) {
        setError(error, QStringLiteral("JWT is empty"));
        return std::nullopt;
    }
    if (compact.size() > kMaxTokenBytes) {
        setError(error, QStringLiteral("JWT larger than %1 bytes").arg(kMaxTokenBytes));
        return std::nullopt;
    }
    const qsizetype dot1 = compact.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : compact.indexOf('.', dot1 + 1);
    if (dot1 < 0 || dot2 < 0 || compact.indexOf('.', dot2 + 1) >= 0) {
        setError(error, QStringLiteral("JWT does not have exactly three parts"));
        return std::nullopt;
    }
    const QByteArray headerPart = compact.left(dot1);
    const QByteArray payloadPart = compact.mid(dot1 + 1, dot2 - dot1 - 1);
    const QByteArray signaturePart = compact.mid(dot2 + 1);

    Jwt jwt;
    auto header = decodeJsonPart(headerPart, "header", error);
    if (!header)
        return std::nullopt;
    if (!header->value(QLatin1String("alg")).isString()) {
        setError(error, QStringLiteral("JWT header has no string \"alg\""));
        return std::nullopt;
    }
    const QJsonValue kid = header->value(QLatin1String("kid"));
    if (!kid.isUndefined() && !kid.isString()) {
        setError(error, QStringLiteral("JWT header \"kid\" is not a string"));
        return std::nullopt;
    }
    if (header->contains(QLatin1String("crit"))) {
        setError(error, QStringLiteral("JWT header lists critical extensions that are not supported"));
        return std::nullopt;
    }
    auto claims = decodeJsonPart(payloadPart, "payload", error);
    if (!claims)
        return std::nullopt;
    const auto signature = base64UrlDecodeStrict(signaturePart);
    if (!signature) {
        setError(error, QStringLiteral("JWT signature is not valid base64url"));
        return std::nullopt;
    }
    jwt.m_header = std::move(*header);
    jwt.m_claims = std::move(*claims);
    jwt.m_signingInput = compact.left(dot2);
    jwt.m_signature = *signature;
    return jwt;
}

std::optional<QJsonObject> Jwt::decodeClaimsUnverified(const QByteArray &compact, QString *error)
{
    auto jwt = parse(compact, error);
    if (!jwt)
        return std::nullopt;
    return jwt->claims();
}

QString Jwt::algorithm() const
{
    return m_header.value(QLatin1String("alg")).toString();
}

QString Jwt::keyId() const
{
    return m_header.value(QLatin1String("kid")).toString();
}

}  // namespace tvpair::oauth
