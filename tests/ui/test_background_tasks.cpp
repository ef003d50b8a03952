// BackgroundTasks: every job runs, no more threads than allowed, a throwing job does not end
// the process, and after drain() none of its threads is still ending (the property
// QThreadPool lacks in Qt 6.4, whose threads are detached: util/background_tasks.h).
#include "util/background_tasks.h"

#include <QDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using mars5::ui::BackgroundTasks;

namespace {

// The process's threads as the kernel sees them, exiting ones included.
int osThreads() { return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()); }

// A thread_local whose destructor is slow, so a thread that is not joined is caught ending.
struct SlowToEnd {
    ~SlowToEnd() { std::this_thread::sleep_for(std::chrono::milliseconds(100)); }
    void touch() {}
};
thread_local SlowToEnd slowToEnd;

// Holds jobs until released, to see how many run at once.
class Gate {
public:
    void wait() {
        std::unique_lock lock(m_mutex);
        ++m_waiting;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_open; });
    }
    bool waitForWaiting(int n) {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(10), [&] { return m_waiting >= n; });
    }
    int waiting() {
        std::lock_guard lock(m_mutex);
        return m_waiting;
    }
    void open() {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_waiting = 0;
    bool m_open = false;
};

}  // namespace

class TestBackgroundTasks : public QObject {
    Q_OBJECT

private slots:
    void runsEveryJobAndIsUsableAfterDrain() {
        BackgroundTasks tasks(3);
        std::atomic<int> done{0};
        for (int i = 0; i < 200; ++i) tasks.start([&done] { ++done; });
        tasks.drain();
        QCOMPARE(done.load(), 200);
        QCOMPARE(tasks.threadCount(), 0);
        tasks.start([&done] { ++done; });
        tasks.drain();
        QCOMPARE(done.load(), 201);
    }

    void runsAtMostItsLimitAtOnce() {
        BackgroundTasks tasks(2);
        Gate gate;
        for (int i = 0; i < 6; ++i) tasks.start([&gate] { gate.wait(); });
        QVERIFY(gate.waitForWaiting(2));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));  // a third would have arrived by now
        QCOMPARE(gate.waiting(), 2);
        QCOMPARE(tasks.threadCount(), 2);
        gate.open();
        tasks.drain();
        QCOMPARE(gate.waiting(), 6);
    }

    void aThrowingJobLeavesTheThreadWorking() {
        BackgroundTasks tasks(1);
        std::atomic<int> done{0};
        tasks.start([] { throw std::runtime_error("expected by the test"); });
        tasks.start([] { throw 42; });
        tasks.start([&done] { ++done; });
        tasks.drain();
        QCOMPARE(done.load(), 1);
    }

    // The regression test for test_models_dialog's exit-time heap abort: QThreadPool's
    // waitForDone() returns with its threads still ending; drain() must not.
    void drainReturnsOnlyWhenItsThreadsHaveEnded() {
        if (!QDir(QStringLiteral("/proc/self/task")).exists()) QSKIP("needs /proc/self/task to count threads");
        const int before = osThreads();
        BackgroundTasks tasks(4);
        Gate gate;
        for (int i = 0; i < 4; ++i) tasks.start([&gate] {
            slowToEnd.touch();
            gate.wait();
        });
        QVERIFY(gate.waitForWaiting(4));
        QCOMPARE(osThreads(), before + 4);
        gate.open();
        tasks.drain();
        QCOMPARE(osThreads(), before);
    }

    // A job may start another job, and drain() waits for that one too.
    void drainWaitsForJobsStartedByJobs() {
        BackgroundTasks tasks(2);
        std::atomic<int> done{0};
        tasks.start([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            tasks.start([&done] { ++done; });
            ++done;
        });
        tasks.drain();
        QCOMPARE(done.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundTasks)
#include "test_background_tasks.moc"
