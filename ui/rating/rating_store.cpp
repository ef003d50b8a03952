#include "rating/rating_store.h"

#include "util/sqlite_health.h"
#include "util/sqlite_last_good.h"
#include "util/sqlite_salvage.h"

#include "mars5/rating_schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <system_error>

namespace mars5::ui::rating {

namespace schema = mars5::rating::schema;
using mars5::rating::JudgementRow;

namespace {

constexpr const char* kJsonFormat = "mars5-rating-session";

std::atomic<int> g_connectionCounter{0};

QString iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QString& s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }
QString q(const std::string& s) { return QString::fromStdString(s); }
// Qt SQL binds a null QString as SQL NULL; the text columns are NOT NULL, so "" is bound instead.
QVariant text(const QString& s) { return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s); }
std::string s(const QString& q) { return q.toStdString(); }

Error ioError(const QString& message) { return Error{ErrorKind::Io, s(message)}; }
Error formatError(const QString& message) { return Error{ErrorKind::Format, s(message)}; }
// Why a file cannot be used as a ratings database, said the same way by open() and
// openForReading().
QString notReadable(const QString& path, const QString& why) {
    return QObject::tr("%1 is not a readable MARS5 ratings database (%2). It was left untouched; "
                       "move it aside (or choose another file) to start a new one.")
        .arg(path, why);
}
QString newerSchema(const QString& path, int version) {
    return QObject::tr("%1 was written by a newer MARS5 Studio (schema %2; this one knows %3). "
                       "Update the studio to read it.")
        .arg(path)
        .arg(version)
        .arg(schema::kVersion);
}

// The columns of each table, as kCreateStatements make them: read once from an empty
// database in memory, so the list cannot drift from the schema.
const QList<QPair<QString, QStringList>>& schemaColumns() {
    static const QList<QPair<QString, QStringList>> tables = [] {
        QList<QPair<QString, QStringList>> out;
        const QString connection = QStringLiteral("mars5-rating-schema-columns");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery query(db);
                for (const char* statement : schema::kCreateStatements) query.exec(QString::fromLatin1(statement));
                query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
                QStringList names;
                while (query.next()) names << query.value(0).toString();
                for (const QString& table : names) out.append({table, tableColumns(query, table)});
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return out;
    }();
    return tables;
}

// The first table or column of the schema that the file lacks ("" when it has them all).
QString missingSchemaPart(QSqlQuery& query) {
    for (const auto& [table, columns] : schemaColumns())
        if (const QString missing = missingTableOrColumn(query, table, columns); !missing.isEmpty()) return missing;
    return {};
}

// Why the database `query` runs on cannot be read as this studio's ratings, or an empty text
// when it can: another application's SQLite file, a damaged one, or one from a newer schema.
// Both ways of opening run it: read without the damage check, a damaged file gave a session
// of NULLs, and a damaged index made a session's trials vanish (both found by
// fuzz_rating_database).
// `emptyIsFine`: a new SQLite file with no tables, which open() makes into a ratings database.
// `damaged` (if given) says whether the file is this studio's ratings database, damaged: the
// only kind RatingStore::startAgain() sets aside (a file chosen by mistake stays where it is).
QString whyNotReadable(QSqlQuery& query, const QString& path, bool emptyIsFine, bool* damaged = nullptr) {
    if (damaged) *damaged = false;
    // Before the first query: reading the file would delete its -wal. Whose file it was, its
    // lost header would have said: it is set aside like a damaged one of ours.
    if (const QString cut = walBesideEmptyFile(path); !cut.isEmpty()) {
        if (damaged) *damaged = true;
        return notReadable(path, cut);
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return notReadable(path, query.lastError().text());
    const int appId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        if (damaged) *damaged = appId == schema::kApplicationId;
        return notReadable(path, query.lastError().text());
    }
    const int objects = query.value(0).toInt();
    if (emptyIsFine && appId == 0 && objects == 0) return {};
    if (appId != schema::kApplicationId) return notReadable(path, QObject::tr("it is a different kind of SQLite database"));
    if (const QString damage = sqliteDamage(query); !damage.isEmpty()) {
        if (damaged) *damaged = true;
        return notReadable(path, QObject::tr("damaged: %1").arg(damage));
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) return notReadable(path, query.lastError().text());
    if (query.value(0).toInt() > schema::kVersion) return newerSchema(path, query.value(0).toInt());
    if (const QString missing = missingSchemaPart(query); !missing.isEmpty()) {
        if (damaged) *damaged = true;
        return notReadable(path, missing);
    }
    return {};
}

// Rolls back unless committed: every early return leaves the database as it was. A
// SAVEPOINT outside any transaction is a transaction of its own (BEGIN ... COMMIT); inside
// one (an import adding sessions and judgements) it nests, so the import lands whole.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)), m_name(QStringLiteral("mars5_%1").arg(++s_depth)) {
        m_open = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_name);
        if (!m_open) --s_depth;
    }
    ~Transaction() {
        if (!m_open) return;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        query.exec(QStringLiteral("RELEASE ") + m_name);
        --s_depth;
    }
    bool started() const { return m_open; }
    bool commit() {
        if (!m_open) return false;
        m_open = false;
        --s_depth;
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("RELEASE ") + m_name)) return true;
        m_error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK TO ") + m_name);  // never leave a half-done change pending
        query.exec(QStringLiteral("RELEASE ") + m_name);
        return false;
    }
    QString error() const { return m_error; }

