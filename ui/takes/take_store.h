// The take history: every successful synthesis, kept in an SQLite database (Qt SQL) with
// its files beside it, so takes survive restarts and can be compared and rendered again.
//
//   <folder>/takes.sqlite                 one row per take (schema below, PRAGMA user_version)
//   <folder>/takes/<uuid>/audio.wav       the take, 32-bit float (bit-exact)
//   <folder>/takes/<uuid>/codes.safetensors, full_codes.safetensors, l0.safetensors
//                                         final codes [8 x T], diffusion output [8 x T_a], AR L0
//   <folder>/takes/<uuid>/snapshots.safetensors   the kept diffusion steps, stacked [S*8 x T_a]
//   <folder>/references/<audio sha256>.wav        each reference once, 32-bit float at its rate
//
// The reference's samples are stored (not only hashed) so a take can be rendered again
// exactly. Schema versions are applied in order from an empty database (version 0); a
// database from a newer studio is refused untouched. Writes follow the rating store: WAL,
// one transaction per change; files are written before the row and removed if it fails.
// Delete is soft (the row is hidden) so it can be undone; purgeDeleted() removes the rows
// and files for good (the studio does it when it opens the store).
#pragma once

#include "studio/synthesis_controller.h"
#include "takes/take_record_file.h"

#include "mars5/codec.h"
#include "mars5/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

class QSqlQuery;

namespace mars5::ui::takes {

struct TakeRecord {
    qint64 id = 0;
    QString uuid;                    // the take's folder name
    QDateTime createdAt;
    QString name;                    // the user's name for it ("" = none yet)
    QString note;                    // the user's note on it ("" = none)
    bool starred = false;
    QString status;                  // "finished" or "stopped"
    QString text, transcript;
    bool deepClone = false;
    QString presetName;
    QString variationGroup;          // shared by the takes of one "N takes" run ("" = none)
    mars5::InferenceConfig config;   // as used (deep_clone resolved, seed = the requested value)
    quint64 seed = 0;                // the seed the run used
    QString referenceName, referenceFile, referenceFileSha256, referenceAudioSha256;
    bool referenceEdited = false;
    int referenceRate = 0;
    qint64 referenceSamples = 0;
    QJsonObject models;              // as in the export sidecar: role -> {path, sha256}, device, dtype
    mars5::StageTimings timings;
    double wallSeconds = 0.0;
    qint64 arTokens = 0, expectedTokens = 0;
    QString coarseStop;
    QStringList warnings;
    int pieces = 0;                  // a long text spoken in pieces: how many were spoken; 0: at once
    QList<TakePiece> pieceList;      // and each one (none in takes made before the studio kept them)
    int sampleRate = 0;
    qint64 samples = 0;
    qint64 referenceFrames = 0;      // deep clone: the first frames of full_codes are the reference's
    std::vector<std::int64_t> snapshotT;

    double seconds() const { return sampleRate > 0 ? double(samples) / sampleRate : 0.0; }
    // The take as the history knows it, for an export's sidecar: {"id", "starred"}, and
    // "name" and "note" when it has them.
    QJsonObject exportInfo() const;
    // The name, or the text's first words when it has none.
    QString displayName() const;
};

// A take's files and record, written before its row: the first half of TakeStore::add. It
// touches only files, so the synthesis thread writes it when the studio names the store's
// folder (SynthesisController::setTakeFolder): the window's thread then does not wait for the
// disk at the end of every take (six files flushed one by one; docs/PERFORMANCE.md).
struct PreparedTake {
    QString folder;   // the store's folder() the files are in
    TakeRecord take;  // id 0 until committed
    TakeRow row;
};

// A take's codes, read on demand (they are not kept in memory for the whole history).
struct TakeInternals {
    mars5::CodecCodes l0Codes, codes, fullCodes;
    std::vector<mars5::CodecCodes> snapshots;
    std::vector<std::int64_t> snapshotT;
    qint64 referenceFrames = 0;
};

// The files of the takes in one store's folder, read without the database: a value that any
// thread may use (the batch export reads and converts takes off the GUI thread with it).
struct TakeFiles {
    QString folder;  // the store's folder()

