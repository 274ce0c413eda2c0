#pragma once
// What each incoming key means to the app (arrows, Ok, Back, colour keys). Built from the JSON map compiled
// in as :/tvpair/keymaps/default.json, optionally overridden by a file on the device.
#include <QHash>
#include <QString>

namespace tvpair::input {

// The one set of keys the UI understands.
enum class AppKey { None, Up, Down, Left, Right, Ok, Back, Red, Green, Yellow, Blue, Menu };

// The Qt key QML receives for an app key (Ok -> Key_Return, Back -> Key_Back, Red -> Key_Red...).
int qtKeyFor(AppKey key);
AppKey appKeyFromName(const QString &name);  // "Ok", "Back", ...; None when unknown
QString appKeyName(AppKey key);

class RemoteKeyMap {
public:
    // How native scan codes of key-0 events are read: evdev+8 (xkb: libinput, X11, Wayland),
    // raw evdev (Qt's evdevkeyboard plugin), or auto (xkb first, then raw).
    enum class ScanCodes { Auto, Xkb, Evdev };

    static constexpr qint64 MaxFileBytes = 64 * 1024;
    static constexpr int MaxEntries = 512;
    static constexpr int MaxEvdevCode = 0x2ff;  // KEY_MAX

    // The compiled-in default map; never fails (a broken built-in map is a build bug, asserted by tests).
    static RemoteKeyMap builtIn();

    // Parses a map document and merges it over this map. On error leaves the map unchanged and
    // returns false with a one-line reason in *error ("keys.Key_Foo: unknown Qt key name").
    bool merge(const QByteArray &json, QString *error);
    // Reads a file (size-limited) and merges it; errors name the file.
    bool mergeFile(const QString &path, QString *error);

    AppKey forQtKey(int qtKey) const { return m_qtKeys.value(qtKey, AppKey::None); }
    AppKey forEvdevCode(int code) const { return m_evdev.value(code, AppKey::None); }
    // For an event with key() 0 / Key_unknown: interprets nativeScanCode per scanCodes().
    AppKey forNativeScanCode(quint32 scanCode) const;
    ScanCodes scanCodes() const { return m_scanCodes; }
    int size() const { return int(m_qtKeys.size() + m_evdev.size()); }

private:
    QHash<int, AppKey> m_qtKeys;
    QHash<int, AppKey> m_evdev;
    ScanCodes m_scanCodes = ScanCodes::Auto;
};

}  // namespace tvpair::input
