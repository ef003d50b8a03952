// Starting again beside a damaged SQLite database the studio keeps (takes, ratings). The
// damaged file is renamed, never deleted, so the studio's own recovery loses nothing that a
// better tool could still get out of it; every row still readable from it is copied into
// the new database with its id, so whatever refers to rows by id (or to folders by a uuid
// stored in them) is found again.
#pragma once

#include "mars5/error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlRecord;

namespace mars5::ui {

// What was copied of one table: rows are read in ranges of ids, and a range that fails is
// halved down to single ids, so one damaged page costs only its own rows. Rows are refused
// by the caller's check, or by the new table's own constraints (NOT NULL, CHECK, foreign keys).
struct SalvageCount {
    int recovered = 0;             // rows copied
    int lost = 0;                  // ids whose row could not be read, or was refused
    bool tableUnreadable = false;  // not even the table's columns or last id could be read
    bool gaveUp = false;           // ids past the last range read were not tried: damage made the
                                   // range of ids too large to split in reasonable time
    int fromLastGood = 0;          // rows taken from the last good copy (as they were then)
    bool complete() const { return lost == 0 && !tableUnreadable && !gaveUp; }
};

// What starting again gave: where the damaged file is now, and what was copied of each table
// (in the order the tables were given).
struct Restarted {
    QString keptAs;
    QList<SalvageCount> tables;
    QDateTime lastGoodTime;  // when the last good copy used was written (invalid: none used)
};

// Starting again, as both stores do it: renames the database at `path` with its -wal and -shm,
// together, to <base>.damaged-<UTC yyyyMMdd-HHmmss>.sqlite (and -wal, -shm) beside it; calls
// `openNew` to open a new, empty database at `path` (returning its connection); and copies
// `tables` in order, parents before children, from the set-aside file (read-only) into it in
// one transaction, each row with the columns both schemas have and its id. Every table is
// keyed by an INTEGER PRIMARY KEY named id. `accept(table, row)` may refuse a row that reads
// but holds what the studio never writes.
//
// With `lastGood` (the path of a copy written while the file was sound, sqlite_last_good.h),
// each table's rows that could not be read or were refused are then taken from the copy, by
// id, before the next table is copied (so a trial whose session was lost finds it again). Only
// those ids: a row the damaged file no longer has because it was deleted stays deleted. When a
// table could not be read at all, or the splitting gave up, the copy gives every row it has
// that is not there already, past the last id tried. A row taken from the copy no longer
// counts as lost.
Result<Restarted> startAgainBeside(const QString& path, const std::function<Result<QSqlDatabase>()>& openNew,
                                   const QStringList& tables,
                                   const std::function<bool(const QString&, const QSqlRecord&)>& accept = {},
                                   const QString& lastGood = {});

}  // namespace mars5::ui
