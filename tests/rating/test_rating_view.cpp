// The judging view driven by the keyboard alone (offscreen platform, silent output clock):
// must-listen gating, A/B/toggle, loop keys, choice with strength, comment, Enter to save,
// skipping a trial whose audio is missing, the session's end, and the statistics view.
// With MARS5_SCREENSHOT_DIR set it also writes rating.png and rating-stats.png there.
#include "rating/ab_player.h"
#include "rating/rating_stats_view.h"
#include "rating/rating_store.h"
#include "rating/rating_view.h"
#include "rating/rating_window.h"
#include "rating/session_list_model.h"
#include "rating/session_sources.h"
#include "util/app_translations.h"
#include "util/display_path.h"
#include "util/sqlite_last_good.h"
#include "widgets/waveform_view.h"

#include "mars5/audio.h"
#include "mars5/rating_plan.h"

#include "missing_glyphs.h"
#include "raw_sqlite.h"
#include "squeezed_widgets.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace mars5::ui::rating;
using mars5::rating::Choice;

namespace {

void writeSpeechLike(const QString& path, double seconds, double amplitude, double pitch, unsigned seed) {
    mars5::AudioBuffer b;
    b.sampleRate = 24000;
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 0.015f);
    const auto n = static_cast<std::size_t>(seconds * b.sampleRate);
    b.samples.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / b.sampleRate;
        const double syllables = std::max(0.0, std::sin(2 * M_PI * 3.1 * t) * std::sin(2 * M_PI * 0.45 * t + 0.3));
        const double f = pitch * (1.0 + 0.08 * std::sin(2 * M_PI * 0.7 * t));
        const double voice = std::sin(2 * M_PI * f * t) + 0.45 * std::sin(4 * M_PI * f * t) + 0.2 * std::sin(6 * M_PI * f * t);
        b.samples[i] = static_cast<float>(amplitude * (syllables * voice / 1.65 + noise(rng) * syllables));
    }
    QVERIFY(mars5::writeAudioFile(path.toStdString(), b).ok());
}

QWidget* focused() { return QApplication::focusWidget(); }

void key(Qt::Key k) {
    QWidget* target = focused();
    QVERIFY(target);
    QTest::keyClick(target, k);
}

}  // namespace

