#pragma once
// The config's extra request parameters (authorization_params, token_params, refresh_params).
// A parameter the core sets itself is never overridden: an extra one of the same name is
// dropped. JSON types are kept for JSON bodies; a form or query writes a number as its
// decimal text and a boolean as true/false.
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tvpair::oauth {

using FormFields = QList<QPair<QString, QString>>;

// The text a form or query carries for a JSON value: strings as they are, integral numbers
// without a fraction or exponent, other numbers in shortest round-trip form, booleans as
// true/false, null as empty, arrays and objects as compact JSON.
QString formText(const QJsonValue &value);

// `core` followed by the extra parameters whose names neither `core` nor `reserved` use
// (reserved: parameters the core owns even when it does not send them).
FormFields withExtraFields(FormFields core, const QJsonObject &extra, const QStringList &reserved = {});

// `core` with the extra parameters added where `core` has no member of that name.
QJsonObject withExtraMembers(QJsonObject core, const QJsonObject &extra);

}  // namespace tvpair::oauth
