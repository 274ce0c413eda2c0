// A write that fails for lack of space returns false with the reason and leaves the old value.
// Needs root: it mounts a 64 KiB tmpfs. Without it the test fails (it does not skip).
#include "secrets/SealedFileStore.h"
#include "secrets_testing.h"

#include <QtTest>

using namespace tvpair;
using namespace tvpair::secrets_testing;

class TestSealedStoreFullDisk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_mount;
    bool m_mounted = false;

    static bool run(const QString &program, const QStringList &args, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(10000)) {
            *output = p.errorString();
            return false;
        }
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_mount = m_tmp.path() + "/tiny";
        QVERIFY(QDir().mkpath(m_mount));
        QString out;
        const bool ok = run("mount", {"-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", m_mount}, &out);
        QVERIFY2(ok, qPrintable("cannot mount a 64k tmpfs to simulate a full disk (this test needs root and "
                                "mount permission; it does not skip): " + out));
        m_mounted = true;
    }

    void writeFailsOldValueStays()
    {
        const QString dir = m_mount + "/store";
        QString err;
        auto store = SealedFileStore::openWithKey(dir, keyFromByte('f'), &err);
        QVERIFY2(store, qPrintable(err));
        QVERIFY2(store->write("rt", "old-value", &err), qPrintable(err));
        QVERIFY(store->write("other", "other-value", &err));

        // Fill the file system.
        QFile filler(m_mount + "/filler");
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray chunk(1024, 'F');
        while (filler.write(chunk) == chunk.size() && filler.flush()) {
        }
        filler.close();

        for (const QByteArray &value : {QByteArray("new-value"), QByteArray(16 * 1024, 'N')}) {
            err.clear();
            QVERIFY(!store->write("rt", value, &err));
            QVERIFY2(err.contains("No space left on device"), qPrintable(err));
            QVERIFY(!err.contains('\n'));
            QCOMPARE(store->read("rt").value, QByteArray("old-value"));
        }
        // A new entry fails cleanly too, and no temporary file is left behind.
        QVERIFY(!store->write("fresh", "x", &err));
        QCOMPARE(store->read("fresh").status, SecretRead::Absent);
        QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        files.sort();
        QCOMPARE(files, (QStringList{".lock", "other.sealed", "rt.sealed"}));
        // Sign-out still works on a full disk.
        QVERIFY2(store->remove("other", &err), qPrintable(err));
        QCOMPARE(store->read("other").status, SecretRead::Absent);

        QVERIFY(QFile::remove(m_mount + "/filler"));
        QVERIFY2(store->write("rt", "new-value", &err), qPrintable(err));
        QCOMPARE(store->read("rt").value, QByteArray("new-value"));
    }

    void cleanupTestCase()
    {
        if (m_mounted) {
            QString out;
            if (!run("umount", {m_mount}, &out))
                run("umount", {"-l", m_mount}, &out);
        }
    }
};

QTEST_GUILESS_MAIN(TestSealedStoreFullDisk)
#include "tst_secrets_fulldisk.moc"
