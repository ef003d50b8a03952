// The rating database behind a small class: sessions, their randomised trials and the
// judgements, in SQLite through Qt SQL (tables: core's mars5/rating_schema.h). Widgets
// never see SQL. The database runs in WAL mode with synchronous=FULL and every judgement
// is its own transaction, so a judgement reported as saved survives the application
// being killed at any moment.
//
// Every call returns a Result whose error says what went wrong with which file; nothing
// here throws, and a database that cannot be read is left exactly as it was.
#pragma once

#include "mars5/error.h"
#include "mars5/rating_csv.h"
#include "mars5/rating_plan.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <future>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace mars5::ui::rating {

using mars5::rating::Choice;

struct SessionInfo {
    qint64 id = 0;
    QString uuid, name, rater, sourceKind, sourceDescription;
    quint64 seed = 0;
    bool allowTie = true;
    bool useStrength = false;
    double loudnessTarget = -23.0;
    QDateTime createdAt;
    int trialCount = 0;
    int judgedCount = 0;
};

struct TrialRecord {
    qint64 id = 0;
    int position = 0;
    QString item, transcript, systemA, fileA, systemB, fileB;
    bool swapped = false;
    bool judged = false;
};

struct JudgementRecord {
    Choice choice = Choice::Tie;
    std::optional<int> strength;
    qint64 timeMs = 0;
    int replaysA = 0, replaysB = 0;
    QString comment;
    QDateTime presentedAt, answeredAt;
};

// The loudness both sides of every comparison are matched to (EBU R128 integrated, LUFS): the
// range the New session dialog offers, and what an imported session may say.
inline constexpr double kQuietestLoudnessTarget = -40.0;
inline constexpr double kLoudestLoudnessTarget = -10.0;

struct NewSession {
    QString uuid;  // empty: a new one is made
    QString name, rater, sourceKind, sourceDescription;
    quint64 seed = 0;
    bool allowTie = true;
    bool useStrength = false;
    double loudnessTarget = -23.0;
    std::vector<mars5::rating::PlannedTrial> trials;
    std::vector<int> positions;  // of each trial; empty: 0, 1, 2, … (imports keep the exported ones)
};

struct ImportSummary {
    int sessionsCreated = 0;
    int sessionsMerged = 0;
    int judgementsAdded = 0;
    int judgementsAlreadyThere = 0;
    int judgementsConflicting = 0;  // the trial was judged differently here: ours is kept
    QString describe() const;
};

class RatingStore {
public:
    RatingStore();
    ~RatingStore();
    RatingStore(const RatingStore&) = delete;
    RatingStore& operator=(const RatingStore&) = delete;

    // <AppDataLocation>/ratings.sqlite
    static QString defaultPath();

    // Opens or creates the database (and its folder). Refuses, without changing the file,
    // anything that is not a readable MARS5 ratings database. An existing file that opens is
    // copied to ratings.last-good.sqlite beside it, and copied again by close() when this
    // connection changed it and it still passes integrity_check, so the copy holds the last
    // session's judgements too (a copy that cannot be written is only warned about: the
    // ratings themselves are fine).
    Result<void> open(const QString& path);
    // The last open() refused this studio's ratings database as damaged (PRAGMA
    // integrity_check): startAgain() may set it aside. Never for another program's file or a
    // newer studio's.
    bool canStartAgain() const { return m_canStartAgain; }
    // A new ratings database at the same path: the damaged one is renamed beside it
    // (ratings.damaged-<time>.sqlite) and every session, trial and judgement still readable
    // from it is copied over with its id (util/sqlite_salvage.h); the rows the damage hid come
    // from the last good copy (ratings.last-good.sqlite, util/sqlite_last_good.h), which
    // open() writes each time it opens an existing file that passes its checks. Judgements
    // never change once written, so a row from the copy is the row that was lost.
    struct Restart {
        QString keptAs;              // where the damaged file is now
        int sessions = 0;            // sessions in the new database
        int judgements = 0;          // judgements in the new database
        int sessionsFromCopy = 0;    // of those, taken from the last good copy
        int judgementsFromCopy = 0;
        QDateTime copyTime;          // when that copy was written (invalid: none was used)
        bool complete = false;       // every row came back
    };
    Result<Restart> startAgain();
    // Opens an existing ratings database to read only (the statistics, read on a worker
    // thread beside the window's own connection): it writes nothing, not even the schema, and
    // refuses a file that is not a ratings database or one a newer studio wrote.
    Result<void> openForReading(const QString& path);
    bool isOpen() const;
    QString path() const { return m_path; }
    void close();

    Result<qint64> createSession(const NewSession& session);
    Result<QList<SessionInfo>> sessions() const;
    Result<SessionInfo> session(qint64 sessionId) const;
    Result<QList<TrialRecord>> trials(qint64 sessionId) const;
    Result<void> deleteSession(qint64 sessionId);

    // One transaction: when this returns ok the judgement is on disk. A trial is judged
    // once; a second judgement of it is refused.
    // While judging, the last good copy follows: after every kCopyEveryJudgements judgements,
    // or at the first judgement kCopyAfterMs after the last copy, a new one is written on a
    // thread of its own through its own read-only connection, so the window never waits for
    // it. A session killed before close() then loses at most that much to a damaged file.
    static constexpr int kCopyEveryJudgements = 25;
    static constexpr qint64 kCopyAfterMs = 5 * 60 * 1000;
    Result<void> recordJudgement(qint64 trialId, const JudgementRecord& judgement);
    // Waits for a copy written in the background (close() does; tests read the copy after it).
    void waitForCopy();
    Result<JudgementRecord> judgement(qint64 trialId) const;

    // Long-format rows of one session, or of every session when sessionId is empty.
    Result<std::vector<mars5::rating::JudgementRow>> judgementRows(std::optional<qint64> sessionId = {}) const;

    Result<void> exportCsv(const QString& path, std::optional<qint64> sessionId = {}) const;
    // The whole session: settings, seed, every trial in presentation order with its A/B
    // assignment (the randomisation) and its judgement, if any.
    Result<void> exportJson(const QString& path, qint64 sessionId) const;
    // A JSON or CSV export (told apart by content). A session already here (same uuid)
    // gains the judgements it lacks; others are added with their rater, so several raters'
    // sessions end up side by side.
    Result<ImportSummary> importFile(const QString& path);

private:
    // Adds this store's connection to `path` with Qt's SQLite connect options; on failure
    // the connection is removed again.
    Result<void> connectTo(const QString& path, const QString& options);
    Result<void> initialiseSchema();
    void keepCopyOfChanges(const QSqlDatabase& db) const;
    // Counts `judgements` new ones, and starts a background copy when the rule above says so.
    void copyWhenDue(int judgements);
    Result<void> importJson(const QByteArray& bytes, const QString& path, ImportSummary& summary);
    Result<void> importCsv(const QByteArray& bytes, const QString& path, ImportSummary& summary);
    Error sqlError(const QString& what, const QString& detail) const;

    QString m_connection;
    QString m_path;
    bool m_canStartAgain = false;
    bool m_copyOnClose = false;  // opened to write: close() keeps a copy of what changed
    bool m_importing = false;    // an import's judgements are counted once, after its commit
    int m_judgedSinceCopy = 0;
    QElapsedTimer m_sinceCopy;
    std::future<void> m_copy;    // std::async's thread is joined when the copy is waited for
};

}  // namespace mars5::ui::rating
