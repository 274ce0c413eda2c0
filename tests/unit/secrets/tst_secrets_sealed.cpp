#include "secrets/KeyProvider.h"
#include "secrets/SealedFileStore.h"
#include "secrets_testing.h"

#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tvpair;
using namespace tvpair::secrets_testing;

class TestSealedFileStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<SealedFileStore> openStore(const QString &dir, char keyByte = 'k')
    {
        QString err;
        auto s = SealedFileStore::openWithKey(dir, keyFromByte(keyByte), &err);
        if (!s)
            qWarning() << err;
        return s;
    }

private slots:
    void roundTrip()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        auto s = openStore(dir);
        QVERIFY(s);
        QCOMPARE(modeOf(dir), 0700u);
        QCOMPARE(s->read("refresh_token").status, SecretRead::Absent);
        QString err;
        QVERIFY2(s->write("refresh_token", "rt-0123456789", &err), qPrintable(err));
        QCOMPARE(modeOf(dir + "/refresh_token.sealed"), 0600u);
        auto r = s->read("refresh_token");
        QCOMPARE(r.status, SecretRead::Found);
        QCOMPARE(r.value, QByteArray("rt-0123456789"));
        QVERIFY(s->write("refresh_token", "rt-rotated", &err));
        QCOMPARE(s->read("refresh_token").value, QByteArray("rt-rotated"));

        // Binary, empty and maximum-size values; names with odd characters.
        QByteArray bin;
        for (int i = 0; i < 256; ++i)
            bin.append(char(i));
        QVERIFY(s->write("payment/cleeng token", bin, &err));
        QCOMPARE(s->read("payment/cleeng token").value, bin);
        QVERIFY(QFile::exists(dir + "/payment%2Fcleeng%20token.sealed"));
        QVERIFY(s->write(".hidden", "x", &err));
        QVERIFY(QFile::exists(dir + "/%2Ehidden.sealed"));
        QVERIFY(s->write("empty", QByteArray(), &err));
        QCOMPARE(s->read("empty").status, SecretRead::Found);
        QVERIFY(s->read("empty").value.isEmpty());
        QVERIFY(s->write("big", QByteArray(64 * 1024, 'b'), &err));
        QCOMPARE(s->read("big").value.size(), 64 * 1024);
        QVERIFY(!s->write("big", QByteArray(64 * 1024 + 1, 'b'), &err));
        QVERIFY(err.contains("too large"));
        QCOMPARE(s->read("big").value.size(), 64 * 1024);
        QVERIFY(!s->write(QString(), "x", &err));
        QVERIFY(!s->write(QString(300, 'n'), "x", &err));

        // A second store object (another process) sees the same data.
        auto s2 = openStore(dir);
        QCOMPARE(s2->read("refresh_token").value, QByteArray("rt-rotated"));

        QVERIFY(s->remove("refresh_token", &err));
        QCOMPARE(s->read("refresh_token").status, SecretRead::Absent);
        QVERIFY(s->remove("refresh_token", &err));
        QVERIFY(s->description().contains(dir));
    }

    void updateIsReadModifyWrite()
    {
        QTemporaryDir tmp;
        auto s = openStore(tmp.path() + "/store");
        QString err;
        QVERIFY(s->update("counter", [](const SecretRead &r) -> std::optional<QByteArray> {
            return QByteArray::number(r.status == SecretRead::Found ? r.value.toInt() + 1 : 1);
        }, &err));
        QVERIFY(s->update("counter", [](const SecretRead &r) -> std::optional<QByteArray> {
            return QByteArray::number(r.value.toInt() + 1);
        }, &err));
        QCOMPARE(s->read("counter").value, QByteArray("2"));
    }

    void directoryModes()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        QVERIFY(QDir().mkpath(dir));
        ::chmod(QFile::encodeName(dir).constData(), 0755);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("mode 755; repairing it to 0700"));
        auto s = openStore(dir);
        QVERIFY(s);
        QCOMPARE(modeOf(dir), 0700u);
        QString err;
        QVERIFY(s->write("a", "value-a", &err));
        ::chmod(QFile::encodeName(dir + "/a.sealed").constData(), 0644);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("repairing it to 0600"));
        QCOMPARE(s->read("a").status, SecretRead::Found);
        QCOMPARE(modeOf(dir + "/a.sealed"), 0600u);

        // A file where the directory should be.
        writeRaw(tmp.path() + "/file", "x");
        QVERIFY(!SealedFileStore::openWithKey(tmp.path() + "/file", keyFromByte('k'), &err));
        QVERIFY2(err.contains("not a directory"), qPrintable(err));
        // A directory of another user is refused.
        const QString foreign = tmp.path() + "/foreign";
        QVERIFY(QDir().mkpath(foreign));
        ::chmod(QFile::encodeName(foreign).constData(), 0700);
        if (::chown(QFile::encodeName(foreign).constData(), 12345, 12345) == 0) {
            QVERIFY(!SealedFileStore::openWithKey(foreign, keyFromByte('k'), &err));
            QVERIFY2(err.contains("belongs to uid 12345"), qPrintable(err));
        }
    }

    void noPlaintextOnDisk()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        QString err;
        auto s = SealedFileStore::open(dir, defaultKeyProviders(dir, QString(), machineId(tmp)), &err);
        QVERIFY2(s, qPrintable(err));
        const QByteArray secret = "super-secret-refresh-token-7f3a9c";
        QVERIFY(s->write("refresh_token", secret, &err));
        QVERIFY(s->write("refresh_token", secret + "-v2", &err));
        QVERIFY(s->write("other", secret, &err));
        const QStringList files = allFiles(tmp.path());
        QVERIFY(files.size() >= 4);  // machine-id, salt, .lock, sealed files
        for (const QString &f : files) {
            if (f.endsWith("machine-id"))
                continue;
            const QByteArray data = readAll(f);
            QVERIFY2(!data.contains(secret), qPrintable(f));
            QVERIFY2(!data.contains(secret.toHex()), qPrintable(f));
            QVERIFY2(!data.contains(secret.toBase64()), qPrintable(f));
            QVERIFY2(!data.contains(QByteArray("super-secret")), qPrintable(f));
        }
        // Entries are not linkable by eye either: the same value sealed twice differs.
        QVERIFY(readAll(dir + "/refresh_token.sealed") != readAll(dir + "/other.sealed"));
    }

    void flipEveryByte()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        auto s = openStore(dir);
        QString err;
        QVERIFY(s->write("refresh_token", "rt-abcdefghijklmnop", &err));
        const QString path = dir + "/refresh_token.sealed";
        const QByteArray original = readAll(path);
        QCOMPARE(original.size(), 25 + 19 + 16);
        for (int i = 0; i < original.size(); ++i) {
            for (char mask : {char(0x01), char(0x80)}) {
                QByteArray bad = original;
                bad[i] = char(bad[i] ^ mask);
                QVERIFY(writeRaw(path, bad));
                const SecretRead r = s->read("refresh_token");
                QVERIFY2(r.status == SecretRead::Unreadable, qPrintable(QString("byte %1 mask %2").arg(i).arg(int(quint8(mask)))));
                QVERIFY(r.value.isEmpty());
                QVERIFY(r.error.startsWith(path + ": "));
                QVERIFY(!r.error.contains('\n'));
                QVERIFY(!r.error.contains("rt-abc"));
            }
        }
        QVERIFY(writeRaw(path, original));
        QCOMPARE(s->read("refresh_token").value, QByteArray("rt-abcdefghijklmnop"));
    }

    void truncated()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        auto s = openStore(dir);
        QString err;
        QVERIFY(s->write("rt", "0123456789abcdef", &err));
        const QString path = dir + "/rt.sealed";
        const QByteArray original = readAll(path);
        for (int n = 0; n < original.size(); ++n) {
            QVERIFY(writeRaw(path, original.left(n)));
            const SecretRead r = s->read("rt");
            QVERIFY2(r.status == SecretRead::Unreadable, qPrintable(QString::number(n)));
        }
        QVERIFY(writeRaw(path, original.left(3)));
        QVERIFY(s->read("rt").error.contains("truncated"));
        QVERIFY(writeRaw(path, QByteArray()));
        QVERIFY(s->read("rt").error.contains("empty file"));
        // Extra bytes appended are caught by the tag too.
        QVERIFY(writeRaw(path, original + "x"));
        QCOMPARE(s->read("rt").status, SecretRead::Unreadable);
        QVERIFY(writeRaw(path, original));
        QCOMPARE(s->read("rt").status, SecretRead::Found);
    }

    void wrongKeyVersionForeignRenamed()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        QString err;
        QVERIFY(openStore(dir, 'a')->write("rt", "value-one", &err));
        const QString path = dir + "/rt.sealed";
        const QByteArray original = readAll(path);

        auto other = openStore(dir, 'b');
        SecretRead r = other->read("rt");
        QCOMPARE(r.status, SecretRead::Unreadable);
        QVERIFY2(r.error.contains("sealed with another key"), qPrintable(r.error));
        QVERIFY(QFile::exists(path));  // left in place

        // Same key id but a different key (cannot happen by accident): still only Unreadable.
        StoreKey forged = keyFromByte('b');
        forged.id = keyFromByte('a').id;
        auto forgedStore = SealedFileStore::openWithKey(dir, forged, &err);
        QCOMPARE(forgedStore->read("rt").status, SecretRead::Unreadable);
        QVERIFY(forgedStore->read("rt").error.contains("authentication failed"));

        QByteArray v2 = original;
        v2[4] = 2;
        QVERIFY(writeRaw(path, v2));
        r = openStore(dir, 'a')->read("rt");
        QCOMPARE(r.status, SecretRead::Unreadable);
        QVERIFY2(r.error.contains("unsupported format version 2"), qPrintable(r.error));

        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0');
        QVERIFY(writeRaw(path, png));
        r = openStore(dir, 'a')->read("rt");
        QCOMPARE(r.status, SecretRead::Unreadable);
        QVERIFY2(r.error.contains("not a tvpair sealed file"), qPrintable(r.error));
        QVERIFY(writeRaw(path, QByteArray(1 << 20, 'z')));
        QVERIFY(openStore(dir, 'a')->read("rt").error.contains("too large"));

        // A file renamed to another entry does not open (the name is authenticated).
        QVERIFY(writeRaw(path, original));
        QVERIFY(writeRaw(dir + "/other.sealed", original));
        QCOMPARE(openStore(dir, 'a')->read("other").status, SecretRead::Unreadable);
        QCOMPARE(openStore(dir, 'a')->read("rt").value, QByteArray("value-one"));

        // A directory or a symlink in place of the file.
        QVERIFY(QDir().mkpath(dir + "/adir.sealed"));
        QCOMPARE(openStore(dir, 'a')->read("adir").status, SecretRead::Unreadable);
        QVERIFY(QFile::link(path, dir + "/link.sealed"));
        QCOMPARE(openStore(dir, 'a')->read("link").status, SecretRead::Unreadable);
    }

    void unreadableIsKeptAsideNotDeleted()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        QString err;
        QVERIFY(openStore(dir, 'a')->write("rt", "value-one", &err));
        const QByteArray original = readAll(dir + "/rt.sealed");
        auto b = openStore(dir, 'b');
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("replacing unreadable entry.*rt.sealed.corrupt-1"));
        QVERIFY(b->write("rt", "value-two", &err));
        QCOMPARE(b->read("rt").value, QByteArray("value-two"));
        QCOMPARE(readAll(dir + "/rt.sealed.corrupt-1"), original);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("removing unreadable entry.*rt.sealed.corrupt-2"));
        QVERIFY(openStore(dir, 'c')->remove("rt", &err));
        QCOMPARE(b->read("rt").status, SecretRead::Absent);
        QCOMPARE(readAll(dir + "/rt.sealed.corrupt-1"), original);
        QVERIFY(QFile::exists(dir + "/rt.sealed.corrupt-2"));
    }

    void staleTemporariesAreCleaned()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        QVERIFY(openStore(dir));
        QVERIFY(writeRaw(dir + "/.rt.sealed.tmp-abc123", "partial"));
        QVERIFY(openStore(dir));
        QVERIFY(!QFile::exists(dir + "/.rt.sealed.tmp-abc123"));
    }

    // ---- key providers ----

    void keyMaterialFormats()
    {
        QString err;
        QCOMPARE(parseKeyMaterial(QByteArray(32, '\x01'), &err).value(), QByteArray(32, '\x01'));
        const QByteArray hex = QByteArray(32, '\xab').toHex();
        QCOMPARE(parseKeyMaterial(hex + "\n", &err).value(), QByteArray(32, '\xab'));
        QCOMPARE(parseKeyMaterial(hex.toUpper(), &err).value(), QByteArray(32, '\xab'));
        QVERIFY(!parseKeyMaterial(QByteArray(31, 'a'), &err));
        QVERIFY(err.contains("32 raw bytes or 64 hex"));
        QVERIFY(!parseKeyMaterial(QByteArray(63, 'a') + "g", &err));
        QVERIFY(!parseKeyMaterial(QByteArray(), &err));
        QCOMPARE(storeKeyId(QByteArray(32, 'x')).size(), 8);
    }

    void systemdCredential()
    {
        QTemporaryDir tmp;
        const QByteArray key(32, '\x42');
        QVERIFY(writeRaw(tmp.path() + "/tvpair-store-key", key.toHex(), 0400));
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(tmp.path()));
        SystemdCredentialKeyProvider p;
        KeyResult r = p.load();
        QCOMPARE(r.status, KeyResult::Ok);
        QCOMPARE(r.key.key, key);
        QCOMPARE(r.key.id, storeKeyId(key));
        // It comes first in the default chain.
        QString err;
        auto chosen = chooseKey(defaultKeyProviders(tmp.path() + "/store", QString(), machineId(tmp)), &err);
        QVERIFY(chosen);
        QCOMPARE(chosen->provider, QStringLiteral("systemd credential"));
        QVERIFY(writeRaw(tmp.path() + "/tvpair-store-key", "short", 0400));
        QCOMPARE(p.load().status, KeyResult::Failed);
        QFile::remove(tmp.path() + "/tvpair-store-key");
        QCOMPARE(p.load().status, KeyResult::NotAvailable);
        qunsetenv("CREDENTIALS_DIRECTORY");
        QCOMPARE(p.load().status, KeyResult::NotAvailable);
    }

    void keyFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + "/store.key";
        QVERIFY(writeRaw(path, QByteArray(32, '\x07'), 0600));
        KeyFileProvider p(path);
        QCOMPARE(p.load().status, KeyResult::Ok);
        QCOMPARE(p.load().key.key, QByteArray(32, '\x07'));
        for (int mode : {0640, 0604, 0620, 0660, 0644}) {
            ::chmod(QFile::encodeName(path).constData(), mode);
            KeyResult r = p.load();
            QCOMPARE(r.status, KeyResult::Failed);
            QVERIFY2(r.error.contains("chmod 600"), qPrintable(r.error));
        }
        ::chmod(QFile::encodeName(path).constData(), 0400);
        QCOMPARE(p.load().status, KeyResult::Ok);
        // A configured but missing key file fails the chain rather than falling back.
        QString err;
        auto chosen = chooseKey(defaultKeyProviders(tmp.path() + "/store", tmp.path() + "/missing.key", machineId(tmp)), &err);
        QVERIFY(!chosen);
        QVERIFY2(err.contains("missing.key"), qPrintable(err));
        chosen = chooseKey(defaultKeyProviders(tmp.path() + "/store", path, machineId(tmp)), &err);
        QVERIFY(chosen);
        QVERIFY(chosen->provider.startsWith("key file"));
    }

    void deviceBound()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        QString err;
        const QString mid = machineId(tmp);
        QCOMPARE(::mkdir(QFile::encodeName(dir).constData(), 0700), 0);
        DeviceBoundKeyProvider p(dir, mid);
        KeyResult r1 = p.load();
        QCOMPARE(r1.status, KeyResult::Ok);
        QCOMPARE(r1.key.key.size(), 32);
        QCOMPARE(modeOf(dir + "/salt"), 0600u);
        QCOMPARE(readAll(dir + "/salt").size(), 32);
        // Same machine id and salt: same key; another salt or machine id: another key.
        QCOMPARE(DeviceBoundKeyProvider(dir, mid).load().key.key, r1.key.key);
        QVERIFY(writeRaw(tmp.path() + "/mid2", "0123456789abcdef0123456789abcdee\n"));
        QVERIFY(DeviceBoundKeyProvider(dir, tmp.path() + "/mid2").load().key.key != r1.key.key);
        const QString dir2 = tmp.path() + "/store2";
        QCOMPARE(::mkdir(QFile::encodeName(dir2).constData(), 0700), 0);
        QVERIFY(DeviceBoundKeyProvider(dir2, mid).load().key.key != r1.key.key);
        // No machine id: not available. A cut-off salt is the provider's own to replace: kept
        // aside, never deleted, and a new one made (tst_secrets_key_recovery has the details).
        QCOMPARE(DeviceBoundKeyProvider(dir, tmp.path() + "/nope").load().status, KeyResult::NotAvailable);
        QVERIFY(writeRaw(dir2 + "/salt", "short"));
        const KeyResult replaced = DeviceBoundKeyProvider(dir2, mid).load();
        QCOMPARE(replaced.status, KeyResult::Ok);
        QVERIFY2(replaced.key.replacedMaterial.contains("salt.corrupt-1"), qPrintable(replaced.key.replacedMaterial));
        QCOMPARE(readAll(dir2 + "/salt.corrupt-1"), QByteArray("short"));
        QCOMPARE(readAll(dir2 + "/salt").size(), 32);
        QVERIFY(writeRaw(dir2 + "/salt", "short"));  // broken again, for the deferred provider below

        // Through the store: values survive reopening.
        auto s = SealedFileStore::open(dir, defaultKeyProviders(dir, QString(), mid), &err);
        QVERIFY2(s, qPrintable(err));
        QVERIFY(s->key().provider.startsWith("device-bound"));
        QVERIFY(s->write("rt", "v", &err));
        s = SealedFileStore::open(dir, defaultKeyProviders(dir, QString(), mid), &err);
        QCOMPARE(s->read("rt").value, QByteArray("v"));

        // The store's default chain makes the device-bound key on first use: opening a new
        // store and reading from it leave no salt behind; the first write creates it, and a
        // store opened before that write still reads what was written after it.
        const QString dir3 = tmp.path() + "/store3";
        auto fresh = SealedFileStore::open(dir3, defaultKeyProviders(dir3, QString(), mid), &err);
        QVERIFY2(fresh, qPrintable(err));
        QVERIFY(fresh->key().provider.startsWith("device-bound"));
        auto second = SealedFileStore::open(dir3, defaultKeyProviders(dir3, QString(), mid), &err);
        QVERIFY2(second, qPrintable(err));
        QCOMPARE(fresh->read("rt").status, SecretRead::Absent);
        QVERIFY(!QFile::exists(dir3 + "/salt"));
        QVERIFY2(fresh->write("rt", "w", &err), qPrintable(err));
        QCOMPARE(modeOf(dir3 + "/salt"), 0600u);
        QCOMPARE(readAll(dir3 + "/salt").size(), 32);
        QCOMPARE(second->read("rt").value, QByteArray("w"));
        QCOMPARE(DeviceBoundKeyProvider(dir3, mid).load().key.key, fresh->key().key);
        // The deferred provider replaces a broken salt at open, not at first use, so the store
        // can say so before anything is read.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("salt file .* was unreadable"));
        auto repaired = SealedFileStore::open(dir2, defaultKeyProviders(dir2, QString(), mid), &err);
        QVERIFY2(repaired, qPrintable(err));
        QVERIFY2(repaired->repaired().contains("5 bytes, expected 32"), qPrintable(repaired->repaired()));
        QCOMPARE(readAll(dir2 + "/salt.corrupt-2"), QByteArray("short"));
        QCOMPARE(readAll(dir2 + "/salt").size(), 32);

        // Nothing configured at all.
        KeyProviderChain none;
        none.push_back(std::make_unique<DeviceBoundKeyProvider>(dir, tmp.path() + "/nope"));
        QVERIFY(!SealedFileStore::open(dir, none, &err));
        QVERIFY2(err.contains("no store key available"), qPrintable(err));
    }

private:
    static QString machineId(const QTemporaryDir &tmp)
    {
        const QString path = tmp.path() + "/machine-id";
        if (!QFile::exists(path))
            writeRaw(path, "0123456789abcdef0123456789abcdef\n", 0444);
        return path;
    }
};

QTEST_GUILESS_MAIN(TestSealedFileStore)
#include "tst_secrets_sealed.moc"
