#pragma once
// One interface for every payment provider (ARCHITECTURE.md, core/payments; payments.md).
// An adapter lists the products a viewer can buy and the entitlements they hold, in the one
// model of Models.h, whatever the provider's shapes and time units are.
#include "config/TenantConfig.h"
#include "payments/Models.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace tvpair {
namespace net {
class HttpClient;
class HttpCall;
struct HttpResponse;
}  // namespace net

// What the identity server handed over for one provider (`extensions.storage_keys.<provider>`):
// `token`, and every other field of that object in `extra` (inplayer account_id/expires,
// mpx user_id/account, cleeng customer_id). For `userinfo`, `extra` holds the claim
// (e.g. {"products": ["premium"]}) and `token` is empty.
struct PaymentCredentials {
    QString provider;
    QString token;
    QJsonObject extra;
};

struct PaymentError {
    enum Kind {
        Unauthorized,  // the payment token is bad or expired: refresh the session once, then retry once
        Network,       // no answer (connection, timeout, TLS)
        Server,        // 5xx, or an answer the adapter cannot use that is not the body's fault
        Malformed,     // the body is not what payments.md documents
        Config,        // the tenant config or the credentials do not fit (unknown offer/asset id, ...)
        NoAccess,      // checkAccess only: the provider answered "no access" (InPlayer 402, ...)
    };
    Kind kind = Server;
    int httpStatus = 0;  // 0 when no HTTP status applies; MPX: the body's responseCode
    QString message;     // one line for a viewer or a log, names the provider, never a token

    static QString kindName(Kind k);
};

// Either the items or an error. `truncated`: the page bound stopped the listing before the
// provider said it was done (the items read so far are kept).
template <typename T>
struct PaymentList {
    QList<T> items;
    std::optional<PaymentError> error;
    bool truncated = false;
    bool ok() const { return !error.has_value(); }
};
using ProductsResult = PaymentList<Product>;
using EntitlementsResult = PaymentList<Entitlement>;

struct AccessResult {
    bool granted = false;
    QDateTime expiresAt;  // UTC; invalid when unknown or without end
    // Unset when granted. Kind NoAccess: the provider answered "no". Any other kind: the
    // question could not be answered.
    std::optional<PaymentError> error;
    bool answered() const { return !error || error->kind == PaymentError::NoAccess; }
};

// Every request has a deadline and every listing a bound on pages (ARCHITECTURE.md).
struct PaymentLimits {
    int pageSize = 50;
    int maxPages = 50;
    int requestTimeoutMs = 15000;
    qint64 maxBodyBytes = 2 * 1024 * 1024;
};

class PaymentProvider : public QObject {
    Q_OBJECT
public:
    using ProductsCallback = std::function<void(const ProductsResult &)>;
    using EntitlementsCallback = std::function<void(const EntitlementsResult &)>;
    using AccessCallback = std::function<void(const AccessResult &)>;

    // Requests still in flight are cancelled; their callbacks never run.
    ~PaymentProvider() override;

    // cleeng | inplayer | mpx | userinfo: the `provider` of the products/entitlements events.
    virtual QString name() const = 0;

    // Each callback runs exactly once, always asynchronously (never inside the call).
    // The provider may be deleted from inside a callback.
    virtual void listProducts(ProductsCallback done) = 0;
    virtual void listEntitlements(EntitlementsCallback done) = 0;
    // productId as the provider knows it: Cleeng offerId, InPlayer asset id, MPX product URI,
    // a UserInfo product code.
    virtual void checkAccess(const QString &productId, AccessCallback done) = 0;

    void setLimits(const PaymentLimits &limits) { m_limits = limits; }
    const PaymentLimits &limits() const { return m_limits; }
    // For tests: what "now" is when deciding expired vs. still valid.
    void setClock(std::function<QDateTime()> nowUtc) { m_clock = std::move(nowUtc); }
    QDateTime nowUtc() const;

    // base + "/a/b" without doubling slashes; the base's query is kept.
    static QUrl joinPath(const QUrl &base, const QString &path);

protected:
    PaymentProvider(net::HttpClient *http, QObject *parent = nullptr);

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Reply = std::function<void(const net::HttpResponse &)>;
    // A GET with the limits' deadline and size bound. `reply` never runs after destruction.
    void get(const QUrl &url, const Headers &headers, Reply reply);
    // Runs fn on the next event-loop turn (for answers known without a request).
    void later(std::function<void()> fn);

    // "<name>: <what>"
    PaymentError makeError(PaymentError::Kind kind, int httpStatus, const QString &what) const;
    PaymentError malformed(const QString &what, int httpStatus = 0) const;
    // Transport failures, 401/403 -> Unauthorized, 5xx -> Server, other non-2xx -> Server;
    // nullopt for a 2xx. what: the call ("offers"); serverText: the provider's own error text
    // (one line, redacted here). Message: "<name>: <what>: <serverText> (HTTP n)".
    std::optional<PaymentError> httpError(const net::HttpResponse &r, const QString &what,
                                          const QString &serverText = {}) const;

    // "1 day", "7 days", "48 hours"
    static QString plural(qint64 n, const QString &unit);
    static QDateTime fromUnixSeconds(qint64 s);  // invalid for 0
    static QDateTime fromUnixMs(qint64 ms);      // invalid for 0

private:
    net::HttpClient *m_http;
    PaymentLimits m_limits;
    std::function<QDateTime()> m_clock;
    QList<QPointer<net::HttpCall>> m_calls;
};

// The documented production or sandbox host of a provider (payments.md); empty for mpx and
// userinfo, which have no single host.
QUrl defaultPaymentBaseUrl(const QString &provider, const QString &environment);

// The adapter for config.provider, or nullptr with *error set (one line, never a token) when
// the config or the credentials do not fit (provider "none", a different provider, no token,
// mpx without user_id, cleeng without a customerId, ...). Every token is remembered for
// log redaction here.
std::unique_ptr<PaymentProvider> createPaymentProvider(const PaymentConfig &config,
                                                       const PaymentCredentials &credentials,
                                                       net::HttpClient *http, QString *error);

}  // namespace tvpair

Q_DECLARE_METATYPE(tvpair::PaymentError)
