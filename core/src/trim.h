// Leading/trailing silence trimming of the vocoded output, the reference's port of librosa
// `effects.trim` (spec mars5-model.md §6.4): centred, reflect-padded RMS frames of 2048
// samples with hop 512; a frame is non-silent when its power in dB relative to the loudest
// frame exceeds -top_db; the kept region runs from the first non-silent frame's start to
// min(n, end of the last non-silent frame).
//
// Differences from the reference, all where it crashes: an empty input gives an empty
// region, and inputs of <= frameLength/2 samples (too short to reflect-pad) are kept whole.
// An all-silent (e.g. all-zero) input is kept whole, as in the reference (the loudest frame
// is always 0 dB). No normalisation of any kind is applied (§6.5).
//
// Torch-free.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mars5 {

struct TrimOptions {
    double topDb = 27.0;      // InferenceConfig.trim_db
    int frameLength = 2048;
    int hopLength = 512;
};

struct TrimAnalysis {
    std::vector<float> frameDb;    // per frame: 10·log10(max(1e-10, mse)) - 10·log10(max(1e-10, max mse))
    std::vector<bool> nonSilent;   // frameDb > -topDb
    int64_t start = 0;             // kept region [start, end)
    int64_t end = 0;
};

// Frame powers, the silence decision and the kept region of a mono waveform.
TrimAnalysis analyseTrim(const float* samples, std::size_t n, const TrimOptions& options = {});
inline TrimAnalysis analyseTrim(const std::vector<float>& samples, const TrimOptions& options = {}) {
    return analyseTrim(samples.data(), samples.size(), options);
}

// The trimmed copy samples[start, end).
std::vector<float> trimSilence(const std::vector<float>& samples, const TrimOptions& options = {},
                               TrimAnalysis* analysis = nullptr);

}  // namespace mars5