private:
    static inline int s_depth = 0;  // GUI thread only
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_open = false;
};

}  // namespace

QString ImportSummary::describe() const {
    QStringList parts;
    parts << QObject::tr("%n session(s) added", nullptr, sessionsCreated);
    if (sessionsMerged) parts << QObject::tr("%n merged into existing sessions", nullptr, sessionsMerged);
    parts << QObject::tr("%n judgement(s) imported", nullptr, judgementsAdded);
    if (judgementsAlreadyThere) parts << QObject::tr("%n already present", nullptr, judgementsAlreadyThere);
    if (judgementsConflicting)
        parts << QObject::tr("%n differed from the judgement already stored (kept the stored one)", nullptr,
                             judgementsConflicting);
    return parts.join(QStringLiteral(", "));
}

RatingStore::RatingStore()
    : m_connection(QStringLiteral("mars5-rating-%1").arg(g_connectionCounter.fetch_add(1))) {}

RatingStore::~RatingStore() { close(); }

QString RatingStore::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("ratings.sqlite"));
}

bool RatingStore::isOpen() const {
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void RatingStore::close() {
    waitForCopy();  // first: the copy at close must not race the one in the background
    if (!QSqlDatabase::contains(m_connection)) return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && m_copyOnClose) keepCopyOfChanges(db);
        if (db.isOpen()) db.close();
    }
    m_copyOnClose = false;
    QSqlDatabase::removeDatabase(m_connection);
}

void RatingStore::keepCopyOfChanges(const QSqlDatabase& db) const {
    // The judgements of this session are in the copy too, not only in the file: unless nothing
    // changed, or the file was damaged meanwhile (a copy of damage is no copy).
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next() || query.value(0).toLongLong() == 0) return;
        if (const QString damage = sqliteDamage(query); !damage.isEmpty()) {
            qWarning("ratings: %s is damaged (%s); its last good copy was kept as it was", qPrintable(m_path), qPrintable(damage));
            return;
        }
    }  // finished: VACUUM refuses to run beside a statement in progress
    if (auto kept = keepLastGoodCopy(db, m_path); !kept.ok()) qWarning("ratings: %s", kept.message().c_str());
}

void RatingStore::waitForCopy() {
    if (m_copy.valid()) m_copy.get();
}

void RatingStore::copyWhenDue(int judgements) {
    m_judgedSinceCopy += judgements;
    if (m_judgedSinceCopy == 0 || m_importing || !m_copyOnClose) return;
    const bool due = m_judgedSinceCopy >= kCopyEveryJudgements || !m_sinceCopy.isValid() || m_sinceCopy.elapsed() >= kCopyAfterMs;
    if (!due || (m_copy.valid() && m_copy.wait_for(std::chrono::seconds(0)) != std::future_status::ready)) return;
    waitForCopy();  // the last one has finished: this joins its thread
    m_judgedSinceCopy = 0;
    m_sinceCopy.start();
    // Its own connection, which reads the last commit (WAL lets it beside the writer), checks
    // it, and copies it; a damaged file leaves the previous copy as it was.
    try {
        m_copy = std::async(std::launch::async, [path = m_path] {
            withReadOnlyConnection(path, [&](QSqlDatabase& db) {
                {
                    QSqlQuery query(db);
                    if (const QString damage = sqliteDamage(query); !damage.isEmpty()) {
                        qWarning("ratings: %s is damaged (%s); its last good copy was kept as it was", qPrintable(path), qPrintable(damage));
                        return;
                    }
                }  // finished: VACUUM refuses to run beside a statement in progress
                if (auto kept = keepLastGoodCopy(db, path); !kept.ok()) qWarning("ratings: %s", kept.message().c_str());
            });
        });
    } catch (const std::system_error& e) {  // no thread to be had: the copy at close still comes
        qWarning("ratings: no background copy (%s)", e.what());
    }
}

Error RatingStore::sqlError(const QString& what, const QString& detail) const {
    return Error{ErrorKind::Io, s(QObject::tr("%1: %2 failed (%3)").arg(QDir::toNativeSeparators(m_path), what, detail))};
}

Result<void> RatingStore::connectTo(const QString& path, const QString& options) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{ErrorKind::Unsupported,
                     s(QObject::tr("Qt's SQLite driver is missing (install libqt6sql6-sqlite); ratings cannot be stored."))};
    QString detail;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (db.open()) return {};
        detail = db.lastError().text();
    }
    close();
    return ioError(QObject::tr("Cannot open the ratings database %1 (%2).").arg(path, detail));
}

