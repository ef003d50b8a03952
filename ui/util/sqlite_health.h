// Whether an SQLite database the studio keeps (takes, ratings) can be trusted before it is
// read or written: both stores ask the same question the same way.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace mars5::ui {

// SQLite's first complaint about the database `query` runs on (PRAGMA integrity_check(1)), or
// an empty text when it finds none. integrity_check, not quick_check: only it compares each
// index with its table, and a damaged index makes rows vanish from queries that use it
// (found by fuzz_rating_database). It also checks NOT NULL and CHECK constraints. On 30,000
// ratings judgements (6.5 MB) it takes 55-75 ms, against quick_check's 45-50 ms.
QString sqliteDamage(QSqlQuery& query);

// The columns of `table` in the database `query` runs on, as the schema names them; empty when
// there is no such table or the schema cannot be read whole (`error`, if given, says why then).
QStringList tableColumns(QSqlQuery& query, const QString& table, QString* error = nullptr);

// Why the database lacks what a store queries, or an empty text: "it has no T table", "its T
// table has no C column" (names compared without case, as SQLite does). A file edited in an
// SQLite browser (a column renamed) opened and then failed every query, with no way to start
// again (found by fuzz_take_database); both stores refuse such a file instead.
QString missingTableOrColumn(QSqlQuery& query, const QString& table, const QStringList& wanted);

// Why not to read `path` at all, or an empty text: SQLite deletes the -wal beside a database
// file of 0 bytes at its first read, even on a read-only connection (to SQLite such a -wal is
// stale). A file cut to nothing with its last changes still in the -wal would lose them just
// by being read (found by fuzz_rating_database). SQLite reads a file of one byte as empty as
// well. An empty -wal holds nothing to lose.
QString walBesideEmptyFile(const QString& path);

// Closes a read-write connection whose open was refused after all, without letting SQLite move
// the changes waiting in the -wal into the file (which the last connection to close does, even
// one that has only read), so the refused file stays as it was. Returns SQLite's message when
// that connection calls the file corrupt (SQLITE_CORRUPT, SQLITE_NOTADB), else an empty text:
// a read-write connection parses parts of the schema that a read-only one skips (a CHECK naming
// a column that does not exist), so damage can first show there. Both found by
// fuzz_rating_database.
QString closeRefusedConnection(QSqlDatabase db);

// Calls use(db) with a read-only connection of its own to `path`, removed afterwards; returns
// why it did not open, or an empty text when `use` ran. A store judges an existing file this
// way before it opens it to write: a read-write connection, even one that has only read, moves
// the changes waiting in the file's -wal into the file as it closes and removes the -wal, so a
// refused file would not be left as it was. SQLite reads nothing at open: `use` may still
// decline to query a file (walBesideEmptyFile).
QString withReadOnlyConnection(const QString& path, const std::function<void(QSqlDatabase&)>& use);

}  // namespace mars5::ui
