#include "HttpClient.h"

#include "Log.h"

#include <QHostAddress>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace tvpair::net {

namespace {
// A request body that can be read once. Qt's HTTP stack repeats a request on its own, at once,
// when the connection closes before any byte of the answer; to do so it rewinds the body. A
// request with a body changes state at the server (RFC 9110 §9.2.2: not idempotent) and the
// server may have received it before the connection went: a device-code poll repeated within
// milliseconds breaks the interval (RFC 8628 §3.5), a repeated refresh spends a rotated token.
// Refusing the rewind turns that repeat into an error the caller sees and paces itself.
class OneShotBody : public QIODevice {
public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return m_pos == 0; }  // only before the first byte went out
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
}  // namespace

const char *netErrorName(NetError e)
{
    switch (e) {
    case NetError::None: return "none";
    case NetError::Timeout: return "timeout";
    case NetError::Connection: return "connection";
    case NetError::Tls: return "tls";
    case NetError::TooLarge: return "too_large";
    case NetError::Redirect: return "redirect";
    case NetError::InsecureUrl: return "insecure_url";
    case NetError::Cancelled: return "cancelled";
    }
    return "unknown";
}

HttpRequest HttpRequest::form(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.contentType = "application/x-www-form-urlencoded";
    QByteArray body;
    for (const auto &f : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    r.body = body;
    r.setHeader("Accept", "application/json");
    return r;
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

std::optional<int> HttpResponse::retryAfterSeconds() const
{
    const QByteArray v = header("retry-after").trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int s = v.toInt(&ok);
    if (!ok || s < 0)
        return std::nullopt;
    return std::min(s, 3600);  // a hostile server must not park the TV for days
}

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress a;
    if (!a.setAddress(host))
        return false;
    return a.isLoopback();
}

QString UrlPolicy::check(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("not a valid absolute URL: %1").arg(log::redactedUrl(url));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return QStringLiteral("plain http is refused for %1 (only https, or http to a loopback host with allow_insecure_loopback)")
                .arg(url.host());
        if (!allowInsecureLoopback)
            return QStringLiteral("plain http to %1 needs \"allow_insecure_loopback\": true in the config").arg(url.host());
        return {};
    }
    return QStringLiteral("scheme \"%1\" is not allowed (https only)").arg(scheme);
}

