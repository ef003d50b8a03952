// Runs the studio's short background jobs (spectrograms, rating statistics, model scans,
// vocoding one part of a take) off the GUI thread, on threads that are joined.
//
// Why not QThreadPool: Qt 6.4 starts its threads detached, so QThreadPool::waitForDone()
// returns while each thread is still ending (thread_local destructors, glibc's per-thread
// malloc cache). Measured: right after waitForDone() the pool's thread was still alive in
// 19 of 20 tries. At process exit that tail overlapped libtorch's static destructors, and
// about one test_models_dialog run in a thousand aborted with a damaged heap. A joined
// std::thread has ended completely, so drain() can promise that nothing of ours runs.
#pragma once

#include <functional>
#include <memory>

namespace mars5::ui {

class BackgroundTasks {
public:
    // The process's instance: as many threads as the machine has cores. Made on first use,
    // so it is destroyed (and drained) at exit before the libraries' older statics.
    static BackgroundTasks& instance();

    explicit BackgroundTasks(int maxThreads);
    ~BackgroundTasks();  // drain()
    BackgroundTasks(const BackgroundTasks&) = delete;
    BackgroundTasks& operator=(const BackgroundTasks&) = delete;

    // Queues a job; a thread is started for it when every existing one is busy and the
    // limit allows. A job that throws is reported on stderr and the thread goes on.
    void start(std::function<void()> job);

    // Waits for every queued and running job, then joins the threads: when it returns, no
    // thread of this pool runs any code, its own exit included. Jobs started later get new
    // threads. Never call it from a job.
    void drain();

    // Threads started and not yet joined.
    int threadCount() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace mars5::ui
