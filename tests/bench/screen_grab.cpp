// tvpair_bench_grab: captures the whole X screen every N ms for the real-display rows of
// tests/bench (display.py); not a ctest test. ImageMagick's `import -window root` costs ~0.25 s
// of CPU per 1080p capture (a process, a 16-bit PPM), too much to run ten times a second beside
// the app it measures; one process that keeps its X connection and writes 8-bit grey PGMs
// (zbarimg reads them) costs a few ms per capture.
//
//   tvpair_bench_grab DIR [--every MS]
//
// Prints "<CLOCK_MONOTONIC ns when the capture was complete> <file>" per capture on stdout and
// runs until it is terminated.
#include <QGuiApplication>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace {

qint64 monoNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

bool writePgm(const QImage &grey, const QString &path)
{
    FILE *f = fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    fprintf(f, "P5\n%d %d\n255\n", grey.width(), grey.height());
    for (int y = 0; y < grey.height(); ++y)
        fwrite(grey.constScanLine(y), 1, size_t(grey.width()), f);
    return fclose(f) == 0;
}

}  // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.value(1);
    const int at = args.indexOf(QStringLiteral("--every"));
    const int everyMs = at > 0 ? args.value(at + 1).toInt() : 100;
    if (dir.isEmpty() || everyMs <= 0) {
        fprintf(stderr, "usage: %s DIR [--every MS]\n", argv[0]);
        return 2;
    }
    int n = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        const QImage grey = QGuiApplication::primaryScreen()->grabWindow(0).toImage().convertToFormat(QImage::Format_Grayscale8);
        const QString path = QStringLiteral("%1/%2.pgm").arg(dir).arg(n++, 4, 10, QLatin1Char('0'));
        if (!writePgm(grey, path)) {
            fprintf(stderr, "cannot write %s\n", qPrintable(path));
            QCoreApplication::exit(1);
            return;
        }
        printf("%lld %s\n", monoNs(), qPrintable(path));
        fflush(stdout);
    });
    timer.start(everyMs);
    return app.exec();
}
