#include "CheckoutUrl.h"

#include "net/JsonBody.h"
#include "net/Printable.h"
#include "payments/CleengProvider.h"
#include "payments/PaymentAnswer.h"
#include "payments/PaymentProvider.h"

#include <QUrl>

namespace tvpair {

namespace {

// Walks the template: literal text goes to `text`, each {name} to `placeholder`. False with
// *error when a brace is not closed or a name is not one of placeholders().
template <typename Text, typename Placeholder>
bool walk(const QString &tmpl, Text text, Placeholder placeholder, QString *error)
{
    const QStringList known = CheckoutUrl::placeholders();
    qsizetype i = 0;
    while (i < tmpl.size()) {
        const qsizetype open = tmpl.indexOf(QLatin1Char('{'), i);
        const qsizetype strayClose = tmpl.indexOf(QLatin1Char('}'), i);
        if (strayClose >= 0 && (open < 0 || strayClose < open)) {
            *error = QStringLiteral("a \"}\" without its \"{\" at character %1").arg(strayClose + 1);
            return false;
        }
        if (open < 0) {
            text(tmpl.mid(i));
            return true;
        }
        text(tmpl.mid(i, open - i));
        const qsizetype close = tmpl.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            *error = QStringLiteral("a \"{\" without its \"}\" at character %1").arg(open + 1);
            return false;
        }
        const QString name = tmpl.mid(open, close - open + 1);
        if (!known.contains(name)) {
            *error = QStringLiteral("unknown placeholder %1 (allowed: %2; never a token)")
                         .arg(net::printableLine(name, 40), known.join(QStringLiteral(", ")));
            return false;
        }
        placeholder(name);
        i = close + 1;
    }
    return true;
}

}  // namespace

QStringList CheckoutUrl::placeholders()
{
    return {QStringLiteral("{product_id}"), QStringLiteral("{offer_id}"), QStringLiteral("{customer_id}"),
            QStringLiteral("{locale}")};
}

QString CheckoutUrl::check(const QString &tmpl)
{
    QString error;
    QString sample;
    if (!walk(tmpl, [&](const QString &t) { sample += t; }, [&](const QString &) { sample += QLatin1Char('x'); },
              &error))
        return error;
    const QUrl u(sample, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        return QStringLiteral("expected an absolute http(s) URL");
    return {};
}

QString CheckoutUrl::expand(const QString &tmpl, const CheckoutValues &values)
{
    if (!check(tmpl).isEmpty())
        return {};
    QString out;
    QString error;
    walk(
        tmpl, [&](const QString &t) { out += t; },
        [&](const QString &name) {
            const QString &v = name == QLatin1String("{product_id}") ? values.productId
                : name == QLatin1String("{offer_id}")                ? values.offerId
                : name == QLatin1String("{customer_id}")             ? values.customerId
                                                                     : values.locale;
            out += QString::fromLatin1(QUrl::toPercentEncoding(v));
        },
        &error);
    return out;
}

CheckoutValues CheckoutUrl::valuesFor(const Product &product, const PaymentCredentials &credentials,
                                      const QString &locale)
{
    CheckoutValues v;
    v.productId = product.id;
    // Cleeng offer id, InPlayer access-fee id, MPX product id: the id of the product itself.
    v.offerId = product.id;
    v.locale = locale;
    if (credentials.provider == QLatin1String("cleeng")) {
        v.customerId = answer::idText(credentials.extra.value(QStringLiteral("customer_id")));
        if (v.customerId.isEmpty())
            v.customerId = CleengProvider::customerIdFromJwt(credentials.token, nullptr).value_or(QString());
    } else if (credentials.provider == QLatin1String("inplayer")) {
        v.customerId = answer::idText(credentials.extra.value(QStringLiteral("account_id")));
    }
    return v;
}

QString CheckoutUrl::bcp47(const QString &localeName)
{
    QString tag = localeName.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (tag.isEmpty() || tag == QLatin1String("C") || tag == QLatin1String("POSIX"))
        return QStringLiteral("en");
    return tag.replace(QLatin1Char('_'), QLatin1Char('-'));
}

}  // namespace tvpair
