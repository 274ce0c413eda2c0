#pragma once
// The strict reader behind every tenant-config section: the first error wins and names the
// file, the field and what was expected; later checks become no-ops.
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "net/Printable.h"

namespace tvpair::config {

struct Reader {
    QString source;
    QString error;

    bool fail(const QString &field, const QString &what)
    {
        if (error.isEmpty()) {
            // A key from the file is quoted: keep the message one line (a key with a newline
            // would forge a second stderr line; found by tests/fuzz/fuzz_tenant_config).
            error = QStringLiteral("%1: field \"%2\": %3").arg(source, net::printableLine(field, 80), what);
        }
        return false;
    }

    bool onlyKeys(const QJsonObject &o, const QString &prefix, const QSet<QString> &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(prefix + it.key(), QStringLiteral("unknown key (check the spelling)"));
        }
        return true;
    }

    bool str(const QJsonObject &o, const QString &key, const QString &field, QString *out, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(field, QStringLiteral("missing; expected a string"));
            return true;
        }
        if (!v.isString())
            return fail(field, QStringLiteral("expected a string"));
        if (required && v.toString().trimmed().isEmpty())
            return fail(field, QStringLiteral("must not be empty"));
        *out = v.toString();
        return true;
    }

    bool url(const QJsonObject &o, const QString &key, const QString &field, QUrl *out)
    {
        QString s;
        if (!str(o, key, field, &s))
            return false;
        if (s.isEmpty())
            return true;
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() || (u.scheme() != "https" && u.scheme() != "http"))
            return fail(field, QStringLiteral("expected an absolute http(s) URL"));
        *out = u;
        return true;
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &field, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isBool())
            return fail(field, QStringLiteral("expected true or false"));
        *out = v.toBool();
        return true;
    }

    bool oneOf(const QString &value, const QString &field, const QStringList &allowed)
    {
        if (!allowed.contains(value))
            return fail(field, QStringLiteral("expected one of %1").arg(allowed.join(", ")));
        return true;
    }
};

}  // namespace tvpair::config

namespace tvpair {
struct PaymentConfig;
struct TenantConfig;
}

namespace tvpair::config {

// One reader per section; each returns false with r.error set on the first bad value.
// at: the field prefix of this provider's keys ("payment." or "payment[1]."), for errors.
bool readPayment(Reader &r, const QJsonObject &p, const QString &at, PaymentConfig *out);
// `payment`: one provider object or a list of them.
bool readPayments(Reader &r, const QJsonValue &v, QList<PaymentConfig> *out);
// Identity-server dialect keys and `identity` (top-level keys of the config object).
bool readDialect(Reader &r, const QJsonObject &root, TenantConfig *out);
// `branding` (top-level key).
bool readBranding(Reader &r, const QJsonObject &root, TenantConfig *out);

}  // namespace tvpair::config
