#pragma once
// The loopback redirect receiver of a native app (RFC 8252 §7.3): a one-shot HTTP endpoint on
// 127.0.0.1 that takes exactly one authorization response, as a GET with a query (default
// response_mode) or a form POST (response_mode=form_post), answers the browser with a short
// page and stops. With response_mode=fragment the browser keeps the answer in the URL
// fragment, which it never sends: a GET without parameters is then answered with the
// FragmentRelayPage, whose script posts the fragment back as a form, read like form_post.
// Anything else (other path or method, oversized or malformed request) gets an error status
// and does not end the attempt. Hand-written because Qt 6.4 has no HTTP server
// in the base modules and the request to parse is tiny and fixed.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace tvpair::oauth {

// The parameters of the authorization response (RFC 6749 §4.1.2 / §4.1.2.1, RFC 9207 `iss`).
struct AuthorizationResponse {
    QString code;
    QString state;
    QString error;
    QString errorDescription;
    QString iss;
    QString idToken;  // hybrid response (OIDC Core §3.3.2.5); checked before the code is used
    bool stateMatches = false;  // state equals the expected one (compared in constant time)
};

// One HTTP request to the listener, read from the bytes received so far (pure; fuzzed).
struct CallbackHttpRequest {
    enum class Status { Incomplete, Complete, BadRequest, TooLarge };
    Status status = Status::Incomplete;
    QByteArray method;
    QUrl target;
    QByteArray contentType;  // lower case
    QByteArray body;

    static CallbackHttpRequest parse(const QByteArray &received, qint64 maxBytes);
    // application/x-www-form-urlencoded ('+' is a space), as a form post or a posted fragment.
    static QUrlQuery formFields(const QByteArray &body);
    // The authorization response parameters (state not compared yet).
    static AuthorizationResponse responseFrom(const QUrlQuery &params);
};

class LoopbackRedirectListener : public QObject {
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(const QString &redirectPath, QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // port 0: an ephemeral port (RFC 8252 §7.3). Binds 127.0.0.1 only, never all interfaces.
    bool listen(quint16 port = 0, QString *error = nullptr);
    void stop();
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:<port><redirect_path>
    QString redirectUri() const;

    // The state the response must carry; a response with another one is answered with an
    // error page and reported with stateMatches false.
    void setExpectedState(const QString &state) { m_expectedState = state; }
    // "query" (default), "form_post" or "fragment" (serves the page that posts the fragment).
    void setResponseMode(const QString &mode) { m_mode = mode; }

    static constexpr qint64 kMaxRequestBytes = 16 * 1024;   // request line + headers + body
    static constexpr int kConnectionTimeoutMs = 15000;      // an idle or slow connection is dropped

signals:
    // Exactly once per listen(); the listener has stopped accepting connections by then.
    void responseReceived(const tvpair::oauth::AuthorizationResponse &response);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *s);
    void reply(QTcpSocket *s, int status, const QByteArray &reason, const QByteArray &html,
               const QByteArray &policy = {});
    void handleParams(QTcpSocket *s, const QUrlQuery &params);

    QString m_path;
    QString m_expectedState;
    QString m_mode = QStringLiteral("query");
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_done = false;
};

}  // namespace tvpair::oauth

Q_DECLARE_METATYPE(tvpair::oauth::AuthorizationResponse)
