#include "LoopbackRedirectListener.h"

#include "FragmentRelayPage.h"
#include "net/Log.h"
#include "net/SecretLife.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <openssl/crypto.h>

namespace tvpair::oauth {

namespace {

QByteArray page(const QString &title, const QString &text)
{
    return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                          "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    return !x.isEmpty() && x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

}  // namespace

LoopbackRedirectListener::LoopbackRedirectListener(const QString &redirectPath, QObject *parent)
    : QObject(parent), m_path(redirectPath.isEmpty() ? QStringLiteral("/callback") : redirectPath)
{
    qRegisterMetaType<tvpair::oauth::AuthorizationResponse>();
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port, QString *error)
{
    stop();
    m_done = false;
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(8);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    qCDebug(lcOAuth) << "loopback redirect listener on port" << m_server->serverPort();
    return true;
}

void LoopbackRedirectListener::stop()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool LoopbackRedirectListener::isListening() const { return m_server && m_server->isListening(); }
quint16 LoopbackRedirectListener::port() const { return m_server ? m_server->serverPort() : 0; }

QString LoopbackRedirectListener::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(m_path);
}

void LoopbackRedirectListener::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *s = m_server->nextPendingConnection();
        s->setParent(this);  // outlives the server, which stops as soon as the answer is in
        s->setReadBufferSize(kMaxRequestBytes + 1);
        m_buffers.insert(s, {});
        QPointer<QTcpSocket> guard(s);
        QTimer::singleShot(kConnectionTimeoutMs, this, [guard]() {
            if (guard)
                guard->abort();
        });
        connect(s, &QTcpSocket::readyRead, this, [this, s]() { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s]() {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void LoopbackRedirectListener::reply(QTcpSocket *s, int status, const QByteArray &reason, const QByteArray &html,
                                     const QByteArray &policy)
{
    m_buffers.remove(s);
    disconnect(s, &QTcpSocket::readyRead, this, nullptr);
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    r += "Content-Type: text/html; charset=utf-8\r\n";
    r += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    r += "Content-Security-Policy: "
         + (policy.isEmpty() ? QByteArray("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")
                             : policy)
         + "\r\n";
    r += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nX-Frame-Options: DENY\r\nConnection: close\r\n\r\n";
    r += html;
    s->write(r);
    // Hand the answer to the kernel now: the attempt may end (and a headless run exit) right
    // after responseReceived, before the event loop would have written it.
    s->flush();
    s->disconnectFromHost();
}

CallbackHttpRequest CallbackHttpRequest::parse(const QByteArray &buf, qint64 maxBytes)
{
    CallbackHttpRequest req;
    if (buf.size() > maxBytes) {
        req.status = Status::TooLarge;
        return req;
    }
    const int headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return req;  // wait for the rest of the headers

    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        req.status = Status::BadRequest;
        return req;
    }
    req.method = requestLine.at(0);
    req.target = QUrl(QString::fromLatin1(requestLine.at(1)));
    qint64 contentLength = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0)
                contentLength = maxBytes + 1;
        } else if (name == "content-type") {
            req.contentType = value.toLower();
        } else if (name == "transfer-encoding") {
            contentLength = maxBytes + 1;  // chunked bodies are not expected from a form post
        }
    }
    if (contentLength > maxBytes || headerEnd + 4 + contentLength > maxBytes) {
        req.status = Status::TooLarge;
        return req;
    }
    if (buf.size() < headerEnd + 4 + contentLength)
        return req;  // wait for the body
    req.body = buf.mid(headerEnd + 4, int(contentLength));
    req.status = Status::Complete;
    return req;
}

QUrlQuery CallbackHttpRequest::formFields(const QByteArray &body)
{
    // Form bodies use '+' for spaces; QUrlQuery does not decode it.
    QByteArray b = body;
    b.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(b));
}

AuthorizationResponse CallbackHttpRequest::responseFrom(const QUrlQuery &params)
{
    const auto value = [&params](const char *name) {
        return params.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    AuthorizationResponse r;
    r.code = value("code");
    r.state = value("state");
    r.error = value("error");
    r.errorDescription = value("error_description");
    r.iss = value("iss");
    r.idToken = value("id_token");
    return r;
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *s)
{
    if (!m_buffers.contains(s))
        return;
    QByteArray &buf = m_buffers[s];
    buf += s->read(kMaxRequestBytes + 1 - buf.size());
    const CallbackHttpRequest req = CallbackHttpRequest::parse(buf, kMaxRequestBytes);
    switch (req.status) {
    case CallbackHttpRequest::Status::Incomplete:
        return;
    case CallbackHttpRequest::Status::TooLarge:
        reply(s, 413, "Payload Too Large", page(QStringLiteral("Request too large"), QStringLiteral("The request was refused.")));
        return;
    case CallbackHttpRequest::Status::BadRequest:
        reply(s, 400, "Bad Request", page(QStringLiteral("Bad request"), QStringLiteral("The request was refused.")));
        return;
    case CallbackHttpRequest::Status::Complete:
        break;
    }
    if (!req.target.isValid() || req.target.path() != m_path || m_done) {
        reply(s, 404, "Not Found", page(QStringLiteral("Not found"), QString()));
        return;
    }
    if (req.method == "GET") {
        const QUrlQuery query(req.target);
        if (m_mode == QLatin1String("fragment") && query.isEmpty()) {
            reply(s, 200, "OK", FragmentRelayPage::html(), FragmentRelayPage::contentSecurityPolicy());
            return;
        }
        handleParams(s, query);
        return;
    }
    if (req.method == "POST") {
        if (!req.contentType.startsWith("application/x-www-form-urlencoded")) {
            reply(s, 415, "Unsupported Media Type", page(QStringLiteral("Unsupported request"), QString()));
            return;
        }
        handleParams(s, CallbackHttpRequest::formFields(req.body));
        return;
    }
    reply(s, 405, "Method Not Allowed", page(QStringLiteral("Not allowed"), QString()));
}

void LoopbackRedirectListener::handleParams(QTcpSocket *s, const QUrlQuery &params)
{
    AuthorizationResponse r = CallbackHttpRequest::responseFrom(params);
    if (r.code.isEmpty() && r.error.isEmpty()) {
        // Not an authorization response at all (a stray visit): ignore it, keep waiting.
        reply(s, 400, "Bad Request", page(QStringLiteral("Nothing to do here"), QStringLiteral("This address only takes the answer of a sign-in.")));
        return;
    }
    log::rememberSecret(r.code, log::SecretLife::ShortLived);
    log::rememberSecret(r.idToken);
    r.stateMatches = sameSecret(r.state, m_expectedState);
    if (!r.stateMatches)
        reply(s, 400, "Bad Request",
              page(QStringLiteral("Sign-in not accepted"),
                   QStringLiteral("This answer does not belong to the sign-in on the TV. Start again from the TV.")));
    else if (!r.error.isEmpty())
        reply(s, 200, "OK",
              page(QStringLiteral("Sign-in not completed"),
                   QStringLiteral("The sign-in was not completed. You can close this window and return to the TV.")));
    else
        reply(s, 200, "OK",
              page(QStringLiteral("Signed in"), QStringLiteral("You can close this window and return to the TV.")));
    m_done = true;
    stop();
    emit responseReceived(r);
}

}  // namespace tvpair::oauth
