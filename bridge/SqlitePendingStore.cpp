#include "SqlitePendingStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace tvpair::bridge {

SqlitePendingStore::SqlitePendingStore(QString path) : SqlPendingStore(path), m_path(std::move(path)) {}

bool SqlitePendingStore::connectDatabase(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("store: the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)");
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("store: cannot create the directory of %1").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("store: cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return true;
}

QStringList SqlitePendingStore::sessionSetup() const
{
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")};
}

}  // namespace tvpair::bridge
