#include "CheckoutWatch.h"

#include "TvSession.h"
#include "payments/CheckoutUrl.h"
#include "payments/PurchaseWatch.h"
#include "session/SessionController.h"

#include <QLocale>

namespace {
// What a preview shows: an operator's checkout page in the shape of a real template.
const QString kPreviewTemplate = QStringLiteral("https://shop.example.com/buy?offer={offer_id}&lang={locale}");
}

CheckoutWatch::CheckoutWatch(QObject *parent) : QObject(parent) {}

CheckoutWatch::~CheckoutWatch() = default;  // the watch (and a question in flight) stops with the screen

void CheckoutWatch::setProductId(const QString &v)
{
    if (m_productId == v)
        return;
    m_productId = v;
    emit productChanged();
    update();
}

void CheckoutWatch::setProvider(const QString &v)
{
    if (m_provider == v)
        return;
    m_provider = v;
    emit productChanged();
    update();
}

void CheckoutWatch::setGrantsAccessTo(const QString &v)
{
    if (m_grantsAccessTo == v)
        return;
    m_grantsAccessTo = v;
    emit productChanged();
    update();
}

void CheckoutWatch::setActive(bool v)
{
    if (m_active == v)
        return;
    m_active = v;
    emit activeChanged();
    update();
}

QString CheckoutWatch::withoutScheme(const QString &url)
{
    for (const char *scheme : {"https://", "http://"}) {
        if (url.startsWith(QLatin1String(scheme)))
            return url.mid(int(qstrlen(scheme)));
    }
    return url;
}

// Starts the watch when active with a product, stops it otherwise; the URL follows the product.
void CheckoutWatch::update()
{
    tvpair::Product product;
    product.id = m_productId;
    product.provider = m_provider;
    product.grantsAccessTo = m_grantsAccessTo;
    const QString locale = tvpair::CheckoutUrl::bcp47(QLocale().name());
    tvpair::SessionController *session = TvSession::controller();
    QString url;
    if (!m_productId.isEmpty())
        url = session ? session->checkoutUrl(product, locale)
                      : tvpair::CheckoutUrl::expand(kPreviewTemplate, {m_productId, m_productId, QString(), locale});
    if (url != m_url) {
        m_url = url;
        emit urlChanged();
    }
    const bool watch = m_active && session && !m_url.isEmpty() && !m_granted;
    if (!watch) {
        if (m_watch) {
            // Possibly inside one of its signals: stopped now, deleted on the next turn.
            m_watch->stop();
            m_watch.release()->deleteLater();
        }
        return;
    }
    if (m_watch)
        return;
    QString why;
    m_watch = session->watchPurchase(product, &why);
    if (!m_watch)
        return;
    connect(m_watch.get(), &tvpair::PurchaseWatch::granted, this, [this, session]() {
        setGranted();
        session->reloadPayments();  // the product moves to "You have"
    });
    auto end = [this]() {
        m_ended = true;
        emit endedChanged();
    };
    connect(m_watch.get(), &tvpair::PurchaseWatch::timedOut, this, end);
    connect(m_watch.get(), &tvpair::PurchaseWatch::failed, this, end);
    m_ended = false;
    m_watch->start();
}

void CheckoutWatch::setGranted()
{
    if (m_granted)
        return;
    m_granted = true;
    emit grantedChanged();
    update();
}

void CheckoutWatch::previewGrant()
{
    if (!TvSession::controller())
        setGranted();
}
