#pragma once
// The bridge's HTTP listener on GNU libmicrohttpd (Debian's libmicrohttpd12): one internal
// polling thread accepts connections and reads requests within hard limits (header memory,
// body size, connection count, per-address connections, an idle timeout against slow clients).
// A complete request is answered on that thread when a FastHandler can; otherwise it is handed
// to the Qt thread that owns this object, its connection suspended until the handler answers
// (Responder), so handlers may wait for upstream calls.
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

struct MHD_Daemon;

namespace tvpair::bridge {

struct HttpServerLimits {
    qint64 maxBodyBytes = 16 * 1024;
    int maxHeaderBytes = 16 * 1024;  // memory per connection for the request line and headers
    int maxConnections = 256;
    int maxConnectionsPerAddress = 32;  // 0: no per-address cap
    int idleTimeoutSeconds = 10;     // a client that sends nothing for this long is dropped
};

struct HttpServerRequest {
    QByteArray method;
    QString path;
    QHash<QString, QString> query;  // decoded; a repeated name keeps its first value
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QHash<QString, QString> cookies;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // The body as application/x-www-form-urlencoded fields ('+' is a space; a repeated name
    // keeps its first value); empty when the body is not a form.
    QHash<QString, QString> form() const;
    bool isForm() const;
};

struct HttpServerResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    // Replaces every header of this name (case-insensitive) with one.
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.removeIf([&name](const QPair<QByteArray, QByteArray> &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        addHeader(name, value);
    }
    static HttpServerResponse json(int status, const QByteArray &compactJson);
    // A page with the sign-in pages' security headers; its forms may post to this origin and,
    // when given, to formTargetOrigin (CSP form-action also covers where a post redirects to).
    static HttpServerResponse html(int status, const QByteArray &page, const QByteArray &formTargetOrigin = {});
    static HttpServerResponse redirect(const QByteArray &location, int status = 303);
};

// Answers exactly once; safe to copy; calling it again does nothing.
using Responder = std::function<void(HttpServerResponse)>;
using RequestHandler = std::function<void(const HttpServerRequest &, Responder)>;
// Runs on the listener's thread for each complete request before it is handed to the Qt
// thread: true (with *response set) answers it there and then, without the hand-off. For
// answers that need neither the Qt thread nor the store's connection; must be thread-safe.
using FastHandler = std::function<bool(const HttpServerRequest &, HttpServerResponse *)>;

class HttpServer : public QObject {
    Q_OBJECT
public:
    explicit HttpServer(HttpServerLimits limits, QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(RequestHandler handler) { m_handler = std::move(handler); }
    // Set before listen().
    void setFastHandler(FastHandler handler) { m_fast = std::move(handler); }
    // Binds address:port (port 0: an ephemeral one); *error names the address on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    void close();

    static constexpr int kHandlerDeadlineMs = 60 * 1000;
    // A handler that has not answered this long after the request was read gets 504 for it
    // (checked once a second: the answer comes up to a second later). Tests shorten it.
    void setHandlerDeadline(int ms) { m_deadlineMs = ms; }

    struct Connection;  // per-request state shared with the listener thread (HttpServer.cpp)

private:
    friend struct HttpServerGlue;
    void dispatch(Connection *c);
    void answerOverdue();

    HttpServerLimits m_limits;
    RequestHandler m_handler;
    FastHandler m_fast;
    MHD_Daemon *m_daemon = nullptr;
    quint16 m_port = 0;
    int m_deadlineMs = kHandlerDeadlineMs;
    // One timer for every request's deadline, not one per request (at thousands of requests a
    // second, a minute's worth of pending single-shot timers is hundreds of thousands of objects).
    QTimer m_deadlineSweep;
    QMutex m_mutex;                 // guards m_suspended, m_serial and each Connection's answer
    QSet<Connection *> m_suspended; // handed to the Qt thread, not answered yet
    quint64 m_serial = 0;           // tells a Connection from a later one at the same address
};

}  // namespace tvpair::bridge
