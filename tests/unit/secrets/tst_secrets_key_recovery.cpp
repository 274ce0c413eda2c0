// Unreadable key material. The device-bound salt is the store's own: an empty, cut-off or
// garbage one is kept aside (never deleted), a new one is made, the entries sealed with the old
// key are kept aside too, and the viewer signs in again. A configured key (key file, systemd
// credential) that is missing or broken is not the store's to replace: it stops the store with
// one line that names the file and says what to do, and nothing on disk changes.
#include "secrets/SealedFileStore.h"
#include "secrets/SecretStoreFactory.h"
#include "secrets_testing.h"

#include <QtTest>

using namespace tvpair;
using namespace tvpair::secrets_testing;

class TestKeyRecovery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_machineId;
    int m_dirs = 0;

    QString newStoreDir()
    {
        const QString dir = m_tmp.path() + "/store" + QString::number(++m_dirs);
        return ::mkdir(QFile::encodeName(dir).constData(), 0700) == 0 ? dir : QString();
    }
    std::unique_ptr<SealedFileStore> openDefault(const QString &dir, QString *err, const QString &keyFile = QString())
    {
        return SealedFileStore::open(dir, defaultKeyProviders(dir, keyFile, m_machineId), err);
    }
    // A store with two entries sealed with the device-bound key; returns its salt.
    QByteArray storeWithEntries(const QString &dir)
    {
        QString err;
        auto s = openDefault(dir, &err);
        if (!s || !s->write("session", "refresh-token-value", &err) || !s->write("other", "x", &err))
            qFatal("cannot fill %s: %s", qPrintable(dir), qPrintable(err));
        return readAll(dir + "/salt");
    }
    static QStringList names(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        qunsetenv("CREDENTIALS_DIRECTORY");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tvpair-test-bus");
        m_machineId = m_tmp.path() + "/machine-id";
        QVERIFY(writeRaw(m_machineId, "0123456789abcdef0123456789abcdef\n"));
    }

    void unreadableSaltIsReplaced_data()
    {
        QTest::addColumn<int>("keep");            // bytes of the good salt left in the file, or -1
        QTest::addColumn<QByteArray>("garbage");  // the file's content when keep is -1
        QTest::addColumn<QString>("why");         // the reason the log line gives
        QTest::newRow("empty (power cut during the first write)") << 0 << QByteArray() << "0 bytes, expected 32";
        QTest::newRow("cut off") << 11 << QByteArray() << "11 bytes, expected 32";
        QTest::newRow("one byte short") << 31 << QByteArray() << "31 bytes, expected 32";
        QTest::newRow("garbage") << -1 << QByteArray("not a salt at all\n").repeated(5) << "90 bytes, expected 32";
        QTest::newRow("garbage, too large") << -1 << QByteArray(5000, '\xff') << "too large (5000 bytes, limit 1024)";
    }
    void unreadableSaltIsReplaced()
    {
        QFETCH(int, keep);
        QFETCH(QByteArray, garbage);
        QFETCH(QString, why);
        const QString dir = newStoreDir();
        const QByteArray goodSalt = storeWithEntries(dir);
        QCOMPARE(goodSalt.size(), 32);
        const QByteArray sealed = readAll(dir + "/session.sealed");
        const QByteArray broken = keep >= 0 ? goodSalt.left(keep) : garbage;
        QVERIFY(writeRaw(dir + "/salt", broken));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(
            "salt file .*/salt was unreadable \\(" + QRegularExpression::escape(why)
            + "\\); kept it as .*/salt.corrupt-1 and made a new one; entries sealed with the old key kept aside as "
              "other.sealed.corrupt-1, session.sealed.corrupt-1"));
        QString err;
        auto s = openDefault(dir, &err);
        QVERIFY2(s, qPrintable(err));
        QVERIFY(s->repaired().contains("session.sealed.corrupt-1"));
        // The bad salt is kept byte for byte; a new random one is in place.
        QCOMPARE(readAll(dir + "/salt.corrupt-1"), broken);
        const QByteArray newSalt = readAll(dir + "/salt");
        QCOMPARE(newSalt.size(), 32);
        QVERIFY(newSalt != goodSalt);
        QCOMPARE(modeOf(dir + "/salt"), 0600u);
        // What the old key sealed cannot open with the new one: kept aside, the session is gone
        // (a fresh sign-in), and the next write does not have to move anything.
        QCOMPARE(s->read("session").status, SecretRead::Absent);
        QCOMPARE(readAll(dir + "/session.sealed.corrupt-1"), sealed);
        QVERIFY(QFile::exists(dir + "/other.sealed.corrupt-1"));
        QVERIFY2(s->write("session", "after-the-new-sign-in", &err), qPrintable(err));
        QCOMPARE(names(dir), QStringList({".lock", ".salt.lock", "other.sealed.corrupt-1", "salt", "salt.corrupt-1",
                                          "session.sealed", "session.sealed.corrupt-1"}));
        // The next start has nothing to repair and reads what the new key sealed.
        auto again = openDefault(dir, &err);
        QVERIFY2(again, qPrintable(err));
        QCOMPARE(again->repaired(), QString());
        QCOMPARE(again->read("session").value, QByteArray("after-the-new-sign-in"));
        // Nothing was lost: with the old salt back, the kept entry opens again.
        const QString restored = newStoreDir();
        QVERIFY(writeRaw(restored + "/salt", goodSalt));
        QVERIFY(QFile::copy(dir + "/session.sealed.corrupt-1", restored + "/session.sealed"));
        auto old = openDefault(restored, &err);
        QVERIFY2(old, qPrintable(err));
        QCOMPARE(old->read("session").value, QByteArray("refresh-token-value"));
    }

    void saltThatIsNotAFile()
    {
        QString err;
        // A directory where the salt should be.
        const QString dir = newStoreDir();
        storeWithEntries(dir);
        QVERIFY(QFile::remove(dir + "/salt"));
        QVERIFY(QDir().mkdir(dir + "/salt"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("salt file .* was unreadable \\(not a regular file\\)"));
        auto s = openDefault(dir, &err);
        QVERIFY2(s, qPrintable(err));
        QVERIFY(QFileInfo(dir + "/salt.corrupt-1").isDir());
        QCOMPARE(readAll(dir + "/salt").size(), 32);
        // A symlink: the link itself is moved aside; what it points to is not touched.
        const QString dir2 = newStoreDir();
        storeWithEntries(dir2);
        const QString target = m_tmp.path() + "/not-the-salt";
        QVERIFY(writeRaw(target, "someone else's file"));
        QVERIFY(QFile::remove(dir2 + "/salt"));
        QVERIFY(QFile::link(target, dir2 + "/salt"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("salt file .* was unreadable \\(cannot open: "));
        s = openDefault(dir2, &err);
        QVERIFY2(s, qPrintable(err));
        QCOMPARE(QFileInfo(dir2 + "/salt.corrupt-1").symLinkTarget(), target);
        QCOMPARE(readAll(target), QByteArray("someone else's file"));
        QCOMPARE(readAll(dir2 + "/salt").size(), 32);
    }

    void wrongSaltOfTheRightSize()
    {
        // 32 bytes of garbage look like a salt: the key is simply another one. The entries do
        // not open (the store's unreadable-entry rule: a fresh sign-in, kept aside on the next write).
        const QString dir = newStoreDir();
        storeWithEntries(dir);
        const QByteArray sealed = readAll(dir + "/session.sealed");
        QVERIFY(writeRaw(dir + "/salt", QByteArray(32, '\x5a')));
        QString err;
        auto s = openDefault(dir, &err);
        QVERIFY2(s, qPrintable(err));
        QCOMPARE(s->repaired(), QString());
        const SecretRead r = s->read("session");
        QCOMPARE(r.status, SecretRead::Unreadable);
        QVERIFY2(r.error.contains("another key"), qPrintable(r.error));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("replacing unreadable entry.*session.sealed.corrupt-1"));
        QVERIFY(s->write("session", "new", &err));
        QCOMPARE(readAll(dir + "/session.sealed.corrupt-1"), sealed);
    }

    void throughTheFactory()
    {
        // openSecretStore() says what it repaired, for the headless error event.
        StoreOptions o;
        o.dir = newStoreDir();
        o.machineIdPath = m_machineId;
        storeWithEntries(o.dir);
        QVERIFY(writeRaw(o.dir + "/salt", QByteArray()));
        QString err, repaired = "stale";
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("salt file .* was unreadable"));
        auto s = openSecretStore(o, &err, &repaired);
        QVERIFY2(s, qPrintable(err));
        QVERIFY2(repaired.contains("salt.corrupt-1") && repaired.contains("session.sealed.corrupt-1"), qPrintable(repaired));
        QVERIFY(!repaired.contains('\n'));
        s = openSecretStore(o, &err, &repaired);
        QVERIFY(s);
        QCOMPARE(repaired, QString());
    }

    void configuredKeyFileMissingOrBroken_data()
    {
        QTest::addColumn<QByteArray>("content");  // empty: no file at all
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << QByteArray() << "the file is missing";
        QTest::newRow("cut off") << QByteArray(40, 'a') << "the file is damaged (expected 32 raw bytes or 64 hex characters, got 40 bytes)";
        QTest::newRow("garbage") << QByteArray("this is not a key\n") << "the file is damaged (expected 32 raw bytes";
    }
    void configuredKeyFileMissingOrBroken()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        // A store sealed with the key file; then the key file goes missing or bad.
        StoreOptions o;
        o.dir = newStoreDir();
        o.machineIdPath = m_machineId;
        o.keyFile = m_tmp.path() + "/store.key." + QString::number(m_dirs);
        QVERIFY(writeRaw(o.keyFile, QByteArray(32, '\x11').toHex(), 0600));
        QString err;
        auto s = openSecretStore(o, &err);
        QVERIFY2(s, qPrintable(err));
        QVERIFY(s->write("session", "v", &err));
        s.reset();
        const QStringList before = names(o.dir);
        QVERIFY(QFile::remove(o.keyFile));
        if (!content.isEmpty())
            QVERIFY(writeRaw(o.keyFile, content, 0600));

        QString repaired;
        QVERIFY(!openSecretStore(o, &err, &repaired));
        QVERIFY(!err.contains('\n'));
        QVERIFY2(err.contains("key file " + o.keyFile + ": " + problem), qPrintable(err));
        QVERIFY2(err.endsWith("; restore the key file the store was sealed with, or write a new key there "
                              "(32 random bytes, mode 0600) and sign in again"), qPrintable(err));
        // Not the store's key to replace: no weaker key instead, nothing moved or made.
        QCOMPARE(repaired, QString());
        QCOMPARE(names(o.dir), before);
        QVERIFY(!QFile::exists(o.dir + "/salt"));
        if (!content.isEmpty())
            QCOMPARE(readAll(o.keyFile), content);
    }

    void configuredCredentialBroken()
    {
        QTemporaryDir creds;
        const QString path = creds.path() + "/tvpair-store-key";
        QVERIFY(writeRaw(path, "0123", 0400));
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(creds.path()));
        StoreOptions o;
        o.dir = newStoreDir();
        o.machineIdPath = m_machineId;
        QString err;
        const bool opened = bool(openSecretStore(o, &err));
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY(!opened);
        QVERIFY2(err.contains("systemd credential: " + path + " is damaged (expected 32 raw bytes or 64 hex characters, got 4 bytes)"),
                 qPrintable(err));
        QVERIFY2(err.contains("systemd-creds encrypt --name=tvpair-store-key"), qPrintable(err));
        QVERIFY(!QFile::exists(o.dir + "/salt"));
        QCOMPARE(readAll(path), QByteArray("0123"));
    }

    void brokenMachineIdStillStops()
    {
        // The machine id is the system's, not the store's: not replaced, the message says how.
        const QString mid = m_tmp.path() + "/empty-machine-id";
        QVERIFY(writeRaw(mid, "\n"));
        const QString dir = newStoreDir();
        QString err;
        QVERIFY(!SealedFileStore::open(dir, defaultKeyProviders(dir, QString(), mid), &err));
        QVERIFY2(err.contains("machine id " + mid + " is empty or too short; run systemd-machine-id-setup"), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestKeyRecovery)
#include "tst_secrets_key_recovery.moc"
