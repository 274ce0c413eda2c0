#pragma once
// The tokens of a signed-in viewer from the moment a grant answers until the session ends:
// the ID token checked, the refresh token and payment tokens stored before anything uses them,
// a refresh scheduled before the access token expires, a refused refresh ending the session.
#include "config/TenantConfig.h"
#include "oauth/JwksCache.h"
#include "oauth/ViewerIdentity.h"
#include "session/SessionRecord.h"
#include "session/ViewerError.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

#include "net/Backoff.h"

namespace tvpair {
class SecretStore;
namespace oauth {
class TokenClient;
struct TokenSet;
struct OAuthError;
}  // namespace oauth

class TokenLifecycle : public QObject {
    Q_OBJECT
public:
    TokenLifecycle(const TenantConfig &config, SecretStore *store, oauth::TokenClient *tokens,
                   QObject *parent = nullptr);

    void setCacheDir(const QString &dir) { m_jwks.setDir(dir); }

    enum class Stored { Session, Nothing, Unreadable };
    // Reads the stored session of this issuer and client into record(). error: why an entry
    // was unreadable (Unreadable) or ignored (Nothing), one line, never a value.
    Stored load(QString *error);

    // Checks the ID token (nonce: the one the authorization request sent), then stores and
    // uses the tokens; done(true) once they are stored. A rejected ID token or a store that
    // cannot be written is reported by failed() (fatal) and done(false).
    void accept(const oauth::TokenSet &tokens, const QString &method, const std::optional<QString> &nonce,
                std::function<void(bool stored)> done = {});
    // One refresh with the stored refresh token (single-flight in TokenClient). A refusal
    // (invalid_grant, invalid_client) ends the session and is announced by refused() before
    // done(false, error) runs.
    void refresh(std::function<void(bool ok, const oauth::OAuthError &error)> done);
    // The session is over: no refresh, the stored entry removed, nothing kept in memory.
    void end();

    bool signedIn() const { return m_signedIn; }
    const SessionRecord &record() const { return m_record; }
    QString accessToken() const { return m_accessToken; }
    const QJsonObject &idClaims() const { return m_idClaims; }
    // Who the viewer is (config `identity`): from the last token response, the ID token and
    // UserInfo; names missing from a later answer keep their earlier values. Memory only,
    // except the subject, which is stored with the session.
    const oauth::ViewerIdentity &identity() const { return m_identity; }
    const oauth::IdentityRules &identityRules() const { return m_rules; }
    // UserInfo's claims, fetched after a sign-in when the identity looks there.
    void setUserInfo(const QJsonObject &claims);
    // The refresh token to revoke at sign-out: the one in memory, else the stored one.
    QString refreshTokenToRevoke();

signals:
    // Tokens stored. firstTime: the viewer was not signed in before; providersChanged: the set
    // of payment providers with a token differs from before.
    void stored(const QString &method, bool firstTime, bool providersChanged);
    void failed(const tvpair::ViewerError &error, bool fatal);
    // The server refused a refresh: the session has ended (end() ran).
    void refused(const tvpair::ViewerError &error);

private:
    bool store(const oauth::TokenSet &tokens, const QJsonObject &claims, const QString &method);
    void scheduleRefresh(int expiresIn);
    void updateIdentity(const QJsonObject &tokenResponse);
    void backgroundRefresh();

    TenantConfig m_config;
    SecretStore *m_store;
    oauth::TokenClient *m_tokens;
    oauth::JwksCache m_jwks;
    SessionRecord m_record;
    QString m_accessToken;
    QJsonObject m_idClaims;
    oauth::IdentityRules m_rules;
    oauth::ViewerIdentity m_identity;
    QJsonObject m_tokenResponse;  // the last one, in memory only (it holds the tokens); never logged
    QJsonObject m_userInfo;
    bool m_signedIn = false;
    QTimer m_refreshTimer;
    net::Backoff m_backoff{1000, 60000};
};

}  // namespace tvpair
