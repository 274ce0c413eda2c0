#include "HttpServer.h"

#include "net/Log.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <arpa/inet.h>
#include <chrono>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>

namespace tvpair::bridge {

struct HttpServer::Connection {
    MHD_Connection *mhd = nullptr;
    HttpServerRequest request;
    HttpServerResponse response;
    bool dispatched = false;
    bool answered = false;
    bool tooLarge = false;
    qint64 received = 0;
    bool queuedEarly = false;
    quint64 serial = 0;
    qint64 suspendedAtMs = 0;  // steady clock
};

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// A body over the limit is read and dropped up to this many times the limit (then answered
// 413); beyond that the connection is closed.
constexpr qint64 kDiscardLimitFactor = 64;

HttpServerResponse tooLarge()
{
    return HttpServerResponse::json(413, R"({"error":"invalid_request","error_description":"request body too large"})");
}

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        const QString key = QUrl::fromPercentEncoding(k);
        if (!out.contains(key))
            out.insert(key, QUrl::fromPercentEncoding(v));
    }
    return out;
}

MHD_Result collectHeader(void *cls, MHD_ValueKind kind, const char *key, const char *value)
{
    auto *r = static_cast<HttpServerRequest *>(cls);
    const QByteArray k(key);
    const QByteArray v(value ? value : "");
    if (kind == MHD_HEADER_KIND)
        r->headers.insert(k.toLower(), v);
    else if (kind == MHD_COOKIE_KIND)
        r->cookies.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    else if (kind == MHD_GET_ARGUMENT_KIND && !r->query.contains(QString::fromUtf8(k)))
        r->query.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return MHD_YES;
}

MHD_Result queue(MHD_Connection *connection, const HttpServerResponse &r)
{
    MHD_Response *resp = MHD_create_response_from_buffer(size_t(r.body.size()), const_cast<char *>(r.body.constData()),
                                                         MHD_RESPMEM_MUST_COPY);
    if (!resp)
        return MHD_NO;
    if (!r.contentType.isEmpty())
        MHD_add_response_header(resp, "Content-Type", r.contentType.constData());
    for (const auto &h : r.headers)
        MHD_add_response_header(resp, h.first.constData(), h.second.constData());
    const MHD_Result ok = MHD_queue_response(connection, unsigned(r.status), resp);
    MHD_destroy_response(resp);
    return ok;
}

void logFromMhd(void *, const char *fmt, va_list ap)
{
    char line[512];
    std::vsnprintf(line, sizeof line, fmt, ap);
    qCDebug(lcNet).noquote() << "http server:" << QString::fromLocal8Bit(line).trimmed();
}

}  // namespace

bool HttpServerRequest::isForm() const
{
    return header("content-type").split(';').value(0).trimmed().toLower() == "application/x-www-form-urlencoded";
}

QHash<QString, QString> HttpServerRequest::form() const
{
    return isForm() ? parseForm(body) : QHash<QString, QString>();
}

HttpServerResponse HttpServerResponse::json(int status, const QByteArray &compactJson)
{
    HttpServerResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = compactJson;
    r.addHeader("Cache-Control", "no-store");
    r.addHeader("Pragma", "no-cache");
    return r;
}

HttpServerResponse HttpServerResponse::html(int status, const QByteArray &page, const QByteArray &formTargetOrigin)
{
    HttpServerResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page;
    // Pages of a sign-in: no framing (clickjacking), no scripts or foreign assets, no Referer
    // leaking a user code, never cached.
    const QByteArray formAction = formTargetOrigin.isEmpty() ? QByteArray("'self'") : "'self' " + formTargetOrigin;
    r.addHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action " + formAction
                                               + "; frame-ancestors 'none'; base-uri 'none'");
    r.addHeader("X-Frame-Options", "DENY");
    r.addHeader("X-Content-Type-Options", "nosniff");
    r.addHeader("Referrer-Policy", "no-referrer");
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpServerResponse HttpServerResponse::redirect(const QByteArray &location, int status)
{
    HttpServerResponse r;
    r.status = status;
    r.addHeader("Location", location);
    r.addHeader("Referrer-Policy", "no-referrer");
    r.addHeader("Cache-Control", "no-store");
    return r;
}

