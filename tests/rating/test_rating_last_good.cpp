// The ratings database's last good copy: written when an existing database opens sound,
// in the background while judging, and when a store that changed it closes, never for a
// refused one; "start again" takes the judgements a damaged page hid from it, only the lost
// ones (a session deleted since the copy stays deleted), and cannot give back what was judged
// after it (a studio killed before its store closed). The rating window says where the rows
// came from.
#include "rating/ab_player.h"
#include "rating/rating_store.h"
#include "rating/rating_window.h"
#include "util/sqlite_last_good.h"

#include "mars5/rating_csv.h"

#include "rating_fixtures.h"
#include "raw_sqlite.h"

#include <QFile>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace mars5::ui::rating;
using mars5::ui::lastGoodCopyPath;

namespace {

// A session with `items` trials, the first `judged` of them judged; its id.
qint64 addJudgedSession(RatingStore& store, int items, int judged, quint64 seed) {
    auto id = store.createSession(rating_test::demoSession(items, seed));
    if (!id.ok()) return 0;
    const auto trials = store.trials(id.value()).value();
    for (int i = 0; i < judged && i < trials.size(); ++i)
        if (!store.recordJudgement(trials[i].id, rating_test::judgementFor(i)).ok()) return 0;
    return id.value();
}

// Every judgement as the CSV export writes it, every column (a comment may span lines).
QStringList judgementLines(const RatingStore& store) {
    return QString::fromStdString(mars5::rating::formatCsv(store.judgementRows().value())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// How many judgements the last good copy beside `db` holds (-1: it does not open).
int judgementsInCopyOf(const QString& db) {
    RatingStore copy;
    if (!copy.openForReading(lastGoodCopyPath(db)).ok()) return -1;
    const auto rows = copy.judgementRows();
    return rows.ok() ? static_cast<int>(rows.value().size()) : -1;
}

// A database with a session of `items` trials, `judged` of them judged, closed and opened
// once more; its last good copy holds them. The session's id (0 on failure).
qint64 databaseWithCopy(const QString& db, int items, int judged, quint64 seed) {
    qint64 id = 0;
    {
        RatingStore store;
        if (!store.open(db).ok()) return 0;
        id = addJudgedSession(store, items, judged, seed);
    }
    RatingStore store;
    return store.open(db).ok() ? id : 0;
}

// The database as a studio killed now would leave it: its file and -wal, and the last good
// copy beside them, copied into `folder` while `store` still has them open (closing it would
// write the copy again). The copied database's path.
QString killedNow(const QString& db, const QString& folder) {
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString copy = QDir(folder).filePath(QFileInfo(db).fileName());
    for (const QString& file : {db, db + QStringLiteral("-wal"), lastGoodCopyPath(db)}) {
        const QString to = file == lastGoodCopyPath(db) ? lastGoodCopyPath(copy) : copy + file.mid(db.size());
        if (QFileInfo::exists(file) && !QFile::copy(file, to)) return {};
    }
    return copy;
}

// The killed database's first page of judgements overwritten, as a disk going bad does; then
// "Start a new ratings database" on it, as the window offers (its open must refuse it first).
mars5::Result<RatingStore::Restart> damageAndStartAgain(const QString& killed, RatingStore& store) {
    const int leaf = mars5::test::firstLeafOf(killed, QStringLiteral("judgements"));
    if (leaf <= 0 || !mars5::test::overwritePage(killed, leaf)) return mars5::Error{mars5::ErrorKind::Io, "the page was not overwritten"};
    if (store.open(killed).ok() || !store.canStartAgain())
        return mars5::Error{mars5::ErrorKind::Internal, "the damaged file was not refused as damaged"};
    return store.startAgain();
}

}  // namespace

class TestRatingLastGood : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshDatabase(const QString& name) {
        QDir folder(m_dir.filePath(name));
        folder.removeRecursively();
        folder.mkpath(QStringLiteral("."));
        return folder.filePath(QStringLiteral("ratings.sqlite"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A new database is copied when its store closes, having judged; an existing one when it
    // opens; a store that changed nothing writes no copy at close; a refused file none at all.
    void theCopyIsWrittenAtOpenAndAtClose() {
        const QString db = freshDatabase(QStringLiteral("copied"));
        {
            RatingStore store;
            QVERIFY(store.open(db).ok());
            QVERIFY(!QFileInfo::exists(lastGoodCopyPath(db)));  // a new file: nothing to keep yet
            QVERIFY(addJudgedSession(store, 6, 4, 3) > 0);
        }
        QCOMPARE(QFileInfo(lastGoodCopyPath(db)).fileName(), QStringLiteral("ratings.last-good.sqlite"));
        {
            QCOMPARE(judgementsInCopyOf(db), 4);
        }
        QVERIFY(QFile::remove(lastGoodCopyPath(db)));
        {
            RatingStore store;
            QVERIFY(store.open(db).ok());
            QVERIFY(QFileInfo::exists(lastGoodCopyPath(db)));  // at open
            QVERIFY(QFile::remove(lastGoodCopyPath(db)));
        }
        QVERIFY(!QFileInfo::exists(lastGoodCopyPath(db)));  // nothing changed: none at close
        QVERIFY(!QFileInfo::exists(lastGoodCopyPath(db) + QStringLiteral(".part")));

        const QString foreign = freshDatabase(QStringLiteral("foreign"));
        QVERIFY(mars5::test::runSqlOn(foreign, QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        RatingStore refused;
        QVERIFY(!refused.open(foreign).ok());
        QVERIFY(!QFileInfo::exists(lastGoodCopyPath(foreign)));
    }

    // A studio killed mid-session, then the first page of judgements overwritten: every
    // judgement comes back, the lost ones from the copy made when the session opened, and a
    // session deleted after the copy stays deleted.
    void theCopyGivesBackWhatTheDamageHid() {
        const QString db = freshDatabase(QStringLiteral("hidden"));
        qint64 doomed = 0;
        {
            RatingStore store;
            QVERIFY(store.open(db).ok());
            QVERIFY(addJudgedSession(store, 160, 150, 5) > 0);
            doomed = addJudgedSession(store, 4, 2, 6);
            QVERIFY(doomed > 0);
        }
        QStringList before;
        QString killed;
        {
            RatingStore store;
            QVERIFY(store.open(db).ok());  // the copy: 152 judgements, both sessions
            QVERIFY(addJudgedSession(store, 12, 10, 7) > 0);
            QVERIFY(store.deleteSession(doomed).ok());
            before = judgementLines(store);
            QCOMPARE(store.judgementRows().value().size(), std::size_t(160));
            killed = killedNow(db, m_dir.filePath(QStringLiteral("hidden-killed")));
        }
        QVERIFY(!killed.isEmpty());
        RatingStore store;
        const auto restart = damageAndStartAgain(killed, store);
        QVERIFY2(restart.ok(), restart.ok() ? "" : restart.message().c_str());
        QVERIFY(restart.value().complete);
        QCOMPARE(restart.value().judgements, 160);
        QVERIFY2(restart.value().judgementsFromCopy > 10 && restart.value().judgementsFromCopy < 150,
                 qPrintable(QString::number(restart.value().judgementsFromCopy)));
        QCOMPARE(restart.value().sessionsFromCopy, 0);
        QVERIFY(restart.value().copyTime.isValid());
        QCOMPARE(judgementLines(store), before);
        QCOMPARE(store.sessions().value().size(), 2);  // the deleted one is not back
        // The copy is still the one made before the damage: starting again wrote no new one.
        QCOMPARE(judgementsInCopyOf(killed), 152);
    }

    // While judging, the copy follows every kCopyEveryJudgements judgements, written in the
    // background: a studio killed mid-session, its judgements' page then overwritten, gets
    // every judgement back.
    void theCopyFollowsTheJudging() {
        const QString db = freshDatabase(QStringLiteral("follows"));
        const qint64 id = databaseWithCopy(db, 160, 0, 11);  // the copy: the session, no judgements
        QVERIFY(id > 0);
        QString killed;
        QStringList before;
        {
            RatingStore store;
            QVERIFY(store.open(db).ok());
            const auto trials = store.trials(id).value();
            for (int i = 0; i < 150; ++i) {
                QVERIFY(store.recordJudgement(trials[i].id, rating_test::judgementFor(i)).ok());
                if ((i + 1) % RatingStore::kCopyEveryJudgements != 0) continue;
                store.waitForCopy();
                QCOMPARE(judgementsInCopyOf(db), i + 1);
            }
            before = judgementLines(store);
            killed = killedNow(db, m_dir.filePath(QStringLiteral("follows-killed")));
        }
        QVERIFY(!killed.isEmpty());
        QVERIFY(!QFileInfo::exists(lastGoodCopyPath(db) + QStringLiteral(".part")));
        RatingStore store;
        const auto restart = damageAndStartAgain(killed, store);
        QVERIFY2(restart.ok(), restart.ok() ? "" : restart.message().c_str());
        QVERIFY(restart.value().complete);
        QCOMPARE(restart.value().judgements, 150);
        QVERIFY(restart.value().judgementsFromCopy > 0);
        QCOMPARE(judgementLines(store), before);
    }

    // Judging faster than the copies: a copy still running is not started again, each judgement
    // is saved at once all the same, and the copy at close has them all.
    void judgingOutrunsTheCopies() {
        const QString db = freshDatabase(QStringLiteral("outrun"));
        const qint64 id = databaseWithCopy(db, 200, 0, 13);
        QVERIFY(id > 0);
        {
            RatingStore store;
            QVERIFY(store.open(db).ok());
            const auto trials = store.trials(id).value();
            for (int i = 0; i < 200; ++i) QVERIFY(store.recordJudgement(trials[i].id, rating_test::judgementFor(i)).ok());
            QCOMPARE(store.judgementRows().value().size(), std::size_t(200));
        }  // closing waits for a copy in flight, then writes its own
        QVERIFY(!QFileInfo::exists(lastGoodCopyPath(db) + QStringLiteral(".part")));
        QCOMPARE(judgementsInCopyOf(db), 200);
    }

    // Judgements made after the last copy (fewer than kCopyEveryJudgements, the studio killed
    // before its store closed) and lost to the damage cannot come back: the result says it is
    // incomplete.
    void whatCameAfterTheCopyIsLost() {
        const QString db = freshDatabase(QStringLiteral("after"));
        const qint64 id = databaseWithCopy(db, 160, 0, 9);  // the copy: the session, no judgements
        QVERIFY(id > 0);
        QString killed;
        const int judged = RatingStore::kCopyEveryJudgements - 1;
        {
            RatingStore store;
            QVERIFY(store.open(db).ok());
            const auto trials = store.trials(id).value();
            for (int i = 0; i < judged; ++i) QVERIFY(store.recordJudgement(trials[i].id, rating_test::judgementFor(i)).ok());
            killed = killedNow(db, m_dir.filePath(QStringLiteral("after-killed")));
        }
        QVERIFY(!killed.isEmpty());
        RatingStore store;
        const auto restart = damageAndStartAgain(killed, store);
        QVERIFY2(restart.ok(), restart.ok() ? "" : restart.message().c_str());
        QVERIFY(!restart.value().complete);
        QCOMPARE(restart.value().judgementsFromCopy, 0);
        QVERIFY(!restart.value().copyTime.isValid());  // nothing came from it
        QVERIFY(restart.value().judgements < judged);
    }

    // The window says that rows came from the copy, and when it was made.
    void theWindowSaysWhereTheRowsCameFrom() {
        const QString db = freshDatabase(QStringLiteral("window"));
        QVERIFY(databaseWithCopy(db, 160, 150, 11) > 0);
        QVERIFY(mars5::test::overwritePage(db, mars5::test::firstLeafOf(db, QStringLiteral("judgements"))));
        RatingWindow window(db, AbPlayer::Output::Silent);
        QVERIFY(!window.startAgainButton()->isHidden());
        window.startAgainButton()->click();
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("came back from the copy kept on")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("150 judgement")), qPrintable(message));
    }
};

QTEST_MAIN(TestRatingLastGood)
#include "test_rating_last_good.moc"
