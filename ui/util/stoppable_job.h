// One piece of work on a thread of its own, which can be asked to stop and is waited for when
// the object goes away. Its owner keeps it as a member: the work may then post results to the
// owner (QMetaObject::invokeMethod, queued) until the owner's destructor has ended it, and a
// call still queued then is dropped with the owner. The batch export and the export dialog's
// measuring use it.
#pragma once

#include <atomic>
#include <functional>
#include <future>

namespace mars5::ui {

class StoppableJob {
public:
    // Runs `work` at once; it should look at `stop` between its steps and return when it is set.
    explicit StoppableJob(std::function<void(const std::atomic<bool>& stop)> work);
    ~StoppableJob();  // requestStop(), then waits for the work to return
    StoppableJob(const StoppableJob&) = delete;
    StoppableJob& operator=(const StoppableJob&) = delete;

    void requestStop() { m_stop = true; }
    bool stopRequested() const { return m_stop; }

private:
    std::atomic<bool> m_stop{false};
    std::future<void> m_work;
};

}  // namespace mars5::ui