Result<void> RatingStore::open(const QString& path) {
    close();
    m_path = path;
    m_canStartAgain = false;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(QObject::tr("Cannot create the folder %1 for the ratings database.").arg(info.absolutePath()));
    // An existing file is judged before anything opens it to write (see withReadOnlyConnection).
    const bool existed = QFileInfo::exists(path);
    if (existed) {
        QString problem;
        const QString unopened = withReadOnlyConnection(path, [&](QSqlDatabase& db) {
            QSqlQuery query(db);
            problem = whyNotReadable(query, path, /*emptyIsFine=*/true, &m_canStartAgain);
        });
        if (!unopened.isEmpty()) return ioError(QObject::tr("Cannot open the ratings database %1 (%2).").arg(path, unopened));
        if (!problem.isEmpty()) return formatError(problem);
    }
    if (auto connected = connectTo(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")); !connected.ok()) return connected;
    auto result = initialiseSchema();
    if (!result.ok()) {
        if (const QString damage = closeRefusedConnection(QSqlDatabase::database(m_connection, false)); !damage.isEmpty()) {
            m_canStartAgain = true;  // the read-only check found it to be this studio's file
            result = formatError(notReadable(path, QObject::tr("damaged: %1").arg(damage)));
        }
        close();
        return result;
    }
    // Only a file that was there and passed the checks: a new one (startAgain's among them)
    // has nothing to keep, and must not replace the copy that startAgain reads.
    if (existed) {
        if (auto kept = keepLastGoodCopy(QSqlDatabase::database(m_connection, false), path); !kept.ok())
            qWarning("ratings: %s", kept.message().c_str());
    }
    m_copyOnClose = true;
    m_judgedSinceCopy = 0;
    m_sinceCopy.start();  // the copy is as new as the file
    return result;
}

Result<RatingStore::Restart> RatingStore::startAgain() {
    if (isOpen() || !m_canStartAgain)
        return Error{ErrorKind::InvalidArgument, "only a ratings database that open() refused as damaged is set aside"};
    const QString path = m_path;
    const auto openNew = [this, &path]() -> Result<QSqlDatabase> {
        if (auto opened = open(path); !opened.ok()) return opened.error();
        return QSqlDatabase::database(m_connection, false);
    };
    // Parents first: with foreign keys on, a trial whose session was lost (or a judgement
    // whose trial was) is refused rather than kept pointing at nothing.
    const auto restarted = startAgainBeside(path, openNew, {QStringLiteral("sessions"), QStringLiteral("trials"), QStringLiteral("judgements")},
                                            {}, lastGoodCopyPath(path));
    if (!restarted.ok()) return restarted.error();
    const QList<SalvageCount>& tables = restarted.value().tables;
    Restart restart;
    restart.keptAs = restarted.value().keptAs;
    restart.sessions = tables[0].recovered + tables[0].fromLastGood;
    restart.judgements = tables[2].recovered + tables[2].fromLastGood;
    restart.sessionsFromCopy = tables[0].fromLastGood;
    restart.judgementsFromCopy = tables[2].fromLastGood;
    if (std::any_of(tables.begin(), tables.end(), [](const SalvageCount& t) { return t.fromLastGood > 0; }))
        restart.copyTime = restarted.value().lastGoodTime;
    restart.complete = std::all_of(tables.begin(), tables.end(), [](const SalvageCount& t) { return t.complete(); });
    return restart;
}

Result<void> RatingStore::openForReading(const QString& path) {
    close();
    m_path = path;
    if (!QFileInfo(path).isFile())
        return ioError(QObject::tr("Cannot open the ratings database %1 (%2).").arg(path, QObject::tr("no such file")));
    if (auto connected = connectTo(path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")); !connected.ok())
        return connected;
    QString problem;
    {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        problem = whyNotReadable(query, path, /*emptyIsFine=*/false);
    }  // the query goes first: a connection is removed only when nothing uses it
    if (problem.isEmpty()) return {};
    close();
    return formatError(problem);
}

Result<void> RatingStore::initialiseSchema() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // open() has refused, on a connection that cannot write, a file that is not ours, damaged
    // or newer.
    // WAL: readers (mars5-cli rate-stats) never block the writer; FULL: a commit is on disk
    // when it returns, even across a power cut.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return sqlError(QObject::tr("switching to WAL mode"), query.lastError().text());
    for (const char* pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
        if (!query.exec(QString::fromLatin1(pragma))) return sqlError(QString::fromLatin1(pragma), query.lastError().text());

    Transaction tx(db);
    for (const char* statement : schema::kCreateStatements)
        if (!query.exec(QString::fromLatin1(statement)))
            return sqlError(QObject::tr("creating the tables"), query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA application_id=%1").arg(schema::kApplicationId)) ||
        !query.exec(QStringLiteral("PRAGMA user_version=%1").arg(schema::kVersion)))
        return sqlError(QObject::tr("marking the database"), query.lastError().text());
    if (!tx.commit()) return sqlError(QObject::tr("creating the tables"), tx.error());
    return {};
}

Result<qint64> RatingStore::createSession(const NewSession& session) {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    if (session.trials.empty())
        return Error{ErrorKind::InvalidArgument, s(QObject::tr("The session “%1” has no comparisons.").arg(session.name))};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (uuid, name, rater, source_kind, source_description, seed, allow_tie, use_strength,"
        " loudness_target, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    const QString uuid = session.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : session.uuid;
    query.addBindValue(uuid);
    query.addBindValue(text(session.name));
    query.addBindValue(text(session.rater));
    query.addBindValue(text(session.sourceKind));
    query.addBindValue(text(session.sourceDescription));
    query.addBindValue(static_cast<qint64>(session.seed));
    query.addBindValue(session.allowTie ? 1 : 0);
    query.addBindValue(session.useStrength ? 1 : 0);
    query.addBindValue(session.loudnessTarget);
    query.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    if (!query.exec()) return sqlError(QObject::tr("creating the session"), query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral("INSERT INTO trials (session_id, position, item, transcript, system_a, file_a,"
                                 " system_b, file_b, swapped) VALUES (?,?,?,?,?,?,?,?,?)"));
    if (!session.positions.empty() && session.positions.size() != session.trials.size())
        return Error{ErrorKind::Internal, "createSession: positions and trials differ in number"};
    for (std::size_t i = 0; i < session.trials.size(); ++i) {
        const auto& t = session.trials[i];
        query.addBindValue(id);
        query.addBindValue(session.positions.empty() ? static_cast<int>(i) : session.positions[i]);
        query.addBindValue(text(q(t.item)));
        query.addBindValue(text(q(t.transcript)));
        query.addBindValue(text(q(t.a.system)));
        query.addBindValue(text(q(t.a.file)));
        query.addBindValue(text(q(t.b.system)));
        query.addBindValue(text(q(t.b.file)));
        query.addBindValue(t.swapped ? 1 : 0);
        if (!query.exec()) return sqlError(QObject::tr("storing the trials"), query.lastError().text());
    }
    if (!tx.commit()) return sqlError(QObject::tr("creating the session"), tx.error());
    return id;
}

namespace {

constexpr const char* kSessionColumns =
    "SELECT s.id, s.uuid, s.name, s.rater, s.source_kind, s.source_description, s.seed, s.allow_tie,"
    " s.use_strength, s.loudness_target, s.created_at,"
    " (SELECT count(*) FROM trials t WHERE t.session_id = s.id),"
    " (SELECT count(*) FROM judgements j JOIN trials t ON t.id = j.trial_id WHERE t.session_id = s.id)"
    " FROM sessions s";

SessionInfo sessionFrom(const QSqlQuery& query) {
    SessionInfo info;
    info.id = query.value(0).toLongLong();
    info.uuid = query.value(1).toString();
    info.name = query.value(2).toString();
    info.rater = query.value(3).toString();
    info.sourceKind = query.value(4).toString();
    info.sourceDescription = query.value(5).toString();
    info.seed = static_cast<quint64>(query.value(6).toLongLong());
    info.allowTie = query.value(7).toInt() != 0;
    info.useStrength = query.value(8).toInt() != 0;
    info.loudnessTarget = query.value(9).toDouble();
    info.createdAt = fromIso(query.value(10).toString());
    info.trialCount = query.value(11).toInt();
    info.judgedCount = query.value(12).toInt();
    return info;
}

}  // namespace

Result<QList<SessionInfo>> RatingStore::sessions() const {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QString::fromLatin1(kSessionColumns) + QStringLiteral(" ORDER BY s.created_at, s.id")))
        return sqlError(QObject::tr("listing the sessions"), query.lastError().text());
    QList<SessionInfo> list;
    while (query.next()) list << sessionFrom(query);
    // next() is false at the end and on a read error alike: a damaged page must not pass for
    // the end of the list (a file fuzz_rating_database damaged gave one row of its trials,
    // then "database disk image is malformed").
    if (query.lastError().isValid()) return sqlError(QObject::tr("listing the sessions"), query.lastError().text());
    return list;
}

Result<SessionInfo> RatingStore::session(qint64 sessionId) const {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QString::fromLatin1(kSessionColumns) + QStringLiteral(" WHERE s.id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec()) return sqlError(QObject::tr("reading the session"), query.lastError().text());
    if (!query.next()) {
        if (query.lastError().isValid()) return sqlError(QObject::tr("reading the session"), query.lastError().text());
        return Error{ErrorKind::InvalidArgument, s(QObject::tr("There is no session %1 in %2.").arg(sessionId).arg(m_path))};
    }
    return sessionFrom(query);
}

Result<QList<TrialRecord>> RatingStore::trials(qint64 sessionId) const {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "SELECT t.id, t.position, t.item, t.transcript, t.system_a, t.file_a, t.system_b, t.file_b, t.swapped,"
        " EXISTS(SELECT 1 FROM judgements j WHERE j.trial_id = t.id)"
        " FROM trials t WHERE t.session_id = ? ORDER BY t.position"));
    query.addBindValue(sessionId);
    if (!query.exec()) return sqlError(QObject::tr("reading the trials"), query.lastError().text());
    QList<TrialRecord> list;
    while (query.next()) {
        TrialRecord t;
        t.id = query.value(0).toLongLong();
        t.position = query.value(1).toInt();
        t.item = query.value(2).toString();
        t.transcript = query.value(3).toString();
        t.systemA = query.value(4).toString();
        t.fileA = query.value(5).toString();
        t.systemB = query.value(6).toString();
        t.fileB = query.value(7).toString();
        t.swapped = query.value(8).toInt() != 0;
        t.judged = query.value(9).toInt() != 0;
        list << t;
    }
    if (query.lastError().isValid()) return sqlError(QObject::tr("reading the trials"), query.lastError().text());
    return list;
}

Result<void> RatingStore::deleteSession(qint64 sessionId) {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec() || !tx.commit()) return sqlError(QObject::tr("deleting the session"), query.lastError().text());
    return {};
}

Result<void> RatingStore::recordJudgement(qint64 trialId, const JudgementRecord& j) {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    if (j.strength && (*j.strength < -3 || *j.strength > 3))
        return Error{ErrorKind::InvalidArgument, s(QObject::tr("Strength %1 is outside -3…+3.").arg(*j.strength))};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    if (!tx.started()) return sqlError(QObject::tr("starting the transaction"), tx.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO judgements (trial_id, choice, strength, time_ms, replays_a, replays_b, comment, presented_at,"
        " answered_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(trialId);
    query.addBindValue(QString::fromLatin1(mars5::rating::toString(j.choice)));
    query.addBindValue(j.strength ? QVariant(*j.strength) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(j.timeMs);
    query.addBindValue(j.replaysA);
    query.addBindValue(j.replaysB);
    query.addBindValue(text(j.comment));
    query.addBindValue(text(iso(j.presentedAt)));  // "" when unknown: a minimal CSV has no times
    query.addBindValue(iso(j.answeredAt.isValid() ? j.answeredAt : QDateTime::currentDateTimeUtc()));
    if (!query.exec()) return sqlError(QObject::tr("saving the judgement"), query.lastError().text());
    if (!tx.commit()) return sqlError(QObject::tr("saving the judgement"), tx.error());
    copyWhenDue(1);
    return {};
}

Result<JudgementRecord> RatingStore::judgement(qint64 trialId) const {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT choice, strength, time_ms, replays_a, replays_b, comment, presented_at,"
                                 " answered_at FROM judgements WHERE trial_id = ?"));
    query.addBindValue(trialId);
    if (!query.exec()) return sqlError(QObject::tr("reading a judgement"), query.lastError().text());
    if (!query.next()) {
        if (query.lastError().isValid()) return sqlError(QObject::tr("reading a judgement"), query.lastError().text());
        return Error{ErrorKind::InvalidArgument, s(QObject::tr("Trial %1 has no judgement.").arg(trialId))};
    }
    JudgementRecord j;
    mars5::rating::parseChoice(s(query.value(0).toString()), j.choice);
    if (!query.value(1).isNull()) j.strength = query.value(1).toInt();
    j.timeMs = query.value(2).toLongLong();
    j.replaysA = query.value(3).toInt();
    j.replaysB = query.value(4).toInt();
    j.comment = query.value(5).toString();
    j.presentedAt = fromIso(query.value(6).toString());
    j.answeredAt = fromIso(query.value(7).toString());
    return j;
}

Result<std::vector<JudgementRow>> RatingStore::judgementRows(std::optional<qint64> sessionId) const {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);  // read once, in order: Qt keeps no cache of the rows
    QString sql = QString::fromLatin1(schema::kJudgementRowsQuery);
    if (sessionId) sql += QStringLiteral(" WHERE s.id = ?");
    sql += QString::fromLatin1(schema::kJudgementRowsOrder);
    query.prepare(sql);
    if (sessionId) query.addBindValue(*sessionId);
    if (!query.exec()) return sqlError(QObject::tr("reading the judgements"), query.lastError().text());
    std::vector<JudgementRow> rows;
    while (query.next()) {
        JudgementRow r;
        r.sessionUuid = s(query.value(0).toString());
        r.session = s(query.value(1).toString());
        r.rater = s(query.value(2).toString());
        r.trial = query.value(3).toInt();
        r.item = s(query.value(4).toString());
        r.leftId = s(query.value(5).toString());
        r.rightId = s(query.value(6).toString());
        r.leftFile = s(query.value(7).toString());
        r.rightFile = s(query.value(8).toString());
        mars5::rating::parseChoice(s(query.value(9).toString()), r.choice);
        if (!query.value(10).isNull()) r.strength = query.value(10).toInt();
        r.timeMs = query.value(11).toLongLong();
        r.replaysA = query.value(12).toInt();
        r.replaysB = query.value(13).toInt();
        r.comment = s(query.value(14).toString());
        r.presentedAt = s(query.value(15).toString());
        r.answeredAt = s(query.value(16).toString());
        rows.push_back(std::move(r));
    }
    if (query.lastError().isValid()) return sqlError(QObject::tr("reading the judgements"), query.lastError().text());
    return rows;
}

namespace {

Result<void> writeAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(QObject::tr("Cannot write %1 (%2).").arg(path, file.errorString()));
    file.write(bytes);
    if (!file.commit()) return ioError(QObject::tr("Cannot write %1 (%2).").arg(path, file.errorString()));
    return {};
}

}  // namespace

