#pragma once
// The one JSON entry point for outside data (HTTP bodies, config, stored blobs): size-bounded,
// and errors are one line that names what was wrong without quoting the (maybe secret) input.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace tvpair::net {

constexpr qint64 kMaxJsonBytes = 4 * 1024 * 1024;

std::optional<QJsonObject> parseJsonObject(const QByteArray &bytes, QString *error);
std::optional<QJsonArray> parseJsonArray(const QByteArray &bytes, QString *error);

// Typed look-ups that never throw and never coerce silently: a string field that holds a
// number is "wrong type", not converted.
std::optional<QString> stringField(const QJsonObject &o, const QString &key);
std::optional<qint64> integerField(const QJsonObject &o, const QString &key);  // accepts "600" too
std::optional<double> numberField(const QJsonObject &o, const QString &key);   // accepts "9.99" too

// A JSON number as qint64 with the fraction cut off (what a cast gives), or nullopt when it is
// not finite or beyond +-9e15: casting such a double is undefined behaviour (found by
// tests/fuzz/fuzz_mpx), and ids that large have lost digits anyway.
std::optional<qint64> truncatedInteger(double d);

}  // namespace tvpair::net
