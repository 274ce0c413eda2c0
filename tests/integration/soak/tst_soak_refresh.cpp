// Soak test of refresh-token rotation (RFC 6749 §6, atomic store writes): a private sandbox with a short
// access-token lifetime, thousands of refreshes through tvpair::oauth::TokenClient, each
// rotated refresh token written to a SealedFileStore before it is used, and a simulated process
// restart (new HttpClient, new TokenClient, store reopened from its key file) every few hundred
// cycles. Asserts: no refresh fails, the stored token is always the newest, fds do not grow,
// RSS growth stays bounded. Prints RSS and fd counts (timing is reported, never asserted).
#include "Sandbox.h"

#include "net/HttpClient.h"
#include "net/Log.h"
#include "oauth/TokenClient.h"
#include "secrets/KeyProvider.h"
#include "secrets/SealedFileStore.h"
#include "session/SessionRecord.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

using namespace tvpair;

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TVPAIR_SOAK_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define TVPAIR_SOAK_ASAN 1
#endif
#ifdef TVPAIR_SOAK_ASAN
// ASan's quarantine keeps up to 256 MB of freed memory resident, which would drown the RSS
// figure; a small quarantine keeps use-after-free detection and a meaningful RSS. ASAN_OPTIONS
// from the environment still win for the keys it sets.
extern "C" const char *__asan_default_options() { return "quarantine_size_mb=8"; }
#endif

namespace {

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int openFds()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// One "process": what tvpair holds while it runs.
struct Process {
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<oauth::TokenClient> client;
    std::unique_ptr<SealedFileStore> store;
};

}  // namespace

class TestSoakRefresh : public QObject {
    Q_OBJECT

    std::unique_ptr<test::Sandbox> sandbox;
    QTemporaryDir tmp;
    TenantConfig config;
    QString storeDir, keyFile;

    Process start(QString *error)
    {
        Process p;
        p.http = std::make_unique<net::HttpClient>(net::UrlPolicy{true});
        p.client = std::make_unique<oauth::TokenClient>(config, p.http.get());
        oauth::ServerMetadata m;
        m.issuer = sandbox->issuer;
        m.tokenEndpoint = QUrl(sandbox->issuer + "/token");
        m.deviceAuthorizationEndpoint = QUrl(sandbox->issuer + "/device/auth");
        m.revocationEndpoint = QUrl(sandbox->issuer + "/token/revocation");
        p.client->setMetadata(m);
        // As on a device: the key comes from the key file through the provider chain.
        KeyProviderChain chain;
        chain.push_back(std::make_unique<KeyFileProvider>(keyFile));
        p.store = SealedFileStore::open(storeDir, chain, error);
        return p;
    }

