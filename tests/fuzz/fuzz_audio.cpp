// Fuzz target: an audio file given as a reference clip or for rating (libsndfile reads it; our
// code mixes it down, checks it and resamples it to the models' 24 kHz). Every refusal must
// be an error naming the problem; every success must be finite samples at 24 kHz.
#include "fuzz_support.h"
#include "mars5/audio.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit cleanup;
    const std::string& path = mars5::fuzz::writeInput(data, size);
    const auto info = mars5::probeAudio(path);
    if (!info && info.error().kind == mars5::ErrorKind::Internal) mars5::fuzz::finding("probe: an internal error", info.error().message);

    mars5::AudioReadOptions options;
    options.maxSeconds = 30.0;  // keeps each input fast; the check is the same at 600 s
    const auto audio = mars5::loadAudioForModel(path, options);
    if (!audio) {
        mars5::fuzz::tell("refused", audio.error().message);
        if (audio.error().kind == mars5::ErrorKind::Internal) mars5::fuzz::finding("an internal error", audio.error().message);
        if (audio.error().message.find(path) != 0) mars5::fuzz::finding("an error that does not begin with the path", audio.error().message);
        return 0;
    }
    mars5::fuzz::tell("accepted", std::to_string(audio->samples.size()) + " samples at 24 kHz");
    if (audio->sampleRate != mars5::kModelSampleRate) mars5::fuzz::finding("not resampled to 24 kHz", std::to_string(audio->sampleRate));
    if (audio->samples.empty()) mars5::fuzz::finding("a file read as no samples", "");
    for (float s : audio->samples)
        if (!std::isfinite(s)) mars5::fuzz::finding("a sample that is not finite", std::to_string(s));
    return 0;
}
