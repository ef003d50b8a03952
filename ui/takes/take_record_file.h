// A take's own record: its takes row as take.json in the take's folder, so the history can be
// rebuilt from the folders when takes.sqlite is lost or damaged (a damaged interior page hides
// every row under it, and a deleted database file hides them all).
//
// The file holds every column of the row under the column's name, the *_json columns as
// objects under their name without the suffix ("config", "models", "timings", "run"), and a
// format number. Integers above 2^53 (a seed can be) are written as strings, since JSON numbers
// are doubles in most readers.
#pragma once

#include "mars5/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mars5::ui::takes {

// A takes row without its id: (column, value) in the table's column order; integers as
// qint64, the rest as QString (the *_json columns hold their compact JSON text).
using TakeRow = QList<QPair<QString, QVariant>>;

inline constexpr char kTakeRecordFileName[] = "take.json";
inline constexpr int kTakeRecordFormat = 1;

// Every column of a takes row but id, in the table's order.
const QStringList& takeRowColumns();

QByteArray takeRecordJson(const TakeRow& row, qint64 id);
// The row a take.json holds, checked column by column: every column without a default is
// there with its kind, and the uuid is the folder's name (a record copied into another folder
// would otherwise give two rows one folder). `id` receives the id the take had (0 if none).
Result<TakeRow> takeRowFromRecord(const QByteArray& json, const QString& folderUuid, qint64* id);

// Writes <folder>/take.json whole or not at all (QSaveFile).
Result<void> writeTakeRecord(const QString& folder, const TakeRow& row, qint64 id);
// Writes <folder>/take.json only if there is none: a record that appears meanwhile (the
// GUI thread's, after a rename) is kept, since the file is renamed into place without
// replacing one. For filling in records off the GUI thread.
Result<void> writeTakeRecordIfMissing(const QString& folder, const TakeRow& row, qint64 id);
// Reads and checks <folder>/take.json, the folder's name as the uuid.
Result<TakeRow> readTakeRecord(const QString& folder, qint64* id);

}  // namespace mars5::ui::takes
