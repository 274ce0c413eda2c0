#include "RemoteKeyFilter.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace tvpair::input {

RemoteKeyFilter::RemoteKeyFilter(QObject *parent)
    : QObject(parent), m_map(RemoteKeyMap::builtIn())
{
}

bool RemoteKeyFilter::loadOverride(const QString &path, QString *error)
{
    return m_map.mergeFile(path, error);
}

AppKey RemoteKeyFilter::classify(const QKeyEvent &event) const
{
    const int key = event.key();
    if (key == 0 || key == Qt::Key_unknown)
        return m_map.forNativeScanCode(event.nativeScanCode());
    return m_map.forQtKey(key);
}

bool RemoteKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease
        && event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const AppKey appKey = classify(*key);
    if (appKey == AppKey::None)
        return false;
    const int qtKey = qtKeyFor(appKey);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (event->type() == QEvent::KeyPress && !key->isAutoRepeat())
        emit appKeyPressed(appKey);
    if (qtKey == key->key() && modifiers == key->modifiers())
        return false;  // already normalised (also what stops the re-sent event from looping)
    if (event->type() == QEvent::ShortcutOverride)
        return true;  // the rewritten press that follows is what counts
    QKeyEvent normalised(key->type(), qtKey, modifiers, key->nativeScanCode(), key->nativeVirtualKey(),
                         key->nativeModifiers(), QString(), key->isAutoRepeat(), key->count());
    QCoreApplication::sendEvent(watched, &normalised);
    event->setAccepted(normalised.isAccepted());
    return true;
}

}  // namespace tvpair::input
