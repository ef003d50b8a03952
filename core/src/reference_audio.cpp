#include "reference_audio.h"

#include "failure.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mars5 {

namespace {

std::string seconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", s);
    return buf;
}

}  // namespace

std::vector<std::string> referenceDurationWarnings(double dur, double maxSeconds, bool cut) {
    std::vector<std::string> w;
    if (dur < kShortestReferenceSeconds)
        w.push_back("the reference is " + seconds(dur) + " long, shorter than 1 s: the voice will be poorly captured "
                    "(2 to 12 s, about 6 s, works best)");
    if (dur > maxSeconds)
        w.push_back("the reference is " + seconds(dur) + " long, more than max_prompt_dur = " + seconds(maxSeconds) +
                    (cut ? ": only its last " + seconds(maxSeconds) + " are used" : ": expect quality degradations"));
    return w;
}

ConditionedReference conditionReference(const AudioBuffer& reference, double padSeconds, double maxSeconds) {
    if (reference.samples.empty()) fail(ErrorKind::InvalidArgument, "the reference audio is empty");
    if (reference.sampleRate <= 0)
        fail(ErrorKind::InvalidArgument, "the reference audio has no sample rate (" + std::to_string(reference.sampleRate) + ")");
    if (!(maxSeconds > 0)) fail(ErrorKind::InvalidArgument, "max_prompt_dur must be positive");
    if (!(padSeconds >= 0)) fail(ErrorKind::InvalidArgument, "ref_audio_pad must not be negative");
    float inputPeak = 0.0f;
    for (const float s : reference.samples) {
        if (!std::isfinite(s)) fail(ErrorKind::InvalidArgument, "the reference audio holds NaN or infinite samples");
        inputPeak = std::max(inputPeak, std::fabs(s));
    }

    ConditionedReference out;
    Result<AudioBuffer> audio = resample(reference, kModelSampleRate);
    if (!audio) fail(audio.error().kind, audio.message());
    out.audio = std::move(*audio);
    out.audio.warnings.clear();
    const double dur = out.audio.durationSeconds();
    const auto keep = static_cast<std::size_t>(std::llround(maxSeconds * kModelSampleRate));
    const bool cut = out.audio.samples.size() > keep;
    out.warnings = referenceDurationWarnings(dur, maxSeconds, cut);
    if (cut) out.audio.samples.erase(out.audio.samples.begin(), out.audio.samples.end() - static_cast<std::ptrdiff_t>(keep));
    // A silent clip (a muted input, the wrong channel) gives Encodec nothing to capture: the run
    // still works, but the "voice" is noise; say so rather than leave the user guessing.
    float peak = 0.0f;
    for (const float s : out.audio.samples) peak = std::max(peak, std::fabs(s));
    // Measured on the samples as read: resampling a full-scale 16-bit file overshoots a little.
    if (inputPeak > 1.0f) {
        // Only a floating-point file can hold these; Encodec was trained on audio within ±1.
        char level[32];
        std::snprintf(level, sizeof level, "%+.0f dBFS", 20.0 * std::log10(static_cast<double>(inputPeak)));
        out.warnings.push_back(std::string("the reference peaks at ") + level +
                               ", above full scale (a floating-point file outside -1..1): the voice will come out "
                               "distorted or as noise; lower its level first");
    }
    if (peak < kSilentReferencePeak) {
        char level[32];
        std::snprintf(level, sizeof level, "%.0f dBFS", 20.0 * std::log10(static_cast<double>(peak)));
        out.warnings.push_back(std::string("the reference is ") + (peak == 0.0f ? "digital silence" : "nearly silent (peak " + std::string(level) + ")") +
                               ": there is no voice in it to clone; record or choose a clip with speech in it");
    }
    out.seconds = out.audio.durationSeconds();
    // The reference: F.pad(ref_audio, (int(sr * ref_audio_pad), 0)).
    const auto pad = static_cast<std::size_t>(static_cast<double>(kModelSampleRate) * padSeconds);
    out.audio.samples.insert(out.audio.samples.begin(), pad, 0.0f);
    return out;
}

std::uint64_t fnv1a64(const void* data, std::size_t bytes, std::uint64_t hash) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < bytes; ++i) {
        hash ^= p[i];
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::string hex64(std::uint64_t value) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
    return buf;
}

}  // namespace mars5
