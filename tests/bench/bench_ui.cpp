// tvpair_bench_ui: offscreen UI measurements for tests/bench/run-benchmarks.sh (not a ctest test;
// it asserts nothing, it prints one JSON line on stdout).
//
//   tvpair_bench_ui signin [--hold S]   the real Main.qml, TvSession preview with a code + QR set
//   tvpair_bench_ui bare   [--hold S]   a bare 1920x1080 Window with one Text (the baseline)
//   tvpair_bench_ui home   [--items N] [--keys K] [--key-interval MS]
//   ... signin|bare --screenshot FILE.png [--size WxH]   also saves the first frame (to look at it)
//
// signin/bare: "main_ns" (main() entered) and "loaded_ns" (QML loaded) show where the time goes;
// "first_frame_ns" is CLOCK_MONOTONIC when QQuickWindow::frameSwapped first fires
// after the code (or the Text) was set; the caller subtracts its own CLOCK_MONOTONIC taken just
// before spawning this process, so the figure is "process start to first frame with the code".
// With --hold S the process then stays S seconds (sign-in countdown running) and reports
// VmHWM (peak RSS) and VmRSS (steady RSS) from /proc/self/status.
//
// home: N products + N entitlements into TvSession's preview models ("build_ms"), phase
// signedIn, then K Right-key presses every MS ms on each row; every frame's cost (afterAnimating
// -> frameSwapped: polish, sync, render, swap on the GUI thread of the software backend) and the
// time each key event takes to be handled are reported as p50/p99/max.
#include "TvSession.h"
#include "UiLanguage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>
#include <functional>
#include <cstdio>
#include <ctime>

Q_IMPORT_QML_PLUGIN(TvPairPlugin)

namespace {

qint64 monoNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray k(key);
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(k))
            return line.mid(k.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

double pct(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}

void emitJson(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    fwrite(line.constData(), 1, size_t(line.size()), stdout);
    fflush(stdout);
}

TvSession *previewSession(QQmlEngine *engine)
{
    // Importing the module registers its types; then the singleton can be filled before Main loads.
    QQmlComponent probe(engine);
    probe.setData("import TvPair\nimport QtQml\nQtObject { property var s: TvSession }", QUrl());
    std::unique_ptr<QObject> holder(probe.create());
    const int typeId = qmlTypeId("TvPair", 1, 0, "TvSession");
    return engine->singletonInstance<TvSession *>(typeId);
}

}  // namespace

