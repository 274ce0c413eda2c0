#pragma once
// The bridge's JSON config. Parsing is strict like the TV app's tenant config: unknown keys
// and wrong types are errors, and every error is one line naming the field.
#include "PostgresPendingStore.h"
#include "config/TenantConfig.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace tvpair::bridge {

struct TvClient {
    QString id;
    QString name;  // shown on the phone's confirmation page
};

struct BridgeConfig {
    QUrl publicUrl;             // https (http only on a loopback host); no path, query or fragment
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8741;
    QString storePath;          // "sqlite:PATH"; PATH relative to the config file's directory
    std::optional<PostgresTarget> postgres;  // "postgresql://...": set instead of storePath
    QString sealingKeyDir;      // "<version>.key" files; e.g. a systemd credential directory
    QString signingKeyPath;     // EC P-256 private key, PEM
    QList<TvClient> clients;
    int userCodeTtlSeconds = 600;
    int pollIntervalSeconds = 5;
    qint64 maxBodyBytes = 16 * 1024;
    int maxConnections = 256;
    int idleTimeoutSeconds = 10;
    // Wrong user codes: per client address and in all, per window (RFC 8628 §5.1).
    int wrongCodesPerAddress = 10;
    int wrongCodesGlobal = 1000;
    int wrongCodeWindowSeconds = 600;
    // Reverse proxies whose X-Forwarded-For names the client (its last entry is used).
    QList<QHostAddress> trustedProxies;
    // The identity server as the bridge's own confidential client sees it, read by the TV
    // app's tenant-config reader: issuer (or endpoints / discovery_url), client_id/secret,
    // token_endpoint_auth_method, scope, allow_insecure_loopback, and the dialect keys
    // (response_type, response_mode, authorization_params, token_params, refresh_params,
    // refresh_with_code_verifier, token_dialect, identity).
    TenantConfig upstream;
    QUrl redirectUri;           // registered at the identity server; default <public_url>/callback
    // How the identity server answers at the callback: query | form_post | fragment (derived
    // from upstream: `code id_token` is never answered in a query).
    QString responseMode = QStringLiteral("query");

    const TvClient *client(const QString &id) const;

    // `source` names the text in a syntax error (fromFile passes the file's path).
    static std::optional<BridgeConfig> fromJson(const QByteArray &json, const QString &baseDir, QString *error,
                                                const QString &source = QStringLiteral("(file)"));
    static std::optional<BridgeConfig> fromFile(const QString &path, QString *error);
};

}  // namespace tvpair::bridge
