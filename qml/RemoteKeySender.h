#pragma once
// What the on-screen remote (RemoteEmulator.qml) presses: posts a press and a release of an app
// key, as the normaliser delivers them (Ok = Key_Return, Back = Key_Back, Red = Key_Red...), to a window.
#include <QObject>
#include <QPointer>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

class RemoteKeySender : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QWindow *target READ target WRITE setTarget NOTIFY targetChanged)
public:
    using QObject::QObject;
    QWindow *target() const { return m_target; }
    void setTarget(QWindow *w);
    Q_INVOKABLE void press(int qtKey);

signals:
    void targetChanged();

private:
    QPointer<QWindow> m_target;
};
