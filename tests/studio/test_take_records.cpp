// Each take's folder keeps its row as take.json, so takes survive the loss of takes.sqlite:
// the record follows every change of the row, a history that lost rows finds the folders
// without them, and restores them with the numbers, names, stars and settings they had.
// Records that do not read (broken, foreign, newer, another take's, without audio) are
// listed with the reason and their folders left alone. The window offers the restore.
#include "main_window.h"
#include "takes/history_panel.h"
#include "takes/take_history_model.h"
#include "takes/take_record_file.h"
#include "takes/take_store.h"
#include "studio/take_export.h"
#include "studio/reference_panel.h"
#include "studio/settings_panel.h"
#include "studio/text_panel.h"
#include "util/background_tasks.h"

#include "raw_sqlite.h"
#include "studio_fixtures.h"
#include "studio_synthesis_helpers.h"
#include "take_fixtures.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSqlRecord>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtTest>

using namespace mars5::ui;
using namespace mars5::ui::takes;

namespace {

QString recordPath(const TakeStore& store, const TakeRecord& take) {
    return QDir(store.folder()).filePath(QStringLiteral("takes/%1/%2").arg(take.uuid, QLatin1String(kTakeRecordFileName)));
}

QJsonObject recordOf(const TakeStore& store, const TakeRecord& take) {
    QFile f(recordPath(store, take));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// The database file and its -wal and -shm gone, as a user who deleted or replaced it leaves it.
bool removeDatabase(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
    return !QFileInfo::exists(path);
}

// Every column of every row, by uuid: what a restore must give back exactly.
QMap<QString, QVariantMap> rowsOf(const QString& path) {
    QMap<QString, QVariantMap> rows;
    mars5::test::withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM takes"))) return false;
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord r = q.record();
            for (int c = 0; c < r.count(); ++c) row.insert(r.fieldName(c), q.value(c));
            rows.insert(row.value(QStringLiteral("uuid")).toString(), row);
        }
        return true;
    });
    return rows;
}

bool loadTinyModels(SynthesisController* controller) {
    QSignalSpy loaded(controller, &SynthesisController::modelsLoaded);
    return controller->loadModels(studio_test::tinyPaths()) && loaded.wait(120000);
}

// Waits, without running this thread's event loop (so that a finished run's outcome stays
// queued), for a take folder in `takes` to hold its record; its path, or "" after two minutes.
QString waitForARecordWithoutEvents(const QString& takes) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000) {
        for (const QString& uuid : QDir(takes).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QFileInfo::exists(QDir(takes).filePath(uuid + QStringLiteral("/take.json")))) return QDir(takes).filePath(uuid);
        QThread::msleep(10);
    }
    return {};
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

class TestTakeRecords : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshPath(const QString& name) { return take_test::freshStorePath(m_dir, name); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The record is written with the take and follows rename, star, delete and undelete.
    void theRecordFollowsTheRow() {
        const QString path = freshPath(QStringLiteral("follow"));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const LoadedModels models = take_test::makeModels();
        auto added = store.add(take_test::makeOutcome(QStringLiteral("Hello there."), QStringLiteral("Warm"), 5), &models);
        QVERIFY(added.ok());
        const TakeRecord take = added.value();
        QJsonObject record = recordOf(store, take);
        QCOMPARE(record.value(QStringLiteral("uuid")).toString(), take.uuid);
        QCOMPARE(record.value(QStringLiteral("id")).toInteger(), take.id);
        QCOMPARE(record.value(QStringLiteral("text")).toString(), QStringLiteral("Hello there."));
        QCOMPARE(record.value(QStringLiteral("config")).toObject().value(QStringLiteral("top_k")).toInt(), 64);

        QVERIFY(store.rename(take.id, QStringLiteral("Keeper")).ok());
        QVERIFY(store.setStarred(take.id, true).ok());
        QVERIFY(store.setNote(take.id, QStringLiteral("  the best \"s\" so far  ")).ok());
        record = recordOf(store, take);
        QCOMPARE(record.value(QStringLiteral("name")).toString(), QStringLiteral("Keeper"));
        QCOMPARE(record.value(QStringLiteral("note")).toString(), QStringLiteral("the best \"s\" so far"));
        QCOMPARE(record.value(QStringLiteral("starred")).toInt(), 1);
        QVERIFY(store.remove(take.id).ok());
        QCOMPARE(recordOf(store, take).value(QStringLiteral("deleted")).toInt(), 1);
        QVERIFY(store.undelete(take.id).ok());
        QCOMPARE(recordOf(store, take).value(QStringLiteral("deleted")).toInt(), 0);
    }

