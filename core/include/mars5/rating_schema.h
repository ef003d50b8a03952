// The blind A/B rating database, described once: the studio writes it through Qt SQL
// (ui/rating/rating_store.cpp) and `mars5-cli rate-stats` reads it through libsqlite3.
// Both take every table and column name, and the one query that turns the database into
// long-format judgement rows, from here. Plain C++: no Qt, no SQLite headers.
//
//   sessions    one named set of comparisons, judged by one rater, with the seed that
//               produced its randomisation
//   trials      one comparison each, in presentation order (position), with which system
//               was shown as A and which as B (the stored randomisation)
//   judgements  at most one per trial, written in its own transaction
#pragma once

namespace mars5::rating::schema {

inline constexpr int kVersion = 1;
// PRAGMA application_id: lets a reader tell a ratings database from any other SQLite file.
inline constexpr int kApplicationId = 0x4d35524b;  // "M5RK"

inline constexpr const char* kCreateStatements[] = {
    "CREATE TABLE IF NOT EXISTS sessions ("
    " id INTEGER PRIMARY KEY,"
    " uuid TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL,"
    " rater TEXT NOT NULL,"
    " source_kind TEXT NOT NULL,"         // folders | dataset | takes | tournament | imported
    " source_description TEXT NOT NULL,"
    " seed INTEGER NOT NULL,"             // the randomisation is reproducible from this
    " allow_tie INTEGER NOT NULL,"        // 1: 'no preference' is offered
    " use_strength INTEGER NOT NULL,"     // 1: strength -3..+3 is asked for
    " loudness_target REAL NOT NULL,"     // LUFS both sides are matched to
    " created_at TEXT NOT NULL)",          // ISO 8601 UTC
    "CREATE TABLE IF NOT EXISTS trials ("
    " id INTEGER PRIMARY KEY,"
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"          // 0-based presentation order
    " item TEXT NOT NULL,"
    " transcript TEXT NOT NULL DEFAULT '',"
    " system_a TEXT NOT NULL,"             // the system presented as A (left)
    " file_a TEXT NOT NULL,"
    " system_b TEXT NOT NULL,"             // the system presented as B (right)
    " file_b TEXT NOT NULL,"
    " swapped INTEGER NOT NULL,"           // 1: A/B is the reverse of the planned pair order
    " UNIQUE(session_id, position))",
    "CREATE TABLE IF NOT EXISTS judgements ("
    " id INTEGER PRIMARY KEY,"
    " trial_id INTEGER NOT NULL UNIQUE REFERENCES trials(id) ON DELETE CASCADE,"
    " choice TEXT NOT NULL CHECK (choice IN ('A','B','tie')),"
    " strength INTEGER CHECK (strength IS NULL OR strength BETWEEN -3 AND 3),"  // <0: A better
    " time_ms INTEGER NOT NULL,"           // from the trial's first presentation to the answer
    " replays_a INTEGER NOT NULL,"         // times A was started or switched to
    " replays_b INTEGER NOT NULL,"
    " comment TEXT NOT NULL DEFAULT '',"
    " presented_at TEXT NOT NULL,"         // ISO 8601 UTC
    " answered_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS trials_by_session ON trials(session_id, position)",
};

// Every judgement as one long-format row, in the column order of kCsvColumns (rating_csv.h)
// up to and including answered_at. Bind nothing; add "WHERE s.uuid = ?" style filters
// through kJudgementRowsWhereSession.
inline constexpr const char* kJudgementRowsQuery =
    "SELECT s.uuid, s.name, s.rater, t.position, t.item, t.system_a, t.system_b, t.file_a, t.file_b,"
    " j.choice, j.strength, j.time_ms, j.replays_a, j.replays_b, j.comment, j.presented_at, j.answered_at"
    " FROM judgements j JOIN trials t ON t.id = j.trial_id JOIN sessions s ON s.id = t.session_id";
inline constexpr const char* kJudgementRowsOrder = " ORDER BY s.created_at, s.id, t.position";
// Appended to kJudgementRowsQuery: one session chosen by uuid or by name (one bound value, twice).
inline constexpr const char* kJudgementRowsWhereSession = " WHERE s.uuid = ?1 OR s.name = ?1";

}  // namespace mars5::rating::schema
