#include "SceneGraphChoice.h"

#include <QDir>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace tvpair {

namespace {
QString s_autoNote;  // set by apply() when it resolved "auto"

QString platformName(const QString &platform)
{
    return platform.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
}

// A device node (any kind of entry) in `dir` matching one of `patterns`.
bool hasNode(const QString &dir, const QStringList &patterns)
{
    return !QDir(dir).entryList(patterns, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).isEmpty();
}
}  // namespace

bool SceneGraphChoice::hasGpuDevice(const QString &devRoot)
{
    return hasNode(devRoot + QStringLiteral("/dri"), {QStringLiteral("renderD*")})
        || hasNode(devRoot, {QStringLiteral("mali*"), QStringLiteral("galcore"), QStringLiteral("pvr_sync"),
                             QStringLiteral("nvidia*")});
}

QString SceneGraphChoice::resolvePlatform(const QString &requested, const QString &devRoot)
{
    if (platformName(requested) != QLatin1String("auto"))
        return requested;
    if (hasGpuDevice(devRoot))
        return QStringLiteral("eglfs");
    if (hasNode(devRoot, {QStringLiteral("fb[0-9]*")}))
        return QStringLiteral("linuxfb");
    return QStringLiteral("eglfs");
}

SceneGraphChoice::Renderer SceneGraphChoice::decide(const QString &platform, const QString &devRoot)
{
    // Qt's own switches win: QT_QUICK_BACKEND=software, QSG_RHI_BACKEND=opengl and the like.
    if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") || !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        return Renderer::QtDefault;
    const QString name = platformName(platform);
    if (name == QLatin1String("linuxfb"))
        return Renderer::Software;
    if (name.startsWith(QLatin1String("eglfs")))
        return Renderer::QtDefault;
    return hasGpuDevice(devRoot) ? Renderer::QtDefault : Renderer::Software;
}

void SceneGraphChoice::apply()
{
    const QString requested = qEnvironmentVariable("QT_QPA_PLATFORM");
    const QString platform = resolvePlatform(requested);
    if (platform != requested) {
        qputenv("QT_QPA_PLATFORM", platform.toLocal8Bit());
        s_autoNote = QStringLiteral("platform auto -> %1 (%2); ").arg(platform,
            hasGpuDevice() ? QStringLiteral("a GPU device") : QStringLiteral("no GPU device: no /dev/dri/renderD*"));
    }
    if (decide(platform) == Renderer::Software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

QString SceneGraphChoice::describe()
{
    return s_autoNote + (decide(qEnvironmentVariable("QT_QPA_PLATFORM")) == Renderer::Software
        ? QStringLiteral("software scene graph (linuxfb, or no GPU device; QSG_RHI_BACKEND=opengl for OpenGL)")
        : QStringLiteral("Qt's default scene graph"));
}

}  // namespace tvpair
