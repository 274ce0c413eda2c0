#include "PaymentListCache.h"

#include "net/JsonBody.h"
#include "net/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace tvpair {

namespace {

QString hashHex(const QStringList &parts, int chars)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex().left(chars));
}

QString kindName(PaymentListCache::Kind kind)
{
    return kind == PaymentListCache::Kind::Products ? QStringLiteral("products") : QStringLiteral("entitlements");
}

QByteArray digestOf(const QJsonArray &items)
{
    return QCryptographicHash::hash(QJsonDocument(items).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
}

// A list confirmed again this soon after it was written is not written again.
constexpr qint64 kRewriteAfterSec = 24 * 3600;

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), t.toUTC().toString(Qt::ISODateWithMs));
}

// true when absent (an invalid time: unknown) or a valid ISO instant; false when malformed.
bool getTime(const QJsonObject &o, const char *key, QDateTime *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!out->isValid())
        return false;
    *out = out->toUTC();
    return true;
}

bool getString(const QJsonObject &o, const char *key, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

// price + currency when present; false when price is there but not a number.
bool getPrice(const QJsonObject &o, double *price, bool *hasPrice, QString *currency)
{
    const QJsonValue v = o.value(QStringLiteral("price"));
    if (v.isUndefined())
        return getString(o, "currency", currency);
    if (!v.isDouble())
        return false;
    *price = v.toDouble();
    *hasPrice = true;
    return getString(o, "currency", currency);
}

}  // namespace

PaymentListCache::PaymentListCache(const QString &dir, const QString &issuer, const QString &clientId)
    : m_dir(dir), m_issuer(issuer), m_clientId(clientId)
{
}

void PaymentListCache::setDir(const QString &dir)
{
    m_dir = dir;
    m_known.clear();
}

QString PaymentListCache::prefix() const
{
    return QStringLiteral("payments-") + hashHex({m_issuer, m_clientId}, 12) + QLatin1Char('-');
}

QString PaymentListCache::fileFor(const QString &subject, const QString &provider, Kind kind) const
{
    if (m_dir.isEmpty() || subject.isEmpty())
        return {};
    return m_dir + QLatin1Char('/') + prefix() + hashHex({m_issuer, m_clientId, subject, provider, kindName(kind)}, 24)
        + QStringLiteral(".json");
}

// ---------------------------------------------------------------------------- items

QJsonObject PaymentListCache::productToJson(const Product &p)
{
    QJsonObject o{{"id", p.id}, {"title", p.title}, {"provider", p.provider}};
    if (p.hasPrice)
        o.insert("price", p.price);
    if (!p.currency.isEmpty())
        o.insert("currency", p.currency);
    if (!p.period.isEmpty())
        o.insert("period", p.period);
    if (!p.trial.isEmpty())
        o.insert("trial", p.trial);
    return o;
}

std::optional<Product> PaymentListCache::productFromJson(const QJsonObject &o)
{
    Product p;
    if (!getString(o, "id", &p.id) || p.id.isEmpty() || !getString(o, "title", &p.title)
        || !getString(o, "provider", &p.provider) || !getString(o, "period", &p.period)
        || !getString(o, "trial", &p.trial) || !getPrice(o, &p.price, &p.hasPrice, &p.currency))
        return std::nullopt;
    return p;
}

QJsonObject PaymentListCache::entitlementToJson(const Entitlement &e)
{
    QJsonObject o{{"product_id", e.productId}, {"title", e.title}, {"status", Entitlement::statusName(e.status)},
                  {"provider", e.provider}};
    putTime(o, "starts_at", e.startsAt);
    putTime(o, "expires_at", e.expiresAt);
    putTime(o, "trial_ends_at", e.trialEndsAt);
    if (e.hasPrice)
        o.insert("price", e.price);
    if (!e.currency.isEmpty())
        o.insert("currency", e.currency);
    return o;
}

