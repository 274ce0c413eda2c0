#include "Log.h"
#include "SecretLife.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <cstdio>

Q_LOGGING_CATEGORY(lcNet, "tvpair.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOAuth, "tvpair.oauth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "tvpair.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPayments, "tvpair.payments", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "tvpair.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "tvpair.app", QtWarningMsg)

namespace tvpair::log {
namespace {
QMutex g_mutex;
// One pool per lifetime, in insertion order, so the oldest values of a pool can be dropped: a TV
// that refreshes for months or a bridge that hands out codes all day must not grow these (and
// the cost of every log line) without bound, and one pool's churn never evicts another's values.
struct Pool {
    QSet<QString> values;
    QList<QString> order;
    qsizetype max;
};
constexpr int kPools = 3;
Pool *pools()
{
    static Pool p[kPools] = {{{}, {}, 128}, {{}, {}, 512}, {{}, {}, 512}};
    return p;
}
Pool &poolOf(SecretLife life)
{
    return pools()[int(life)];
}
// Names whose values are secrets wherever they appear (query, form, JSON).
const QStringList kSensitive = {
    "token",         "access_token", "refresh_token", "id_token",     "device_code",
    "code",          "code_verifier", "client_secret", "password",    "user_code",
    "authorization", "assertion",    "state",         "nonce",        "secret",
};
}  // namespace

void rememberSecret(const QString &value)
{
    rememberSecret(value, SecretLife::Token);
}

void rememberSecret(const QString &value, SecretLife life)
{
    // Very short values would scrub ordinary words; nothing tvpair treats as a secret is that short.
    if (value.size() < 6)
        return;
    QMutexLocker lock(&g_mutex);
    // Already kept as long or longer: nothing to do. Kept shorter (a verifier first seen in a
    // sign-in, then sealed for every refresh): moved to the longer-lived pool.
    for (int i = 0; i <= int(life); ++i) {
        if (pools()[i].values.contains(value))
            return;
    }
    for (int i = int(life) + 1; i < kPools; ++i) {
        Pool &shorter = pools()[i];
        if (shorter.values.remove(value))
            shorter.order.removeOne(value);
    }
    Pool &p = poolOf(life);
    p.values.insert(value);
    p.order.append(value);
    while (p.order.size() > p.max)
        p.values.remove(p.order.takeFirst());
}

void forgetSecret(const QString &value)
{
    QMutexLocker lock(&g_mutex);
    for (int i = 0; i < kPools; ++i) {
        Pool &p = pools()[i];
        if (p.values.remove(value))
            p.order.removeOne(value);
    }
}

void forgetAllSecrets()
{
    QMutexLocker lock(&g_mutex);
    for (int i = 0; i < kPools; ++i) {
        pools()[i].values.clear();
        pools()[i].order.clear();
    }
}

int rememberedSecretCount(SecretLife life)
{
    QMutexLocker lock(&g_mutex);
    return int(poolOf(life).values.size());
}

bool isSensitiveName(const QString &name)
{
    const QString n = name.toLower();
    // *_token_hint (id_token_hint) and *_assertion (client_assertion) carry whole tokens too.
    return kSensitive.contains(n) || n.endsWith("_token") || n.endsWith("_secret") || n.endsWith("_token_hint")
        || n.endsWith("_assertion");
}

QString redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&g_mutex);
        for (int i = 0; i < kPools; ++i) {
            for (const QString &s : std::as_const(pools()[i].values)) {
                if (out.contains(s))
                    out.replace(s, QStringLiteral("***"));
            }
        }
    }
    // Credentials after an auth scheme first: the key=value pass below would otherwise take only
    // the scheme word of `"authorization":"Bearer xyz"` and leave the token itself.
    // Each pattern runs only where it could match: the first needs a scheme word, the second a '='
    // or a ':'. Most lines have neither (the one warning a start-up prints, say), and then no
    // pattern is compiled or run: compiling the two (PCRE2's JIT) was ~1.2 M instructions, 7 % of
    // a headless start to the user code.
    if (out.contains(QLatin1String("bearer"), Qt::CaseInsensitive) || out.contains(QLatin1String("basic"), Qt::CaseInsensitive)) {
        static const QRegularExpression bearer(QStringLiteral(R"((Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
                                               QRegularExpression::CaseInsensitiveOption);
        out.replace(bearer, QStringLiteral("\\1 ***"));
    }
    // Belt and braces: key=value and "key":"value" pairs with a sensitive key.
    if (out.contains(QLatin1Char('=')) || out.contains(QLatin1Char(':'))) {
        static const QRegularExpression kv(
            QStringLiteral(R"((\b[A-Za-z_]*(?:token|code|secret|password|verifier|nonce|state|assertion|authorization)(?:_hint)?\b)(=|"\s*:\s*")([^&"\s]+))"),
            QRegularExpression::CaseInsensitiveOption);
        out.replace(kv, QStringLiteral("\\1\\2***"));
    }
    return out;
}

QString redactedUrl(const QUrl &url)
{
    QUrl u = url;
    u.setUserInfo(QString());
    if (u.hasQuery()) {
        QUrlQuery q(u);
        auto items = q.queryItems(QUrl::FullyEncoded);
        for (auto &it : items) {
            if (isSensitiveName(it.first))
                it.second = QStringLiteral("***");
        }
        q.setQueryItems(items);
        u.setQuery(q);
    }
    return redact(u.toString());
}

bool setLevel(const QString &level)
{
    QString rules;
    if (level == "error")
        rules = "tvpair.*.warning=false\ntvpair.*.critical=true";
    else if (level == "warn")
        rules = "tvpair.*.warning=true\ntvpair.*.info=false\ntvpair.*.debug=false";
    else if (level == "info")
        rules = "tvpair.*.warning=true\ntvpair.*.info=true\ntvpair.*.debug=false";
    else if (level == "debug")
        rules = "tvpair.*.warning=true\ntvpair.*.info=true\ntvpair.*.debug=true";
    else
        return false;
    QLoggingCategory::setFilterRules(rules);
    return true;
}

static void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const char *lvl = "debug";
    switch (type) {
    case QtDebugMsg: lvl = "debug"; break;
    case QtInfoMsg: lvl = "info"; break;
    case QtWarningMsg: lvl = "warn"; break;
    case QtCriticalMsg: lvl = "error"; break;
    case QtFatalMsg: lvl = "fatal"; break;
    }
    QString line = redact(msg);
    line.replace('\n', ' ');
    const QByteArray out = QStringLiteral("[%1] %2: %3\n")
                               .arg(QString::fromLatin1(lvl),
                                    QString::fromLatin1(ctx.category ? ctx.category : "default"), line)
                               .toUtf8();
    fwrite(out.constData(), 1, size_t(out.size()), stderr);
    fflush(stderr);
    if (type == QtFatalMsg)
        abort();
}

void installMessageHandler()
{
    qInstallMessageHandler(handler);
}

}  // namespace tvpair::log
