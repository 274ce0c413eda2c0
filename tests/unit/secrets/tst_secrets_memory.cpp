#include "secrets/MemorySecretStore.h"

#include <QtTest>

using namespace tvpair;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        MemorySecretStore s;
        QCOMPARE(s.read("refresh_token").status, SecretRead::Absent);
        QString err;
        QVERIFY(s.write("refresh_token", "r1-secret", &err));
        auto r = s.read("refresh_token");
        QCOMPARE(r.status, SecretRead::Found);
        QCOMPARE(r.value, QByteArray("r1-secret"));
        QVERIFY(s.write("refresh_token", "r2-secret", &err));
        QCOMPARE(s.read("refresh_token").value, QByteArray("r2-secret"));
        QVERIFY(s.write("empty", QByteArray(), &err));
        QCOMPARE(s.read("empty").status, SecretRead::Found);
        QVERIFY(s.remove("refresh_token", &err));
        QCOMPARE(s.read("refresh_token").status, SecretRead::Absent);
        QVERIFY(s.remove("refresh_token", &err));  // absent: still ok
        QCOMPARE(s.description(), QStringLiteral("memory"));
    }
    void failureHooks()
    {
        MemorySecretStore s;
        QString err;
        QVERIFY(s.write("a", "1", &err));
        s.setUnreadable("a", "locked");
        QCOMPARE(s.read("a").status, SecretRead::Unreadable);
        QCOMPARE(s.read("a").error, QStringLiteral("locked"));
        s.setFailWrites("disk full");
        QVERIFY(!s.write("b", "2", &err));
        QCOMPARE(err, QStringLiteral("disk full"));
        QCOMPARE(s.read("b").status, SecretRead::Absent);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_secrets_memory.moc"
