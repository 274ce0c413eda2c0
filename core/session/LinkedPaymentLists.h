#pragma once
// The lists of every payment provider the tenant configures (`payment` may be a list: a viewer
// linked to Cleeng, InPlayer and MPX at once), each provider's PaymentLists on its own, in one
// round: finished() once every provider has answered or failed. Every item keeps its provider.
// Lists stay true by themselves: an entitlement is shown as ended at its expires_at without a
// request (EntitlementExpiry), a new round follows a refresh that renewed the payment tokens and,
// while the lists are on screen, a slow timer that counts from the last round of any kind, never
// shorter than kMinRefreshMs: a provider sees a few requests a minute at most.
#include "config/TenantConfig.h"
#include "session/EntitlementExpiry.h"
#include "session/PaymentLists.h"

#include <QJsonValue>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace tvpair {

class LinkedPaymentLists : public QObject {
    Q_OBJECT
public:
    // The adapter for one provider's config and credentials, or nullptr with *error.
    using Make = std::function<std::unique_ptr<PaymentProvider>(const PaymentConfig &, const PaymentCredentials &,
                                                                QString *error)>;
    // What the session holds for one provider now; nullopt: nothing linked there.
    using CredentialsFor = std::function<std::optional<PaymentCredentials>(const QString &provider)>;
    // One session refresh (shared by every provider's 401); done(true) once new tokens are stored.
    using Refresh = std::function<void(std::function<void(bool ok)>)>;
    // The viewer's product codes (UserInfo, else the ID token): done(the claim's value).
    using ClaimSource = std::function<void(std::function<void(const QJsonValue &)>)>;

    static constexpr int kDefaultRefreshMs = 5 * 60 * 1000;
    static constexpr int kMinRefreshMs = 60 * 1000;

    LinkedPaymentLists(const QList<PaymentConfig> &providers, const QString &issuer, const QString &clientId, Make make,
                       CredentialsFor credentials, Refresh refresh, ClaimSource claim, QObject *parent = nullptr);
    ~LinkedPaymentLists() override;

    QStringList providers() const;
    void setCacheDir(const QString &dir);
    void showCached(const QString &subject);
    void signedInAs(const QString &subject);
    // One round: every provider's lists for `subject`.
    void load(const QString &subject);
    bool busy() const;
    void end();
    void wipeCache();

    // A refresh renewed the payment tokens: a new round (unless one is under way: a provider's 401
    // asked for that refresh, and its retry brings the fresh lists).
    void tokensRenewed();
    // While true (Home is shown) a round every refreshIntervalMs.
    void setOnScreen(bool shown);
    void setRefreshIntervalMs(int ms);
    int refreshIntervalMs() const { return m_ticker.interval(); }
    // The slow timer runs (on screen, signed in, self-refreshing).
    bool ticking() const { return m_ticker.isActive(); }
    // false: no round starts by itself (a headless run prints each list once).
    void setSelfRefreshing(bool on);
    EntitlementExpiry &expiry() { return m_expiry; }

signals:
    void productsLoaded(const QString &provider, const QList<tvpair::Product> &items, bool stale);
    void entitlementsLoaded(const QString &provider, const QList<tvpair::Entitlement> &items, bool stale);
    void finished();
    void failed(const tvpair::ViewerError &error);

private:
    struct Linked {
        PaymentConfig config;
        std::unique_ptr<PaymentLists> lists;
    };
    void loadOne(Linked &l);
    void roundByItself();
    void updateTimer();

    std::vector<Linked> m_linked;
    CredentialsFor m_credentials;
    Refresh m_refresh;
    ClaimSource m_claim;
    EntitlementExpiry m_expiry;
    QString m_subject;
    int m_pending = 0;
    QTimer m_ticker;
    bool m_onScreen = false;
    bool m_selfRefreshing = true;
};

}  // namespace tvpair
