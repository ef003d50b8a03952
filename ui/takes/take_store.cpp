#include "takes/take_store.h"

#include "takes/take_record_file.h"

#include "studio/presets.h"
#include "studio/take_export.h"
#include "util/notice_text.h"
#include "util/sqlite_health.h"
#include "util/sqlite_salvage.h"

#include "mars5/audio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace mars5::ui::takes {

namespace {

std::atomic<int> g_connectionCounter{0};

std::string s(const QString& q) { return q.toStdString(); }
QString iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QVariant text(const QString& s) { return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s); }
QString json(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject object(const QString& s) { return QJsonDocument::fromJson(s.toUtf8()).object(); }
std::string native(const QString& path) { return QFile::encodeName(path).toStdString(); }
bool isSha256Hex(const QString& text) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// Schema migrations, applied in order: entry i takes a database from version i to i + 1.
const QList<QStringList>& migrations() {
    static const QList<QStringList> list{
        {// 0 -> 1: the takes table.
         QStringLiteral("CREATE TABLE takes ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " uuid TEXT NOT NULL UNIQUE,"
                        " created_at TEXT NOT NULL,"
                        " name TEXT NOT NULL DEFAULT '',"
                        " starred INTEGER NOT NULL DEFAULT 0,"
                        " deleted INTEGER NOT NULL DEFAULT 0,"
                        " status TEXT NOT NULL,"
                        " text TEXT NOT NULL,"
                        " transcript TEXT NOT NULL,"
                        " deep_clone INTEGER NOT NULL,"
                        " preset TEXT NOT NULL,"
                        " config_json TEXT NOT NULL,"
                        " seed INTEGER NOT NULL,"
                        " reference_name TEXT NOT NULL,"
                        " reference_file TEXT NOT NULL,"
                        " reference_file_sha256 TEXT NOT NULL,"
                        " reference_audio_sha256 TEXT NOT NULL,"
                        " reference_edited INTEGER NOT NULL,"
                        " reference_rate INTEGER NOT NULL,"
                        " reference_samples INTEGER NOT NULL,"
                        " models_json TEXT NOT NULL,"
                        " timings_json TEXT NOT NULL,"
                        " run_json TEXT NOT NULL,"
                        " sample_rate INTEGER NOT NULL,"
                        " samples INTEGER NOT NULL,"
                        " reference_frames INTEGER NOT NULL,"
                        " snapshot_t TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX takes_created ON takes(created_at)")},
        {// 1 -> 2: takes made together by "N takes" share a variation group.
         QStringLiteral("ALTER TABLE takes ADD COLUMN variation_group TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE INDEX takes_variation ON takes(variation_group)")},
        {// 2 -> 3: the user's note on a take.
         QStringLiteral("ALTER TABLE takes ADD COLUMN note TEXT NOT NULL DEFAULT ''")},
    };
    return list;
}

// Rolls back unless committed (as in the rating store).
class Transaction {
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction() {
        if (m_open) m_db.rollback();
    }
    bool started() const { return m_open; }
    bool commit() {
        if (!m_open) return false;
        m_open = false;
        if (m_db.commit()) return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Recorded with each take's models: fewer than 200 diffusion steps skip steps of the 200-step
// schedule (mars5 diffusion.h) rather than running a shorter one.
const char* const kNarSamplerKey = "nar_sampler";
const char* const kNarSkipStepSampler = "skip-step";
// And how the diffusion drew its noise: "reference" (the CPU: the reference's stream) or "short"
// (a GPU's own generator, only the numbers its samplers use, since 2026-12-03).
const char* const kNarRouteKey = "nar_diffusion_route";

QJsonObject modelsJson(const LoadedModels* models, bool narReferenceRoute) {
    QJsonObject o;
    if (!models) return o;
    for (const ModelFileCheck& f : models->files) {
        QJsonObject m;
        m.insert(QStringLiteral("file"), f.path);
        m.insert(QStringLiteral("sha256"), f.sha256.isEmpty() ? QJsonValue() : QJsonValue(f.sha256));
        o.insert(f.role, m);
    }
    o.insert(QStringLiteral("device"), QString::fromUtf8(mars5::toString(models->info.device)));
    o.insert(QStringLiteral("dtype"), QString::fromUtf8(mars5::toString(models->info.dtype)));
    // How fewer than 200 diffusion steps were taken: takes without it were made when they ran a
    // shorter schedule (see rerenderDifferences).
    o.insert(QLatin1String(kNarSamplerKey), QLatin1String(kNarSkipStepSampler));
    o.insert(QLatin1String(kNarRouteKey), QString::fromUtf8(mars5::diffusionRouteName(narReferenceRoute)));
    return o;
}

// Snapshots stacked into one codes tensor [S*8 x T] (at most kMaxStoredSnapshots, evenly spaced).
std::vector<std::size_t> keptSnapshots(std::size_t count) {
    std::vector<std::size_t> kept;
    const std::size_t max = TakeStore::kMaxStoredSnapshots;
    if (count <= max) {
        for (std::size_t i = 0; i < count; ++i) kept.push_back(i);
        return kept;
    }
    for (std::size_t j = 0; j < max; ++j) kept.push_back((j * (count - 1)) / (max - 1));
    return kept;
}

// Most takes of a history share their settings (a preset) and all of a session's share their
// models, so a list is read parsing each distinct text once: 20,000 takes read in about a third of the
// time, and the takes share one copy of each (QJsonObject and InferenceConfig are values).
struct RepeatedJson {
    QHash<QString, mars5::InferenceConfig> configs;
    QHash<QString, QJsonObject> models;
};

template <typename Value, typename Parse>
Value parsedOnce(QHash<QString, Value>* seen, const QString& text, Parse parse) {
    if (!seen) return parse(text);
    if (auto known = seen->constFind(text); known != seen->cend()) return *known;
    return *seen->insert(text, parse(text));
}

TakeRecord fromQuery(const QSqlQuery& query, RepeatedJson* repeated = nullptr) {
    TakeRecord t;
    int c = 0;
    t.id = query.value(c++).toLongLong();
    t.uuid = query.value(c++).toString();
    t.createdAt = QDateTime::fromString(query.value(c++).toString(), Qt::ISODateWithMs);
    t.name = query.value(c++).toString();
    t.starred = query.value(c++).toBool();
    t.status = query.value(c++).toString();
    t.text = query.value(c++).toString();
    t.transcript = query.value(c++).toString();
    t.deepClone = query.value(c++).toBool();
    t.presetName = query.value(c++).toString();
    t.config = parsedOnce(repeated ? &repeated->configs : nullptr, query.value(c++).toString(),
                          [](const QString& text) { return configFromJson(object(text), nullptr); });
    t.seed = query.value(c++).toULongLong();
    t.referenceName = query.value(c++).toString();
    t.referenceFile = query.value(c++).toString();
    t.referenceFileSha256 = query.value(c++).toString();
    t.referenceAudioSha256 = query.value(c++).toString();
    t.referenceEdited = query.value(c++).toBool();
    t.referenceRate = query.value(c++).toInt();
    t.referenceSamples = query.value(c++).toLongLong();
    t.models = parsedOnce(repeated ? &repeated->models : nullptr, query.value(c++).toString(), object);
    t.timings = timingsFromJson(object(query.value(c++).toString()), &t.wallSeconds);
    const QJsonObject run = object(query.value(c++).toString());
    t.arTokens = run.value(QStringLiteral("ar_tokens")).toInteger();
    t.expectedTokens = run.value(QStringLiteral("expected_tokens")).toInteger();
    t.coarseStop = run.value(QStringLiteral("ar_stop")).toString();
    for (const QJsonValue& w : run.value(QStringLiteral("warnings")).toArray()) t.warnings << w.toString();
    t.pieces = std::clamp(run.value(QStringLiteral("pieces")).toInt(), 0, 1000000);
    t.sampleRate = query.value(c++).toInt();
    t.samples = query.value(c++).toLongLong();
    t.pieceList = takePiecesFromJson(run.value(QStringLiteral("piece_list")), t.samples);
    t.referenceFrames = query.value(c++).toLongLong();
    for (const QString& v : query.value(c++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.snapshotT.push_back(v.toLongLong());
    t.variationGroup = query.value(c++).toString();
    t.note = query.value(c++).toString();
    return t;
}

const char* const kColumns =
    "id, uuid, created_at, name, starred, status, text, transcript, deep_clone, preset, config_json, seed,"
    " reference_name, reference_file, reference_file_sha256, reference_audio_sha256, reference_edited,"
    " reference_rate, reference_samples, models_json, timings_json, run_json, sample_rate, samples,"
    " reference_frames, snapshot_t, variation_group, note";

}  // namespace

QJsonObject TakeRecord::exportInfo() const {
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("starred"), starred}};
    if (!name.isEmpty()) o.insert(QStringLiteral("name"), name);
    if (!note.isEmpty()) o.insert(QStringLiteral("note"), note);
    return o;
}

QString TakeRecord::displayName() const {
    if (!name.isEmpty()) return name;
    QString t = text.simplified();
    if (t.size() > 48) t = t.left(47) + QChar(0x2026);
    return t;
}

QJsonObject timingsToJson(const mars5::StageTimings& t, double wallSeconds) {
    QJsonObject o;
    o.insert(QStringLiteral("encode_reference_s"), t.encodeSeconds);
    o.insert(QStringLiteral("ar_s"), t.coarseSeconds);
    o.insert(QStringLiteral("nar_s"), t.refineSeconds);
    o.insert(QStringLiteral("vocode_s"), t.vocodeSeconds);
    o.insert(QStringLiteral("trim_s"), t.trimSeconds);
    o.insert(QStringLiteral("total_s"), t.totalSeconds);
    o.insert(QStringLiteral("wall_s"), wallSeconds);
    return o;
}

mars5::StageTimings timingsFromJson(const QJsonObject& o, double* wallSeconds) {
    mars5::StageTimings t;
    t.encodeSeconds = o.value(QStringLiteral("encode_reference_s")).toDouble();
    t.coarseSeconds = o.value(QStringLiteral("ar_s")).toDouble();
    t.refineSeconds = o.value(QStringLiteral("nar_s")).toDouble();
    t.vocodeSeconds = o.value(QStringLiteral("vocode_s")).toDouble();
    t.trimSeconds = o.value(QStringLiteral("trim_s")).toDouble();
    t.totalSeconds = o.value(QStringLiteral("total_s")).toDouble();
    if (wallSeconds) *wallSeconds = o.value(QStringLiteral("wall_s")).toDouble();
    return t;
}

TakeStore::TakeStore() : m_connection(QStringLiteral("mars5-takes-%1").arg(g_connectionCounter.fetch_add(1))) {}

TakeStore::~TakeStore() { close(); }

QString TakeStore::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("takes.sqlite"));
}

