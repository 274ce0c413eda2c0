// KeychainSecretStore against a real Secret Service: the test re-runs itself under its own
// dbus-run-session with HOME and XDG_RUNTIME_DIR in a temporary directory, starts
// gnome-keyring-daemon there unlocked with a throwaway password, and never touches the
// user's keyring. Missing binaries make the test fail, not skip.
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStoreFactory.h"
#include "secrets_testing.h"

#include <QtTest>

#include <QDBusConnection>
#include <QDBusConnectionInterface>

using namespace tvpair;

namespace {
const char kInnerMarker[] = "TVPAIR_KEYCHAIN_TEST_INNER";
}

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
    QProcess m_keyring;

private slots:
    void initTestCase()
    {
        setKeychainBackend(&KeychainSecretStore::open);  // as the app's keychain module does
        const QString daemon = QStandardPaths::findExecutable("gnome-keyring-daemon");
        QVERIFY2(!daemon.isEmpty(), "gnome-keyring-daemon not found (apt-get install gnome-keyring)");
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start(daemon, {"--foreground", "--replace", "--unlock", "--components=secrets"});
        QVERIFY2(m_keyring.waitForStarted(5000), qPrintable(m_keyring.errorString()));
        m_keyring.write("throwaway-test-password");
        m_keyring.closeWriteChannel();
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        QVERIFY2(bus, "no private session bus");
        QTRY_VERIFY_WITH_TIMEOUT(bus->isServiceRegistered("org.freedesktop.secrets").value(), 10000);
    }

    void reachableAndProbe()
    {
        QString why;
        QVERIFY2(KeychainSecretStore::secretServiceReachable(&why), qPrintable(why));
        KeychainSecretStore store(QStringLiteral("tvpair-test"));
        QVERIFY2(store.probe(&why), qPrintable(why));
        QCOMPARE(store.description(), QStringLiteral("OS keychain"));
    }

    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("tvpair-test"));
        QCOMPARE(store.read("refresh_token").status, SecretRead::Absent);
        QString err;
        QVERIFY2(store.write("refresh_token", "kc-refresh-token-9b1e44", &err), qPrintable(err));
        SecretRead r = store.read("refresh_token");
        QCOMPARE(r.status, SecretRead::Found);
        QCOMPARE(r.value, QByteArray("kc-refresh-token-9b1e44"));
        QVERIFY(store.write("refresh_token", "kc-rotated-token-00aa11", &err));
        QCOMPARE(store.read("refresh_token").value, QByteArray("kc-rotated-token-00aa11"));
        QByteArray bin;
        for (int i = 0; i < 256; ++i)
            bin.append(char(i));
        QVERIFY(store.write("payment/cleeng", bin, &err));
        QCOMPARE(store.read("payment/cleeng").value, bin);
        // Another service name is another namespace.
        QCOMPARE(KeychainSecretStore(QStringLiteral("tvpair-other")).read("refresh_token").status, SecretRead::Absent);
        QVERIFY(store.remove("refresh_token", &err));
        QCOMPARE(store.read("refresh_token").status, SecretRead::Absent);
        QVERIFY2(store.remove("refresh_token", &err), qPrintable(err));
        QVERIFY(store.remove("payment/cleeng", &err));

        // Nothing in plaintext under HOME (no insecure QSettings fallback).
        QVERIFY(store.write("refresh_token", "kc-plaintext-canary-5d2f", &err));
        for (const QString &f : secrets_testing::allFiles(QDir::homePath()))
            QVERIFY2(!secrets_testing::readAll(f).contains("kc-plaintext-canary-5d2f"), qPrintable(f));
        QVERIFY(store.remove("refresh_token", &err));
    }

    void factoryPrefersKeychain()
    {
        QString err;
        auto store = openSecretStore(StoreOptions{}, &err);
        QVERIFY2(store, qPrintable(err));
        QCOMPARE(store->description(), QStringLiteral("OS keychain"));
        // --store always means the sealed file store.
        QTemporaryDir tmp;
        StoreOptions sealed;
        sealed.dir = tmp.path() + "/store";
        sealed.machineIdPath = tmp.path() + "/machine-id";
        secrets_testing::writeRaw(sealed.machineIdPath, "0123456789abcdef0123456789abcdef\n");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("device-bound key"));
        store = openSecretStore(sealed, &err);
        QVERIFY2(store, qPrintable(err));
        QVERIFY(store->description().startsWith("sealed file store"));
    }

    void cleanupTestCase()
    {
        m_keyring.terminate();
        if (!m_keyring.waitForFinished(5000))
            m_keyring.kill();
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty(kInnerMarker)) {
        QCoreApplication app(argc, argv);
        const QString runner = QStandardPaths::findExecutable("dbus-run-session");
        if (runner.isEmpty()) {
            fprintf(stderr, "FAIL: dbus-run-session not found (apt-get install dbus dbus-x11 gnome-keyring)\n");
            return 1;
        }
        QTemporaryDir home;
        QDir(home.path()).mkpath("run");
        QFile::setPermissions(home.path() + "/run", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kInnerMarker, "1");
        env.insert("HOME", home.path());
        env.insert("XDG_RUNTIME_DIR", home.path() + "/run");
        env.insert("XDG_DATA_HOME", home.path() + "/data");
        env.insert("XDG_CONFIG_HOME", home.path() + "/config");
        env.remove("DBUS_SESSION_BUS_ADDRESS");
        QProcess inner;
        inner.setProcessEnvironment(env);
        inner.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList args{"--", QCoreApplication::applicationFilePath()};
        args += QCoreApplication::arguments().mid(1);
        inner.start(runner, args);
        if (!inner.waitForStarted(10000) || !inner.waitForFinished(100000)) {
            fprintf(stderr, "FAIL: private D-Bus session did not run: %s\n", qPrintable(inner.errorString()));
            inner.kill();
            return 1;
        }
        return inner.exitStatus() == QProcess::NormalExit ? inner.exitCode() : 1;
    }
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_secrets_keychain.moc"
