#pragma once
// Frames the window puts on the screen, logged (info) every N seconds when TVPAIR_FRAME_STATS=N is
// set: how often a waiting screen redraws on a given platform (tests/bench/README.md, figure 9).
// Off by default: it adds a timer.
#include <QObject>
#include <QElapsedTimer>
#include <QTimer>

#include <atomic>

class QQuickWindow;

namespace tvpair {

class FrameStats : public QObject {
    Q_OBJECT
public:
    // Starts counting the window's frames when TVPAIR_FRAME_STATS is a number of seconds.
    static void attachIfAsked(QQuickWindow *window);

private:
    FrameStats(QQuickWindow *window, int periodSeconds);
    void report();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = 0;
    std::atomic<quint64> m_frames{0};  // frameSwapped comes on the render thread (threaded loop)
    quint64 m_framesAtLastReport = 0;
};

}  // namespace tvpair
