#include "BridgeServer.h"

#include "PostgresPendingStore.h"
#include "SqlitePendingStore.h"
#include "Upstream.h"
#include "net/HttpClient.h"
#include "net/Log.h"

namespace tvpair::bridge {

// m_ctx is declared before the handlers, so they are built from the final config.
BridgeServer::BridgeServer(BridgeConfig config, QObject *parent) : QObject(parent), m_ctx{std::move(config)}
{
    m_client = new net::HttpClient(net::UrlPolicy{m_ctx.config.upstream.allowInsecureLoopback}, this);
    m_ctx.upstream = new Upstream(m_ctx.config.upstream, m_client, this);
    m_ctx.upstream->setMetrics(&m_ctx.metrics);
    m_purge.setInterval(kPurgeIntervalMs);
    connect(&m_purge, &QTimer::timeout, this, [this] {
        const int n = m_ctx.store->purgeExpired(nowMs());
        if (n > 0)
            qCInfo(lcStore) << "bridge: purged" << n << "expired authorizations";
    });
}

BridgeServer::~BridgeServer()
{
    if (m_http)
        m_http->close();  // before the store and context the handlers use go away
}

BridgeServer::StartError BridgeServer::loadResources(QString *error)
{
    if (m_ctx.config.postgres)
        m_store = std::make_unique<PostgresPendingStore>(*m_ctx.config.postgres);
    else
        m_store = std::make_unique<SqlitePendingStore>(m_ctx.config.storePath);
    if (!m_store->open(error))
        return StartError::Resource;
    m_ctx.store = m_store.get();
    auto sealer = Sealer::fromDirectory(m_ctx.config.sealingKeyDir, error);
    if (!sealer)
        return StartError::Resource;
    m_ctx.sealer = *sealer;
    m_ctx.signingKey = SigningKey::fromPemFile(m_ctx.config.signingKeyPath, error);
    if (!m_ctx.signingKey)
        return StartError::Resource;
    return StartError::None;
}

BridgeServer::StartError BridgeServer::start(QString *error)
{
    if (!m_ctx.store) {
        const StartError e = loadResources(error);
        if (e != StartError::None)
            return e;
    }
    HttpServerLimits limits;
    limits.maxBodyBytes = m_ctx.config.maxBodyBytes;
    limits.maxConnections = m_ctx.config.maxConnections;
    limits.idleTimeoutSeconds = m_ctx.config.idleTimeoutSeconds;
    // Behind a reverse proxy every connection comes from the proxy: no per-address cap then.
    if (!m_ctx.config.trustedProxies.isEmpty())
        limits.maxConnectionsPerAddress = 0;
    m_http = new HttpServer(limits, this);
    m_http->setHandler([this](const HttpServerRequest &r, Responder respond) { route(r, respond); });
    // Polls of pending codes on the listener's thread, when the store keeps them in memory.
    if (m_ctx.store->pollIndex()) {
        m_http->setFastHandler([this](const HttpServerRequest &r, HttpServerResponse *out) {
            return m_device.answerFromMemory(r, out);
        });
    }
    if (!m_http->listen(m_ctx.config.listenAddress, m_ctx.config.listenPort, error)) {
        *error = QStringLiteral("config: listen: ") + *error;
        return StartError::Config;
    }
    m_ctx.store->purgeExpired(nowMs());
    m_purge.start();
    qCInfo(lcApp).noquote() << "bridge: listening on" << m_ctx.config.listenAddress.toString() << "port" << m_http->port()
                            << "as" << m_ctx.config.publicUrl.toString();
    return StartError::None;
}

void BridgeServer::route(const HttpServerRequest &request, const Responder &respond)
{
    qCDebug(lcNet).noquote() << "bridge:" << request.method << request.path;
    if (m_device.handle(request, respond) || m_phone.handle(request, respond))
        return;
    respond(oauthError(404, "not_found"));
}

}  // namespace tvpair::bridge