    template <typename Call>
    static std::optional<oauth::TokenSet> wait(Call call, oauth::OAuthError *error)
    {
        std::optional<oauth::TokenSet> out;
        bool done = false;
        QEventLoop loop;
        call([&](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &e) {
            out = t;
            *error = e;
            done = true;
            loop.quit();
        });
        if (!done) {
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        sandbox = test::Sandbox::startPrivate({"--access-ttl", "2"});
        QVERIFY2(sandbox, "the sandbox did not start (npm ci in tests/sandbox?)");
        config.issuer = sandbox->issuer;
        config.clientId = QStringLiteral("tv-app");
        config.scope = QStringLiteral("openid offline_access profile");
        config.allowInsecureLoopback = true;
        storeDir = tmp.path() + "/store";
        keyFile = tmp.path() + "/store.key";
        QFile k(keyFile);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write(QByteArray(32, '\x5a').toHex());
        k.close();
        QVERIFY(k.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void cleanupTestCase() { sandbox.reset(); }

    void rotateThousandsOfTimes()
    {
        const int cycles = envInt("TVPAIR_SOAK_CYCLES", 3000);
        const int restartEvery = envInt("TVPAIR_SOAK_RESTART_EVERY", 250);
        QString error;
        Process p = start(&error);
        QVERIFY2(p.store, qPrintable(error));

        // Sign in once by device flow (approved through the sandbox's test endpoint).
        std::optional<oauth::DeviceCode> code;
        {
            QEventLoop loop;
            p.client->requestDeviceCode([&](const std::optional<oauth::DeviceCode> &c, const oauth::OAuthError &) {
                code = c;
                loop.quit();
            });
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QVERIFY(code);
        int status = 0;
        sandbox->post("/test/approve", {{"user_code", code->userCode}, {"account", "alice"}}, &status);
        QCOMPARE(status, 200);
        oauth::OAuthError err;
        std::optional<oauth::TokenSet> tokens;
        for (int i = 0; i < 20 && !tokens; ++i) {
            tokens = wait([&](auto cb) { p.client->pollDeviceCode(code->deviceCode, cb); }, &err);
            if (!tokens)
                QTest::qWait(1100);
        }
        QVERIFY2(tokens, qPrintable(err.toString()));
        QVERIFY(!tokens->refreshToken.isEmpty());
        QVERIFY2(tokens->expiresIn <= 2, "the sandbox did not take --access-ttl");

        SessionRecord record;
        record.issuer = sandbox->issuer;
        record.clientId = config.clientId;
        record.subject = QStringLiteral("alice");
        record.refreshToken = tokens->refreshToken;
        record.paymentTokens = tokens->paymentTokens;
        QVERIFY2(p.store->write(SessionRecord::kEntryName, record.toBytes(), &error), qPrintable(error));

        qint64 rssStart = 0, rssPeak = 0;
        int fdStart = 0;
        QString newest = tokens->refreshToken;
        QString previous;
        int restarts = 0;
        QElapsedTimer clock;
        clock.start();
        const int warmUp = std::min(50, cycles / 10);
        for (int i = 1; i <= cycles; ++i) {
            if (i % restartEvery == 0) {
                p = Process();  // the old process is gone: its client, connections and store
                p = start(&error);
                QVERIFY2(p.store, qPrintable(error));
                ++restarts;
            }
            // What a (re)started tvpair does: read the session from the store, refresh with it.
            const SecretRead stored = p.store->read(SessionRecord::kEntryName);
            QVERIFY2(stored.status == SecretRead::Found, qPrintable(stored.error));
            const auto rec = SessionRecord::fromBytes(stored.value, &error);
            QVERIFY2(rec, qPrintable(error));
            QVERIFY2(rec->refreshToken == newest, qPrintable(QStringLiteral("cycle %1: the store does not hold the newest token").arg(i)));

            tokens = wait([&](auto cb) { p.client->refresh(rec->refreshToken, cb); }, &err);
            QVERIFY2(tokens, qPrintable(QStringLiteral("cycle %1: refresh failed: %2").arg(i).arg(err.toString())));
            QVERIFY2(!tokens->refreshToken.isEmpty() && tokens->refreshToken != rec->refreshToken,
                     qPrintable(QStringLiteral("cycle %1: the refresh token was not rotated").arg(i)));
            QVERIFY(!tokens->paymentTokens.isEmpty());  // payment tokens are re-read on every refresh

            // RFC 6749 §6: the rotated token replaces the old one in the store before it is used again.
            SessionRecord next = *rec;
            next.refreshToken = tokens->refreshToken;
            next.paymentTokens = tokens->paymentTokens;
            QVERIFY2(p.store->write(SessionRecord::kEntryName, next.toBytes(), &error), qPrintable(error));
            previous = newest;
            newest = tokens->refreshToken;

            if (i == warmUp) {
                rssStart = rssKb();
                fdStart = openFds();
            }
            rssPeak = std::max(rssPeak, rssKb());
        }
        const qint64 ms = clock.elapsed();
        // Drop the last process so only what leaks stays.
        p = Process();
        QCoreApplication::processEvents();
        p = start(&error);
        QVERIFY2(p.store, qPrintable(error));
        const auto last = SessionRecord::fromBytes(p.store->read(SessionRecord::kEntryName).value, &error);
        QVERIFY(last && last->refreshToken == newest);
        const qint64 rssEnd = rssKb();
        const int fdEnd = openFds();

        // The token before the newest is spent (rotation is real): reusing it fails.
        tokens = wait([&](auto cb) { p.client->refresh(previous, cb); }, &err);
        QVERIFY(!tokens);
        QCOMPARE(err.error, QStringLiteral("invalid_grant"));

        qInfo("soak: %d refresh cycles, %d simulated restarts, %lld ms (%.1f ms/cycle)", cycles, restarts, ms,
              double(ms) / cycles);
        qInfo("soak: RSS %lld kB after %d warm-up cycles, %lld kB at the end (peak %lld kB, growth %lld kB)",
              rssStart, warmUp, rssEnd, rssPeak, rssEnd - rssStart);
        qInfo("soak: open fds %d after warm-up, %d at the end", fdStart, fdEnd);
        QVERIFY2(fdEnd <= fdStart, "file descriptors leaked across refreshes/restarts");
        QVERIFY2(rssEnd - rssStart < 50 * 1024, "RSS grew by 50 MB or more");
    }
};

QTEST_GUILESS_MAIN(TestSoakRefresh)
#include "tst_soak_refresh.moc"
