#include "HeadlessRunner.h"

#include "payments/CheckoutUrl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cstdio>

namespace tvpair {

HeadlessRunner::HeadlessRunner(SessionController *session, Mode mode, QObject *parent)
    : QObject(parent), m_session(session), m_mode(mode)
{
    ViewerError::installTranslations(&m_translator, QLocale());
    // A run that only signs out ends there; one that signs in never signs out.
    session->setSignInAfterSignOut(false);
    // Each list is printed once per provider: no round starts by itself.
    session->setKeepListsFresh(false);
    connect(session, &SessionController::userCodeReady, this, [this](const UserCodeInfo &c) {
        QJsonObject e{{"event", "user_code"}, {"user_code", c.userCode}, {"verification_uri", c.verificationUri}};
        if (!c.verificationUriComplete.isEmpty())
            e.insert("verification_uri_complete", c.verificationUriComplete);
        e.insert("expires_in", c.expiresIn);
        print(e);
    });
    // Authorization code flow: printed only, never opened (a headless box may have no browser).
    connect(session, &SessionController::browserUrlReady, this, [this](const QString &url) {
        print({{"event", "browser_url"}, {"url", url}});
    });
    // Sign-out after a browser sign-in: the identity server's logout page, printed only.
    connect(session, &SessionController::logoutUrlReady, this, [this](const QString &url) {
        print({{"event", "logout_url"}, {"url", url}});
    });
    connect(session, &SessionController::signedIn, this, [this](const QString &subject, const QString &method) {
        QJsonObject e{{"event", "signed_in"}, {"subject", subject}, {"method", method}};
        // Additive keys (config `identity`), present only when known.
        if (const QString name = m_session->displayName(); !name.isEmpty())
            e.insert("display_name", name);
        if (const QString number = m_session->customerNumber(); !number.isEmpty())
            e.insert("customer_number", number);
        print(e);
    });
    connect(session, &SessionController::paymentTokensChanged, this, [this](const QStringList &providers) {
        print({{"event", "payment_tokens"}, {"providers", QJsonArray::fromStringList(providers)}});
    });
    // One products and one entitlements event per provider per run (`payment` may list several). The lists cached by the last
    // run come before sign-in, marked stale, for the UI's home screen; headless prints a stale
    // list only when it stands in for a live fetch that failed (after signed_in).
    connect(session, &SessionController::productsLoaded, this,
            [this](const QString &provider, const QList<Product> &items, bool stale) {
                printList("products", provider, items, stale);
                m_products.removeIf([&](const Product &p) { return p.provider == provider; });
                m_products.append(items);
            });
    connect(session, &SessionController::entitlementsLoaded, this,
            [this](const QString &provider, const QList<Entitlement> &items, bool stale) {
                printList("entitlements", provider, items, stale);
                m_entitlements.removeIf([&](const Entitlement &e) { return e.provider == provider; });
                m_entitlements.append(items);
            });
    connect(session, &SessionController::errorOccurred, this, [this](const ViewerError &error, bool fatal) {
        print({{"event", "error"}, {"code", error.eventCode()}, {"message", error.message()}});
        if (error.code() == ViewerError::Code::PaymentProvider)
            m_paymentFailed = true;
        if (fatal)
            finish(error.exitCode());
    });
    connect(session, &SessionController::paymentsFinished, this, [this]() {
        if (m_mode == SignIn && !m_watchProductId.isEmpty())
            watchPurchase();
        else if (m_mode == SignIn)
            finish(m_paymentFailed ? ViewerError(ViewerError::Code::PaymentProvider).exitCode() : 0);
    });
    connect(session, &SessionController::signedOut, this, [this]() {
        if (m_mode == SignOut)
            finish(0);
    });
}

template <typename Item>
void HeadlessRunner::printList(const char *event, const QString &provider, const QList<Item> &items, bool stale)
{
    if (stale && m_session->phase() != SessionState::Phase::SignedIn)
        return;
    QJsonArray a;
    for (const auto &item : items)
        a.append(item.toEventJson());
    QJsonObject e{{"event", QLatin1String(event)}, {"provider", provider}, {"items", a}};
    if (stale)
        e.insert("stale", true);
    print(e);
}

void HeadlessRunner::watchPurchase()
{
    if (m_watch || m_done)
        return;
    const auto product = std::find_if(m_products.cbegin(), m_products.cend(),
                                      [this](const Product &p) { return p.id == m_watchProductId; });
    if (product == m_products.cend()) {
        const QString provider = m_session->paymentProviders().join(QLatin1Char('/'));
        if (m_paymentFailed)  // the error event is out already: the list could not be read
            return finish(ViewerError(ViewerError::Code::PaymentProvider).exitCode());
        const ViewerError e(ViewerError::Code::Config,
                            QStringLiteral("--watch-purchase: %1 has no product \"%2\"").arg(provider, m_watchProductId.left(80)));
        print({{"event", "error"}, {"code", e.eventCode()}, {"message", e.message()}});
        return finish(e.exitCode());
    }
    const QString provider = product->provider;
    const QJsonObject grantedEvent{{"event", "entitlement_granted"}, {"provider", provider}, {"product_id", product->id}};
    // A product the viewer holds is not offered again.
    for (const Entitlement &e : std::as_const(m_entitlements)) {
        if (e.provider == provider && e.productId == product->entitlementId() && e.grantsAccess()) {
            print(grantedEvent);
            return finish(0);
        }
    }
    const QString url = m_session->checkoutUrl(*product, CheckoutUrl::bcp47(QLocale().name()));
    QString why;
    if (url.isEmpty())
        why = QStringLiteral("--watch-purchase: payment.checkout_url is not set");
    else
        m_watch = m_session->watchPurchase(*product, &why);
    if (!m_watch) {
        const ViewerError e(ViewerError::Code::Config, why);
        print({{"event", "error"}, {"code", e.eventCode()}, {"message", e.message()}});
        return finish(e.exitCode());
    }
    print({{"event", "checkout_url"}, {"provider", provider}, {"product_id", product->id}, {"url", url}});
    connect(m_watch.get(), &PurchaseWatch::granted, this, [this, grantedEvent]() {
        print(grantedEvent);
        finish(0);
    });
    connect(m_watch.get(), &PurchaseWatch::timedOut, this, [this]() {
        // Exit 4 as for an expired code: the bounded wait ended without the viewer finishing.
        const ViewerError e(ViewerError::Code::ExpiredToken);
        print({{"event", "error"}, {"code", e.eventCode()},
               {"message", tr("The purchase was not completed while the TV was watching for it.")}});
        finish(e.exitCode());
    });
    connect(m_watch.get(), &PurchaseWatch::failed, this, [this](const QString &detail) {
        const ViewerError e(ViewerError::Code::PaymentProvider, detail);
        print({{"event", "error"}, {"code", e.eventCode()}, {"message", e.message()}});
        finish(e.exitCode());
    });
    m_watch->start();
}

void HeadlessRunner::start()
{
    if (m_mode == SignOut)
        m_session->signOut();
    else
        m_session->start();
}

// Keys in the order of the event contract ("event" first), not QJsonObject's sorted order, so a
// line reads like the contract. Values are serialised by Qt's JSON writer.
static QByteArray orderedLine(const QJsonObject &event)
{
    static const QStringList order = {"event", "user_code", "verification_uri", "verification_uri_complete",
                                      "expires_in", "subject", "method", "providers", "provider", "code",
                                      "product_id", "message", "url", "items", "stale"};
    QStringList keys = event.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? 1000 : ia) < (ib < 0 ? 1000 : ib);
    });
    QByteArray out = "{";
    for (const QString &k : keys) {
        if (out.size() > 1)
            out += ',';
        // Serialise key and value through a one-member object so escaping is Qt's.
        QByteArray member = QJsonDocument(QJsonObject{{k, event.value(k)}}).toJson(QJsonDocument::Compact);
        out += member.mid(1, member.size() - 2);
    }
    out += "}\n";
    return out;
}

void HeadlessRunner::writeEvent(const QJsonObject &event)
{
    const QByteArray line = orderedLine(event);
    fwrite(line.constData(), 1, size_t(line.size()), stdout);
    fflush(stdout);
}

void HeadlessRunner::print(const QJsonObject &event)
{
    if (!m_done)
        writeEvent(event);
}

void HeadlessRunner::finish(int code)
{
    if (m_done)
        return;
    m_done = true;
    if (m_watch)
        m_watch->stop();
    emit finished(code);
}

}  // namespace tvpair
