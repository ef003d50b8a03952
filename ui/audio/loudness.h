// EBU R128 integrated loudness (ITU-R BS.1770 gating, measured by libebur128) and gains that
// reach a target. The blind A/B view matches both sides before anyone hears them (louder
// usually sounds "better"); export can bring a take to a delivery loudness. Plain C++ on
// sample vectors: no Qt, no playback.
#pragma once

#include "mars5/error.h"

#include <vector>

namespace mars5::ui {

struct LoudnessMeasurement {
    double integratedLufs = 0.0;  // -inf for digital silence
    double samplePeak = 0.0;      // largest |sample|
};

Result<LoudnessMeasurement> measureLoudness(const std::vector<float>& mono, int sampleRate);

struct MatchedGains {
    double gainA = 1.0, gainB = 1.0;  // linear factors to apply to each side
    double targetLufs = -23.0;        // the loudness both sides end at
    bool loweredForHeadroom = false;  // the target was lowered so neither side's peak exceeds the ceiling
};

// Gains that bring both sides to `targetLufs`, or to a common lower loudness when reaching it
// would push either side's peak above `peakCeiling` (linear; default -1 dBFS). A silent side
// keeps unity gain.
MatchedGains matchLoudness(const LoudnessMeasurement& a, const LoudnessMeasurement& b, double targetLufs = -23.0,
                           double peakCeiling = 0.891);

std::vector<float> applyGain(const std::vector<float>& samples, double gain);

}  // namespace mars5::ui
