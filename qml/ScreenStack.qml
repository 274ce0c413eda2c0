import QtQuick

// The stack of screens, in plain Qt Quick. (Qt Quick Controls' StackView cost the first frame
// 8 more shared libraries, two styles and ~40 more QML files.) Screens under the top
// one stay alive but hidden, so Back returns to the same card with the same focus. Back itself
// is not handled here: AppShell owns it and calls pop().
//
// push(component, properties) / pop(): the new top screen fills the stack, takes the stack's
// focus at once (focus is visible on the first frame it is drawn) and fades in over the screen it
// covers or uncovers (160 ms). replaceAll(component, properties): one screen instead of all, at
// once, no fade (sign-in <-> home, and the first screen, complete on the first frame).
FocusScope {
    id: stack
    property Item currentItem: null
    property int depth: 0
    readonly property bool busy: fade.running
    property var _items: []
    property Item _leaving: null
    property bool _destroyLeaving: false

    function push(component, properties) {
        const item = _create(component, properties)
        if (!item)
            return null
        _items.push(item)
        _show(item, currentItem, false, true)
        return item
    }
    function pop() {
        if (_items.length < 2)
            return null
        _settle()
        const top = _items.pop()
        _show(_items[_items.length - 1], top, true, true)
        return top
    }
    function replaceAll(component, properties) {
        const item = _create(component, properties)
        if (!item)
            return null
        const old = _items
        _items = [item]
        const top = old.length > 0 ? old[old.length - 1] : null
        for (const o of old)
            if (o !== top)
                o.destroy()
        _show(item, top, true, false)
        return item
    }

    // A new move while a fade runs: end the fade first (its leaving screen hidden or destroyed).
    function _settle() {
        if (fade.running)
            fade.complete()
        if (_leaving) {
            _finish(_leaving, _destroyLeaving)
            _leaving = null
        }
    }
    function _create(component, properties) {
        _settle()
        if (component.status !== Component.Ready) {
            console.warn("ScreenStack:", component.errorString())
            return null
        }
        const props = Object.assign({ width: stack.width, height: stack.height, visible: false }, properties || {})
        const item = component.createObject(stack, props)
        if (!item) {
            console.warn("ScreenStack: cannot create", component.url)
            return null
        }
        item.width = Qt.binding(() => stack.width)
        item.height = Qt.binding(() => stack.height)
        return item
    }
    function _show(item, leaving, destroyLeaving, animate) {
        item.opacity = animate ? 0 : 1
        item.visible = true
        item.focus = true
        depth = _items.length
        currentItem = item
        if (leaving) {
            leaving.focus = false
            if (animate) {
                _leaving = leaving
                _destroyLeaving = destroyLeaving
                enterAnim.target = item
                leaveAnim.target = leaving
                fade.restart()
            } else {
                _finish(leaving, destroyLeaving)
            }
        }
    }
    function _finish(leaving, destroyLeaving) {
        if (!leaving)
            return
        if (destroyLeaving) {
            leaving.destroy()
        } else {
            leaving.visible = false
            leaving.opacity = 1
        }
    }

    ParallelAnimation {
        id: fade
        NumberAnimation { id: enterAnim; property: "opacity"; from: 0; to: 1; duration: 160 }
        NumberAnimation { id: leaveAnim; property: "opacity"; from: 1; to: 0; duration: 160 }
        onFinished: {
            stack._finish(stack._leaving, stack._destroyLeaving)
            stack._leaving = null
        }
    }
}
