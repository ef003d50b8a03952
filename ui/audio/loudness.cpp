#include "audio/loudness.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace mars5::ui {

Result<LoudnessMeasurement> measureLoudness(const std::vector<float>& mono, int sampleRate) {
    if (sampleRate <= 0 || mono.empty())
        return Error{ErrorKind::InvalidArgument, "loudness: the clip is empty"};
    std::unique_ptr<ebur128_state, void (*)(ebur128_state*)> state(
        ebur128_init(1, static_cast<unsigned long>(sampleRate), EBUR128_MODE_I),
        [](ebur128_state* s) { ebur128_destroy(&s); });
    if (!state) return Error{ErrorKind::Internal, "loudness: libebur128 could not start"};
    if (ebur128_add_frames_float(state.get(), mono.data(), mono.size()) != EBUR128_SUCCESS)
        return Error{ErrorKind::Internal, "loudness: libebur128 rejected the samples"};
    LoudnessMeasurement m;
    if (ebur128_loudness_global(state.get(), &m.integratedLufs) != EBUR128_SUCCESS)
        return Error{ErrorKind::Internal, "loudness: libebur128 could not measure the clip"};
    for (float v : mono) m.samplePeak = std::max(m.samplePeak, static_cast<double>(std::fabs(v)));
    return m;
}

MatchedGains matchLoudness(const LoudnessMeasurement& a, const LoudnessMeasurement& b, double targetLufs,
                           double peakCeiling) {
    MatchedGains g;
    g.targetLufs = targetLufs;
    auto gainFor = [](const LoudnessMeasurement& m, double target) {
        return std::isfinite(m.integratedLufs) ? std::pow(10.0, (target - m.integratedLufs) / 20.0) : 1.0;
    };
    // The highest target at which neither peak passes the ceiling.
    for (const LoudnessMeasurement* m : {&a, &b}) {
        if (!std::isfinite(m->integratedLufs) || m->samplePeak <= 0) continue;
        const double peakAfter = m->samplePeak * gainFor(*m, g.targetLufs);
        if (peakAfter > peakCeiling) {
            g.targetLufs -= 20.0 * std::log10(peakAfter / peakCeiling);
            g.loweredForHeadroom = true;
        }
    }
    g.gainA = gainFor(a, g.targetLufs);
    g.gainB = gainFor(b, g.targetLufs);
    return g;
}

std::vector<float> applyGain(const std::vector<float>& samples, double gain) {
    std::vector<float> out(samples.size());
    const float g = static_cast<float>(gain);
    std::transform(samples.begin(), samples.end(), out.begin(), [g](float v) { return v * g; });
    return out;
}

}  // namespace mars5::ui
