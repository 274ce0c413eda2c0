// SceneGraphChoice: Qt's software scene graph where there is no GPU (OpenGL would be Mesa's
// llvmpipe), Qt's default where the kernel exposes one, and Qt's own switches always win.
// Real files in a temporary directory stand in for /dev (the check looks at names only).
#include "SceneGraphChoice.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using tvpair::SceneGraphChoice;

class TestSceneGraphChoice : public QObject {
    Q_OBJECT

    static void touch(const QString &path)
    {
        QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

private slots:
    void noGpuNodeMeansNoGpu()
    {
        QTemporaryDir dev;
        QVERIFY(dev.isValid());
        touch(dev.path() + QStringLiteral("/null"));
        touch(dev.path() + QStringLiteral("/dri/by-path/readme"));
        QVERIFY(!SceneGraphChoice::hasGpuDevice(dev.path()));
    }

    void gpuNodes_data()
    {
        QTest::addColumn<QString>("node");
        QTest::newRow("drm render node") << QStringLiteral("dri/renderD128");
        QTest::newRow("drm card") << QStringLiteral("dri/card0");
        QTest::newRow("mali") << QStringLiteral("mali0");
        QTest::newRow("vivante") << QStringLiteral("galcore");
        QTest::newRow("powervr") << QStringLiteral("pvr_sync");
        QTest::newRow("nvidia") << QStringLiteral("nvidia0");
    }

    void gpuNodes()
    {
        QFETCH(QString, node);
        QTemporaryDir dev;
        QVERIFY(dev.isValid());
        touch(dev.path() + QLatin1Char('/') + node);
        QVERIFY(SceneGraphChoice::hasGpuDevice(dev.path()));
    }

    void qtSwitchesWin()
    {
        // Whatever this machine has, a Qt switch in the environment leaves the choice to Qt.
        qputenv("QSG_RHI_BACKEND", "opengl");
        QCOMPARE(SceneGraphChoice::decide(), SceneGraphChoice::Renderer::QtDefault);
        qunsetenv("QSG_RHI_BACKEND");
        qputenv("QT_QUICK_BACKEND", "software");
        QCOMPARE(SceneGraphChoice::decide(), SceneGraphChoice::Renderer::QtDefault);
        qunsetenv("QT_QUICK_BACKEND");
        const auto expected = SceneGraphChoice::hasGpuDevice() ? SceneGraphChoice::Renderer::QtDefault
                                                               : SceneGraphChoice::Renderer::Software;
        QCOMPARE(SceneGraphChoice::decide(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSceneGraphChoice)
#include "tst_scene_graph_choice.moc"
