#include "util/sqlite_health.h"

#include <QFileInfo>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

#include <sqlite3.h>

namespace mars5::ui {

QString sqliteDamage(QSqlQuery& query) {
    // A page so damaged that the check itself cannot read it: never an empty text (= sound).
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(1)")) || !query.next()) {
        const QString error = query.lastError().text();
        return error.isEmpty() ? QStringLiteral("integrity_check gave no answer") : error;
    }
    const QString verdict = query.value(0).toString();
    return verdict == QStringLiteral("ok") ? QString() : verdict;
}

QStringList tableColumns(QSqlQuery& query, const QString& table, QString* error) {
    QStringList names;
    const bool read = query.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table));
    while (read && query.next()) names << query.value(1).toString();
    if (!read || query.lastError().isValid()) {  // a schema read cut short is no schema
        if (error) *error = query.lastError().text();
        return {};
    }
    return names;
}

QString missingTableOrColumn(QSqlQuery& query, const QString& table, const QStringList& wanted) {
    QString error;
    const QStringList present = tableColumns(query, table, &error);
    if (!error.isEmpty()) return error;
    if (present.isEmpty()) return QObject::tr("it has no %1 table").arg(table);
    for (const QString& column : wanted)
        if (!present.contains(column, Qt::CaseInsensitive)) return QObject::tr("its %1 table has no %2 column").arg(table, column);
    return {};
}

QString walBesideEmptyFile(const QString& path) {
    const QFileInfo file(path), wal(path + QStringLiteral("-wal"));
    // SQLite's Unix file layer reports a file of one byte as 0 bytes long (it writes such a byte
    // itself on some file systems), so one byte is empty too (found by fuzz_rating_database).
    if (!file.isFile() || file.size() > 1 || !wal.isFile() || wal.size() == 0) return {};
    if (file.size() == 1)
        return QObject::tr("the file holds a single byte, which SQLite reads as an empty file, but the -wal file beside it "
                           "holds %1 bytes of its last changes")
            .arg(wal.size());
    return QObject::tr("the file is empty, but the -wal file beside it holds %1 bytes of its last changes").arg(wal.size());
}

QString closeRefusedConnection(QSqlDatabase db) {
    QString corruption;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;  // the primary code
            if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) corruption = query.lastError().databaseText();
        }
    }
    // Qt's SQLite driver hands out its sqlite3* (the same libsqlite3 as ours); see
    // QSqlDriver::handle().
    const QVariant handle = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (sqlite3* connection = *static_cast<sqlite3* const*>(handle.data()))
            sqlite3_db_config(connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    db.close();
    return corruption;
}

QString withReadOnlyConnection(const QString& path, const std::function<void(QSqlDatabase&)>& use) {
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("mars5-read-only-%1").arg(connections.fetch_add(1));
    QString unopened;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            use(db);
        } else {
            unopened = db.lastError().text();
            if (unopened.isEmpty()) unopened = QObject::tr("it cannot be opened");  // never "it ran"
        }
        db.close();
    }  // the handle goes before the connection is removed
    QSqlDatabase::removeDatabase(name);
    return unopened;
}

}  // namespace mars5::ui
