#include "FrameStats.h"

#include "net/Log.h"

#include <QQuickWindow>

namespace tvpair {

void FrameStats::attachIfAsked(QQuickWindow *window)
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("TVPAIR_FRAME_STATS", &ok);
    if (!window || !ok || seconds <= 0)
        return;
    new FrameStats(window, seconds);  // a child of the window: ends with it
}

FrameStats::FrameStats(QQuickWindow *window, int periodSeconds) : QObject(window)
{
    // frameSwapped: a frame presented (GL swap, or the software renderer's backing store flush).
    connect(window, &QQuickWindow::frameSwapped, this,
            [this]() { m_frames.fetch_add(1, std::memory_order_relaxed); }, Qt::DirectConnection);
    connect(&m_timer, &QTimer::timeout, this, &FrameStats::report);
    m_timer.start(periodSeconds * 1000);
    m_clock.start();
}

void FrameStats::report()
{
    const qint64 now = m_clock.elapsed();
    const quint64 frames = m_frames.load(std::memory_order_relaxed);
    qCInfo(lcApp).noquote() << QStringLiteral("frames: %1 in the last %2 s, %3 since the window was made")
                                   .arg(frames - m_framesAtLastReport)
                                   .arg((now - m_lastReportMs) / 1000.0, 0, 'f', 1)
                                   .arg(frames);
    m_framesAtLastReport = frames;
    m_lastReportMs = now;
}

}  // namespace tvpair
