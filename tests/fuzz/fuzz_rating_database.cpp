// Fuzz target: the ratings database file itself (ratings.sqlite), as the studio opens it: read
// only for the statistics (RatingStore::openForReading), and for writing by the rating window
// (RatingStore::open). A user's file can be damaged (a disk that filled up, a sync tool that
// copied it half-written) or edited by hand in an SQLite browser.
//
// Beyond "refused with a message, or opened": opening to read changes no byte of the file;
// a file refused for writing is left as it was, its -wal too; a file refused as damaged is
// set aside unchanged by "start again", whose new database is sound and lists what it
// copied. An input may carry a -wal for the file (splitPendingWal);
// whatever opens lists its sessions, trials and judgements or says why not; each session it
// lists is exported as JSON, or refused with a message, and an export imports into an empty
// database with the same trials and judgements; and the file opened for writing takes its own
// sessions' exports again without adding anything.
#include "fuzz_rating_support.h"

#include <QFile>
#include <QString>

#include <algorithm>
#include <string>
#include <utility>

namespace {

using mars5::fuzz::besideInput;
using mars5::fuzz::bytesOf;
using mars5::fuzz::checkRefusal;
using mars5::fuzz::countsOf;
using mars5::fuzz::removeDatabase;
using mars5::ui::rating::RatingStore;
using mars5::ui::rating::SessionInfo;

// Each session's trials and judgements read, each session exported as JSON and imported into
// an empty database with the same counts. The exports' paths, for importing them again.
QStringList readAndExport(const RatingStore& store, const QList<SessionInfo>& sessions) {
    QStringList exports;
    for (const SessionInfo& s : sessions) {
        if (const auto trials = store.trials(s.id); !trials.ok()) checkRefusal(trials.error(), "trials not read");
        if (const auto rows = store.judgementRows(s.id); !rows.ok()) checkRefusal(rows.error(), "judgements not read");
        const QString exported = besideInput(".export-") + QString::number(exports.size());
        const auto written = store.exportJson(exported, s.id);
        if (!written.ok()) {
            checkRefusal(written.error(), "not exported");
            continue;
        }
        exports << exported;
        const std::string back = mars5::fuzz::countsAfterImportingInto(exported, besideInput(".fresh.sqlite"),
                                                                       "a session's JSON export cannot be imported");
        if (back != countsOf({s})) mars5::fuzz::finding("a session changed on its way through JSON", back + "vs " + countsOf({s}));
    }
    return exports;
}

// "Start a new ratings database" on a file refused as damaged: the file is set aside with
// every byte as it was, and the new database is sound (a reader, which runs integrity_check,
// opens it), lists its sessions, and exports them like any other.
void startAgain(RatingStore& writer, const QByteArray& original, const QByteArray& originalWal) {
    const auto restart = writer.startAgain();
    if (!restart.ok()) {
        checkRefusal(restart.error(), "not started again");
        return;
    }
    const QString keptAs = restart.value().keptAs;
    mars5::fuzz::tell("started again", std::to_string(restart.value().sessions) + " sessions, " +
                                           std::to_string(restart.value().judgements) + " judgements" +
                                           (restart.value().complete ? "" : ", incomplete"));
    if (bytesOf(keptAs) != original || bytesOf(keptAs + QStringLiteral("-wal")) != originalWal)
        mars5::fuzz::finding("setting the damaged file aside changed it", keptAs.toStdString());
    removeDatabase(keptAs);
    writer.close();
    RatingStore reader;
    const auto reopened = reader.openForReading(writer.path());
    if (!reopened.ok()) mars5::fuzz::finding("the new database is refused", reopened.error().message);
    const auto sessions = reader.sessions();
    if (!sessions.ok()) mars5::fuzz::finding("the new database's sessions cannot be listed", sessions.error().message);
    if (sessions.value().size() != restart.value().sessions)
        mars5::fuzz::finding("the new database lists other sessions than were copied", countsOf(sessions.value()));
    readAndExport(reader, sessions.value().mid(0, 64));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit removeInput;
    mars5::fuzz::ensureQtApplication();
    // SQLite keeps -wal and -shm files beside the database: the input gets a name of its own.
    const QString database = besideInput(".sqlite");
    struct RemoveFiles {  // declared before the stores, so it runs after they have closed
        ~RemoveFiles() {
            removeDatabase(besideInput(".sqlite"));
            removeDatabase(besideInput(".fresh.sqlite"));
            for (int i = 0; i < 64; ++i) std::remove((besideInput(".export-") + QString::number(i)).toLocal8Bit().constData());
        }
    } removeFiles;
    removeDatabase(database);
    mars5::fuzz::writeDatabaseFiles(database, data, size);
    const QByteArray original = bytesOf(database);
    const QByteArray originalWal = bytesOf(database + QStringLiteral("-wal"));

    QStringList exports;
    std::string readCounts;
    {
        RatingStore reader;
        const auto opened = reader.openForReading(database);
        if (!opened.ok()) {
            checkRefusal(opened.error(), "refused for reading");
        } else {
            const auto sessions = reader.sessions();
            if (!sessions.ok()) {
                checkRefusal(sessions.error(), "sessions not listed");
            } else {
                readCounts = countsOf(sessions.value());
                mars5::fuzz::tell("read", readCounts);
                exports = readAndExport(reader, sessions.value().mid(0, 64));
            }
        }
    }
    if (bytesOf(database) != original) mars5::fuzz::finding("opening to read changed the file", "");
    if (bytesOf(database + QStringLiteral("-wal")) != originalWal) mars5::fuzz::finding("opening to read changed the -wal", "");

    RatingStore writer;
    const auto opened = writer.open(database);
    if (!opened.ok()) {
        checkRefusal(opened.error(), "refused for writing");
        if (bytesOf(database) != original || bytesOf(database + QStringLiteral("-wal")) != originalWal)
            mars5::fuzz::finding("a file refused for writing was changed", "");
        if (writer.canStartAgain()) startAgain(writer, original, originalWal);
        return 0;
    }
    const auto sessions = writer.sessions();
    if (!sessions.ok()) {
        checkRefusal(sessions.error(), "sessions not listed for writing");
        return 0;
    }
    // A database the reader listed, the writer lists the same (the writer may have created the
    // tables of a file that had none).
    if (!readCounts.empty() && countsOf(sessions.value()) != readCounts)
        mars5::fuzz::finding("reading and writing list other sessions", readCounts + "vs " + countsOf(sessions.value()));
    for (const QString& exported : exports) {
        const auto again = writer.importFile(exported);
        if (!again.ok()) mars5::fuzz::finding("a session's own export is refused by its database", again.error().message);
        if (again.value().sessionsCreated != 0 || again.value().judgementsAdded != 0)
            mars5::fuzz::finding("a session's own export added to its database", again.value().describe().toStdString());
    }
    return 0;
}
