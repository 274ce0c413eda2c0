// RemoteKeyFilter / RemoteKeyMap: keyboard keys, remote keys that arrive as key 0 with only a
// native scan code (xkb = evdev + 8, and raw evdev), override files, and broken map files.
#include "input/RemoteKeyFilter.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTest>

using namespace tvpair::input;

namespace {
// Records the keys that reach it after the application-wide filter.
class KeySink : public QObject {
public:
    QList<int> pressed;
    QList<Qt::KeyboardModifiers> modifiers;
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::KeyPress) {
            auto *k = static_cast<QKeyEvent *>(e);
            pressed.append(k->key());
            modifiers.append(k->modifiers());
            e->accept();
            return true;
        }
        return QObject::event(e);
    }
};

QKeyEvent nativeKey(quint32 scanCode, int key = 0)
{
    return QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, scanCode, 0, 0);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(data);
    return path;
}
}  // namespace

class TestRemoteKeyFilter : public QObject {
    Q_OBJECT
private slots:
    void builtInMapLoads()
    {
        QString error;
        RemoteKeyMap map;
        QVERIFY2(map.mergeFile(QStringLiteral(":/tvpair/keymaps/default.json"), &error), qPrintable(error));
        QVERIFY(map.size() > 20);
    }

    void keyboard_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<int>("expected");
        QTest::newRow("up") << int(Qt::Key_Up) << 0 << int(Qt::Key_Up);
        QTest::newRow("down") << int(Qt::Key_Down) << 0 << int(Qt::Key_Down);
        QTest::newRow("left") << int(Qt::Key_Left) << 0 << int(Qt::Key_Left);
        QTest::newRow("right") << int(Qt::Key_Right) << 0 << int(Qt::Key_Right);
        QTest::newRow("return") << int(Qt::Key_Return) << 0 << int(Qt::Key_Return);
        QTest::newRow("enter") << int(Qt::Key_Enter) << 0 << int(Qt::Key_Return);
        QTest::newRow("kp_enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << int(Qt::Key_Return);
        QTest::newRow("escape") << int(Qt::Key_Escape) << 0 << int(Qt::Key_Back);
        QTest::newRow("backspace") << int(Qt::Key_Backspace) << 0 << int(Qt::Key_Back);
        QTest::newRow("f1") << int(Qt::Key_F1) << 0 << int(Qt::Key_Red);
        QTest::newRow("f2") << int(Qt::Key_F2) << 0 << int(Qt::Key_Green);
        QTest::newRow("f3") << int(Qt::Key_F3) << 0 << int(Qt::Key_Yellow);
        QTest::newRow("f4") << int(Qt::Key_F4) << 0 << int(Qt::Key_Blue);
        QTest::newRow("letter passes") << int(Qt::Key_A) << 0 << int(Qt::Key_A);
    }
    void keyboard()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(int, expected);
        RemoteKeyFilter filter;
        KeySink sink;
        qApp->installEventFilter(&filter);
        QKeyEvent press(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers));
        QCoreApplication::sendEvent(&sink, &press);
        qApp->removeEventFilter(&filter);
        QCOMPARE(sink.pressed, QList<int>{expected});
        QCOMPARE(sink.modifiers.value(0) & Qt::KeypadModifier, Qt::KeyboardModifiers());
        QVERIFY(press.isAccepted());
    }

    void nativeScanCodes_data()
    {
        QTest::addColumn<quint32>("scanCode");
        QTest::addColumn<int>("expected");
        struct { const char *name; int evdev; int qtKey; } keys[] = {
            {"KEY_OK", 0x160, Qt::Key_Return},   {"KEY_SELECT", 0x161, Qt::Key_Return},
            {"KEY_BACK", 158, Qt::Key_Back},     {"KEY_RED", 0x18e, Qt::Key_Red},
            {"KEY_GREEN", 0x18f, Qt::Key_Green}, {"KEY_YELLOW", 0x190, Qt::Key_Yellow},
            {"KEY_BLUE", 0x191, Qt::Key_Blue},   {"KEY_MENU", 139, Qt::Key_Menu},
            {"KEY_UP", 103, Qt::Key_Up},         {"KEY_DOWN", 108, Qt::Key_Down},
            {"KEY_LEFT", 105, Qt::Key_Left},     {"KEY_RIGHT", 106, Qt::Key_Right},
            {"KEY_ENTER", 28, Qt::Key_Return},   {"KEY_ESC", 1, Qt::Key_Back},
        };
        for (const auto &k : keys) {
            QTest::addRow("%s xkb", k.name) << quint32(k.evdev + 8) << k.qtKey;
            QTest::addRow("%s evdev", k.name) << quint32(k.evdev) << k.qtKey;
        }
        QTest::newRow("unknown scan code") << quint32(0x2f0) << 0;
    }
    void nativeScanCodes()
    {
        QFETCH(quint32, scanCode);
        QFETCH(int, expected);
        RemoteKeyFilter filter;
        for (int key : {0, int(Qt::Key_unknown)}) {
            KeySink sink;
            qApp->installEventFilter(&filter);
            QKeyEvent press = nativeKey(scanCode, key);
            QCoreApplication::sendEvent(&sink, &press);
            qApp->removeEventFilter(&filter);
            QCOMPARE(sink.pressed, QList<int>{expected ? expected : key});
        }
    }

    void releaseIsRewrittenToo()
    {
        RemoteKeyFilter filter;
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Escape, Qt::NoModifier);
        QObject target;
        int seen = 0;
        struct Probe : QObject {
            int *seen;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::KeyRelease && static_cast<QKeyEvent *>(e)->key() == Qt::Key_Back)
                    ++*seen;
                return false;
            }
        } probe;
        probe.seen = &seen;
        target.installEventFilter(&probe);
        qApp->installEventFilter(&filter);
        QCoreApplication::sendEvent(&target, &release);
        qApp->removeEventFilter(&filter);
        QCOMPARE(seen, 1);
    }

    void overrideFileAddsAndRemoves()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("remote.json"), R"({
            "version": 1, "scanCodes": "evdev",
            "keys": { "Key_Space": "Ok", "Backspace": "None" },
            "evdev": { "0x166": "Menu", "KEY_EXIT": "Back" } })");
        RemoteKeyFilter filter;
        QString error;
        QVERIFY2(filter.loadOverride(path, &error), qPrintable(error));
        QCOMPARE(filter.map().scanCodes(), RemoteKeyMap::ScanCodes::Evdev);
        QCOMPARE(filter.classify(QKeyEvent(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier)), AppKey::Ok);
        QCOMPARE(filter.classify(QKeyEvent(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier)), AppKey::None);
        QCOMPARE(filter.classify(QKeyEvent(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier)), AppKey::Back);
        QCOMPARE(filter.classify(nativeKey(0x166)), AppKey::Menu);
        QCOMPARE(filter.classify(nativeKey(174)), AppKey::Back);
        // evdev mode: the xkb form (code + 8) no longer counts.
        QCOMPARE(filter.classify(nativeKey(0x160 + 8)), AppKey::None);
        QCOMPARE(filter.classify(nativeKey(0x160)), AppKey::Ok);
    }

    void brokenMaps_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("not json") << QByteArray("{ \"version\": 1, ") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("top level must be an object");
        QTest::newRow("no version") << QByteArray("{}") << QStringLiteral("version: must be 1");
        QTest::newRow("version 2") << QByteArray(R"({"version":2})") << QStringLiteral("version: must be 1");
        QTest::newRow("unknown field") << QByteArray(R"({"version":1,"keyz":{}})") << QStringLiteral("keyz: unknown field");
        QTest::newRow("bad mode") << QByteArray(R"({"version":1,"scanCodes":"x"})") << QStringLiteral("scanCodes:");
        QTest::newRow("keys not object") << QByteArray(R"({"version":1,"keys":[]})") << QStringLiteral("keys: must be an object");
        QTest::newRow("unknown qt key") << QByteArray(R"({"version":1,"keys":{"Key_Bogus":"Ok"}})")
                                        << QStringLiteral("keys.Key_Bogus: unknown Qt key name");
        QTest::newRow("unknown app key") << QByteArray(R"({"version":1,"keys":{"Space":"Jump"}})")
                                         << QStringLiteral("keys.Space: unknown app key \"Jump\"");
        QTest::newRow("value not string") << QByteArray(R"({"version":1,"evdev":{"KEY_OK":1}})")
                                          << QStringLiteral("evdev.KEY_OK: value must be a key name");
        QTest::newRow("code too big") << QByteArray(R"({"version":1,"evdev":{"0x300":"Ok"}})")
                                      << QStringLiteral("evdev.0x300: not an evdev code");
        QTest::newRow("code not number") << QByteArray(R"({"version":1,"evdev":{"twelve":"Ok"}})")
                                         << QStringLiteral("evdev.twelve: not an evdev code");
        QByteArray many = R"({"version":1,"evdev":{)";
        for (int i = 1; i <= RemoteKeyMap::MaxEntries + 1; ++i)
            many += (i > 1 ? "," : "") + QByteArray("\"") + QByteArray::number(i) + "\":\"Ok\"";
        many += "}}";
        QTest::newRow("too many entries") << many << QStringLiteral("more than 512 entries");
        QTest::newRow("too large") << QByteArray(RemoteKeyMap::MaxFileBytes + 10, ' ')
                                   << QStringLiteral("larger than");
    }
    void brokenMaps()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("broken.json"), json);
        RemoteKeyFilter filter;
        const int before = filter.map().size();
        QString error;
        QVERIFY(!filter.loadOverride(path, &error));
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("key map ") + path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), "errors are one line");
        // A broken override leaves the built-in map working.
        QCOMPARE(filter.map().size(), before);
        QCOMPARE(filter.classify(QKeyEvent(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier)), AppKey::Back);
    }

    void missingFile()
    {
        RemoteKeyFilter filter;
        QString error;
        QVERIFY(!filter.loadOverride(QStringLiteral("/nonexistent/tvpair-keys.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("key map /nonexistent/tvpair-keys.json: ")), qPrintable(error));
    }
};

QTEST_MAIN(TestRemoteKeyFilter)
#include "tst_remote_key_filter.moc"
