#include "ManageLink.h"

#include "CheckoutWatch.h"
#include "TvSession.h"
#include "payments/CheckoutUrl.h"
#include "session/SessionController.h"

#include <QLocale>

namespace {
// What a preview shows: an operator's account page in the shape of a real template.
const QString kPreviewTemplate = QStringLiteral("https://shop.example.com/account?plan={offer_id}&lang={locale}");
}

ManageLink::ManageLink(QObject *parent) : QObject(parent) {}

void ManageLink::setProductId(const QString &v)
{
    if (m_productId == v)
        return;
    m_productId = v;
    emit entitlementChanged();
    update();
}

void ManageLink::setProvider(const QString &v)
{
    if (m_provider == v)
        return;
    m_provider = v;
    emit entitlementChanged();
    update();
}

QString ManageLink::shortUrl() const
{
    return CheckoutWatch::withoutScheme(m_url);
}

void ManageLink::update()
{
    QString url;
    if (!m_productId.isEmpty()) {
        const QString locale = tvpair::CheckoutUrl::bcp47(QLocale().name());
        tvpair::Entitlement e;
        e.productId = m_productId;
        e.provider = m_provider;
        tvpair::SessionController *session = TvSession::controller();
        url = session ? session->manageUrl(e, locale)
                      : tvpair::CheckoutUrl::expand(kPreviewTemplate, {m_productId, m_productId, QString(), locale});
    }
    if (url != m_url) {
        m_url = url;
        emit urlChanged();
    }
}