    // takes.sqlite deleted: the new, empty history finds the folders, restores every take
    // with every column as it was (a seed above 2^53 included), and finds nothing stray after.
    void aLostHistoryComesBackWhole() {
        const QString path = freshPath(QStringLiteral("lost"));
        QList<TakeRecord> made = take_test::fillStore(path, 3);
        QCOMPARE(made.size(), 3);
        {
            TakeStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.rename(made[0].id, QStringLiteral("First")).ok());
            QVERIFY(store.setNote(made[0].id, QStringLiteral("Keep: the warmest one.")).ok());
            QVERIFY(store.setStarred(made[2].id, true).ok());
            const LoadedModels models = take_test::makeModels();
            SynthesisOutcome big = take_test::makeOutcome(QStringLiteral("A big seed."), {}, 0xFFFFFFFFFFFFFFF1ull, 9);
            big.request.variationGroup = QStringLiteral("group-1");
            auto added = store.add(big, &models);
            QVERIFY(added.ok());
            made << added.value();
        }
        const auto before = rowsOf(path);
        QCOMPARE(before.size(), 4);
        QVERIFY(removeDatabase(path));

        TakeStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY(store.takes().value().isEmpty());
        const auto stray = store.strayTakes();
        QVERIFY(stray.ok());
        QCOMPARE(stray.value().restorable.size(), 3);
        QCOMPARE(stray.value().deleted, QStringList{made[1].uuid});
        QVERIFY(stray.value().problems.isEmpty());

