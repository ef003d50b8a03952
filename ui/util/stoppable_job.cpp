#include "util/stoppable_job.h"

#include <utility>

namespace mars5::ui {

StoppableJob::StoppableJob(std::function<void(const std::atomic<bool>& stop)> work)
    : m_work(std::async(std::launch::async, [this, work = std::move(work)] { work(m_stop); })) {}

StoppableJob::~StoppableJob() {
    requestStop();
    m_work.wait();
}

}  // namespace mars5::ui
