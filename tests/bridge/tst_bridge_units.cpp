// The bridge's parts on their own, with real crypto, a real SQLite file and a real PostgreSQL
// (the `postgres` fixture): user codes (alphabet, display, what a person may type), sealed
// envelopes (round trip, tampering, a foreign key, another purpose, key rotation), the
// signing key against the core's JWT verifier (what a TV runs), the pending store's
// transitions on both back ends (each wins once, also between two instances), and config
// errors (one line naming the field).
#include "AttemptLimiter.h"
#include "BridgeConfig.h"
#include "BridgeTestSupport.h"
#include "HttpServer.h"
#include "PostgresFixture.h"
#include "PollIndex.h"
#include "PostgresPendingStore.h"
#include "Sealer.h"
#include "ServiceNotify.h"
#include "SigningKey.h"
#include "SqlitePendingStore.h"
#include "TokenHandoff.h"
#include "UserCode.h"
#include "oauth/IdTokenValidator.h"
#include "oauth/Jwks.h"
#include "oauth/Jwt.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <sys/socket.h>
#include <unistd.h>
#include <memory>

using namespace tvpair::bridge;

// One store back end under test: a fresh location (an SQLite file, or a new PostgreSQL
// database), stores opened on it, and raw statements on it behind the store's back.
class StoreLocation {
public:
    explicit StoreLocation(const QString &backend) : m_backend(backend)
    {
        static int databases = 0;
        if (backend == "postgresql")
            m_url = tvpair::test::newPostgresDatabase(QStringLiteral("units_%1").arg(++databases), &m_error);
        else
            m_path = m_dir.path() + "/s/bridge.db";
    }
    QString error() const { return m_error; }
    bool usable() const { return m_backend != "postgresql" || !m_url.isEmpty(); }
    std::unique_ptr<SqlPendingStore> store() const
    {
        if (m_backend != "postgresql")
            return std::make_unique<SqlitePendingStore>(m_path);
        QString error;
        return std::make_unique<PostgresPendingStore>(*PostgresTarget::fromUrl(m_url, &error));
    }
    bool exec(const QString &sql) const
    {
        bool ok = false;
        run(sql, &ok);
        return ok;
    }
    // The first column of the first row of `sql` (invalid when there is none or it failed).
    QVariant value(const QString &sql) const
    {
        bool ok = false;
        return run(sql, &ok);
    }

private:
    QVariant run(const QString &sql, bool *ok) const
    {
        QVariant first;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(m_backend == "postgresql" ? "QPSQL" : "QSQLITE", "poke");
            if (m_backend == "postgresql") {
                QString error;
                const auto t = PostgresTarget::fromUrl(m_url, &error);
                db.setHostName(t->host);
                db.setUserName(t->user);
                db.setDatabaseName(t->database);
            } else {
                db.setDatabaseName(m_path);
            }
            if (db.open()) {
                QSqlQuery q(db);
                *ok = q.exec(sql);
                if (*ok && q.next())
                    first = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase("poke");
        return first;
    }

    QString m_backend;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_url;
    QString m_error;
};

class BridgeUnitsTest : public QObject {
    Q_OBJECT

    static Sealer sealerWith(int version, char fill)
    {
        Sealer s;
        s.addKey(version, QByteArray(Sealer::kKeyBytes, fill));
        return s;
    }
    static QJsonObject goodConfig()
    {
        return QJsonObject{{"public_url", "https://bridge.example"}, {"sealing_keys", "k"}, {"signing_key", "s.pem"},
                           {"clients", QJsonArray{QJsonObject{{"id", "tv"}, {"name", "TV"}}}},
                           {"upstream", QJsonObject{{"issuer", "https://id.example"}, {"client_id", "b"},
                                                    {"client_secret", "upstream-secret-value"}}}};
    }
    static PendingAuthorization row(const QString &userCode, const QByteArray &hash, qint64 expiresAtMs)
    {
        PendingAuthorization r;
        r.deviceCodeHash = hash;
        r.userCode = userCode;
        r.clientId = "tv-app";
        r.scope = "openid";
        r.createdAtMs = 1000;
        r.expiresAtMs = expiresAtMs;
        r.intervalSeconds = 5;
        return r;
    }

    // The store tests run on both back ends.
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }

private slots:
    void userCodesUseTheAlphabetAndLength()
    {
        QSet<QString> seen;
        QSet<QChar> letters;
        for (int i = 0; i < 2000; ++i) {
            const QString c = UserCode::generate();
            QCOMPARE(c.size(), 8);
            for (QChar ch : c) {
                QVERIFY2(QByteArray(UserCode::kAlphabet).contains(char(ch.unicode())), qPrintable(c));
                letters.insert(ch);
            }
            seen.insert(c);
        }
        QCOMPARE(letters.size(), 20);   // every letter appears in 16,000 draws
        QVERIFY(seen.size() > 1990);    // 20^8 codes: collisions in 2,000 draws are rare
        QCOMPARE(UserCode::display("BCDFGHJK"), QString("BCDF-GHJK"));
    }

    void userCodesAreAcceptedAsPeopleTypeThem()
    {
        QCOMPARE(UserCode::normalize("WDJB-MJHT"), QString("WDJBMJHT"));
        QCOMPARE(UserCode::normalize("wdjb-mjht"), QString("WDJBMJHT"));
        QCOMPARE(UserCode::normalize("wdjbmjht"), QString("WDJBMJHT"));
        QCOMPARE(UserCode::normalize(" WdJb MjHt "), QString("WDJBMJHT"));
        QVERIFY(UserCode::normalize("WDJB-MJHA").isEmpty());   // a vowel is not in the alphabet
        QVERIFY(UserCode::normalize("WDJB-MJH").isEmpty());    // too short
        QVERIFY(UserCode::normalize("WDJB-MJHTT").isEmpty());  // too long
        QVERIFY(UserCode::normalize(QString::fromUtf8("WDJB-MJH\xc3\x9f")).isEmpty());
        QVERIFY(UserCode::normalize(QString(100, 'B')).isEmpty());
    }

