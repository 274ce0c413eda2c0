#pragma once
// The last good product and entitlement lists on disk, so the home screen can show them at once
// on the next start while the provider is asked again. Never a token: only the
// fields of Models.h. One JSON file per (subject, provider, kind), named by a hash (no subject
// in a file name), written atomically (temp + rename) with mode 0600, bounded in items and
// bytes. A file that cannot be read, is too large, is corrupt or belongs to another issuer,
// client, subject, provider or kind is ignored with one warning line; reading never fails harder.
#include "payments/Models.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace tvpair {

class PaymentListCache {
public:
    enum class Kind { Products, Entitlements };

    static constexpr int kVersion = 1;
    static constexpr int kMaxItems = 2000;             // per list; more are not kept
    static constexpr qint64 kMaxBytes = 1024 * 1024;   // per file; a larger list is not kept
    static constexpr qint64 kMaxAgeSec = 30LL * 24 * 3600;  // older lists say too little to show

    // dir empty = no cache (every call is a no-op). issuer and clientId scope the files: two
    // tenants sharing a cache directory never see or wipe each other's lists.
    PaymentListCache(const QString &dir, const QString &issuer, const QString &clientId);

    void setDir(const QString &dir);
    bool isEnabled() const { return !m_dir.isEmpty(); }

    // nullopt when there is no usable list (none stored, empty subject, too old, corrupt,
    // foreign). Entitlements that granted access but whose expiresAt has passed by `now` come
    // back Expired: a stale list must not claim access that its own dates say has ended.
    std::optional<QList<Product>> loadProducts(const QString &subject, const QString &provider) const;
    std::optional<QList<Entitlement>> loadEntitlements(const QString &subject, const QString &provider,
                                                       const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    // false when nothing was written (no dir, empty subject, too large, disk error; logged).
    // An unchanged list is not rewritten.
    bool storeProducts(const QString &subject, const QString &provider, const QList<Product> &items);
    bool storeEntitlements(const QString &subject, const QString &provider, const QList<Entitlement> &items);
    // Removes every list of this issuer and client (sign-out, session over).
    void wipe();

    // The file that holds one list (for tests); empty without a dir or subject.
    QString fileFor(const QString &subject, const QString &provider, Kind kind) const;

    static QJsonObject productToJson(const Product &p);
    static std::optional<Product> productFromJson(const QJsonObject &o);
    static QJsonObject entitlementToJson(const Entitlement &e);
    static std::optional<Entitlement> entitlementFromJson(const QJsonObject &o);

private:
    std::optional<QJsonArray> loadItems(const QString &subject, const QString &provider, Kind kind) const;
    bool storeItems(const QString &subject, const QString &provider, Kind kind, const QJsonArray &items);
    QString prefix() const;

    QString m_dir;
    QString m_issuer;
    QString m_clientId;
    // Per file, as far as this process knows (read or written): a digest of its items and when
    // they were stored, so an unchanged list costs no flash write on the next good answer.
    struct Known {
        QByteArray digest;
        qint64 storedAt = 0;
        QDateTime modified;  // the file as it was then: changed since, it is written again
        qint64 size = -1;
    };
    mutable QHash<QString, Known> m_known;
};

}  // namespace tvpair
