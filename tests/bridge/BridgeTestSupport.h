#pragma once
// Test support for tvpair-bridge: key material written the way an operator provides it, the
// bridge executable as a child process on a free loopback port, and a scripted phone browser
// (its own cookie jar, redirects followed hop by hop, forms found by id) that walks the
// bridge's and the identity server's pages as a person would.
#include "Sandbox.h"
#include "ScriptedBrowser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <cstddef>
#include <cstring>
#include <functional>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace tvpair::test {

// The phone: a scripted browser that also knows the way through the bridge's confirmation.
class PhoneBrowser : public ScriptedBrowser {
public:
    // The bridge's confirmation page -> Continue -> the identity server's login (as `account`)
    // and consent pages -> Allow (or the consent form `consentForm`, "abort" is Deny); stops
    // before the redirect to the bridge's /callback.
    QUrl approveUntilCallback(const QUrl &verificationUriComplete, const QString &account, Page *last = nullptr,
                              const QString &consentForm = QStringLiteral("confirm"))
    {
        const Page confirm = request("GET", verificationUriComplete);
        const QUrl action = formAction(confirm, "confirm");
        if (!action.isValid()) {
            if (last)
                *last = confirm;
            return {};
        }
        const QByteArray form = "user_code=" + QUrl::toPercentEncoding(hiddenValue(confirm, "user_code"))
            + "&csrf=" + QUrl::toPercentEncoding(hiddenValue(confirm, "csrf"));
        QUrl callback;
        Page p = follow(request("POST", action, form), "/callback", &callback);
        if (!callback.isValid()) {
            const QUrl login = formAction(p, "login");
            if (login.isValid())
                p = follow(request("POST", login, "username=" + account.toUtf8() + "&password=" + account.toUtf8()),
                           "/callback", &callback);
        }
        if (!callback.isValid()) {
            const QUrl allow = formAction(p, consentForm);
            if (allow.isValid())
                p = follow(request("POST", allow), "/callback", &callback);
        }
        if (last)
            *last = p;
        return callback;
    }
};

inline QString htmlUnescape(QString s)
{
    s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    return s.replace("&amp;", "&");
}

// The hidden inputs of the form with this id, in page order, form-encoded.
inline QByteArray hiddenFieldsOf(const Page &p, const QString &formId)
{
    const QString html = QString::fromUtf8(p.body);
    const qsizetype from = html.indexOf(QStringLiteral("<form id=\"%1\"").arg(formId));
    if (from < 0)
        return {};
    const QString form = html.mid(from, html.indexOf("</form>", from) - from);
    QByteArray out;
    static const QRegularExpression re("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    for (auto it = re.globalMatch(form); it.hasNext();) {
        const auto m = it.next();
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(htmlUnescape(m.captured(1))) + '='
            + QUrl::toPercentEncoding(htmlUnescape(m.captured(2)));
    }
    return out;
}

// The phone in front of a code-only dialect server of the sandbox (Prenly-, MobilePay-,
// Paytronix-like): the bridge's confirmation -> Continue -> the server's login form (its hidden
// fields, alice's password) -> the bridge's /callback by redirect or by form_post's Continue.
// *authorize: the URL the bridge sent the browser to. Returns the bridge's last page.
inline Page dialectPhoneSignsIn(const QUrl &verificationUriComplete, QUrl *authorize,
                                const std::function<QByteArray(QByteArray)> &tamperFormPost = {})
{
    PhoneBrowser phone;
    const Page confirm = phone.request("GET", verificationUriComplete);
    const QUrl action = ScriptedBrowser::formAction(confirm, "confirm");
    if (!action.isValid())
        return confirm;
    const Page toServer = phone.request("POST", action, hiddenFieldsOf(confirm, "confirm"));
    *authorize = toServer.location;
    const Page login = phone.follow(toServer);
    const QUrl loginAction = ScriptedBrowser::formAction(login, "login");
    if (!loginAction.isValid())
        return login;
    const Page answer = phone.request("POST", loginAction,
                                      hiddenFieldsOf(login, "login") + "&username=alice&password=alice&action=login");
    if (answer.status == 200 && ScriptedBrowser::formAction(answer, "form_post").isValid()) {
        const QByteArray fields = hiddenFieldsOf(answer, "form_post");
        return phone.request("POST", ScriptedBrowser::formAction(answer, "form_post"),
                             tamperFormPost ? tamperFormPost(fields) : fields);
    }
    return phone.follow(answer);
}

// The MobilePay-like server's subject for a demo account (mobilepay.js mobilePaySubject).
inline QString mobilePaySubject(const QString &user)
{
    const QString h = QString::fromLatin1(
        QCryptographicHash::hash(("mobilepay:" + user).toUtf8(), QCryptographicHash::Sha256).toHex());
    return h.mid(0, 8) + '-' + h.mid(8, 4) + "-4" + h.mid(13, 3) + "-a" + h.mid(17, 3) + '-' + h.mid(20, 12);
}

