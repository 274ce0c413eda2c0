#pragma once
// One input path, as in moonlight-qt: installed on the QGuiApplication, it rewrites every key
// event into the app's keys before any window or item sees it, so QML handles exactly one set:
// Up/Down/Left/Right, Ok = Qt::Key_Return, Back = Qt::Key_Back, colours = Qt::Key_Red..Key_Blue,
// Menu = Qt::Key_Menu. Keys the map does not know pass through unchanged.
#include "RemoteKeyMap.h"

#include <QObject>

class QKeyEvent;

namespace tvpair::input {

class RemoteKeyFilter : public QObject {
    Q_OBJECT
public:
    explicit RemoteKeyFilter(QObject *parent = nullptr);  // built-in map

    // Merges a device map file over the built-in map; on error the map stays as it was.
    bool loadOverride(const QString &path, QString *error);
    const RemoteKeyMap &map() const { return m_map; }
    void setMap(const RemoteKeyMap &map) { m_map = map; }

    // The app key an event means (None: not ours).
    AppKey classify(const QKeyEvent &event) const;

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // Every normalised press, for logs and the remote emulator's echo.
    void appKeyPressed(tvpair::input::AppKey key);

private:
    RemoteKeyMap m_map;
};

}  // namespace tvpair::input
