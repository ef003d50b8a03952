// Durations, play positions and waits as the panels print them, and the synthesis panel's
// time left in a stage, in a batch of queued takes and in a long text spoken in pieces.
#include "util/stage_eta.h"
#include "util/time_format.h"

#include "mars5/batch_progress.h"
#include "mars5/piece_time_left.h"

#include <QtTest>

#include <cmath>

using mars5::ui::formatClock;
using mars5::ui::formatDuration;
using mars5::ui::formatWait;
using mars5::BatchProgress;
using mars5::PieceTimeLeft;
using mars5::ui::StageEta;

class TestTimeFormat : public QObject {
    Q_OBJECT
private slots:
    void durations() {
        const QLocale c = QLocale::c();
        QCOMPARE(formatDuration(0.0, c), QStringLiteral("0.00 s"));
        QCOMPARE(formatDuration(3.2, c), QStringLiteral("3.20 s"));
        QCOMPARE(formatDuration(-1.0, c), QStringLiteral("0.00 s"));
        QCOMPARE(formatDuration(59.996, c), QStringLiteral("1:00.0"));
        QCOMPARE(formatDuration(62.54, c), QStringLiteral("1:02.5"));
        QCOMPARE(formatDuration(600.0, c), QStringLiteral("10:00.0"));
        QCOMPARE(formatDuration(3.2, QLocale(QLocale::German)), QStringLiteral("3,20 s"));
    }

    void clock() {
        const QLocale c = QLocale::c();
        QCOMPARE(formatClock(0.0, c), QStringLiteral("0:00.00"));
        QCOMPARE(formatClock(1.3, c), QStringLiteral("0:01.30"));
        QCOMPARE(formatClock(59.999, c), QStringLiteral("1:00.00"));  // rounded, never "0:60.00"
        QCOMPARE(formatClock(125.25, c), QStringLiteral("2:05.25"));
        QCOMPARE(formatClock(1.3, QLocale(QLocale::German)), QStringLiteral("0:01,30"));
    }

    void waits() {
        QCOMPARE(formatWait(0.2), QStringLiteral("1 s"));  // never "0 s" while work remains
        QCOMPARE(formatWait(11.1), QStringLiteral("12 s"));
        QCOMPARE(formatWait(59.5), QStringLiteral("1:00"));
        QCOMPARE(formatWait(65.0), QStringLiteral("1:05"));
        QCOMPARE(formatWait(3600.0), QStringLiteral("60:00"));
        QCOMPARE(formatWait(std::nan("")), QStringLiteral("1 s"));
    }

    void timeLeftInAStage() {
        StageEta eta;
        // The NAR (stage 2): 120 steps, 0.1 s each, its clock starting at the first report.
        QVERIFY(!eta.update(2, 0, 120, 10.0));   // a new stage: nothing yet
        QVERIFY(!eta.update(2, 3, 120, 10.3));   // under half a second: too early to tell
        const auto left = eta.update(2, 40, 120, 14.0);
        QVERIFY(left);
        QCOMPARE(*left, 8.0);                    // 80 steps at 40 per 4 s
        QVERIFY(!eta.update(2, 120, 120, 22.0)); // done
        // The AR past its estimate says nothing rather than a negative time.
        QVERIFY(!eta.update(1, 0, 60, 0.0));
        QVERIFY(eta.update(1, 30, 60, 3.0));
        QVERIFY(!eta.update(1, 70, 60, 7.0));
        // A new run (units back to 0 in the same stage) starts the clock again: the time
        // between runs is not counted.
        QVERIFY(!eta.update(1, 0, 60, 100.0));
        QCOMPARE(*eta.update(1, 10, 60, 101.0), 5.0);
        // reset() does the same for a run that reports a different first count.
        eta.reset();
        QVERIFY(!eta.update(1, 5, 60, 200.0));
    }

