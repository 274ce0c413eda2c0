#pragma once
// "Buy on your phone": the operator's checkout URL for one product, from the tenant's template
// (payment.checkout_url). Only the placeholders below exist, every value is percent-encoded,
// and no token or other secret is ever a value: a template naming anything else is refused
// when the config is read.
#include "payments/Models.h"

#include <QString>
#include <QStringList>

namespace tvpair {

struct PaymentCredentials;

struct CheckoutValues {
    QString productId;   // {product_id}: the id of the headless "products" event
    QString offerId;     // {offer_id}: the provider's id of what is bought (offer, access fee, product)
    QString customerId;  // {customer_id}: the provider's customer or account id; empty when unknown
    QString locale;      // {locale}: BCP 47 tag of the UI's language, e.g. de-DE
};

class CheckoutUrl {
public:
    // The placeholders a template may use, with their braces.
    static QStringList placeholders();
    // Empty when the template is usable; else one line naming what is wrong (an unknown
    // placeholder, an unclosed brace, not an absolute http(s) URL).
    static QString check(const QString &tmpl);
    // The template with every placeholder replaced by its percent-encoded value (RFC 3986
    // unreserved characters kept). A template that check() refuses expands to "".
    static QString expand(const QString &tmpl, const CheckoutValues &values);

    // The values for a product: the customer or account id from the payment token's extra
    // fields (Cleeng customer_id or the JWT's customerId, InPlayer account_id), never the token.
    static CheckoutValues valuesFor(const Product &product, const PaymentCredentials &credentials,
                                    const QString &locale);
    // The BCP 47 tag of a Qt locale name ("de_DE" -> "de-DE"; "C" -> "en").
    static QString bcp47(const QString &localeName);
};

}  // namespace tvpair