HttpClient::HttpClient(UrlPolicy policy, QObject *parent)
    : QObject(parent), m_policy(policy), m_nam(new QNetworkAccessManager(this))
{
    // Every request sets its own redirect policy; a proxy from the environment is honoured by Qt.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

QPointer<HttpCall> HttpClient::send(const HttpRequest &request, Callback done)
{
    auto *call = new HttpCall(this, request, std::move(done));
    QPointer<HttpCall> guard(call);
    call->start();
    return guard;
}

HttpCall::HttpCall(HttpClient *client, const HttpRequest &request, HttpClient::Callback done)
    : QObject(client), m_client(client), m_request(request), m_done(std::move(done))
{
}

void HttpCall::start()
{
    if (!m_clock.isValid())
        m_clock.start();
    const QString refused = m_client->m_policy.check(m_request.url);
    if (!refused.isEmpty()) {
        HttpResponse r;
        r.error = NetError::InsecureUrl;
        r.errorText = refused;
        // Deliver asynchronously so callers see one behaviour whatever the outcome.
        QTimer::singleShot(0, this, [this, r]() { finish(r); });
        return;
    }
    QNetworkRequest req(m_request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     m_request.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                               : QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setMaximumRedirectsAllowed(m_request.followRedirects ? 3 : 0);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("tvpair/" TVPAIR_VERSION));
    if (!m_request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto &h : m_request.headers)
        req.setRawHeader(h.first, h.second);

    auto *nam = m_client->m_nam;
    if (m_request.method == "GET") {
        m_reply = nam->get(req);
    } else if (m_request.method == "POST") {
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = nam->post(req, new OneShotBody(m_request.body, this));
    } else
        m_reply = nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_client->m_inFlight++;
    m_client->m_sent++;

    delete m_deadline;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this]() {
        m_abortReason = NetError::Timeout;
        if (m_reply)
            m_reply->abort();
    });
    m_deadline->start(m_request.timeoutMs);

    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_request.maxBytes || total > m_request.maxBytes) {
            m_abortReason = NetError::TooLarge;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a TLS error ends the request (RFC 6749 §10.9).
        m_abortReason = NetError::Tls;
        qCWarning(lcNet) << "TLS error for" << log::redactedUrl(m_request.url) << ":"
                         << (errors.isEmpty() ? QString() : errors.first().errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

void HttpCall::onFinished()
{
    HttpResponse r;
    QNetworkReply *reply = m_reply;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    const auto err = reply->error();
    if (m_abortReason != NetError::None) {
        r.error = m_abortReason;
    } else if (err == QNetworkReply::OperationCanceledError) {
        r.error = NetError::Cancelled;
    } else if (err == QNetworkReply::SslHandshakeFailedError) {
        r.error = NetError::Tls;
    } else if (err == QNetworkReply::TimeoutError) {
        r.error = NetError::Timeout;
    } else if (err != QNetworkReply::NoError && (r.status == 0 || err < QNetworkReply::ContentAccessDenied)) {
        // Network and proxy errors (1-199) count even after a status line arrived: a connection
        // closed mid-body leaves a truncated body that must not pass for a complete answer.
        r.error = NetError::Connection;
    }
    if (r.error == NetError::None) {
        r.body = reply->readAll();
        if (r.body.size() > m_request.maxBytes) {
            r.error = NetError::TooLarge;
            r.body.clear();
        } else if (r.status >= 300 && r.status < 400 && !m_request.followRedirects) {
            r.error = NetError::Redirect;
        }
    }
    // 408: the server closed the connection without reading this request, typically one that a
    // kept-alive connection carried after the server's own timer ran out (Node's HTTP server does
    // this to requests on connections older than its headersTimeout, nodejs/node#58140; proxies
    // too). RFC 9110 §15.5.9: the client may repeat the request on a new connection. Once.
    if (r.error == NetError::None && r.status == 408 && m_attempt == 0) {
        qCInfo(lcNet).noquote() << m_request.method << log::redactedUrl(m_request.url)
                                << "-> 408 (connection closed by the server): repeating it once";
        ++m_attempt;
        releaseReply();
        start();
        return;
    }
    if (r.error != NetError::None) {
        switch (r.error) {
        case NetError::Timeout: r.errorText = QStringLiteral("no answer within %1 ms").arg(m_request.timeoutMs); break;
        case NetError::TooLarge: r.errorText = QStringLiteral("answer larger than %1 bytes").arg(m_request.maxBytes); break;
        case NetError::Redirect: r.errorText = QStringLiteral("unexpected redirect (HTTP %1)").arg(r.status); break;
        case NetError::Tls: r.errorText = QStringLiteral("TLS certificate or handshake error"); break;
        case NetError::Cancelled: r.errorText = QStringLiteral("cancelled"); break;
        default: r.errorText = log::redact(reply->errorString()); break;
        }
    }
    finish(r);
}

void HttpCall::finish(HttpResponse r)
{
    if (m_finished)
        return;
    m_finished = true;
    r.elapsedMs = m_clock.elapsed();
    if (m_deadline)
        m_deadline->stop();
    if (m_reply)
        releaseReply();
    // The single request log line: method, redacted URL, outcome, size, time. Never bodies or headers.
    qCInfo(lcNet).noquote() << m_request.method << log::redactedUrl(m_request.url) << "->"
                            << (r.error == NetError::None ? QString::number(r.status)
                                                          : QString::fromLatin1(netErrorName(r.error)))
                            << r.body.size() << "bytes" << r.elapsedMs << "ms";
    auto done = std::move(m_done);
    m_done = nullptr;
    deleteLater();
    if (done)
        done(r);
}

void HttpCall::releaseReply()
{
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    m_client->m_inFlight--;
}

void HttpCall::cancel()
{
    if (m_finished)
        return;
    m_abortReason = NetError::Cancelled;
    if (m_reply)
        m_reply->abort();  // finished() → onFinished() → callback with Cancelled
    else {
        HttpResponse r;
        r.error = NetError::Cancelled;
        finish(r);
    }
}

void HttpCall::cancelSilently()
{
    m_done = nullptr;
    cancel();
}

}  // namespace tvpair::net
