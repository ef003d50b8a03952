// The last copy of a database that was found sound, kept beside it: <base>.last-good.sqlite.
// The ratings store writes it each time it opens an existing file that passes its checks,
// every few judgements in the background, and as it closes after changes, so when the file is
// later damaged, "Start a new ratings database" can take the rows the damage hid from the copy
// (sqlite_salvage.h). A judgement is hours of a rater's listening; the copy
// costs a second file of the same size and a few milliseconds at open.
#pragma once

#include "mars5/error.h"

#include <QDateTime>
#include <QString>

class QSqlDatabase;

namespace mars5::ui {

QString lastGoodCopyPath(const QString& databasePath);

// Writes the copy of the database `db` has open (`databasePath`): SQLite's VACUUM INTO a
// temporary file beside it, renamed over the previous copy only once it is whole, so a failed
// or interrupted copy leaves the previous one.
Result<void> keepLastGoodCopy(QSqlDatabase db, const QString& databasePath);

// When the copy beside `databasePath` was written (invalid when there is none).
QDateTime lastGoodCopyTime(const QString& databasePath);

}  // namespace mars5::ui
