#include "SceneGraphChoice.h"

#include <QDir>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace tvpair {

bool SceneGraphChoice::hasGpuDevice(const QString &devRoot)
{
    const QDir::Filters any = QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot;
    const QDir dri(devRoot + QStringLiteral("/dri"));
    if (!dri.entryList({QStringLiteral("renderD*"), QStringLiteral("card*")}, any).isEmpty())
        return true;
    const QDir dev(devRoot);
    return !dev.entryList({QStringLiteral("mali*"), QStringLiteral("galcore"), QStringLiteral("pvr_sync"),
                           QStringLiteral("nvidia*")}, any).isEmpty();
}

SceneGraphChoice::Renderer SceneGraphChoice::decide()
{
    // Qt's own switches win: QT_QUICK_BACKEND=software, QSG_RHI_BACKEND=opengl and the like.
    if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") || !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        return Renderer::QtDefault;
    return hasGpuDevice() ? Renderer::QtDefault : Renderer::Software;
}

void SceneGraphChoice::apply()
{
    if (decide() == Renderer::Software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

QString SceneGraphChoice::describe()
{
    return decide() == Renderer::Software
        ? QStringLiteral("software (no GPU device found; QSG_RHI_BACKEND=opengl for OpenGL)")
        : QStringLiteral("Qt's default");
}

}  // namespace tvpair
