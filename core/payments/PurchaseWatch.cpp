#include "PurchaseWatch.h"

#include "net/Log.h"

#include <QPointer>
#include <QRandomGenerator>
#include <algorithm>

namespace tvpair {

PurchaseWatch::Schedule PurchaseWatch::Schedule::fromConfig(const PaymentConfig &config)
{
    Schedule s;
    s.boundSeconds = config.purchaseWatchSeconds;
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("TVPAIR_PURCHASE_WATCH_INTERVAL_MS", &ok);
    if (ok && ms > 0) {
        s.firstDelayMs = ms;
        s.maxIntervalMs = ms * 10;
    }
    return s;
}

PurchaseWatch::PurchaseWatch(const QString &accessId, const PaymentCredentials &credentials, ProviderFactory make,
                             CredentialRenewal renew, const Schedule &schedule, QObject *parent)
    : QObject(parent), m_accessId(accessId), m_credentials(credentials), m_make(std::move(make)),
      m_renew(std::move(renew)), m_schedule(schedule)
{
    m_next.setSingleShot(true);
    m_bound.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &PurchaseWatch::ask);
    connect(&m_bound, &QTimer::timeout, this, [this]() {
        qCInfo(lcPayments).noquote() << "purchase watch of" << m_accessId << "ended after" << m_schedule.boundSeconds
                                     << "s and" << m_checks << "questions";
        end();
        emit timedOut();
    });
}

PurchaseWatch::~PurchaseWatch() = default;

void PurchaseWatch::start()
{
    stop();
    QString err;
    m_adapter = m_make(m_credentials, &err);
    if (!m_adapter) {
        QTimer::singleShot(0, this, [this, err]() { emit failed(err); });
        return;
    }
    m_running = true;
    m_intervalMs = std::max(1, m_schedule.firstDelayMs);
    m_bound.start(std::max(1, m_schedule.boundSeconds) * 1000);
    m_next.start(m_intervalMs);
}

void PurchaseWatch::stop()
{
    end();
}

void PurchaseWatch::end()
{
    ++m_run;
    m_running = false;
    m_next.stop();
    m_bound.stop();
    m_adapter.reset();  // cancels a question in flight
}

void PurchaseWatch::ask()
{
    if (!m_running || !m_adapter)
        return;
    ++m_checks;
    const int run = m_run;
    m_adapter->checkAccess(m_accessId, [this, run](const AccessResult &r) {
        if (run == m_run)
            answered(r, true);
    });
}

void PurchaseWatch::answered(const AccessResult &r, bool mayRenew)
{
    if (r.granted) {
        end();
        emit granted(r.expiresAt);
        return;
    }
    const PaymentError e = r.error.value_or(PaymentError{});
    if (e.kind == PaymentError::NoAccess) {
        scheduleNext();
        return;
    }
    if (e.kind == PaymentError::Unauthorized && mayRenew) {
        const int run = m_run;
        QPointer<PurchaseWatch> self(this);
        m_renew([self, run](const std::optional<PaymentCredentials> &credentials) {
            if (!self || run != self->m_run)
                return;
            QString err;
            std::unique_ptr<PaymentProvider> fresh = credentials ? self->m_make(*credentials, &err) : nullptr;
            if (!fresh) {
                self->end();
                emit self->failed(err.isEmpty() ? QStringLiteral("the session refresh brought no payment token") : err);
                return;
            }
            self->m_credentials = *credentials;
            // The old adapter is inside its own callback: delete it on the next turn.
            self->m_adapter.swap(fresh);
            QTimer::singleShot(0, self.data(), [old = std::shared_ptr<PaymentProvider>(std::move(fresh))]() {});
            ++self->m_checks;
            self->m_adapter->checkAccess(self->m_accessId, [self, run](const AccessResult &again) {
                if (self && run == self->m_run)
                    self->answered(again, false);
            });
        });
        return;
    }
    if (e.kind == PaymentError::Unauthorized || e.kind == PaymentError::Config) {
        end();
        emit failed(e.message);
        return;
    }
    // No answer this time (network, server, an unreadable body): ask again later.
    qCWarning(lcPayments).noquote() << "purchase watch:" << e.message;
    scheduleNext();
}

void PurchaseWatch::scheduleNext()
{
    if (!m_running)
        return;
    // 3 s, 6 s, 12 s, 24 s, then 30 s with the defaults; jittered so that many TVs that showed
    // the same offer at once do not ask in step.
    const double spread = 1.0 + m_schedule.jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    m_next.start(std::max(1, int(m_intervalMs * spread)));
    m_intervalMs = std::min(m_intervalMs * 2, std::max(m_schedule.firstDelayMs, m_schedule.maxIntervalMs));
}

}  // namespace tvpair