inline quint16 freeLoopbackPort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

// 32 random bytes as 64 hex digits into dir/<version>.key.
// The service manager's end of $NOTIFY_SOCKET, as systemd holds it for Type=notify: an AF_UNIX
// datagram socket bound to `name`, a path or an abstract name written with a leading '@'.
// Returns the descriptor, or -1 when the socket cannot be made or bound.
inline int bindDatagramSocket(const QByteArray &name)
{
    sockaddr_un addr{};
    if (name.isEmpty() || name.size() >= qsizetype(sizeof addr.sun_path))
        return -1;
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    if (name.front() == '@')
        addr.sun_path[0] = '\0';
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), socklen_t(offsetof(sockaddr_un, sun_path) + size_t(name.size()))) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

inline bool writeSealingKey(const QString &dir, int version)
{
    unsigned char key[32];
    if (RAND_bytes(key, sizeof key) != 1)
        return false;
    QDir().mkpath(dir);
    QFile f(QStringLiteral("%1/%2.key").arg(dir).arg(version));
    return f.open(QIODevice::WriteOnly)
        && f.write(QByteArray(reinterpret_cast<const char *>(key), sizeof key).toHex() + "\n") > 0;
}

inline QByteArray newEcPrivateKeyPem()
{
    EVP_PKEY *pkey = EVP_EC_gen("P-256");
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (pkey && bio && PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long n = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(n));
    }
    BIO_free(bio);
    EVP_PKEY_free(pkey);
    return pem;
}

// A bridge config for an identity server (the sandbox's `tvpair-bridge` client) in dir, with
// fresh keys; returns the config path. `port` is the bridge's own loopback port.
inline QString writeBridgeConfig(const QString &dir, const QString &issuer, quint16 port, const QJsonObject &overrides = {})
{
    QDir().mkpath(dir);
    writeSealingKey(dir + "/keys", 1);
    QFile pem(dir + "/signing.pem");
    pem.open(QIODevice::WriteOnly);
    pem.write(newEcPrivateKeyPem());
    pem.close();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QJsonObject c{{"public_url", base},
                  {"listen", QStringLiteral("127.0.0.1:%1").arg(port)},
                  {"store", "sqlite:state/bridge.db"},
                  {"sealing_keys", "keys"},
                  {"signing_key", "signing.pem"},
                  {"clients", QJsonArray{QJsonObject{{"id", "tv-app"}, {"name", "Bridge Test TV"}}}},
                  {"user_code", QJsonObject{{"ttl", 600}, {"interval", 1}}},
                  {"upstream", QJsonObject{{"issuer", issuer},
                                           {"client_id", "tvpair-bridge"},
                                           {"client_secret", "bridge-sandbox-secret"},
                                           {"scope", "openid offline_access profile products"},
                                           {"allow_insecure_loopback", true}}}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        c.insert(it.key(), it.value());
    const QString path = dir + "/bridge.json";
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(c).toJson());
    return path;
}

#ifdef TVPAIR_BRIDGE_BIN
// The tvpair-bridge executable, started with a config and waited for until it prints ready.
class BridgeRun {
public:
    explicit BridgeRun(const QString &config, const QString &logLevel = QStringLiteral("debug"),
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_proc.setProcessEnvironment(env);
        m_proc.setProgram(QStringLiteral(TVPAIR_BRIDGE_BIN));
        m_proc.setArguments({"--config", config, "--log-level", logLevel});
        m_proc.start();
        m_proc.waitForStarted(10000);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && m_proc.state() == QProcess::Running && !m_out.contains('\n')) {
            m_proc.waitForReadyRead(200);
            m_out += m_proc.readAllStandardOutput();
        }
        m_ready = QJsonDocument::fromJson(m_out.left(m_out.indexOf('\n'))).object().value("ready").toBool();
    }
    ~BridgeRun() { stop(); }
    bool ready() const { return m_ready; }
    int stop()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();
            if (!m_proc.waitForFinished(10000))
                m_proc.kill();
            m_proc.waitForFinished(5000);
        }
        if (!m_captured) {
            m_captured = true;
            m_out += m_proc.readAllStandardOutput();
            m_err += m_proc.readAllStandardError();
            captureRunOutput(m_out, m_err);  // the bridge's log joins the suite-wide secrets scan
        }
        return m_proc.exitCode();
    }
    // SIGKILL: no chance to flush or clean up anything.
    void kill()
    {
        m_proc.kill();
        m_proc.waitForFinished(10000);
        m_out += m_proc.readAllStandardOutput();
        m_err += m_proc.readAllStandardError();
    }
    QByteArray stderrSoFar()
    {
        m_err += m_proc.readAllStandardError();
        return m_err;
    }

private:
    QProcess m_proc;
    QByteArray m_out, m_err;
    bool m_ready = false;
    bool m_captured = false;
};
#endif

}  // namespace tvpair::test
