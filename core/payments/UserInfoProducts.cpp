#include "UserInfoProducts.h"

#include "net/Log.h"

namespace tvpair {

UserInfoProducts::UserInfoProducts(const QJsonArray &claim, QObject *parent) : PaymentProvider(nullptr, parent)
{
    int dropped = 0;
    for (const auto &v : claim) {
        const QString code = v.toString().trimmed();
        if (!v.isString() || code.isEmpty()) {
            ++dropped;
            continue;
        }
        if (!m_codes.contains(code))
            m_codes.append(code);
    }
    if (dropped > 0)
        qCWarning(lcPayments) << "userinfo: ignored" << dropped << "product claim entries that are not strings";
}

void UserInfoProducts::listProducts(ProductsCallback done)
{
    later([done = std::move(done)]() { done(ProductsResult{}); });
}

void UserInfoProducts::listEntitlements(EntitlementsCallback done)
{
    EntitlementsResult result;
    for (const QString &code : std::as_const(m_codes)) {
        Entitlement e;
        e.productId = code;
        e.title = m_titles.value(code, code);
        e.status = Entitlement::Status::Active;
        e.provider = name();
        result.items.append(e);
    }
    later([result, done = std::move(done)]() { done(result); });
}

QHash<QString, QString> UserInfoProducts::titlesIn(const QHash<QString, QHash<QString, QString>> &titles,
                                                  const QString &language)
{
    QHash<QString, QString> out;
    for (auto it = titles.begin(); it != titles.end(); ++it) {
        for (const QString &l : {language, QString(), QStringLiteral("en")}) {
            if (it.value().contains(l)) {
                out.insert(it.key(), it.value().value(l));
                break;
            }
        }
    }
    return out;
}

void UserInfoProducts::checkAccess(const QString &productId, AccessCallback done)
{
    AccessResult result;
    result.granted = m_codes.contains(productId);
    if (!result.granted)
        result.error = context().error(PaymentError::NoAccess, 0, QStringLiteral("no product code %1").arg(productId.left(60)));
    later([result, done = std::move(done)]() { done(result); });
}

}  // namespace tvpair