Result<void> RatingStore::exportCsv(const QString& path, std::optional<qint64> sessionId) const {
    auto rows = judgementRows(sessionId);
    if (!rows.ok()) return rows.error();
    return writeAtomically(path, QByteArray::fromStdString(mars5::rating::formatCsv(rows.value())));
}

Result<ImportSummary> RatingStore::importFile(const QString& path) {
    if (!isOpen()) return ioError(QObject::tr("The ratings database is not open."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return ioError(QObject::tr("Cannot read %1 (%2).").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    ImportSummary summary;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);  // an import lands whole or not at all
    const QByteArray trimmed = bytes.trimmed();
    m_importing = true;
    auto result = trimmed.startsWith('{') ? importJson(bytes, path, summary) : importCsv(bytes, path, summary);
    m_importing = false;
    if (!result.ok()) return result.error();
    if (!tx.commit()) return sqlError(QObject::tr("importing %1").arg(path), tx.error());
    copyWhenDue(summary.judgementsAdded > 0 ? kCopyEveryJudgements : 0);  // an import is worth a copy
    return summary;
}

namespace {

// A whole JSON number from `lo` to `hi`, or `fallback` when the key is absent or null; empty
// when the value is anything else (text, a fraction, out of range). A CSV import refuses the
// same values, so that what one import takes, the other export gives back.
std::optional<qint64> wholeNumber(const QJsonObject& o, const QString& key, qint64 lo, qint64 hi, qint64 fallback) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) return fallback;
    if (!v.isDouble()) return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= static_cast<double>(lo) && d <= static_cast<double>(hi)) || d != std::floor(d)) return std::nullopt;
    return static_cast<qint64>(d);
}

