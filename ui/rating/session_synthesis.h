// Ground truth against MARS5: takes synthesized from a dataset for a rating session.
//
// For every dataset item the studio speaks the item's transcript in the voice of ANOTHER clip
// of the same speaker (so the model never hears the recording it is compared with), with the
// studio's current settings and a seed of its own, and saves the take as <item id>.wav in the
// session's folder. The rating session then pairs each take with its real recording.
//
// The rules, fixed so that a session can be made again:
//  - speakers: as readDataset() reads them (LJSpeech is one speaker; name.wav + name.txt
//    pairs are one speaker per folder, the dataset folder and each of its subfolders; a
//    metadata.csv header may name a `speaker` column);
//  - reference: the next clip of the same speaker in id order (the last one wraps round to
//    the first); a speaker with a single clip has no other clip and their item is left out;
//  - seed: itemSeed(session seed, item id), a 31-bit number stored per item in
//    synthesis.json beside the takes (with the reference, the settings and what happened);
//  - deep clone when the settings ask for it (the reference clip's transcript is known);
//  - with a codec ceiling (spec §9), each recording also goes through the codec alone, Encodec
//    (6 kbps, the 8 codebooks MARS5 predicts) and then Vocos, into codec-ceiling/<item id>.wav:
//    the best MARS5 could sound, so a session can tell the model's errors from the codec's.
//    A dataset session against a folder of takes gets the ceilings alone (startCodecCeilings).
//
// The work runs on a thread of its own: Mars5Engine serialises runs on one engine, so the
// studio's own synthesis simply waits its turn. Nothing here touches widgets.
#pragma once

#include "rating/session_sources.h"

#include "mars5/engine.h"
#include "mars5/inference_config.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <thread>

namespace mars5::ui::rating {

// What the studio lends to a rating session that synthesizes: its loaded engine (shared, not
// reloaded) and its current settings. No engine: `unavailable` says why in plain words.
struct SynthesisSource {
    std::shared_ptr<mars5::Mars5Engine> engine;
    mars5::InferenceConfig config;
    QString unavailable;
    bool available() const { return engine != nullptr; }
};

struct SynthesisPlanItem {
    QString id, transcript, recording, speaker;
    QString reference, referenceTranscript;  // the other clip of the same speaker
    qint64 seed = 0;
};

struct SynthesisPlan {
    QList<SynthesisPlanItem> items;
    QStringList notes;  // e.g. items left out because their speaker has one clip only
};

// The per-item seed: splitmix64 of the session seed and the item id, kept to 31 bits.
qint64 itemSeed(quint64 sessionSeed, const QString& itemId);

Result<SynthesisPlan> planSynthesis(const QList<DatasetItem>& dataset, quint64 sessionSeed);

struct SynthesisItemOutcome {
    QString id;
    bool ok = false;
    QString takeFile;  // ok: the saved take
    QString message;   // !ok: what went wrong, in plain words
    double seconds = 0.0;
    QString ceilingFile;     // with a codec ceiling: the recording through Encodec and Vocos
    QString ceilingMessage;  // ... or why it could not be made (the item is still rated without it)
};

// Runs a plan on a worker thread and reports back on the thread that owns this object.
// Where an itemProgress report puts a bar of 100 per item: within an item the AR stage fills
// the first half, the NAR the next 45 and the vocoder the rest; a long text's pieces each fill
// their share in turn, so the bar never runs back while an item is spoken.
int sessionProgressValue(int index, int stage, qint64 current, qint64 total, int piece, int pieces);

class SessionSynthesizer : public QObject {
    Q_OBJECT
public:
    explicit SessionSynthesizer(QObject* parent = nullptr);
    ~SessionSynthesizer() override;  // cancels a running job and waits for its thread

    // Starts synthesizing every item into `folder` (created), and with `codecCeiling` its
    // recording through the codec alone into folder/codec-ceiling/. False when already running.
    bool start(std::shared_ptr<mars5::Mars5Engine> engine, const SynthesisPlan& plan,
               const mars5::InferenceConfig& config, const QString& folder, bool codecCeiling = false);
    // Only the codec ceilings: each item's recording through the codec alone into
    // folder/codec-ceiling/<item id>.wav (a dataset session whose takes exist already; only the
    // items' id and recording are read). An outcome is ok when its ceiling was made, and then
    // has no take. False when already running.
    bool startCodecCeilings(std::shared_ptr<mars5::Mars5Engine> engine, const SynthesisPlan& plan, const QString& folder);
    bool isRunning() const { return m_running; }
    // Ends the running item at its next step and skips the rest; finished() follows.
    void cancel();
    bool cancelRequested() const;
    // Blocks until the worker thread has ended (tests, shutdown).
    void wait();

signals:
    void itemStarted(int index, int count, const QString& id);
    // stage: mars5::EngineStage as int; piece of pieces: a long text spoken in pieces.
    void itemProgress(int index, int stage, qint64 current, qint64 total, int piece = 0, int pieces = 1);
    void itemFinished(int index, const mars5::ui::rating::SynthesisItemOutcome& outcome);
    void finished(bool cancelled, const QList<mars5::ui::rating::SynthesisItemOutcome>& outcomes);

private:
    bool run(std::shared_ptr<mars5::Mars5Engine> engine, const SynthesisPlan& plan, const mars5::InferenceConfig& config,
             const QString& folder, bool codecCeiling, bool ceilingsOnly);

    std::thread m_thread;
    std::shared_ptr<mars5::RunControl> m_control;
    bool m_running = false;
};

// synthesis.json in `folder`: the dataset, the settings, and per item its seed, reference and
// outcome. Written once the run has ended.
Result<void> writeSynthesisManifest(const QString& folder, const QString& datasetFolder, const SynthesisPlan& plan,
                                    const mars5::InferenceConfig& config,
                                    const QList<SynthesisItemOutcome>& outcomes);

}  // namespace mars5::ui::rating

Q_DECLARE_METATYPE(mars5::ui::rating::SynthesisItemOutcome)
