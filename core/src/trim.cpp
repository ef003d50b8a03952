// librosa-style silence trimming; see trim.h and spec mars5-model.md §6.4.
#include "trim.h"

#include "failure.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace mars5 {

TrimAnalysis analyseTrim(const float* samples, std::size_t n, const TrimOptions& options) {
    if (options.frameLength < 2 || options.hopLength < 1)
        fail(ErrorKind::InvalidArgument, "trim: frame length must be >= 2 and hop >= 1");
    if (!(options.topDb >= 0))
        fail(ErrorKind::InvalidArgument, "trim_db must be non-negative, not " + std::to_string(options.topDb));
    TrimAnalysis a;
    const auto len = static_cast<int64_t>(n);
    const int64_t pad = options.frameLength / 2;
    if (len <= pad) {
        // Too short to reflect-pad (the reference raises): nothing to trim.
        a.start = 0;
        a.end = len;
        return a;
    }
    // Centred frames over the reflect-padded signal: frame f covers padded [hop·f, hop·f + frameLength).
    const int64_t paddedLen = len + 2 * pad;
    const int64_t frames = 1 + (paddedLen - options.frameLength) / options.hopLength;
    auto sampleAt = [&](int64_t i) -> double {  // padded index -> sample (reflect, no edge repeat)
        int64_t k = i - pad;
        if (k < 0) k = -k;
        if (k >= len) k = 2 * (len - 1) - k;
        return samples[k];
    };
    std::vector<float> mse(static_cast<std::size_t>(frames));
    for (int64_t f = 0; f < frames; ++f) {
        double sum = 0.0;
        const int64_t begin = f * options.hopLength;
        for (int64_t i = begin; i < begin + options.frameLength; ++i) {
            const double v = sampleAt(i);
            sum += v * v;
        }
        // The reference squares the float32 RMS: sqrt(mean(x²))².
        const float rms = std::sqrt(static_cast<float>(sum / options.frameLength));
        mse[static_cast<std::size_t>(f)] = rms * rms;
    }
    const float ref = *std::max_element(mse.begin(), mse.end());
    const float amin = 1e-10f;
    const float refDb = 10.0f * std::log10(std::max(amin, ref));
    a.frameDb.resize(mse.size());
    a.nonSilent.resize(mse.size());
    int64_t first = -1, last = -1;
    for (std::size_t f = 0; f < mse.size(); ++f) {
        a.frameDb[f] = 10.0f * std::log10(std::max(amin, mse[f])) - refDb;
        a.nonSilent[f] = a.frameDb[f] > static_cast<float>(-options.topDb);
        if (a.nonSilent[f]) {
            if (first < 0) first = static_cast<int64_t>(f);
            last = static_cast<int64_t>(f);
        }
    }
    if (first >= 0) {
        a.start = first * options.hopLength;
        a.end = std::min(len, (last + 1) * options.hopLength);
    }
    return a;
}

std::vector<float> trimSilence(const std::vector<float>& samples, const TrimOptions& options, TrimAnalysis* analysis) {
    TrimAnalysis a = analyseTrim(samples, options);
    std::vector<float> out(samples.begin() + a.start, samples.begin() + a.end);
    if (analysis) *analysis = std::move(a);
    return out;
}

}  // namespace mars5
