// tvpair: the composition root. Command line and tenant config, the secret
// store back end, then either the 10-foot UI or headless mode over the same SessionController.
#include "AppModules.h"
#include "HeadlessRunner.h"
#include "config/TenantConfig.h"
#include "net/HttpClient.h"
#include "net/Log.h"
#include "secrets/SecretStoreFactory.h"
#include "session/SessionController.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <memory>

#ifdef TVPAIR_WITH_UI
#include <dlfcn.h>
#endif

using namespace tvpair;

namespace {

// The headless `error` event for what happens before a HeadlessRunner exists.
void printErrorEvent(const QString &code, const QString &message)
{
    HeadlessRunner::writeEvent({{"event", "error"}, {"code", code}, {"message", message}});
}

// One line on stderr, never a secret (messages come from the redacting layers). A run without a
// window prints the error event first: `config` for exit 2, `store` for exit 6.
int fail(int code, const QString &message, bool events)
{
    const QString text = log::redact(message);
    if (events) {
        if (code == 6)
            printErrorEvent(QStringLiteral("store"), QStringLiteral("The sign-in cannot be kept on this TV: %1").arg(text));
        else
            printErrorEvent(QStringLiteral("config"), QStringLiteral("The app is not set up correctly: %1").arg(text));
    }
    const QByteArray line = QStringLiteral("tvpair: %1\n").arg(text).toUtf8();
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return code;
}

struct Options {
    QString configPath;
    QString storeDir;
    bool headless = false;
    bool signOut = false;
    bool remoteEmulator = false;
    bool keepTrying = false;
    QString logLevel = QStringLiteral("warn");
    QString watchPurchase;
};

// Config search order: --config, TVPAIR_CONFIG, the XDG user dir, /etc; empty = built-in sandbox config.
QString findConfig(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString env = qEnvironmentVariable("TVPAIR_CONFIG");
    if (!env.isEmpty())
        return env;
    QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (xdg.isEmpty())
        xdg = QDir::homePath() + QStringLiteral("/.config");
    const QString user = xdg + QStringLiteral("/tvpair/config.json");
    if (QFileInfo::exists(user))
        return user;
    if (QFileInfo::exists(QStringLiteral("/etc/tvpair/config.json")))
        return QStringLiteral("/etc/tvpair/config.json");
    return {};
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Runs without a window print JSON events: --headless, --sign-out, a build without the UI, or
// no display to open one on (main() falls back to headless then).
bool printsEvents(bool headless, bool signOut)
{
#ifdef TVPAIR_WITH_UI
    return headless || signOut || !hasDisplay();
#else
    Q_UNUSED(headless);
    Q_UNUSED(signOut);
    return true;
#endif
}

#ifdef TVPAIR_WITH_UI
// The UI module (app/UiEntry.cpp), loaded only for a window: headless runs never map Qt Gui,
// Quick or Qml (faster start-up).
struct UiModule {
    QCoreApplication *(*createApp)(int *, char **) = nullptr;
    int (*run)(SessionController *, bool) = nullptr;

    bool open(QString *error)
    {
        const QString name = QStringLiteral("libtvpair_ui.so");
        void *handle = openAppModule(name, error);
        if (!handle)
            return false;
        createApp = reinterpret_cast<QCoreApplication *(*)(int *, char **)>(dlsym(handle, "tvpair_ui_create_app"));
        run = reinterpret_cast<int (*)(SessionController *, bool)>(dlsym(handle, "tvpair_ui_run"));
        if (!createApp || !run) {
            *error = name + QStringLiteral(": not a tvpair UI module");
            return false;
        }
        return true;
    }
};
#endif

}  // namespace

int main(int argc, char **argv)
{
    log::installMessageHandler();
    log::setLevel(QStringLiteral("warn"));

    // The command line is read before any QGuiApplication exists, so headless runs never touch a display.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sign in on a TV with a code, then list products and entitlements."));
    const QCommandLineOption configOpt("config", "Tenant config file.", "FILE");
    const QCommandLineOption storeOpt("store", "Use the sealed file secret store in DIR.", "DIR");
    const QCommandLineOption headlessOpt("headless", "No window: print JSON events on stdout.");
    const QCommandLineOption signOutOpt("sign-out", "Revoke the stored refresh token, wipe the store, exit.");
    const QCommandLineOption remoteOpt("remote-emulator", "Also open an on-screen remote control.");
    const QCommandLineOption keepOpt("keep-trying", "Headless: get a new code when one expires instead of exiting 4.");
    const QCommandLineOption logOpt("log-level", "error, warn, info or debug (default: $TVPAIR_LOG_LEVEL, else warn).", "LEVEL", "warn");
    const QCommandLineOption watchOpt("watch-purchase",
                                      "Headless: print the checkout URL of product ID (an id of the products event), "
                                      "wait for its purchase, print entitlement_granted; exit 4 when the wait ends.",
                                      "PRODUCT_ID");
    const QCommandLineOption versionOpt("version", "Print the version.");
    const QCommandLineOption helpOpt(QStringList{"help", "h"}, "Print this help.");
    parser.addOptions({configOpt, storeOpt, headlessOpt, signOutOpt, remoteOpt, keepOpt, logOpt, watchOpt, versionOpt, helpOpt});
    if (!parser.parse(args)) {
        const bool events = printsEvents(args.contains(QStringLiteral("--headless")), args.contains(QStringLiteral("--sign-out")));
        return fail(2, parser.errorText() + QStringLiteral(" (see --help)"), events);
    }
    const bool events = printsEvents(parser.isSet(headlessOpt) || parser.isSet(watchOpt), parser.isSet(signOutOpt));
    if (!parser.positionalArguments().isEmpty())
        return fail(2, QStringLiteral("unexpected argument \"%1\" (see --help)").arg(parser.positionalArguments().first()), events);
    if (parser.isSet(helpOpt)) {
        fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOpt)) {
        fputs("tvpair " TVPAIR_VERSION "\n", stdout);
        return 0;
    }
    Options o;
    o.configPath = parser.value(configOpt);
    o.storeDir = parser.value(storeOpt);
    o.headless = parser.isSet(headlessOpt) || parser.isSet(watchOpt);  // watching is a headless run
    o.signOut = parser.isSet(signOutOpt);
    o.remoteEmulator = parser.isSet(remoteOpt);
    o.keepTrying = parser.isSet(keepOpt);
    o.logLevel = parser.value(logOpt);
    o.watchPurchase = parser.value(watchOpt).trimmed();
    if (parser.isSet(watchOpt) && o.watchPurchase.isEmpty())
        return fail(2, QStringLiteral("--watch-purchase: expected a product id (see --help)"), events);
    if (parser.isSet(watchOpt) && o.signOut)
        return fail(2, QStringLiteral("--watch-purchase cannot be combined with --sign-out"), events);
    // $TVPAIR_LOG_LEVEL (same values) when --log-level is not given; the option wins.
    QString levelFrom = QStringLiteral("--log-level");
    const QString envLevel = qEnvironmentVariable("TVPAIR_LOG_LEVEL");
    if (!parser.isSet(logOpt) && !envLevel.isEmpty()) {
        o.logLevel = envLevel;
        levelFrom = QStringLiteral("TVPAIR_LOG_LEVEL");
    }
    if (!log::setLevel(o.logLevel))
        return fail(2, QStringLiteral("%1: expected error, warn, info or debug, got \"%2\"").arg(levelFrom, o.logLevel.left(40)), events);

