// S2: a process killed at any moment while replacing an entry leaves the old or the new value.
#include "secrets/SealedFileStore.h"
#include "TargetProcess.h"
#include "secrets_testing.h"

#include <QtTest>

#include <random>

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
