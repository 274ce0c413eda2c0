#pragma once
// Logging categories and the redacting message handler: the one place where secrets are
// scrubbed from everything tvpair writes to a log (no secret in any log, at any level).
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcPayments)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace tvpair::log {

// Every secret value the core handles is remembered here as soon as it arrives, so that a
// log line that would contain it (by accident, in a server's error text, ...) is scrubbed.
void rememberSecret(const QString &value);
void forgetAllSecrets();
QString redact(const QString &text);
// A URL with the values of sensitive query parameters (token, code, ...) replaced by "***".
QString redactedUrl(const QUrl &url);
bool isSensitiveName(const QString &name);

// "error" | "warn" | "info" | "debug"; returns false for anything else.
bool setLevel(const QString &level);
// Routes qDebug/qInfo/qWarning/qCritical through redact() to stderr, one line per message.
void installMessageHandler();

}  // namespace tvpair::log
