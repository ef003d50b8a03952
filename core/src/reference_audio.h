// The reference clip before Encodec (spec mars5-model.md §6.1): resampled to 24 kHz mono, cut
// to its last `maxSeconds` when longer (the reference only warns; the issue asks for the cut),
// warnings for clips outside 1 .. maxSeconds seconds or silent, `padSeconds` of zeros prepended
// (int(24000 * pad) samples, as the reference pads). Plus the content hash the engine's voice
// cache is keyed by, and the folder search of ModelPaths::fromFolder.
//
// Torch-free. Internal API: throws mars5::Failure.
#pragma once

#include "mars5/audio.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mars5 {

inline constexpr double kShortestReferenceSeconds = 1.0;
// Below this peak (-50 dBFS) the reference is taken for silence and a warning says so.
inline constexpr float kSilentReferencePeak = 0.00316f;

struct ConditionedReference {
    AudioBuffer audio;                  // 24 kHz mono, cut and padded
    double seconds = 0.0;               // duration before padding (after the cut)
    std::vector<Notice> warnings;
};

ConditionedReference conditionReference(const AudioBuffer& reference, double padSeconds, double maxSeconds);

// Warnings about a reference of `seconds` (too short, longer than maxSeconds). `cut`: say that
// only the last maxSeconds are used.
std::vector<Notice> referenceDurationWarnings(double seconds, double maxSeconds, bool cut);

// FNV-1a 64 over the bytes of `data`, continuing from `hash`.
std::uint64_t fnv1a64(const void* data, std::size_t bytes, std::uint64_t hash = 0xcbf29ce484222325ull);
std::string hex64(std::uint64_t value);

}  // namespace mars5