std::optional<Entitlement> PaymentListCache::entitlementFromJson(const QJsonObject &o)
{
    using S = Entitlement::Status;
    Entitlement e;
    QString status;
    if (!getString(o, "product_id", &e.productId) || e.productId.isEmpty() || !getString(o, "title", &e.title)
        || !getString(o, "provider", &e.provider) || !getString(o, "status", &status)
        || !getTime(o, "starts_at", &e.startsAt) || !getTime(o, "expires_at", &e.expiresAt)
        || !getTime(o, "trial_ends_at", &e.trialEndsAt) || !getPrice(o, &e.price, &e.hasPrice, &e.currency))
        return std::nullopt;
    for (S s : {S::Active, S::Trial, S::CancelledValid, S::Expired, S::Revoked}) {
        if (Entitlement::statusName(s) == status) {
            e.status = s;
            return e;
        }
    }
    return std::nullopt;  // an unknown status
}

// ---------------------------------------------------------------------------- files

std::optional<QJsonArray> PaymentListCache::loadItems(const QString &subject, const QString &provider, Kind kind) const
{
    const QString path = fileFor(subject, provider, kind);
    if (path.isEmpty())
        return std::nullopt;
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    const QString name = QFileInfo(path).fileName();
    auto ignore = [&](const QString &why) -> std::optional<QJsonArray> {
        qCWarning(lcSession).noquote() << "ignoring the cached" << kindName(kind) << "list" << name << ":" << why;
        m_known.remove(path);
        return std::nullopt;
    };
    if (!f.open(QIODevice::ReadOnly))
        return ignore(QStringLiteral("cannot be read (%1)").arg(f.errorString()));
    if (f.size() > kMaxBytes)
        return ignore(QStringLiteral("larger than %1 bytes").arg(kMaxBytes));
    QString err;
    const auto doc = net::parseJsonObject(f.read(kMaxBytes + 1), &err);
    if (!doc)
        return ignore(err);
    if (doc->value("version").toInt() != kVersion)
        return ignore(QStringLiteral("not a version %1 cache file").arg(kVersion));
    if (doc->value("issuer").toString() != m_issuer || doc->value("client_id").toString() != m_clientId
        || doc->value("subject").toString() != subject || doc->value("provider").toString() != provider
        || doc->value("kind").toString() != kindName(kind))
        return ignore(QStringLiteral("it belongs to another issuer, client, account, provider or list"));
    const auto storedAt = net::integerField(*doc, QStringLiteral("stored_at"));
    if (!storedAt || *storedAt <= 0)
        return ignore(QStringLiteral("no stored_at"));
    // A TV's wall clock may be wrong: a list "from the future" is still shown (marked stale).
    if (QDateTime::currentSecsSinceEpoch() - *storedAt > kMaxAgeSec) {
        qCInfo(lcSession).noquote() << "the cached" << kindName(kind) << "list is older than"
                                    << kMaxAgeSec / 86400 << "days; not shown";
        return std::nullopt;
    }
    const QJsonValue items = doc->value("items");
    if (!items.isArray())
        return ignore(QStringLiteral("no items"));
    if (items.toArray().size() > kMaxItems)
        return ignore(QStringLiteral("more than %1 items").arg(kMaxItems));
    const QFileInfo info(path);
    m_known.insert(path, Known{digestOf(items.toArray()), *storedAt, info.lastModified(), info.size()});
    return items.toArray();
}