bool TakeStore::isTakeUuid(const QString& text) {
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

QString TakeStore::folder() const { return QFileInfo(m_path).absolutePath(); }

bool TakeStore::isOpen() const {
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void TakeStore::close() {
    if (!QSqlDatabase::contains(m_connection)) return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error TakeStore::sqlError(const QString& what, const QString& detail) const {
    return Error{ErrorKind::Io, s(QObject::tr("%1: %2 failed (%3)").arg(QDir::toNativeSeparators(m_path), what, detail))};
}

Result<void> TakeStore::open(const QString& databasePath, int schemaVersion) {
    close();
    m_path = databasePath;
    m_canStartAgain = false;
    const QFileInfo info(databasePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ErrorKind::Io, s(QObject::tr("Cannot create the folder %1 for the takes.").arg(info.absolutePath()))};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{ErrorKind::Unsupported,
                     s(QObject::tr("Qt's SQLite driver is missing (install libqt6sql6-sqlite); takes cannot be kept."))};
    // An existing file is judged before anything opens it to write (see withReadOnlyConnection).
    if (QFileInfo::exists(databasePath)) {
        QString problem;
        const QString unopened =
            withReadOnlyConnection(databasePath, [&](QSqlDatabase& db) {
                QSqlQuery query(db);
                problem = whyRefused(query);
            });
        if (!unopened.isEmpty())
            return Error{ErrorKind::Io, s(QObject::tr("Cannot open the takes database %1 (%2).").arg(databasePath, unopened))};
        if (!problem.isEmpty()) return Error{ErrorKind::Format, s(problem)};
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            close();
            return Error{ErrorKind::Io, s(QObject::tr("Cannot open the takes database %1 (%2).").arg(databasePath, detail))};
        }
    }
    auto result = migrate(std::clamp(schemaVersion, 1, kSchemaVersion));
    if (!result.ok()) {
        if (const QString damage = closeRefusedConnection(QSqlDatabase::database(m_connection, false)); !damage.isEmpty())
            result = Error{ErrorKind::Format, s(refuse(QObject::tr("damaged: %1").arg(damage)))};
        close();
    }
    return result;
}

int TakeStore::schemaVersion() const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) return -1;
    return query.value(0).toInt();
}