    void timeLeftInABatch() {
        using E = BatchProgress::Ending;
        BatchProgress batch;
        QVERIFY(batch.ended());
        // A script of three lines: 100, 50 and 200 characters.
        batch.started(100, 0.0);
        QCOMPARE(batch.position(), 1);
        QCOMPARE(batch.total(2), 3);
        QVERIFY(!batch.secondsLeft(250, 5.0));   // no run made yet: no rate to go on
        QVERIFY(!batch.secondsLeft(250, 5.0, 7.0));  // the first line's own rest, but not the others'
        QCOMPARE(*batch.secondsLeft(0, 5.0, 7.0), 7.0);  // nothing waits: its rest is the batch's
        batch.finished(E::Made, 20.0, false);    // 0.2 s per character
        QVERIFY(!batch.ended());
        batch.started(50, 20.0);
        QCOMPARE(batch.position(), 2);
        QCOMPARE(batch.total(1), 3);
        QCOMPARE(*batch.secondsLeft(200, 20.0), 50.0);   // 10 s of this line + 40 s of the last
        QCOMPARE(*batch.secondsLeft(200, 24.0), 46.0);
        QCOMPARE(*batch.secondsLeft(200, 60.0), 40.0);   // this line past its estimate adds nothing
        // A long text in pieces says its own rest: it stands for this line's part, the rate
        // still prices the text waiting.
        QCOMPARE(*batch.secondsLeft(200, 24.0, 3.0), 43.0);
        QCOMPARE(*batch.secondsLeft(200, 24.0, std::nullopt), 46.0);
        QCOMPARE(*batch.secondsLeft(0, 24.0, 3.0), 3.0);
        QVERIFY(!batch.secondsLeft(0, 24.0, 0.0));       // nothing left by either
        // A failed line ended early: it does not change the rate.
        batch.finished(E::Failed, 0.5, false);
        batch.started(200, 61.0);
        QCOMPARE(*batch.secondsLeft(0, 61.0), 40.0);
        QVERIFY(!batch.secondsLeft(0, 200.0));           // nothing left that can be estimated
        batch.finished(E::Made, 30.0, true);             // the queue ran dry: the batch ends
        QVERIFY(batch.ended());
        QVERIFY(!batch.running());
        QCOMPARE(batch.made(), 2);
        QCOMPARE(batch.failed(), 1);
        QCOMPARE(batch.cancelled(), 0);
        QVERIFY(!batch.secondsLeft(100, 62.0));
        // The next start begins a new batch: counts and rate from nothing.
        batch.started(10, 100.0);
        QCOMPARE(batch.position(), 1);
        QCOMPARE(batch.made(), 0);
        QVERIFY(!batch.secondsLeft(100, 100.0));
        batch.finished(E::Cancelled, 1.0, true);
        QCOMPARE(batch.cancelled(), 1);
        QVERIFY(batch.ended());
    }

    void timeLeftInALongText() {
        using mars5::EngineProgress;
        using mars5::EngineStage;
        const auto report = [](EngineStage stage, int piece, std::int64_t chars, std::int64_t later) {
            EngineProgress p;
            p.stage = stage;
            p.pieces = 3;
            p.piece = piece;
            p.pieceChars = chars;
            p.laterChars = later;
            return p;
        };
        PieceTimeLeft left;
        // A text spoken at once: its stages' own estimates say it all.
        QVERIFY(!left.update(EngineProgress{}, 1.0));
        // Three pieces of 100, 50 and 200 characters. The reference's encoding (2 s) comes as
        // piece 0's first report but is not the piece's time.
        QVERIFY(!left.update(report(EngineStage::EncodeReference, 0, 100, 250), 0.0));
        QVERIFY(!left.update(report(EngineStage::Coarse, 0, 100, 250), 2.0));   // no piece done: no rate
        QVERIFY(!left.update(report(EngineStage::Refine, 0, 100, 250), 12.0));
        // Piece 1 starts at 22 s: 0.2 s per character, 10 s of it and 40 s of the last.
        QCOMPARE(*left.update(report(EngineStage::Coarse, 1, 50, 200), 22.0), 50.0);
        QCOMPARE(*left.update(report(EngineStage::Refine, 1, 50, 200), 26.0), 46.0);
        QCOMPARE(*left.update(report(EngineStage::Refine, 1, 50, 200), 26.0, true), 6.0);  // Stop: this piece is the last
        QCOMPARE(*left.update(report(EngineStage::Vocode, 1, 50, 200), 40.0), 40.0);  // past its estimate
        // The last piece at 40 s: (20 + 18) s for 150 characters, applied to its 200.
        const double rate = 38.0 / 150.0;
        QVERIFY(std::abs(*left.update(report(EngineStage::Coarse, 2, 200, 0), 40.0) - 200 * rate) < 1e-9);
        QVERIFY(!left.update(report(EngineStage::Vocode, 2, 200, 0), 40.0 + 200 * rate + 1.0));  // nothing left to estimate
        // A new run (its first piece again): no rate until one of its pieces is done.
        QVERIFY(!left.update(report(EngineStage::Coarse, 0, 100, 250), 100.0));
        QVERIFY(left.update(report(EngineStage::Coarse, 1, 50, 200), 110.0));
        left.reset();
        QVERIFY(!left.update(report(EngineStage::Coarse, 1, 50, 200), 120.0));
    }
};

QTEST_MAIN(TestTimeFormat)
#include "test_time_format.moc"
