#pragma once
// The one fake HTTP/1.1 server of the tests, on 127.0.0.1: canned answers chosen by path (the
// payment adapters' unit tests), and answers that misbehave on purpose: late or never, a reset
// connection, a dripped body (slow loris), a truncated one, no Content-Length, or TLS with a
// throw-away self-signed certificate. Real sockets, so requests go through net::HttpClient (or
// the tvpair binary) exactly as in production. One request per connection ("Connection:
// close"). FaultAuthServer (below) is a scriptable fake authorization server on top of it.
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QProcess>
#include <QQueue>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>

#include "TvpairRun.h"

namespace tvpair::test {

// Appends "<kind>\t<value>" to the suite's secret ledger ($TVPAIR_SECRET_LEDGER, see
// tests/secrets/scan-suite.py) when it is set: what a fake server issues is looked for in the
// whole suite's output like what the sandbox issues.
inline void recordIssuedSecret(const char *kind, const QByteArray &value)
{
    const QString path = qEnvironmentVariable("TVPAIR_SECRET_LEDGER");
    if (path.isEmpty() || value.isEmpty())
        return;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        f.write(QByteArray(kind) + '\t' + value + '\n');  // one write(2) with O_APPEND
}

struct FaultRequest {
    QByteArray method;
    QString path;  // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray body;
    qint64 atMs = 0;  // server's monotonic clock, from listen()

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // The body as application/x-www-form-urlencoded fields ('+' is a space).
    QUrlQuery form() const
    {
        QByteArray b = body;
        b.replace('+', ' ');
        return QUrlQuery(QString::fromUtf8(b));
    }
};

struct FaultReply {
    enum Kind {
        Respond,      // status line, headers, body
        NeverAnswer,  // read the request, then stay silent (the client's deadline must fire)
        Reset,        // abort the connection (RST) without a byte of answer
        SlowBody,     // headers at once, then chunkBytes every chunkEveryMs until the body is out
        Truncate,     // Content-Length of the whole body, send half of it, close
    };
    Kind kind = Respond;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool contentLength = true;  // false: no Content-Length; the body ends when the connection closes
    int delayMs = 0;
    int chunkBytes = 1;
    int chunkEveryMs = 100;

    static FaultReply json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        FaultReply r;
        r.status = status;
        r.body = body;
        r.headers = std::move(headers);
        return r;
    }
    static FaultReply json(int status, const QJsonObject &o, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return json(status, QJsonDocument(o).toJson(QJsonDocument::Compact), std::move(headers));
    }
    static FaultReply of(Kind k)
    {
        FaultReply r;
        r.kind = k;
        return r;
    }
};

// Accepts plain TCP, or TLS with the given certificate and key.
class FaultTcpServer : public QTcpServer {
public:
    QSslCertificate cert;
    QSslKey key;
    bool tls = false;

protected:
    void incomingConnection(qintptr fd) override
    {
        if (!tls) {
            QTcpServer::incomingConnection(fd);
            return;
        }
        auto *s = new QSslSocket(this);
        if (!s->setSocketDescriptor(fd)) {
            delete s;
            return;
        }
        s->setLocalCertificate(cert);
        s->setPrivateKey(key);
        s->setPeerVerifyMode(QSslSocket::VerifyNone);
        addPendingConnection(s);
        s->startServerEncryption();
    }
};

class FaultServer {
public:
    using Handler = std::function<FaultReply(const FaultRequest &)>;

    FaultServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                accept(s);
        });
    }

    bool listen()
    {
        m_clock.start();
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    // TLS with a self-signed certificate for CN=localhost made by `openssl req` in dir.
    bool listenTls(const QString &dir)
    {
        const QString k = dir + "/key.pem", c = dir + "/cert.pem";
        const int rc = QProcess::execute("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", k,
                                                     "-out", c, "-days", "1", "-subj", "/CN=localhost"});
        QFile kf(k), cf(c);
        if (rc != 0 || !kf.open(QIODevice::ReadOnly) || !cf.open(QIODevice::ReadOnly))
            return false;
        m_server.key = QSslKey(kf.readAll(), QSsl::Rsa);
        m_server.cert = QSslCertificate(cf.readAll());
        m_server.tls = true;
        m_scheme = "https";
        return !m_server.key.isNull() && !m_server.cert.isNull() && listen();
    }
    quint16 port() const { return m_server.serverPort(); }
    QString base() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(port()); }
    QUrl url(const QString &path = QString()) const { return QUrl(base() + path); }

    // Later registrations for the same path replace earlier ones.
    void on(const QString &path, Handler h) { m_routes.insert(path, std::move(h)); }
    void on(const QString &path, const FaultReply &r)
    {
        m_routes.insert(path, [r](const FaultRequest &) { return r; });
    }
    void clearRoutes() { m_routes.clear(); }

    QList<FaultRequest> requests;
    int connections = 0;
    int clientHangUps = 0;  // connections the client closed while a NeverAnswer reply kept it waiting
    void reset() { requests.clear(); }
    int count(const QString &path) const
    {
        int n = 0;
        for (const auto &r : requests)
            n += r.path == path ? 1 : 0;
        return n;
    }
    QList<FaultRequest> to(const QString &path) const
    {
        QList<FaultRequest> out;
        for (const auto &r : requests)
            if (r.path == path)
                out << r;
        return out;
    }

