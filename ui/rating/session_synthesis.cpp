#include "rating/session_synthesis.h"

#include "studio/synthesis_controller.h"
#include "util/notice_text.h"

#include "mars5/audio.h"
#include "mars5/long_text.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <exception>

namespace mars5::ui::rating {

namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The recording through the codec alone: Encodec codes of the whole clip (no 12 s cut), vocoded.
// Empty on success, else why not.
QString writeCodecCeiling(mars5::Mars5Engine& engine, const SynthesisPlanItem& item, const QString& file) {
    auto recording = mars5::loadAudioForModel(item.recording.toStdString());
    if (!recording.ok())
        return QObject::tr("%1: the codec ceiling needs the recording, which could not be read: %2")
            .arg(item.id, errorText(recording));
    auto voice = engine.prepareVoice(recording.value(), std::nullopt, 0.0, 1e9);
    if (!voice.ok()) return QStringLiteral("%1: %2").arg(item.id, plainEngineError(voice.error()));
    auto audio = engine.vocode(voice.value().codes());
    if (!audio.ok()) return QStringLiteral("%1: %2").arg(item.id, plainEngineError(audio.error()));
    QDir().mkpath(QFileInfo(file).absolutePath());
    auto written = mars5::writeAudioFile(file.toStdString(), audio.value());
    return written.ok() ? QString() : QStringLiteral("%1: %2").arg(item.id, errorText(written));
}

}  // namespace

qint64 itemSeed(quint64 sessionSeed, const QString& itemId) {
    // FNV-1a of the id's UTF-8 bytes, mixed with the session seed.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : itemId.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    std::uint64_t state = sessionSeed ^ h;
    return static_cast<qint64>(splitmix64(state) & 0x7fffffffULL);
}

Result<SynthesisPlan> planSynthesis(const QList<DatasetItem>& dataset, quint64 sessionSeed) {
    QMap<QString, QList<int>> bySpeaker;  // speaker -> indices, in id order
    QList<int> order;
    for (int i = 0; i < dataset.size(); ++i) order << i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return dataset[a].id < dataset[b].id; });
    for (int i : order) bySpeaker[dataset[i].speaker] << i;
    SynthesisPlan plan;
    QStringList alone;
    for (int i : order) {
        const DatasetItem& d = dataset[i];
        if (d.transcript.isEmpty()) {
            plan.notes << QObject::tr("%1 has an empty transcript and was left out.").arg(d.id);
            continue;
        }
        const QList<int>& same = bySpeaker[d.speaker];
        if (same.size() < 2) {
            alone << d.id;
            continue;
        }
        const int at = static_cast<int>(same.indexOf(i));
        const DatasetItem& ref = dataset[same[(at + 1) % same.size()]];
        SynthesisPlanItem item;
        item.id = d.id;
        item.transcript = d.transcript;
        item.recording = d.audioFile;
        item.speaker = d.speaker;
        item.reference = ref.audioFile;
        item.referenceTranscript = ref.transcript;
        item.seed = itemSeed(sessionSeed, d.id);
        plan.items << item;
    }
    if (!alone.isEmpty())
        plan.notes << QObject::tr("%n item(s) were left out because their speaker has no other clip to lend the voice: %1.",
                                  nullptr, static_cast<int>(alone.size()))
                          .arg(alone.join(QStringLiteral(", ")));
    if (plan.items.isEmpty())
        return Error{ErrorKind::InvalidArgument,
                     QObject::tr("Nothing to synthesize: every item needs another clip of the same speaker as its "
                                 "reference voice.").toStdString()};
    return plan;
}

SessionSynthesizer::SessionSynthesizer(QObject* parent) : QObject(parent) {
    qRegisterMetaType<SynthesisItemOutcome>();
}

SessionSynthesizer::~SessionSynthesizer() {
    cancel();
    wait();
}

void SessionSynthesizer::cancel() {
    if (m_control) m_control->requestCancel();
}

bool SessionSynthesizer::cancelRequested() const { return m_control && m_control->cancelRequested(); }

void SessionSynthesizer::wait() {
    if (m_thread.joinable()) m_thread.join();
}

bool SessionSynthesizer::start(std::shared_ptr<mars5::Mars5Engine> engine, const SynthesisPlan& plan,
                               const mars5::InferenceConfig& config, const QString& folder, bool codecCeiling) {
    return run(std::move(engine), plan, config, folder, codecCeiling, false);
}

