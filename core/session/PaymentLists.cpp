#include "PaymentLists.h"

#include "net/Log.h"

#include <QTimer>
#include <type_traits>

namespace tvpair {

PaymentLists::PaymentLists(const QString &provider, const QString &issuer, const QString &clientId, ProviderFactory make,
                           CredentialRenewal renew, QObject *parent)
    : QObject(parent), m_provider(provider), m_make(std::move(make)), m_renew(std::move(renew)),
      m_cache(QString(), issuer, clientId)
{
}

PaymentLists::~PaymentLists() = default;

template <>
PaymentLists::List<Product> &PaymentLists::listOf<Product>() { return m_products; }
template <>
PaymentLists::List<Entitlement> &PaymentLists::listOf<Entitlement>() { return m_entitlements; }

void PaymentLists::showCached(const QString &subject)
{
    if (subject.isEmpty() || !m_cache.isEnabled())
        return;
    m_cachedFor = subject;
    if (auto p = m_cache.loadProducts(subject, m_provider)) {
        m_products = {*p, true};
        emit productsLoaded(m_provider, m_products.last, true);
    }
    if (auto e = m_cache.loadEntitlements(subject, m_provider)) {
        m_entitlements = {*e, true};
        emit entitlementsLoaded(m_provider, m_entitlements.last, true);
    }
}

void PaymentLists::signedInAs(const QString &subject)
{
    m_subject = subject;
    if (m_cachedFor != subject) {  // the server says it is someone else: not their lists
        m_products = {};
        m_entitlements = {};
    }
}

void PaymentLists::load(const QString &subject, const std::optional<PaymentCredentials> &credentials)
{
    m_subject = subject;
    m_errorShown = false;
    if (!credentials) {
        qCInfo(lcSession) << "no" << m_provider << "token for this account";
        m_entitlements = {{}, true};
        m_cache.storeEntitlements(subject, m_provider, {});
        emit entitlementsLoaded(m_provider, {}, false);
        emit finished();
        return;
    }
    if (!makeProvider(*credentials))
        return;
    m_pending = 2;
    ask<Product>(true);
    ask<Entitlement>(true);
}

void PaymentLists::loadEntitlements(const QString &subject, const PaymentCredentials &credentials)
{
    m_subject = subject;
    m_errorShown = false;
    if (!makeProvider(credentials))
        return;
    m_pending = 1;
    ask<Entitlement>(false);
}

bool PaymentLists::makeProvider(const PaymentCredentials &credentials)
{
    QString err;
    m_adapter = m_make(credentials, &err);
    if (!m_adapter) {
        fail(err);
        emit finished();
        return false;
    }
    return true;
}

void PaymentLists::end()
{
    ++m_epoch;
    m_adapter.reset();
    m_retired.clear();
    m_pending = 0;
    m_products = {};
    m_entitlements = {};
    m_renewalWaiters.clear();
    m_cache.wipe();  // personal data: nothing of the viewer stays once the session is over
    m_cachedFor.clear();
    m_subject.clear();
}

void PaymentLists::answered()
{
    if (--m_pending > 0)
        return;
    // Deleted on the next turn: this may run inside one of their callbacks.
    QTimer::singleShot(0, this, [this]() {
        if (m_pending == 0)
            m_retired.clear();
    });
    emit finished();
}

void PaymentLists::fail(const QString &detail)
{
    if (m_errorShown) {
        qCWarning(lcSession).noquote() << "payment_provider :" << detail;
        return;
    }
    m_errorShown = true;
    emit failed(ViewerError(ViewerError::Code::PaymentProvider, detail));
}

// A good answer is shown and cached; a 401 gets one session refresh and one retry; anything
// else (or a second 401) shows the last good list again, marked stale.
template <typename Item>
void PaymentLists::ask(bool mayRetry)
{
    const int generation = m_generation;
    const int epoch = m_epoch;
    auto onAnswer = [this, mayRetry, generation, epoch](const PaymentList<Item> &r) {
        List<Item> &list = listOf<Item>();
        auto loaded = [this](const QList<Item> &items, bool stale) {
            if constexpr (std::is_same_v<Item, Product>)
                emit productsLoaded(m_provider, items, stale);
            else
                emit entitlementsLoaded(m_provider, items, stale);
        };
        if (r.ok()) {
            list = {r.items, true};
            if constexpr (std::is_same_v<Item, Product>)
                m_cache.storeProducts(m_subject, m_provider, r.items);
            else
                m_cache.storeEntitlements(m_subject, m_provider, r.items);
            loaded(r.items, false);
            answered();
            return;
        }
        const QString detail = r.error->message;
        auto giveUp = [this, epoch, loaded, detail]() {
            if (epoch != m_epoch)
                return;  // the refresh ended the session: signing in is what matters now
            const List<Item> &list = listOf<Item>();
            if (list.have)
                loaded(list.last, true);  // the last good list stays, marked stale
            fail(detail);
            answered();
        };
        if (r.error->kind == PaymentError::Unauthorized && mayRetry) {
            afterUnauthorized(generation, [this]() { ask<Item>(false); }, giveUp);
            return;
        }
        giveUp();
    };
    if constexpr (std::is_same_v<Item, Product>)
        m_adapter->listProducts(onAnswer);
    else
        m_adapter->listEntitlements(onAnswer);
}

void PaymentLists::afterUnauthorized(int generation, std::function<void()> retry, std::function<void()> giveUp)
{
    if (generation != m_generation) {
        retry();  // the tokens were renewed after this call went out (the other list's 401 did it)
        return;
    }
    m_renewalWaiters.push_back([retry, giveUp](bool ok) { ok ? retry() : giveUp(); });
    if (m_renewalWaiters.size() > 1)
        return;  // the renewal the other list asked for brings the tokens for both
    const int epoch = m_epoch;
    m_renew([this, epoch](const std::optional<PaymentCredentials> &credentials) {
        if (epoch != m_epoch)
            return;
        auto waiters = std::move(m_renewalWaiters);
        m_renewalWaiters.clear();
        std::unique_ptr<PaymentProvider> fresh;
        if (credentials) {
            QString err;
            fresh = m_make(*credentials, &err);
            if (!fresh)
                qCWarning(lcSession).noquote() << "payment_provider :" << err;
        }
        if (!fresh) {
            for (const auto &w : waiters)
                w(false);
            return;
        }
        // Keep the old adapter alive until its callback has returned; swap on the next turn.
        auto next = std::make_shared<std::unique_ptr<PaymentProvider>>(std::move(fresh));
        QTimer::singleShot(0, this, [this, epoch, next, waiters]() {
            if (epoch != m_epoch)
                return;
            if (m_adapter)
                m_retired.push_back(std::move(m_adapter));
            m_adapter = std::move(*next);
            ++m_generation;
            for (const auto &w : waiters)
                w(true);
        });
    });
}

}  // namespace tvpair