QString TakeStore::refuse(const QString& why) {
    m_canStartAgain = true;
    return QObject::tr("%1 is not a readable takes database (%2). It was left untouched.").arg(m_path, why);
}

QString TakeStore::whyRefused(QSqlQuery& query) {
    // Before the first query: reading the file would delete its -wal.
    if (const QString cut = walBesideEmptyFile(m_path); !cut.isEmpty()) return refuse(cut);
    // A file that is not SQLite fails at its header.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) return refuse(query.lastError().text());
    const int version = query.value(0).toInt();
    // Version 0 is a new, empty file: one with tables in it belongs to another program.
    if (version == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return refuse(query.lastError().text());
        if (query.value(0).toInt() > 0) return refuse(QObject::tr("it is a different kind of SQLite database"));
        return {};
    }
    if (version > kSchemaVersion)
        return QObject::tr("%1 was written by a newer MARS5 Studio (takes schema %2; this one reads up to %3). "
                           "It was left untouched.")
            .arg(m_path)
            .arg(version)
            .arg(kSchemaVersion);
    // A damaged file read without this check lost takes silently: a damaged index hides rows
    // from the queries that use it, and a damaged page reads as NULLs (as the ratings fuzzer
    // found in the same kind of file).
    if (const QString damage = sqliteDamage(query); !damage.isEmpty()) return refuse(QObject::tr("damaged: %1").arg(damage));
    if (const QString missing = missingColumn(query, version); !missing.isEmpty()) return refuse(missing);
    return {};
}

QString TakeStore::missingColumn(QSqlQuery& query, int version) {
    // Every column the store reads (sqlite_health.h says why), but those a later upgrade adds.
    QStringList wanted{QStringLiteral("id")};
    wanted += takeRowColumns();
    for (const auto& [column, added] : {std::pair{"variation_group", 2}, std::pair{"note", 3}})
        if (version < added) wanted.removeAll(QLatin1String(column));
    return missingTableOrColumn(query, QStringLiteral("takes"), wanted);
}

Result<void> TakeStore::migrate(int target) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // open() has judged the file already, on a connection that cannot write.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QObject::tr("reading the schema version"), query.lastError().text());
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) return sqlError(QObject::tr("reading the schema version"), QString::number(version));
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    for (int v = version; v < target; ++v) {
        Transaction tx(db);
        if (!tx.started()) return sqlError(QObject::tr("starting the schema upgrade"), db.lastError().text());
        for (const QString& statement : migrations()[v])
            if (!query.exec(statement)) return sqlError(QObject::tr("upgrading the schema to %1").arg(v + 1), query.lastError().text());
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
            return sqlError(QObject::tr("recording the schema version"), query.lastError().text());
        if (!tx.commit()) return sqlError(QObject::tr("committing the schema upgrade"), db.lastError().text());
    }
    return {};
}

Result<TakeStore::Restart> TakeStore::startAgain() {
    if (isOpen() || !m_canStartAgain)
        return Error{ErrorKind::InvalidArgument, "only a takes database that open() refused as damaged is set aside"};
    const QString path = m_path;
    const auto openNew = [this, &path]() -> Result<QSqlDatabase> {
        if (auto opened = open(path); !opened.ok()) return opened.error();
        return QSqlDatabase::database(m_connection, false);
    };
    // A uuid names the folder that deleting the take removes: only the store's own kind.
    const auto restarted = startAgainBeside(path, openNew, {QStringLiteral("takes")}, [](const QString&, const QSqlRecord& row) {
        return isTakeUuid(row.value(QStringLiteral("uuid")).toString());
    });
    if (!restarted.ok()) return restarted.error();
    Restart restart;
    restart.keptAs = restarted.value().keptAs;
    restart.recovered = restarted.value().tables.front().recovered;
    restart.complete = restarted.value().tables.front().complete();
    // The new history is open and holds what the damaged file gave; the records give the rest.
    auto restored = restoreStrayTakes();
    if (!restored.ok()) {
        restart.unrestored << QString::fromStdString(restored.message());
        return restart;
    }
    restart.restoredFromFolders = restored.value().restored;
    restart.unrestored = restored.value().problems;
    return restart;
}

Result<TakeRecord> TakeStore::add(const SynthesisOutcome& outcome, const LoadedModels* models) {
    if (!isOpen()) return Error{ErrorKind::InvalidArgument, "the takes database is not open"};
    if (!outcome.hasAudio()) return Error{ErrorKind::InvalidArgument, s(QObject::tr("a take without audio is not kept"))};
    // Prepared for another folder (the store was opened elsewhere meanwhile): those files stay
    // where they are, a take that folder's store restores, and this one gets its own.
    if (outcome.prepared && outcome.prepared->folder == folder()) return commit(*outcome.prepared);
    auto prepared = prepare(folder(), outcome, models);
    if (!prepared.ok()) return prepared.error();
    return commit(prepared.value());
}

