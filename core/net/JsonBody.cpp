#include "JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace tvpair::net {

static std::optional<QJsonDocument> parseDoc(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxJsonBytes) {
        if (error)
            *error = QStringLiteral("JSON larger than %1 bytes").arg(kMaxJsonBytes);
        return std::nullopt;
    }
    if (bytes.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("empty body where JSON was expected");
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("malformed JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes, QString *error)
{
    const auto doc = parseDoc(bytes, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        if (error)
            *error = QStringLiteral("JSON is not an object");
        return std::nullopt;
    }
    return doc->object();
}

std::optional<QJsonArray> parseJsonArray(const QByteArray &bytes, QString *error)
{
    const auto doc = parseDoc(bytes, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        if (error)
            *error = QStringLiteral("JSON is not an array");
        return std::nullopt;
    }
    return doc->array();
}

std::optional<QString> stringField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

std::optional<double> numberField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<qint64> truncatedInteger(double d)
{
    if (!std::isfinite(d) || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

std::optional<qint64> integerField(const QJsonObject &o, const QString &key)
{
    const auto d = numberField(o, key);
    if (!d || *d != std::floor(*d) || std::fabs(*d) > 9.0e15)
        return std::nullopt;
    return qint64(*d);
}

}  // namespace tvpair::net
