// Fuzz target: the takes history file itself (takes.sqlite), as the studio opens it at start
// (TakeStore::open, then purgeDeleted and missingRecords). A user's file can be damaged, put
// back from an older copy, or edited by hand in an SQLite browser; what the store does with
// it touches the take folders on disk, which hold the user's audio.
//
// Beyond "refused with a message, or opened": a refused file is left as it was, its -wal too,
// and "start again" sets it aside unchanged and opens a sound new history. A history that
// opens lists its takes or says why not, and gives each listed take again by its number. The
// records the store writes for its takes read back, with their numbers. The purge of deleted
// takes removes no folder of a listed take and nothing outside the take folders. And with the
// file deleted, a new history restores every take whose record was written, with its
// number, text, name, note, star, seed and time.
#include "fuzz_sqlite_support.h"
#include "takes/take_record_file.h"
#include "takes/take_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QString>

#include <algorithm>
#include <string>

namespace {

using mars5::fuzz::besideInput;
using mars5::fuzz::bytesOf;
using mars5::fuzz::checkRefusal;
using mars5::ui::takes::TakeRecord;
using mars5::ui::takes::TakeStore;

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Files the store has no business removing: one beside takes.sqlite, one in a folder under
// takes/ whose name is not a take's.
QStringList writeBystanders(const QString& folder) {
    const QStringList files{folder + QStringLiteral("/notes.txt"), folder + QStringLiteral("/takes/not-a-take/notes.txt")};
    QDir().mkpath(folder + QStringLiteral("/takes/not-a-take"));
    for (const QString& file : files)
        if (!writeFile(file, "the user's")) mars5::fuzz::finding("a bystander file cannot be written", file.toStdString());
    return files;
}

void checkBystanders(const QStringList& files) {
    for (const QString& file : files)
        if (!QFileInfo::exists(file)) mars5::fuzz::finding("a file outside the take folders was removed", file.toStdString());
}

// "Start a new history" on a file refused as damaged: the file is set aside with every byte,
// and the new history opens again and lists its takes.
void startAgain(TakeStore& store, const QByteArray& original, const QByteArray& originalWal) {
    const auto restart = store.startAgain();
    if (!restart.ok()) {
        checkRefusal(restart.error(), "not started again");
        return;
    }
    const QString keptAs = restart.value().keptAs;
    mars5::fuzz::tell("started again", std::to_string(restart.value().recovered) + " takes" +
                                           (restart.value().complete ? "" : ", incomplete"));
    if (bytesOf(keptAs) != original || bytesOf(keptAs + QStringLiteral("-wal")) != originalWal)
        mars5::fuzz::finding("setting the damaged file aside changed it", keptAs.toStdString());
    const auto listed = store.takes();
    if (!listed.ok()) mars5::fuzz::finding("the new history's takes cannot be listed", listed.error().message);
    if (listed.value().size() > restart.value().recovered)
        mars5::fuzz::finding("the new history lists more takes than were copied", std::to_string(listed.value().size()));
    const QString path = store.path();
    store.close();
    TakeStore again;
    if (const auto reopened = again.open(path); !reopened.ok()) mars5::fuzz::finding("the new history is refused", reopened.error().message);
}

// What a restore must give back of a take: its number too, when it had one a record can keep
// (a row edited to a number below 1 comes back with a new one).
std::string summary(const TakeRecord& t) {
    return (t.id > 0 ? std::to_string(t.id) : "new") + " " + t.uuid.toStdString() + " [" + t.text.toStdString() + "] [" +
           t.name.toStdString() + "] [" + t.note.toStdString() + "] " + (t.starred ? "*" : "-") + " " + std::to_string(t.seed) + " " +
           t.createdAt.toString(Qt::ISODateWithMs).toStdString();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit removeInput;
    mars5::fuzz::ensureQtApplication();
    // The history's folder as the studio keeps it: takes.sqlite, takes/<uuid>/, references/.
    const QString folder = besideInput(".takes");
    struct RemoveFolder {  // declared before the stores, so it runs after they have closed
        ~RemoveFolder() { QDir(besideInput(".takes")).removeRecursively(); }
    } removeFolder;
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString database = folder + QStringLiteral("/takes.sqlite");
    mars5::fuzz::writeDatabaseFiles(database, data, size);
    const QStringList bystanders = writeBystanders(folder);
    const QByteArray original = bytesOf(database);
    const QByteArray originalWal = bytesOf(database + QStringLiteral("-wal"));

    QHash<QString, std::string> recorded;  // uuid -> summary, of the takes whose records were written
    {
        TakeStore store;
        const auto opened = store.open(database);
        if (!opened.ok()) {
            checkRefusal(opened.error(), "refused");
            if (bytesOf(database) != original || bytesOf(database + QStringLiteral("-wal")) != originalWal)
                mars5::fuzz::finding("a refused file was changed", "");
            if (store.canStartAgain()) startAgain(store, original, originalWal);
            checkBystanders(bystanders);
            return 0;
        }
        const auto listed = store.takes();
        if (!listed.ok()) {
            checkRefusal(listed.error(), "takes not listed");
            return 0;
        }
        mars5::fuzz::tell("listed", std::to_string(listed.value().size()) + " takes");
        // Each listed take gets its folder, as the store makes them: what the purge must keep,
        // and where its record goes.
        QHash<QString, TakeRecord> live;
        for (const TakeRecord& t : listed.value().mid(0, 64)) {
            const auto again = store.take(t.id);
            if (!again.ok() || again.value().uuid != t.uuid)
                mars5::fuzz::finding("a listed take is not given by its number", std::to_string(t.id));
            if (!TakeStore::isTakeUuid(t.uuid)) continue;
            QDir().mkpath(folder + QStringLiteral("/takes/") + t.uuid);
            if (!writeFile(store.audioPath(t), "RIFF")) mars5::fuzz::finding("a take's audio cannot be written", t.uuid.toStdString());
            live.insert(t.uuid, t);
        }
        const auto missing = store.missingRecords();
        if (!missing.ok()) {
            checkRefusal(missing.error(), "records not read");
        } else {
            QStringList problems;
            TakeStore::writeRecords(missing.value(), &problems);
            for (const QString& problem : problems) mars5::fuzz::tell("record not written", problem.toStdString());
            for (const TakeStore::PendingRecord& pending : missing.value()) {
                if (!QFileInfo::exists(QDir(pending.folder).filePath(QLatin1String(mars5::ui::takes::kTakeRecordFileName)))) continue;
                qint64 id = 0;
                const auto back = mars5::ui::takes::readTakeRecord(pending.folder, &id);
                if (!back.ok()) mars5::fuzz::finding("a record the store wrote does not read back", back.error().message);
                if (id != std::max<qint64>(pending.id, 0)) mars5::fuzz::finding("a record reads back with another number", std::to_string(id));
                const QString uuid = QFileInfo(pending.folder).fileName();
                if (live.contains(uuid)) recorded.insert(uuid, summary(live.value(uuid)));
            }
        }
        const auto purged = store.purgeDeleted();
        if (!purged.ok()) checkRefusal(purged.error(), "not purged");
        for (const TakeRecord& t : live)
            if (!QFileInfo::exists(store.audioPath(t))) mars5::fuzz::finding("the purge removed a take in the history", t.uuid.toStdString());
        checkBystanders(bystanders);
    }

    // takes.sqlite lost: a new history gives back every take whose record was written.
    mars5::fuzz::removeDatabaseFiles(database);
    TakeStore fresh;
    if (const auto opened = fresh.open(database); !opened.ok()) mars5::fuzz::finding("a new history cannot be opened", opened.error().message);
    const auto restored = fresh.restoreStrayTakes();
    if (!restored.ok()) mars5::fuzz::finding("the takes cannot be restored", restored.error().message);
    for (const QString& problem : restored.value().problems) mars5::fuzz::tell("not restored", problem.toStdString());
    const auto back = fresh.takes();
    if (!back.ok()) mars5::fuzz::finding("the restored takes cannot be listed", back.error().message);
    int found = 0;
    for (const TakeRecord& t : back.value()) {
        if (!recorded.contains(t.uuid)) continue;
        ++found;
        TakeRecord compared = t;
        if (recorded.value(t.uuid).rfind("new ", 0) == 0) compared.id = 0;
        if (summary(compared) != recorded.value(t.uuid))
            mars5::fuzz::finding("a take came back other than it was", recorded.value(t.uuid) + " vs " + summary(t));
    }
    if (found != recorded.size())
        mars5::fuzz::finding("takes whose records were written did not come back",
                             std::to_string(found) + " of " + std::to_string(recorded.size()));
    mars5::fuzz::tell("restored", std::to_string(found) + " takes");
    checkBystanders(bystanders);
    return 0;
}