Result<PreparedTake> TakeStore::prepare(const QString& folder, const SynthesisOutcome& outcome, const LoadedModels* models) {
    if (!outcome.hasAudio()) return Error{ErrorKind::InvalidArgument, s(QObject::tr("a take without audio is not kept"))};
    const SynthesisRequest& r = outcome.request;
    TakeRecord t;
    t.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.status = outcome.status == SynthesisOutcome::Status::Stopped ? QStringLiteral("stopped") : QStringLiteral("finished");
    t.text = r.text;
    t.transcript = r.transcript;
    t.deepClone = r.deepClone;
    t.presetName = r.presetName;
    t.variationGroup = r.variationGroup;
    t.config = r.config;
    t.config.deep_clone = r.deepClone;
    t.seed = outcome.seed;
    t.referenceName = r.referenceName;
    t.referenceFile = r.referenceFile;
    t.referenceFileSha256 = r.referenceFileSha256;
    t.referenceAudioSha256 = audioSha256(r.reference.samples);
    t.referenceEdited = r.referenceEdited;
    t.referenceRate = r.reference.sampleRate;
    t.referenceSamples = static_cast<qint64>(r.reference.samples.size());
    t.models = modelsJson(models, outcome.narReferenceRoute);
    t.timings = outcome.timings;
    t.wallSeconds = outcome.wallSeconds;
    t.arTokens = outcome.arTokens;
    t.expectedTokens = outcome.expectedTokens;
    t.coarseStop = outcome.coarseStop;
    t.warnings = outcome.warnings;
    t.pieces = outcome.pieces();
    t.pieceList = outcome.pieceList;
    t.sampleRate = outcome.audio.sampleRate;
    t.samples = static_cast<qint64>(outcome.audio.samples.size());
    t.referenceFrames = outcome.referenceFrames;

    // The files first; the row last, so a row always has its files.
    const QDir base(folder);
    const QString takeDir = base.filePath(QStringLiteral("takes/") + t.uuid);
    auto fail = [&](const Error& e) -> Result<PreparedTake> {
        QDir(takeDir).removeRecursively();
        return e;
    };
    // The shared references folder first: a take folder is made only when the take can be.
    if (!QDir().mkpath(base.filePath(QStringLiteral("references"))) || !QDir().mkpath(takeDir))
        return fail(Error{ErrorKind::Io, s(QObject::tr("Cannot create the folder %1 for the take.").arg(takeDir))});
    const QDir dir(takeDir);
    if (auto w = mars5::writeAudioFile(native(dir.filePath(QStringLiteral("audio.wav"))), outcome.audio, mars5::AudioFileFormat::WavFloat32); !w.ok())
        return fail(w.error());
    const QString refPath = TakeFiles{folder}.referencePath(t);
    // writeAudioFile writes a temporary file of its own and renames it into place, so two
    // threads keeping the same new clip at once both succeed, with the same samples.
    if (!QFileInfo::exists(refPath))
        if (auto w = mars5::writeAudioFile(native(refPath), r.reference, mars5::AudioFileFormat::WavFloat32); !w.ok())
            return fail(w.error());
    auto saveCodes = [&](const QString& name, const mars5::CodecCodes& codes) -> Result<void> {
        if (codes.numFrames == 0) return {};
        return mars5::saveCodes(native(dir.filePath(name)), codes);
    };
    for (const auto& [name, codes] : {std::pair<QString, const mars5::CodecCodes*>{QStringLiteral("l0.safetensors"), &outcome.l0Codes},
                                      {QStringLiteral("codes.safetensors"), &outcome.codes},
                                      {QStringLiteral("full_codes.safetensors"), &outcome.fullCodes}})
        if (auto w = saveCodes(name, *codes); !w.ok()) return fail(w.error());
    if (!outcome.snapshots.empty()) {
        mars5::CodecCodes stacked;
        const auto kept = keptSnapshots(outcome.snapshots.size());
        stacked.numFrames = outcome.snapshots.front().numFrames;
        for (std::size_t i : kept) {
            const mars5::CodecCodes& snap = outcome.snapshots[i];
            if (snap.numFrames != stacked.numFrames) continue;
            stacked.numCodebooks += snap.numCodebooks;
            stacked.values.insert(stacked.values.end(), snap.values.begin(), snap.values.end());
            if (i < outcome.snapshotT.size()) t.snapshotT.push_back(outcome.snapshotT[i]);
        }
        if (auto w = saveCodes(QStringLiteral("snapshots.safetensors"), stacked); !w.ok()) return fail(w.error());
    }

    QJsonObject run;
    run.insert(QStringLiteral("ar_tokens"), t.arTokens);
    run.insert(QStringLiteral("expected_tokens"), t.expectedTokens);
    run.insert(QStringLiteral("ar_stop"), t.coarseStop);
    run.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(t.warnings));
    if (t.pieces > 0) run.insert(QStringLiteral("pieces"), t.pieces);
    if (!t.pieceList.isEmpty()) run.insert(QStringLiteral("piece_list"), takePiecesToJson(t.pieceList));
    QStringList snapshotT;
    for (std::int64_t v : t.snapshotT) snapshotT << QString::number(v);
    const auto integer = [](qint64 v) { return QVariant(v); };
    const TakeRow row{
        {QStringLiteral("uuid"), t.uuid},
        {QStringLiteral("created_at"), iso(t.createdAt)},
        {QStringLiteral("name"), text({})},
        {QStringLiteral("starred"), integer(0)},
        {QStringLiteral("deleted"), integer(0)},
        {QStringLiteral("status"), t.status},
        {QStringLiteral("text"), text(t.text)},
        {QStringLiteral("transcript"), text(t.transcript)},
        {QStringLiteral("deep_clone"), integer(t.deepClone ? 1 : 0)},
        {QStringLiteral("preset"), text(t.presetName)},
        {QStringLiteral("config_json"), json(configToJson(t.config))},
        {QStringLiteral("seed"), integer(static_cast<qint64>(t.seed))},
        {QStringLiteral("reference_name"), text(t.referenceName)},
        {QStringLiteral("reference_file"), text(t.referenceFile)},
        {QStringLiteral("reference_file_sha256"), text(t.referenceFileSha256)},
        {QStringLiteral("reference_audio_sha256"), t.referenceAudioSha256},
        {QStringLiteral("reference_edited"), integer(t.referenceEdited ? 1 : 0)},
        {QStringLiteral("reference_rate"), integer(t.referenceRate)},
        {QStringLiteral("reference_samples"), integer(t.referenceSamples)},
        {QStringLiteral("models_json"), json(t.models)},
        {QStringLiteral("timings_json"), json(timingsToJson(t.timings, t.wallSeconds))},
        {QStringLiteral("run_json"), json(run)},
        {QStringLiteral("sample_rate"), integer(t.sampleRate)},
        {QStringLiteral("samples"), integer(t.samples)},
        {QStringLiteral("reference_frames"), integer(t.referenceFrames)},
        // text(): an empty list joins to a null QString, which Qt SQL would bind as NULL (a take
        // without snapshots: a long text spoken in pieces).
        {QStringLiteral("snapshot_t"), text(snapshotT.join(QLatin1Char(',')))},
        {QStringLiteral("variation_group"), text(t.variationGroup)},
    };

    // The record, without an id yet: a take whose row never comes is restored from it.
    if (auto w = writeTakeRecord(takeDir, row, 0); !w.ok()) return fail(w.error());
    return PreparedTake{folder, std::move(t), row};
}

