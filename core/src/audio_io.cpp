#include "mars5/audio.h"

#include "atomic_file.h"
#include "error_notices.h"
#include "failure.h"
#include "translatable.h"

#include <sndfile.h>
#include <soxr.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>
#include <utility>

namespace mars5 {

namespace {

struct SndFileCloser {
    void operator()(SNDFILE* f) const { if (f) sf_close(f); }
};
using SndFilePtr = std::unique_ptr<SNDFILE, SndFileCloser>;

// "3.39615e+38": a sample value in a message, whatever its size.
std::string shortNumber(float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", static_cast<double>(value));
    return text;
}

// libsndfile's own name for a major format ("WAV (Microsoft)") or an encoding ("Signed 16 bit PCM").
std::string formatName(int code) {
    SF_FORMAT_INFO info{};
    info.format = code;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, sizeof info) == 0 && info.name) return info.name;
    return "unknown";
}

SndFilePtr openForReading(const std::string& path, SF_INFO& info) {
    info = SF_INFO{};
    SndFilePtr file(sf_open(path.c_str(), SFM_READ, &info));
    if (!file) {
        std::FILE* probe = std::fopen(path.c_str(), "rb");
        if (!probe) fail(ErrorKind::Io, cannotOpenFileNotice(path));
        std::fclose(probe);  // a folder opens too, and libsndfile says "Format not recognised"
        if (std::error_code ec; std::filesystem::is_directory(path, ec))
            fail(ErrorKind::InvalidArgument, Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: is a folder, not an audio file"),
                                                    {NoticeValue::words(path)}});
        fail(ErrorKind::Format, Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: not a readable audio file (%2)"),
                                       {NoticeValue::words(path), NoticeValue::words(sf_strerror(nullptr))}});
    }
    if (info.channels < 1 || info.samplerate < 1)
        fail(ErrorKind::Format, Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: the file declares %2 channels at %3 Hz"),
                                       {NoticeValue::words(path), NoticeValue::integer(info.channels),
                                        NoticeValue::integer(info.samplerate)}});
    return file;
}

// libsndfile reads a truncated WAV/AIFF silently, computing the frame count from the
// file size; its log then holds a line such as "data : 48000 (should be 23978)".
// Returns the announced/actual data size ratio when the data chunk is short, else 0.
double truncatedDataRatio(SNDFILE* file) {
    char log[8192] = {};
    sf_command(file, SFC_GET_LOG_INFO, log, sizeof log - 1);
    const char* line = std::strstr(log, "data : ");
    if (!line) return 0;
    unsigned long long announced = 0, actual = 0;
    if (std::sscanf(line, "data : %llu (should be %llu)", &announced, &actual) != 2) return 0;
    return actual > 0 && announced > actual ? static_cast<double>(announced) / actual : 0;
}

// Two durations said together ("announces 10.00 s but only 9.96 s could be read"): the same
// number of decimals for both, at least `decimals`, and as many more (up to 6) as it takes for
// both to show their first digit and for the two to read differently.
std::pair<NoticeValue, NoticeValue> contrastingSeconds(double first, double second, int decimals) {
    constexpr int kMostDecimals = 6;
    decimals = std::max({decimals, NoticeValue::seconds(first, decimals).decimals,
                         NoticeValue::seconds(second, decimals).decimals});
    const auto printed = [](double value, int places) {
        char text[64];
        std::snprintf(text, sizeof text, "%.*f", places, value);
        return std::string(text);
    };
    while (decimals < kMostDecimals && printed(first, decimals) == printed(second, decimals)) ++decimals;
    return {NoticeValue::real(first, decimals), NoticeValue::real(second, decimals)};
}

}  // namespace

Result<AudioFileInfo> probeAudio(const std::string& path) {
    return guarded([&] {
        SF_INFO info;
        SndFilePtr file = openForReading(path, info);
        AudioFileInfo out;
        out.sampleRate = info.samplerate;
        out.channels = info.channels;
        out.frames = info.frames;
        out.container = formatName(info.format & SF_FORMAT_TYPEMASK);
        out.encoding = formatName(info.format & SF_FORMAT_SUBMASK);
        return out;
    });
}

