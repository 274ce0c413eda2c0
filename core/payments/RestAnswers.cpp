#include "RestAnswers.h"

#include "config/TenantConfig.h"
#include "net/HttpClient.h"
#include "net/JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tvpair {

using namespace answer;

namespace {
constexpr int kMaxRecordsPerPage = 5000;  // a page larger than this is not a page
}

RestAnswers::RestAnswers(const QDateTime &now, const QHash<QString, QString> &fields, qint64 maxBodyBytes)
    : m_ctx{provider(), now, maxBodyBytes}, m_fields(fields)
{
}

QString RestAnswers::field(const QString &key) const
{
    static const QHash<QString, QString> defaults = PaymentConfig::restFieldDefaults();
    const QString v = m_fields.value(key);
    return v.isEmpty() ? defaults.value(key) : v;
}

std::optional<QDateTime> RestAnswers::time(const QJsonObject &o, const QString &key, QString *problem) const
{
    const QString name = field(key);
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return QDateTime();
    if (v.isDouble()) {
        const auto s = net::truncatedInteger(v.toDouble());
        if (s && *s > 0 && *s < 253402300800LL)  // before the year 10000
            return fromUnixSeconds(*s);
    } else if (v.isString()) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        // A time without a zone is not an instant: refused rather than guessed.
        if (t.isValid() && t.timeSpec() != Qt::LocalTime)
            return t.toUTC();
    }
    *problem = QStringLiteral("\"%1\" is not an ISO 8601 time with a zone or Unix seconds").arg(name);
    return std::nullopt;
}

std::optional<Entitlement> RestAnswers::toEntitlement(const QJsonObject &o, QString *problem) const
{
    Entitlement e;
    e.provider = m_ctx.provider;
    e.productId = idText(o.value(field(QStringLiteral("product_id"))));
    if (e.productId.isEmpty()) {
        *problem = QStringLiteral("a record has no \"%1\"").arg(field(QStringLiteral("product_id")));
        return std::nullopt;
    }
    const QString title = o.value(field(QStringLiteral("title"))).toString();
    e.title = title.isEmpty() ? e.productId : title;
    const auto start = time(o, QStringLiteral("start"), problem);
    const auto end = time(o, QStringLiteral("end"), problem);
    const auto trialEnd = time(o, QStringLiteral("trial_end"), problem);
    const auto cancelled = time(o, QStringLiteral("cancellation"), problem);
    if (!start || !end || !trialEnd || !cancelled) {
        *problem = e.productId.left(80) + QStringLiteral(": ") + *problem;
        return std::nullopt;
    }
    e.startsAt = *start;
    const QString type = o.value(field(QStringLiteral("notification"))).toString().toLower();
    const auto ended = [this](const QDateTime &t) { return t.isValid() && t <= m_ctx.now; };
    if (type == QLatin1String("cancellation")) {
        // Still valid until the effective cancellation date (the paid period's end without one).
        e.expiresAt = cancelled->isValid() ? *cancelled : *end;
        e.status = e.expiresAt.isValid() && !ended(e.expiresAt) ? Entitlement::Status::CancelledValid
                                                                 : Entitlement::Status::Expired;
    } else if (type == QLatin1String("rent")) {
        if (!end->isValid()) {
            *problem = QStringLiteral("%1: a rental has no \"%2\"").arg(e.productId.left(80), field(QStringLiteral("end")));
            return std::nullopt;
        }
        e.expiresAt = *end;
        e.status = ended(e.expiresAt) ? Entitlement::Status::Expired : Entitlement::Status::Active;
    } else if (type.isEmpty() || type == QLatin1String("new") || type == QLatin1String("renew")
               || type == QLatin1String("buy")) {
        e.expiresAt = *end;
        if (ended(e.expiresAt)) {
            e.status = Entitlement::Status::Expired;
        } else if (trialEnd->isValid() && !ended(*trialEnd)) {
            e.status = Entitlement::Status::Trial;
            e.trialEndsAt = *trialEnd;
        } else {
            e.status = Entitlement::Status::Active;
        }
    } else {
        *problem = QStringLiteral("%1: unknown \"%2\" value (expected new, renew, cancellation, buy or rent)")
                       .arg(e.productId.left(80), field(QStringLiteral("notification")));
        return std::nullopt;
    }
    // Refunded or withdrawn access never grants access, whatever the dates say.
    if (flag(o.value(field(QStringLiteral("revoked")))))
        e.status = Entitlement::Status::Revoked;
    return e;
}