// A JSON value as the file writes it, for a message: 2.5, "12", true, {…}.
QString jsonText(const QJsonValue& v) {
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

struct ImportedTrial {
    int position = 0;
    mars5::rating::PlannedTrial planned;
    std::optional<JudgementRecord> judgement;
};

// Adds the judgements a session lacks, matching trials by position and checking that the
// trial compares the same item and systems.
Result<void> mergeInto(RatingStore& store, qint64 sessionId, const std::vector<ImportedTrial>& incoming,
                       const QString& path, ImportSummary& summary) {
    auto existing = store.trials(sessionId);
    if (!existing.ok()) return existing.error();
    QMap<int, TrialRecord> byPosition;
    for (const TrialRecord& t : existing.value()) byPosition.insert(t.position, t);
    for (const ImportedTrial& t : incoming) {
        if (!t.judgement) continue;
        auto it = byPosition.find(t.position);
        if (it == byPosition.end() || it->item != q(t.planned.item) || it->systemA != q(t.planned.a.system) ||
            it->systemB != q(t.planned.b.system))
            return formatError(QObject::tr("%1: trial %2 (%3) does not match trial %2 of the session already in the "
                                           "database; the file belongs to a different session with the same id.")
                                   .arg(path).arg(t.position).arg(q(t.planned.item)));
        if (it->judged) {
            auto have = store.judgement(it->id);
            if (!have.ok()) return have.error();
            if (have.value().choice == t.judgement->choice) ++summary.judgementsAlreadyThere;
            else ++summary.judgementsConflicting;
            continue;
        }
        auto saved = store.recordJudgement(it->id, *t.judgement);
        if (!saved.ok()) return saved;
        ++summary.judgementsAdded;
    }
    return {};
}

Result<void> addOrMerge(RatingStore& store, NewSession session, std::vector<ImportedTrial> incoming,
                        const QString& path, ImportSummary& summary) {
    auto sessions = store.sessions();
    if (!sessions.ok()) return sessions.error();
    for (const SessionInfo& existing : sessions.value())
        if (!session.uuid.isEmpty() && existing.uuid == session.uuid) {
            ++summary.sessionsMerged;
            return mergeInto(store, existing.id, incoming, path, summary);
        }
    std::sort(incoming.begin(), incoming.end(),
              [](const ImportedTrial& a, const ImportedTrial& b) { return a.position < b.position; });
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        if (i > 0 && incoming[i].position == incoming[i - 1].position)
            return formatError(QObject::tr("%1: session “%2” has trial %3 twice; is a row doubled?")
                                   .arg(path, session.name).arg(incoming[i].position));
        session.trials.push_back(incoming[i].planned);
        session.positions.push_back(incoming[i].position);
    }
    auto id = store.createSession(session);
    if (!id.ok()) return id.error();
    ++summary.sessionsCreated;
    return mergeInto(store, id.value(), incoming, path, summary);
}