Result<TakeRecord> TakeStore::commit(const PreparedTake& prepared) {
    if (!isOpen()) return Error{ErrorKind::InvalidArgument, "the takes database is not open"};
    if (prepared.folder != folder())  // its files are not here: a row would have none
        return Error{ErrorKind::InvalidArgument, "the take was prepared for another folder"};
    const QString takeDir = TakeFiles{folder()}.takeFolder(prepared.take.uuid);
    auto fail = [&](const Error& e) -> Result<TakeRecord> {
        QDir(takeDir).removeRecursively();
        return e;
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Restored from its record meanwhile (File ▸ Restore Takes from Their Folders, just as the
    // run ended, finds its folder without a row): it is kept already, and its files must stay.
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id FROM takes WHERE uuid = ?"));
    existing.addBindValue(prepared.take.uuid);
    if (existing.exec() && existing.next()) return take(existing.value(0).toLongLong());
    TakeRecord t = prepared.take;
    Transaction tx(db);
    auto inserted = insertRow(prepared.row, 0);
    if (!inserted.ok()) return fail(inserted.error());
    t.id = inserted.value();
    // The record with its id before the commit: a take in the history always has its record,
    // and brought back from it, it keeps its number.
    if (auto w = writeTakeRecord(takeDir, prepared.row, t.id); !w.ok()) return fail(w.error());
    if (!tx.commit()) return fail(sqlError(QObject::tr("committing the take"), db.lastError().text()));
    return t;
}

Result<QList<TakeRecord>> TakeStore::takes() const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);  // read once: Qt need not keep every row it has given
    if (!query.exec(QStringLiteral("SELECT %1 FROM takes WHERE deleted = 0 ORDER BY id DESC").arg(QLatin1String(kColumns))))
        return sqlError(QObject::tr("reading the takes"), query.lastError().text());
    QList<TakeRecord> list;
    RepeatedJson repeated;
    while (query.next()) list << fromQuery(query, &repeated);
    // next() is false at the end and on a read error alike: a damaged page is no end of the list.
    if (query.lastError().isValid()) return sqlError(QObject::tr("reading the takes"), query.lastError().text());
    return list;
}

Result<QList<TakeRecord>> TakeStore::variation(const QString& group) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM takes WHERE deleted = 0 AND variation_group = ? ORDER BY id").arg(QLatin1String(kColumns)));
    query.addBindValue(group);
    if (!query.exec()) return sqlError(QObject::tr("reading a variation"), query.lastError().text());
    QList<TakeRecord> list;
    while (query.next()) list << fromQuery(query);
    if (query.lastError().isValid()) return sqlError(QObject::tr("reading a variation"), query.lastError().text());
    return list;
}

Result<TakeRecord> TakeStore::take(qint64 id) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM takes WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!query.exec()) return sqlError(QObject::tr("reading a take"), query.lastError().text());
    if (!query.next()) {
        if (query.lastError().isValid()) return sqlError(QObject::tr("reading a take"), query.lastError().text());
        return Error{ErrorKind::InvalidArgument, s(QObject::tr("There is no take %1.").arg(id))};
    }
    return fromQuery(query);
}

namespace {
Result<void> updateOne(const QString& connection, const QString& sql, const QVariant& value, qint64 id,
                       const std::function<Error(const QString&)>& error) {
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    Transaction tx(db);
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(value);
    query.addBindValue(id);
    if (!query.exec()) return error(query.lastError().text());
    if (query.numRowsAffected() != 1) return Error{ErrorKind::InvalidArgument, s(QObject::tr("There is no take %1.").arg(id))};
    if (!tx.commit()) return error(db.lastError().text());
    return {};
}
}  // namespace

Result<void> TakeStore::rename(qint64 id, const QString& name) {
    auto updated = updateOne(m_connection, QStringLiteral("UPDATE takes SET name = ? WHERE id = ?"), text(name.trimmed()), id,
                             [this](const QString& d) { return sqlError(QObject::tr("renaming a take"), d); });
    if (updated.ok()) keepRecordOf(id);
    return updated;
}

Result<void> TakeStore::setStarred(qint64 id, bool starred) {
    auto updated = updateOne(m_connection, QStringLiteral("UPDATE takes SET starred = ? WHERE id = ?"), starred ? 1 : 0, id,
                             [this](const QString& d) { return sqlError(QObject::tr("starring a take"), d); });
    if (updated.ok()) keepRecordOf(id);
    return updated;
}

Result<void> TakeStore::setNote(qint64 id, const QString& note) {
    auto updated = updateOne(m_connection, QStringLiteral("UPDATE takes SET note = ? WHERE id = ?"), text(note.trimmed()), id,
                             [this](const QString& d) { return sqlError(QObject::tr("writing a take's note"), d); });
    if (updated.ok()) keepRecordOf(id);
    return updated;
}

Result<void> TakeStore::setDeleted(qint64 id, bool deleted) {
    auto updated = updateOne(m_connection, QStringLiteral("UPDATE takes SET deleted = ? WHERE id = ?"), deleted ? 1 : 0, id,
                             [this](const QString& d) { return sqlError(QObject::tr("deleting a take"), d); });
    if (updated.ok()) keepRecordOf(id);
    return updated;
}

Result<void> TakeStore::remove(qint64 id) { return setDeleted(id, true); }
Result<void> TakeStore::undelete(qint64 id) { return setDeleted(id, false); }

Result<int> TakeStore::purgeDeleted() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT uuid, reference_audio_sha256 FROM takes WHERE deleted = 1")))
        return sqlError(QObject::tr("finding deleted takes"), query.lastError().text());
    QStringList uuids, refs;
    while (query.next()) {
        uuids << query.value(0).toString();
        refs << query.value(1).toString();
    }
    // A read that stopped early would delete rows whose folders then stay behind.
    if (query.lastError().isValid()) return sqlError(QObject::tr("finding deleted takes"), query.lastError().text());
    if (uuids.isEmpty()) return 0;
    {
        Transaction tx(db);
        if (!query.exec(QStringLiteral("DELETE FROM takes WHERE deleted = 1")))
            return sqlError(QObject::tr("removing deleted takes"), query.lastError().text());
        if (!tx.commit()) return sqlError(QObject::tr("removing deleted takes"), db.lastError().text());
    }
    const QDir base(folder());
    // A folder that a remaining row still names stays: the schema says uuids are unique, but a
    // table rebuilt in an SQLite browser may have lost that.
    QSet<QString> kept;
    if (!query.exec(QStringLiteral("SELECT uuid FROM takes"))) return sqlError(QObject::tr("finding deleted takes"), query.lastError().text());
    while (query.next()) kept.insert(query.value(0).toString());
    if (query.lastError().isValid()) return sqlError(QObject::tr("finding deleted takes"), query.lastError().text());
    // Only names the studio writes: a row edited outside it (or salvaged from damage) with a
    // uuid of ".." would otherwise remove the whole data folder, takes.sqlite with it.
    for (const QString& uuid : uuids)
        if (isTakeUuid(uuid) && !kept.contains(uuid)) QDir(base.filePath(QStringLiteral("takes/") + uuid)).removeRecursively();
    // A reference no remaining take uses goes too.
    QSet<QString> unused;
    for (const QString& sha : refs) {
        if (!isSha256Hex(sha)) continue;
        QSqlQuery used(db);
        used.prepare(QStringLiteral("SELECT COUNT(*) FROM takes WHERE reference_audio_sha256 = ?"));
        used.addBindValue(sha);
        if (used.exec() && used.next() && used.value(0).toInt() == 0) unused.insert(sha);
    }
    for (const QString& sha : unused - referencesOfStrayTakes())
        QFile::remove(base.filePath(QStringLiteral("references/%1.wav").arg(sha)));
    return static_cast<int>(uuids.size());
}

