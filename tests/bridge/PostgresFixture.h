#pragma once
// The PostgreSQL that the ctest fixture `postgres` started (tests/bridge/postgres-fixture.sh):
// its socket directory, and a new empty database on it per test, as a bridge `store` URL.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace tvpair::test {

// Empty with *error set when the fixture did not run (a failure, never a skip).
inline QString postgresSocketDir(QString *error)
{
    const QString fixture = qEnvironmentVariable("TVPAIR_TEST_PG_FIXTURE");
    QFile f(fixture + "/socket-dir");
    if (fixture.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the postgres fixture is not running (TVPAIR_TEST_PG_FIXTURE=%1)").arg(fixture);
        return {};
    }
    return QString::fromLocal8Bit(f.readAll()).trimmed();
}

// Creates database `name` (dropped first if a previous run left it) and returns its store URL.
inline QString newPostgresDatabase(const QString &name, QString *error)
{
    const QString socketDir = postgresSocketDir(error);
    if (socketDir.isEmpty())
        return {};
    const QString connection = QStringLiteral("fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", connection);
        db.setHostName(socketDir);
        db.setPort(5432);
        db.setUserName("bridge");
        db.setDatabaseName("postgres");
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SET client_min_messages TO warning"))
                 && q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name))
                 && q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return {};
    return QStringLiteral("postgresql://bridge@/%1?host=%2").arg(name, socketDir);
}

}  // namespace tvpair::test
