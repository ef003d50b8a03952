#include "mars5/batch_progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mars5 {

void BatchProgress::started(std::int64_t textChars, double nowSeconds) {
    if (m_ended) *this = BatchProgress{};
    m_ended = false;
    m_running = true;
    ++m_started;
    m_runningChars = std::max<std::int64_t>(0, textChars);
    m_runningSince = nowSeconds;
}

void BatchProgress::finished(Ending ending, double wallSeconds, bool queueEmpty) {
    if (!m_running) return;
    m_running = false;
    switch (ending) {
    case Ending::Made:
        ++m_made;
        if (wallSeconds > 0.0 && m_runningChars > 0) {
            m_rateChars += m_runningChars;
            m_rateSeconds += wallSeconds;
        }
        break;
    case Ending::Failed: ++m_failed; break;
    case Ending::Cancelled: ++m_cancelled; break;
    }
    m_ended = queueEmpty;
}

std::optional<double> BatchProgress::secondsLeft(std::int64_t waitingChars, double nowSeconds) const {
    if (m_ended || m_rateChars <= 0) return std::nullopt;
    const double perChar = m_rateSeconds / static_cast<double>(m_rateChars);
    double left = perChar * static_cast<double>(std::max<std::int64_t>(0, waitingChars));
    // The running run's expected time less what it has had; one past its estimate adds nothing.
    if (m_running) left += std::max(0.0, perChar * static_cast<double>(m_runningChars) - (nowSeconds - m_runningSince));
    if (left <= 0.0) return std::nullopt;
    return left;
}

std::optional<double> BatchProgress::secondsLeft(std::int64_t waitingChars, double nowSeconds,
                                                std::optional<double> runningLeft) const {
    if (!runningLeft || !m_running) return secondsLeft(waitingChars, nowSeconds);
    if (m_ended) return std::nullopt;
    const std::int64_t waiting = std::max<std::int64_t>(0, waitingChars);
    double left = std::max(0.0, *runningLeft);
    if (waiting > 0) {
        if (m_rateChars <= 0) return std::nullopt;  // the waiting text has no price yet
        left += m_rateSeconds / static_cast<double>(m_rateChars) * static_cast<double>(waiting);
    }
    if (left <= 0.0) return std::nullopt;
    return left;
}

std::string formatTimeLeft(double seconds) {
    const long long whole = std::max(1LL, static_cast<long long>(std::ceil(std::isfinite(seconds) ? seconds : 1.0)));
    if (whole < 60) return std::to_string(whole) + " s";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", whole / 60, whole % 60);
    return buffer;
}

}  // namespace mars5
