// Runs one SQL statement on an SQLite file through a connection of its own, as another program
// would (an SQLite browser, another application), for tests that prepare files the studio's
// stores must cope with.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace mars5::test {

inline bool runSqlOn(const QString& file, const QString& sql) {
    static int connections = 0;
    const QString name = QStringLiteral("raw-sqlite-%1").arg(++connections);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }  // the connection goes before it is removed
    QSqlDatabase::removeDatabase(name);
    return ok;
}

}  // namespace mars5::test
