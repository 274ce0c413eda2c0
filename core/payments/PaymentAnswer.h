#pragma once
// What every adapter's reading of one provider answer shares: whose answer it is and what
// "now" is (the context), the error wording, the paging facts of a page, and the small value
// conversions (time units, ids, flags, periods). No request is made here.
#include "payments/PaymentResults.h"

#include <QDateTime>
#include <QJsonValue>

namespace tvpair {
namespace net {
struct HttpResponse;
}

// Reading one answer needs: the provider's name (every error starts "<provider>: ", every
// item carries it), the clock (expired or still valid) and the body bound (its error text).
struct AnswerContext {
    QString provider;
    QDateTime now;  // UTC
    qint64 maxBodyBytes = PaymentLimits{}.maxBodyBytes;

    // "<provider>: <what>", one line, redacted, at most 240 characters of `what`.
    PaymentError error(PaymentError::Kind kind, int httpStatus, const QString &what) const;
    PaymentError malformed(const QString &what, int httpStatus = 0) const;
    // Transport failures, 401/403 -> Unauthorized, 5xx and other non-2xx -> Server; nullopt for a
    // 2xx. what: the call ("offers"); serverText: the provider's own error text.
    // Message: "<provider>: <what>: <serverText> (HTTP n)".
    std::optional<PaymentError> httpError(const net::HttpResponse &r, const QString &what,
                                          const QString &serverText = {}) const;
};

// What one page of a paged listing said about the listing, besides its rows.
struct ListPage {
    std::optional<PaymentError> error;
    qsizetype rows = 0;            // rows on this page
    std::optional<qint64> total;   // the listing's size, when the page says it
    qint64 perPage = 0;            // the page size the provider used, when it says it (else 0)
    std::optional<qint64> firstRow;  // 0-based position of its first row, when the page says it

    // False when the page says it starts somewhere else than `position` (a service or feed that
    // ignores the paging parameters and serves its first page again).
    bool startsAt(qint64 position) const { return !firstRow || *firstRow == position; }

    // Whether another page follows, `seen` rows into the listing (this page included), pages of
    // `asked` rows asked for: with a total, while seen < total; without one, while this page came
    // back full (as many rows as the provider's page size, or as asked when it does not say).
    // Never after an empty page or an error.
    bool more(qint64 seen, qint64 asked) const;
};

namespace answer {

// "1 day", "7 days", "48 hours"
QString plural(qint64 n, const QString &unit);
bool isCalendarPeriod(const QString &p);  // day | week | month | year
QDateTime fromUnixSeconds(qint64 s);      // invalid for 0
QDateTime fromUnixMs(qint64 ms);          // invalid for 0
// An id sent as a string or as a whole JSON number; empty otherwise.
QString idText(const QJsonValue &v);
// A yes/no flag as providers send it: true, a non-zero number, "1"/"true"/"yes". Anything else,
// a missing field included, is no.
bool flag(const QJsonValue &v);

}  // namespace answer

}  // namespace tvpair
