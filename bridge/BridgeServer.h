#pragma once
// The whole bridge as one object: loads the store and keys named by the config, listens, routes
// each request to the TV endpoints or the phone pages, and purges expired rows. The executable
// and the tests start it the same way.
#include "BridgeContext.h"
#include "DeviceEndpoints.h"
#include "HttpServer.h"
#include "PhonePages.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace tvpair::net { class HttpClient; }

namespace tvpair::bridge {

class BridgeServer : public QObject {
    Q_OBJECT
public:
    enum class StartError { None, Config, Resource };

    explicit BridgeServer(BridgeConfig config, QObject *parent = nullptr);
    ~BridgeServer() override;

    // Store, sealing keys and signing key (Resource on failure); then listening (Config: the
    // `listen` address is unusable). *error is one line.
    StartError loadResources(QString *error);
    StartError start(QString *error);
    quint16 port() const { return m_http ? m_http->port() : 0; }
    BridgeContext &context() { return m_ctx; }

    static constexpr int kPurgeIntervalMs = 60 * 1000;

private:
    void route(const HttpServerRequest &request, const Responder &respond);

    BridgeContext m_ctx;
    std::unique_ptr<PendingStore> m_store;
    net::HttpClient *m_client = nullptr;
    HttpServer *m_http = nullptr;
    DeviceEndpoints m_device{&m_ctx};
    PhonePages m_phone{&m_ctx};
    QTimer m_purge;
};

}  // namespace tvpair::bridge