class TestRatingView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_gt, m_takes;

    qint64 createSession(RatingStore& store, bool strength, bool missingFile = false) {
        auto scan = pairFolders({FolderSource{QStringLiteral("ground truth"), m_gt}, FolderSource{QStringLiteral("take"), m_takes}});
        if (!scan.ok()) qFatal("%s", scan.message().c_str());
        NewSession s;
        s.name = strength ? QStringLiteral("Clone vs recording") : QStringLiteral("Forced choice");
        s.rater = QStringLiteral("Ana");
        s.sourceKind = QStringLiteral("takes");
        s.sourceDescription = QStringLiteral("test folders");
        s.seed = 2024;
        s.allowTie = true;
        s.useStrength = strength;
        mars5::rating::PlanOptions options;
        options.seed = s.seed;
        s.trials = mars5::rating::planTrials(scan.value().items, options);
        if (missingFile) s.trials[0].b.file = m_dir.filePath(QStringLiteral("gone/nowhere.wav")).toStdString();
        auto id = store.createSession(s);
        if (!id.ok()) qFatal("%s", id.message().c_str());
        return id.value();
    }

    // A finished tournament between four systems, judged by two raters, for the statistics.
    // `csv` written to `path`, imported, and the statistics of all sessions shown at 1280 x 720.
    static bool importAndShowStatistics(RatingWindow& window, const QString& path, const QByteArray& csv) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) return false;
        file.close();
        if (!window.store()->importFile(path).ok()) return false;
        window.resize(1280, 720);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) return false;
        window.showStatistics(0);
        return true;
    }

    // A ratings file holding the finished tournament (2 sessions), its trials' index then broken:
    // a file of ours that the stores refuse as damaged.
    static bool writeDamagedTournament(const QString& db) {
        {
            RatingWindow window(db, AbPlayer::Output::Silent);
            addFinishedTournament(*window.store());
        }
        return mars5::test::breakIndex(db, QStringLiteral("trials_by_session"),
                                       QStringLiteral("CREATE INDEX trials_by_session ON trials(item, position)"));
    }

    static void addFinishedTournament(RatingStore& store) {
        const std::vector<std::pair<std::string, double>> systems{
            {"ground truth", 1.0}, {"deep clone", 0.55}, {"shallow clone", -0.25}, {"shallow, top-p 0.6", -0.7}};
        std::mt19937_64 rng(7);
        for (const QString& rater : {QStringLiteral("Ana"), QStringLiteral("Ben")}) {
            std::vector<mars5::rating::ItemRenderings> items;
            for (int i = 0; i < 30; ++i) {
                mars5::rating::ItemRenderings item;
                item.item = QStringLiteral("LJ002-%1").arg(i, 4, 10, QLatin1Char('0')).toStdString();
                for (const auto& [name, strength] : systems) item.stimuli.push_back({name, name + "/" + item.item + ".wav"});
                items.push_back(item);
            }
            NewSession s;
            s.name = QStringLiteral("Clone tournament");
            s.rater = rater;
            s.sourceKind = QStringLiteral("tournament");
            s.seed = rater == QStringLiteral("Ana") ? 11 : 12;
            mars5::rating::PlanOptions options;
            options.seed = s.seed;
            options.pairsPerItem = 3;
            s.trials = mars5::rating::planTrials(items, options);
            const qint64 id = store.createSession(s).value();
            std::uniform_real_distribution<double> u(0.0, 1.0);
            const QList<TrialRecord> trials = store.trials(id).value();
            for (const TrialRecord& t : trials) {
                auto strength = [&](const QString& name) {
                    for (const auto& [n, v] : systems)
                        if (QString::fromStdString(n) == name) return v;
                    return 0.0;
                };
                const double pA = 1.0 / (1.0 + std::exp(strength(t.systemB) - strength(t.systemA)));
                const double r = u(rng);
                JudgementRecord j;
                j.choice = r < 0.12 ? Choice::Tie : (u(rng) < pA ? Choice::A : Choice::B);
                j.timeMs = 4000 + static_cast<qint64>(6000 * u(rng));
                j.replaysA = 1 + static_cast<int>(3 * u(rng));
                j.replaysB = 1 + static_cast<int>(3 * u(rng));
                j.presentedAt = QDateTime::currentDateTimeUtc();
                j.answeredAt = j.presentedAt.addMSecs(j.timeMs);
                if (!store.recordJudgement(t.id, j).ok()) qFatal("could not record a judgement");
            }
        }
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("rating/database"));  // a run stopped part-way may have left one
        QVERIFY(m_dir.isValid());
        m_gt = m_dir.filePath(QStringLiteral("recordings"));
        m_takes = m_dir.filePath(QStringLiteral("takes"));
        QDir().mkpath(m_gt);
        QDir().mkpath(m_takes);
        for (int i = 1; i <= 4; ++i) {
            const QString name = QStringLiteral("LJ001-%1.wav").arg(i, 4, 10, QLatin1Char('0'));
            writeSpeechLike(QDir(m_gt).filePath(name), 2.6 + 0.2 * i, 0.5, 118 + 6 * i, i);
            writeSpeechLike(QDir(m_takes).filePath(name), 2.5 + 0.2 * i, 0.15, 121 + 6 * i, 100 + i);  // ~10 dB quieter
        }
    }

    void keyboardOnlySession() {
        const QString db = m_dir.filePath(QStringLiteral("view.sqlite"));
        RatingWindow window(db, AbPlayer::Output::Silent);
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        const qint64 id = createSession(*window.store(), true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession(id);
        RatingView* view = window.ratingView();
        QTRY_COMPARE(focused(), static_cast<QWidget*>(view));
        QVERIFY(view->currentTrial().has_value());
        QCOMPARE(view->currentTrial()->position, 0);
        // Nothing on screen names a system.
        for (QLabel* label : view->findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("ground truth")), qPrintable(label->text()));
            QVERIFY2(!label->text().contains(QStringLiteral("take"), Qt::CaseInsensitive) ||
                         label->text().contains(QStringLiteral("Keys")), qPrintable(label->text()));
        }
        // The window fits a 1280x720 screen: its layout needs no more, and it opens no larger
        // than the screen it is on.
        QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 720,
                 qPrintable(QStringLiteral("%1x%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        const QSize screen = window.screen()->availableGeometry().size();
        QVERIFY(window.width() <= std::max(screen.width(), window.minimumSizeHint().width()));
        QVERIFY(window.height() <= std::max(screen.height(), window.minimumSizeHint().height()));
        // ▶, ❚❚, ✓ and the rest draw with the installed fonts (no empty boxes).
        const QStringList missing = mars5::test::textsWithoutGlyphs(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));

        // Gating: no answer before both sides were heard.
        key(Qt::Key_1);
        QVERIFY(!view->pendingChoice());
        QVERIFY2(view->messageText().contains(QStringLiteral("Listen to both")), qPrintable(view->messageText()));
        key(Qt::Key_A);
        QVERIFY(view->player()->isPlaying());
        QTest::qWait(150);
        key(Qt::Key_2);
        QVERIFY(!view->pendingChoice());
        QVERIFY(!view->canAnswer());
        key(Qt::Key_B);  // switches at the same position
        QCOMPARE(view->player()->side(), AbPlayer::kSideB);
        QVERIFY(view->canAnswer());
        // Loop: [ here, ] a little later.
        key(Qt::Key_BracketLeft);
        QTest::qWait(300);
        key(Qt::Key_BracketRight);
        QVERIFY(view->player()->hasLoop());
        key(Qt::Key_L);
        QVERIFY(!view->player()->hasLoop());
        // Enter without a choice saves nothing.
        const qint64 firstTrial = view->currentTrial()->id;
        key(Qt::Key_Return);
        QCOMPARE(view->currentTrial()->id, firstTrial);
        // 2 twice: B better, strength +2; then a comment, and Enter from the comment saves.
        key(Qt::Key_2);
        key(Qt::Key_2);
        QCOMPARE(*view->pendingChoice(), Choice::B);
        QCOMPARE(view->pendingStrength(), 2);
        key(Qt::Key_C);
        QVERIFY(qobject_cast<QLineEdit*>(focused()));
        QTest::keyClicks(focused(), QStringLiteral("B breathes more naturally"));
        key(Qt::Key_Return);
        QTRY_VERIFY(view->currentTrial().has_value() && view->currentTrial()->id != firstTrial);
        QCOMPARE(focused(), static_cast<QWidget*>(view));

        auto saved = window.store()->judgement(firstTrial);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().choice, Choice::B);
        QCOMPARE(*saved.value().strength, 2);
        QCOMPARE(saved.value().replaysA, 1);
        QCOMPARE(saved.value().replaysB, 1);
        QCOMPARE(saved.value().comment, QStringLiteral("B breathes more naturally"));
        QVERIFY(saved.value().timeMs >= 400);

        // Trial 2: A, toggle with T (to B), Space pauses, no preference with 0.
        key(Qt::Key_A);
        QTest::qWait(50);
        key(Qt::Key_T);
        QCOMPARE(view->player()->side(), AbPlayer::kSideB);
        key(Qt::Key_Space);
        QVERIFY(!view->player()->isPlaying());
        key(Qt::Key_0);
        QCOMPARE(*view->pendingChoice(), Choice::Tie);
        QCOMPARE(view->pendingStrength(), 0);
        const qint64 second = view->currentTrial()->id;
        key(Qt::Key_Enter);
        QCOMPARE(window.store()->judgement(second).value().choice, Choice::Tie);

        // Trials 3 and 4 with the arrow keys: Left = A better (strength -1).
        for (int i = 0; i < 2; ++i) {
            key(Qt::Key_B);
            QTest::qWait(30);
            key(Qt::Key_A);
            key(Qt::Key_Left);
            key(Qt::Key_Return);
        }
        QVERIFY(view->isComplete());
        QVERIFY2(view->messageText().contains(QStringLiteral("Session complete")), qPrintable(view->messageText()));
        QCOMPARE(window.store()->session(id).value().judgedCount, 4);

        // The statistics tab shows the two systems and warns that four trials are too few.
        window.showStatistics(id);
        RatingStatsView* stats = window.statsView();
        QTRY_VERIFY(!stats->isComputing());
        QCOMPARE(stats->systemTable()->rowCount(), 2);
        QCOMPARE(stats->pairTable()->rowCount(), 1);
        QCOMPARE(stats->stats().ties, 1L);
        QVERIFY2(stats->warningText().contains(QStringLiteral("Too few trials")), qPrintable(stats->warningText()));
        QCOMPARE(stats->rankingPlot()->plottableCount(), 2);  // bars + interval whiskers
    }

    void missingAudioIsSaidAndSkippable() {
        const QString db = m_dir.filePath(QStringLiteral("missing.sqlite"));
        RatingWindow window(db, AbPlayer::Output::Silent);
        const qint64 id = createSession(*window.store(), false, true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession(id);
        RatingView* view = window.ratingView();
        QTRY_COMPARE(focused(), static_cast<QWidget*>(view));
        QVERIFY2(view->messageText().contains(QStringLiteral("Side B cannot be played")), qPrintable(view->messageText()));
        QVERIFY2(view->messageText().contains(QStringLiteral("nowhere.wav")), qPrintable(view->messageText()));
        key(Qt::Key_A);
        key(Qt::Key_1);
        QVERIFY(!view->pendingChoice());
        const qint64 broken = view->currentTrial()->id;
        key(Qt::Key_S);
        QVERIFY(view->currentTrial()->id != broken);
        QVERIFY(view->messageText().contains(QStringLiteral("Listen to both")));
        QCOMPARE(window.store()->session(id).value().judgedCount, 0);
    }

    // With no session selected, the buttons that act on the selected one are off, and the
    // empty judging view says where sessions come from.
    void selectionButtonsFollowTheSelection() {
        const QString db = m_dir.filePath(QStringLiteral("selection.sqlite"));
        RatingWindow window(db, AbPlayer::Output::Silent);
        QPushButton* judge = nullptr;
        QPushButton* remove = nullptr;
        for (QPushButton* b : window.findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Judge selected")) judge = b;
            if (b->text() == QStringLiteral("Delete selected…")) remove = b;
        }
        QVERIFY(judge && remove);
        QVERIFY(!judge->isEnabled() && !remove->isEnabled());
        auto* waveform = window.ratingView()->findChild<mars5::ui::WaveformView*>();
        QVERIFY(waveform);
        QVERIFY2(waveform->emptyHint().startsWith(QStringLiteral("Create a session")), qPrintable(waveform->emptyHint()));
        createSession(*window.store(), false);
        window.reloadSessions();
        QVERIFY(!judge->isEnabled());
        QTableView* list = nullptr;
        for (QTableView* t : window.findChildren<QTableView*>())
            if (qobject_cast<mars5::ui::rating::SessionListModel*>(t->model())) list = t;
        QVERIFY(list);
        list->selectRow(0);
        QVERIFY(judge->isEnabled() && remove->isEnabled());
    }

    // The status line names where the ratings are kept, the home folder as "~".
    void statusLineNamesTheDatabase() {
        const QByteArray home = qgetenv("HOME");
        qputenv("HOME", m_dir.path().toLocal8Bit());
        const QString db = m_dir.filePath(QStringLiteral("data/status.sqlite"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("data")));
        {
            RatingWindow window(db, AbPlayer::Output::Silent);
            QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ratings are saved as you go in ~/data/status.sqlite"));
        }
        // Only a whole folder name is the home folder.
        QCOMPARE(mars5::ui::displayPath(m_dir.path() + QStringLiteral("2/x.sqlite")), m_dir.path() + QStringLiteral("2/x.sqlite"));
        QCOMPARE(mars5::ui::displayPath(m_dir.path()), m_dir.path());
        qputenv("HOME", home);
    }

    // A damaged ratings database: the window says why it cannot be used and offers a new one;
    // the button brings back what reads, says so, and judging goes on in the new file.
    void aDamagedDatabaseCanBeStartedAgain() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ratings.sqlite"));
        QVERIFY(writeDamagedTournament(db));
        RatingWindow window(db, AbPlayer::Output::Silent);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.errorText().contains(QStringLiteral("damaged")), qPrintable(window.errorText()));
        QVERIFY(!window.startAgainButton()->isHidden());
        window.startAgainButton()->click();
        QVERIFY(window.startAgainButton()->isHidden());
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("2 session")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("ratings.damaged-")));
        QCOMPARE(window.store()->sessions().value().size(), 2);
        int listed = -1;
        for (QTableView* t : window.findChildren<QTableView*>())
            if (qobject_cast<mars5::ui::rating::SessionListModel*>(t->model())) listed = t->model()->rowCount();
        QCOMPARE(listed, 2);
    }

    // Change…: the ratings go on in another file, new or existing, which the window opens again
    // next time; a file that cannot be used leaves the window with the one it had, saying why,
    // and untouched; a file used last that has gone is not made anew (it would look like lost
    // ratings): the default one is opened, and the window says so.
    void theRatingsCanMoveToAnotherFile() {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = dir.filePath(QStringLiteral("project/second.sqlite"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("project"))));
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(4096, 'x')) == 4096);
        }
        {
            RatingWindow window(first, AbPlayer::Output::Silent);
            window.show();  // errorText() is what a visible window shows
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            addFinishedTournament(*window.store());
            window.reloadSessions();
            QCOMPARE(window.databaseLabelText(), QStringLiteral("File: first.sqlite"));
            QVERIFY(window.useDatabase(second));
            QCOMPARE(window.store()->path(), second);
            QCOMPARE(window.store()->sessions().value().size(), 0);
            QCOMPARE(window.databaseLabelText(), QStringLiteral("File: second.sqlite"));

            QVERIFY(!window.useDatabase(junk));
            QCOMPARE(window.store()->path(), second);
            QVERIFY(window.store()->isOpen());
            QVERIFY2(window.errorText().startsWith(QStringLiteral("The ratings stay in")), qPrintable(window.errorText()));
            QVERIFY(window.startAgainButton()->isHidden());  // the junk is no ratings file of ours to set aside
            QFile f(junk);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray(4096, 'x'));

            QVERIFY(window.useDatabase(first));
            QVERIFY(window.errorText().isEmpty());
            QCOMPARE(window.store()->sessions().value().size(), 2);
        }
        {
            RatingWindow window({}, AbPlayer::Output::Silent);  // the file used last
            QCOMPARE(window.store()->path(), QFileInfo(first).absoluteFilePath());
            QCOMPARE(window.store()->sessions().value().size(), 2);
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(first + suffix);
        QFile::remove(mars5::ui::lastGoodCopyPath(first));
        {
            RatingWindow window({}, AbPlayer::Output::Silent);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!QFileInfo::exists(first));
            QCOMPARE(window.store()->path(), RatingStore::defaultPath());
            QVERIFY2(window.errorText().contains(QStringLiteral("is not there")), qPrintable(window.errorText()));
        }
        QSettings().remove(QStringLiteral("rating/database"));
    }

    // A window whose file could not be used (another program's) moves to a ratings file that is
    // damaged: that file is refused too, and Start a new ratings database acts on it, not on
    // the file before.
    void changingFromAnUnusableFileToADamagedOne() {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("contacts.sqlite"));
        QVERIFY(mars5::test::runSqlOn(foreign, QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        const QString damaged = dir.filePath(QStringLiteral("ratings.sqlite"));
        QVERIFY(writeDamagedTournament(damaged));
        RatingWindow window(foreign, AbPlayer::Output::Silent);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.store()->isOpen());
        QVERIFY(window.startAgainButton()->isHidden());  // another program's file is never set aside
        QVERIFY(!window.useDatabase(damaged));
        QVERIFY2(window.errorText().contains(QStringLiteral("damaged")), qPrintable(window.errorText()));
        QVERIFY(!window.startAgainButton()->isHidden());
        window.startAgainButton()->click();
        QVERIFY(window.store()->isOpen());
        QCOMPARE(window.store()->path(), damaged);
        QCOMPARE(window.store()->sessions().value().size(), 2);
        QVERIFY(QFileInfo::exists(foreign));
        QCOMPARE(QSettings().value(QStringLiteral("rating/database")).toString(), QFileInfo(damaged).absoluteFilePath());  // next time too
        QSettings().remove(QStringLiteral("rating/database"));
    }

    void statisticsAreComputedOffTheGuiThread() {
        // The bootstrap takes about 0.6 s for 30,000 judgements; it runs on the thread pool, and
        // a result the user has moved on from (another session chosen meanwhile) is dropped.
        QTemporaryDir dir;
        RatingWindow window(dir.filePath(QStringLiteral("ratings.sqlite")), AbPlayer::Output::Silent);
        addFinishedTournament(*window.store());
        const QList<SessionInfo> sessions = window.store()->sessions().value();
        QCOMPARE(sessions.size(), 2);
        const SessionInfo& ben = sessions.front().rater == QStringLiteral("Ben") ? sessions.front() : sessions.back();
        RatingStatsView* view = window.statsView();
        QSignalSpy shown(view, &RatingStatsView::statsShown);

        view->showMergedRaters(QStringLiteral("Clone tournament"));
        QVERIFY(view->isComputing());  // returned before the numbers were computed
        QCOMPARE(view->stats().judgements, 0L);
        view->refresh(ben.id);  // chosen before the merged numbers arrived
        QVERIFY(shown.wait(10000));
        QVERIFY(!view->isComputing());
        QCOMPARE(view->stats().judgements, static_cast<long>(ben.judgedCount));
        QCOMPARE(view->selectedSession(), std::optional<qint64>(ben.id));
        QTest::qWait(50);
        QCOMPARE(shown.size(), 1);  // the merged result was dropped, not shown over Ben's
        QCOMPARE(view->stats().judgements, static_cast<long>(ben.judgedCount));
        QVERIFY(view->isEnabled());
    }

    void sessionListShowsEveryColumnWhole() {
        // The panel was sized from the columns' widths, the stretched "Created" among them at
        // its default 100 px: with a long session name and four-digit counts, the list then
        // scrolled sideways inside a panel sized for it.
        QTemporaryDir dir;
        QByteArray csv = "session,rater,item,left_id,right_id,choice\n";
        for (int i = 0; i < 1200; ++i) csv += QStringLiteral("Big tournament,Ana,u%1,ours,ref,A\n").arg(i).toUtf8();
        RatingWindow window(dir.filePath(QStringLiteral("ratings.sqlite")), AbPlayer::Output::Silent);
        QVERIFY(importAndShowStatistics(window, dir.filePath(QStringLiteral("Big tournament.csv")), csv));
        QTableView* list = nullptr;
        for (QTableView* t : window.findChildren<QTableView*>())
            if (qobject_cast<SessionListModel*>(t->model())) list = t;
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, SessionListModel::Progress).data().toString(), QStringLiteral("1,200 / 1,200"));
        QTest::qWait(50);
        QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
        const QAbstractItemView* view = list;
        for (int c = 0; c < list->model()->columnCount(); ++c)
            if (!list->isColumnHidden(c)) QVERIFY(list->columnWidth(c) >= view->sizeHintForColumn(c));
    }

    void manyPairsAreShownAsAMatrix() {
        // Eight systems, every pair compared: 28 two-line bar labels overlapped in the pair plot
        // at 1280 x 720. It becomes a matrix of win rates, and the tables elide long names, never
        // a number.
        const QStringList systems{QStringLiteral("ground truth"),  QStringLiteral("deep clone"),   QStringLiteral("shallow clone"),
                                  QStringLiteral("top-p 0.6"),     QStringLiteral("temperature 0.9"), QStringLiteral("temperature 0.5"),
                                  QStringLiteral("NAR 100 steps"), QStringLiteral("NAR 50 steps")};
        QTemporaryDir dir;
        QByteArray csv = "session,rater,item,left_id,right_id,choice\n";
        int item = 0;
        for (int a = 0; a < systems.size(); ++a)
            for (int b = a + 1; b < systems.size(); ++b)
                for (int k = 0; k < 20; ++k)  // the better-ranked system wins 15 of 20
                    csv += QStringLiteral("Preset tournament,Ana,u%1,%2,%3,%4\n")
                               .arg(item++).arg(systems[a], systems[b], k < 15 ? QStringLiteral("A") : QStringLiteral("B"))
                               .toUtf8();
        RatingWindow window(dir.filePath(QStringLiteral("ratings.sqlite")), AbPlayer::Output::Silent);
        QVERIFY(importAndShowStatistics(window, dir.filePath(QStringLiteral("presets.csv")), csv));
        RatingStatsView* view = window.statsView();
        QTRY_VERIFY(!view->isComputing());
        QCOMPARE(view->stats().pairs.size(), std::size_t(28));
        QVERIFY(view->pairsShownAsMatrix());
        QCOMPARE(view->pairPlot()->plottableCount(), 1);  // the colour map
        QCOMPARE(view->pairPlot()->itemCount(), 56);      // a number in every cell off the diagonal
        bool found = false;
        for (int i = 0; i < view->pairPlot()->itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(view->pairPlot()->item(i)); text && text->text() == QStringLiteral("75"))
                found = text->font().bold();  // 15 of 20 is significant (p = 0.041)
        QVERIFY(found);
        for (const QTableWidget* table : {view->systemTable(), view->pairTable()}) {
            const QAbstractItemView* cells = table;
            for (int c = 0; c < table->columnCount(); ++c) {
                const bool name = (table == view->systemTable() && c == 1) || (table == view->pairTable() && c < 2);
                if (!name) QVERIFY2(table->columnWidth(c) >= cells->sizeHintForColumn(c), qPrintable(table->horizontalHeaderItem(c)->text()));
            }
            QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        }
        // A tournament of four (six pairs) keeps its bars with intervals.
        QTemporaryDir small;
        RatingWindow four(small.filePath(QStringLiteral("ratings.sqlite")), AbPlayer::Output::Silent);
        addFinishedTournament(*four.store());
        four.resize(1280, 720);
        four.show();
        QVERIFY(QTest::qWaitForWindowExposed(&four));
        four.showStatistics(0);
        QTRY_VERIFY(!four.statsView()->isComputing());
        QVERIFY(!four.statsView()->pairsShownAsMatrix());
        QCOMPARE(four.statsView()->pairPlot()->plottableCount(), 2);  // bars + interval whiskers
    }

    void statisticsFitA1280PixelWindowInGerman() {
        // German headers are longer; the ranking table's win rates were cut to "74,4% (64,0 –…"
        // at 1280 x 720 while the pair table beside it had room to give.
        QObject translations;
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        mars5::ui::installAppTranslations(&translations, german, QStringLiteral(MARS5_STUDIO_QM_DIR));
        QTemporaryDir dir;
        RatingWindow window(dir.filePath(QStringLiteral("ratings.sqlite")), AbPlayer::Output::Silent);
        addFinishedTournament(*window.store());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStatistics(0);
        window.statsView()->showMergedRaters(QStringLiteral("Clone tournament"));
        QTRY_VERIFY(!window.statsView()->isComputing());
        QCOMPARE(window.statsView()->stats().systems.size(), std::size_t(4));
        // Both tables whole, with no sideways scrolling: the pair table's last column (Sign p)
        // used to need it.
        for (const QTableWidget* table : {window.statsView()->systemTable(), window.statsView()->pairTable()}) {
            QTRY_VERIFY(table->isVisible());
            const QAbstractItemView* view = table;
            int columns = 0;
            for (int c = 0; c < table->columnCount(); ++c) {
                columns += table->columnWidth(c);
                QVERIFY2(table->columnWidth(c) >= view->sizeHintForColumn(c),
                         qPrintable(QStringLiteral("column %1 (%2) is %3 px, its cells need %4")
                                        .arg(c)
                                        .arg(table->horizontalHeaderItem(c)->text())
                                        .arg(table->columnWidth(c))
                                        .arg(view->sizeHintForColumn(c))));
            }
            QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("%1 px of columns in a %2 px viewport")
                                    .arg(columns)
                                    .arg(table->viewport()->width())));
        }
    }

    void screenshots() {
        const QString out = qEnvironmentVariable("MARS5_SCREENSHOT_DIR");
        if (out.isEmpty()) QSKIP("set MARS5_SCREENSHOT_DIR to write rating.png and rating-stats.png");
        QDir().mkpath(out);
        // English, as the studio installs it, unless MARS5_SCREENSHOT_LOCALE names another ("de", to
        // see that the translation fits); 1440 x 860 unless MARS5_SCREENSHOT_SIZE says "1280x720".
        const QLocale locale(qEnvironmentVariable("MARS5_SCREENSHOT_LOCALE", QStringLiteral("en")));
        QObject translations;
        QLocale::setDefault(locale);
        const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        mars5::ui::installAppTranslations(&translations, locale, QStringLiteral(MARS5_STUDIO_QM_DIR));
        const QStringList size = qEnvironmentVariable("MARS5_SCREENSHOT_SIZE", QStringLiteral("1440x860")).split(u'x');
        QCOMPARE(size.size(), 2);
        // Where a user's ratings live (<AppDataLocation>/ratings.sqlite), with this test's
        // folder as the home folder, so the status line reads as it does for a user.
        const QByteArray home = qgetenv("HOME");
        qputenv("HOME", m_dir.path().toLocal8Bit());
        const auto restoreHome = qScopeGuard([&] { qputenv("HOME", home); });
        const QString db = m_dir.filePath(QStringLiteral(".local/share/MARS5 Studio/mars5-studio/ratings.sqlite"));
        QDir().mkpath(QFileInfo(db).absolutePath());
        RatingWindow window(db, AbPlayer::Output::Silent);
        RatingStore& store = *window.store();

        addFinishedTournament(store);
        // And the session in progress, for the judging view.
        const qint64 live = createSession(store, true);
        {
            auto trials = store.trials(live).value();
            JudgementRecord j;
            j.choice = Choice::A;
            j.strength = -1;
            j.presentedAt = j.answeredAt = QDateTime::currentDateTimeUtc();
            QVERIFY(store.recordJudgement(trials[0].id, j).ok());
        }
        window.resize(size[0].toInt(), size[1].toInt());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession(live);
        RatingView* view = window.ratingView();
        QTRY_COMPARE(focused(), static_cast<QWidget*>(view));
        key(Qt::Key_A);
        QTest::qWait(500);
        key(Qt::Key_BracketLeft);
        key(Qt::Key_B);
        QTest::qWait(900);
        key(Qt::Key_BracketRight);
        QTest::qWait(400);
        key(Qt::Key_Space);
        key(Qt::Key_2);
        key(Qt::Key_2);
        key(Qt::Key_C);
        QTest::keyClicks(focused(), QStringLiteral("B: more natural breath before \"Printing\""));
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTest::qWait(100);
        QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("rating.png"))));
        QVERIFY2(mars5::test::squeezedWidgets(&window).isEmpty(), qPrintable(mars5::test::squeezedWidgets(&window).join(u';')));

        window.stopJudging();  // the statistics are blinded while a session is judged
        window.showStatistics(0);
        window.statsView()->showMergedRaters(QStringLiteral("Clone tournament"));
        QTRY_VERIFY(!window.statsView()->isComputing());
        QCOMPARE(window.statsView()->stats().systems.size(), std::size_t(4));
        QCOMPARE(window.statsView()->stats().systems.front().name, std::string("ground truth"));
        QTest::qWait(200);
        QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("rating-stats.png"))));
        QVERIFY2(mars5::test::squeezedWidgets(&window).isEmpty(), qPrintable(mars5::test::squeezedWidgets(&window).join(u';')));
    }
};

QTEST_MAIN(TestRatingView)
#include "test_rating_view.moc"
