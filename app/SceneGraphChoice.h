#pragma once
// Which Qt platform and Qt Quick scene graph the window uses. Without a GPU, OpenGL is Mesa's
// llvmpipe: every frame is the whole window rasterised on the CPU (a 1080p frame on each countdown
// tick), and the GL stack alone is ~100 MiB of the process. Qt's software renderer then draws only
// the regions that changed, into the window's backing store. With a GPU, Qt's default (OpenGL) stays.
//
// QT_QPA_PLATFORM=auto (the kiosk unit's setting) is tvpair's, not Qt's: it becomes eglfs where
// there is a GPU and linuxfb where there is none but a framebuffer. Any other value is used as given.
#include <QString>

namespace tvpair {

class SceneGraphChoice {
public:
    enum class Renderer { QtDefault, Software };
    // Decides for a platform (QT_QPA_PLATFORM's value, "" = Qt's default) from the environment and
    // the device nodes; call before the first window exists. Qt's own switches (QT_QUICK_BACKEND,
    // QSG_RHI_BACKEND) win; eglfs keeps OpenGL (it composites through GL anyway; the software scene
    // graph on eglfs measured worse in the VM); linuxfb has no OpenGL: software.
    static Renderer decide(const QString &platform, const QString &devRoot = QStringLiteral("/dev"));
    // The platform to use for a requested one: "auto" -> "eglfs" with a GPU device, else "linuxfb"
    // with a framebuffer (/dev/fb*), else "eglfs" (KMS without fbdev: Mesa's software path).
    static QString resolvePlatform(const QString &requested, const QString &devRoot = QStringLiteral("/dev"));
    // resolvePlatform() and decide() applied to this process; call before the QGuiApplication exists.
    static void apply();
    // What apply() chose, for the log.
    static QString describe();
    // A GPU the kernel exposes: a DRM render node, or a vendor GPU driver's node (Mali, Vivante,
    // PowerVR, NVIDIA). A DRM card without a render node only scans out (bochs-drm, display-only
    // SoC controllers): OpenGL there is Mesa's software rasteriser. Under a test X server (Xvfb)
    // OpenGL is software even with one.
    static bool hasGpuDevice(const QString &devRoot = QStringLiteral("/dev"));
};

}  // namespace tvpair