bool SessionSynthesizer::startCodecCeilings(std::shared_ptr<mars5::Mars5Engine> engine, const SynthesisPlan& plan,
                                            const QString& folder) {
    return run(std::move(engine), plan, {}, folder, true, true);
}

bool SessionSynthesizer::run(std::shared_ptr<mars5::Mars5Engine> engine, const SynthesisPlan& plan,
                             const mars5::InferenceConfig& config, const QString& folder, bool codecCeiling, bool ceilingsOnly) {
    if (m_running || !engine) return false;
    wait();  // a previous, finished job
    m_running = true;
    m_control = std::make_shared<mars5::RunControl>();
    auto control = m_control;
    QPointer<SessionSynthesizer> self(this);
    // Reports go back to this object's thread; the destructor joins the worker first, so
    // `this` outlives every queued call made before it.
    auto post = [this](auto fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); };
    m_thread = std::thread([this, engine, plan, config, folder, codecCeiling, ceilingsOnly, control, post] {
        QList<SynthesisItemOutcome> outcomes;
        QDir().mkpath(folder);
        const int count = static_cast<int>(plan.items.size());
        for (int index = 0; index < count && !control->cancelRequested(); ++index) {
            const SynthesisPlanItem& item = plan.items[index];
            post([this, index, count, id = item.id] { emit itemStarted(index, count, id); });
            QElapsedTimer clock;
            clock.start();
            SynthesisItemOutcome outcome;
            outcome.id = item.id;
            const QString ceiling = QDir(folder).filePath(QStringLiteral("codec-ceiling/") + item.id + QStringLiteral(".wav"));
            try {
                if (ceilingsOnly) {
                    outcome.ceilingMessage = writeCodecCeiling(*engine, item, ceiling);
                    outcome.ok = outcome.ceilingMessage.isEmpty();
                    if (outcome.ok) outcome.ceilingFile = ceiling;
                    else outcome.message = outcome.ceilingMessage;
                } else if (auto reference = mars5::loadAudioForModel(item.reference.toStdString()); !reference.ok()) {
                    outcome.message = QObject::tr("%1: the reference clip %2 could not be read: %3")
                                          .arg(item.id, QFileInfo(item.reference).fileName(),
                                               errorText(reference));
                } else {
                    mars5::InferenceConfig cfg = config;
                    cfg.seed = item.seed;
                    cfg.deep_clone = config.deep_clone && !item.referenceTranscript.isEmpty();
                    std::optional<std::string> transcript;
                    if (cfg.deep_clone) transcript = item.referenceTranscript.toStdString();
                    auto voice = engine->prepareVoice(reference.value(), transcript, cfg.ref_audio_pad, cfg.max_prompt_dur);
                    if (!voice.ok()) {
                        outcome.message = QStringLiteral("%1: %2").arg(item.id, plainEngineError(voice.error()));
                    } else {
                        qint64 lastReport = -1;
                        QElapsedTimer throttle;
                        throttle.start();
                        auto progress = [&](const mars5::EngineProgress& p) {
                            if (!p.finished && throttle.elapsed() - lastReport < 40) return;
                            lastReport = throttle.elapsed();
                            post([this, index, stage = static_cast<int>(p.stage), current = p.current, total = p.total,
                                  piece = p.piece, pieces = p.pieces] { emit itemProgress(index, stage, current, total, piece, pieces); });
                        };
                        // The studio's piece length applies here too: every synthesis follows the settings.
                        auto take = mars5::ttsLongText(*engine, item.transcript.toStdString(), voice.value(), cfg, progress,
                                                       control.get());
                        if (!take.ok()) {
                            outcome.message = take.error().kind == mars5::ErrorKind::Cancelled
                                                  ? QObject::tr("%1: cancelled").arg(item.id)
                                                  : QStringLiteral("%1: %2").arg(item.id, plainEngineError(take.error()));
                        } else if (take.value().audio.samples.empty()) {
                            outcome.message = QObject::tr("%1: the model produced no audio").arg(item.id);
                        } else {
                            const QString file = QDir(folder).filePath(item.id + QStringLiteral(".wav"));
                            auto written = mars5::writeAudioFile(file.toStdString(), take.value().audio);
                            if (!written.ok()) outcome.message = QStringLiteral("%1: %2").arg(item.id, errorText(written));
                            else {
                                outcome.ok = true;
                                outcome.takeFile = file;
                            }
                            if (outcome.ok && codecCeiling && !control->cancelRequested()) {
                                outcome.ceilingMessage = writeCodecCeiling(*engine, item, ceiling);
                                if (outcome.ceilingMessage.isEmpty()) outcome.ceilingFile = ceiling;
                            }
                        }
                    }
                }
            } catch (const std::exception& e) {
                outcome.message = QStringLiteral("%1: %2").arg(item.id, QString::fromUtf8(e.what()));
            }
            outcome.seconds = clock.elapsed() / 1000.0;
            outcomes << outcome;
            post([this, index, outcome] { emit itemFinished(index, outcome); });
        }
        const bool cancelled = control->cancelRequested();
        post([this, cancelled, outcomes] {
            m_running = false;
            emit finished(cancelled, outcomes);
        });
    });
    Q_UNUSED(self);
    return true;
}

