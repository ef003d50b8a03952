// Runs SQL statements on an SQLite file through a connection of its own, as another program
// would (an SQLite browser, another application), for tests that prepare files the studio's
// stores must cope with.
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QtEndian>

namespace mars5::test {

// Calls use(db) with a connection of its own to `file`, open, and removes the connection
// afterwards; false if the file does not open, else what `use` returned.
template <typename Use>
bool withConnection(const QString& file, Use use) {
    static int connections = 0;
    const QString name = QStringLiteral("raw-sqlite-%1").arg(++connections);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = db.open() && use(db);
        db.close();
    }  // the connection goes before it is removed
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The statements in order on one connection (a PRAGMA such as writable_schema holds for the
// ones after it); false at the first that fails.
inline bool runSqlOn(const QString& file, const QStringList& statements) {
    return withConnection(file, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        for (const QString& sql : statements)
            if (!query.exec(sql)) return false;
        return true;
    });
}

inline bool runSqlOn(const QString& file, const QString& sql) { return runSqlOn(file, QStringList{sql}); }

// Runs `statements` on `file` in WAL mode with automatic checkpoints off, then copies the file
// and its -wal to `copy` (and copy-wal) while the connection is still open: the copy is a
// database whose last changes are only in its -wal, as a studio killed mid-session leaves it
// (closing the last connection would have moved them into the file and removed the -wal).
inline bool copyWithPendingWal(const QString& file, const QStringList& statements, const QString& copy) {
    return withConnection(file, [&](QSqlDatabase& db) {
        {
            QSqlQuery query(db);
            for (const QString& sql : QStringList{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA wal_autocheckpoint=0")} + statements)
                if (!query.exec(sql)) return false;
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile::remove(copy + suffix);
            if (!QFile::copy(file + suffix, copy + suffix)) return false;
        }
        return true;
    });
}

// Rewrites the CREATE statement SQLite keeps for `index` so that it names other columns
// than the index holds: every row of the table still reads, but PRAGMA integrity_check
// finds the index out of step with its table, as in a file damaged on disk.
inline bool breakIndex(const QString& file, const QString& index, const QString& otherCreateSql) {
    return runSqlOn(file, {QStringLiteral("PRAGMA writable_schema = ON"),
                           QStringLiteral("UPDATE sqlite_master SET sql = '%1' WHERE name = '%2'").arg(otherCreateSql, index)});
}

// The number of the table b-tree page holding `table`'s first rows: the root page when one
// page holds them all, else the leftmost child of the root (an interior page: type 5, cell
// pointers from byte 12, each cell a 4-byte child page number first). 0 when not found.
inline int firstLeafOf(const QString& file, const QString& table) {
    int root = 0;
    withConnection(file, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        if (q.exec() && q.next()) root = q.value(0).toInt();
        return true;
    });
    QFile f(file);
    if (root < 2 || !f.open(QIODevice::ReadOnly)) return 0;
    const QByteArray bytes = f.readAll();
    const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    if (qsizetype(root) * pageSize > bytes.size()) return 0;
    const char* page = bytes.constData() + qsizetype(root - 1) * pageSize;
    if (page[0] == 0x0d) return root;  // a leaf: the root holds every row
    if (page[0] != 0x05) return 0;
    const quint16 firstCell = qFromBigEndian<quint16>(page + 12);
    return static_cast<int>(qFromBigEndian<quint32>(page + firstCell));
}

// Overwrites page `number` (from 2) with 0xFF bytes: its type byte becomes one SQLite does not
// know, and every row on it is lost to readers.
inline bool overwritePage(const QString& file, int number) {
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite)) return false;
    QByteArray bytes = f.readAll();
    const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    if (number < 2 || qsizetype(number) * pageSize > bytes.size()) return false;
    return f.seek(qsizetype(number - 1) * pageSize) && f.write(QByteArray(pageSize, char(0xFF))) == pageSize;
}

}  // namespace mars5::test