    const QString configPath = findConfig(o.configPath);
    TenantConfig config;
    if (configPath.isEmpty()) {
        bool ok = false;
        const int port = qEnvironmentVariableIntValue("TVPAIR_SANDBOX_PORT", &ok);
        config = TenantConfig::builtinSandbox(ok && port > 0 ? port : 8740);
    } else {
        QString err;
        const auto c = TenantConfig::fromFile(configPath, &err);
        if (!c)
            return fail(2, err, events);
        config = *c;
    }

#ifdef TVPAIR_WITH_UI
    const bool ui = !o.headless && !o.signOut;
    if (ui && !hasDisplay()) {
        o.headless = true;
        fputs("tvpair: no display found; running headless\n", stderr);
    }
#else
    if (!o.signOut)
        o.headless = true;
#endif
    std::unique_ptr<QCoreApplication> app;
#ifdef TVPAIR_WITH_UI
    UiModule uiModule;
    if (!o.headless && !o.signOut) {
        QString err;
        if (!uiModule.open(&err))
            return fail(2, QStringLiteral("the user interface could not be loaded: %1").arg(err), false);
        app.reset(uiModule.createApp(&argc, argv));
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tvpair"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TVPAIR_VERSION));

    StoreOptions storeOptions;
    storeOptions.dir = o.storeDir;
    storeOptions.preferKeychain = o.storeDir.isEmpty() && !o.headless;
    // A key file for the sealed store comes from the environment, like the systemd credential,
    // so its path is set in the unit (Environment=) and never has to be on the command line.
    storeOptions.keyFile = qEnvironmentVariable("TVPAIR_STORE_KEY_FILE");
#ifdef TVPAIR_KEYCHAIN_MODULE
    // Loaded by openSecretStore() only when the keychain is preferred (never in a headless run).
    setKeychainBackend(&openKeychainModule);
#endif
    QString storeError, storeRepaired;
    std::unique_ptr<SecretStore> store = openSecretStore(storeOptions, &storeError, &storeRepaired);
    if (!store)
        return fail(6, storeError, o.headless || o.signOut);
    if (!storeRepaired.isEmpty() && (o.headless || o.signOut)) {
        // The store made a new key and kept the old entries aside (logged with the details): the
        // run goes on to a fresh sign-in.
        printErrorEvent(QStringLiteral("store"),
                        QStringLiteral("The key that kept the sign-in on this TV was damaged and has been replaced; please sign in again."));
    }

    net::HttpClient http(net::UrlPolicy{config.allowInsecureLoopback});
    SessionController session(config, store.get(), &http);
    session.setCacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));

    if (o.headless || o.signOut) {
        session.setRenewExpiredCodes(o.keepTrying);
        session.setRetryBudget(6);
        HeadlessRunner runner(&session, o.signOut ? HeadlessRunner::SignOut : HeadlessRunner::SignIn);
        runner.setWatchPurchase(o.watchPurchase);
        QObject::connect(&runner, &HeadlessRunner::finished, app.get(), [](int code) { QCoreApplication::exit(code); });
        QTimer::singleShot(0, &runner, &HeadlessRunner::start);
        return app->exec();
    }
#ifdef TVPAIR_WITH_UI
    const int rc = uiModule.run(&session, o.remoteEmulator);
    if (rc < 0)
        return fail(2, QStringLiteral("the user interface could not be loaded"), false);
    return rc;
#else
    return 0;
#endif
}