QSet<QString> TakeStore::referencesOfStrayTakes() const {
    // A take folder without a row (its history replaced by an older copy, or its row lost to
    // damage) can be restored later, and its reference clip must still be there then: the
    // user's recording may exist nowhere else. A folder whose record does not read could use
    // any reference, so then every reference is kept.
    QStringList problems;
    const auto strays = readStrays(&problems);
    if (!strays.ok() || !problems.isEmpty()) {
        QSet<QString> all;
        for (const QFileInfo& file : QDir(QDir(folder()).filePath(QStringLiteral("references"))).entryInfoList({QStringLiteral("*.wav")}, QDir::Files))
            all.insert(file.completeBaseName());
        return all;
    }
    QSet<QString> used;
    for (const StrayRecord& stray : strays.value()) {
        if (stray.deleted) continue;  // comes back deleted, if at all: the purge after that decides
        for (const auto& [column, value] : stray.row)
            if (column == QLatin1String("reference_audio_sha256")) used.insert(value.toString());
    }
    return used;
}

QString TakeStore::takeFolder(const QString& uuid) const { return files().takeFolder(uuid); }

Result<qint64> TakeStore::insertRow(const TakeRow& row, qint64 id) {
    QStringList columns, marks;
    if (id > 0) {
        columns << QStringLiteral("id");
        marks << QStringLiteral("?");
    }
    for (const auto& column : row) {
        columns << column.first;
        marks << QStringLiteral("?");
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO takes (%1) VALUES (%2)").arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    if (id > 0) query.addBindValue(id);
    for (const auto& column : row) query.addBindValue(column.second);
    if (!query.exec()) return sqlError(QObject::tr("storing the take"), query.lastError().text());
    return query.lastInsertId().toLongLong();
}

Result<TakeRow> TakeStore::rowOf(qint64 id, QString* uuid) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM takes WHERE id = ?").arg(takeRowColumns().join(QLatin1Char(','))));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) return sqlError(QObject::tr("reading a take"), query.lastError().text());
    TakeRow row;
    for (int c = 0; c < takeRowColumns().size(); ++c) row.append({takeRowColumns()[c], query.value(c)});
    *uuid = query.value(0).toString();
    return row;
}

Result<void> TakeStore::writeRecordOf(qint64 id) {
    QString uuid;
    auto row = rowOf(id, &uuid);
    if (!row.ok()) return row.error();
    // Only into a folder the store made: a row edited outside the studio names any path.
    if (!isTakeUuid(uuid) || !QFileInfo(takeFolder(uuid)).isDir())
        return Error{ErrorKind::Io, s(QObject::tr("The take %1 has no folder.").arg(id))};
    return writeTakeRecord(takeFolder(uuid), row.value(), id);
}

void TakeStore::keepRecordOf(qint64 id) {
    // The history is what counts; a record that cannot follow a change is left as it was (it
    // still restores the take, with the name or star it had).
    if (auto written = writeRecordOf(id); !written.ok())
        qWarning("takes: the record of take %lld was not updated: %s", static_cast<long long>(id), written.message().c_str());
}

Result<QList<TakeStore::PendingRecord>> TakeStore::missingRecords() const {
    // The ids first, the rows only of those missing a record: once every take has one, this
    // is a stat per take (about 25 ms for 5,000).
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT id, uuid FROM takes"))) return sqlError(QObject::tr("reading the takes"), query.lastError().text());
    QList<qint64> ids;
    const QString takesFolder = QDir(folder()).filePath(QStringLiteral("takes")) + QLatin1Char('/');
    const QString recordName = QLatin1Char('/') + QLatin1String(kTakeRecordFileName);
    while (query.next()) {
        const QString uuid = query.value(1).toString();
        if (!isTakeUuid(uuid)) continue;  // only folders the store made
        // One stat for a take that has its record (nearly all); the folder's only when it has not.
        const QString take = takesFolder + uuid;
        if (!QFileInfo::exists(take + recordName) && QFileInfo(take).isDir()) ids << query.value(0).toLongLong();
    }
    if (query.lastError().isValid()) return sqlError(QObject::tr("reading the takes"), query.lastError().text());
    // The rows in batches: a query a row took 0.45 s for 5,000 here, a query a batch 0.08 s.
    constexpr qsizetype kBatch = 500;
    QList<PendingRecord> missing;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        QStringList list;
        for (qint64 id : ids.mid(from, kBatch)) list << QString::number(id);
        if (!query.exec(QStringLiteral("SELECT id, %1 FROM takes WHERE id IN (%2)")
                            .arg(takeRowColumns().join(QLatin1Char(',')), list.join(QLatin1Char(',')))))
            return sqlError(QObject::tr("reading the takes"), query.lastError().text());
        while (query.next()) {
            PendingRecord pending{takeFolder(query.value(1).toString()), {}, query.value(0).toLongLong()};
            for (int c = 0; c < takeRowColumns().size(); ++c) pending.row.append({takeRowColumns()[c], query.value(c + 1)});
            missing << pending;
        }
        if (query.lastError().isValid()) return sqlError(QObject::tr("reading the takes"), query.lastError().text());
    }
    return missing;
}

int TakeStore::writeRecords(const QList<PendingRecord>& records, QStringList* problems) {
    int written = 0;
    for (const PendingRecord& r : records) {
        if (auto w = writeTakeRecordIfMissing(r.folder, r.row, r.id); w.ok())
            ++written;
        else if (problems)
            *problems << QString::fromStdString(w.message());
    }
    return written;
}

