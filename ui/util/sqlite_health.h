// Whether an SQLite database the studio keeps (takes, ratings) can be trusted before it is
// read or written: both stores ask the same question the same way.
#pragma once

#include <QString>

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

// Why not to open `path` at all, or an empty text: SQLite deletes the -wal beside a database
// file of 0 bytes as it opens it, even on a read-only connection (to SQLite such a -wal is
// stale). A file cut to nothing with its last changes still in the -wal would lose them just
// by being opened (found by fuzz_rating_database). An empty -wal holds nothing to lose.
QString walBesideEmptyFile(const QString& path);

// SQLite's message when it calls the database `db` reads corrupt (SQLITE_CORRUPT or
// SQLITE_NOTADB), or an empty text. For a read-write connection refused after the read-only
// check passed: a read-write connection parses parts of the schema that a read-only one skips
// (a CHECK naming a column that does not exist, found by fuzz_rating_database), so damage can
// first show there.
QString sqliteCorruption(QSqlDatabase db);

// Closes `db` without letting SQLite move the changes waiting in the -wal into the file as it
// goes (which the last connection to close does, even one that has only read): for a
// read-write connection whose open was refused after all, so the refused file stays as it was
// (a file that a read-only connection read well but a read-write one refused, found by
// fuzz_rating_database).
void closeWithoutCheckpoint(QSqlDatabase db);

// Runs `check` on a read-only connection of its own to the existing file `path` and returns
// what it says (empty: nothing wrong), or why the file could not be opened. A store decides
// whether to refuse a file this way, before it opens one to write: a read-write connection,
// even one that has only read, moves the changes waiting in the file's -wal into the file as
// it closes and removes the -wal, so a refused file would not be left as it was.
QString checkWithoutWriting(const QString& path, const std::function<QString(QSqlQuery&)>& check);

}  // namespace mars5::ui
