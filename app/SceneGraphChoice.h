#pragma once
// Which Qt Quick scene graph the window uses. Without a GPU, OpenGL is Mesa's llvmpipe: every
// frame is the whole window rasterised on the CPU (a 1080p frame on each countdown tick), and the
// GL stack alone is ~100 MiB of the process. Qt's software renderer then draws only the regions
// that changed, into the window's backing store. With a GPU, Qt's default (OpenGL) stays.
#include <QString>

namespace tvpair {

class SceneGraphChoice {
public:
    enum class Renderer { QtDefault, Software };
    // Decides from the environment and the device nodes; call before the first window exists.
    static Renderer decide();
    // decide(), applied; call before the QGuiApplication exists.
    static void apply();
    // What apply() chose, for the log.
    static QString describe();
    // A GPU the kernel exposes: a DRM node, or a vendor GPU driver's node (Mali, Vivante, PowerVR,
    // NVIDIA). Under a test X server (Xvfb) OpenGL is software even with one.
    static bool hasGpuDevice(const QString &devRoot = QStringLiteral("/dev"));
};

}  // namespace tvpair
