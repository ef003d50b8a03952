// What the two benchmark commands (bench, bench-codec) share: the process's peak memory and
// a deterministic voice-like test signal, so their figures are measured the same way.
#pragma once

#include "mars5/audio.h"

#include <sys/resource.h>

#include <cmath>
#include <cstddef>
#include <random>

namespace mars5::cli {

// Peak resident set size of this process so far, in MiB (Linux reports ru_maxrss in KiB).
inline double peakRssMiB() {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// `seconds` of a gliding, amplitude-modulated 24 kHz tone with a little noise: speech-like
// enough for the codec and the speaker encoders, and the same on every run (fixed seed).
inline AudioBuffer syntheticVoice(double seconds) {
    AudioBuffer audio;
    audio.sampleRate = kModelSampleRate;
    const auto n = static_cast<std::size_t>(seconds * kModelSampleRate);
    std::mt19937 rng(1234);
    std::normal_distribution<float> noise(0.f, 0.01f);
    audio.samples.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / kModelSampleRate;
        const double f0 = 140 + 30 * std::sin(2 * M_PI * 0.7 * t);
        audio.samples[i] = static_cast<float>(0.2 * std::sin(2 * M_PI * f0 * t) * (0.6 + 0.4 * std::sin(2 * M_PI * 3 * t))) +
                           noise(rng);
    }
    return audio;
}

}  // namespace mars5::cli