Result<AudioBuffer> readAudioMono(const std::string& path, const AudioReadOptions& options) {
    return guarded([&] {
        SF_INFO info;
        SndFilePtr file = openForReading(path, info);
        const double declaredSeconds = static_cast<double>(info.frames) / info.samplerate;
        if (declaredSeconds > options.maxSeconds)
            fail(ErrorKind::InvalidArgument,
                 Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: %2 s of audio is longer than the %3 s this accepts; cut "
                                                           "the part you need first"),
                        {NoticeValue::words(path), NoticeValue::real(declaredSeconds, 1),
                         NoticeValue::real(options.maxSeconds, 1)}});
        AudioBuffer out;
        out.sampleRate = info.samplerate;
        out.samples.reserve(static_cast<std::size_t>(std::max<sf_count_t>(info.frames, 0)));

        // Read in blocks rather than trusting the header's frame count: a truncated file
        // announces more frames than it has, and some formats (MP3) only estimate it.
        constexpr sf_count_t kBlockFrames = 8192;
        const auto maxFrames = static_cast<std::size_t>(options.maxSeconds * info.samplerate) + 1;
        std::vector<float> block(static_cast<std::size_t>(kBlockFrames * info.channels));
        for (;;) {
            const sf_count_t got = sf_readf_float(file.get(), block.data(), kBlockFrames);
            if (got <= 0) break;
            for (sf_count_t f = 0; f < got; ++f) {
                double sum = 0;
                for (int c = 0; c < info.channels; ++c) sum += block[static_cast<std::size_t>(f * info.channels + c)];
                out.samples.push_back(static_cast<float>(sum / info.channels));
            }
            if (out.samples.size() > maxFrames)
                fail(ErrorKind::InvalidArgument,
                     Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: longer than the %2 s this accepts; cut the part you "
                                                               "need first"),
                            {NoticeValue::words(path), NoticeValue::real(options.maxSeconds, 1)}});
        }
        if (sf_error(file.get()) != SF_ERR_NO_ERROR)
            out.warnings.push_back({QT_TRANSLATE_NOOP("mars5::Notice", "the file is damaged after %1 s (%2); only the "
                                                                       "readable part was loaded"),
                                    {NoticeValue::seconds(out.durationSeconds(), 1), NoticeValue::words(sf_strerror(file.get()))}});

        if (out.samples.empty())
            fail(ErrorKind::Format, Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: the file contains no audio samples"),
                                           {NoticeValue::words(path)}});
        double announcedSeconds = 0;
        if (const double ratio = truncatedDataRatio(file.get()); ratio > 0)
            announcedSeconds = out.durationSeconds() * ratio;
        else if (info.frames > 0 && static_cast<sf_count_t>(out.samples.size()) < info.frames)
            announcedSeconds = declaredSeconds;
        if (announcedSeconds > 0) {
            const auto [announced, read] = contrastingSeconds(announcedSeconds, out.durationSeconds(), 1);
            out.warnings.push_back({QT_TRANSLATE_NOOP("mars5::Notice", "the file is truncated: its header announces %1 s "
                                                                       "but only %2 s could be read"),
                                    {announced, read}});
        }
        for (std::size_t i = 0; i < out.samples.size(); ++i) {
            if (!std::isfinite(out.samples[i]))
                fail(ErrorKind::Format,
                     Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: sample %2 (at %3 s) is not a number (NaN or "
                                                               "infinite): the file is corrupt"),
                            {NoticeValue::words(path), NoticeValue::integer(static_cast<std::int64_t>(i)),
                             NoticeValue::real(static_cast<double>(i) / info.samplerate, 3)}});
            if (std::fabs(out.samples[i]) > kMaxSampleMagnitude)
                fail(ErrorKind::Format,
                     Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: sample %2 (at %3 s) is %4, far beyond any audio level "
                                                               "(at most 1e30): the file is corrupt"),
                            {NoticeValue::words(path), NoticeValue::integer(static_cast<std::int64_t>(i)),
                             NoticeValue::real(static_cast<double>(i) / info.samplerate, 3),
                             NoticeValue::words(shortNumber(out.samples[i]))}});
        }
        return out;
    });
}

Result<AudioBuffer> resample(const AudioBuffer& audio, int targetRate) {
    return guarded([&] {
        if (audio.sampleRate <= 0 || targetRate <= 0)
            fail(ErrorKind::InvalidArgument, "resample: sample rates must be positive (from " +
                                                 std::to_string(audio.sampleRate) + " Hz to " +
                                                 std::to_string(targetRate) + " Hz)");
        for (std::size_t i = 0; i < audio.samples.size(); ++i)
            if (!(std::fabs(audio.samples[i]) <= kMaxSampleMagnitude))  // also NaN
                fail(ErrorKind::InvalidArgument, "resample: sample " + std::to_string(i) + " is " +
                                                     shortNumber(audio.samples[i]) + ", not a finite level up to 1e30");
        AudioBuffer out;
        out.sampleRate = targetRate;
        out.warnings = audio.warnings;
        if (audio.sampleRate == targetRate || audio.samples.empty()) {
            out.samples = audio.samples;
            return out;
        }
        const double ratio = static_cast<double>(targetRate) / audio.sampleRate;
        out.samples.resize(static_cast<std::size_t>(std::llround(audio.samples.size() * ratio)));
        // Fewer input samples than one output sample (one sample at 96 kHz, or a header's absurd
        // rate): nothing to compute, and soxr must not be handed an empty output.
        if (out.samples.empty()) return out;
        const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
        const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_VHQ, SOXR_LINEAR_PHASE);
        size_t done = 0;
        const soxr_error_t err = soxr_oneshot(audio.sampleRate, targetRate, 1, audio.samples.data(),
                                              audio.samples.size(), nullptr, out.samples.data(),
                                              out.samples.size(), &done, &io, &quality, nullptr);
        if (err) fail(ErrorKind::Internal, std::string("resampling failed: ") + err);
        out.samples.resize(done);
        return out;
    });
}

