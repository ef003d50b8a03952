#include "studio/take_export.h"

#include "studio/presets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

QString pcm16ClippingNote(const AudioPeak& peak) {
    if (peak.overFullScale == 0) return {};
    return tr("16-bit WAV: %n sample(s) above full scale (peak %1 dBFS) clipped; export as 32-bit float to keep them.",
              nullptr, static_cast<int>(std::min<std::size_t>(peak.overFullScale, std::numeric_limits<int>::max())))
        .arg(QStringLiteral("%1%2").arg(peak.peakDbfs() >= 0 ? QStringLiteral("+") : QString()).arg(peak.peakDbfs(), 0, 'f', 1));
}

QString sidecarPathFor(const QString& wavPath) {
    const QFileInfo info(wavPath);
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

QJsonObject takeProvenance(const SynthesisOutcome& take, const LoadedModels* models, mars5::AudioFileFormat format) {
    const SynthesisRequest& r = take.request;
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("mars5-studio-take"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("app"), QStringLiteral("MARS5 Studio"));
    o.insert(QStringLiteral("app_version"), QCoreApplication::applicationVersion());
    o.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("text"), r.text);
    o.insert(QStringLiteral("transcript"), r.transcript.isEmpty() ? QJsonValue() : QJsonValue(r.transcript));
    o.insert(QStringLiteral("deep_clone"), r.deepClone);

    QJsonObject ref;
    ref.insert(QStringLiteral("name"), r.referenceName);
    ref.insert(QStringLiteral("file"), r.referenceFile.isEmpty() ? QJsonValue() : QJsonValue(r.referenceFile));
    ref.insert(QStringLiteral("file_sha256"), r.referenceFileSha256.isEmpty() ? QJsonValue() : QJsonValue(r.referenceFileSha256));
    ref.insert(QStringLiteral("edited"), r.referenceEdited);
    ref.insert(QStringLiteral("audio_sha256"), audioSha256(r.reference.samples));
    ref.insert(QStringLiteral("audio_sha256_of"), QStringLiteral("the mono samples as little-endian float32, before resampling"));
    ref.insert(QStringLiteral("sample_rate"), r.reference.sampleRate);
    ref.insert(QStringLiteral("seconds"), r.reference.durationSeconds());
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
    o.insert(QStringLiteral("run"), run);

    QJsonObject audio;
    audio.insert(QStringLiteral("sample_rate"), take.audio.sampleRate);
    audio.insert(QStringLiteral("samples"), static_cast<qint64>(take.audio.samples.size()));
    audio.insert(QStringLiteral("seconds"), take.audio.durationSeconds());
    audio.insert(QStringLiteral("encoding"), format == mars5::AudioFileFormat::WavPcm16 ? QStringLiteral("pcm16") : QStringLiteral("float32"));
    const AudioPeak peak = measurePeak(take.audio.samples);
    // JSON has no -inf: a silent take's peak is null.
    audio.insert(QStringLiteral("peak_dbfs"), peak.peak > 0.0f ? QJsonValue(std::round(peak.peakDbfs() * 100.0) / 100.0) : QJsonValue());
    audio.insert(QStringLiteral("clipped_samples"),
                 format == mars5::AudioFileFormat::WavPcm16 ? static_cast<qint64>(peak.overFullScale) : qint64{0});
    o.insert(QStringLiteral("audio"), audio);
    return o;
}

QString exportTake(const QString& wavPath, const SynthesisOutcome& take, const LoadedModels* models, mars5::AudioFileFormat format) {
    if (!take.hasAudio()) return tr("There is no audio to export.");
    QSaveFile sidecar(sidecarPathFor(wavPath));
    if (!sidecar.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(sidecar.fileName()), sidecar.errorString());
    sidecar.write(QJsonDocument(takeProvenance(take, models, format)).toJson(QJsonDocument::Indented));
    const auto written = mars5::writeAudioFile(QFile::encodeName(wavPath).toStdString(), take.audio, format);
    if (!written.ok()) {
        sidecar.cancelWriting();
        return tr("The WAV could not be written: %1").arg(QString::fromStdString(written.message()));
    }
    if (!sidecar.commit())
        return tr("The audio was saved, but its provenance file %1 could not be written: %2")
            .arg(QDir::toNativeSeparators(sidecar.fileName()), sidecar.errorString());
    return {};
}

}  // namespace mars5::ui
