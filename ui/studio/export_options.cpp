#include "studio/export_options.h"

#include "audio/loudness.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace mars5::ui {

namespace {

// lupdate files these free tr() calls under the enclosing namespace: look them up there.
QString tr(const char* text) { return QCoreApplication::translate("mars5::ui", text); }

const char* const kFormatKey = "export/format";
const char* const kRateKey = "export/sampleRate";
const char* const kLoudnessKey = "export/loudnessLufs";  // absent: as made

}  // namespace

ExportOptions ExportOptions::remembered() {
    const QSettings settings;
    ExportOptions o;
    if (const auto format = mars5::parseAudioFileFormat(settings.value(kFormatKey).toString().toStdString()); format.ok())
        o.format = format.value();
    const int rate = settings.value(kRateKey, o.sampleRate).toInt();
    if (std::find(std::begin(kExportSampleRates), std::end(kExportSampleRates), rate) != std::end(kExportSampleRates))
        o.sampleRate = rate;
    bool ok = false;
    const double lufs = settings.value(kLoudnessKey).toDouble(&ok);
    if (ok && std::find(std::begin(kExportLoudnessTargets), std::end(kExportLoudnessTargets), lufs) != std::end(kExportLoudnessTargets))
        o.loudnessLufs = lufs;
    return o;
}

void ExportOptions::remember() const {
    QSettings settings;
    settings.setValue(kFormatKey, QString::fromLatin1(mars5::formatName(format)));
    settings.setValue(kRateKey, sampleRate);
    if (loudnessLufs)
        settings.setValue(kLoudnessKey, *loudnessLufs);
    else
        settings.remove(kLoudnessKey);
}

QString formatLabel(mars5::AudioFileFormat format) {
    switch (format) {
    case mars5::AudioFileFormat::WavPcm16: return tr("WAV, 16-bit PCM");
    case mars5::AudioFileFormat::WavPcm24: return tr("WAV, 24-bit PCM");
    case mars5::AudioFileFormat::WavFloat32: return tr("WAV, 32-bit float");
    case mars5::AudioFileFormat::FlacPcm16: return tr("FLAC, 16-bit");
    case mars5::AudioFileFormat::FlacPcm24: return tr("FLAC, 24-bit");
    }
    return {};
}

QString formatPurpose(mars5::AudioFileFormat format) {
    switch (format) {
    case mars5::AudioFileFormat::WavPcm16: return tr("what every tool reads");
    case mars5::AudioFileFormat::WavPcm24: return tr("for audio editors");
    case mars5::AudioFileFormat::WavFloat32: return tr("keeps peaks above full scale");
    case mars5::AudioFileFormat::FlacPcm16:
    case mars5::AudioFileFormat::FlacPcm24: return tr("lossless, about half the size");
    }
    return {};
}

QString sampleRateLabel(int rate) {
    const QString hz = tr("%1 Hz").arg(QLocale().toString(rate));
    if (rate == mars5::kModelSampleRate) return tr("%1 (the model's own)").arg(hz);
    if (rate == 44100) return tr("%1 (CD, music tools)").arg(hz);
    if (rate == 48000) return tr("%1 (video)").arg(hz);
    return hz;
}

namespace {
// "−16 LUFS". U+2212 MINUS SIGN: a hyphen looks like a dash in a menu.
QString lufsText(double lufs) {
    return tr("%1 LUFS").arg(QLocale().toString(lufs, 'f', 0).replace(QLatin1Char('-'), QChar(0x2212)));
}
}  // namespace

QString loudnessLabel(const std::optional<double>& lufs) {
    if (!lufs) return tr("As made");
    const QString value = lufsText(*lufs);
    if (*lufs == -14.0) return tr("%1 (streaming platforms)").arg(value);
    if (*lufs == -16.0) return tr("%1 (podcasts, web)").arg(value);
    if (*lufs == -23.0) return tr("%1 (broadcast, EBU R128)").arg(value);
    return value;
}

QString optionsSummary(const ExportOptions& options) {
    const QString loudness = options.loudnessLufs ? lufsText(*options.loudnessLufs) : tr("as made");
    return tr("%1 · %2 · %3").arg(formatLabel(options.format), tr("%1 Hz").arg(QLocale().toString(options.sampleRate)), loudness);
}

QString withFormatSuffix(const QString& path, mars5::AudioFileFormat format) {
    if (path.isEmpty()) return path;
    const QString suffix = QString::fromLatin1(mars5::fileSuffix(format));
    const QFileInfo info(path);
    const QString current = info.suffix().toLower();
    if (current == suffix) return path;
    // Another format's suffix is replaced; any other suffix ("take.v2") is part of the name.
    for (mars5::AudioFileFormat other : mars5::kAllAudioFileFormats)
        if (current == QLatin1String(mars5::fileSuffix(other))) return path.left(path.size() - info.suffix().size()) + suffix;
    return path + QLatin1Char('.') + suffix;
}

std::size_t clippedSamples(const mars5::AudioPeak& peak, mars5::AudioFileFormat format) {
    return mars5::keepsPeaksAboveFullScale(format) ? 0 : peak.overFullScale;
}

Result<PreparedExportAudio> prepareExportAudio(const mars5::AudioBuffer& take, const ExportOptions& options) {
    if (take.samples.empty() || take.sampleRate <= 0) return Error{ErrorKind::InvalidArgument, "there is no audio to export"};
    PreparedExportAudio out;
    if (take.sampleRate == options.sampleRate) {
        out.audio.samples = take.samples;
        out.audio.sampleRate = take.sampleRate;
    } else {
        auto resampled = mars5::resample(take, options.sampleRate);
        if (!resampled.ok()) return resampled.error();
        out.audio = std::move(resampled).value();
    }
    if (options.loudnessLufs) {
        // Measured at the take's own rate: the gain is then the same whichever rate is written.
        auto measured = measureLoudness(take.samples, take.sampleRate);
        if (!measured.ok()) return measured.error();
        if (std::isfinite(measured.value().integratedLufs)) {
            out.measuredLufs = measured.value().integratedLufs;
            out.gainDb = *options.loudnessLufs - *out.measuredLufs;
            out.audio.samples = applyGain(out.audio.samples, std::pow(10.0, out.gainDb / 20.0));
        } else {
            out.silent = true;  // too short (under 0.4 s) or quiet for the gated measure: left as made
        }
    }
    out.peak = mars5::measurePeak(out.audio.samples);
    return out;
}

}  // namespace mars5::ui
