// The operator's branding as checked at UI start (BrandCheck): WCAG contrast figures, colour
// pairs that fail 4.5:1 refused with one log line naming the pair, and logos that are missing,
// too big in bytes or pixels, or not images refused with one line each; good ones kept. Real
// files in a temporary directory, the real log category.
#include "BrandCheck.h"
#include "net/Log.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList g_lines;
void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type >= QtWarningMsg)
        g_lines << message;
}

tvpair::BrandingConfig colours(const QString &accent, const QString &background)
{
    tvpair::BrandingConfig c;
    c.accentColor = accent;
    c.backgroundColor = background;
    return c;
}
}  // namespace

class TestBrandCheck : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QtMessageHandler m_previous = nullptr;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return f.fileName();
    }
    QString png(const QString &name, QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor("#ffb020"));
        const QString path = m_dir.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

private slots:
    void init()
    {
        g_lines.clear();
        m_previous = qInstallMessageHandler(collect);
    }
    void cleanup() { qInstallMessageHandler(m_previous); }

    // WCAG 2.x figures: black on white 21:1, equal colours 1:1, #767676 on white just above 4.5.
    void contrastRatio()
    {
        QCOMPARE(qRound(BrandCheck::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(BrandCheck::contrastRatio(QColor("#336699"), QColor("#336699")), 1.0);
        QVERIFY(BrandCheck::contrastRatio(QColor("#767676"), Qt::white) >= 4.5);
        QVERIFY(BrandCheck::contrastRatio(QColor("#777777"), Qt::white) < 4.5);
        // Symmetric.
        QCOMPARE(BrandCheck::contrastRatio(Qt::white, QColor("#0a0e16")),
                 BrandCheck::contrastRatio(QColor("#0a0e16"), Qt::white));
    }

    void goodColoursKept()
    {
        const BrandCheck::Brand brand = BrandCheck::check(colours("#ffb020", "#101820"));
        QCOMPARE(brand.accent, QColor("#ffb020"));
        QCOMPARE(brand.background, QColor("#101820"));
        QVERIFY(brand.backgroundTop.isValid() && brand.backgroundTop != brand.background);
        QVERIFY2(g_lines.isEmpty(), qPrintable(g_lines.join('\n')));
        // Only one of the two: the other stays built-in.
        QVERIFY(!BrandCheck::check(colours("#ffb020", QString())).background.isValid());
        QVERIFY(!BrandCheck::check(colours(QString(), "#101820")).accent.isValid());
        QVERIFY(g_lines.isEmpty());
    }

    void badPairsRefused_data()
    {
        QTest::addColumn<QString>("accent");
        QTest::addColumn<QString>("background");
        QTest::addColumn<QString>("line");
        // A light background: the white text cannot be read on it.
        QTest::newRow("light background") << QString() << "#e0e0e0"
            << "branding: colours not used: text #f5f7fb on background_color #e0e0e0 is 1.";
        // A dark accent: unreadable as text on the built-in background.
        QTest::newRow("dark accent") << "#1b3a8a" << QString()
            << "branding: colours not used: accent_color #1b3a8a on the built-in background #0a0e16 is 1.";
        QTest::newRow("accent on own background") << "#c03030" << "#101820"
            << "branding: colours not used: accent_color #c03030 on background_color #101820 is 3.";
        // Everything reads on #3a3a3a itself, the secondary text not at the gradient's top.
        QTest::newRow("gradient top") << QString() << "#3a3a3a"
            << "branding: colours not used: secondary text #b7c1d3 on background_color #575757 is 3.";
    }
    void badPairsRefused()
    {
        QFETCH(QString, accent);
        QFETCH(QString, background);
        QFETCH(QString, line);
        const BrandCheck::Brand brand = BrandCheck::check(colours(accent, background));
        QVERIFY(!brand.accent.isValid());
        QVERIFY(!brand.background.isValid());
        QCOMPARE(g_lines.size(), 1);
        QVERIFY2(g_lines.first().startsWith(line), qPrintable(g_lines.first()));
        QVERIFY2(g_lines.first().endsWith("below 4.5:1; showing the built-in colours"), qPrintable(g_lines.first()));
    }

    void logos_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QVERIFY(m_dir.isValid());
        QTest::newRow("good") << png("good.png", QSize(400, 120)) << QString();
        QTest::newRow("missing") << m_dir.filePath("nowhere.png") << "no such file";
        QTest::newRow("directory") << m_dir.path() << "not a file";
        QTest::newRow("text named png") << write("notes.png", "these are not pixels\n") << "not an image tvpair can read";
        QTest::newRow("truncated png") << write("cut.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20))
                                       << "not an image tvpair can read";
        QTest::newRow("huge pixels") << png("wide.png", QSize(4000, 8)) << "4000x8 pixels, more than 2048x2048";
        QByteArray big(BrandCheck::kMaxLogoBytes + 1, 'x');
        big.replace(0, 8, QByteArray("\x89PNG\r\n\x1a\n", 8));
        QTest::newRow("huge file") << write("big.png", big) << "1048577 bytes, more than 1048576";
    }
    void logos()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QVERIFY(!file.isEmpty());
        tvpair::BrandingConfig c;
        c.logoFile = file;
        const BrandCheck::Brand brand = BrandCheck::check(c);
        if (reason.isEmpty()) {
            QCOMPARE(brand.logo, QUrl::fromLocalFile(file));
            QVERIFY2(g_lines.isEmpty(), qPrintable(g_lines.join('\n')));
            return;
        }
        QVERIFY(brand.logo.isEmpty());
        QCOMPARE(g_lines.size(), 1);
        QVERIFY2(g_lines.first().startsWith(QStringLiteral("branding: logo_file %1 not used: %2").arg(file, reason)),
                 qPrintable(g_lines.first()));
        QVERIFY2(g_lines.first().endsWith("; showing the built-in logo"), qPrintable(g_lines.first()));
    }

    // The real binary with a config whose background fails and whose logo is missing: at start
    // one line for each, and the UI keeps running (offscreen) with the built-in look.
    void realBinaryLogsOncePerRefusal()
    {
        const QString config = write("config.json",
            "{\"issuer\":\"http://127.0.0.1:9\",\"client_id\":\"tv-app\",\"allow_insecure_loopback\":true,"
            "\"endpoints\":{\"device_authorization\":\"http://127.0.0.1:9/device\",\"token\":\"http://127.0.0.1:9/token\"},"
            "\"branding\":{\"app_name\":\"Nordic TV\",\"background_color\":\"#e0e0e0\",\"logo_file\":\"gone.png\"}}");
        QVERIFY(!config.isEmpty());
        QDir().mkpath(m_dir.filePath("store"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("xdg"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(TVPAIR_BIN), {"--config", config, "--store", m_dir.filePath("store"), "--log-level", "info"});
        QVERIFY(app.waitForStarted(30000));
        QByteArray err;
        const auto seen = [&] {
            err += app.readAllStandardError();
            return err.contains("branding: colours not used") && err.contains("branding: logo_file")
                && err.contains("tvpair.app: window");  // Main.qml loaded, the window shown
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen() || app.state() == QProcess::NotRunning, 30000);
        QVERIFY2(seen(), err.constData());
        QCOMPARE(app.state(), QProcess::Running);
        app.kill();
        app.waitForFinished(30000);
        QCOMPARE(err.count("branding: colours not used: text #f5f7fb on background_color #e0e0e0 is 1.2"), 1);
        QCOMPARE(err.count(QStringLiteral("branding: logo_file %1 not used: no such file; showing the built-in logo")
                               .arg(m_dir.filePath("gone.png")).toUtf8()), 1);
        QCOMPARE(err.count("branding:"), 2);
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    TestBrandCheck test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_brandcheck.moc"
