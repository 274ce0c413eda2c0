#pragma once
// Keeps what a tvpair child process printed (its JSON events on stdout, its log on stderr) for
// the suite-wide secrets scan (tests/secrets/scan-suite.py): when $TVPAIR_TEST_CAPTURE_DIR is
// set (tests/run-all.sh sets it), each run's output is written there as
// <test binary>-<test function>-<pid>-<n>.stdout / .stderr. Without it, nothing is written.
#include <QAtomicInt>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace tvpair::test {

inline void captureRunOutput(const QByteArray &out, const QByteArray &err)
{
    const QString dir = qEnvironmentVariable("TVPAIR_TEST_CAPTURE_DIR");
    if (dir.isEmpty())
        return;
    static QAtomicInt counter;
    QDir().mkpath(dir);
    QString fn = QString::fromLatin1(QTest::currentTestFunction() ? QTest::currentTestFunction() : "none");
    fn.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString stem = QStringLiteral("%1/%2-%3-%4-%5")
                             .arg(dir, QFileInfo(QCoreApplication::applicationFilePath()).fileName(), fn)
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1) + 1);
    for (const auto &[suffix, bytes] : {std::pair{".stdout", out}, std::pair{".stderr", err}}) {
        QFile f(stem + QLatin1String(suffix));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
    }
}

}  // namespace tvpair::test