// The C callbacks of libmicrohttpd, with access to the server's private parts.
struct HttpServerGlue {
    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url, const char *method,
                             const char *, const char *uploadData, size_t *uploadSize, void **conCls)
    {
        auto *server = static_cast<HttpServer *>(cls);
        auto *c = static_cast<HttpServer::Connection *>(*conCls);
        if (!c) {
            c = new HttpServer::Connection;
            c->mhd = connection;
            c->request.method = method;
            c->request.path = QString::fromUtf8(url);
            MHD_get_connection_values(connection, MHD_HEADER_KIND, &collectHeader, &c->request);
            MHD_get_connection_values(connection, MHD_COOKIE_KIND, &collectHeader, &c->request);
            MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &collectHeader, &c->request);
            if (const auto *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS))
                c->request.peer = QHostAddress(info->client_addr);
            *conCls = c;
            bool ok = false;
            const qint64 declared = c->request.header("content-length").toLongLong(&ok);
            if (ok && declared > kDiscardLimitFactor * server->m_limits.maxBodyBytes) {
                c->queuedEarly = true;  // far too large: answer at once, the connection closes
                return queue(connection, tooLarge());
            }
            return MHD_YES;
        }
        if (c->queuedEarly)
            return *uploadSize > 0 ? MHD_NO : MHD_YES;
        if (*uploadSize > 0) {
            c->received += qint64(*uploadSize);
            if (c->received > kDiscardLimitFactor * server->m_limits.maxBodyBytes)
                return MHD_NO;  // a body that keeps growing: close the connection
            if (c->received > server->m_limits.maxBodyBytes) {
                // Read and drop the rest, so the client sees the 413 instead of a reset.
                c->tooLarge = true;
                c->request.body.clear();
            } else {
                c->request.body.append(uploadData, qsizetype(*uploadSize));
            }
            *uploadSize = 0;
            return MHD_YES;
        }
        if (c->tooLarge && !c->answered) {
            qCInfo(lcNet) << "http server: refused a request body over the limit";
            c->answered = true;
            c->response = tooLarge();
        }
        if (!c->answered && !c->dispatched && server->m_fast) {
            // Nothing else knows this connection yet: no lock needed.
            HttpServerResponse fast;
            if (server->m_fast(c->request, &fast)) {
                c->answered = true;
                return queue(connection, fast);
            }
        }
        {
            QMutexLocker lock(&server->m_mutex);
            if (c->answered)
                return queue(connection, c->response);
            if (c->dispatched)
                return MHD_YES;  // still waiting for the Qt thread
            c->dispatched = true;
            c->serial = ++server->m_serial;
            c->suspendedAtMs = steadyMs();
            server->m_suspended.insert(c);
        }
        MHD_suspend_connection(connection);
        QPointer<HttpServer> guard(server);
        QMetaObject::invokeMethod(server, [guard, c] {
            if (guard)
                guard->dispatch(c);
        }, Qt::QueuedConnection);
        return MHD_YES;
    }

    static void completed(void *, MHD_Connection *, void **conCls, MHD_RequestTerminationCode)
    {
        delete static_cast<HttpServer::Connection *>(*conCls);
        *conCls = nullptr;
    }
};

HttpServer::HttpServer(HttpServerLimits limits, QObject *parent) : QObject(parent), m_limits(limits)
{
    m_deadlineSweep.setInterval(1000);
    connect(&m_deadlineSweep, &QTimer::timeout, this, &HttpServer::answerOverdue);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr *addr = nullptr;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&v6.sin6_addr, &a, sizeof a);
        addr = reinterpret_cast<const sockaddr *>(&v6);
        flags |= MHD_USE_IPv6;
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(address.toIPv4Address());
        addr = reinterpret_cast<const sockaddr *>(&v4);
    }
    m_daemon = MHD_start_daemon(
        flags, port, nullptr, nullptr, &HttpServerGlue::access, this,
        MHD_OPTION_EXTERNAL_LOGGER, &logFromMhd, nullptr,  // first, so every message takes this way
        MHD_OPTION_SOCK_ADDR, addr,
        MHD_OPTION_CONNECTION_LIMIT, unsigned(m_limits.maxConnections),
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, unsigned(m_limits.maxConnectionsPerAddress),
        MHD_OPTION_CONNECTION_TIMEOUT, unsigned(m_limits.idleTimeoutSeconds),
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(m_limits.maxHeaderBytes),
        MHD_OPTION_NOTIFY_COMPLETED, &HttpServerGlue::completed, nullptr,
        MHD_OPTION_END);
    if (!m_daemon) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return false;
    }
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info ? info->port : port;
    m_deadlineSweep.start();
    return true;
}

void HttpServer::close()
{
    m_deadlineSweep.stop();
    if (!m_daemon)
        return;
    {
        // Suspended connections must be resumed before the daemon stops.
        QMutexLocker lock(&m_mutex);
        for (Connection *c : std::as_const(m_suspended)) {
            c->response = HttpServerResponse::json(503, R"({"error":"temporarily_unavailable"})");
            c->answered = true;
            MHD_resume_connection(c->mhd);
        }
        m_suspended.clear();
    }
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    m_port = 0;
}

void HttpServer::dispatch(Connection *c)
{
    HttpServerRequest request;
    quint64 serial = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_suspended.contains(c))
            return;
        request = c->request;
        serial = c->serial;
    }
    QPointer<HttpServer> guard(this);
    // Answers only the request it was made for: once its connection was answered (by the
    // handler or the deadline) and freed, another one may live at the same address.
    Responder respond = [guard, c, serial](HttpServerResponse response) {
        if (!guard)
            return;
        QMutexLocker lock(&guard->m_mutex);
        if (!guard->m_suspended.contains(c) || c->serial != serial)
            return;
        guard->m_suspended.remove(c);
        c->response = std::move(response);
        c->answered = true;
        MHD_resume_connection(c->mhd);
    };
    if (!m_handler) {
        respond(HttpServerResponse::json(503, R"({"error":"temporarily_unavailable"})"));
        return;
    }
    m_handler(request, respond);
}

void HttpServer::answerOverdue()
{
    // Every request is answered: a handler that has not answered by the deadline (its upstream
    // calls have shorter timeouts of their own) gets 504 for it; a later answer is ignored.
    const qint64 now = steadyMs();
    QMutexLocker lock(&m_mutex);
    for (auto it = m_suspended.begin(); it != m_suspended.end();) {
        Connection *c = *it;
        if (now - c->suspendedAtMs < m_deadlineMs) {
            ++it;
            continue;
        }
        c->response = HttpServerResponse::json(504, R"({"error":"temporarily_unavailable"})");
        c->answered = true;
        MHD_resume_connection(c->mhd);
        it = m_suspended.erase(it);
    }
}

}  // namespace tvpair::bridge
