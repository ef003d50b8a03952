#include "reference_audio.h"

#include "failure.h"
#include "translatable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mars5 {

std::vector<Notice> referenceDurationWarnings(double dur, double maxSeconds, bool cut) {
    std::vector<Notice> w;
    const NoticeValue duration = NoticeValue::seconds(dur, 2), most = NoticeValue::real(maxSeconds, 2);
    if (dur < kShortestReferenceSeconds)
        w.push_back({QT_TRANSLATE_NOOP("mars5::Notice", "the reference is %1 s long, shorter than 1 s: the voice will be "
                                                        "poorly captured (2 to 12 s, about 6 s, works best)"),
                     {duration}});
    if (dur > maxSeconds)
        w.push_back({cut ? QT_TRANSLATE_NOOP("mars5::Notice", "the reference is %1 s long, more than max_prompt_dur = %2 s: "
                                                              "only its last %2 s are used")
                         : QT_TRANSLATE_NOOP("mars5::Notice", "the reference is %1 s long, more than max_prompt_dur = %2 s: "
                                                              "expect quality degradations"),
                     {duration, most}});
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
    if (!audio) fail(audio.error());
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
        out.warnings.push_back({QT_TRANSLATE_NOOP("mars5::Notice", "the reference peaks at +%1 dBFS, above full scale (a "
                                                                   "floating-point file outside -1..1): the voice will "
                                                                   "come out distorted or as noise; lower its level first"),
                                {NoticeValue::real(20.0 * std::log10(static_cast<double>(inputPeak)), 0)}});
    }
    if (peak < kSilentReferencePeak) {
        if (peak == 0.0f)
            out.warnings.push_back({QT_TRANSLATE_NOOP("mars5::Notice", "the reference is digital silence: there is no voice "
                                                                       "in it to clone; record or choose a clip with speech in it"), {}});
        else
            out.warnings.push_back({QT_TRANSLATE_NOOP("mars5::Notice", "the reference is nearly silent (peak %1 dBFS): there "
                                                                       "is no voice in it to clone; record or choose a clip "
                                                                       "with speech in it"),
                                    {NoticeValue::real(20.0 * std::log10(static_cast<double>(peak)), 0)}});
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
