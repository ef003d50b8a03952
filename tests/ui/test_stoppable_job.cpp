// StoppableJob: the work runs once on a thread of its own and sees a stop that is asked for;
// the destructor asks it to stop and returns only when the work has returned, so whatever the
// work touches may go right after (what the batch export and the export dialog rely on).
#include "util/stoppable_job.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using mars5::ui::StoppableJob;

class TestStoppableJob : public QObject {
    Q_OBJECT
private slots:
    void theWorkRunsOnceOnItsOwnThread() {
        std::atomic<int> runs{0};
        std::atomic<bool> stoppedAtStart{true};
        std::thread::id where;
        QSemaphore done;
        {
            StoppableJob job([&](const std::atomic<bool>& stop) {
                where = std::this_thread::get_id();
                ++runs;
                stoppedAtStart = stop.load();
                done.release();
            });
            QVERIFY(done.tryAcquire(1, 10000));
            QVERIFY(!job.stopRequested());
        }
        QCOMPARE(runs.load(), 1);
        QVERIFY(!stoppedAtStart.load());
        QVERIFY(where != std::this_thread::get_id());
    }

    void theWorkSeesTheStop() {
        QSemaphore started;
        std::atomic<int> steps{0};
        std::atomic<bool> sawStop{false};
        StoppableJob job([&](const std::atomic<bool>& stop) {
            started.release();
            while (!stop) {
                ++steps;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            sawStop = true;
        });
        QVERIFY(started.tryAcquire(1, 10000));
        job.requestStop();
        QVERIFY(job.stopRequested());
        QTRY_VERIFY(sawStop.load());
    }

    // The destructor waits: what the work writes after the stop is there when it returns.
    void theDestructorWaitsForTheWork() {
        QSemaphore started;
        auto finishedAfterStop = std::make_shared<std::atomic<bool>>(false);
        {
            StoppableJob job([&, finishedAfterStop](const std::atomic<bool>& stop) {
                started.release();
                while (!stop) std::this_thread::sleep_for(std::chrono::milliseconds(1));
                std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the step being done
                *finishedAfterStop = true;
            });
            QVERIFY(started.tryAcquire(1, 10000));
        }
        QVERIFY(finishedAfterStop->load());
    }
};

QTEST_GUILESS_MAIN(TestStoppableJob)
#include "test_stoppable_job.moc"
