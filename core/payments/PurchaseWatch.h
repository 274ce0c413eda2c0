#pragma once
// Watches one product while the viewer buys it on their phone: asks the provider about that
// one access (Cleeng GET /entitlements/{offerId}, InPlayer GET /items/{id}/access, MPX its
// entitlement list) first after a short delay, then at a growing, jittered interval, for a
// bounded time, and only until stop() (the screen was left) or an answer ends it. A 401 gets
// one session refresh (the session's single-flight refresh, as for the lists) and the
// question is asked again at once; a second 401 in a row ends the watch.
#include "config/TenantConfig.h"
#include "payments/PaymentProvider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace tvpair {

class PurchaseWatch : public QObject {
    Q_OBJECT
public:
    struct Schedule {
        int firstDelayMs = 3000;  // the first question, after the QR has been shown a moment
        int maxIntervalMs = 30000;  // the interval starts at firstDelayMs and doubles up to this
        int boundSeconds = 900;     // payment.purchase_watch_seconds
        double jitter = 0.2;        // each wait is drawn from +/- this share of the interval

        // payment.purchase_watch_seconds; the environment variable
        // TVPAIR_PURCHASE_WATCH_INTERVAL_MS (tests, demos) sets the first delay, the cap being
        // ten times it.
        static Schedule fromConfig(const PaymentConfig &config);
    };
    using ProviderFactory =
        std::function<std::unique_ptr<PaymentProvider>(const PaymentCredentials &, QString *error)>;
    using CredentialRenewal = std::function<void(std::function<void(const std::optional<PaymentCredentials> &)>)>;

    // accessId: what buying gives access to, as checkAccess() takes it (Product::entitlementId()).
    PurchaseWatch(const QString &accessId, const PaymentCredentials &credentials, ProviderFactory make,
                  CredentialRenewal renew, const Schedule &schedule, QObject *parent = nullptr);
    ~PurchaseWatch() override;

    void start();
    // No further request; one in flight is cancelled and its answer never arrives.
    void stop();
    bool running() const { return m_running; }
    // Questions asked so far (for the log and tests).
    int checks() const { return m_checks; }

signals:
    void granted(const QDateTime &expiresAt);
    // The bounded time ran out without access.
    void timedOut();
    // The watch cannot go on (second 401, refresh failed, config error): one line, no token.
    void failed(const QString &detail);

private:
    void ask();
    void answered(const AccessResult &r, bool mayRenew);
    void scheduleNext();
    void end();

    QString m_accessId;
    PaymentCredentials m_credentials;
    ProviderFactory m_make;
    CredentialRenewal m_renew;
    Schedule m_schedule;
    std::unique_ptr<PaymentProvider> m_adapter;
    QTimer m_next;
    QTimer m_bound;
    int m_intervalMs = 0;
    int m_checks = 0;
    int m_run = 0;  // bumped by stop(): answers of an earlier run are dropped
    bool m_running = false;
};

}  // namespace tvpair
