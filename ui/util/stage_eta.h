// "about 12 s left" for the stage a synthesis is in: the rate so far in that stage (tokens or
// diffusion steps per second) applied to what remains of it. On a CPU a run takes minutes, and
// a user deciding whether to wait or Stop wants to know how long. Only the current stage is
// estimated: the next one's length is not known yet (the AR decides how many frames the NAR
// refines). The AR's time is therefore shown as "about N more", the NAR's as "about N left"
// (after it only the vocoder runs, a small fraction of the whole).
#pragma once

#include <QtGlobal>

#include <optional>

namespace mars5::ui {

class StageEta {
public:
    // One progress report: `current` of `total` units of `stage`, at `nowSeconds` (any clock
    // that only goes forward). Returns the seconds left in the stage, or nothing while there
    // is too little to go on (under half a second or no unit done since the stage began) or
    // when the stage has run past its estimate.
    std::optional<double> update(int stage, qint64 current, qint64 total, double nowSeconds);
    void reset() { m_stage = -1; }

private:
    int m_stage = -1;
    qint64 m_startUnits = 0;
    qint64 m_lastUnits = 0;  // a count lower than the last one is a new run of the same stage
    double m_startSeconds = 0.0;
};

}  // namespace mars5::ui
