#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1 for adapter tests: a real socket (so the requests go
// through net::HttpClient exactly as in production), canned answers chosen by path. One
// request per connection ("Connection: close"), bodies of GET requests ignored.
#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace tvpair::test {

struct FakeRequest {
    QByteArray method;
    QString path;    // decoded path, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct FakeResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";
    int delayMs = 0;  // answer late (timeouts)

    static FakeResponse json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        FakeResponse r;
        r.status = status;
        r.body = body;
        r.headers = std::move(headers);
        return r;
    }
};

class FakeHttpServer {
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    FakeHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                accept(s);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }

    // Later registrations for the same path replace earlier ones.
    void on(const QString &path, Handler handler) { m_routes.insert(path, std::move(handler)); }
    void on(const QString &path, const FakeResponse &response)
    {
        m_routes.insert(path, [response](const FakeRequest &) { return response; });
    }
    void clearRoutes() { m_routes.clear(); }

    QList<FakeRequest> requests;
    int count(const QString &path) const
    {
        int n = 0;
        for (const auto &r : requests)
            n += r.path == path ? 1 : 0;
        return n;
    }
    void reset() { requests.clear(); }

    // A fixture file's bytes (tests/unit/payments/fixtures/<name>); empty when missing.
    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(TVPAIR_SOURCE_DIR "/tests/unit/payments/fixtures/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    void accept(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
            QByteArray &buf = m_buffers[socket];
            buf += socket->readAll();
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0 || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            const FakeRequest req = parse(buf.left(end));
            m_buffers.remove(socket);
            requests.append(req);
            const auto it = m_routes.constFind(req.path);
            const FakeResponse resp = it != m_routes.constEnd()
                ? (*it)(req)
                : FakeResponse::json(404, R"({"error":"no route in FakeHttpServer"})");
            QPointer<QTcpSocket> guard(socket);
            auto write = [guard, resp]() {
                if (!guard)
                    return;
                QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + " Fake\r\n";
                out += "Content-Type: " + resp.contentType + "\r\n";
                for (const auto &h : resp.headers)
                    out += h.first + ": " + h.second + "\r\n";
                out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n";
                out += "Connection: close\r\n\r\n";
                out += resp.body;
                guard->write(out);
                guard->disconnectFromHost();
            };
            if (resp.delayMs > 0)
                QTimer::singleShot(resp.delayMs, socket, write);
            else
                write();
        });
    }

    static FakeRequest parse(const QByteArray &head)
    {
        FakeRequest r;
        const QList<QByteArray> lines = head.split('\n');
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

    QTcpServer m_server;
    QHash<QString, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

}  // namespace tvpair::test
