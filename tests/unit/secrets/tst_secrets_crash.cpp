// A process killed at any moment while replacing an entry leaves the old or the new value,
// and one killed while making the device-bound salt leaves no salt or a whole one.
#include "secrets/KeyProvider.h"
#include "secrets/SealedFileStore.h"
#include "TargetProcess.h"
#include "secrets_testing.h"

#include <QSet>
#include <QtTest>

#include <memory>
#include <random>
#include <vector>

using namespace tvpair;
using namespace tvpair::secrets_testing;

class TestSealedStoreCrash : public QObject
{
    Q_OBJECT
private slots:
    void killWhileWriting()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        QString err;
        auto store = SealedFileStore::openWithKey(dir, keyFromByte('c'), &err);
        QVERIFY2(store, qPrintable(err));
        QVERIFY(store->write("rotating", crashValue(0), &err));

        std::mt19937 rng(QRandomGenerator::global()->generate());
        std::uniform_int_distribution<int> delayUs(0, 8000);
        long long next = 1;
        int kills = 0;
        int tornCandidates = 0;  // kills where the in-flight write had not been confirmed
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < 250; ++round) {
            QProcess writer;
            tvpairStartTarget(writer, QStringLiteral(SECRETS_WRITER), {"overwrite", dir, QString::number(next)});
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            // Wait for its first confirmed write so the kill lands inside the write loop.
            QVERIFY2(writer.waitForReadyRead(10000), "writer produced no output");
            QThread::usleep(unsigned(delayUs(rng)));
            writer.kill();  // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            ++kills;
            long long lastConfirmed = -1;
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    lastConfirmed = line.toLongLong();
            QVERIFY(lastConfirmed >= next);

            const SecretRead r = store->read("rotating");
            QVERIFY2(r.status == SecretRead::Found, qPrintable(QString("round %1: %2").arg(round).arg(r.error)));
            const long long n = crashValueIndex(r.value);
            QVERIFY2(n >= 0, qPrintable(QString("round %1: value is not one that was written").arg(round)));
            // The last confirmed write, or the one after it that finished before the kill.
            QVERIFY2(n == lastConfirmed || n == lastConfirmed + 1,
                     qPrintable(QString("round %1: read %2, last confirmed %3").arg(round).arg(n).arg(lastConfirmed)));
            if (n == lastConfirmed + 1)
                ++tornCandidates;
            next = n + 1;
        }
        QVERIFY(kills >= 200);
        // Stale temporary files from the kills are removed by the next open.
        auto reopened = SealedFileStore::openWithKey(dir, keyFromByte('c'), &err);
        QVERIFY(reopened);
        QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        left.removeAll(".lock");
        QCOMPARE(left, QStringList{"rotating.sealed"});
        qInfo("%d kills in %lld ms, %lld writes, %d kills after an unconfirmed write completed", kills,
              clock.elapsed(), next, tornCandidates);
    }

    void killWhileCreatingTheSalt()
    {
        // The device-bound salt is written to a temporary file, fsynced and renamed into place:
        // a kill at any moment of its first write leaves no salt or a whole one, never a cut-off
        // one that the next start would have to replace.
        QTemporaryDir tmp;
        const QString machineId = tmp.path() + "/machine-id";
        QVERIFY(writeRaw(machineId, "0123456789abcdef0123456789abcdef\n"));
        std::mt19937 rng(QRandomGenerator::global()->generate());
        std::uniform_int_distribution<int> delayUs(0, 4000);
        int stores = 0, withoutSalt = 0;
        for (int round = 0; round < 60; ++round) {
            const QString parent = tmp.path() + "/round" + QString::number(round);
            QVERIFY(QDir().mkpath(parent));
            QProcess writer;
            tvpairStartTarget(writer, QStringLiteral(SECRETS_WRITER), {"salts", parent, machineId});
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            QVERIFY2(writer.waitForReadyRead(10000), "writer made no salt");
            QThread::usleep(unsigned(delayUs(rng)));
            writer.kill();
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            long long lastConfirmed = -1;
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    lastConfirmed = line.toLongLong();
            QVERIFY(lastConfirmed >= 0);
            const QStringList dirs = QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &d : dirs) {
                const QString salt = parent + "/" + d + "/salt";
                ++stores;
                if (!QFile::exists(salt)) {
                    QVERIFY2(d.mid(1).toLongLong() > lastConfirmed, qPrintable("confirmed salt missing: " + salt));
                    ++withoutSalt;
                    continue;
                }
                QCOMPARE(readAll(salt).size(), 32);
                QCOMPARE(modeOf(salt), 0600u);
                // The next start finds nothing to repair.
                QString err;
                auto store = SealedFileStore::open(parent + "/" + d,
                                                   defaultKeyProviders(parent + "/" + d, QString(), machineId), &err);
                QVERIFY2(store, qPrintable(err));
                QCOMPARE(store->repaired(), QString());
                QVERIFY(!QFile::exists(salt + ".corrupt-1"));
            }
        }
        qInfo("%d stores, %d killed before their salt was in place", stores, withoutSalt);
    }

    void concurrentStartsReplaceABrokenSaltOnce()
    {
        // Four processes start on a store whose salt is cut off: one replaces it, all four use
        // the new one, and nothing one of them sealed is taken for the old key's.
        QTemporaryDir tmp;
        const QString machineId = tmp.path() + "/machine-id";
        QVERIFY(writeRaw(machineId, "0123456789abcdef0123456789abcdef\n"));
        const QString dir = tmp.path() + "/store";
        QString err;
        {
            auto store = SealedFileStore::open(dir, defaultKeyProviders(dir, QString(), machineId), &err);
            QVERIFY2(store && store->write("session", "old", &err), qPrintable(err));
        }
        QVERIFY(writeRaw(dir + "/salt", readAll(dir + "/salt").left(7)));
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < 4; ++i) {
            writers.push_back(std::make_unique<QProcess>());
            tvpairStartTarget(*writers.back(), QStringLiteral(SECRETS_WRITER), {"seal", dir, machineId});
        }
        QSet<QByteArray> ids;
        for (auto &w : writers) {
            QVERIFY(w->waitForFinished(60000));
            QVERIFY2(w->exitCode() == 0, w->readAllStandardError().constData());
            ids.insert(w->readAllStandardOutput().trimmed());
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(readAll(dir + "/salt.corrupt-1").size(), 7);
        QVERIFY(!QFile::exists(dir + "/salt.corrupt-2"));
        QVERIFY(QFile::exists(dir + "/session.sealed.corrupt-1"));
        auto store = SealedFileStore::open(dir, defaultKeyProviders(dir, QString(), machineId), &err);
        QVERIFY2(store, qPrintable(err));
        QCOMPARE(DeviceBoundKeyProvider(dir, machineId).load().key.id.toHex(), *ids.begin());
        const QStringList entries = QDir(dir).entryList({"w*.sealed"}, QDir::Files);
        QCOMPARE(entries.size(), 4);
        for (const QString &f : entries) {
            const QString name = f.chopped(7);
            QCOMPARE(store->read(name).value, name.toUtf8());
        }
    }

    void concurrentRotationsAreNotLost()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/store";
        QString err;
        auto store = SealedFileStore::openWithKey(dir, keyFromByte('c'), &err);
        QVERIFY2(store, qPrintable(err));
        QProcess a, b;
        tvpairStartTarget(a, QStringLiteral(SECRETS_WRITER), {"increment", dir, "150"});
        tvpairStartTarget(b, QStringLiteral(SECRETS_WRITER), {"increment", dir, "150"});
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QCOMPARE(store->read("counter").value, QByteArray("300"));
    }
};

QTEST_GUILESS_MAIN(TestSealedStoreCrash)
#include "tst_secrets_crash.moc"
