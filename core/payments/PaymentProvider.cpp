#include "PaymentProvider.h"

#include "net/HttpClient.h"
#include "net/Log.h"

#include <QTimer>

namespace tvpair {

QString PaymentError::kindName(Kind k)
{
    switch (k) {
    case Unauthorized: return QStringLiteral("unauthorized");
    case Network: return QStringLiteral("network");
    case Server: return QStringLiteral("server");
    case Malformed: return QStringLiteral("malformed");
    case Config: return QStringLiteral("config");
    case NoAccess: return QStringLiteral("no_access");
    }
    return QStringLiteral("server");
}

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

PaymentError PaymentProvider::makeError(PaymentError::Kind kind, int httpStatus, const QString &what) const
{
    QString line = log::redact(what).simplified();
    if (line.size() > 240)
        line = line.left(240) + QStringLiteral("…");
    return PaymentError{kind, httpStatus, name() + QStringLiteral(": ") + line};
}

PaymentError PaymentProvider::malformed(const QString &what, int httpStatus) const
{
    return makeError(PaymentError::Malformed, httpStatus, what);
}

std::optional<PaymentError> PaymentProvider::httpError(const net::HttpResponse &r, const QString &what,
                                                       const QString &serverText) const
{
    const auto err = [&](PaymentError::Kind kind, const QString &text) {
        return makeError(kind, r.status, what.isEmpty() ? text : what + QStringLiteral(": ") + text);
    };
    using net::NetError;
    if (!r.transportOk()) {
        switch (r.error) {
        case NetError::InsecureUrl:
            return err(PaymentError::Config, r.errorText);
        case NetError::TooLarge:
            return err(PaymentError::Malformed, QStringLiteral("answer larger than %1 bytes")
                                                                   .arg(m_limits.maxBodyBytes));
        case NetError::Redirect:
            return err(PaymentError::Server, QStringLiteral("unexpected redirect (HTTP %1)").arg(r.status));
        default:
            return err(PaymentError::Network, QStringLiteral("%1 (%2)").arg(QString::fromLatin1(net::netErrorName(r.error)), r.errorText));
        }
    }
    if (r.status >= 200 && r.status < 300)
        return std::nullopt;
    const QString detail = serverText.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                                                : QStringLiteral("%1 (HTTP %2)").arg(serverText).arg(r.status);
    if (r.status == 401 || r.status == 403)
        return err(PaymentError::Unauthorized, detail);
    if (r.status >= 300 && r.status < 400)
        return err(PaymentError::Server, QStringLiteral("unexpected redirect (HTTP %1)").arg(r.status));
    return err(PaymentError::Server, detail);
}

QString PaymentProvider::plural(qint64 n, const QString &unit)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(unit, n == 1 ? QString() : QStringLiteral("s"));
}

QDateTime PaymentProvider::fromUnixSeconds(qint64 s)
{
    return s == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

QDateTime PaymentProvider::fromUnixMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
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
