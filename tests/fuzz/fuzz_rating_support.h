// What the two targets on the ratings database share (rating_import, rating_database):
// removing a database with its side files, the per-session counts they compare, and
// importing an export into an empty database (the Qt application and the input's files are
// in fuzz_sqlite_support.h).
#pragma once

#include "fuzz_sqlite_support.h"
#include "rating/rating_store.h"
#include "util/sqlite_last_good.h"

#include <QList>
#include <QString>

#include <cstdio>
#include <string>

namespace mars5::fuzz {

// The database's files, and the last good copy the store keeps beside it (which one input
// must not leave for the next one's "start again" to find).
inline void removeDatabase(const QString& path) {
    removeDatabaseFiles(path);
    QFile::remove(ui::lastGoodCopyPath(path));
}

// Trials and judgements per session, in the order the database lists them.
inline std::string countsOf(const QList<ui::rating::SessionInfo>& sessions) {
    std::string out;
    for (const ui::rating::SessionInfo& s : sessions)
        out += s.uuid.toStdString() + ":" + std::to_string(s.trialCount) + "/" + std::to_string(s.judgedCount) + " ";
    return out;
}

// A new, empty database at `path` (whatever was there is removed first).
inline void openEmpty(ui::rating::RatingStore& store, const QString& path) {
    removeDatabase(path);
    const auto opened = store.open(path);
    if (!opened.ok()) finding("an empty ratings database cannot be opened", opened.error().message);
}

// Imports `file` into an empty database at `database` and returns its sessions' counts; a
// refusal is the finding `what`.
inline std::string countsAfterImportingInto(const QString& file, const QString& database, const char* what) {
    ui::rating::RatingStore fresh;
    openEmpty(fresh, database);
    const auto imported = fresh.importFile(file);
    if (!imported.ok()) finding(what, imported.error().message);
    const auto sessions = fresh.sessions();
    if (!sessions.ok()) finding("the sessions of a re-imported export cannot be listed", sessions.error().message);
    return countsOf(sessions.value());
}

}  // namespace mars5::fuzz
