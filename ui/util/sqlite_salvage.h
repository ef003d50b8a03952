// Starting again beside a damaged SQLite database the studio keeps (takes, ratings). The
// damaged file is renamed, never deleted, so the studio's own recovery loses nothing that a
// better tool could still get out of it; every row still readable from it is copied into
// the new database with its id, so whatever refers to rows by id (or to folders by a uuid
// stored in them) is found again.
#pragma once

#include "mars5/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlRecord;

namespace mars5::ui {

// Renames `databasePath` and its -wal and -shm files, together, to
// <base>.damaged-<UTC yyyyMMdd-HHmmss>.sqlite (and -wal, -shm) in the same folder, so the
// set-aside copy stays one consistent database. Returns the new path of the main file; if a
// rename fails, the ones already made are undone.
Result<QString> setAsideDamaged(const QString& databasePath);

// A read-only connection to the set-aside file for the copy, removed when it goes.
class SalvageSource {
public:
    explicit SalvageSource(const QString& path);
    ~SalvageSource();
    SalvageSource(const SalvageSource&) = delete;
    SalvageSource& operator=(const SalvageSource&) = delete;
    QSqlDatabase database() const;

private:
    QString m_connection;
};

struct SalvageCount {
    int recovered = 0;             // rows copied
    int lost = 0;                  // ids whose row could not be read, or was refused
    bool tableUnreadable = false;  // not even the table's columns or last id could be read
    bool gaveUp = false;           // ids past the last range read were not tried: damage made the
                                   // range of ids too large to split in reasonable time
    bool complete() const { return lost == 0 && !tableUnreadable && !gaveUp; }
    SalvageCount& operator+=(const SalvageCount& other);
};

// Copies the rows of `table` (keyed by an INTEGER PRIMARY KEY named id) that can be read from
// `source` into the same table of `target`, keeping their ids, with the columns both
// schemas have. Reads go in ranges of ids; a range that fails is halved down to single ids,
// so one damaged page costs only its own rows. `accept` may refuse a row that reads but
// holds what the studio never writes; the target's own constraints (NOT NULL, CHECK,
// foreign keys) refuse others. Runs inside the caller's transaction, if any.
SalvageCount salvageTable(QSqlDatabase source, QSqlDatabase target, const QString& table,
                          const std::function<bool(const QSqlRecord&)>& accept = {});

// What starting again gave: where the damaged file is now, and what was copied of each table
// (in the order the tables were given).
struct Restarted {
    QString keptAs;
    QList<SalvageCount> tables;
};

// Starting again, as both stores do it: sets the database at `path` aside, calls `openNew` to
// open a new, empty database at the same path (returning its connection), and copies `tables`
// in order, parents before children, from the set-aside file into it in one transaction.
// `accept(table, row)` may refuse rows as in salvageTable.
Result<Restarted> startAgainBeside(const QString& path, const std::function<Result<QSqlDatabase>()>& openNew,
                                   const QStringList& tables,
                                   const std::function<bool(const QString&, const QSqlRecord&)>& accept = {});

}  // namespace mars5::ui