    QString takeFolder(const QString& uuid) const;  // <folder>/takes/<uuid>
    QString audioPath(const TakeRecord& take) const;
    QString referencePath(const TakeRecord& take) const;
    Result<mars5::AudioBuffer> audio(const TakeRecord& take) const;
    // The take as the export code knows it (for batch export and the sidecar).
    Result<SynthesisOutcome> outcome(const TakeRecord& take) const;
    // The take's request, its reference samples read; a clip that is gone leaves them empty and
    // sets referenceMissing from the record (an export says so; a re-render is refused).
    Result<SynthesisRequest> request(const TakeRecord& take) const;
};

class TakeStore {
public:
    static constexpr int kSchemaVersion = 3;
    // At most this many diffusion snapshots are stored per take (evenly spaced, the last always).
    static constexpr int kMaxStoredSnapshots = 32;

    TakeStore();
    ~TakeStore();
    TakeStore(const TakeStore&) = delete;
    TakeStore& operator=(const TakeStore&) = delete;

    // QStandardPaths::AppDataLocation/takes.sqlite
    static QString defaultPath();
    // A uuid as the store writes it, lower-case without braces: the only folder names under
    // takes/ that deleting a take may remove (QUuid::fromString alone reads the first 36
    // characters of "<uuid>/../.." and ignores the rest).
    static bool isTakeUuid(const QString& text);

    // Opens (creating) the database and upgrades its schema to `schemaVersion` (tests
    // pass an older version to build the databases earlier studios wrote).
    // A file that is damaged (PRAGMA integrity_check), not SQLite, or another program's SQLite
    // database is refused untouched, and canStartAgain() is then true.
    Result<void> open(const QString& databasePath, int schemaVersion = kSchemaVersion);
    // The last open() refused a damaged or foreign file, which startAgain() may set aside (a
    // newer studio's takes are never set aside: that studio reads them).
    bool canStartAgain() const { return m_canStartAgain; }
    // A new, empty history at the same path: the refused file is renamed beside it
    // (takes.damaged-<time>.sqlite) and the rows still readable from it are copied over.
    // Then every take folder without a row is restored from its record (restoreStrayTakes),
    // which brings back the takes whose rows the damage hid.
    struct Restart {
        QString keptAs;               // where the refused file is now
        int recovered = 0;            // takes copied into the new history
        bool complete = false;        // every row was read and copied
        int restoredFromFolders = 0;  // takes rebuilt from their folders' records
        QStringList unrestored;       // take folders still without a row, and why
    };
    Result<Restart> startAgain();
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString folder() const;
    int schemaVersion() const;  // PRAGMA user_version of the open database

    // Stores a finished (or stopped) synthesis: its audio, codes, reference and every setting.
    // The files the synthesis thread prepared for this folder (outcome.prepared) are used as
    // they are; otherwise they are written here.
    Result<TakeRecord> add(const SynthesisOutcome& outcome, const LoadedModels* models);
    // add's halves. prepare writes the files and the record, with id 0, so that a take whose
    // row never comes (the studio stopped in between) can be restored from its folder
    // (restoreStrayTakes); on failure it leaves nothing. Any thread.
    static Result<PreparedTake> prepare(const QString& folder, const SynthesisOutcome& outcome, const LoadedModels* models);
    // The row, and the record again with the row's id; on failure the take's folder goes. A
    // take already in the history (restored from its folder meanwhile) is returned as it is.
    Result<TakeRecord> commit(const PreparedTake& prepared);

    // Every take's folder holds its row as take.json (take_record_file.h), written with the
    // take and rewritten when it is renamed, starred or deleted, so that takes whose rows are
    // lost (a damaged or replaced takes.sqlite) can be brought back from their folders.
    // Takes kept before the records existed get theirs from these two: the rows are read here,
    // and the records written by writeRecords on any thread (the studio does it in the
    // background at open: 5,000 records take about 3 s), never replacing a record that the
    // store writes meanwhile.
    struct PendingRecord {
        QString folder;
        TakeRow row;
        qint64 id = 0;
    };
    Result<QList<PendingRecord>> missingRecords() const;
    // The number written; `problems` gets why the others were not.
    static int writeRecords(const QList<PendingRecord>& records, QStringList* problems = nullptr);
    // Take folders that no row names: those whose record reads and that have their audio can
    // be restored; the others are listed with why not (they are never removed).
    struct StrayTakes {
        QStringList restorable;  // uuids
        QStringList deleted;     // uuids of takes deleted before their rows were lost
        QStringList problems;
        // Of the restorable, those whose record has no number yet: takes made as the studio
        // stopped (killed between a take's files and its row, see prepare), not lost rows.
        QStringList unnumbered;
    };
    Result<StrayTakes> strayTakes() const;
    // Restores the stray takes from their records, each with the number it had unless a newer
    // take has it (then with a new one). Deleted ones come back deleted, so the next
    // purgeDeleted() removes their files as it would have.
    struct Restored {
        int restored = 0;      // takes back in the list (the deleted ones are not counted)
        QStringList problems;  // folders that stay without a row, and why
    };
    // `only`: these uuids alone (empty: every stray take).
    Result<Restored> restoreStrayTakes(const QStringList& only = {});

