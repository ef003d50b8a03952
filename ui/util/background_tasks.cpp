#include "util/background_tasks.h"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include <pthread.h>

namespace mars5::ui {

struct BackgroundTasks::State {
    explicit State(int limit) : maxThreads(std::max(1, limit)) {}

    // A thread serves until drain() moves on to a newer generation and the queue is empty.
    void work(int generationStartedIn) {
        pthread_setname_np(pthread_self(), "mars5-bg");  // names the thread in gdb and top
        std::unique_lock lock(mutex);
        for (;;) {
            jobQueued.wait(lock, [&] { return generation != generationStartedIn || !queue.empty(); });
            if (queue.empty()) return;
            std::function<void()> job = std::move(queue.front());
            queue.pop_front();
            ++running;
            lock.unlock();
            runOne(job);
            job = nullptr;  // its captures (widgets' QPointers, shared buffers) go outside the lock
            lock.lock();
            --running;
            if (queue.empty() && running == 0) allDone.notify_all();
        }
    }

    static void runOne(const std::function<void()>& job) {
        try {
            job();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "mars5-studio: a background job failed: %s\n", e.what());
        } catch (...) {
            std::fprintf(stderr, "mars5-studio: a background job failed with an unknown exception\n");
        }
    }

    const int maxThreads;
    mutable std::mutex mutex;
    std::condition_variable jobQueued, allDone;
    std::deque<std::function<void()>> queue;
    std::vector<std::thread> threads;
    int running = 0;
    int generation = 0;  // drain() increments it to let the threads it joins leave
};

BackgroundTasks& BackgroundTasks::instance() {
    static BackgroundTasks tasks(static_cast<int>(std::thread::hardware_concurrency()));
    return tasks;
}

BackgroundTasks::BackgroundTasks(int maxThreads) : m_state(std::make_unique<State>(maxThreads)) {}

BackgroundTasks::~BackgroundTasks() { drain(); }

void BackgroundTasks::start(std::function<void()> job) {
    State& s = *m_state;
    std::lock_guard lock(s.mutex);
    s.queue.push_back(std::move(job));
    // `running` may include jobs on threads a drain() is joining, hence the floor at 0.
    const int idle = std::max(0, static_cast<int>(s.threads.size()) - s.running);
    if (static_cast<int>(s.queue.size()) > idle && static_cast<int>(s.threads.size()) < s.maxThreads)
        s.threads.emplace_back([&s, generation = s.generation] { s.work(generation); });
    s.jobQueued.notify_one();
}

void BackgroundTasks::drain() {
    State& s = *m_state;
    std::vector<std::thread> threads;
    {
        std::unique_lock lock(s.mutex);
        s.allDone.wait(lock, [&s] { return s.queue.empty() && s.running == 0; });
        ++s.generation;
        threads = std::move(s.threads);
        s.threads.clear();
    }
    s.jobQueued.notify_all();
    for (std::thread& t : threads) t.join();
}

int BackgroundTasks::threadCount() const {
    std::lock_guard lock(m_state->mutex);
    return static_cast<int>(m_state->threads.size());
}

}  // namespace mars5::ui