Result<void> writeSynthesisManifest(const QString& folder, const QString& datasetFolder, const SynthesisPlan& plan,
                                    const mars5::InferenceConfig& config,
                                    const QList<SynthesisItemOutcome>& outcomes) {
    QJsonObject settings;
    for (const auto& field : mars5::inferenceConfigFields())
        if (const auto value = config.get(field.name)) settings.insert(QString::fromUtf8(field.name), *value);
    QMap<QString, SynthesisItemOutcome> byId;
    for (const SynthesisItemOutcome& o : outcomes) byId.insert(o.id, o);
    QJsonArray items;
    for (const SynthesisPlanItem& item : plan.items) {
        QJsonObject o{{QStringLiteral("id"), item.id},
                      {QStringLiteral("transcript"), item.transcript},
                      {QStringLiteral("recording"), item.recording},
                      {QStringLiteral("speaker"), item.speaker},
                      {QStringLiteral("reference"), item.reference},
                      {QStringLiteral("reference_transcript"), item.referenceTranscript},
                      {QStringLiteral("seed"), item.seed}};
        const auto it = byId.find(item.id);
        if (it == byId.end()) o.insert(QStringLiteral("status"), QStringLiteral("not run"));
        else if (it->ok) {
            o.insert(QStringLiteral("status"), QStringLiteral("ok"));
            o.insert(QStringLiteral("take"), QFileInfo(it->takeFile).fileName());
            o.insert(QStringLiteral("seconds"), it->seconds);
            if (!it->ceilingFile.isEmpty()) o.insert(QStringLiteral("codec_ceiling"), QStringLiteral("codec-ceiling/") + QFileInfo(it->ceilingFile).fileName());
            if (!it->ceilingMessage.isEmpty()) o.insert(QStringLiteral("codec_ceiling_error"), it->ceilingMessage);
        } else {
            o.insert(QStringLiteral("status"), QStringLiteral("failed"));
            o.insert(QStringLiteral("error"), it->message);
        }
        items.append(o);
    }
    QJsonObject root{{QStringLiteral("dataset"), datasetFolder},
                     {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                     {QStringLiteral("reference_rule"), QStringLiteral("next clip of the same speaker in id order")},
                     {QStringLiteral("settings"), settings},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
                     {QStringLiteral("items"), items}};
    QFile file(QDir(folder).filePath(QStringLiteral("synthesis.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(root).toJson()) < 0)
        return Error{ErrorKind::Io, QObject::tr("Cannot write %1 (%2).").arg(file.fileName(), file.errorString()).toStdString()};
    return {};
}

int sessionProgressValue(int index, int stage, qint64 current, qint64 total, int piece, int pieces) {
    int part = 0;
    if (stage == static_cast<int>(mars5::EngineStage::Coarse) && total > 0)
        part = static_cast<int>(std::clamp<qint64>(50 * current / total, 0, 50));
    else if (stage == static_cast<int>(mars5::EngineStage::Refine) && total > 0)
        part = 50 + static_cast<int>(std::clamp<qint64>(45 * current / total, 0, 45));
    else if (stage == static_cast<int>(mars5::EngineStage::Vocode))
        part = 95;
    const int shares = std::max(1, pieces);
    return index * 100 + (std::clamp(piece, 0, shares - 1) * 100 + part) / shares;
}

}  // namespace mars5::ui::rating