    void sealedEnvelopesRoundTripAndRefuseTampering()
    {
        const Sealer s = sealerWith(1, 'k');
        const QByteArray secret = "upstream-refresh-token-value";
        const QString env = s.seal(secret, "refresh|tv-app");
        QVERIFY(env.startsWith("tvb1.1."));
        QVERIFY(!env.contains(QString::fromLatin1(secret)));
        QCOMPARE(s.open(env, "refresh|tv-app").value_or(QByteArray()), secret);
        QVERIFY(s.seal(secret, "refresh|tv-app") != env);  // a fresh IV each time
        // Every single-character change of the envelope is refused.
        int refused = 0;
        for (int i = 0; i < env.size(); ++i) {
            QString t = env;
            t[i] = env[i] == 'A' ? QChar('B') : QChar('A');
            if (!s.open(t, "refresh|tv-app"))
                ++refused;
        }
        // Also the last base64url character: a change of its unused bits is a non-canonical
        // encoding, which the strict decoder refuses.
        QCOMPARE(refused, int(env.size()));
        QVERIFY(!s.open(env + "A", "refresh|tv-app"));
        QVERIFY(!s.open(env.left(env.size() - 1), "refresh|tv-app"));
        QVERIFY(!s.open("", "refresh|tv-app"));
        QVERIFY(!s.open("not.an.envelope", "refresh|tv-app"));
    }

    void envelopesDoNotOpenForAnotherPurposeOrKey()
    {
        const Sealer s = sealerWith(1, 'k');
        const QString env = s.seal("secret", "refresh|tv-app");
        QVERIFY(!s.open(env, "refresh|other-tv"));  // another TV client
        QVERIFY(!s.open(env, "result"));            // another purpose
        const Sealer foreign = sealerWith(1, 'f');  // same version, another key
        QVERIFY(!foreign.open(env, "refresh|tv-app"));
        const QString foreignEnv = foreign.seal("secret", "refresh|tv-app");
        QVERIFY(!s.open(foreignEnv, "refresh|tv-app"));
    }

    void keyRotationKeepsOldEnvelopesOpen()
    {
        Sealer s = sealerWith(1, 'a');
        const QString old = s.seal("old", "p");
        s.addKey(2, QByteArray(Sealer::kKeyBytes, 'b'));
        QCOMPARE(s.newestVersion(), 2);
        const QString fresh = s.seal("new", "p");
        QVERIFY(fresh.startsWith("tvb1.2."));       // the newest key seals
        QCOMPARE(s.open(old, "p").value_or(""), QByteArray("old"));  // all keys open
        QCOMPARE(s.open(fresh, "p").value_or(""), QByteArray("new"));
        const Sealer onlyNew = sealerWith(2, 'b');  // key 1 retired
        QVERIFY(!onlyNew.open(old, "p"));
        QVERIFY(onlyNew.open(fresh, "p"));
        // The version is authenticated: relabelling an envelope of key 2 as key 1 fails.
        QString relabelled = fresh;
        relabelled.replace(0, 7, "tvb1.1.");
        QVERIFY(!s.open(relabelled, "p"));
    }

