#include "ExtraParameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace tvpair::oauth {

QString formText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

FormFields withExtraFields(FormFields core, const QJsonObject &extra, const QStringList &reserved)
{
    const auto taken = [&core, &reserved](const QString &name) {
        if (reserved.contains(name))
            return true;
        for (const auto &f : core) {
            if (f.first == name)
                return true;
        }
        return false;
    };
    FormFields added;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!it.key().isEmpty() && !taken(it.key()))
            added.append({it.key(), formText(it.value())});
    }
    return core + added;
}

QJsonObject withExtraMembers(QJsonObject core, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!it.key().isEmpty() && !core.contains(it.key()))
            core.insert(it.key(), it.value());
    }
    return core;
}

}  // namespace tvpair::oauth
