#pragma once
// Helpers for the platform/secrets tests (header-only: tests/support's CMakeLists is shared).
#include "secrets/KeyProvider.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/stat.h>

namespace tvpair::secrets_testing {

inline StoreKey keyFromByte(char b)
{
    return makeStoreKey(QByteArray(32, b), QStringLiteral("test key %1").arg(int(b)));
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeRaw(const QString &path, const QByteArray &data, int mode = 0600)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool ok = f.write(data) == data.size();
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
    return ok;
}

inline unsigned modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFF;
    return st.st_mode & 07777;
}

// Every regular file below dir (hidden ones too).
inline QStringList allFiles(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

}  // namespace tvpair::secrets_testing

namespace tvpair::secrets_testing {

// The n-th value secrets_writer writes: its length varies with n so that a torn write would
// show up as a wrong length, and it names n so the test knows which write it is.
inline QByteArray crashValue(long long n)
{
    return "value-" + QByteArray::number(n) + ":" + QByteArray(int(n % 700), char('a' + n % 26));
}

// n when value is exactly crashValue(n), else -1.
inline long long crashValueIndex(const QByteArray &value)
{
    const qsizetype colon = value.indexOf(':');
    if (!value.startsWith("value-") || colon < 0)
        return -1;
    bool ok = false;
    const long long n = value.mid(6, colon - 6).toLongLong(&ok);
    return ok && n >= 0 && crashValue(n) == value ? n : -1;
}

}  // namespace tvpair::secrets_testing