bool PaymentListCache::storeItems(const QString &subject, const QString &provider, Kind kind, const QJsonArray &given)
{
    const QString path = fileFor(subject, provider, kind);
    if (path.isEmpty())
        return false;
    QJsonArray items = given;
    if (items.size() > kMaxItems) {
        qCWarning(lcSession).noquote() << "caching only the first" << kMaxItems << "of" << items.size()
                                       << kindName(kind);
        while (items.size() > kMaxItems)
            items.removeLast();
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto known = m_known.constFind(path);
    const QByteArray digest = digestOf(items);
    if (known != m_known.cend() && known->digest == digest && now >= known->storedAt
        && now - known->storedAt < kRewriteAfterSec) {
        const QFileInfo info(path);
        if (info.exists() && info.lastModified() == known->modified && info.size() == known->size)
            return true;  // the same list, written recently, and the file untouched since: spare the flash
    }
    const QJsonObject doc{{"version", kVersion}, {"issuer", m_issuer}, {"client_id", m_clientId},
                          {"subject", subject}, {"provider", provider}, {"kind", kindName(kind)},
                          {"stored_at", now}, {"items", items}};
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    if (bytes.size() > kMaxBytes) {
        qCWarning(lcSession).noquote() << "not caching" << kindName(kind) << ": the list is larger than"
                                       << kMaxBytes << "bytes";
        QFile::remove(path);  // an older, smaller list would be shown as if it were this one
        m_known.remove(path);
        return false;
    }
    if (!QDir().mkpath(m_dir)) {
        qCWarning(lcSession).noquote() << "cannot cache" << kindName(kind) << ": cannot create" << m_dir;
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcSession).noquote() << "cannot cache" << kindName(kind) << ":" << f.errorString();
        return false;
    }
    // Personal data: owner only, set on the temporary file before the rename.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bytes);
    if (!f.commit()) {
        qCWarning(lcSession).noquote() << "cannot cache" << kindName(kind) << ":" << f.errorString();
        return false;
    }
    const QFileInfo info(path);
    m_known.insert(path, Known{digest, now, info.lastModified(), info.size()});
    return true;
}

std::optional<QList<Product>> PaymentListCache::loadProducts(const QString &subject, const QString &provider) const
{
    const auto items = loadItems(subject, provider, Kind::Products);
    if (!items)
        return std::nullopt;
    QList<Product> out;
    for (const QJsonValue &v : *items) {
        const auto p = productFromJson(v.toObject());
        if (!p) {
            qCWarning(lcSession).noquote() << "ignoring the cached products list" << QFileInfo(fileFor(subject, provider, Kind::Products)).fileName()
                                           << ": item" << out.size() << "is malformed";
            m_known.remove(fileFor(subject, provider, Kind::Products));
            return std::nullopt;
        }
        out.append(*p);
    }
    return out;
}

std::optional<QList<Entitlement>> PaymentListCache::loadEntitlements(const QString &subject, const QString &provider,
                                                                    const QDateTime &nowUtc) const
{
    const auto items = loadItems(subject, provider, Kind::Entitlements);
    if (!items)
        return std::nullopt;
    QList<Entitlement> out;
    for (const QJsonValue &v : *items) {
        auto e = entitlementFromJson(v.toObject());
        if (!e) {
            qCWarning(lcSession).noquote() << "ignoring the cached entitlements list"
                                           << QFileInfo(fileFor(subject, provider, Kind::Entitlements)).fileName()
                                           << ": item" << out.size() << "is malformed";
            m_known.remove(fileFor(subject, provider, Kind::Entitlements));
            return std::nullopt;
        }
        if (e->grantsAccess() && e->expiresAt.isValid() && e->expiresAt <= nowUtc)
            e->status = Entitlement::Status::Expired;
        out.append(*e);
    }
    return out;
}

bool PaymentListCache::storeProducts(const QString &subject, const QString &provider, const QList<Product> &items)
{
    QJsonArray a;
    for (const Product &p : items)
        a.append(productToJson(p));
    return storeItems(subject, provider, Kind::Products, a);
}

bool PaymentListCache::storeEntitlements(const QString &subject, const QString &provider, const QList<Entitlement> &items)
{
    QJsonArray a;
    for (const Entitlement &e : items)
        a.append(entitlementToJson(e));
    return storeItems(subject, provider, Kind::Entitlements, a);
}

void PaymentListCache::wipe()
{
    m_known.clear();
    if (m_dir.isEmpty())
        return;
    QDir dir(m_dir);
    // Also the temporary files of a write that never finished.
    for (const QString &name : dir.entryList({prefix() + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        if (!dir.remove(name))
            qCWarning(lcSession).noquote() << "could not remove the cached list" << name;
    }
}

}  // namespace tvpair