struct ParsedSession {
    NewSession session;
    std::vector<ImportedTrial> trials;
};

// A session's JSON export read and checked, ready to be added: what an import takes. `path`
// names the file in the messages. The export runs it too, on what it is about to write.
Result<ParsedSession> parseSessionJson(const QByteArray& bytes, const QString& path) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull())
        return formatError(QObject::tr("%1: not valid JSON (%2 at byte %3).").arg(path, parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QString::fromLatin1(kJsonFormat))
        return formatError(QObject::tr("%1: not a MARS5 rating session export (no \"format\": \"%2\").").arg(path, QString::fromLatin1(kJsonFormat)));
    if (root.value(QStringLiteral("version")).toInt() > schema::kVersion)
        return formatError(QObject::tr("%1: written by a newer MARS5 Studio (version %2).").arg(path).arg(root.value(QStringLiteral("version")).toInt()));
    const QJsonObject so = root.value(QStringLiteral("session")).toObject();
    NewSession session;
    session.uuid = so.value(QStringLiteral("uuid")).toString();
    session.name = so.value(QStringLiteral("name")).toString();
    session.rater = so.value(QStringLiteral("rater")).toString();
    session.sourceKind = so.value(QStringLiteral("source_kind")).toString(QStringLiteral("imported"));
    session.sourceDescription = so.value(QStringLiteral("source_description")).toString();
    bool seedOk = false;
    session.seed = so.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    session.allowTie = so.value(QStringLiteral("allow_tie")).toBool(true);
    session.useStrength = so.value(QStringLiteral("use_strength")).toBool(false);
    const QJsonValue loudness = so.value(QStringLiteral("loudness_target_lufs"));
    if (!loudness.isUndefined() && !loudness.isNull()) {
        // Out of this range the A/B gains would deafen or mute (at 1e308 LUFS the matching overflows
        // and both sides play silent).
        if (!loudness.isDouble() || !(loudness.toDouble() >= kQuietestLoudnessTarget &&
                                      loudness.toDouble() <= kLoudestLoudnessTarget))
            return formatError(QObject::tr("%1: the loudness target %2 is not a number from %3 to %4 LUFS.")
                                   .arg(path, jsonText(loudness))
                                   .arg(kQuietestLoudnessTarget)
                                   .arg(kLoudestLoudnessTarget));
        session.loudnessTarget = loudness.toDouble();
    }
    if (session.uuid.isEmpty() || session.name.isEmpty() || !seedOk)
        return formatError(QObject::tr("%1: the session needs a uuid, a name and a seed.").arg(path));

    std::vector<ImportedTrial> incoming;
    const QJsonArray trialArray = root.value(QStringLiteral("trials")).toArray();
    for (const QJsonValue& v : trialArray) {
        const QJsonObject o = v.toObject();
        ImportedTrial t;
        t.position = o.value(QStringLiteral("position")).toInt(-1);
        t.planned.item = s(o.value(QStringLiteral("item")).toString());
        t.planned.transcript = s(o.value(QStringLiteral("transcript")).toString());
        t.planned.a = {s(o.value(QStringLiteral("system_a")).toString()), s(o.value(QStringLiteral("file_a")).toString())};
        t.planned.b = {s(o.value(QStringLiteral("system_b")).toString()), s(o.value(QStringLiteral("file_b")).toString())};
        t.planned.swapped = o.value(QStringLiteral("swapped")).toBool();
        if (t.position < 0 || t.planned.item.empty() || t.planned.a.system.empty() || t.planned.b.system.empty())
            return formatError(QObject::tr("%1: trial %2 lacks its position, item or systems.").arg(path).arg(incoming.size()));
        const QJsonValue jv = o.value(QStringLiteral("judgement"));
        if (!jv.isObject() && !jv.isNull() && !jv.isUndefined())
            return formatError(QObject::tr("%1: trial %2: the judgement is %3, neither an object nor null.")
                                   .arg(path).arg(t.position).arg(jsonText(jv)));
        if (jv.isObject()) {
            const QJsonObject jo = jv.toObject();
            JudgementRecord j;
            if (!mars5::rating::parseChoice(s(jo.value(QStringLiteral("choice")).toString()), j.choice))
                return formatError(QObject::tr("%1: trial %2 has the unknown choice “%3”.")
                                       .arg(path).arg(t.position).arg(jo.value(QStringLiteral("choice")).toString()));
            struct Whole { const char* key; qint64 lo, hi; };
            qint64 values[4] = {};
            const Whole fields[4] = {{"strength", -3, 3},
                                     {"time_ms", 0, mars5::rating::kLargestTimeMs},
                                     {"replays_a", 0, std::numeric_limits<int>::max()},
                                     {"replays_b", 0, std::numeric_limits<int>::max()}};
            for (int i = 0; i < 4; ++i) {
                const QString key = QLatin1String(fields[i].key);
                const auto value = wholeNumber(jo, key, fields[i].lo, fields[i].hi, 0);
                if (!value)
                    return formatError(QObject::tr("%1: trial %2: %3 is %4, not a whole number from %5 to %6.")
                                           .arg(path).arg(t.position)
                                           .arg(key, jsonText(jo.value(key)))
                                           .arg(fields[i].lo).arg(fields[i].hi));
                values[i] = *value;
            }
            const QJsonValue strength = jo.value(QStringLiteral("strength"));
            if (!strength.isUndefined() && !strength.isNull()) j.strength = static_cast<int>(values[0]);
            j.timeMs = values[1];
            j.replaysA = static_cast<int>(values[2]);
            j.replaysB = static_cast<int>(values[3]);
            j.comment = jo.value(QStringLiteral("comment")).toString();
            j.presentedAt = fromIso(jo.value(QStringLiteral("presented_at")).toString());
            j.answeredAt = fromIso(jo.value(QStringLiteral("answered_at")).toString());
            // As a CSV import does: a tie or a strength given means the session allowed it.
            if (j.choice == Choice::Tie) session.allowTie = true;
            if (j.strength) session.useStrength = true;
            t.judgement = j;
        }
        incoming.push_back(std::move(t));
    }
    if (incoming.empty()) return formatError(QObject::tr("%1: the session has no trials.").arg(path));
    return ParsedSession{std::move(session), std::move(incoming)};
}

}  // namespace

