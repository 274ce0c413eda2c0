#include "PaymentAnswer.h"

#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "net/Log.h"

namespace tvpair {

QString PaymentError::kindName(Kind k)
{
    switch (k) {
    case Unauthorized: return QStringLiteral("unauthorized");
    case Network: return QStringLiteral("network");
    case Server: return QStringLiteral("server");
    case Malformed: return QStringLiteral("malformed");
    case Config: return QStringLiteral("config");
    case NoAccess: return QStringLiteral("no_access");
    }
    return QStringLiteral("server");
}

PaymentError AnswerContext::error(PaymentError::Kind kind, int httpStatus, const QString &what) const
{
    QString line = log::redact(what).simplified();
    if (line.size() > 240)
        line = line.left(240) + QStringLiteral("…");
    return PaymentError{kind, httpStatus, provider + QStringLiteral(": ") + line};
}

PaymentError AnswerContext::malformed(const QString &what, int httpStatus) const
{
    return error(PaymentError::Malformed, httpStatus, what);
}

std::optional<PaymentError> AnswerContext::httpError(const net::HttpResponse &r, const QString &what,
                                                     const QString &serverText) const
{
    const auto err = [&](PaymentError::Kind kind, const QString &text) {
        return error(kind, r.status, what.isEmpty() ? text : what + QStringLiteral(": ") + text);
    };
    using net::NetError;
    if (!r.transportOk()) {
        switch (r.error) {
        case NetError::InsecureUrl:
            return err(PaymentError::Config, r.errorText);
        case NetError::TooLarge:
            return err(PaymentError::Malformed, QStringLiteral("answer larger than %1 bytes").arg(maxBodyBytes));
        case NetError::Redirect:
            return err(PaymentError::Server, QStringLiteral("unexpected redirect (HTTP %1)").arg(r.status));
        default:
            return err(PaymentError::Network,
                       QStringLiteral("%1 (%2)").arg(QString::fromLatin1(net::netErrorName(r.error)), r.errorText));
        }
    }
    if (r.status >= 200 && r.status < 300)
        return std::nullopt;
    const QString detail = serverText.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                                                : QStringLiteral("%1 (HTTP %2)").arg(serverText).arg(r.status);
    if (r.status == 401 || r.status == 403)
        return err(PaymentError::Unauthorized, detail);
    if (r.status >= 300 && r.status < 400)
        return err(PaymentError::Server, QStringLiteral("unexpected redirect (HTTP %1)").arg(r.status));
    return err(PaymentError::Server, detail);
}

bool ListPage::more(qint64 seen, qint64 asked) const
{
    if (error || rows <= 0)
        return false;
    if (total)
        return seen < *total;
    const qint64 full = perPage > 0 ? qMin(perPage, asked) : asked;
    return rows >= full;
}

namespace answer {

QString plural(qint64 n, const QString &unit)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(unit, n == 1 ? QString() : QStringLiteral("s"));
}

bool isCalendarPeriod(const QString &p)
{
    return p == QLatin1String("day") || p == QLatin1String("week") || p == QLatin1String("month")
        || p == QLatin1String("year");
}

QDateTime fromUnixSeconds(qint64 s)
{
    return s == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

QDateTime fromUnixMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const auto n = net::truncatedInteger(v.toDouble());
        if (n && double(*n) == v.toDouble())
            return QString::number(*n);
    }
    return QString();
}

bool flag(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        return s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes");
    }
    return false;
}

}  // namespace answer

}  // namespace tvpair
