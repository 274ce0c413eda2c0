#include "RemoteKeySender.h"

#include <QCoreApplication>
#include <QKeyEvent>

void RemoteKeySender::setTarget(QWindow *w)
{
    if (w == m_target) return;
    m_target = w;
    emit targetChanged();
}

void RemoteKeySender::press(int qtKey)
{
    if (!m_target)
        return;
    m_target->requestActivate();
    QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyPress, qtKey, Qt::NoModifier));
    QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyRelease, qtKey, Qt::NoModifier));
}