Result<void> RatingStore::importJson(const QByteArray& bytes, const QString& path, ImportSummary& summary) {
    auto parsed = parseSessionJson(bytes, path);
    if (!parsed.ok()) return parsed.error();
    return addOrMerge(*this, std::move(parsed.value().session), std::move(parsed.value().trials), path, summary);
}

Result<void> RatingStore::exportJson(const QString& path, qint64 sessionId) const {
    auto info = session(sessionId);
    if (!info.ok()) return info.error();
    auto list = trials(sessionId);
    if (!list.ok()) return list.error();
    QJsonObject root;
    root[QStringLiteral("format")] = QString::fromLatin1(kJsonFormat);
    root[QStringLiteral("version")] = schema::kVersion;
    const SessionInfo& si = info.value();
    QJsonObject session{{QStringLiteral("uuid"), si.uuid},
                        {QStringLiteral("name"), si.name},
                        {QStringLiteral("rater"), si.rater},
                        {QStringLiteral("source_kind"), si.sourceKind},
                        {QStringLiteral("source_description"), si.sourceDescription},
                        // as a string: JSON numbers lose precision beyond 2^53
                        {QStringLiteral("seed"), QString::number(si.seed)},
                        {QStringLiteral("allow_tie"), si.allowTie},
                        {QStringLiteral("use_strength"), si.useStrength},
                        {QStringLiteral("loudness_target_lufs"), si.loudnessTarget},
                        {QStringLiteral("created_at"), iso(si.createdAt)}};
    root[QStringLiteral("session")] = session;
    QJsonArray trialArray;
    for (const TrialRecord& t : list.value()) {
        QJsonObject o{{QStringLiteral("position"), t.position},   {QStringLiteral("item"), t.item},
                      {QStringLiteral("transcript"), t.transcript}, {QStringLiteral("system_a"), t.systemA},
                      {QStringLiteral("file_a"), t.fileA},         {QStringLiteral("system_b"), t.systemB},
                      {QStringLiteral("file_b"), t.fileB},         {QStringLiteral("swapped"), t.swapped}};
        if (t.judged) {
            auto j = judgement(t.id);
            if (!j.ok()) return j.error();
            const JudgementRecord& jr = j.value();
            QJsonObject jo{{QStringLiteral("choice"), QString::fromLatin1(mars5::rating::toString(jr.choice))},
                           {QStringLiteral("time_ms"), static_cast<double>(jr.timeMs)},
                           {QStringLiteral("replays_a"), jr.replaysA},
                           {QStringLiteral("replays_b"), jr.replaysB},
                           {QStringLiteral("comment"), jr.comment},
                           {QStringLiteral("presented_at"), iso(jr.presentedAt)},
                           {QStringLiteral("answered_at"), iso(jr.answeredAt)}};
            jo[QStringLiteral("strength")] = jr.strength ? QJsonValue(*jr.strength) : QJsonValue();
            o[QStringLiteral("judgement")] = jo;
        } else {
            o[QStringLiteral("judgement")] = QJsonValue();
        }
        trialArray.append(o);
    }
    root[QStringLiteral("trials")] = trialArray;
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    // What the import would refuse is not written: an export is a copy to come back from. Only
    // a database changed outside the studio holds such values (found by fuzz_rating_database:
    // a loudness target of 32 LUFS); the check is the import's own, so the two cannot differ.
    if (const auto readBack = parseSessionJson(bytes, QStringLiteral("“%1”").arg(si.name)); !readBack.ok())
        return Error{ErrorKind::Format,
                     s(QObject::tr("%1 The session was not exported, since the studio would not import it again: "
                                   "the ratings database holds a value the studio never writes (was it changed outside "
                                   "the studio?). The CSV export still has its judgements.")
                           .arg(QString::fromStdString(readBack.message())))};
    return writeAtomically(path, bytes);
}

