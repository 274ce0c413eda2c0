#pragma once
// PendingStore in one SQLite file through Qt SQL's QSQLITE driver: WAL journal (readers do not
// block the writer), synchronous=NORMAL (a committed row survives the process being killed).
// One bridge instance per file.
#include "SqlPendingStore.h"

namespace tvpair::bridge {

class SqlitePendingStore : public SqlPendingStore {
public:
    explicit SqlitePendingStore(QString path);

protected:
    bool connectDatabase(QString *error) override;
    QStringList sessionSetup() const override;

private:
    QString m_path;
};

}  // namespace tvpair::bridge
