#include "SessionRecord.h"

#include "net/JsonBody.h"
#include "net/Log.h"

#include <QJsonDocument>

namespace tvpair {

QByteArray SessionRecord::toBytes() const
{
    QJsonObject pay;
    for (auto it = paymentTokens.begin(); it != paymentTokens.end(); ++it) {
        QJsonObject o = it.value().extra;
        o.insert("token", it.value().token);
        pay.insert(it.key(), o);
    }
    QJsonObject o{{"v", kVersion}, {"issuer", issuer}, {"client_id", clientId}, {"subject", subject},
                  {"refresh_token", refreshToken}, {"payment_tokens", pay}};
    if (!codeVerifier.isEmpty())
        o.insert("code_verifier", codeVerifier);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SessionRecord> SessionRecord::fromBytes(const QByteArray &bytes, QString *error)
{
    QString err;
    const auto o = net::parseJsonObject(bytes, &err);
    if (!o) {
        if (error)
            *error = QStringLiteral("stored session is not readable: ") + err;
        return std::nullopt;
    }
    if (o->value("v").toInt() != kVersion) {
        if (error)
            *error = QStringLiteral("stored session has version %1, expected %2").arg(o->value("v").toInt()).arg(kVersion);
        return std::nullopt;
    }
    SessionRecord r;
    r.issuer = o->value("issuer").toString();
    r.clientId = o->value("client_id").toString();
    r.subject = o->value("subject").toString();
    r.refreshToken = o->value("refresh_token").toString();
    r.codeVerifier = o->value("code_verifier").toString();  // absent in entries written before it existed
    if (r.refreshToken.isEmpty()) {
        if (error)
            *error = QStringLiteral("stored session has no refresh token");
        return std::nullopt;
    }
    const QJsonObject pay = o->value("payment_tokens").toObject();
    for (auto it = pay.begin(); it != pay.end(); ++it) {
        QJsonObject p = it.value().toObject();
        oauth::PaymentToken t;
        t.token = p.take("token").toString();
        t.extra = p;
        if (!t.token.isEmpty())
            r.paymentTokens.insert(it.key(), t);
    }
    log::rememberSecret(r.refreshToken);
    log::rememberSecret(r.codeVerifier);
    for (const auto &t : r.paymentTokens)
        log::rememberSecret(t.token);
    return r;
}

}  // namespace tvpair