private:
    void accept(QTcpSocket *socket)
    {
        connections++;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
            QByteArray &buf = m_buffers[socket];
            buf += socket->readAll();
            if (socket->property("answered").toBool())
                return;
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            FaultRequest req = parseHead(buf.left(end));
            const qint64 len = req.header("content-length").toLongLong();
            if (buf.size() - (end + 4) < len)
                return;  // wait for the whole body
            req.body = buf.mid(end + 4, len);
            req.atMs = m_clock.elapsed();
            socket->setProperty("answered", true);
            m_buffers.remove(socket);
            requests.append(req);
            const auto it = m_routes.constFind(req.path);
            const FaultReply reply = it != m_routes.constEnd()
                ? (*it)(req)
                : FaultReply::json(404, QByteArray(R"({"error":"not_found"})"));
            QPointer<QTcpSocket> guard(socket);
            if (reply.kind == FaultReply::NeverAnswer)
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this]() { ++clientHangUps; });
            if (reply.delayMs > 0)
                QTimer::singleShot(reply.delayMs, socket, [guard, reply]() { answer(guard, reply); });
            else
                answer(guard, reply);
        });
    }

    static QByteArray head(const FaultReply &r, qint64 length)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " Fault\r\n";
        if (!r.contentType.isEmpty())
            out += "Content-Type: " + r.contentType + "\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (r.contentLength)
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        out += "Connection: close\r\n\r\n";
        return out;
    }

    static void answer(QPointer<QTcpSocket> s, const FaultReply &r)
    {
        if (!s)
            return;
        switch (r.kind) {
        case FaultReply::NeverAnswer:
            return;  // the socket stays open until the client gives up
        case FaultReply::Reset:
            s->abort();
            return;
        case FaultReply::Respond:
            s->write(head(r, r.body.size()) + r.body);
            s->disconnectFromHost();
            return;
        case FaultReply::Truncate:
            s->write(head(r, r.body.size()) + r.body.left(r.body.size() / 2));
            s->flush();
            s->disconnectFromHost();
            return;
        case FaultReply::SlowBody: {
            s->write(head(r, r.body.size()));
            auto *t = new QTimer(s.data());
            auto sent = std::make_shared<qsizetype>(0);
            QObject::connect(t, &QTimer::timeout, s.data(), [s, t, sent, r]() {
                if (!s)
                    return;
                if (*sent >= r.body.size()) {
                    t->stop();
                    s->disconnectFromHost();
                    return;
                }
                s->write(r.body.mid(*sent, r.chunkBytes));
                *sent += r.chunkBytes;
            });
            t->start(r.chunkEveryMs);
            return;
        }
        }
    }

    static FaultRequest parseHead(const QByteArray &headBytes)
    {
        FaultRequest r;
        const QList<QByteArray> lines = headBytes.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        const QUrl target(QStringLiteral("http://x") + QString::fromLatin1(first.value(1)));
        r.path = target.path();
        r.query = QUrlQuery(target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        return r;
    }

    FaultTcpServer m_server;
    QString m_scheme = "http";
    QElapsedTimer m_clock;
    QHash<QString, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A fake authorization server: device authorization, token (device_code and refresh_token
// grants), revocation; no discovery (404) unless serveDiscovery(). Everything it issues is
// random and remembered in issued(), so a test can check that none of it leaks.
// Token-endpoint polls answer from `pollScript` first (one entry per poll), then
// `afterScript` for every further poll until `approve()` is called; then tokens.
class FaultAuthServer {
public:
    FaultServer http;
    QQueue<FaultReply> pollScript;
    std::function<FaultReply(const FaultRequest &)> whilePending;  // default: 400 authorization_pending
    int interval = 1;
    int expiresIn = 600;
    bool approved = false;
    bool jwtAccessToken = false;  // access token as a JWT with a cleeng_token claim, no storage_keys
    QByteArray deviceCode, lastRefresh;
    QStringList issuedSecrets;

    static QByteArray random(const char *prefix)
    {
        QByteArray b(18, Qt::Uninitialized);
        for (char &c : b)
            c = char(QRandomGenerator::global()->generate());
        return QByteArray(prefix) + b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    // A good device authorization answer with a new device code (recorded as issued). The default
    // /device/auth route; a test that scripts the route returns it once its faults are done.
    FaultReply deviceCodeAnswer()
    {
        deviceCode = remember("device_code", random("dc-"));
        QJsonObject o{{"device_code", QString(deviceCode)}, {"user_code", "WDJB-MJHT"},
                      {"verification_uri", http.base() + "/device"},
                      {"verification_uri_complete", http.base() + "/device?user_code=WDJB-MJHT"},
                      {"expires_in", expiresIn}, {"interval", interval}};
        return FaultReply::json(200, o);
    }

    bool start()
    {
        if (!http.listen())
            return false;
        http.on("/device/auth", [this](const FaultRequest &) { return deviceCodeAnswer(); });
        http.on("/token", [this](const FaultRequest &r) {
            const QUrlQuery f = r.form();
            const QString grant = f.queryItemValue("grant_type", QUrl::FullyDecoded);
            if (grant == "refresh_token") {
                if (f.queryItemValue("refresh_token", QUrl::FullyDecoded).toUtf8() != lastRefresh)
                    return FaultReply::json(400, QJsonObject{{"error", "invalid_grant"}});
                return FaultReply::json(200, tokens());
            }
            if (!pollScript.isEmpty())
                return pollScript.dequeue();
            if (!approved)
                return whilePending ? whilePending(r)
                                    : FaultReply::json(400, QJsonObject{{"error", "authorization_pending"}});
            return FaultReply::json(200, tokens());
        });
        http.on("/token/revocation", FaultReply::json(200, QByteArray()));
        return true;
    }
    void serveDiscovery(const QString &issuer, bool withDevice = true)
    {
        QJsonObject m{{"issuer", issuer}, {"token_endpoint", http.base() + "/token"},
                      {"revocation_endpoint", http.base() + "/token/revocation"}};
        if (withDevice)
            m.insert("device_authorization_endpoint", http.base() + "/device/auth");
        http.on("/.well-known/openid-configuration", FaultReply::json(200, m));
    }

    QJsonObject tokens()
    {
        const QByteArray at = jwtAccessToken
            ? remember("access_token", jwt(QJsonObject{{"sub", "alice"},
                                                       {"cleeng_token", QString(remember("payment_token", random("pj-")))}}))
            : remember("access_token", random("at-"));
        lastRefresh = remember("refresh_token", random("rt-"));
        QJsonObject o{{"access_token", QString(at)}, {"token_type", "Bearer"}, {"expires_in", 3600},
                      {"refresh_token", QString(lastRefresh)}};
        if (!jwtAccessToken) {
            const QJsonObject cleeng{{"token", QString(remember("payment_token", random("pc-")))}, {"customer_id", "700000001"}};
            const QJsonObject inplayer{{"token", QString(remember("payment_token", random("pi-")))}, {"account_id", 410001}};
            const QJsonObject keys{{"cleeng", cleeng}, {"inplayer", inplayer}};
            o.insert("extensions", QJsonObject{{"storage_keys", keys}});
        }
        return o;
    }

    // The tenant config for this server, written to dir/config.json.
    QString writeConfig(const QString &dir, const QJsonObject &overrides = {}) const
    {
        QJsonObject c{{"issuer", http.base()}, {"client_id", "tv-fake"}, {"scope", "openid offline_access"},
                      {"allow_insecure_loopback", true},
                      {"endpoints", QJsonObject{{"device_authorization", http.base() + "/device/auth"},
                                                {"token", http.base() + "/token"},
                                                {"revocation", http.base() + "/token/revocation"}}},
                      {"payment", QJsonObject{{"provider", "none"}}}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            c.insert(it.key(), it.value());
        QDir().mkpath(dir);
        const QString path = dir + "/config.json";
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(c).toJson());
        return path;
    }

    QList<FaultRequest> polls() const
    {
        QList<FaultRequest> out;
        for (const auto &r : http.to("/token"))
            if (r.form().queryItemValue("grant_type", QUrl::FullyDecoded).startsWith("urn:"))
                out << r;
        return out;
    }

    // Which of the issued secrets appear in `text` (empty list: none leaked).
    QStringList leaked(const QByteArray &text) const
    {
        QStringList out;
        for (const QString &s : issuedSecrets)
            if (text.contains(s.toUtf8()))
                out << s.left(6) + "...";
        return out;
    }

private:
    QByteArray remember(const char *kind, const QByteArray &s)
    {
        issuedSecrets << QString::fromLatin1(s);
        recordIssuedSecret(kind, s);
        return s;
    }
    static QByteArray jwt(const QJsonObject &claims)
    {
        const auto enc = [](const QByteArray &b) {
            return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        return enc(R"({"alg":"RS256","typ":"at+jwt"})") + '.' + enc(QJsonDocument(claims).toJson(QJsonDocument::Compact))
            + '.' + enc("not-a-real-signature");
    }
};

#ifdef TVPAIR_BIN
// The one runner of the tvpair binary (TvpairRun.h), under the name these tests know.
using LiveRun = TvpairRun;
#endif

}  // namespace tvpair::test