    void sealingKeysLoadFromADirectory()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Sealer::fromDirectory(dir.path(), &error));
        QVERIFY2(error.contains("no sealing key"), qPrintable(error));
        QVERIFY(tvpair::test::writeSealingKey(dir.path(), 1));
        QVERIFY(tvpair::test::writeSealingKey(dir.path(), 3));
        const auto s = Sealer::fromDirectory(dir.path(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->newestVersion(), 3);
        QFile bad(dir.path() + "/4.key");
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("abc");
        bad.close();
        QVERIFY(!Sealer::fromDirectory(dir.path(), &error));
        QVERIFY2(error.contains("4.key") && error.contains("64 hex"), qPrintable(error));
    }

    void idTokensVerifyWithTheCoreVerifier()
    {
        QString error;
        const auto key = SigningKey::fromPem(tvpair::test::newEcPrivateKeyPem(), &error);
        QVERIFY2(key, qPrintable(error));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray jwt = key->signJwt(QJsonObject{{"iss", "http://127.0.0.1:1"}, {"aud", "tv-app"},
                                                        {"sub", "alice"}, {"iat", now}, {"exp", now + 600}});
        const auto jwks = tvpair::oauth::Jwks::fromJson(QJsonObject{{"keys", QJsonArray{key->publicJwk()}}}, &error);
        QVERIFY2(jwks, qPrintable(error));
        tvpair::oauth::IdTokenExpectations expect;
        expect.issuer = "http://127.0.0.1:1";
        expect.clientId = "tv-app";
        const auto v = tvpair::oauth::IdTokenValidator::validate(jwt, *jwks, expect);
        QVERIFY2(v.ok, qPrintable(v.message));
        QCOMPARE(v.claims.value("sub").toString(), QString("alice"));
        QCOMPARE(tvpair::oauth::Jwt::parse(jwt)->keyId(), key->keyId());
        // A signature of another key fails.
        const auto other = SigningKey::fromPem(tvpair::test::newEcPrivateKeyPem(), &error);
        const QByteArray forged = other->signJwt(QJsonObject{{"iss", "http://127.0.0.1:1"}, {"aud", "tv-app"},
                                                             {"sub", "mallory"}, {"iat", now}, {"exp", now + 600}});
        QVERIFY(!tvpair::oauth::IdTokenValidator::validate(forged, *jwks, expect).ok);
        QVERIFY(!SigningKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", &error));
    }

    void storeTransitionsEachWinOnce_data() { backends(); }
    void storeTransitionsEachWinOnce()
    {
        QFETCH(QString, backend);
        const StoreLocation at(backend);
        QVERIFY2(at.usable(), qPrintable(at.error()));
        const auto owned = at.store();
        PendingStore &store = *owned;
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const qint64 far = QDateTime::currentMSecsSinceEpoch() + 600000;
        QVERIFY(store.insert(row("BCDFGHJK", "h1", far)));
        QVERIFY(!store.insert(row("BCDFGHJK", "h2", far)));  // user code taken: draw another
        QVERIFY(!store.insert(row("LMNPQRST", "h1", far)));  // device code taken
        QVERIFY(store.insert(row("LMNPQRST", "h2", far)));
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.findByUserCode("BCDFGHJK")->deviceCodeHash, QByteArray("h1"));

        QVERIFY(store.beginAuthorization("h1", "s1", "b1", "sealed-v", "n1", 2000));
        QVERIFY(store.beginAuthorization("h1", "s2", "b2", "sealed-v", "n2", 2000));  // Continue again
        QVERIFY(!store.findByStateHash("s1"));  // the first attempt's state is gone
        QCOMPARE(store.findByStateHash("s2")->status, PendingStatus::Authorizing);
        QVERIFY(!store.claimCallback("h1", "s1", 2000));
        QVERIFY(store.claimCallback("h1", "s2", 2000));
        QVERIFY(!store.claimCallback("h1", "s2", 2000));  // a replayed callback
        QVERIFY(!store.findByStateHash("s2"));
        QVERIFY(!store.beginAuthorization("h1", "s3", "b3", "v", "n", 2000));  // exchanging: no restart
        QVERIFY(store.approve("h1", "sealed-result"));
        QVERIFY(!store.approve("h1", "other"));
        QCOMPARE(store.findByDeviceCodeHash("h1")->sealedResult, QString("sealed-result"));
        const auto polled = store.findForPoll("h1");  // the poll's narrower read of the same row
        QVERIFY(polled);
        QCOMPARE(polled->status, PendingStatus::Approved);
        QCOMPARE(polled->sealedResult, QString("sealed-result"));
        QCOMPARE(polled->clientId, store.findByDeviceCodeHash("h1")->clientId);
        QCOMPARE(polled->expiresAtMs, far);
        QVERIFY(store.takeApproved("h1"));
        QVERIFY(!store.takeApproved("h1"));  // picked up once
        QVERIFY(!store.findByDeviceCodeHash("h1"));
        QVERIFY(!store.findForPoll("h1"));

        // An upstream failure reopens the code for another try; a denial is final.
        QVERIFY(store.beginAuthorization("h2", "s4", "b4", "v", "n", 2000));
        QVERIFY(store.claimCallback("h2", "s4", 2000));
        QVERIFY(store.reopen("h2"));
        QCOMPARE(store.findByDeviceCodeHash("h2")->status, PendingStatus::Pending);
        QVERIFY(store.deny("h2"));
        QVERIFY(!store.takeApproved("h2"));
        QVERIFY(!store.beginAuthorization("h2", "s5", "b5", "v", "n", 2000));
    }

    void twoInstancesOnOneDatabaseEachWinOnce_data() { backends(); }
    void twoInstancesOnOneDatabaseEachWinOnce()
    {
        // Two bridge instances (two connections) race for the same rows: one winner each time.
        QFETCH(QString, backend);
        const StoreLocation at(backend);
        QVERIFY2(at.usable(), qPrintable(at.error()));
        const auto a = at.store();
        const auto b = at.store();
        QString error;
        QVERIFY2(a->open(&error), qPrintable(error));
        QVERIFY2(b->open(&error), qPrintable(error));  // the schema exists: no second migration
        const qint64 far = QDateTime::currentMSecsSinceEpoch() + 600000;
        QVERIFY(a->insert(row("BCDFGHJK", "h1", far)));
        QVERIFY(!b->insert(row("BCDFGHJK", "h2", far)));  // the user code is taken on the other one
        QCOMPARE(b->findByUserCode("BCDFGHJK")->deviceCodeHash, QByteArray("h1"));
        QVERIFY(b->beginAuthorization("h1", "s1", "b1", "v", "n", 2000));
        QVERIFY(a->claimCallback("h1", "s1", 2000));
        QVERIFY(!b->claimCallback("h1", "s1", 2000));  // the callback replayed at the other instance
        QVERIFY(!b->deny("h2"));
        QVERIFY(a->approve("h1", "sealed"));
        QVERIFY(!b->approve("h1", "other"));
        QCOMPARE(b->findByDeviceCodeHash("h1")->sealedResult, QString("sealed"));
        QVERIFY(b->takeApproved("h1"));
        QVERIFY(!a->takeApproved("h1"));  // collected once
        QCOMPARE(a->count(), 0);
    }

    void pollsFasterThanTheIntervalSlowDown_data() { backends(); }
    void pollsFasterThanTheIntervalSlowDown()
    {
        QFETCH(QString, backend);
        const StoreLocation at(backend);
        QVERIFY2(at.usable(), qPrintable(at.error()));
        const auto owned = at.store();
        PendingStore &store = *owned;
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.insert(row("BCDFGHJK", "h1", 10000000)));
        bool soon = true;
        QVERIFY(store.recordPoll("h1", 100000, 500, 5, &soon));
        QVERIFY(!soon);  // the first poll
        QVERIFY(store.recordPoll("h1", 101000, 500, 5, &soon));
        QVERIFY(soon);   // 1 s after, interval 5 s
        QCOMPARE(store.findByDeviceCodeHash("h1")->intervalSeconds, 10);
        QCOMPARE(store.findForPoll("h1")->intervalSeconds, 10);
        QCOMPARE(store.findForPoll("h1")->lastPollAtMs, qint64(101000));
        QVERIFY(store.recordPoll("h1", 109000, 500, 5, &soon));
        QVERIFY(soon);   // 8 s after, interval now 10 s
        QVERIFY(store.recordPoll("h1", 130000, 500, 5, &soon));
        QVERIFY(!soon);  // 21 s after, interval 15 s
        QVERIFY(store.recordPoll("h1", 144600, 500, 5, &soon));
        QVERIFY(!soon);  // 14.6 s: within the tolerance of 15 s
    }

    // The poll as DeviceEndpoints makes it (findForPollRecording, then recordPoll when the back
    // end did not record it): PostgreSQL in one statement, SQLite in memory; the same answers.
    void aPollInOneStepDecidesLikeTwo_data() { backends(); }
    void aPollInOneStepDecidesLikeTwo()
    {
        QFETCH(QString, backend);
        const StoreLocation at(backend);
        QVERIFY2(at.usable(), qPrintable(at.error()));
        const auto store = at.store();
        QString error;
        QVERIFY2(store->open(&error), qPrintable(error));
        QVERIFY(store->insert(row("BCDFGHJK", "h1", 200000)));
        // "pending", "slow_down", or what the poll found instead ("approved", "none", ...).
        const auto poll = [&store](const QString &client, qint64 now) -> QString {
            bool recorded = false;
            bool soon = false;
            const auto r = store->findForPollRecording("h1", client, now, 500, 5, &recorded, &soon);
            if (!r)
                return "none";
            if (r->clientId != client)
                return recorded ? "recorded for another client" : "another client's";
            if (r->status == PendingStatus::Approved)
                return recorded ? "recorded approved" : "approved";
            if (r->expiresAtMs <= now)
                return recorded ? "recorded expired" : "expired";
            if (!recorded && !store->recordPoll("h1", now, 500, 5, &soon))
                return "store failed";
            return soon ? "slow_down" : "pending";
        };
        QCOMPARE(poll("tv-app", 100000), QString("pending"));
        QCOMPARE(poll("tv-app", 101000), QString("slow_down"));  // 1 s after, interval 5 s
        QCOMPARE(poll("another-tv", 150000), QString("another client's"));  // not recorded:
        QCOMPARE(poll("tv-app", 109000), QString("slow_down"));  // 8 s after 101 s, interval 10 s
        QCOMPARE(poll("tv-app", 124000), QString("pending"));    // 15 s after, interval 15 s
        QCOMPARE(store->findByDeviceCodeHash("h1")->intervalSeconds, 15);
        QCOMPARE(poll("tv-app", 200000), QString("expired"));
        QVERIFY(store->beginAuthorization("h1", "s1", "b1", "v", "n", 2000));
        QCOMPARE(poll("tv-app", 140000), QString("pending"));  // the phone is at the identity server
        QVERIFY(store->claimCallback("h1", "s1", 2000));
        QVERIFY(store->approve("h1", "sealed"));
        QCOMPARE(poll("tv-app", 160000), QString("approved"));
        QVERIFY(store->takeApproved("h1"));
        QCOMPARE(poll("tv-app", 180000), QString("none"));
    }

    // SQLite (one process per file): polls of an open code are answered from the store's
    // PollIndex, as the HTTP listener's thread does, and write nothing; every transition
    // reaches the file first and then the index, so the poll after an approval reads the
    // approved row; a restart forgets only the poll state.
    void sqlitePollsOfOpenCodesAreAnsweredFromMemory()
    {
        using A = PollIndex::Answer;
        const StoreLocation at("sqlite");
        QString error;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray h = sha256Hex("device-code-one");
        const QByteArray expiring = sha256Hex("device-code-two");
        {
            const auto store = at.store();
            QVERIFY2(store->open(&error), qPrintable(error));
            PollIndex *index = store->pollIndex();
            QVERIFY(index);
            QVERIFY(store->insert(row("BCDFGHJK", h, now + 600000)));
            QCOMPARE(index->poll(h, "tv-app", now, 500, 5), A::Pending);
            QCOMPARE(index->poll(h, "another-tv", now + 30000, 500, 5), A::Unknown);  // not its code
            QCOMPARE(index->poll(h, "tv-app", now + 1000, 500, 5), A::SlowDown);
            QCOMPARE(store->findByDeviceCodeHash(h)->intervalSeconds, 10);
            QCOMPARE(store->findForPoll(h)->lastPollAtMs, now + 1000);
            const QString fileRow = QStringLiteral("SELECT %1 FROM pending WHERE device_code_hash = '%2'");
            QCOMPARE(at.value(fileRow.arg("last_poll_at_ms", QString::fromLatin1(h))).toLongLong(), 0);  // not written
            QCOMPARE(at.value(fileRow.arg("interval_s", QString::fromLatin1(h))).toInt(), 5);
            QVERIFY(store->beginAuthorization(h, "s1", "b1", "v", "n", now));
            QVERIFY(store->claimCallback(h, "s1", now));
            QCOMPARE(index->poll(h, "tv-app", now + 20000, 500, 5), A::Pending);  // exchanging: still open
            QVERIFY(store->approve(h, "sealed-result"));
            QCOMPARE(at.value(fileRow.arg("status", QString::fromLatin1(h))).toString(), QString("approved"));
            QCOMPARE(index->poll(h, "tv-app", now + 40000, 500, 5), A::Unknown);  // the store's way now
            const auto approved = store->findForPoll(h);
            QVERIFY(approved);
            QCOMPARE(approved->status, PendingStatus::Approved);
            QCOMPARE(approved->sealedResult, QString("sealed-result"));
            QVERIFY(store->insert(row("LMNPQRST", expiring, now + 60000)));
            QCOMPARE(index->poll(expiring, "tv-app", now + 60000, 500, 5), A::Unknown);  // expired: the store answers
            QCOMPARE(index->poll(expiring, "tv-app", now + 59000, 500, 5), A::Pending);
            QCOMPARE(index->poll(expiring, "tv-app", now + 59100, 500, 5), A::SlowDown);
        }
        // A restart: the codes in the file are polled again, their first poll reads the row.
        const auto again = at.store();
        QVERIFY2(again->open(&error), qPrintable(error));
        QCOMPARE(again->pollIndex()->poll(expiring, "tv-app", now + 59200, 500, 5), A::Unknown);
        QCOMPARE(again->findForPoll(expiring)->intervalSeconds, 5);  // the slow_down was forgotten
        QCOMPARE(again->pollIndex()->poll(expiring, "tv-app", now + 59200, 500, 5), A::Pending);
        QCOMPARE(again->findForPoll(h)->status, PendingStatus::Approved);
        QCOMPARE(again->pollIndex()->size(), 1);
        QVERIFY(again->takeApproved(h));
        QCOMPARE(again->purgeExpired(now + 60000), 1);
        QCOMPARE(again->pollIndex()->size(), 0);
    }

    // PostgreSQL is shared by several instances: no poll is answered from one's memory, so an
    // approval through another instance is seen by the next poll (tst_bridge_e2e covers it
    // through HTTP with two bridges).
    void postgresqlPollsAlwaysReadTheDatabase()
    {
        const StoreLocation at("postgresql");
        QVERIFY2(at.usable(), qPrintable(at.error()));
        const auto a = at.store();
        const auto b = at.store();
        QString error;
        QVERIFY2(a->open(&error), qPrintable(error));
        QVERIFY2(b->open(&error), qPrintable(error));
        QVERIFY(!a->pollIndex());
        QVERIFY(a->insert(row("BCDFGHJK", "h1", QDateTime::currentMSecsSinceEpoch() + 600000)));
        QCOMPARE(a->findForPoll("h1")->status, PendingStatus::Pending);
        QVERIFY(b->beginAuthorization("h1", "s1", "b1", "v", "n", 2000));
        QVERIFY(b->claimCallback("h1", "s1", 2000));
        QVERIFY(b->approve("h1", "sealed"));
        QCOMPARE(a->findForPoll("h1")->status, PendingStatus::Approved);
    }

    void expiredRowsArePurgedAndRowsSurviveReopening_data() { backends(); }
    void expiredRowsArePurgedAndRowsSurviveReopening()
    {
        QFETCH(QString, backend);
        const StoreLocation at(backend);
        QVERIFY2(at.usable(), qPrintable(at.error()));
        {
            const auto store = at.store();
            QString error;
            QVERIFY2(store->open(&error), qPrintable(error));
            QVERIFY(store->insert(row("BCDFGHJK", "old", 5000)));
            QVERIFY(store->insert(row("LMNPQRST", "new", 50000)));
            QCOMPARE(store->purgeExpired(6000), 1);
        }
        const auto again = at.store();
        QString error;
        QVERIFY2(again->open(&error), qPrintable(error));
        QCOMPARE(again->count(), 1);
        QVERIFY(again->findByDeviceCodeHash("new"));
        QVERIFY(!again->findByDeviceCodeHash("old"));
    }

    void aNewerSchemaIsRefused_data() { backends(); }
    void aNewerSchemaIsRefused()
    {
        QFETCH(QString, backend);
        const StoreLocation at(backend);
        QVERIFY2(at.usable(), qPrintable(at.error()));
        {
            const auto store = at.store();
            QString error;
            QVERIFY2(store->open(&error), qPrintable(error));
        }
        QVERIFY(at.exec("UPDATE schema_version SET version = 99"));
        const auto store = at.store();
        QString error;
        QVERIFY(!store->open(&error));
        QVERIFY2(error.contains("schema version 99"), qPrintable(error));
    }

    void aLostPostgresqlConnectionIsReopened()
    {
        // The database server ends the store's session (as on a restart or a failover): the
        // next store call reconnects and succeeds.
        const StoreLocation at("postgresql");
        QVERIFY2(at.usable(), qPrintable(at.error()));
        const auto store = at.store();
        QString error;
        QVERIFY2(store->open(&error), qPrintable(error));
        QVERIFY(store->insert(row("BCDFGHJK", "h1", QDateTime::currentMSecsSinceEpoch() + 600000)));
        const QString endStoreSession = "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 20000))"
                                        " FROM pg_stat_activity WHERE application_name = 'tvpair-bridge'"
                                        " AND datname = current_database() AND pid <> pg_backend_pid()";
        QCOMPARE(at.value(endStoreSession).toInt(), 1);
        QVERIFY2(store->findByDeviceCodeHash("h1"), qPrintable(store->lastError()));
        QCOMPARE(at.value(endStoreSession).toInt(), 1);
        QVERIFY2(store->beginAuthorization("h1", "s1", "b1", "v", "n", 2000), qPrintable(store->lastError()));
        QCOMPARE(store->count(), 1);
    }

    void postgresUrlsAreReadOrRefusedWithOneLine()
    {
        QString error;
        auto t = PostgresTarget::fromUrl("postgresql://bridge@db.internal:6543/bridge?sslmode=verify-full", &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->host, QString("db.internal"));
        QCOMPARE(t->port, 6543);
        QCOMPARE(t->user, QString("bridge"));
        QCOMPARE(t->database, QString("bridge"));
        QCOMPARE(t->sslMode, QString("verify-full"));
        t = PostgresTarget::fromUrl("postgresql://bridge@/bridge?host=/run/postgresql", &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->host, QString("/run/postgresql"));
        QCOMPARE(t->port, 5432);
        for (const char *bad : {"postgresql://bridge:hunter2@db/bridge", "postgresql://bridge@db", "postgresql://bridge@/bridge",
                                "postgresql://bridge@db/bridge?sslmode=maybe", "postgresql://bridge@db/bridge?options=x"}) {
            error.clear();
            QVERIFY2(!PostgresTarget::fromUrl(bad, &error), bad);
            QVERIFY(!error.isEmpty() && !error.contains('\n'));
            QVERIFY2(!error.contains("hunter2"), qPrintable(error));
        }
    }

    void wrongCodesAreLimitedPerAddressAndInAll()
    {
        AttemptLimiter perAddress(3, 1000, 3600 * 1000);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(perAddress.allowed("192.0.2.1"));
            perAddress.recordFailure("192.0.2.1");
        }
        QVERIFY(!perAddress.allowed("192.0.2.1"));
        QVERIFY(perAddress.allowed("192.0.2.2"));  // another address is not punished
        AttemptLimiter global(1000, 5, 3600 * 1000);
        for (int i = 0; i < 5; ++i)
            global.recordFailure(QStringLiteral("198.51.100.%1").arg(i));  // spread over addresses
        QVERIFY(!global.allowed("203.0.113.9"));
        // The window ends: allowed again (waiting for the condition, generous deadline).
        AttemptLimiter shortWindow(1, 1000, 200);
        shortWindow.recordFailure("192.0.2.1");
        QVERIFY(!shortWindow.allowed("192.0.2.1"));
        QTRY_VERIFY_WITH_TIMEOUT(shortWindow.allowed("192.0.2.1"), 10000);
    }

    // A FastHandler answers on the listener's thread what it can (the Qt thread's handler never
    // sees it); what it declines, and a body over the limit, take the usual way.
    void aFastHandlerAnswersOnTheListenersThread()
    {
        HttpServerLimits limits;
        limits.maxBodyBytes = 64;
        HttpServer server(limits);
        QStringList handled;
        server.setHandler([&handled](const HttpServerRequest &r, Responder respond) {
            handled.append(r.path);
            respond(HttpServerResponse::json(200, "{\"from\":\"qt\"}"));
        });
        const QThread *qtThread = QThread::currentThread();
        std::atomic<int> fastOnOtherThread{0};
        server.setFastHandler([&](const HttpServerRequest &r, HttpServerResponse *out) {
            if (r.path != QLatin1String("/fast") || r.form().value("x") != QLatin1String("1"))
                return false;
            if (QThread::currentThread() != qtThread)
                ++fastOnOtherThread;
            *out = HttpServerResponse::json(400, "{\"error\":\"authorization_pending\"}");
            return true;
        });
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QNetworkAccessManager nam;
        // (status, body); status -1 when no answer came in 20 s.
        const auto post = [&](const char *path, const QByteArray &body) -> QPair<int, QByteArray> {
            QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(QLatin1String(path))));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
            std::unique_ptr<QNetworkReply> reply(nam.post(req, body));
            if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 20000))
                return {-1, {}};
            return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        };
        QCOMPARE(post("/fast", "x=1"), qMakePair(400, QByteArray(R"({"error":"authorization_pending"})")));
        QCOMPARE(fastOnOtherThread.load(), 1);
        QCOMPARE(post("/fast", "x=2"), qMakePair(200, QByteArray(R"({"from":"qt"})")));
        QCOMPARE(post("/other", "x=1"), qMakePair(200, QByteArray(R"({"from":"qt"})")));
        QCOMPARE(post("/fast", "x=1&pad=" + QByteArray(100, 'a')).first, 413);
        QCOMPARE(handled, QStringList({"/fast", "/other"}));
        QCOMPARE(fastOnOtherThread.load(), 1);
    }

    // The deadline answers a handler that never does (504), a late answer is dropped, and it
    // never reaches a later request on the same keep-alive connection.
    void aHandlerThatNeverAnswersGets504()
    {
        HttpServer server(HttpServerLimits{});
        server.setHandlerDeadline(200);
        QList<Responder> held;
        server.setHandler([&held](const HttpServerRequest &r, Responder respond) {
            if (r.path == QLatin1String("/answered"))
                respond(HttpServerResponse::json(200, "{}"));
            else
                held.append(respond);  // answered by the test, or never
        });
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const auto url = [&server](const char *path) {
            return QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(QLatin1String(path))));
        };
        const auto status = [](QNetworkReply *r) { return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); };
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> never(nam.get(url("/never")));
        std::unique_ptr<QNetworkReply> answered(nam.get(url("/answered")));
        QTRY_VERIFY_WITH_TIMEOUT(never->isFinished() && answered->isFinished(), 20000);
        QCOMPARE(status(answered.get()), 200);
        QCOMPARE(status(never.get()), 504);
        QCOMPARE(held.size(), 1);
        // A later request, held by the test: the stale responder must not answer it.
        std::unique_ptr<QNetworkReply> later(nam.get(url("/later")));
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 2, 20000);
        held.first()(HttpServerResponse::json(200, "{}"));
        held.last()(HttpServerResponse::json(201, "{}"));
        QTRY_VERIFY_WITH_TIMEOUT(later->isFinished(), 20000);
        QCOMPARE(status(later.get()), 201);
    }

    void configErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const auto with = [](const QString &key, const QJsonValue &v) {
            QJsonObject c = goodConfig();
            c.insert(key, v);
            return QJsonDocument(c).toJson();
        };
        const auto withUpstream = [](const QString &key, const QJsonValue &v) {
            QJsonObject c = goodConfig();
            QJsonObject u = c.value("upstream").toObject();
            if (v.isUndefined())
                u.remove(key);
            else
                u.insert(key, v);
            c.insert("upstream", u);
            return QJsonDocument(c).toJson();
        };
        QTest::newRow("http public url") << with("public_url", "http://bridge.example") << "public_url";
        QTest::newRow("path in public url") << with("public_url", "https://bridge.example/x") << "public_url";
        QTest::newRow("unknown key") << with("clientz", QJsonArray{}) << "clientz";
        QTest::newRow("no clients") << with("clients", QJsonArray{}) << "clients";
        QTest::newRow("bad listen") << with("listen", "nowhere") << "listen";
        QTest::newRow("postgres") << with("store", "postgresql://x") << "store";
        QTest::newRow("no secret") << withUpstream("client_secret", QJsonValue::Undefined) << "upstream.client_secret";
        QTest::newRow("http upstream") << withUpstream("issuer", "http://id.example") << "upstream.issuer";
        QTest::newRow("ttl") << with("user_code", QJsonObject{{"ttl", 5}}) << "user_code.ttl";
        QTest::newRow("auth method") << withUpstream("token_endpoint_auth_method", "none") << "upstream.token_endpoint_auth_method";
        // The dialect keys, read by the TV app's tenant-config reader, name their field too.
        QTest::newRow("response mode") << withUpstream("response_mode", "fragmnt") << "upstream.response_mode";
        QTest::newRow("response type") << withUpstream("response_type", "token") << "upstream.response_type";
        QTest::newRow("token dialect") << withUpstream("token_dialect", "soap") << "upstream.token_dialect";
        QTest::newRow("core parameter") << withUpstream("authorization_params", QJsonObject{{"state", "x"}})
                                        << "upstream.authorization_params.state";
        QTest::newRow("verifier flag") << withUpstream("refresh_with_code_verifier", "yes") << "upstream.refresh_with_code_verifier";
        QTest::newRow("identity") << withUpstream("identity", QJsonObject{{"subject", "cookie"}}) << "upstream.identity.subject";
        {
            QJsonObject c = goodConfig();
            QJsonObject u = c.value("upstream").toObject();
            u.insert("scope", "profile");
            u.insert("response_type", "code id_token");
            c.insert("upstream", u);
            QTest::newRow("hybrid without openid") << QJsonDocument(c).toJson() << "upstream.scope";
        }
        // The TV's own keys have no meaning on the bridge.
        QTest::newRow("tv-only key") << withUpstream("end_session_url", "https://id.example/logout") << "upstream.end_session_url";
        QTest::newRow("device endpoint") << withUpstream("endpoints", QJsonObject{{"device_authorization", "https://id.example/d"}})
                                         << "upstream.endpoints.device_authorization";
    }
    void configErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!BridgeConfig::fromJson(json, "/tmp", &error));
        QVERIFY2(error.startsWith("config: " + field + ":"), qPrintable(error));
        QVERIFY(!error.contains('\n'));
        QVERIFY(!error.contains("upstream-secret-value"));  // never the secret's value
    }
    void aBrokenConfigFileNamesItsPathAndThePlace()
    {
        // An operator's typo in /etc/tvpair-bridge/bridge.json: the one line names the file and
        // where the JSON broke, and quotes none of it (the file holds the client secret).
        QTemporaryDir dir;
        const QString path = dir.filePath("bridge.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"upstream\": {\"client_secret\": \"upstream-secret-value\",}}");
        f.close();
        QString error;
        QVERIFY(!BridgeConfig::fromFile(path, &error));
        QVERIFY2(error.startsWith("config: " + path + ": malformed JSON at offset "), qPrintable(error));
        QVERIFY(!error.contains('\n'));
        QVERIFY(!error.contains("upstream-secret-value"));
        QVERIFY(!BridgeConfig::fromJson("[1]", "/tmp", &error));
        QCOMPARE(error, QString("config: (file): JSON is not an object"));
    }
    void theServiceManagerIsToldOnItsSocket_data()
    {
        QTest::addColumn<bool>("abstract");
        QTest::newRow("path") << false;
        QTest::newRow("abstract name") << true;
    }
    void theServiceManagerIsToldOnItsSocket()
    {
        // What systemd does for Type=notify: a datagram socket named in NOTIFY_SOCKET.
        QFETCH(bool, abstract);
        QTemporaryDir dir;
        const QByteArray name = abstract ? QByteArray("@tvpair-notify-") + QByteArray::number(::getpid())
                                         : QFile::encodeName(dir.filePath("notify"));
        const int fd = tvpair::test::bindDatagramSocket(name);
        QVERIFY(fd >= 0);
        const QByteArray before = qgetenv("NOTIFY_SOCKET");
        qputenv("NOTIFY_SOCKET", name);
        QByteArray why;
        const bool told = notifyServiceManager("READY=1", &why);
        char buf[64] = {};
        const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        ::close(fd);
        // Nobody listening any more, a relative name, no variable: false and a reason, no crash.
        const bool toldClosed = notifyServiceManager("STOPPING=1", &why);
        QVERIFY(!why.isEmpty());
        qputenv("NOTIFY_SOCKET", "relative/name");
        QVERIFY(!notifyServiceManager("READY=1"));
        qunsetenv("NOTIFY_SOCKET");
        QVERIFY(!notifyServiceManager("READY=1", &why));
        QCOMPARE(why, QByteArray("NOTIFY_SOCKET is not set"));
        if (!before.isEmpty())
            qputenv("NOTIFY_SOCKET", before);
        QVERIFY(told);
        QCOMPARE(QByteArray(buf, int(n)), QByteArray("READY=1"));
        QVERIFY(!toldClosed);
    }
    void aGoodConfigParses()
    {
        QString error;
        QJsonObject c = goodConfig();
        QJsonObject u = c.value("upstream").toObject();
        u.insert("token_endpoint_auth_method", "client_secret_post");
        c.insert("upstream", u);
        const auto parsed = BridgeConfig::fromJson(QJsonDocument(c).toJson(), "/etc/tvpair-bridge", &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->redirectUri.toString(), QString("https://bridge.example/callback"));
        QCOMPARE(parsed->storePath, QString("/etc/tvpair-bridge/bridge.db"));
        QCOMPARE(parsed->sealingKeyDir, QString("/etc/tvpair-bridge/k"));
        QCOMPARE(parsed->upstream.authMethod(), QString("client_secret_post"));
        QCOMPARE(parsed->client("tv")->name, QString("TV"));
        QCOMPARE(parsed->responseMode, QString("query"));
    }

    void dialectKeysParse()
    {
        // A MobilePay-like upstream: hybrid, form_post, an extra authorization parameter kept a
        // number, the verifier re-sent on refresh, discovery on another path.
        QJsonObject c = goodConfig();
        c.insert("upstream", QJsonObject{{"issuer", "https://id.example/merchant"}, {"client_id", "b"},
                                         {"client_secret", "upstream-secret-value"},
                                         {"discovery_url", "https://id.example/oidc/.well-known/openid-configuration"},
                                         {"scope", "openid offline_access"}, {"response_type", "code id_token"},
                                         {"response_mode", "form_post"}, {"authorization_params", QJsonObject{{"merchant_vat", 7}}},
                                         {"refresh_with_code_verifier", true},
                                         {"identity", QJsonObject{{"display_name", QJsonArray{"name"}}}}});
        QString error;
        auto parsed = BridgeConfig::fromJson(QJsonDocument(c).toJson(), "/tmp", &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->upstream.dialect.responseType, QString("code id_token"));
        QCOMPARE(parsed->responseMode, QString("form_post"));
        QVERIFY(parsed->upstream.dialect.authorizationParams.value("merchant_vat").isDouble());
        QVERIFY(parsed->upstream.dialect.refreshWithCodeVerifier);
        QCOMPARE(parsed->upstream.identity.displayName, QStringList{"name"});

        // Hybrid without a response mode is answered in the fragment, never in a query.
        QJsonObject u = c.value("upstream").toObject();
        u.remove("response_mode");
        c.insert("upstream", u);
        parsed = BridgeConfig::fromJson(QJsonDocument(c).toJson(), "/tmp", &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->responseMode, QString("fragment"));

        // A Paytronix-like upstream: no issuer, endpoints only, the JSON token call.
        c.insert("upstream", QJsonObject{{"client_id", "b"}, {"client_secret", "upstream-secret-value"},
                                         {"scope", "user_read"}, {"token_dialect", "paytronix"},
                                         {"endpoints", QJsonObject{{"authorization", "https://id.example/authorize"},
                                                                   {"token", "https://id.example/token.json"}}},
                                         {"token_params", QJsonObject{{"merchantId", 7700}}},
                                         {"identity", QJsonObject{{"subject", "token_response:username"}}}});
        parsed = BridgeConfig::fromJson(QJsonDocument(c).toJson(), "/tmp", &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(parsed->upstream.issuer.isEmpty());
        QCOMPARE(parsed->upstream.dialect.tokenDialect, QString("paytronix"));
        QCOMPARE(parsed->upstream.subjectSource(), QString("token_response:username"));
        QCOMPARE(parsed->upstream.authMethod(), QString("client_secret_basic"));
    }

    void sealedRefreshTokensCarryTheVerifier()
    {
        QString error;
        BridgeContext ctx(*BridgeConfig::fromJson(QJsonDocument(goodConfig()).toJson(), "/tmp", &error));
        ctx.sealer = sealerWith(1, 'k');
        const QString rt = "upstream-refresh-token-value";
        const QString verifier = "a-pkce-verifier-of-the-sign-in-0123456789abcdef";
        const QString env = TokenHandoff::sealRefresh(ctx, "tv-app", {rt, verifier});
        QVERIFY(!env.contains(rt) && !env.contains(verifier));
        const auto opened = TokenHandoff::openRefresh(ctx, "tv-app", env);
        QVERIFY(opened);
        QCOMPARE(opened->refreshToken, rt);
        QCOMPARE(opened->codeVerifier, verifier);
        QVERIFY(!TokenHandoff::openRefresh(ctx, "other-tv", env));  // bound to the TV client
        // Without the dialect: no verifier in the envelope.
        const auto plain = TokenHandoff::openRefresh(ctx, "tv-app", TokenHandoff::sealRefresh(ctx, "tv-app", {rt, {}}));
        QVERIFY(plain && plain->codeVerifier.isEmpty());
        // An envelope sealed before the verifier was kept holds the bare token, and still opens.
        const auto old = TokenHandoff::openRefresh(ctx, "tv-app", ctx.sealer.seal(rt.toUtf8(), refreshPurpose("tv-app")));
        QVERIFY(old);
        QCOMPARE(old->refreshToken, rt);
        QVERIFY(old->codeVerifier.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BridgeUnitsTest)
#include "tst_bridge_units.moc"
