// A takes database the studio cannot trust: damaged (a page overwritten, an index out of step
// with its table), not SQLite, or another program's. It is refused untouched, the studio
// window says takes are not being kept, and "Start a new history" sets the file aside and
// copies every take that can still be read. Deleting takes never reaches outside the
// store's own folders, whatever a row edited outside the studio says.
#include "main_window.h"
#include "takes/history_panel.h"
#include "takes/take_history_model.h"
#include "takes/take_store.h"

#include "raw_sqlite.h"
#include "take_fixtures.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mars5::ui;
using namespace mars5::ui::takes;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The index on created_at made to list a column it does not hold: SQLite reads every row of
// the table fine, but integrity_check finds the index out of step with it.
bool breakTheIndex(const QString& path) {
    return mars5::test::breakIndex(path, QStringLiteral("takes_created"), QStringLiteral("CREATE INDEX takes_created ON takes(uuid)"));
}

}  // namespace

class TestTakeStoreDamage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshPath(const QString& name) { return take_test::freshStorePath(m_dir, name); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test-take-damage"));
        QVERIFY(m_dir.isValid());
    }

    void refusesUntouched_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("canStartAgain");
        QTest::newRow("page overwritten") << "page" << "damaged:" << true;
        QTest::newRow("index out of step") << "index" << "damaged:" << true;
        QTest::newRow("another program's") << "foreign" << "different kind of SQLite database" << true;
        QTest::newRow("not SQLite") << "junk" << "not a readable takes database" << true;
        QTest::newRow("newer studio") << "newer" << "newer MARS5 Studio" << false;
        // Edited in an SQLite browser: it opened, then every query failed (found by fuzzing).
        QTest::newRow("a column renamed") << "renamed" << "its takes table has no reference_audio_sha256 column" << true;
        QTest::newRow("no takes table") << "no-table" << "it has no takes table" << true;
        // The same with their last changes still in a -wal beside them: refusing must not
        // move those into the file (a read-write connection does, as it closes).
        QTest::newRow("index out of step, in the -wal") << "index-wal" << "damaged:" << true;
        QTest::newRow("newer studio, in the -wal") << "newer-wal" << "newer MARS5 Studio" << false;
        // Cut to nothing, its last changes in the -wal: SQLite would delete the -wal on opening.
        QTest::newRow("empty file beside its -wal") << "empty-wal" << "the file is empty" << true;
        // One byte is empty to SQLite too (its Unix layer reports the size as 0).
        QTest::newRow("one-byte file beside its -wal") << "one-byte-wal" << "a single byte" << true;
    }

    void refusesUntouched() {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        QFETCH(bool, canStartAgain);
        const QString path = freshPath(QStringLiteral("refuse-") + damage);
        if (damage == QStringLiteral("page")) {
            QVERIFY(!take_test::fillStore(path, 3).isEmpty());
            QVERIFY(mars5::test::overwritePage(path, mars5::test::firstLeafOf(path, QStringLiteral("takes"))));
        } else if (damage == QStringLiteral("index")) {
            QVERIFY(!take_test::fillStore(path, 3).isEmpty());
            QVERIFY(breakTheIndex(path));
        } else if (damage == QStringLiteral("foreign")) {
            QVERIFY(mars5::test::runSqlOn(path, QStringLiteral("CREATE TABLE notes (body TEXT)")));
        } else if (damage == QStringLiteral("renamed")) {
            QVERIFY(!take_test::fillStore(path, 3).isEmpty());
            QVERIFY(mars5::test::runSqlOn(path, QStringLiteral("ALTER TABLE takes RENAME COLUMN reference_audio_sha256 TO reference")));
        } else if (damage == QStringLiteral("no-table")) {
            QVERIFY(mars5::test::runSqlOn(path, {QStringLiteral("CREATE TABLE notes (body TEXT)"), QStringLiteral("PRAGMA user_version = 2")}));
        } else if (damage == QStringLiteral("junk")) {
            QVERIFY(writeBytes(path, QByteArray(4096, 'x')));
        } else if (damage == QStringLiteral("empty-wal") || damage == QStringLiteral("one-byte-wal")) {
            QVERIFY(writeBytes(path, damage == QStringLiteral("empty-wal") ? QByteArray() : QByteArray(1, '\0')));
            QVERIFY(writeBytes(path + QStringLiteral("-wal"), QByteArray(4096, '\x37')));
        } else if (damage == QStringLiteral("newer")) {
            QVERIFY(mars5::test::runSqlOn(path, QStringLiteral("PRAGMA user_version = 99")));
        } else {  // the change made in the -wal of a copy, which the test then opens
            const QString original = path + QStringLiteral(".original");
            QVERIFY(!take_test::fillStore(original, 3).isEmpty());
            const QStringList change = damage == QStringLiteral("index-wal")
                                           ? QStringList{QStringLiteral("PRAGMA writable_schema = ON"),
                                                         QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX takes_created ON "
                                                                        "takes(uuid)' WHERE name = 'takes_created'")}
                                           : QStringList{QStringLiteral("PRAGMA user_version = 99")};
            QVERIFY(mars5::test::copyWithPendingWal(original, change, path));
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        }
        const QByteArray before = bytesOf(path);
        const QByteArray walBefore = bytesOf(path + QStringLiteral("-wal"));
        TakeStore store;
        const auto refused = store.open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(QString::fromStdString(refused.message()).contains(expected), refused.message().c_str());
        QVERIFY(!store.isOpen());
        QCOMPARE(store.canStartAgain(), canStartAgain);
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(bytesOf(path + QStringLiteral("-wal")), walBefore);
        if (!canStartAgain) {
            QVERIFY(!store.startAgain().ok());  // a newer studio's takes stay where they are
            return;
        }
        const auto restart = store.startAgain();  // both files go aside as they were
        QVERIFY2(restart.ok(), restart.ok() ? "" : restart.message().c_str());
        QCOMPARE(bytesOf(restart.value().keptAs), before);
        QCOMPARE(bytesOf(restart.value().keptAs + QStringLiteral("-wal")), walBefore);
    }

    // A file the read-only check passes but the upgrade then refuses (a version-1 file that
    // already has version 2's column, added in its -wal): the read-write connection that
    // refused it closes without moving the -wal into the file.
    void aRefusedUpgradeLeavesTheWalAlone() {
        const QString path = freshPath(QStringLiteral("refused-upgrade"));
        const QString original = path + QStringLiteral(".original");
        {
            TakeStore v1;
            QVERIFY(v1.open(original, 1).ok());
        }
        QVERIFY(mars5::test::copyWithPendingWal(
            original, {QStringLiteral("ALTER TABLE takes ADD COLUMN variation_group TEXT NOT NULL DEFAULT ''")}, path));
        const QByteArray before = bytesOf(path), walBefore = bytesOf(path + QStringLiteral("-wal"));
        QVERIFY(!walBefore.isEmpty());
        TakeStore store;
        const auto refused = store.open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(QString::fromStdString(refused.message()).contains(QStringLiteral("variation_group")), refused.message().c_str());
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(bytesOf(path + QStringLiteral("-wal")), walBefore);
    }

    // Only the index is damaged: every row reads, so every take comes back, the deleted one
    // still deleted, with its files found again under the same uuid.
    void startAgainRecoversEveryReadableTake() {
        const QString path = freshPath(QStringLiteral("recover-all"));
        const QList<TakeRecord> made = take_test::fillStore(path, 4);
        QCOMPARE(made.size(), 4);
        QVERIFY(breakTheIndex(path));
        const QByteArray damaged = bytesOf(path);

        TakeStore store;
        QVERIFY(!store.open(path).ok());
        auto restart = store.startAgain();
        QVERIFY2(restart.ok(), restart.ok() ? "" : restart.message().c_str());
        QVERIFY(store.isOpen());
        QCOMPARE(restart.value().recovered, 4);
        QVERIFY(restart.value().complete);
        QVERIFY(QFileInfo(restart.value().keptAs).fileName().startsWith(QStringLiteral("takes.damaged-")));
        QCOMPARE(bytesOf(restart.value().keptAs), damaged);  // set aside as it was found
        QVERIFY(!store.canStartAgain());

        const auto listed = store.takes();
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 3);  // the deleted one stays deleted
        const TakeRecord& newest = listed.value().first();
        QCOMPARE(newest.id, made[3].id);
        QCOMPARE(newest.uuid, made[3].uuid);
        QCOMPARE(newest.text, made[3].text);
        QCOMPARE(newest.seed, made[3].seed);
        QVERIFY(store.readAudio(newest).ok());
        QVERIFY(store.undelete(made[1].id).ok());
        // New takes go on from the recovered ids.
        const LoadedModels models = take_test::makeModels();
        auto added = store.add(take_test::makeOutcome(QStringLiteral("After."), {}, 7), &models);
        QVERIFY(added.ok());
        QVERIFY(added.value().id > made[3].id);
    }

    // A row whose number was made huge (2^62: an edit, or damage read as a number) beside a
    // damaged index: the copy seeks past the empty numbers instead of reading them 512 at a
    // time (it gave up after 20,000 reads, calling the copy incomplete), so every take comes
    // back and the result says so.
    void startAgainSeeksPastAHugeGapInTheNumbers() {
        const QString path = freshPath(QStringLiteral("huge-gap"));
        const QList<TakeRecord> made = take_test::fillStore(path, 3);
        QCOMPARE(made.size(), 3);
        QVERIFY(mars5::test::runSqlOn(path, QStringLiteral("UPDATE takes SET id = 4611686018427387904 WHERE id = %1").arg(made[2].id)));
        QVERIFY(breakTheIndex(path));
        TakeStore store;
        QVERIFY(!store.open(path).ok());
        const auto restart = store.startAgain();
        QVERIFY2(restart.ok(), restart.ok() ? "" : restart.message().c_str());
        QCOMPARE(restart.value().recovered, 3);
        QVERIFY(restart.value().complete);
        QCOMPARE(store.take(4611686018427387904LL).value().uuid, made[2].uuid);
    }

    // A table page overwritten: the takes on other pages come back, the result says that some
    // could not be read, and the takes that page held come back from their folders' records
    // with the numbers they had.
    void startAgainSkipsAnUnreadablePage() {
        const QString path = freshPath(QStringLiteral("recover-some"));
        const QList<TakeRecord> made = take_test::fillStore(path, 30, 600);  // about six rows a page
        QCOMPARE(made.size(), 30);
        const int leaf = mars5::test::firstLeafOf(path, QStringLiteral("takes"));
        QVERIFY(leaf > 0);
        QVERIFY(mars5::test::overwritePage(path, leaf));

        TakeStore store;
        QVERIFY(!store.open(path).ok());
        auto restart = store.startAgain();
        QVERIFY(restart.ok());
        QVERIFY(!restart.value().complete);
        QVERIFY2(restart.value().recovered > 15 && restart.value().recovered < 30, qPrintable(QString::number(restart.value().recovered)));
        // The newest takes (the last pages) are among those that came back.
        QCOMPARE(store.take(made.last().id).value().uuid, made.last().uuid);
        // The records: the deleted take was on the lost first page; it comes back deleted and
        // is not counted.
        QCOMPARE(restart.value().recovered + restart.value().restoredFromFolders, 29);
        QVERIFY(restart.value().unrestored.isEmpty());
        for (const TakeRecord& t : made) {
            const auto again = store.take(t.id);
            QVERIFY(again.ok());
            QCOMPARE(again.value().uuid, t.uuid);
            QCOMPARE(again.value().text, t.text);
        }
        QCOMPARE(store.takes().value().size(), 29);
    }

    // A row whose id reads as 0 (as a damaged page gave in the ratings fuzzer's file) is not
    // copied, and the result does not claim that everything came back; the take's record
    // brings it back under the number it had.
    void aRowWithIdZeroIsNotClaimedAsRecovered() {
        const QString path = freshPath(QStringLiteral("id-zero"));
        QCOMPARE(take_test::fillStore(path, 3).size(), 3);
        QVERIFY(mars5::test::runSqlOn(path, QStringLiteral("UPDATE takes SET id = 0 WHERE id = 1")));
        QVERIFY(breakTheIndex(path));
        TakeStore store;
        QVERIFY(!store.open(path).ok());
        const auto restart = store.startAgain();
        QVERIFY(restart.ok());
        QCOMPARE(restart.value().recovered, 2);
        QVERIFY(!restart.value().complete);
        QCOMPARE(restart.value().restoredFromFolders, 1);
        QCOMPARE(store.take(1).value().text, QStringLiteral("Take 0 ").leftJustified(40, QLatin1Char('x')));
    }

    // Damage that comes after the store opened (a disk going bad under a running studio): each
    // loop over the takes meets it part-way, and says so instead of taking the rows it read for
    // the whole list; the purge then removes nothing.
    void aReadErrorPartWayIsNoEndOfTheList() {
        const QString path = freshPath(QStringLiteral("read-error"));
        const QList<TakeRecord> made = take_test::fillStore(path, 30, 600);  // about six rows a page
        QCOMPARE(made.size(), 30);
        TakeStore store;
        QVERIFY(store.open(path).ok());  // sound when it opened
        QVERIFY(mars5::test::overwritePage(path, mars5::test::firstLeafOf(path, QStringLiteral("takes"))));
        const auto listed = store.takes();
        QVERIFY2(!listed.ok(), qPrintable(QString::number(listed.ok() ? listed.value().size() : -1)));
        QVERIFY2(QString::fromStdString(listed.message()).contains(QStringLiteral("reading the takes")), listed.message().c_str());
        // The uuids come from their index, which the damage missed: every folder still has its
        // take, so none is called stray (and none is offered for restoring twice).
        const auto stray = store.strayTakes();
        QVERIFY(!stray.ok() || (stray.value().restorable.isEmpty() && stray.value().deleted.isEmpty()));
        const auto missing = store.missingRecords();
        QVERIFY(!missing.ok() || missing.value().isEmpty());
        QVERIFY(!store.purgeDeleted().ok());
        for (const TakeRecord& t : made)
            QVERIFY(QFileInfo::exists(QDir(store.folder()).filePath(QStringLiteral("takes/") + t.uuid)));
    }

    // A row edited outside the studio, deleted, with a uuid and a reference hash that climb
    // out of the store's folders: the purge removes the row and nothing else.
    void purgeRemovesOnlyTheStoresOwnFolders() {
        const QString path = freshPath(QStringLiteral("purge"));
        QCOMPARE(take_test::fillStore(path, 1).size(), 1);
        const QString sentinel = QFileInfo(path).dir().filePath(QStringLiteral("keep-me.wav"));
        QVERIFY(writeBytes(sentinel, "RIFF"));
        QVERIFY(mars5::test::runSqlOn(path, QStringLiteral("UPDATE takes SET deleted = 1, uuid = '..', "
                                                           "reference_audio_sha256 = '../keep-me'")));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        const auto purged = store.purgeDeleted();
        QVERIFY(purged.ok());
        QCOMPARE(purged.value(), 1);
        QVERIFY(QFileInfo::exists(sentinel));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(store.takes().ok());
    }

    // A table rebuilt without its UNIQUE uuid, holding a deleted copy of a take that is still in
    // the history: the purge removes the copy's row and leaves the folder the other row names.
    void purgeKeepsAFolderARemainingRowNames() {
        const QString path = freshPath(QStringLiteral("purge-shared"));
        const QList<TakeRecord> made = take_test::fillStore(path, 1);
        QCOMPARE(made.size(), 1);
        QVERIFY(mars5::test::runSqlOn(path, {QStringLiteral("CREATE TABLE copy AS SELECT * FROM takes"), QStringLiteral("DROP TABLE takes"),
                                             QStringLiteral("ALTER TABLE copy RENAME TO takes"),
                                             QStringLiteral("INSERT INTO takes SELECT * FROM takes"),
                                             QStringLiteral("UPDATE takes SET id = 2, deleted = 1 WHERE rowid = (SELECT max(rowid) FROM takes)")}));
        TakeStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.purgeDeleted().value(), 1);
        QVERIFY(QFileInfo::exists(store.audioPath(made[0])));
        QCOMPARE(store.takes().value().size(), 1);
    }

    // The window: a damaged history shows its dock with the reason and the button, and the
    // button brings the takes back and keeps the store open for the next synthesis.
    void theWindowSaysSoAndStartsAgain() {
        const QString path = TakeStore::defaultPath();
        QCOMPARE(take_test::fillDefaultStore(2).size(), 2);
        QVERIFY(breakTheIndex(path));

        take_test::WindowWithTakes studio;
        QVERIFY(studio.dockShown());
        HistoryPanel* panel = studio.panel;
        QVERIFY2(panel->statusText().contains(QStringLiteral("Takes are not kept this session")), qPrintable(panel->statusText()));
        QVERIFY(!panel->startAgainButton()->isHidden());

        panel->startAgainButton()->click();
        QVERIFY(panel->startAgainButton()->isHidden());
        QCOMPARE(panel->model()->rowCount(), 1);  // two takes, the second deleted
        QVERIFY2(panel->statusText().contains(QStringLiteral("takes.damaged-")), qPrintable(panel->statusText()));
        QVERIFY(panel->statusText().contains(QStringLiteral("1 take")));
    }
};

QTEST_MAIN(TestTakeStoreDamage)
#include "test_take_store_damage.moc"
