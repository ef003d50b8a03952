#include "studio/take_export.h"

#include "studio/presets.h"
#include "util/notice_text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace mars5::ui {

namespace {

// lupdate files these free tr() calls under the enclosing namespace: look them up there.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("mars5::ui", text, disambiguation, n);
}

}  // namespace

QString clippingNote(const AudioPeak& peak, mars5::AudioFileFormat format) {
    if (peak.overFullScale == 0 || mars5::keepsPeaksAboveFullScale(format)) return {};
    return tr("%1: %n sample(s) above full scale (peak %2 dBFS) clipped; export as 32-bit float WAV to keep them.",
              nullptr, static_cast<int>(std::min<std::size_t>(peak.overFullScale, std::numeric_limits<int>::max())))
        .arg(formatLabel(format))
        .arg((peak.peakDbfs() >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(peak.peakDbfs(), 'f', 1));
}

QString TakeExportResult::clippingNote(mars5::AudioFileFormat format) const {
    return ok() ? mars5::ui::clippingNote(file.peak, format) : QString();
}

QString sidecarPathFor(const QString& audioPath) {
    const QFileInfo info(audioPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QString audioSha256(const std::vector<float>& samples) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    static_assert(sizeof(float) == 4);
    if (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(samples.data()), static_cast<qsizetype>(samples.size() * 4)));
    } else {
        for (float f : samples) {
            char b[4];
            std::memcpy(b, &f, 4);
            std::swap(b[0], b[3]);
            std::swap(b[1], b[2]);
            hash.addData(QByteArrayView(b, 4));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject takeProvenance(const SynthesisOutcome& take, const LoadedModels* models, const ExportOptions& options,
                           const PreparedExportAudio& file, const QJsonObject& history) {
    const SynthesisRequest& r = take.request;
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("mars5-studio-take"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("app"), QStringLiteral("MARS5 Studio"));
    o.insert(QStringLiteral("app_version"), QCoreApplication::applicationVersion());
    o.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!history.isEmpty()) o.insert(QStringLiteral("take"), history);
    o.insert(QStringLiteral("text"), r.text);
    o.insert(QStringLiteral("transcript"), r.transcript.isEmpty() ? QJsonValue() : QJsonValue(r.transcript));
    o.insert(QStringLiteral("deep_clone"), r.deepClone);

    QJsonObject ref;
    ref.insert(QStringLiteral("name"), r.referenceName);
    ref.insert(QStringLiteral("file"), r.referenceFile.isEmpty() ? QJsonValue() : QJsonValue(r.referenceFile));
    ref.insert(QStringLiteral("file_sha256"), r.referenceFileSha256.isEmpty() ? QJsonValue() : QJsonValue(r.referenceFileSha256));
    ref.insert(QStringLiteral("edited"), r.referenceEdited);
    if (const auto& recorded = r.referenceMissing) {  // the take's record, since its clip is gone
        ref.insert(QStringLiteral("audio_sha256"), recorded->audioSha256);
        ref.insert(QStringLiteral("sample_rate"), recorded->sampleRate);
        ref.insert(QStringLiteral("seconds"), recorded->sampleRate > 0 ? double(recorded->samples) / recorded->sampleRate : 0.0);
        ref.insert(QStringLiteral("audio_missing"), true);
    } else {
        ref.insert(QStringLiteral("audio_sha256"), audioSha256(r.reference.samples));
        ref.insert(QStringLiteral("sample_rate"), r.reference.sampleRate);
        ref.insert(QStringLiteral("seconds"), r.reference.durationSeconds());
    }
    ref.insert(QStringLiteral("audio_sha256_of"), QStringLiteral("the mono samples as little-endian float32, before resampling"));
    o.insert(QStringLiteral("reference"), ref);

    mars5::InferenceConfig used = r.config;
    used.deep_clone = r.deepClone;
    o.insert(QStringLiteral("config"), configToJson(used));
    o.insert(QStringLiteral("seed"), static_cast<qint64>(take.seed));
    o.insert(QStringLiteral("seed_requested"), static_cast<qint64>(r.config.seed));

    QJsonObject modelsJson;
    if (models) {
        for (const ModelFileCheck& f : models->files) {
            QJsonObject m;
            m.insert(QStringLiteral("file"), f.path);
            m.insert(QStringLiteral("sha256"), f.sha256.isEmpty() ? QJsonValue() : QJsonValue(f.sha256));
            modelsJson.insert(f.role, m);
        }
        modelsJson.insert(QStringLiteral("device"), QString::fromUtf8(mars5::toString(models->info.device)));
        modelsJson.insert(QStringLiteral("dtype"), QString::fromUtf8(mars5::toString(models->info.dtype)));
        // how the diffusion drew its noise: the reference's stream (the CPU) or a GPU's short draws
        modelsJson.insert(QStringLiteral("nar_diffusion_route"), QString::fromUtf8(mars5::diffusionRouteName(take.narReferenceRoute)));
    }
    o.insert(QStringLiteral("models"), modelsJson);

    QJsonObject timings;
    timings.insert(QStringLiteral("encode_reference_s"), take.timings.encodeSeconds);
    timings.insert(QStringLiteral("ar_s"), take.timings.coarseSeconds);
    timings.insert(QStringLiteral("nar_s"), take.timings.refineSeconds);
    timings.insert(QStringLiteral("vocode_s"), take.timings.vocodeSeconds);
    timings.insert(QStringLiteral("trim_s"), take.timings.trimSeconds);
    timings.insert(QStringLiteral("total_s"), take.timings.totalSeconds);
    timings.insert(QStringLiteral("wall_s"), take.wallSeconds);
    o.insert(QStringLiteral("timings"), timings);

    QJsonObject run;
    run.insert(QStringLiteral("ar_tokens"), take.arTokens);
    run.insert(QStringLiteral("expected_tokens"), take.expectedTokens);
    run.insert(QStringLiteral("ar_stop"), take.coarseStop);
    run.insert(QStringLiteral("stopped_early"), take.status == SynthesisOutcome::Status::Stopped);
    run.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(take.warnings));
    if (!take.pieceList.isEmpty()) {
        // A long text spoken in pieces: where each sentence lies in the file (seconds, which
        // resampling keeps), for subtitles or a script that cuts the take apart.
        QJsonArray pieces;
        const double rate = std::max(1, take.audio.sampleRate);
        for (const takes::TakePiece& p : take.pieceList)
            pieces.append(QJsonObject{{QStringLiteral("text"), p.text},
                                      {QStringLiteral("seed"), QString::number(p.seed)},
                                      {QStringLiteral("start_s"), double(p.startSample) / rate},
                                      {QStringLiteral("end_s"), double(p.startSample + p.samples) / rate},
                                      {QStringLiteral("ar_tokens"), p.arTokens},
                                      {QStringLiteral("ar_stop"), p.stop}});
        // "piece_list", as in the take's record, where "pieces" is the count.
        run.insert(QStringLiteral("pieces"), static_cast<int>(take.pieceList.size()));
        run.insert(QStringLiteral("piece_list"), pieces);
    }
    o.insert(QStringLiteral("run"), run);

    // The file as written, and how it was made from the take.
    QJsonObject audio;
    audio.insert(QStringLiteral("container"), QString::fromLatin1(mars5::fileSuffix(options.format)));
    audio.insert(QStringLiteral("encoding"), QString::fromLatin1(mars5::sampleEncodingName(options.format)));
    audio.insert(QStringLiteral("sample_rate"), file.audio.sampleRate);
    audio.insert(QStringLiteral("samples"), static_cast<qint64>(file.audio.samples.size()));
    audio.insert(QStringLiteral("seconds"), file.audio.durationSeconds());
    // JSON has no -inf: a silent take's peak is null.
    audio.insert(QStringLiteral("peak_dbfs"),
                 file.peak.peak > 0.0f ? QJsonValue(std::round(file.peak.peakDbfs() * 100.0) / 100.0) : QJsonValue());
    audio.insert(QStringLiteral("clipped_samples"), static_cast<qint64>(file.clippedSamples(options.format)));
    audio.insert(QStringLiteral("resampled_from"), file.audio.sampleRate != take.audio.sampleRate
                                                       ? QJsonValue(take.audio.sampleRate)
                                                       : QJsonValue());
    if (options.loudnessLufs) {
        QJsonObject loudness;
        loudness.insert(QStringLiteral("target_lufs"), *options.loudnessLufs);
        loudness.insert(QStringLiteral("take_lufs"),
                        file.measuredLufs ? QJsonValue(std::round(*file.measuredLufs * 100.0) / 100.0) : QJsonValue());
        loudness.insert(QStringLiteral("gain_db"), std::round(file.gainDb * 100.0) / 100.0);
        loudness.insert(QStringLiteral("measure"), QStringLiteral("EBU R128 integrated (libebur128)"));
        audio.insert(QStringLiteral("loudness"), loudness);
    } else {
        audio.insert(QStringLiteral("loudness"), QJsonValue());
    }
    o.insert(QStringLiteral("audio"), audio);
    return o;
}

TakeExportResult exportTake(const QString& path, const SynthesisOutcome& take, const LoadedModels* models,
                            const ExportOptions& options, const QJsonObject& history) {
    TakeExportResult result;
    if (!take.hasAudio()) {
        result.error = tr("There is no audio to export.");
        return result;
    }
    auto prepared = prepareExportAudio(take.audio, options);
    if (!prepared.ok()) {
        result.error = tr("The audio could not be prepared for export: %1").arg(errorText(prepared));
        return result;
    }
    QSaveFile sidecar(sidecarPathFor(path));
    if (!sidecar.open(QIODevice::WriteOnly)) {
        result.error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(sidecar.fileName()), sidecar.errorString());
        return result;
    }
    sidecar.write(QJsonDocument(takeProvenance(take, models, options, prepared.value(), history)).toJson(QJsonDocument::Indented));
    const auto written = mars5::writeAudioFile(QFile::encodeName(path).toStdString(), prepared.value().audio, options.format);
    if (!written.ok()) {
        sidecar.cancelWriting();
        result.error = tr("The audio file could not be written: %1").arg(errorText(written));
        return result;
    }
    if (!sidecar.commit()) {
        result.error = tr("The audio was saved, but its provenance file %1 could not be written: %2")
                           .arg(QDir::toNativeSeparators(sidecar.fileName()), sidecar.errorString());
        return result;
    }
    result.file = std::move(prepared).value();
    return result;
}

}  // namespace mars5::ui