Result<QList<TakeStore::StrayRecord>> TakeStore::readStrays(QStringList* problems) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT uuid FROM takes"))) return sqlError(QObject::tr("reading the takes"), query.lastError().text());
    QSet<QString> known;
    while (query.next()) known.insert(query.value(0).toString());
    // An early end would call every take after it stray, and restoring them would fail.
    if (query.lastError().isValid()) return sqlError(QObject::tr("reading the takes"), query.lastError().text());
    QList<StrayRecord> strays;
    // Unsorted: sorting 20,000 names took longer than the rest; the few strays are sorted below.
    QStringList folders = QDir(QDir(folder()).filePath(QStringLiteral("takes"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
    folders.removeIf([&](const QString& uuid) { return known.contains(uuid) || !isTakeUuid(uuid); });
    folders.sort();
    for (const QString& uuid : folders) {
        const QString dir = takeFolder(uuid);
        StrayRecord stray{uuid, {}, 0, false};
        auto record = readTakeRecord(dir, &stray.id);
        if (!record.ok()) {
            *problems << QString::fromStdString(record.message());
            continue;
        }
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("audio.wav")))) {
            *problems << QObject::tr("%1 has a take record but no audio.wav").arg(QDir::toNativeSeparators(dir));
            continue;
        }
        stray.row = std::move(record).value();
        stray.deleted = std::any_of(stray.row.begin(), stray.row.end(), [](const auto& column) {
            return column.first == QLatin1String("deleted") && column.second.toLongLong() != 0;
        });
        strays << std::move(stray);
    }
    return strays;
}

Result<TakeStore::StrayTakes> TakeStore::strayTakes() const {
    StrayTakes stray;
    auto records = readStrays(&stray.problems);
    if (!records.ok()) return records.error();
    for (const StrayRecord& r : records.value()) {
        (r.deleted ? stray.deleted : stray.restorable) << r.uuid;
        if (!r.deleted && r.id == 0) stray.unnumbered << r.uuid;
    }
    return stray;
}

Result<TakeStore::Restored> TakeStore::restoreStrayTakes(const QStringList& only) {
    if (!isOpen()) return Error{ErrorKind::InvalidArgument, "the takes database is not open"};
    Restored restored;
    // Each record read once: the rows that were checked are the rows inserted.
    auto strays = readStrays(&restored.problems);
    if (!strays.ok()) return strays.error();
    if (strays.value().isEmpty()) return restored;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    if (!tx.started()) return sqlError(QObject::tr("restoring takes"), db.lastError().text());
    QSqlQuery taken(db);
    taken.prepare(QStringLiteral("SELECT 1 FROM takes WHERE id = ?"));
    QList<qint64> renumbered;
    for (const StrayRecord& stray : strays.value()) {
        if (!only.isEmpty() && !only.contains(stray.uuid)) continue;
        // The take keeps its number (the export's file names use it) unless a newer take has it.
        qint64 id = stray.id;
        taken.bindValue(0, id);
        if (id > 0 && (!taken.exec() || taken.next())) id = 0;
        auto inserted = insertRow(stray.row, id);
        if (!inserted.ok()) {
            restored.problems << QString::fromStdString(inserted.message());
            continue;
        }
        if (inserted.value() != stray.id) renumbered << inserted.value();
        if (!stray.deleted) ++restored.restored;
    }
    if (!tx.commit()) return sqlError(QObject::tr("restoring takes"), db.lastError().text());
    for (qint64 id : renumbered) keepRecordOf(id);  // the record follows the new number
    return restored;
}

QString TakeFiles::takeFolder(const QString& uuid) const { return QDir(folder).filePath(QStringLiteral("takes/") + uuid); }

QString TakeFiles::audioPath(const TakeRecord& take) const { return takeFolder(take.uuid) + QStringLiteral("/audio.wav"); }

QString TakeFiles::referencePath(const TakeRecord& take) const {
    return QDir(folder).filePath(QStringLiteral("references/%1.wav").arg(take.referenceAudioSha256));
}

Result<mars5::AudioBuffer> TakeFiles::audio(const TakeRecord& take) const { return mars5::readAudioMono(native(audioPath(take))); }

QString TakeStore::audioPath(const TakeRecord& take) const { return files().audioPath(take); }
QString TakeStore::referencePath(const TakeRecord& take) const { return files().referencePath(take); }

Result<mars5::AudioBuffer> TakeStore::readAudio(const TakeRecord& take) const { return files().audio(take); }

Result<mars5::AudioBuffer> TakeStore::readReference(const TakeRecord& take) const {
    return mars5::readAudioMono(native(referencePath(take)));
}

Result<TakeInternals> TakeStore::readInternals(const TakeRecord& take) const {
    const QDir dir(QDir(folder()).filePath(QStringLiteral("takes/") + take.uuid));
    TakeInternals in;
    in.referenceFrames = take.referenceFrames;
    in.snapshotT = take.snapshotT;
    for (const auto& [name, codes] : {std::pair<QString, mars5::CodecCodes*>{QStringLiteral("l0.safetensors"), &in.l0Codes},
                                      {QStringLiteral("codes.safetensors"), &in.codes},
                                      {QStringLiteral("full_codes.safetensors"), &in.fullCodes}}) {
        auto read = mars5::loadCodes(native(dir.filePath(name)));
        if (!read.ok()) return read.error();
        *codes = std::move(read).value();
    }
    const QString snapPath = dir.filePath(QStringLiteral("snapshots.safetensors"));
    if (QFileInfo::exists(snapPath)) {
        auto read = mars5::loadCodes(native(snapPath));
        if (!read.ok()) return read.error();
        const mars5::CodecCodes& stacked = read.value();
        const int perSnapshot = in.fullCodes.numCodebooks > 0 ? in.fullCodes.numCodebooks : 8;
        const std::size_t block = static_cast<std::size_t>(perSnapshot * stacked.numFrames);
        for (int s0 = 0; s0 + perSnapshot <= stacked.numCodebooks; s0 += perSnapshot) {
            mars5::CodecCodes snap;
            snap.numCodebooks = perSnapshot;
            snap.numFrames = stacked.numFrames;
            const auto begin = stacked.values.begin() + static_cast<std::ptrdiff_t>((s0 / perSnapshot) * block);
            snap.values.assign(begin, begin + static_cast<std::ptrdiff_t>(block));
            in.snapshots.push_back(std::move(snap));
        }
    }
    return in;
}