        const auto restored = store.restoreStrayTakes();
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().restored, 3);
        QVERIFY(restored.value().problems.isEmpty());
        QCOMPARE(rowsOf(path), before);
        QCOMPARE(store.take(made[3].id).value().seed, 0xFFFFFFFFFFFFFFF1ull);
        QVERIFY(store.readInternals(store.take(made[3].id).value()).ok());
        QCOMPARE(store.strayTakes().value().restorable.size(), 0);
        QCOMPARE(store.strayTakes().value().deleted.size(), 0);
        // The deleted take came back deleted: the purge at the next start removes it as before.
        QCOMPARE(store.purgeDeleted().value(), 1);
        QVERIFY(!QFileInfo::exists(QDir(store.folder()).filePath(QStringLiteral("takes/") + made[1].uuid)));
    }

    // A newer take holds a restored take's number: the restored one gets a new number, and
    // its record says so (a second loss restores the same numbers).
    void aTakenNumberGivesANewOne() {
        const QString path = freshPath(QStringLiteral("renumber"));
        const QList<TakeRecord> made = take_test::fillStore(path, 1);
        QCOMPARE(made.size(), 1);
        QVERIFY(removeDatabase(path));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const LoadedModels models = take_test::makeModels();
        auto newer = store.add(take_test::makeOutcome(QStringLiteral("Made after the loss."), {}, 3), &models);
        QVERIFY(newer.ok());
        QCOMPARE(newer.value().id, made[0].id);
        QCOMPARE(store.restoreStrayTakes().value().restored, 1);
        const auto list = store.takes().value();
        QCOMPARE(list.size(), 2);
        const TakeRecord& back = list.first().uuid == made[0].uuid ? list.first() : list.last();
        QCOMPARE(back.uuid, made[0].uuid);
        QVERIFY(back.id != made[0].id);
        QCOMPARE(recordOf(store, back).value(QStringLiteral("id")).toInteger(), back.id);
        QCOMPARE(back.createdAt, made[0].createdAt);
    }

    // The synthesis thread writes a take's files and its record (TakeStore::prepare); the
    // window adds the row (add, with outcome.prepared). A take whose row never came, the window
    // closed in between, comes back from its folder at the next start with a number of its own.
    void aPreparedTakeIsKeptOrComesBack() {
        const QString path = freshPath(QStringLiteral("prepared"));
        const LoadedModels models = take_test::makeModels();
        QString lostUuid;
        {
            TakeStore store;
            QVERIFY(store.open(path).ok());
            SynthesisOutcome outcome = take_test::makeOutcome(QStringLiteral("Written off the window's thread."), {}, 7);
            auto prepared = TakeStore::prepare(store.folder(), outcome, &models);
            QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
            const QString takeDir = QDir(store.folder()).filePath(QStringLiteral("takes/") + prepared.value().take.uuid);
            for (const char* file : {"audio.wav", "codes.safetensors", "take.json"})
                QVERIFY2(QFileInfo::exists(QDir(takeDir).filePath(QLatin1String(file))), file);
            QCOMPARE(store.takes().value().size(), 0);  // no row yet
            outcome.prepared = std::make_shared<const PreparedTake>(prepared.value());
            auto kept = store.add(outcome, &models);
            QVERIFY(kept.ok());
            QCOMPARE(kept.value().uuid, prepared.value().take.uuid);  // those files, not new ones
            QCOMPARE(QDir(QDir(store.folder()).filePath(QStringLiteral("takes"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
            QCOMPARE(recordOf(store, kept.value()).value(QStringLiteral("id")).toInteger(), kept.value().id);

            // Restored from its folder before the window adds it (Start a new history, just then):
            // adding it finds it kept and leaves its files.
            auto early = TakeStore::prepare(store.folder(), take_test::makeOutcome(QStringLiteral("Restored first."), {}, 6), &models);
            QVERIFY(early.ok());
            QCOMPARE(store.restoreStrayTakes().value().restored, 1);
            SynthesisOutcome late = take_test::makeOutcome(QStringLiteral("Restored first."), {}, 6);
            late.prepared = std::make_shared<const PreparedTake>(early.value());
            auto again = store.add(late, &models);
            QVERIFY(again.ok());
            QCOMPARE(again.value().uuid, early.value().take.uuid);
            QVERIFY(QFileInfo::exists(store.audioPath(again.value())));
            QCOMPARE(store.takes().value().size(), 2);

            // Prepared, never added: the window closed first.
            auto lost = TakeStore::prepare(store.folder(), take_test::makeOutcome(QStringLiteral("Never added."), {}, 8), &models);
            QVERIFY(lost.ok());
            lostUuid = lost.value().take.uuid;
            QCOMPARE(recordOf(store, lost.value().take).value(QStringLiteral("id")).toInteger(), 0);
        }
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const auto strays = store.strayTakes();
        QVERIFY(strays.ok());
        QCOMPARE(strays.value().restorable, QStringList{lostUuid});
        QCOMPARE(strays.value().unnumbered, QStringList{lostUuid});  // made, never numbered
        QCOMPARE(store.restoreStrayTakes().value().restored, 1);
        const auto list = store.takes().value();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().uuid, lostUuid);
        QCOMPARE(list.first().text, QStringLiteral("Never added."));
        QVERIFY(list.first().id > list.last().id);
    }

    // Files prepared for another store's folder are not taken for this one's: it writes its own
    // (the others stay a take of that folder). A folder that cannot be written leaves nothing.
    void aTakePreparedElsewhereIsWrittenAgain() {
        const LoadedModels models = take_test::makeModels();
        TakeStore here;
        QVERIFY(here.open(freshPath(QStringLiteral("here"))).ok());
        QTemporaryDir elsewhere;
        SynthesisOutcome outcome = take_test::makeOutcome(QStringLiteral("Which folder?"), {}, 9);
        auto prepared = TakeStore::prepare(elsewhere.path(), outcome, &models);
        QVERIFY(prepared.ok());
        outcome.prepared = std::make_shared<const PreparedTake>(prepared.value());
        auto kept = here.add(outcome, &models);
        QVERIFY(kept.ok());
        QVERIFY(kept.value().uuid != prepared.value().take.uuid);
        QVERIFY(QFileInfo::exists(here.audioPath(kept.value())));
        QVERIFY(QFileInfo::exists(TakeFiles{elsewhere.path()}.audioPath(prepared.value().take)));

        QTemporaryDir blocked;
        QVERIFY(writeBytes(QDir(blocked.path()).filePath(QStringLiteral("takes")), "a file where the folder goes"));
        auto refused = TakeStore::prepare(blocked.path(), outcome, &models);
        QVERIFY(!refused.ok());
        QVERIFY2(QString::fromStdString(refused.error().message).contains(QStringLiteral("Cannot create the folder")),
                 refused.error().message.c_str());
    }

    // A run that ends just as File ▸ Restore Takes from Their Folders runs: the restore finds
    // the take's folder and lists it, and keeping the take then lists it no second time.
    void aTakeRestoredAsItEndsIsListedOnce() {
        QDir(QFileInfo(TakeStore::defaultPath()).absolutePath()).removeRecursively();
        MainWindow w(MainWindow::SavedLayout::Ignore);
        QVERIFY(w.takeStore()->isOpen());
        QVERIFY(loadTinyModels(w.controller()));
        QVERIFY(w.referencePanel()->loadFile(studio_test::fixture(QStringLiteral("codec/input.wav"))));
        studio_test::setField(w.settingsPanel(), "nar_steps", 4);
        w.textPanel()->setTargetText(QStringLiteral("Restored as it ends."));
        QVERIFY(w.synthesize() != 0);
        // The record is on disk and the outcome still waits in the event queue.
        const QString takeDir = waitForARecordWithoutEvents(QDir(w.takeStore()->folder()).filePath(QStringLiteral("takes")));
        QVERIFY(!takeDir.isEmpty());
        QSignalSpy finished(w.controller(), &SynthesisController::synthesisFinished);
        w.historyPanel()->restoreStrayTakes();
        QCOMPARE(w.historyPanel()->model()->rowCount(), 1);
        QVERIFY(finished.wait(30000));
        QCOMPARE(w.historyPanel()->model()->rowCount(), 1);
        QCOMPARE(w.takeStore()->takes().value().size(), 1);
        QVERIFY(QFileInfo::exists(QDir(takeDir).filePath(QStringLiteral("audio.wav"))));
    }

    // The studio closing as a run ends: the take the synthesis thread wrote never reached the
    // window, and closing discards the run in progress, so its folder goes rather than being
    // found at the next start as a take "not in this history".
    void aTakeThatEndsAsTheStudioClosesLeavesNoFolder() {
        QTemporaryDir folder;
        QString takeDir;
        {
            SynthesisController controller;
            controller.setTakeFolder([&] { return folder.path(); });
            QVERIFY(loadTinyModels(&controller));
            SynthesisRequest request;
            request.text = QStringLiteral("Gone with the window.");
            request.config.nar_steps = 4;
            auto reference = mars5::readAudioMono(studio_test::fixture(QStringLiteral("codec/input.wav")).toStdString());
            QVERIFY(reference.ok());
            request.reference = reference.value();
            QVERIFY(controller.enqueue(request) != 0);
            takeDir = waitForARecordWithoutEvents(QDir(folder.path()).filePath(QStringLiteral("takes")));
            QVERIFY(!takeDir.isEmpty());
        }
        QVERIFY2(!QFileInfo::exists(takeDir), qPrintable(takeDir));
    }

    // Takes kept before records existed get them, once; a record written meanwhile (a rename
    // on the GUI thread while the background fills in) is not replaced by the older row.
    void takesWithoutRecordsGetThem() {
        const QString path = freshPath(QStringLiteral("backfill"));
        const QList<TakeRecord> made = take_test::fillStore(path, 2);
        TakeStore store;
        QVERIFY(store.open(path).ok());
        for (const TakeRecord& t : made) QVERIFY(QFile::remove(recordPath(store, t)));
        const auto missing = store.missingRecords();
        QVERIFY(missing.ok());
        QCOMPARE(missing.value().size(), 2);
        QVERIFY(store.rename(made[0].id, QStringLiteral("Renamed meanwhile")).ok());
        QStringList problems;
        QCOMPARE(TakeStore::writeRecords(missing.value(), &problems), 2);
        QVERIFY(problems.isEmpty());
        QCOMPARE(recordOf(store, made[0]).value(QStringLiteral("name")).toString(), QStringLiteral("Renamed meanwhile"));
        QCOMPARE(store.missingRecords().value().size(), 0);
        qint64 id = 0;
        const auto row = readTakeRecord(QFileInfo(recordPath(store, made[1])).absolutePath(), &id);
        QVERIFY2(row.ok(), row.ok() ? "" : row.message().c_str());
        QCOMPARE(id, made[1].id);
        // No temporary file is left beside the records.
        QCOMPARE(QDir(QFileInfo(recordPath(store, made[1])).absolutePath()).entryList({QStringLiteral("*.part")}, QDir::Files).size(), 0);
    }

    // Folders whose record does not read are listed with the reason, never restored, and
    // left exactly as they were.
    void unreadableRecordsAreLeftAlone_data() {
        // How the record is spoiled: "" removes it, "-audio" removes audio.wav instead, "-huge"
        // writes 5 MB, "-drop:KEY" removes a key, "-set:KEY:JSON" sets one; else the bytes.
        QTest::addColumn<QByteArray>("spoil");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no record") << QByteArray() << "has no take record";
        QTest::newRow("not JSON") << QByteArray("{\"mars5_studio_take\": 1, ") << "not a JSON object";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "not a JSON object";
        QTest::newRow("another program's") << QByteArray("{\"name\": \"x\"}") << "not a MARS5 Studio take record";
        QTest::newRow("newer") << QByteArray("{\"mars5_studio_take\": 9}") << "newer MARS5 Studio";
        QTest::newRow("a column missing") << QByteArray("-drop:text") << "has no text";
        QTest::newRow("text as a number") << QByteArray("-set:text:12") << "text is not text";
        QTest::newRow("seed not a number") << QByteArray("-set:seed:\"many\"") << "seed is not a whole number";
        QTest::newRow("seed a fraction") << QByteArray("-set:seed:1.5") << "seed is not a whole number";
        QTest::newRow("config an array") << QByteArray("-set:config:[]") << "config is not an object";
        QTest::newRow("id negative") << QByteArray("-set:id:-4") << "id is not a positive whole number";
        QTest::newRow("another take's") << QByteArray("-set:uuid:\"0b9f0b6e-1111-4222-8333-944455556666\"") << "names another take";
        QTest::newRow("too large") << QByteArray("-huge") << "too large";
        QTest::newRow("no audio") << QByteArray("-audio") << "no audio.wav";
    }
    void unreadableRecordsAreLeftAlone() {
        QFETCH(QByteArray, spoil);
        QFETCH(QString, reason);
        const QString path = freshPath(QStringLiteral("unreadable"));
        const QList<TakeRecord> made = take_test::fillStore(path, 1);
        QCOMPARE(made.size(), 1);
        const QDir folder(QFileInfo(path).dir().filePath(QStringLiteral("takes/") + made[0].uuid));
        const QString file = folder.filePath(QLatin1String(kTakeRecordFileName));
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
        original.close();
        if (spoil.isEmpty()) {
            QVERIFY(QFile::remove(file));
        } else if (spoil == "-audio") {
            QVERIFY(QFile::remove(folder.filePath(QStringLiteral("audio.wav"))));
        } else if (spoil == "-huge") {
            QVERIFY(writeBytes(file, QByteArray(5 * 1024 * 1024, ' ')));
        } else if (spoil.startsWith("-drop:")) {
            json.remove(QString::fromUtf8(spoil.mid(6)));
            QVERIFY(writeBytes(file, QJsonDocument(json).toJson()));
        } else if (spoil.startsWith("-set:")) {
            const QByteArray rest = spoil.mid(5);
            const qsizetype colon = rest.indexOf(':');
            json.insert(QString::fromUtf8(rest.left(colon)), QJsonDocument::fromJson("[" + rest.mid(colon + 1) + "]").array().at(0));
            QVERIFY(writeBytes(file, QJsonDocument(json).toJson()));
        } else {
            QVERIFY(writeBytes(file, spoil));
        }
        const QStringList before = folder.entryList(QDir::Files, QDir::Name);
        QVERIFY(removeDatabase(path));

        TakeStore store;
        QVERIFY(store.open(path).ok());
        const auto stray = store.strayTakes();
        QVERIFY(stray.ok());
        QVERIFY(stray.value().restorable.isEmpty());
        QCOMPARE(stray.value().problems.size(), 1);
        QVERIFY2(stray.value().problems.first().contains(reason), qPrintable(stray.value().problems.first()));
        const auto restored = store.restoreStrayTakes();
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().restored, 0);
        QCOMPARE(restored.value().problems.size(), 1);
        QVERIFY(store.takes().value().isEmpty());
        QCOMPARE(folder.entryList(QDir::Files, QDir::Name), before);
    }

    // An older history put back: a take deleted in it shares its reference with a take that
    // is only in its folder. The purge at start keeps the reference, so the take restored
    // later still has its voice; with a folder whose record does not read, it keeps them all.
    void thePurgeKeepsTheReferencesOfTakesNotInTheHistory() {
        const QString path = freshPath(QStringLiteral("purge-refs"));
        const QString older = path + QStringLiteral(".older");
        const LoadedModels models = take_test::makeModels();
        TakeRecord first, second;
        {
            TakeStore store;
            QVERIFY(store.open(path).ok());
            // The same salt: the same reference clip, so the same references/<sha>.wav.
            auto added = store.add(take_test::makeOutcome(QStringLiteral("First."), {}, 1, 3), &models);
            QVERIFY(added.ok());
            first = added.value();
        }
        QVERIFY(QFile::copy(path, older));
        {
            TakeStore store;
            QVERIFY(store.open(path).ok());
            auto added = store.add(take_test::makeOutcome(QStringLiteral("Second."), {}, 2, 3), &models);
            QVERIFY(added.ok());
            second = added.value();
        }
        QCOMPARE(second.referenceAudioSha256, first.referenceAudioSha256);
        QVERIFY(removeDatabase(path));
        QVERIFY(QFile::rename(older, path));

        TakeStore store;
        QVERIFY(store.open(path).ok());
        const QString reference = store.referencePath(first);
        QVERIFY(store.remove(first.id).ok());
        QCOMPARE(store.purgeDeleted().value(), 1);
        QVERIFY2(QFileInfo::exists(reference), "the purge removed the reference of a take not in the history");
        QCOMPARE(store.restoreStrayTakes().value().restored, 1);
        const auto back = store.take(second.id);
        QVERIFY(back.ok());
        QVERIFY(store.readReference(back.value()).ok());

        // Deleted once more: nothing else uses the clip now, so it goes.
        QVERIFY(store.remove(second.id).ok());
        QCOMPARE(store.purgeDeleted().value(), 1);
        QVERIFY(!QFileInfo::exists(reference));
    }

    // A take whose reference clip is gone (the purge before its fix, a folder cleaned by hand)
    // still exports, the sidecar describing the clip from the take's record; rendering it
    // again is refused, saying why. A clip that is there but does not read is an error.
    void aTakeWhoseReferenceIsGoneStillExports() {
        const QString path = freshPath(QStringLiteral("reference-gone"));
        const QList<TakeRecord> made = take_test::fillStore(path, 1);
        QCOMPARE(made.size(), 1);
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const TakeRecord take = store.take(made[0].id).value();
        QVERIFY(QFile::remove(store.referencePath(take)));

        const auto outcome = store.toOutcome(take);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.message().c_str());
        const QString exported = QFileInfo(path).dir().filePath(QStringLiteral("gone.wav"));
        QCOMPARE(mars5::ui::exportTake(exported, outcome.value(), nullptr, {}, take.exportInfo()).error, QString());
        QFile sidecar(mars5::ui::sidecarPathFor(exported));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject reference = QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("reference")).toObject();
        QVERIFY(reference.value(QStringLiteral("audio_missing")).toBool());
        QCOMPARE(reference.value(QStringLiteral("audio_sha256")).toString(), take.referenceAudioSha256);
        QCOMPARE(reference.value(QStringLiteral("sample_rate")).toInt(), take.referenceRate);

        const auto again = store.rerenderRequest(take);
        QVERIFY(!again.ok());
        QVERIFY2(QString::fromStdString(again.message()).contains(QStringLiteral("cannot be rendered again")), again.message().c_str());

        QVERIFY(writeBytes(store.referencePath(take), QByteArray("not audio")));
        const auto unreadable = store.toOutcome(take);
        QVERIFY(!unreadable.ok());
        QVERIFY2(QString::fromStdString(unreadable.message()).contains(QStringLiteral("cannot be read")), unreadable.message().c_str());
    }

    void aFolderThatDoesNotReadKeepsEveryReference() {
        const QString path = freshPath(QStringLiteral("purge-unread"));
        const QList<TakeRecord> made = take_test::fillStore(path, 1);
        QCOMPARE(made.size(), 1);
        TakeStore store;
        QVERIFY(store.open(path).ok());
        // A take folder from before records existed, its row lost: its reference is unknown.
        const QString stray = QDir(store.folder()).filePath(QStringLiteral("takes/") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(QDir().mkpath(stray));
        QVERIFY(writeBytes(QDir(stray).filePath(QStringLiteral("audio.wav")), QByteArray("RIFF")));
        const QString reference = store.referencePath(made[0]);
        QVERIFY(store.remove(made[0].id).ok());
        QCOMPARE(store.purgeDeleted().value(), 1);
        QVERIFY(!QFileInfo::exists(QFileInfo(store.audioPath(made[0])).absolutePath()));
        QVERIFY(QFileInfo::exists(reference));
    }

    // The window fills in the records of takes kept before records existed, in the background.
    void theWindowFillsInMissingRecords() {
        const QString path = TakeStore::defaultPath();
        const QList<TakeRecord> made = take_test::fillDefaultStore(3);
        QCOMPARE(made.size(), 3);
        const QString record = QFileInfo(path).dir().filePath(QStringLiteral("takes/%1/%2").arg(made[2].uuid, QLatin1String(kTakeRecordFileName)));
        QVERIFY(QFile::remove(record));
        {
            MainWindow w(MainWindow::SavedLayout::Ignore);
            BackgroundTasks::instance().drain();
            QVERIFY(QFileInfo::exists(record));
            auto* panel = w.findChild<HistoryPanel*>();
            QVERIFY(panel && panel->restoreButton()->isHidden());
        }
        qint64 id = 0;
        QVERIFY(readTakeRecord(QFileInfo(record).absolutePath(), &id).ok());
        QCOMPARE(id, made[2].id);
    }

    // "Not now" holds for that set of takes at the next start (the dock is not forced open);
    // File ▸ Restore Takes from Their Folders brings them back at any time; a take folder
    // found later makes a new set, which is offered again.
    void notNowHoldsUntilOtherTakesAreFound() {
        const QString path = TakeStore::defaultPath();
        const QList<TakeRecord> made = take_test::fillDefaultStore(3);
        QCOMPARE(made.size(), 3);
        QVERIFY(removeDatabase(path));
        {
            take_test::WindowWithTakes studio;
            QVERIFY(studio.dockShown());
            QVERIFY(!studio.panel->notNowButton()->isHidden());
            studio.panel->notNowButton()->click();
            QVERIFY(studio.panel->restoreButton()->isHidden());
            QVERIFY2(studio.panel->statusText().contains(QStringLiteral("Restore Takes from Their Folders")),
                     qPrintable(studio.panel->statusText()));
        }
        {
            take_test::WindowWithTakes studio;
            QVERIFY(studio.dock->isHidden());
            QVERIFY(studio.panel->restoreButton()->isHidden());
            QAction* restore = nullptr;
            for (QAction* a : studio.window.findChildren<QAction*>())
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Restore Takes from Their Folders")) restore = a;
            QVERIFY(restore);
            restore->trigger();
            QVERIFY(!studio.dock->isHidden());
            QCOMPARE(studio.panel->model()->rowCount(), 2);
            restore->trigger();  // nothing left to restore: it says so
            QVERIFY2(studio.panel->statusText().startsWith(QStringLiteral("Every take in")), qPrintable(studio.panel->statusText()));
        }
        // Lost again, plus one more take: another set, offered again.
        QVERIFY(removeDatabase(path));
        {
            TakeStore store;
            QVERIFY(store.open(path).ok());
            const LoadedModels models = take_test::makeModels();
            QVERIFY(store.add(take_test::makeOutcome(QStringLiteral("One more."), {}, 4), &models).ok());
        }
        QVERIFY(removeDatabase(path));
        take_test::WindowWithTakes studio;
        QVERIFY(studio.dockShown());
        QVERIFY2(studio.panel->restoreButton()->text().startsWith(QStringLiteral("Restore 3 take")),
                 qPrintable(studio.panel->restoreButton()->text()));
    }

    // The window: a replaced history shows the dock with the offer; the button restores the
    // takes and the offer goes away.
    void theWindowOffersTheRestore() {
        const QString path = TakeStore::defaultPath();
        QCOMPARE(take_test::fillDefaultStore(3).size(), 3);
        QVERIFY(removeDatabase(path));

        take_test::WindowWithTakes studio;
        QVERIFY(studio.dockShown());
        HistoryPanel* panel = studio.panel;
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!panel->restoreButton()->isHidden());
        // The second take was deleted (no translation is loaded here: "take(s)").
        QVERIFY2(panel->restoreButton()->text().startsWith(QStringLiteral("Restore 2 take")), qPrintable(panel->restoreButton()->text()));
        QVERIFY2(panel->statusText().contains(QStringLiteral("not in this history")), qPrintable(panel->statusText()));

        panel->restoreButton()->click();
        QVERIFY(panel->restoreButton()->isHidden());
        QVERIFY(panel->notNowButton()->isHidden());
        QCOMPARE(panel->model()->rowCount(), 2);
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("2 take")) && panel->statusText().contains(QStringLiteral("restored")),
                 qPrintable(panel->statusText()));
    }

    // A take made as the studio was killed (files and record, no row) joins the history at the
    // next start without asking; takes of a lost history beside it are still offered.
    void aTakeMadeAsTheStudioStoppedJoinsTheHistory() {
        const QString path = TakeStore::defaultPath();
        QCOMPARE(take_test::fillDefaultStore(1).size(), 1);
        const LoadedModels models = take_test::makeModels();
        auto made = TakeStore::prepare(QFileInfo(path).absolutePath(),
                                       take_test::makeOutcome(QStringLiteral("Made as it stopped."), {}, 11), &models);
        QVERIFY(made.ok());
        {
            take_test::WindowWithTakes studio;
            HistoryPanel* panel = studio.panel;
            QCOMPARE(panel->model()->rowCount(), 2);
            QVERIFY(panel->restoreButton()->isHidden());  // nothing to ask
            QVERIFY2(panel->statusText().startsWith(QStringLiteral("1 take(s) made as the studio stopped")),
                     qPrintable(panel->statusText()));
        }
        // With a lost history beside it: that one is offered, this one is in.
        auto another = TakeStore::prepare(QFileInfo(path).absolutePath(),
                                          take_test::makeOutcome(QStringLiteral("Made as it stopped again."), {}, 12), &models);
        QVERIFY(another.ok());
        QVERIFY(removeDatabase(path));
        take_test::WindowWithTakes studio;
        HistoryPanel* panel = studio.panel;
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->takeAt(0)->uuid, another.value().take.uuid);
        QVERIFY(!panel->restoreButton()->isHidden());
        QVERIFY2(panel->restoreButton()->text().startsWith(QStringLiteral("Restore 2 take")), qPrintable(panel->restoreButton()->text()));
    }
};

QTEST_MAIN(TestTakeRecords)
#include "test_take_records.moc"
