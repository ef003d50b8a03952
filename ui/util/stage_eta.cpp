#include "util/stage_eta.h"

namespace mars5::ui {

namespace {
constexpr double kMinimumElapsed = 0.5;  // seconds: the first units include warm-up, too early to tell
}

std::optional<double> StageEta::update(int stage, qint64 current, qint64 total, double nowSeconds) {
    const bool wentBack = current < m_lastUnits;
    m_lastUnits = current;
    if (stage != m_stage || wentBack) {
        // A new stage (or a new run): its clock starts at the first report, so the time before
        // it (loading, the previous stage) does not count against its rate.
        m_stage = stage;
        m_startUnits = current;
        m_startSeconds = nowSeconds;
        return std::nullopt;
    }
    const double elapsed = nowSeconds - m_startSeconds;
    const qint64 done = current - m_startUnits;
    if (elapsed < kMinimumElapsed || done < 1 || current >= total) return std::nullopt;
    return static_cast<double>(total - current) * elapsed / static_cast<double>(done);
}

}  // namespace mars5::ui
