// SceneGraphChoice: Qt's software scene graph where there is no GPU (OpenGL would be Mesa's
// llvmpipe), Qt's default where the kernel exposes one, and Qt's own switches always win.
// QT_QPA_PLATFORM=auto (the kiosk unit's) becomes eglfs with a GPU, linuxfb without one.
// Real files in a temporary directory stand in for /dev (the check looks at names only).
#include "SceneGraphChoice.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using tvpair::SceneGraphChoice;
using Renderer = SceneGraphChoice::Renderer;

class TestSceneGraphChoice : public QObject {
    Q_OBJECT

    static void touch(const QString &path)
    {
        QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    // A fake /dev holding these nodes ("dri/card0 fb0" ...).
    static void makeDev(const QTemporaryDir &dev, const QString &nodes)
    {
        QVERIFY(dev.isValid());
        touch(dev.path() + QStringLiteral("/null"));
        for (const QString &node : nodes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            touch(dev.path() + QLatin1Char('/') + node);
    }

private slots:
    void init()
    {
        qunsetenv("QT_QUICK_BACKEND");
        qunsetenv("QSG_RHI_BACKEND");
    }

    void noGpuNodeMeansNoGpu_data()
    {
        QTest::addColumn<QString>("nodes");
        QTest::newRow("nothing") << QStringLiteral("dri/by-path/readme");
        // bochs-drm in the VM, display-only SoC controllers: KMS scan-out, no 3D.
        QTest::newRow("drm card without a render node") << QStringLiteral("dri/card0 dri/by-path/readme fb0");
    }

    void noGpuNodeMeansNoGpu()
    {
        QFETCH(QString, nodes);
        QTemporaryDir dev;
        makeDev(dev, nodes);
        QVERIFY(!SceneGraphChoice::hasGpuDevice(dev.path()));
    }

    void gpuNodes_data()
    {
        QTest::addColumn<QString>("node");
        QTest::newRow("drm render node") << QStringLiteral("dri/renderD128");
        QTest::newRow("mali") << QStringLiteral("mali0");
        QTest::newRow("vivante") << QStringLiteral("galcore");
        QTest::newRow("powervr") << QStringLiteral("pvr_sync");
        QTest::newRow("nvidia") << QStringLiteral("nvidia0");
    }

    void gpuNodes()
    {
        QFETCH(QString, node);
        QTemporaryDir dev;
        makeDev(dev, node);
        QVERIFY(SceneGraphChoice::hasGpuDevice(dev.path()));
    }

    void platform_data()
    {
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::newRow("auto, render node") << "dri/card0 dri/renderD128 fb0" << "auto" << "eglfs";
        QTest::newRow("auto, vendor gpu") << "mali0 fb0" << "auto" << "eglfs";
        QTest::newRow("auto, display-only card") << "dri/card0 fb0" << "auto" << "linuxfb";
        QTest::newRow("auto, framebuffer only") << "fb0" << "auto" << "linuxfb";
        QTest::newRow("auto, card without fbdev") << "dri/card0" << "auto" << "eglfs";
        // What the operator set is used as given, also where auto would choose otherwise.
        QTest::newRow("eglfs stays") << "dri/card0 fb0" << "eglfs" << "eglfs";
        QTest::newRow("linuxfb stays") << "dri/renderD128 fb0" << "linuxfb:fb=/dev/fb1" << "linuxfb:fb=/dev/fb1";
        QTest::newRow("unset stays") << "dri/card0 fb0" << "" << "";
        QTest::newRow("xcb stays") << "fb0" << "xcb" << "xcb";
    }

    void platform()
    {
        QFETCH(QString, nodes);
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QTemporaryDir dev;
        makeDev(dev, nodes);
        QCOMPARE(SceneGraphChoice::resolvePlatform(requested, dev.path()), expected);
    }

    void renderer_data()
    {
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<Renderer>("expected");
        QTest::newRow("linuxfb, display-only card") << "dri/card0 fb0" << "linuxfb" << Renderer::Software;
        QTest::newRow("linuxfb even with a gpu") << "dri/renderD128 fb0" << "linuxfb:fb=/dev/fb0" << Renderer::Software;
        // eglfs composites through GL whatever the scene graph: Qt's default stays.
        QTest::newRow("eglfs without a gpu") << "dri/card0 fb0" << "eglfs" << Renderer::QtDefault;
        QTest::newRow("eglfs with a gpu") << "dri/card0 dri/renderD128" << "eglfs" << Renderer::QtDefault;
        QTest::newRow("xcb, display-only card") << "dri/card0" << "xcb" << Renderer::Software;
        QTest::newRow("xcb with a render node") << "dri/card0 dri/renderD128" << "xcb" << Renderer::QtDefault;
        QTest::newRow("qt's default platform, no gpu") << "dri/card0" << "" << Renderer::Software;
    }

    void renderer()
    {
        QFETCH(QString, nodes);
        QFETCH(QString, platform);
        QFETCH(Renderer, expected);
        QTemporaryDir dev;
        makeDev(dev, nodes);
        QCOMPARE(SceneGraphChoice::decide(platform, dev.path()), expected);
    }

    void qtSwitchesWin()
    {
        // A Qt switch in the environment leaves the choice to Qt, on any platform and devices.
        QTemporaryDir dev;
        makeDev(dev, QStringLiteral("dri/card0 fb0"));
        for (const char *platform : {"linuxfb", "xcb", ""}) {
            qputenv("QSG_RHI_BACKEND", "opengl");
            QCOMPARE(SceneGraphChoice::decide(QString::fromLatin1(platform), dev.path()), Renderer::QtDefault);
            qunsetenv("QSG_RHI_BACKEND");
            qputenv("QT_QUICK_BACKEND", "software");
            QCOMPARE(SceneGraphChoice::decide(QString::fromLatin1(platform), dev.path()), Renderer::QtDefault);
            qunsetenv("QT_QUICK_BACKEND");
            QCOMPARE(SceneGraphChoice::decide(QString::fromLatin1(platform), dev.path()), Renderer::Software);
        }
    }
};

QTEST_GUILESS_MAIN(TestSceneGraphChoice)
#include "tst_scene_graph_choice.moc"
