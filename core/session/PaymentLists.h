#pragma once
// The viewer's two lists at the payment provider, products and entitlements: the last good
// lists from disk at once (marked stale), then the live ones. A provider's 401 gets one
// session refresh shared by both lists and one retry each; any other failure, or a second
// 401, shows the last good list again (stale) and one payment_provider error per round.
#include "payments/PaymentProvider.h"
#include "session/PaymentListCache.h"
#include "session/ViewerError.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tvpair {

class PaymentLists : public QObject {
    Q_OBJECT
public:
    // Makes the adapter for a set of credentials, or nullptr with *error (one line).
    using ProviderFactory =
        std::function<std::unique_ptr<PaymentProvider>(const PaymentCredentials &, QString *error)>;
    // Renews the payment tokens with one session refresh; done(credentials) with the new
    // ones, or nullopt when the refresh failed or left no token for this provider.
    using CredentialRenewal = std::function<void(std::function<void(const std::optional<PaymentCredentials> &)>)>;

    // provider: the config's payment provider name, used in every list signal. issuer and
    // clientId scope the on-disk cache.
    PaymentLists(const QString &provider, const QString &issuer, const QString &clientId, ProviderFactory make,
                 CredentialRenewal renew, QObject *parent = nullptr);
    ~PaymentLists() override;

    void setCacheDir(const QString &dir) { m_cache.setDir(dir); }

    // The lists the last run kept for this viewer, at once (before any request), marked
    // stale; they also stand in as the last good lists if the provider fails this time.
    void showCached(const QString &subject);
    // A sign-in completed for `subject`: lists shown for another viewer are forgotten.
    void signedInAs(const QString &subject);
    // Asks for both lists; nullopt credentials: nothing linked at this provider, so the
    // viewer owns nothing there (an empty entitlements list, no request).
    void load(const QString &subject, const std::optional<PaymentCredentials> &credentials);
    // Asks for the entitlements only (the UserInfo products claim has no products to buy).
    void loadEntitlements(const QString &subject, const PaymentCredentials &credentials);
    bool busy() const { return m_pending > 0; }
    // The session is over: calls in flight are dropped (their answers never arrive), the
    // lists are forgotten and their cache files removed.
    void end();
    // Removes the cache files of this issuer and client (no session to show them for).
    void wipeCache() { m_cache.wipe(); }

signals:
    void productsLoaded(const QString &provider, const QList<tvpair::Product> &items, bool stale);
    void entitlementsLoaded(const QString &provider, const QList<tvpair::Entitlement> &items, bool stale);
    // Every list asked for in this round has answered or failed.
    void finished();
    // At most once per round; the detail of every failure goes to the log.
    void failed(const tvpair::ViewerError &error);

private:
    template <typename Item>
    struct List {
        QList<Item> last;
        bool have = false;
    };
    bool makeProvider(const PaymentCredentials &credentials);
    template <typename Item>
    void ask(bool mayRetry);
    template <typename Item>
    List<Item> &listOf();
    void afterUnauthorized(int generation, std::function<void()> retry, std::function<void()> giveUp);
    void answered();
    void fail(const QString &detail);

    QString m_provider;
    ProviderFactory m_make;
    CredentialRenewal m_renew;
    PaymentListCache m_cache;
    QString m_subject;
    QString m_cachedFor;  // the viewer whose cached lists were shown
    std::unique_ptr<PaymentProvider> m_adapter;
    // Adapters replaced after a 401 while the other list may still be in flight on them: kept
    // alive (their callbacks must still run) until every list has answered.
    std::vector<std::unique_ptr<PaymentProvider>> m_retired;
    int m_pending = 0;
    // Bumped each time the adapter is rebuilt with renewed tokens: a 401 on a call that went
    // out before that is retried on the new adapter without another refresh.
    int m_generation = 0;
    // Bumped by end(): work that was under way for an ended session is dropped.
    int m_epoch = 0;
    // While not empty a renewal is on its way: the other list's 401 waits for the same one.
    std::vector<std::function<void(bool)>> m_renewalWaiters;
    bool m_errorShown = false;
    List<Product> m_products;
    List<Entitlement> m_entitlements;
};

}  // namespace tvpair
