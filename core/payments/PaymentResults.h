#pragma once
// What every payment call answers: a list or an error, an
// access answer, and the bounds every request and listing keeps.
#include "payments/Models.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace tvpair {

struct PaymentError {
    enum Kind {
        Unauthorized,  // the payment token is bad or expired: refresh the session once, then retry once
        Network,       // no answer (connection, timeout, TLS)
        Server,        // 5xx, or an answer the adapter cannot use that is not the body's fault
        Malformed,     // the body is not what the provider documents
        Config,        // the tenant config or the credentials do not fit (unknown offer/asset id, ...)
        NoAccess,      // checkAccess only: the provider answered "no access" (InPlayer 402, ...)
    };
    Kind kind = Server;
    int httpStatus = 0;  // 0 when no HTTP status applies; MPX: the body's responseCode
    QString message;     // one line for a viewer or a log, names the provider, never a token

    static QString kindName(Kind k);
};

// Either the items or an error. `truncated`: a bound stopped the listing before the provider
// said it was done (the items read so far are kept).
template <typename T>
struct PaymentList {
    QList<T> items;
    std::optional<PaymentError> error;
    bool truncated = false;
    bool ok() const { return !error.has_value(); }
};
using ProductsResult = PaymentList<Product>;
using EntitlementsResult = PaymentList<Entitlement>;

struct AccessResult {
    bool granted = false;
    QDateTime expiresAt;  // UTC; invalid when unknown or without end
    // Unset when granted. Kind NoAccess: the provider answered "no". Any other kind: the
    // question could not be answered.
    std::optional<PaymentError> error;
    bool answered() const { return !error || error->kind == PaymentError::NoAccess; }
};

// Every request has a deadline and a size bound; every listing a bound on pages and items
// (a provider may serve pages far smaller than pageSize asks for).
struct PaymentLimits {
    int pageSize = 50;
    int maxPages = 100;
    int requestTimeoutMs = 15000;
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    int maxItems = 2000;
};

}  // namespace tvpair

Q_DECLARE_METATYPE(tvpair::PaymentError)
