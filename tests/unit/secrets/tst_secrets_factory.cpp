// openSecretStore(): the choice of back end and its failures (exit code 6, docs/headless-events.md).
#include "secrets/SecretStoreFactory.h"
#include "secrets_testing.h"
#ifdef TVPAIR_HAVE_KEYCHAIN
#include "secrets/KeychainSecretStore.h"
#endif

#include <QtTest>

using namespace tvpair;
using namespace tvpair::secrets_testing;

class TestSecretStoreFactory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_machineId;

    StoreOptions options() const
    {
        StoreOptions o;
        o.machineIdPath = m_machineId;
        return o;
    }

private slots:
    void initTestCase()
    {
        // No session bus at all: the keychain cannot be reachable.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tvpair-test-bus");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_tmp.path() + "/data"));
        qunsetenv("CREDENTIALS_DIRECTORY");
#ifdef TVPAIR_HAVE_KEYCHAIN
        setKeychainBackend(&KeychainSecretStore::open);  // as the app's keychain module does
#endif
        m_machineId = m_tmp.path() + "/machine-id";
        QVERIFY(writeRaw(m_machineId, "0123456789abcdef0123456789abcdef\n"));
    }

    void defaultDirectory()
    {
        QCOMPARE(defaultSealedStoreDirectory(), m_tmp.path() + "/data/tvpair");
        qputenv("XDG_DATA_HOME", "relative/path");
        QCOMPARE(defaultSealedStoreDirectory(), QDir::homePath() + "/.local/share/tvpair");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_tmp.path() + "/data"));
    }

    void keychainUnreachableFallsBackToSealed()
    {
        QString err;
#ifdef TVPAIR_HAVE_KEYCHAIN
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("OS keychain unavailable \\(.*\\); using the sealed file store in "));
#endif
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("device-bound key"));
        auto store = openSecretStore(options(), &err);
        QVERIFY2(store, qPrintable(err));
        QCOMPARE(store->description(), "sealed file store (" + m_tmp.path() + "/data/tvpair)");
        QVERIFY(store->write("rt", "factory-secret-value", &err));
        QCOMPARE(store->read("rt").value, QByteArray("factory-secret-value"));
        QVERIFY(QFile::exists(m_tmp.path() + "/data/tvpair/rt.sealed"));
        QCOMPARE(modeOf(m_tmp.path() + "/data/tvpair"), 0700u);
    }

    void explicitDirAndKeyFile()
    {
        StoreOptions o = options();
        o.dir = m_tmp.path() + "/explicit";
        o.keyFile = m_tmp.path() + "/store.key";
        QVERIFY(writeRaw(o.keyFile, QByteArray(32, '\x11').toHex() + "\n", 0600));
        QString err;
        auto store = openSecretStore(o, &err);
        QVERIFY2(store, qPrintable(err));
        QCOMPARE(store->description(), "sealed file store (" + o.dir + ")");
        QVERIFY(store->write("rt", "v1", &err));
        QVERIFY(!QFile::exists(o.dir + "/salt"));  // the key file won; no device-bound salt

        // An unsafe key file makes the store unusable rather than silently weaker.
        ::chmod(QFile::encodeName(o.keyFile).constData(), 0644);
        store = openSecretStore(o, &err);
        QVERIFY(!store);
        QVERIFY2(err.startsWith("secure store unusable: "), qPrintable(err));
        QVERIFY2(err.contains("chmod 600"), qPrintable(err));
        QVERIFY(!err.contains('\n'));
    }

    void unusableDirectory()
    {
        StoreOptions o = options();
        o.dir = m_tmp.path() + "/a-file";
        QVERIFY(writeRaw(o.dir, "x"));
        QString err;
        QVERIFY(!openSecretStore(o, &err));
        QVERIFY2(err.contains("not a directory"), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreFactory)
#include "tst_secrets_factory.moc"
