#pragma once
// The one HTTP client of tvpair (ARCHITECTURE.md, core/net): every request has a deadline,
// a response size limit, no automatic redirects, https only (loopback http only when the
// tenant config allows it) and is logged once, redacted, at this one choke point.
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace tvpair::net {

enum class NetError {
    None,
    Timeout,      // the whole request outlasted its deadline
    Connection,   // refused, reset, DNS, ...
    Tls,          // certificate or handshake failure: always fatal for the request
    TooLarge,     // body exceeded maxBytes
    Redirect,     // a 3xx where redirects are not followed
    InsecureUrl,  // refused before sending: scheme/host not allowed by UrlPolicy
    Cancelled,
};

const char *netErrorName(NetError e);

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    int timeoutMs = 15000;
    qint64 maxBytes = 1024 * 1024;
    bool followRedirects = false;

    // Convenience for application/x-www-form-urlencoded POSTs (token, device, revoke).
    static HttpRequest form(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    NetError error = NetError::None;
    QString errorText;  // never contains a secret: built from Qt's error string and the redacted URL
    qint64 elapsedMs = 0;

    bool transportOk() const { return error == NetError::None; }
    bool isSuccess() const { return transportOk() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // Retry-After as seconds (delta-seconds form only; HTTP dates are ignored: a TV clock may be unset).
    std::optional<int> retryAfterSeconds() const;
};

// Which URLs may be contacted at all: https only, plain http only on loopback if allowed.
struct UrlPolicy {
    bool allowInsecureLoopback = false;
    static bool isLoopbackHost(const QString &host);
    // Empty string when allowed, otherwise a one-line reason naming the URL's scheme/host.
    QString check(const QUrl &url) const;
};

class HttpCall;

class HttpClient : public QObject {
    Q_OBJECT
public:
    explicit HttpClient(UrlPolicy policy = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    using Callback = std::function<void(const HttpResponse &)>;
    // The callback runs exactly once (also on cancel, with NetError::Cancelled) unless the
    // call is cancelled with cancelSilently(). Returns the call so the caller can cancel it.
    QPointer<HttpCall> send(const HttpRequest &request, Callback done);

    const UrlPolicy &policy() const { return m_policy; }
    void setPolicy(const UrlPolicy &p) { m_policy = p; }
    int inFlight() const { return m_inFlight; }
    quint64 requestsSent() const { return m_sent; }

private:
    friend class HttpCall;
    UrlPolicy m_policy;
    QNetworkAccessManager *m_nam;
    int m_inFlight = 0;
    quint64 m_sent = 0;
};

class HttpCall : public QObject {
    Q_OBJECT
public:
    void cancel();          // callback runs with NetError::Cancelled
    void cancelSilently();  // callback never runs

private:
    friend class HttpClient;
    HttpCall(HttpClient *client, const HttpRequest &request, HttpClient::Callback done);
    void start();
    void finish(HttpResponse response);
    void onFinished();
    void releaseReply();  // the finished or abandoned reply: deleted later, no longer in flight

    HttpClient *m_client;
    HttpRequest m_request;
    HttpClient::Callback m_done;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
    bool m_finished = false;
    NetError m_abortReason = NetError::None;
    int m_attempt = 0;  // a 408 is repeated once (HttpCall::onFinished)
};

}  // namespace tvpair::net
