#pragma once
// One interface for every payment provider.
// An adapter lists the products a viewer can buy and the entitlements they hold, in the one
// model of Models.h, whatever the provider's shapes and time units are.
#include "config/TenantConfig.h"
#include "payments/Models.h"
#include "payments/PaymentAnswer.h"
#include "payments/PaymentResults.h"

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
    // checkAccess for services with no "access to one product" call: reads the viewer's list
    // and grants what a row that grants access says; `what` names the product in the error.
    void accessFromList(const QString &productId, const QString &what, AccessCallback done);

    // Whose answers these are and what "now" is: every answer is read, and every error worded,
    // through this (PaymentAnswer.h).
    AnswerContext context() const;

private:
    net::HttpClient *m_http;
    PaymentLimits m_limits;
    std::function<QDateTime()> m_clock;
    QList<QPointer<net::HttpCall>> m_calls;
};

// The documented production or sandbox host of a provider; empty for mpx and
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
