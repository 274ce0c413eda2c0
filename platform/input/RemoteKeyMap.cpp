#include "RemoteKeyMap.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

namespace tvpair::input {
namespace {

struct NamedKey { const char *name; AppKey key; int qtKey; };
constexpr NamedKey kAppKeys[] = {
    {"Up", AppKey::Up, Qt::Key_Up},         {"Down", AppKey::Down, Qt::Key_Down},
    {"Left", AppKey::Left, Qt::Key_Left},   {"Right", AppKey::Right, Qt::Key_Right},
    {"Ok", AppKey::Ok, Qt::Key_Return},     {"Back", AppKey::Back, Qt::Key_Back},
    {"Red", AppKey::Red, Qt::Key_Red},      {"Green", AppKey::Green, Qt::Key_Green},
    {"Yellow", AppKey::Yellow, Qt::Key_Yellow}, {"Blue", AppKey::Blue, Qt::Key_Blue},
    {"Menu", AppKey::Menu, Qt::Key_Menu},
};

// linux/input-event-codes.h names a map file may use instead of numbers (only the ones remotes send).
struct EvdevName { const char *name; int code; };
constexpr EvdevName kEvdevNames[] = {
    {"KEY_ESC", 1},        {"KEY_ENTER", 28},     {"KEY_BACKSPACE", 14}, {"KEY_UP", 103},
    {"KEY_LEFT", 105},     {"KEY_RIGHT", 106},    {"KEY_DOWN", 108},     {"KEY_MENU", 139},
    {"KEY_BACK", 158},     {"KEY_HOMEPAGE", 172}, {"KEY_EXIT", 174},     {"KEY_OK", 0x160},
    {"KEY_SELECT", 0x161}, {"KEY_INFO", 0x166},   {"KEY_RED", 0x18e},    {"KEY_GREEN", 0x18f},
    {"KEY_YELLOW", 0x190}, {"KEY_BLUE", 0x191},   {"KEY_KPENTER", 96},   {"KEY_F1", 59},
    {"KEY_F2", 60},        {"KEY_F3", 61},        {"KEY_F4", 62},
};

int parseEvdevCode(const QString &text)
{
    for (const auto &n : kEvdevNames)
        if (text == QLatin1String(n.name))
            return n.code;
    bool ok = false;
    const int code = text.startsWith(QLatin1String("0x")) ? text.mid(2).toInt(&ok, 16) : text.toInt(&ok, 10);
    return ok && code > 0 && code <= RemoteKeyMap::MaxEvdevCode ? code : -1;
}

int parseQtKey(const QString &text)
{
    const QMetaEnum keys = QMetaEnum::fromType<Qt::Key>();
    const QString name = text.startsWith(QLatin1String("Key_")) ? text : QLatin1String("Key_") + text;
    bool ok = false;
    const int value = keys.keyToValue(name.toLatin1().constData(), &ok);
    return ok ? value : -1;
}

}  // namespace

int qtKeyFor(AppKey key)
{
    for (const auto &k : kAppKeys)
        if (k.key == key)
            return k.qtKey;
    return 0;
}

AppKey appKeyFromName(const QString &name)
{
    for (const auto &k : kAppKeys)
        if (name == QLatin1String(k.name))
            return k.key;
    return AppKey::None;
}

QString appKeyName(AppKey key)
{
    for (const auto &k : kAppKeys)
        if (k.key == key)
            return QLatin1String(k.name);
    return QStringLiteral("None");
}

RemoteKeyMap RemoteKeyMap::builtIn()
{
    RemoteKeyMap map;
    QString error;
    if (!map.mergeFile(QStringLiteral(":/tvpair/keymaps/default.json"), &error))
        qWarning("tvpair: built-in key map: %s", qPrintable(error));
    return map;
}

bool RemoteKeyMap::merge(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (json.size() > MaxFileBytes)
        return fail(QStringLiteral("map is larger than %1 bytes").arg(MaxFileBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("top level must be an object"));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("version") && it.key() != QLatin1String("scanCodes")
            && it.key() != QLatin1String("keys") && it.key() != QLatin1String("evdev")
            && !it.key().startsWith(QLatin1Char('_')))
            return fail(QStringLiteral("%1: unknown field").arg(it.key()));
    }
    if (root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(QStringLiteral("version: must be 1"));

    ScanCodes scanCodes = m_scanCodes;
    if (root.contains(QLatin1String("scanCodes"))) {
        const QString mode = root.value(QLatin1String("scanCodes")).toString();
        if (mode == QLatin1String("auto")) scanCodes = ScanCodes::Auto;
        else if (mode == QLatin1String("xkb")) scanCodes = ScanCodes::Xkb;
        else if (mode == QLatin1String("evdev")) scanCodes = ScanCodes::Evdev;
        else return fail(QStringLiteral("scanCodes: must be \"auto\", \"xkb\" or \"evdev\""));
    }

    QHash<int, AppKey> qtKeys = m_qtKeys;
    QHash<int, AppKey> evdev = m_evdev;
    for (const char *section : {"keys", "evdev"}) {
        const QJsonValue value = root.value(QLatin1String(section));
        if (value.isUndefined())
            continue;
        if (!value.isObject())
            return fail(QStringLiteral("%1: must be an object").arg(QLatin1String(section)));
        const QJsonObject entries = value.toObject();
        if (entries.size() > MaxEntries)
            return fail(QStringLiteral("%1: more than %2 entries").arg(QLatin1String(section)).arg(MaxEntries));
        const bool isEvdev = qstrcmp(section, "evdev") == 0;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QString where = QStringLiteral("%1.%2").arg(QLatin1String(section), it.key());
            if (!it.value().isString())
                return fail(where + QStringLiteral(": value must be a key name such as \"Ok\""));
            const AppKey target = appKeyFromName(it.value().toString());
            if (target == AppKey::None && it.value().toString() != QLatin1String("None"))
                return fail(where + QStringLiteral(": unknown app key \"%1\"").arg(it.value().toString()));
            const int code = isEvdev ? parseEvdevCode(it.key()) : parseQtKey(it.key());
            if (code < 0)
                return fail(where + (isEvdev ? QStringLiteral(": not an evdev code (1..0x2ff or KEY_ name)")
                                             : QStringLiteral(": unknown Qt key name")));
            QHash<int, AppKey> &into = isEvdev ? evdev : qtKeys;
            if (target == AppKey::None)
                into.remove(code);  // "None" removes a mapping of the built-in map
            else
                into.insert(code, target);
        }
    }
    if (qtKeys.size() + evdev.size() > 2 * MaxEntries)
        return fail(QStringLiteral("too many mappings"));
    m_qtKeys = qtKeys;
    m_evdev = evdev;
    m_scanCodes = scanCodes;
    return true;
}

bool RemoteKeyMap::mergeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("key map %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(MaxFileBytes + 1);
    QString why;
    if (!merge(data, &why)) {
        if (error)
            *error = QStringLiteral("key map %1: %2").arg(path, why);
        return false;
    }
    return true;
}

AppKey RemoteKeyMap::forNativeScanCode(quint32 scanCode) const
{
    const int code = int(scanCode);
    if (m_scanCodes != ScanCodes::Evdev && code > 8) {
        const AppKey viaXkb = forEvdevCode(code - 8);
        if (viaXkb != AppKey::None || m_scanCodes == ScanCodes::Xkb)
            return viaXkb;
    }
    return m_scanCodes == ScanCodes::Xkb ? AppKey::None : forEvdevCode(code);
}

}  // namespace tvpair::input
