#pragma once
// Test support: the real sandbox (tests/sandbox) — the ctest fixture's instance or a private
// one with its own arguments; the tvpair binary runs with TvpairRun.h. Header-only so
// every test target can use it without another library.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

#include "TvpairRun.h"

namespace tvpair::test {

// Synchronous HTTP for test code only (the product uses core/net).
inline QByteArray httpCall(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                           const QByteArray &contentType = "application/json", int *status = nullptr,
                           const QByteArray &authorization = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
    QNetworkRequest req(url);
    if (!body.isEmpty() || method == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}

class Sandbox {
public:
    QString issuer;
    int port = 0;

    Sandbox() = default;
    Sandbox(Sandbox &&) = default;
    Sandbox &operator=(Sandbox &&) = default;

    // The instance started by the ctest fixture `sandbox`.
    static Sandbox fixture()
    {
        Sandbox s;
        QFile f(QStringLiteral(TVPAIR_BINARY_DIR "/sandbox/sandbox.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("sandbox fixture not running (no %s): run the tests through ctest", qPrintable(f.fileName()));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        s.issuer = o.value("issuer").toString();
        s.port = o.value("port").toInt();
        return s;
    }

    // A private instance with its own arguments (for faults that must not disturb other tests).
    static std::unique_ptr<Sandbox> startPrivate(const QStringList &args)
    {
        auto s = std::make_unique<Sandbox>();
        s->m_proc = std::make_unique<QProcess>();
        s->m_proc->setProcessChannelMode(QProcess::SeparateChannels);
        s->m_proc->setProgram(QStringLiteral("node"));
        s->m_proc->setArguments(QStringList{QStringLiteral(TVPAIR_SOURCE_DIR "/tests/sandbox/server.js"),
                                            "--port", "0", "--test-endpoints"} + args);
        s->m_proc->setStandardErrorFile(QProcess::nullDevice());
        s->m_proc->start();
        if (!s->m_proc->waitForStarted(10000))
            return nullptr;
        QElapsedTimer t;
        t.start();
        QByteArray line;
        while (t.elapsed() < 30000) {
            if (s->m_proc->canReadLine()) {
                line = s->m_proc->readLine();
                break;
            }
            s->m_proc->waitForReadyRead(500);
        }
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.value("ready").toBool())
            return nullptr;
        s->issuer = o.value("issuer").toString();
        s->port = o.value("port").toInt();
        return s;
    }

    ~Sandbox()
    {
        if (m_proc) {
            m_proc->terminate();
            if (!m_proc->waitForFinished(5000))
                m_proc->kill();
            m_proc->waitForFinished(2000);
        }
    }

    QJsonValue post(const QString &path, const QJsonObject &body, int *status = nullptr) const
    {
        const QByteArray r = httpCall("POST", QUrl(issuer + path), QJsonDocument(body).toJson(), "application/json", status);
        return QJsonDocument::fromJson(r).isArray() ? QJsonValue(QJsonDocument::fromJson(r).array())
                                                    : QJsonValue(QJsonDocument::fromJson(r).object());
    }
    QJsonArray requestLog() const
    {
        return QJsonDocument::fromJson(httpCall("GET", QUrl(issuer + "/test/log"))).array();
    }
    // Is this refresh token still active at the server? (RFC 7662 with the confidential client)
    bool tokenActive(const QString &token) const
    {
        const QByteArray body = "token=" + QUrl::toPercentEncoding(token) + "&token_type_hint=refresh_token";
        const QByteArray basic = "Basic " + QByteArray("tv-app-confidential:sandbox-secret").toBase64();
        const QByteArray r = httpCall("POST", QUrl(issuer + "/token/introspection"), body,
                                      "application/x-www-form-urlencoded", nullptr, basic);
        return QJsonDocument::fromJson(r).object().value("active").toBool();
    }

    // A tenant config for this sandbox, written to dir/config.json.
    QString writeConfig(const QString &dir, const QJsonObject &overrides = {}, const QJsonObject &payment = {}) const
    {
        QJsonObject pay = payment.isEmpty()
            ? QJsonObject{{"provider", "cleeng"}, {"environment", "sandbox"}, {"publisher_id", "123456789"},
                          {"base_url", issuer + "/payments/cleeng"}}
            : payment;
        QJsonObject c{{"app_name", "tvpair test"}, {"issuer", issuer}, {"client_id", "tv-app"},
                      {"scope", "openid offline_access profile products"}, {"allow_insecure_loopback", true},
                      {"payment", pay}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            c.insert(it.key(), it.value());
        const QString path = dir + "/config.json";
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(c).toJson());
        return path;
    }

private:
    std::unique_ptr<QProcess> m_proc;
};

}  // namespace tvpair::test
