// tvpair-bridge: an RFC 8628 device authorization server for TVs in front of an identity
// server that only speaks the authorization code grant.
// Exit codes: 0 done (--check-config), 2 bad command line or config, 6 unusable store or key.
#include "BridgeServer.h"
#include "ServiceNotify.h"
#include "net/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

int fail(int code, const QString &line)
{
    std::fprintf(stderr, "tvpair-bridge: %s\n", qPrintable(tvpair::log::redact(line)));
    return code;
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tvpair-bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TVPAIR_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Device-flow sign-in for TVs in front of an authorization-code identity server"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("The bridge's JSON config."), QStringLiteral("FILE"));
    const QCommandLineOption check(QStringLiteral("check-config"), QStringLiteral("Check the config, store and keys, then exit."));
    const QCommandLineOption level(QStringLiteral("log-level"), QStringLiteral("error|warn|info|debug (default info)."),
                                   QStringLiteral("LEVEL"), QStringLiteral("info"));
    p.addOptions({config, check, level});
    if (!p.parse(app.arguments()))
        return fail(2, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("tvpair-bridge %s\n", TVPAIR_VERSION);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(2, QStringLiteral("unexpected argument %1").arg(p.positionalArguments().first()));
    if (!tvpair::log::setLevel(p.value(level)))
        return fail(2, QStringLiteral("--log-level: expected error, warn, info or debug"));
    tvpair::log::installMessageHandler();
    if (!p.isSet(config))
        return fail(2, QStringLiteral("--config FILE is required"));

    QString error;
    auto cfg = tvpair::bridge::BridgeConfig::fromFile(p.value(config), &error);
    if (!cfg)
        return fail(2, error);
    tvpair::bridge::BridgeServer server(*cfg);
    if (p.isSet(check)) {
        if (server.loadResources(&error) != tvpair::bridge::BridgeServer::StartError::None)
            return fail(6, error);
        std::puts("tvpair-bridge: config, store and keys are usable");
        return 0;
    }
    const auto started = server.start(&error);
    if (started == tvpair::bridge::BridgeServer::StartError::Resource)
        return fail(6, error);
    if (started != tvpair::bridge::BridgeServer::StartError::None)
        return fail(2, error);
    // Under systemd (Type=notify) `systemctl start` and units ordered after this one wait for this.
    // Sent before the ready line: whoever reads that line finds READY=1 already delivered.
    QByteArray why;
    if (!qEnvironmentVariableIsEmpty("NOTIFY_SOCKET") && !tvpair::bridge::notifyServiceManager("READY=1", &why))
        qWarning("could not tell the service manager that the bridge is ready: %s", why.constData());
    // Ready line for other supervisors and tests: the port actually bound.
    std::printf("{\"ready\":true,\"port\":%u}\n", unsigned(server.port()));
    std::fflush(stdout);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *n = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, &app);
        QObject::connect(n, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    // There is no reload. Without this a "kill -HUP" (a reload habit) would end the bridge, and
    // systemd counts death by SIGHUP as clean: Restart=on-abnormal would not bring it back.
    std::signal(SIGHUP, SIG_IGN);
    const int rc = app.exec();
    if (!qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
        tvpair::bridge::notifyServiceManager("STOPPING=1");
    return rc;
}