Result<void> RatingStore::importCsv(const QByteArray& bytes, const QString& path, ImportSummary& summary) {
    auto rows = mars5::rating::parseCsv(bytes.toStdString(), s(QFileInfo(path).fileName()));
    if (!rows.ok()) return rows.error();
    if (rows.value().empty()) return formatError(QObject::tr("%1: the file has a header but no judgements.").arg(path));
    // One session per (uuid, or name + rater when the uuid column is empty).
    QMap<QString, std::vector<const JudgementRow*>> groups;
    QStringList order;
    for (const JudgementRow& r : rows.value()) {
        const QString key = r.sessionUuid.empty() ? q(r.session) + QChar(0x1f) + q(r.rater) : q(r.sessionUuid);
        if (!groups.contains(key)) order << key;
        groups[key].push_back(&r);
    }
    for (const QString& key : order) {
        const auto& group = groups[key];
        const JudgementRow& first = *group.front();
        NewSession session;
        session.uuid = first.sessionUuid.empty()
                           ? QUuid::createUuidV5(QUuid(), key.toUtf8()).toString(QUuid::WithoutBraces)
                           : q(first.sessionUuid);
        session.name = first.session.empty() ? QFileInfo(path).completeBaseName() : q(first.session);
        session.rater = q(first.rater);
        session.sourceKind = QStringLiteral("imported");
        session.sourceDescription = QObject::tr("imported from %1").arg(QFileInfo(path).fileName());
        session.allowTie = false;
        std::vector<ImportedTrial> incoming;
        for (const JudgementRow* r : group) {
            ImportedTrial t;
            t.position = r->trial;
            t.planned.item = r->item;
            t.planned.a = {r->leftId, r->leftFile};
            t.planned.b = {r->rightId, r->rightFile};
            JudgementRecord j;
            j.choice = r->choice;
            j.strength = r->strength;
            j.timeMs = r->timeMs;
            j.replaysA = r->replaysA;
            j.replaysB = r->replaysB;
            j.comment = q(r->comment);
            j.presentedAt = fromIso(q(r->presentedAt));
            j.answeredAt = fromIso(q(r->answeredAt));
            if (r->choice == Choice::Tie) session.allowTie = true;
            if (r->strength) session.useStrength = true;
            t.judgement = j;
            incoming.push_back(std::move(t));
        }
        auto result = addOrMerge(*this, std::move(session), std::move(incoming), path, summary);
        if (!result.ok()) return result;
    }
    return {};
}

}  // namespace mars5::ui::rating