LoadedModels TakeStore::modelsOf(const TakeRecord& take) {
    LoadedModels m;
    for (auto it = take.models.begin(); it != take.models.end(); ++it) {
        if (!it.value().isObject()) continue;
        ModelFileCheck f;
        f.role = it.key();
        f.path = it.value().toObject().value(QStringLiteral("file")).toString();
        f.sha256 = it.value().toObject().value(QStringLiteral("sha256")).toString();
        f.ok = true;
        m.files << f;
    }
    const QString device = take.models.value(QStringLiteral("device")).toString();
    m.info.device = device.contains(QStringLiteral("cuda"), Qt::CaseInsensitive) ? mars5::ComputeDevice::Cuda : mars5::ComputeDevice::Cpu;
    const QString dtype = take.models.value(QStringLiteral("dtype")).toString();
    if (dtype.contains(QStringLiteral("16"))) m.info.dtype = dtype.contains(QStringLiteral("b")) ? mars5::ComputeDType::BFloat16 : mars5::ComputeDType::Float16;
    return m;
}

QStringList TakeStore::rerenderDifferences(const TakeRecord& take, const LoadedModels& now) {
    QStringList differences;
    if (take.config.nar_steps < 200 && take.models.value(QLatin1String(kNarSamplerKey)).toString() != QLatin1String(kNarSkipStepSampler))
        differences << QObject::tr("the take's %1 diffusion steps ran a %1-step schedule, as fewer steps did before 2026-12-03; "
                                   "they now skip steps of the 200-step schedule the model was trained with")
                           .arg(take.config.nar_steps);
    const QString device = take.models.value(QStringLiteral("device")).toString();
    const QString dtype = take.models.value(QStringLiteral("dtype")).toString();
    if (!device.isEmpty() && device != QLatin1String("cpu") && !take.models.contains(QLatin1String(kNarRouteKey)))
        differences << QObject::tr("the take was made on the GPU before 2026-12-03, when its diffusion drew its random numbers "
                                   "another way");
    const QString nowDevice = QString::fromUtf8(mars5::toString(now.info.device));
    const QString nowDtype = QString::fromUtf8(mars5::toString(now.info.dtype));
    // Half precision on the CPU drew the reference's numbers until 2026-12-03 and takes the short
    // route since (mars5::RefineOptions::referenceDraws): the same device and dtype, other draws.
    if (device == QLatin1String("cpu") && device == nowDevice && !dtype.isEmpty() && dtype != QLatin1String("float32") &&
        dtype == nowDtype && take.models.value(QLatin1String(kNarRouteKey)).toString() == QLatin1String("reference"))
        differences << QObject::tr("the take was made in %1 on the CPU before 2026-12-03, when its diffusion drew its random "
                                   "numbers the reference's way; in half precision it now draws them another way")
                           .arg(dtype);
    // takes stored before the device was recorded say nothing here
    if ((!device.isEmpty() && device != nowDevice) || (!dtype.isEmpty() && dtype != nowDtype))
        differences << QObject::tr("the take was made on %1, %2 and the model now runs on %3, %4")
                           .arg(device.isEmpty() ? nowDevice : device, dtype.isEmpty() ? nowDtype : dtype, nowDevice, nowDtype);
    for (const ModelFileCheck& f : now.files) {
        const QString then = take.models.value(f.role).toObject().value(QStringLiteral("sha256")).toString();
        if (!then.isEmpty() && !f.sha256.isEmpty() && then != f.sha256)
            differences << QObject::tr("the %1 file is not the one the take was made with").arg(f.role);
    }
    return differences;
}

Result<SynthesisOutcome> TakeFiles::outcome(const TakeRecord& take) const {
    auto audio = this->audio(take);
    if (!audio.ok()) return audio.error();
    SynthesisOutcome o;
    o.status = take.status == QStringLiteral("stopped") ? SynthesisOutcome::Status::Stopped : SynthesisOutcome::Status::Finished;
    o.audio = std::move(audio).value();
    o.seed = take.seed;
    o.timings = take.timings;
    o.wallSeconds = take.wallSeconds;
    o.arTokens = take.arTokens;
    o.expectedTokens = take.expectedTokens;
    o.coarseStop = take.coarseStop;
    o.warnings = take.warnings;
    o.pieceList = take.pieceList;
    o.referenceFrames = take.referenceFrames;
    // The take's own audio is what an export needs: a reference clip that is gone (a folder
    // cleaned by hand, a disk error) is described from the take's record instead.
    auto request = this->request(take);
    if (!request.ok()) return request.error();
    o.request = std::move(request).value();
    o.request.config.seed = take.config.seed;  // the sidecar's seed_requested is what was asked for
    return o;
}

Result<SynthesisRequest> TakeStore::rerenderRequest(const TakeRecord& take) const {
    auto r = files().request(take);
    if (r.ok() && r.value().referenceMissing)
        return Error{ErrorKind::Io, s(QObject::tr("The take's reference audio is missing (%1), so the take cannot be rendered "
                                                  "again. It still plays and exports.")
                                          .arg(QDir::toNativeSeparators(referencePath(take))))};
    return r;
}

Result<SynthesisRequest> TakeFiles::request(const TakeRecord& take) const {
    auto reference = mars5::readAudioMono(native(referencePath(take)));
    SynthesisRequest r;
    if (!reference.ok()) {
        if (QFileInfo::exists(referencePath(take)))  // there, but unreadable: say so
            return Error{ErrorKind::Io, s(QObject::tr("The take's reference audio cannot be read (%1): %2")
                                              .arg(QDir::toNativeSeparators(referencePath(take)), errorText(reference)))};
        r.referenceMissing = SynthesisRequest::RecordedReference{take.referenceAudioSha256, take.referenceRate, take.referenceSamples};
    }
    r.text = take.text;
    r.transcript = take.transcript;
    r.deepClone = take.deepClone;
    r.config = take.config;
    r.config.seed = static_cast<std::int64_t>(take.seed);
    if (reference.ok()) {
        r.reference = std::move(reference).value();
        r.reference.warnings.clear();
    }
    r.referenceName = take.referenceName;
    r.referenceFile = take.referenceFile;
    r.referenceFileSha256 = take.referenceFileSha256;
    r.referenceEdited = take.referenceEdited;
    r.presetName = take.presetName;
    r.pieceSeeds = unusualPieceSeeds(take.pieceList);  // a piece spoken again: rendered again with its seed
    return r;  // a re-render is a take of its own, not one of the variation
}

}  // namespace mars5::ui::takes
