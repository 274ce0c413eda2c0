#include "TokenLifecycle.h"

#include "net/Log.h"
#include "oauth/IdTokenCheck.h"
#include "oauth/TokenClient.h"
#include "session/SecretStore.h"

#include <QRandomGenerator>

namespace tvpair {

TokenLifecycle::TokenLifecycle(const TenantConfig &config, SecretStore *store, oauth::TokenClient *tokens,
                               QObject *parent)
    : QObject(parent), m_config(config), m_store(store), m_tokens(tokens), m_jwks(config.issuer),
      m_rules(oauth::IdentityRules::fromConfig(config))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TokenLifecycle::backgroundRefresh);
}

TokenLifecycle::Stored TokenLifecycle::load(QString *error)
{
    const SecretRead r = m_store->read(SessionRecord::kEntryName);
    if (r.status == SecretRead::Unreadable) {
        *error = m_store->description() + QStringLiteral(": ") + r.error;
        return Stored::Unreadable;
    }
    if (r.status != SecretRead::Found)
        return Stored::Nothing;
    const auto rec = SessionRecord::fromBytes(r.value, error);
    if (!rec)
        return Stored::Nothing;
    if (rec->issuer != m_config.serverKey() || rec->clientId != m_config.clientId) {
        *error = QStringLiteral("it belongs to another issuer or client");
        return Stored::Nothing;
    }
    m_record = *rec;
    return Stored::Session;
}

QString TokenLifecycle::refreshTokenToRevoke()
{
    if (m_record.refreshToken.isEmpty()) {
        const SecretRead r = m_store->read(SessionRecord::kEntryName);
        if (r.status == SecretRead::Found) {
            if (const auto rec = SessionRecord::fromBytes(r.value, nullptr))
                m_record = *rec;
        }
    }
    return m_record.refreshToken;
}

void TokenLifecycle::accept(const oauth::TokenSet &t, const QString &method, const std::optional<QString> &nonce,
                            std::function<void(bool)> done)
{
    // Without openid no ID token was asked for: one sent anyway is not read (there is no
    // issuer to check it against).
    oauth::checkIdToken(
        m_tokens, m_config, m_config.expectsIdToken() ? t.idToken : QString(), m_jwks.keys(), this,
        [this, t, method, done](const std::optional<QJsonObject> &claims, const QString &error) {
            const bool ok = claims ? store(t, *claims, method) : false;
            if (!claims)
                emit failed(ViewerError(ViewerError::Code::Server, QStringLiteral("ID token rejected: ") + error), true);
            if (done)
                done(ok);
        },
        nonce);
}

bool TokenLifecycle::store(const oauth::TokenSet &t, const QJsonObject &claims, const QString &method)
{
    const QStringList before = m_record.paymentTokens.keys();
    if (!claims.isEmpty()) {
        m_idClaims = claims;
        m_jwks.save();  // the keys just verified a token: worth keeping for the next start
    }
    SessionRecord next = m_record;
    next.issuer = m_config.serverKey();
    next.clientId = m_config.clientId;
    updateIdentity(t.response);
    if (!m_identity.subject.isEmpty())
        next.subject = m_identity.subject;
    if (!t.refreshToken.isEmpty())
        next.refreshToken = t.refreshToken;  // RFC 6749 §6: a rotated refresh token replaces the old one
    if (!t.codeVerifier.isEmpty())
        next.codeVerifier = t.codeVerifier;  // sealed with the refresh token, sent on every refresh
    next.paymentTokens = t.paymentTokens;    // every token response carries the current payment tokens
    if (!next.refreshToken.isEmpty()) {
        // Stored before the new refresh token can be used, so a crash never loses a rotation.
        QString err;
        if (!m_store->write(SessionRecord::kEntryName, next.toBytes(), &err)) {
            emit failed(ViewerError(ViewerError::Code::Store, m_store->description() + QStringLiteral(": ") + err), true);
            return false;
        }
    } else {
        qCWarning(lcSession) << "the server issued no refresh token; the sign-in will not survive a restart";
    }
    m_record = next;
    m_accessToken = t.accessToken;
    scheduleRefresh(t.expiresIn);
    m_backoff.reset();
    const bool firstTime = !m_signedIn;
    m_signedIn = true;
    emit stored(method, firstTime, before != m_record.paymentTokens.keys());
    return true;
}

