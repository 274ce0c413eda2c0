// Qt Quick Test runner for tests/ui/qml/tst_*.qml, with the static TvPair module linked in.
#include "UiLanguage.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QTranslator>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(TvPairPlugin)

// TestCase.keyClick() asserts in QtTest's ASCII table for keys such as Key_Back and Key_Red, which
// are exactly what the RemoteKeyFilter delivers; this sends any key to the item's window instead.
class RemoteKeys : public QObject {
    Q_OBJECT
public:
    Q_INVOKABLE void click(QQuickItem *item, int key)
    {
        if (!item || !item->window())
            return;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
        QGuiApplication::sendEvent(item->window(), &press);
        QGuiApplication::sendEvent(item->window(), &release);
    }
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // English, as the app installs it (UiShell): the plural forms come from the catalogue.
        static QTranslator english;
        if (english.isEmpty() && !UiLanguage::load(&english, QLocale(QLocale::English)).isEmpty())
            QCoreApplication::installTranslator(&english);
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        qmlRegisterSingletonType<RemoteKeys>("TvPairTest", 1, 0, "RemoteKeys",
                                             [](QQmlEngine *, QJSEngine *) -> QObject * { return new RemoteKeys; });
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tvpair_ui_screens, Setup)
#include "tst_ui_screens.moc"
