#include "PaymentProvider.h"

#include "net/HttpClient.h"
#include "net/Log.h"

#include <QTimer>

namespace tvpair {

PaymentProvider::PaymentProvider(net::HttpClient *http, QObject *parent) : QObject(parent), m_http(http) {}

PaymentProvider::~PaymentProvider()
{
    for (const auto &call : std::as_const(m_calls)) {
        if (call)
            call->cancelSilently();
    }
}

QDateTime PaymentProvider::nowUtc() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void PaymentProvider::get(const QUrl &url, const Headers &headers, Reply reply)
{
    net::HttpRequest req;
    req.url = url;
    req.headers = headers;
    req.timeoutMs = m_limits.requestTimeoutMs;
    req.maxBytes = m_limits.maxBodyBytes;
    // Forget finished calls so the list stays as short as what is in flight.
    m_calls.removeAll(QPointer<net::HttpCall>());
    QPointer<PaymentProvider> self(this);
    auto call = m_http->send(req, [self, reply = std::move(reply)](const net::HttpResponse &r) {
        if (self)
            reply(r);
    });
    if (call)
        m_calls.append(call);
}

void PaymentProvider::later(std::function<void()> fn)
{
    QTimer::singleShot(0, this, std::move(fn));
}

void PaymentProvider::accessFromList(const QString &productId, const QString &what, AccessCallback done)
{
    listEntitlements([this, productId, what, done = std::move(done)](const EntitlementsResult &list) {
        AccessResult result;
        if (!list.ok()) {
            result.error = list.error;
            return done(result);
        }
        for (const auto &e : list.items) {
            if (e.productId == productId && e.grantsAccess()) {
                result.granted = true;
                result.expiresAt = e.expiresAt;
                return done(result);
            }
        }
        result.error = context().error(PaymentError::NoAccess, 0, QStringLiteral("no access to %1").arg(what));
        done(result);
    });
}

AnswerContext PaymentProvider::context() const
{
    return AnswerContext{name(), nowUtc(), m_limits.maxBodyBytes};
}

QUrl PaymentProvider::joinPath(const QUrl &base, const QString &path)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + path);
    return u;
}

QUrl defaultPaymentBaseUrl(const QString &provider, const QString &environment)
{
    const bool sandbox = environment == QLatin1String("sandbox");
    if (provider == QLatin1String("cleeng"))
        return QUrl(sandbox ? QStringLiteral("https://mediastoreapi-sandbox.cleeng.com")
                            : QStringLiteral("https://mediastoreapi.cleeng.com"));
    if (provider == QLatin1String("inplayer"))
        return QUrl(sandbox ? QStringLiteral("https://staging-v2.inplayer.com")
                            : QStringLiteral("https://services.inplayer.com"));
    return QUrl();
}

}  // namespace tvpair
