// How a take is exported: the file format, the sample rate and an optional loudness target,
// and the audio as the file will hold it. No widgets: the export dialog, the studio's Export
// and the history's batch export all go through here.
#pragma once

#include "mars5/audio.h"

#include <QString>

#include <optional>

namespace mars5::ui {

struct ExportOptions {
    mars5::AudioFileFormat format = mars5::AudioFileFormat::WavPcm16;
    // The model makes 24 kHz; 44.1 and 48 kHz are for tools and deliveries that expect them
    // (resampled with soxr, linear phase).
    int sampleRate = mars5::kModelSampleRate;
    // Bring the integrated loudness (EBU R128) to this many LUFS; nullopt keeps the take's level.
    std::optional<double> loudnessLufs;

    bool operator==(const ExportOptions&) const = default;

    // `format` at the model's rate and level.
    static ExportOptions inFormat(mars5::AudioFileFormat format) {
        ExportOptions o;
        o.format = format;
        return o;
    }

    // The last choice, from QSettings (defaults where nothing or something unknown is stored).
    static ExportOptions remembered();
    void remember() const;
};

// The sample rates and loudness targets the export offers.
inline constexpr int kExportSampleRates[] = {mars5::kModelSampleRate, 44100, 48000};
inline constexpr double kExportLoudnessTargets[] = {-14.0, -16.0, -23.0};

// "WAV, 16-bit PCM", "FLAC, 24-bit", ...
QString formatLabel(mars5::AudioFileFormat format);
// What each choice is for, in a few words ("what most tools expect", "broadcast, EBU R128").
QString formatPurpose(mars5::AudioFileFormat format);
QString sampleRateLabel(int rate);  // "24,000 Hz (the model's own)"
QString loudnessLabel(const std::optional<double>& lufs);  // "As made", "−16 LUFS (podcasts, web)"
// All three in a few words, for a menu entry: "FLAC, 24-bit · 48,000 Hz · −16 LUFS".
QString optionsSummary(const ExportOptions& options);

// `path` with the format's suffix (".wav", ".flac") in place of a known audio suffix, or added.
QString withFormatSuffix(const QString& path, mars5::AudioFileFormat format);

// How many samples of audio with this peak a file in `format` clips: those beyond full scale,
// for the integer formats; none for float.
std::size_t clippedSamples(const mars5::AudioPeak& peak, mars5::AudioFileFormat format);

// The take's audio as the file will hold it.
struct PreparedExportAudio {
    mars5::AudioBuffer audio;
    std::optional<double> measuredLufs;  // the take's loudness before the gain (when a target was asked)
    double gainDb = 0.0;                 // applied to reach the target (0 without one)
    bool silent = false;  // a target was asked, but the take has no measurable loudness (too short or quiet)
    mars5::AudioPeak peak;               // of `audio`
    std::size_t clippedSamples(mars5::AudioFileFormat format) const { return mars5::ui::clippedSamples(peak, format); }
};

// Resamples (when the rate differs), then applies the loudness gain. Errors: empty audio,
// a failed resample or measurement.
Result<PreparedExportAudio> prepareExportAudio(const mars5::AudioBuffer& take, const ExportOptions& options);

}  // namespace mars5::ui