int main(int argc, char **argv)
{
    const qint64 mainNs = monoNs();  // dynamic loading and static initialisation are over
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    auto opt = [&](const char *name, int def) {
        const int i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : def;
    };
    const int holdS = opt("--hold", 0);
    // --language xx: the UI in that language (catalogue and locale), as the app applies it.
    const int languageAt = args.indexOf(QLatin1String("--language"));
    if (languageAt > 0 && languageAt + 1 < args.size())
        UiLanguage::apply(args.at(languageAt + 1));

    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    TvSession *session = nullptr;
    std::unique_ptr<QObject> bareRoot;

    if (mode == QLatin1String("bare")) {
        QQmlComponent c(&engine);
        c.setData("import QtQuick\nWindow { width: 1920; height: 1080; visible: true; color: \"#0B1020\"\n"
                  "  property alias code: t.text\n"
                  "  Text { id: t; anchors.centerIn: parent; font.pixelSize: 120; font.bold: true; color: \"white\" } }",
                  QUrl());
        bareRoot.reset(c.create());
        window = qobject_cast<QQuickWindow *>(bareRoot.get());
        if (!window) {
            fprintf(stderr, "bare window did not load: %s\n", qPrintable(c.errorString()));
            return 2;
        }
    } else if (mode == QLatin1String("signin") || mode == QLatin1String("home")) {
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        session = previewSession(&engine);
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/TvPair/Main.qml")));
        if (engine.rootObjects().isEmpty() || !session)
            return 2;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    } else {
        fprintf(stderr, "usage: %s signin|bare|home [--language xx] [--hold S] [--items N] [--keys K] [--key-interval MS]\n", argv[0]);
        return 2;
    }

    // Where the time goes: exec + dynamic linking (-> main_ns), QML compilation + object creation
    // (-> loaded_ns), then polish, layout, text shaping and rendering (-> first_frame_ns).
    QJsonObject out{{"mode", mode}, {"main_ns", QString::number(mainNs)}, {"loaded_ns", QString::number(monoNs())}};

    if (mode != QLatin1String("home")) {
        // Set the code now, then wait for the first frame that is swapped after it.
        if (session) {
            session->setPreview({{"phase", int(tvpair::SessionState::Phase::WaitingForApproval)}});
            session->setPreview({{"verificationUri", QStringLiteral("http://127.0.0.1:8740/device")}});
            session->setPreview({{"verificationUriComplete", QStringLiteral("http://127.0.0.1:8740/device?user_code=WDJB-MJHT")}});
            session->setPreview({{"userCode", QStringLiteral("WDJB-MJHT")}});
            session->setPreview({{"expiresIn", 600}});
        } else {
            bareRoot->setProperty("code", QStringLiteral("WDJB-MJHT"));
        }
        bool first = true;
        int framesAfterFirst = 0;  // frames rendered while holding: a still screen renders none
        QElapsedTimer holdClock;
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&]() {
            if (!first) {
                ++framesAfterFirst;
                return;
            }
            holdClock.start();
            first = false;
            out.insert("first_frame_ns", QString::number(monoNs()));
            out.insert("rss_first_frame_kb", statusKb("VmRSS:"));
            QTimer::singleShot(holdS * 1000, &app, [&]() {
                out.insert("hwm_kb", statusKb("VmHWM:"));
                out.insert("rss_kb", statusKb("VmRSS:"));
                out.insert("hold_s", holdS);
                out.insert("frames_per_s", holdS > 0 ? framesAfterFirst * 1000.0 / holdClock.elapsed() : 0.0);
                emitJson(out);
                QCoreApplication::quit();
            });
        }, Qt::DirectConnection);
        const int shotAt = args.indexOf(QLatin1String("--screenshot"));
        if (shotAt > 0 && shotAt + 1 < args.size()) {
            const int sizeAt = args.indexOf(QLatin1String("--size"));
            if (sizeAt > 0 && sizeAt + 1 < args.size()) {
                const QStringList wh = args.at(sizeAt + 1).split(QLatin1Char('x'));
                window->resize(wh.value(0).toInt(), wh.value(1).toInt());
            }
            const QString file = args.at(shotAt + 1);
            // After the first frame: grab what it showed (grabWindow renders the same scene again).
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window, file]() {
                static bool saved = false;
                if (!saved)
                    saved = window->grabWindow().save(file);
            }, Qt::QueuedConnection);
        }
        window->requestUpdate();
        return app.exec();
    }

    // ---- home: 10,000 products and entitlements, scrolled with the remote ----------------
    const int items = opt("--items", 10000);
    const int keys = opt("--keys", 150);
    const int keyIntervalMs = opt("--key-interval", 50);
    QVariantList ents;
    ents.reserve(items);
    static const char *statuses[] = {"active", "trial", "cancelled_valid", "expired", "active"};
    for (int i = 0; i < items; ++i)
        ents.append(QVariantMap{{"id", QStringLiteral("E%1").arg(i)},
                                {"title", QStringLiteral("Entitlement %1").arg(i + 1)},
                                {"status", QLatin1String(statuses[i % 5])},
                                {"expiresAt", QStringLiteral("2030-03-0%1T12:00:00Z").arg(1 + i % 9)},
                                {"provider", QStringLiteral("cleeng")}});
    QElapsedTimer build;
    build.start();
    session->fillPreviewProducts(items);
    session->setPreviewEntitlements(ents);
    out.insert("build_ms", build.nsecsElapsed() / 1e6);
    QElapsedTimer toHome;
    toHome.start();
    session->setPreview({{"subject", QStringLiteral("alice")}});
    session->setPreview({{"phase", int(tvpair::SessionState::Phase::SignedIn)}});

    std::vector<double> frames, keyMs;
    qint64 frameStart = 0;
    bool recording = false;
    bool homeShown = false;
    QObject::connect(window, &QQuickWindow::afterAnimating, &app, [&]() { frameStart = monoNs(); },
                     Qt::DirectConnection);
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&]() {
        if (!homeShown) {
            homeShown = true;
            out.insert("home_first_frame_ms", toHome.nsecsElapsed() / 1e6);
            // How many delegates each row holds (a row should hold a screenful + cacheBuffer).
            QJsonArray delegates;
            std::function<void(QQuickItem *)> walk = [&](QQuickItem *it) {
                if (it->objectName() == QLatin1String("cardList")) {
                    auto *content = it->property("contentItem").value<QQuickItem *>();
                    delegates.append(content ? int(content->childItems().size()) : -1);
                }
                for (QQuickItem *c : it->childItems())
                    walk(c);
            };
            walk(window->contentItem());
            out.insert("delegates_per_row", delegates);
        }
        if (recording && frameStart)
            frames.push_back((monoNs() - frameStart) / 1e6);
    }, Qt::DirectConnection);

    int sent = 0;
    QTimer keyTimer;
    keyTimer.setInterval(keyIntervalMs);
    keyTimer.setTimerType(Qt::PreciseTimer);
    auto press = [&](int key) {
        const qint64 t0 = monoNs();
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &down);
        QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &up);
        keyMs.push_back((monoNs() - t0) / 1e6);
    };
    QObject::connect(&keyTimer, &QTimer::timeout, &app, [&]() {
        // First row: entitlements ("You have"); then Down to products ("Available").
        if (sent == keys)
            press(Qt::Key_Down);
        else
            press(Qt::Key_Right);
        if (++sent > 2 * keys) {
            keyTimer.stop();
            QTimer::singleShot(500, &app, [&]() {
                recording = false;
                out.insert("frames", int(frames.size()));
                out.insert("frame_p50_ms", pct(frames, 50));
                out.insert("frame_p99_ms", pct(frames, 99));
                out.insert("frame_max_ms", pct(frames, 100));
                out.insert("key_p50_ms", pct(keyMs, 50));
                out.insert("key_p99_ms", pct(keyMs, 99));
                out.insert("key_max_ms", pct(keyMs, 100));
                out.insert("hwm_kb", statusKb("VmHWM:"));
                emitJson(out);
                QCoreApplication::quit();
            });
        }
    });
    // Start scrolling once the home screen has settled.
    QTimer::singleShot(1500, &app, [&]() {
        recording = true;
        keyTimer.start();
    });
    QTimer::singleShot(120000, &app, [&]() { QCoreApplication::exit(3); });
    return app.exec();
}