void TokenLifecycle::scheduleRefresh(int expiresIn)
{
    // At about 80% of the lifetime, with ±5% jitter so a fleet of TVs does not refresh in step.
    const double share = 0.75 + QRandomGenerator::global()->bounded(0.10);
    const qint64 ms = std::max<qint64>(5000, qint64(expiresIn * 1000.0 * share));
    m_refreshTimer.start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
}

void TokenLifecycle::backgroundRefresh()
{
    refresh([this](bool ok, const oauth::OAuthError &e) {
        if (ok || !m_signedIn || !e.isTransient())
            return;
        // A refresh that failed on the way keeps the session: try again with back-off.
        const int delay = m_backoff.next(e.retryAfterSeconds);
        qCWarning(lcSession).noquote() << "refresh failed, keeping the session, retry in" << delay << "ms:" << e.toString();
        m_refreshTimer.start(delay);
    });
}

void TokenLifecycle::refresh(std::function<void(bool, const oauth::OAuthError &)> done)
{
    if (m_record.refreshToken.isEmpty()) {
        oauth::OAuthError e;
        e.error = QStringLiteral("invalid_grant");
        e.description = QStringLiteral("no refresh token");
        done(false, e);
        return;
    }
    m_tokens->refresh(m_record.refreshToken, [this, done](const std::optional<oauth::TokenSet> &t, const oauth::OAuthError &e) {
        if (t) {
            accept(*t, QStringLiteral("refresh_token"), std::nullopt, [done](bool ok) {
                done(ok, ok ? oauth::OAuthError{} : oauth::OAuthError::malformed(QStringLiteral("the refreshed tokens were not accepted")));
            });
            return;
        }
        if (e.error == QLatin1String("invalid_grant") || e.error == QLatin1String("invalid_client")
            || e.error == QLatin1String("unauthorized_client")) {
            qCWarning(lcSession).noquote() << "refresh refused, the session is over:" << e.toString();
            end();
            // Announced before the caller hears of the failure, so a caller that was restoring
            // sees the new sign-in already under way and does not report a second error.
            emit refused(ViewerError::fromOAuth(e));
        }
        done(false, e);
    }, m_record.codeVerifier);
}

void TokenLifecycle::end()
{
    m_refreshTimer.stop();
    QString err;
    if (!m_store->remove(SessionRecord::kEntryName, &err))
        qCWarning(lcSession).noquote() << "could not wipe the stored session:" << err;
    m_record = SessionRecord{};
    m_accessToken.clear();
    m_idClaims = {};
    m_tokenResponse = {};
    m_userInfo = {};
    m_identity = {};
    m_signedIn = false;
}

void TokenLifecycle::updateIdentity(const QJsonObject &tokenResponse)
{
    m_tokenResponse = tokenResponse;
    const auto who = oauth::ViewerIdentity::read(m_rules, tokenResponse, m_idClaims, m_userInfo);
    // A refresh answer without the names keeps the ones read before.
    if (!who.subject.isEmpty())
        m_identity.subject = who.subject;
    if (!who.displayName.isEmpty())
        m_identity.displayName = who.displayName;
    if (!who.customerNumber.isEmpty())
        m_identity.customerNumber = who.customerNumber;
}

void TokenLifecycle::setUserInfo(const QJsonObject &claims)
{
    m_userInfo = claims;
    updateIdentity(m_tokenResponse);
    if (m_identity.subject.isEmpty() || m_identity.subject == m_record.subject || m_record.refreshToken.isEmpty()) {
        if (!m_identity.subject.isEmpty())
            m_record.subject = m_identity.subject;
        return;
    }
    // The id came from UserInfo: stored with the session, so a restart knows who it is.
    SessionRecord next = m_record;
    next.subject = m_identity.subject;
    QString err;
    if (!m_store->write(SessionRecord::kEntryName, next.toBytes(), &err)) {
        emit failed(ViewerError(ViewerError::Code::Store, m_store->description() + QStringLiteral(": ") + err), false);
        return;
    }
    m_record = next;
}

}  // namespace tvpair