    // Takes not deleted, newest first.
    Result<QList<TakeRecord>> takes() const;
    // The takes of one "N takes" run, oldest first.
    Result<QList<TakeRecord>> variation(const QString& group) const;
    Result<TakeRecord> take(qint64 id) const;
    Result<void> rename(qint64 id, const QString& name);
    Result<void> setStarred(qint64 id, bool starred);
    Result<void> setNote(qint64 id, const QString& note);  // trimmed; "" removes it
    Result<void> remove(qint64 id);    // soft: undelete() brings it back
    Result<void> undelete(qint64 id);
    Result<int> purgeDeleted();        // the rows and files of deleted takes, for good

    QString audioPath(const TakeRecord& take) const;
    QString referencePath(const TakeRecord& take) const;
    Result<mars5::AudioBuffer> readAudio(const TakeRecord& take) const;
    Result<mars5::AudioBuffer> readReference(const TakeRecord& take) const;
    Result<TakeInternals> readInternals(const TakeRecord& take) const;

    TakeFiles files() const { return TakeFiles{folder()}; }
    // The take as the export code knows it (for batch export and the sidecar); the models
    // come back as LoadedModels without an engine.
    Result<SynthesisOutcome> toOutcome(const TakeRecord& take) const { return files().outcome(take); }
    static LoadedModels modelsOf(const TakeRecord& take);

    // A request that renders the take again: same text, transcript, reference samples,
    // settings and seed. With the same models on the same device and build the result is
    // identical. Refused, saying why, when the reference clip is gone.
    Result<SynthesisRequest> rerenderRequest(const TakeRecord& take) const;
    // Why a re-render with `now` cannot be identical to the take: another device or precision,
    // model files with other contents (sha256), or fewer than 200 diffusion steps taken by the
    // sampler before the skip-step one. Empty when nothing recorded differs.
    static QStringList rerenderDifferences(const TakeRecord& take, const LoadedModels& now);

private:
    // Why the file `query` reads cannot be used as the takes (a full message; empty when it
    // can); sets m_canStartAgain for a file that startAgain() may set aside.
    QString whyRefused(QSqlQuery& query);
    // The refusal of a file that startAgain() may set aside, `why` in its message.
    QString refuse(const QString& why);
    Result<void> migrate(int target);
    QString takeFolder(const QString& uuid) const;
    // The take folders no row names whose record reads and whose audio is there, with their
    // rows; the others go to `problems` with why not.
    struct StrayRecord {
        QString uuid;
        TakeRow row;
        qint64 id = 0;  // the number the record gives (0: none)
        bool deleted = false;
    };
    static QString missingColumn(QSqlQuery& query, int version);  // "" when every column is there
    Result<QList<StrayRecord>> readStrays(QStringList* problems) const;
    // The reference clips that take folders without a row use (all of them when a folder's
    // record does not read): purgeDeleted() keeps them.
    QSet<QString> referencesOfStrayTakes() const;
    // INSERT of a whole row, with `id` when it is > 0; the row's id.
    Result<qint64> insertRow(const TakeRow& row, qint64 id);
    Result<TakeRow> rowOf(qint64 id, QString* uuid) const;
    Result<void> writeRecordOf(qint64 id);
    void keepRecordOf(qint64 id);
    Result<void> setDeleted(qint64 id, bool deleted);
    Error sqlError(const QString& what, const QString& detail) const;

    QString m_connection;
    QString m_path;
    bool m_canStartAgain = false;
};

// JSON of the stage timings (the export sidecar's keys).
QJsonObject timingsToJson(const mars5::StageTimings& timings, double wallSeconds);
mars5::StageTimings timingsFromJson(const QJsonObject& json, double* wallSeconds);

}  // namespace mars5::ui::takes
