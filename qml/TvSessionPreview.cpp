// TvSession's preview seam: the state and lists a preview, a screenshot test or the UI
// benchmark sets without a session (isPreview()). Kept apart from the live session's code.
#include "TvSession.h"

#include <QDateTime>

using tvpair::ViewerError;

void TvSession::setPreview(const QVariantMap &state)
{
    if (!isPreview()) {
        qWarning("TvSession: setPreview() is for previews and tests; ignored with a session");
        return;
    }
    auto has = [&state](const char *key) { return state.contains(QLatin1String(key)); };
    auto str = [&state](const char *key) { return state.value(QLatin1String(key)).toString(); };
    auto num = [&state](const char *key) { return state.value(QLatin1String(key)).toInt(); };
    if (has("appName")) setAppName(str("appName"));
    if (has("userCode")) setUserCode(str("userCode"));
    if (has("verificationUri")) setVerificationUri(str("verificationUri"));
    if (has("verificationUriComplete")) setVerificationUriComplete(str("verificationUriComplete"));
    if (has("browserUrl")) setBrowserUrl(str("browserUrl"));
    if (has("expiresIn")) setExpiresIn(num("expiresIn"));
    if (has("secondsLeft")) setSecondsLeft(num("secondsLeft"));
    if (has("retryInSeconds")) setRetryInSeconds(num("retryInSeconds"));
    if (has("pollStatus")) setPollStatus(PollStatus(num("pollStatus")));
    if (has("subject")) setSubject(str("subject"));
    if (has("displayName") || has("customerNumber"))
        setIdentity(has("displayName") ? str("displayName") : m_displayName,
                    has("customerNumber") ? str("customerNumber") : m_customerNumber);
    if (has("linkedProviders")) setLinkedProviders(state.value(QStringLiteral("linkedProviders")).toStringList());
    if (has("loading")) setLoading(state.value(QStringLiteral("loading")).toBool());
    if (has("stale")) setStale(state.value(QStringLiteral("stale")).toBool());
    if (has("errorCode")) setErrorCode(ViewerError::Code(num("errorCode")));
    if (has("errorMessage")) setErrorMessage(str("errorMessage"));
    if (has("phase")) setPhase(Phase(num("phase")));
}

void TvSession::setPreviewProducts(const QVariantList &items)
{
    QList<tvpair::Product> out;
    out.reserve(items.size());
    for (const QVariant &v : items) {
        const QVariantMap m = v.toMap();
        tvpair::Product p;
        p.id = m.value(QStringLiteral("id")).toString();
        p.title = m.value(QStringLiteral("title")).toString();
        p.hasPrice = m.contains(QStringLiteral("price"));
        p.price = m.value(QStringLiteral("price")).toDouble();
        p.currency = m.value(QStringLiteral("currency"), QStringLiteral("EUR")).toString();
        p.period = m.value(QStringLiteral("period")).toString();
        p.trial = m.value(QStringLiteral("trial")).toString();
        p.provider = m.value(QStringLiteral("provider")).toString();
        p.grantsAccessTo = m.value(QStringLiteral("grantsAccessTo")).toString();
        out.append(p);
    }
    m_products->setProducts(QString(), out);
}

void TvSession::setPreviewEntitlements(const QVariantList &items)
{
    using S = tvpair::Entitlement::Status;
    QList<tvpair::Entitlement> out;
    out.reserve(items.size());
    for (const QVariant &v : items) {
        const QVariantMap m = v.toMap();
        tvpair::Entitlement e;
        e.productId = m.value(QStringLiteral("id")).toString();
        e.title = m.value(QStringLiteral("title")).toString();
        const QString status = m.value(QStringLiteral("status"), QStringLiteral("active")).toString();
        e.status = S::Active;
        for (S s : {S::Trial, S::CancelledValid, S::Expired, S::Revoked})
            if (tvpair::Entitlement::statusName(s) == status)
                e.status = s;
        e.expiresAt = QDateTime::fromString(m.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        e.trialEndsAt = QDateTime::fromString(m.value(QStringLiteral("trialEndsAt")).toString(), Qt::ISODate);
        e.provider = m.value(QStringLiteral("provider")).toString();
        e.renews = m.value(QStringLiteral("renews")).toBool();
        out.append(e);
    }
    m_entitlements->setEntitlements(QString(), out);
}

void TvSession::fillPreviewProducts(int count)
{
    QList<tvpair::Product> out;
    count = qBound(0, count, 100000);
    out.reserve(count);
    static const char *periods[] = {"month", "year", "week", "once", "48 hours"};
    for (int i = 0; i < count; ++i) {
        tvpair::Product p;
        p.id = QStringLiteral("P%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Product %1").arg(i + 1);
        p.hasPrice = true;
        p.price = 1.99 + (i % 20);
        p.currency = QStringLiteral("EUR");
        p.period = QLatin1String(periods[i % 5]);
        p.provider = QStringLiteral("cleeng");
        out.append(p);
    }
    m_products->setProducts(QString(), out);
}