Result<AudioBuffer> loadAudioForModel(const std::string& path, const AudioReadOptions& options) {
    auto mono = readAudioMono(path, options);
    if (!mono) return mono.error();  // read errors begin with the path already
    auto resampled = resample(*mono, kModelSampleRate);
    if (!resampled) return Error{resampled.error().kind, path + ": " + resampled.message()};
    if (resampled->samples.empty()) {
        const Notice notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: the audio is shorter than one sample at 24 kHz "
                                                               "(%2 samples at %3 Hz)"),
                            {NoticeValue::words(path), NoticeValue::integer(static_cast<std::int64_t>(mono->samples.size())),
                             NoticeValue::integer(mono->sampleRate)}};
        return Error{ErrorKind::Format, notice.text(), notice};
    }
    return resampled;
}

namespace {

struct FormatTraits {
    AudioFileFormat format;
    const char* name;
    const char* suffix;
    const char* encoding;
    int sndfileFormat;
};

constexpr FormatTraits kFormatTraits[] = {
    {AudioFileFormat::WavPcm16, "wav16", "wav", "pcm16", SF_FORMAT_WAV | SF_FORMAT_PCM_16},
    {AudioFileFormat::WavPcm24, "wav24", "wav", "pcm24", SF_FORMAT_WAV | SF_FORMAT_PCM_24},
    {AudioFileFormat::WavFloat32, "wav-float", "wav", "float32", SF_FORMAT_WAV | SF_FORMAT_FLOAT},
    {AudioFileFormat::FlacPcm16, "flac16", "flac", "pcm16", SF_FORMAT_FLAC | SF_FORMAT_PCM_16},
    {AudioFileFormat::FlacPcm24, "flac24", "flac", "pcm24", SF_FORMAT_FLAC | SF_FORMAT_PCM_24},
};

const FormatTraits& traitsOf(AudioFileFormat format) {
    for (const FormatTraits& t : kFormatTraits)
        if (t.format == format) return t;
    return kFormatTraits[0];
}

}  // namespace

const char* fileSuffix(AudioFileFormat format) { return traitsOf(format).suffix; }
const char* formatName(AudioFileFormat format) { return traitsOf(format).name; }
const char* sampleEncodingName(AudioFileFormat format) { return traitsOf(format).encoding; }
bool keepsPeaksAboveFullScale(AudioFileFormat format) { return format == AudioFileFormat::WavFloat32; }

Result<AudioFileFormat> parseAudioFileFormat(const std::string& name) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string names;
    for (const FormatTraits& t : kFormatTraits) {
        if (lower == t.name) return t.format;
        names += names.empty() ? "" : ", ";
        names += t.name;
    }
    return Error{ErrorKind::InvalidArgument, "\"" + name + "\" is not an audio file format; the formats are " + names};
}

Result<void> writeAudioFile(const std::string& path, const AudioBuffer& audio, AudioFileFormat format) {
    return guarded([&] {
        if (audio.sampleRate <= 0)
            fail(ErrorKind::InvalidArgument,
                 Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: cannot write audio with sample rate %2"),
                        {NoticeValue::words(path), NoticeValue::integer(audio.sampleRate)}});
        if (audio.samples.empty())
            fail(ErrorKind::InvalidArgument, Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: there is no audio to write"),
                                                    {NoticeValue::words(path)}});
        for (std::size_t i = 0; i < audio.samples.size(); ++i)
            if (!std::isfinite(audio.samples[i]))
                fail(ErrorKind::InvalidArgument,
                     Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: sample %2 is not a finite number; nothing was written"),
                            {NoticeValue::words(path), NoticeValue::integer(static_cast<std::int64_t>(i))}});

        AtomicFile target(path);
        SF_INFO info{};
        info.samplerate = audio.sampleRate;
        info.channels = 1;
        info.format = traitsOf(format).sndfileFormat;
        {
            SndFilePtr file(sf_open(target.temporaryPath().c_str(), SFM_WRITE, &info));
            if (!file)
                fail(ErrorKind::Io, Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: cannot create the file (%2)"),
                                           {NoticeValue::words(path), NoticeValue::words(sf_strerror(nullptr))}});
            // Out-of-range floats must clip in integer output instead of wrapping around.
            sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
            const auto n = static_cast<sf_count_t>(audio.samples.size());
            if (sf_writef_float(file.get(), audio.samples.data(), n) != n)
                fail(ErrorKind::Io, Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: write failed (%2); is the disk full?"),
                                           {NoticeValue::words(path), NoticeValue::words(sf_strerror(file.get()))}});
            sf_write_sync(file.get());
        }
        target.commit();
    });
}

double AudioPeak::peakDbfs() const {
    return peak > 0.0f ? 20.0 * std::log10(double(peak)) : -std::numeric_limits<double>::infinity();
}

AudioPeak measurePeak(const std::vector<float>& samples) {
    AudioPeak p;
    for (const float x : samples) {
        const float a = std::fabs(x);
        p.peak = std::max(p.peak, a);
        if (a > 1.0f) ++p.overFullScale;
    }
    return p;
}

}  // namespace mars5
