// The pure parts of core/net: the redaction point, Retry-After parsing (RFC 6585 §4), the
// back-off's growth and jitter bounds, and the URL policy's answers (https, loopback).
#include "net/Backoff.h"
#include "net/HttpClient.h"
#include "net/Log.h"
#include "net/SecretLife.h"
#include "net/Printable.h"

#include <QtTest>

using namespace tvpair;

class NetPolicyTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { log::forgetAllSecrets(); }

    void sensitiveNames_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"token", "access_token", "refresh_token", "id_token", "device_code", "code", "code_verifier",
                              "client_secret", "password", "user_code", "authorization", "assertion", "state", "nonce",
                              "secret", "cleeng_token", "subject_token", "api_secret", "Access_Token", "CODE"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void sensitiveNames()
    {
        QFETCH(QString, name);
        QVERIFY(log::isSensitiveName(name));
        const QUrl u(QStringLiteral("https://id.example/cb?%1=S3cretValue42&keep=visible").arg(name));
        const QString red = log::redactedUrl(u);
        QVERIFY2(!red.contains("S3cretValue42"), qPrintable(red));
        QVERIFY2(red.contains("keep=visible"), qPrintable(red));
        // The same value as a form field and as a JSON member in free text.
        const QString form = log::redact(QStringLiteral("body %1=S3cretValue42&keep=1").arg(name));
        QVERIFY2(!form.contains("S3cretValue42"), qPrintable(form));
        const QString json = log::redact(QStringLiteral(R"({"%1": "S3cretValue42"})").arg(name));
        QVERIFY2(!json.contains("S3cretValue42"), qPrintable(json));
    }

    void ordinaryNamesStay()
    {
        for (const char *n : {"grant_type", "scope", "client_id", "page", "expires_in", "interval"})
            QVERIFY2(!log::isSensitiveName(QString::fromLatin1(n)), n);
        const QString red = log::redactedUrl(QUrl("https://id.example/x?grant_type=refresh_token&scope=openid"));
        QVERIFY(red.contains("grant_type=refresh_token"));
        QVERIFY(red.contains("scope=openid"));
    }

    void userInfoAndFragmentsAreRedacted()
    {
        const QString red = log::redactedUrl(QUrl("https://bob:hunter2pw@id.example/cb#access_token=FragTok99&x=1"));
        QVERIFY2(!red.contains("hunter2pw") && !red.contains("bob:"), qPrintable(red));
        QVERIFY2(!red.contains("FragTok99"), qPrintable(red));
    }

    void rememberedSecretsAreScrubbedAnywhere()
    {
        log::rememberSecret("opaque-0123456789");
        log::rememberSecret("abc");  // too short to remember: would scrub ordinary words
        const QString out = log::redact("server said: the value opaque-0123456789 is wrong; abc stays");
        QVERIFY(!out.contains("opaque-0123456789"));
        QVERIFY(out.contains("abc stays"));
        QVERIFY(!log::redact("Authorization: Bearer eyJhbGciOi.eyJzdWIi.sig-part").contains("eyJhbGciOi"));
        QVERIFY(!log::redact("Authorization: Basic dHY6c2VjcmV0").contains("dHY6c2VjcmV0"));
        const QString header = log::redact(R"({"authorization": "Bearer HdrTok123", "x": 1})");
        QVERIFY2(!header.contains("HdrTok123"), qPrintable(header));
    }

    // redact() runs each pattern only on lines that hold what it needs (a scheme word; a '=' or
    // ':'): lines without a ':' are still scrubbed, lines with neither are left as they are.
    void patternsRunWhereTheyCanMatch()
    {
        QCOMPARE(log::redact("sent BEARER NoColonTok77 along"), QStringLiteral("sent BEARER *** along"));
        QCOMPARE(log::redact("basic   Tm9Db2xvbg== then"), QStringLiteral("basic *** then"));
        QCOMPARE(log::redact("Device_Code=DcVal99 and x=1"), QStringLiteral("Device_Code=*** and x=1"));
        QCOMPARE(log::redact(R"({"STATE" : "StVal5"})"), QStringLiteral(R"({"STATE" : "***"})"));
        const QString plain = QStringLiteral("sealed store uses the device-bound key (machine id + salt); token code state");
        QCOMPARE(log::redact(plain), plain);
    }

    // A busy bridge remembers a device code per TV; 10,000 of them must not push an early
    // client secret, sealing key or refresh token out of the redactor (issue 20). Each lifetime
    // has its own bounded pool.
    void floodOfDeviceCodesKeepsLongLivedSecrets()
    {
        log::forgetAllSecrets();
        const QString clientSecret = "early-client-secret-4711";
        const QString refreshToken = "early-refresh-token-0815";
        const QString verifier = "early-verifier-first-short-then-kept";
        log::rememberSecret(clientSecret, log::SecretLife::Configured);
        log::rememberSecret(refreshToken);  // Token is the default
        // A verifier is first a sign-in's (short-lived), then sealed for every refresh (MobilePay).
        log::rememberSecret(verifier, log::SecretLife::ShortLived);
        log::rememberSecret(verifier, log::SecretLife::Token);
        for (int i = 0; i < 10000; ++i)
            log::rememberSecret(QStringLiteral("dc-%1-flood-device-code").arg(i), log::SecretLife::ShortLived);
        for (const QString &s : {clientSecret, refreshToken, verifier}) {
            const QString out = log::redact("the server echoed " + s + " back");
            QVERIFY2(!out.contains(s), qPrintable(out));
        }
        // The latest codes are still scrubbed; the pools stay bounded.
        QVERIFY(!log::redact("echo dc-9999-flood-device-code").contains("dc-9999"));
        QCOMPARE(log::rememberedSecretCount(log::SecretLife::ShortLived), 512);
        QCOMPARE(log::rememberedSecretCount(log::SecretLife::Token), 2);
        QCOMPARE(log::rememberedSecretCount(log::SecretLife::Configured), 1);
        // A device code whose row has ended can be dropped at once.
        log::forgetSecret("dc-9999-flood-device-code");
        QVERIFY(log::redact("echo dc-9999-flood-device-code").contains("dc-9999"));
        QCOMPARE(log::rememberedSecretCount(log::SecretLife::ShortLived), 511);
        log::forgetAllSecrets();
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");  // -1: ignored
        QTest::newRow("seconds") << QByteArray("120") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
        QTest::newRow("capped") << QByteArray("999999") << 3600;
        QTest::newRow("http-date ignored") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << -1;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("overflow") << QByteArray("99999999999999999999") << -1;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        net::HttpResponse r;
        r.status = 429;
        if (!value.isNull())
            r.headers.insert("retry-after", value);
        const auto got = r.retryAfterSeconds();
        if (expected < 0)
            QVERIFY(!got.has_value());
        else
            QCOMPARE(got, std::optional<int>(expected));
    }

    void backoffGrowsWithinJitterBounds()
    {
        for (quint32 seed : {1u, 2u, 77u, 123456u}) {
            net::Backoff b(1000, 60000, seed);
            for (int attempt = 0; attempt < 30; ++attempt) {
                const qint64 ceiling = std::min<qint64>(qint64(1000) << std::min(attempt, 16), 60000);
                const int d = b.next();
                QVERIFY2(d >= ceiling / 2 && d <= ceiling,
                         qPrintable(QStringLiteral("attempt %1: %2 not in [%3,%4]").arg(attempt).arg(d).arg(ceiling / 2).arg(ceiling)));
            }
            QCOMPARE(b.attempts(), 30);
            b.reset();
            QCOMPARE(b.attempts(), 0);
            const int first = b.next();
            QVERIFY(first >= 500 && first <= 1000);
        }
    }

    void backoffJitterActuallyVaries()
    {
        net::Backoff b(1000, 60000, 42);
        QSet<int> seen;
        for (int i = 0; i < 20; ++i) {
            for (int k = 0; k < 6; ++k)
                b.next();
            seen.insert(b.next());  // attempt 7: ceiling 60000 (capped)
            b.reset();
        }
        QVERIFY2(seen.size() > 5, "no jitter: every TV would retry in step");
    }

    void backoffHonoursLongerRetryAfter()
    {
        net::Backoff b(1000, 60000, 9);
        QCOMPARE(b.next(30), 30000);  // the server's 30 s beats the 0.5-1 s back-off
        const int d = b.next(0);       // a shorter Retry-After never shortens the back-off
        QVERIFY(d >= 1000 && d <= 2000);
        QVERIFY(b.next(3600) == 3600 * 1000);  // capped upstream by HttpResponse (3600)
    }

    // Outside text quoted in a message stays one line and cannot reorder what is shown.
    void printableLineKeepsOneLine()
    {
        const QString hostile = QStringLiteral("bad\r\nfake: line\u2028x\u202Eevil\u200B \u0007 done  ");
        const QString shown = net::printableLine(hostile);
        QCOMPARE(shown, QStringLiteral("bad fake: line x?evil? ? done"));
        QCOMPARE(net::printableLine(QStringLiteral("Zugriff verweigert")), QStringLiteral("Zugriff verweigert"));
        QCOMPARE(net::printableLine(QString(500, QLatin1Char('a')), 80).size(), 80);
        QCOMPARE(net::printableAscii(QStringLiteral("RS256\n\u00e9x"), 16), QStringLiteral("RS256??x"));
        QCOMPARE(net::printableAscii(QStringLiteral("abcdefgh"), 4), QStringLiteral("abcd"));
    }

    void policyAnswers()
    {
        const net::UrlPolicy strict;
        const net::UrlPolicy lax{true};
        QVERIFY(strict.check(QUrl("https://id.example.com/token")).isEmpty());
        QVERIFY(!strict.check(QUrl("http://127.0.0.1:1/token")).isEmpty());
        QVERIFY(lax.check(QUrl("http://127.0.0.1:1/token")).isEmpty());
        QVERIFY(lax.check(QUrl("http://[::1]:1/token")).isEmpty());
        QVERIFY(lax.check(QUrl("http://localhost:1/token")).isEmpty());
        QVERIFY(!lax.check(QUrl("http://192.168.1.10/token")).isEmpty());
        QVERIFY(!lax.check(QUrl("http://id.example.com/token")).isEmpty());
        QVERIFY(!lax.check(QUrl("file:///etc/passwd")).isEmpty());
        QVERIFY(!lax.check(QUrl("/relative")).isEmpty());
        // The reason never quotes a secret from the URL.
        QVERIFY(!strict.check(QUrl("http://id.example.com/t?access_token=LeakMe123")).contains("LeakMe123"));
    }
};

QTEST_GUILESS_MAIN(NetPolicyTest)
#include "tst_netpolicy.moc"
