// Durations, play positions and waits as the panels print them, and the synthesis panel's
// time left in a stage.
#include "util/stage_eta.h"
#include "util/time_format.h"

#include <QtTest>

#include <cmath>

using mars5::ui::formatClock;
using mars5::ui::formatDuration;
using mars5::ui::formatWait;
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
};

QTEST_MAIN(TestTimeFormat)
#include "test_time_format.moc"