ListPage RestAnswers::entitlementsPage(const net::HttpResponse &r, QList<Entitlement> &items, QString *next) const
{
    ListPage page;
    next->clear();
    const QString what = QStringLiteral("entitlements");
    QString jsonError;
    QJsonDocument doc;
    if (r.transportOk() && r.body.size() <= m_ctx.maxBodyBytes) {
        QJsonParseError pe{};
        doc = QJsonDocument::fromJson(r.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            jsonError = QStringLiteral("the answer is not JSON");
    }
    QString serverText;
    if (doc.isObject())
        serverText = doc.object().value(QStringLiteral("message")).toString().left(120);
    if (auto e = m_ctx.httpError(r, what, serverText)) {
        page.error = e;
        return page;
    }
    QJsonArray records;
    if (doc.isArray()) {
        records = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject body = doc.object();
        const QJsonValue list = body.value(field(QStringLiteral("records")));
        if (!list.isArray()) {
            page.error = m_ctx.malformed(QStringLiteral("%1: the answer has no \"%2\" list").arg(what, field(QStringLiteral("records"))), r.status);
            return page;
        }
        records = list.toArray();
        const QJsonValue link = body.value(field(QStringLiteral("next")));
        if (link.isString())
            *next = link.toString();
        else if (!link.isUndefined() && !link.isNull()) {
            page.error = m_ctx.malformed(QStringLiteral("%1: \"%2\" is not a link").arg(what, field(QStringLiteral("next"))), r.status);
            return page;
        }
    } else {
        page.error = m_ctx.malformed(QStringLiteral("%1: %2").arg(what, jsonError.isEmpty() ? QStringLiteral("the answer is not a list of records") : jsonError), r.status);
        return page;
    }
    if (records.size() > kMaxRecordsPerPage) {
        page.error = m_ctx.malformed(QStringLiteral("%1: more than %2 records on one page").arg(what).arg(kMaxRecordsPerPage), r.status);
        return page;
    }
    for (const auto &v : records) {
        if (!v.isObject()) {
            page.error = m_ctx.malformed(QStringLiteral("%1: a record is not an object").arg(what), r.status);
            return page;
        }
        QString problem;
        const auto e = toEntitlement(v.toObject(), &problem);
        if (!e) {
            page.error = m_ctx.malformed(what + QStringLiteral(": ") + problem, r.status);
            return page;
        }
        items.append(*e);
    }
    page.rows = records.size();
    return page;
}

QList<Entitlement> RestAnswers::onePerProduct(const QList<Entitlement> &items)
{
    // Which of two records for one package says more: access over none, then the later end
    // (no end is the latest).
    const auto better = [](const Entitlement &a, const Entitlement &b) {
        if (a.grantsAccess() != b.grantsAccess())
            return a.grantsAccess();
        if (!a.expiresAt.isValid() || !b.expiresAt.isValid())
            return !a.expiresAt.isValid() && b.expiresAt.isValid();
        return a.expiresAt > b.expiresAt;
    };
    QList<Entitlement> out;
    QHash<QString, qsizetype> at;
    for (const Entitlement &e : items) {
        const auto it = at.constFind(e.productId);
        if (it == at.cend()) {
            at.insert(e.productId, out.size());
            out.append(e);
        } else if (better(e, out.at(*it))) {
            out[*it] = e;
        }
    }
    return out;
}

}  // namespace tvpair
