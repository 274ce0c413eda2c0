#include "LinkedPaymentLists.h"

#include "net/Log.h"

#include <QJsonArray>

namespace tvpair {

LinkedPaymentLists::LinkedPaymentLists(const QList<PaymentConfig> &providers, const QString &issuer,
                                       const QString &clientId, Make make, CredentialsFor credentials, Refresh refresh,
                                       ClaimSource claim, QObject *parent)
    : QObject(parent), m_credentials(std::move(credentials)), m_refresh(std::move(refresh)), m_claim(std::move(claim))
{
    for (const PaymentConfig &config : providers) {
        const QString name = config.provider;
        auto makeOne = [make, config](const PaymentCredentials &c, QString *error) { return make(config, c, error); };
        // A 401: one session refresh, then this provider's tokens as they are after it.
        auto renew = [this, name](std::function<void(const std::optional<PaymentCredentials> &)> done) {
            m_refresh([this, name, done](bool ok) { done(ok ? m_credentials(name) : std::nullopt); });
        };
        auto lists = std::make_unique<PaymentLists>(name, issuer, clientId, makeOne, renew, this);
        connect(lists.get(), &PaymentLists::productsLoaded, this, &LinkedPaymentLists::productsLoaded);
        connect(lists.get(), &PaymentLists::entitlementsLoaded, this,
                [this](const QString &provider, const QList<Entitlement> &items, bool stale) {
                    emit entitlementsLoaded(provider, m_expiry.track(provider, items, stale), stale);
                });
        connect(lists.get(), &PaymentLists::failed, this, &LinkedPaymentLists::failed);
        connect(lists.get(), &PaymentLists::finished, this, [this]() {
            if (m_pending > 0 && --m_pending == 0)
                emit finished();
        });
        m_linked.push_back(Linked{config, std::move(lists)});
    }
    connect(&m_expiry, &EntitlementExpiry::ended, this, &LinkedPaymentLists::entitlementsLoaded);
    m_ticker.setInterval(kDefaultRefreshMs);
    m_ticker.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &LinkedPaymentLists::roundByItself);
}

LinkedPaymentLists::~LinkedPaymentLists() = default;

QStringList LinkedPaymentLists::providers() const
{
    QStringList out;
    for (const Linked &l : m_linked)
        out << l.config.provider;
    return out;
}

void LinkedPaymentLists::setCacheDir(const QString &dir)
{
    for (Linked &l : m_linked)
        l.lists->setCacheDir(dir);
}

void LinkedPaymentLists::showCached(const QString &subject)
{
    for (Linked &l : m_linked)
        l.lists->showCached(subject);
}

void LinkedPaymentLists::signedInAs(const QString &subject)
{
    for (Linked &l : m_linked)
        l.lists->signedInAs(subject);
}

void LinkedPaymentLists::load(const QString &subject)
{
    m_subject = subject;
    if (m_ticker.isActive())
        m_ticker.start();  // the next timed round a full interval after this one
    if (m_linked.empty()) {
        emit finished();
        return;
    }
    // Counted before any provider starts: one may finish at once (nothing linked there).
    m_pending = int(m_linked.size());
    for (Linked &l : m_linked)
        loadOne(l);
    updateTimer();
}

void LinkedPaymentLists::loadOne(Linked &l)
{
    const QString name = l.config.provider;
    if (name != QLatin1String("userinfo")) {
        l.lists->load(m_subject, m_credentials(name));
        return;
    }
    // The UserInfo products claim has entitlements only (nothing to buy).
    const QString claim = l.config.claim;
    PaymentLists *lists = l.lists.get();
    const QString subject = m_subject;
    m_claim([lists, claim, subject](const QJsonValue &v) {
        lists->loadEntitlements(subject, PaymentCredentials{QStringLiteral("userinfo"), QString(), QJsonObject{{claim, v}}});
    });
}

bool LinkedPaymentLists::busy() const
{
    return m_pending > 0;
}

void LinkedPaymentLists::end()
{
    for (Linked &l : m_linked)
        l.lists->end();
    m_expiry.clear();
    m_subject.clear();
    m_pending = 0;
    updateTimer();
}

void LinkedPaymentLists::wipeCache()
{
    for (Linked &l : m_linked)
        l.lists->wipeCache();
}

void LinkedPaymentLists::tokensRenewed()
{
    if (m_selfRefreshing)
        roundByItself();
}

void LinkedPaymentLists::setOnScreen(bool shown)
{
    m_onScreen = shown;
    updateTimer();
}

void LinkedPaymentLists::setRefreshIntervalMs(int ms)
{
    m_ticker.setInterval(qMax(kMinRefreshMs, ms));
}

void LinkedPaymentLists::setSelfRefreshing(bool on)
{
    m_selfRefreshing = on;
    updateTimer();
}

void LinkedPaymentLists::roundByItself()
{
    if (m_subject.isEmpty() || busy())
        return;  // signed out, or a round is under way (its answers are as fresh)
    qCInfo(lcSession) << "payment lists: fetching again";
    load(m_subject);
}

void LinkedPaymentLists::updateTimer()
{
    const bool run = m_selfRefreshing && m_onScreen && !m_subject.isEmpty() && !m_linked.empty();
    if (run && !m_ticker.isActive())
        m_ticker.start();
    else if (!run)
        m_ticker.stop();
}

}  // namespace tvpair
