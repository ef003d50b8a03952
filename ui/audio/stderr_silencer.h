// PortAudio probes every host API while it initialises, and ALSA and JACK print dozens
// of alarming lines ("cannot find card '0'", "jack server is not running") to stderr on
// a machine without those devices. The outcome is reported through return codes anyway,
// so those lines are hidden for the duration of the probe (playback and recording).
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

namespace mars5::ui {

class StderrSilencer {
public:
    StderrSilencer() {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (m_saved >= 0 && devNull >= 0) ::dup2(devNull, STDERR_FILENO);
        if (devNull >= 0) ::close(devNull);
    }
    ~StderrSilencer() {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    StderrSilencer(const StderrSilencer&) = delete;
    StderrSilencer& operator=(const StderrSilencer&) = delete;

private:
    int m_saved = -1;
};

}  // namespace mars5::ui
