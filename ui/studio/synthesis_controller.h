// The synthesis controller: owns the engine and the one worker thread every model call
// runs on (Qt's worker-object pattern: a QObject moved to a QThread, talked to with queued
// calls and signals). Nothing here blocks the GUI thread.
//
//   loadModels(paths)   validates each file (model_files.h), loads the engine and computes
//                       the files' sha256 (cached), reporting each step
//   enqueue(request)    one synthesis at a time; later requests wait in a visible queue
//   stop()              the running synthesis ends its AR stage now and still refines and
//                       vocodes what it has (Audacity's "Stop keeps")
//   cancel()            the running synthesis ends at the next step and returns nothing
//                       ("Cancel discards"); cancelQueued() removes a waiting one,
//                       clearQueue() all of them
//
// Engine errors arrive as SynthesisOutcome::Failed with a message in plain words.
#pragma once

#include "audio/shared_samples.h"
#include "studio/compute_choice.h"
#include "takes/take_piece.h"

#include "mars5/audio.h"
#include "mars5/engine.h"
#include "mars5/inference_config.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace mars5::ui {

class SynthesisWorker;

// One file of the model set and what checking it found.
struct ModelFileCheck {
    QString role;     // "MARS5 AR", "MARS5 NAR", "Encodec 24 kHz", "Vocos weights", "Vocos config"
    QString path;
    bool ok = false;
    QString message;  // the loader's summary, or why the file was refused
    QString sha256;   // filled once the engine has loaded
};

struct LoadedModels {
    std::shared_ptr<mars5::Mars5Engine> engine;
    mars5::ModelPaths paths;
    QList<ModelFileCheck> files;
    mars5::EngineInfo info;
    double loadSeconds = 0.0;
};

struct SynthesisOutcome;

struct SynthesisRequest {
    quint64 id = 0;  // set by enqueue()
    QString text;
    QString transcript;   // empty: none
    bool deepClone = false;  // already resolved: true only with a transcript
    mars5::InferenceConfig config;
    mars5::AudioBuffer reference;  // any rate, mono
    QString referenceName;         // for people ("speaker.wav (edited)")
    QString referenceFile, referenceFileSha256;
    bool referenceEdited = false;
    QString presetName;            // the preset the settings came from ("" = none), for the take history
    bool keepSnapshots = true;     // keep the NAR's per-step codes (the take's diffusion view)
    QString variationGroup;        // takes made together by "N takes" share it ("" = a single take)
    QStringList notes;             // said with the result, before the engine's warnings (a re-render's differences)
    // A stored take whose reference clip is gone: what its record says of the clip, so that
    // its export still describes it (`reference` is then empty). Never set for a synthesis.
    struct RecordedReference {
        QString audioSha256;
        int sampleRate = 0;
        qint64 samples = 0;
    };
    std::optional<RecordedReference> referenceMissing;
    // A long text's pieces' seeds, when one piece was spoken again (takes::unusualPieceSeeds):
    // rendering such a take again speaks each piece with its own. Empty: the first's + k.
    std::vector<std::uint64_t> pieceSeeds;
    // One piece of a take spoken again (mars5::ttsPieceAgain): the take (its audio, codes and
    // pieces), which piece, and the new seed; the text, voice and settings above are the take's.
    // The worker lets go of the take once the run ends, so that takes do not hold each other.
    struct PieceAgain {
        std::shared_ptr<const SynthesisOutcome> take;
        int piece = 0;
        quint64 seed = 0;
    };
    std::optional<PieceAgain> pieceAgain;
    // What the run speaks: the text, or the one piece spoken again.
    QString spokenText() const;
};

namespace takes {
struct PreparedTake;
}

struct SynthesisOutcome {
    enum class Status { Finished, Stopped, Cancelled, Failed };
    Status status = Status::Failed;
    SynthesisRequest request;
    QString error;                 // Failed: what went wrong, in plain words
    mars5::AudioBuffer audio;      // Finished/Stopped: 24 kHz mono
    quint64 seed = 0;              // the seed the run used
    mars5::StageTimings timings;
    qint64 arTokens = 0, expectedTokens = 0;
    QString coarseStop;            // "EOS", "max length", "stopped"
    QStringList warnings;
    // The engine's warnings as it said them (the texts above are translated, with the request's
    // notes first): a piece spoken again replaces its own among them (mars5::replacePiece).
    std::vector<mars5::Notice> notices;
    double wallSeconds = 0.0;
    // What the model made on the way (the take's internals views): the AR's L0 codes, the
    // final codes [8 x T], the diffusion output [8 x T_a] (deep clone: the reference's
    // referenceFrames frames first) and, with keepSnapshots, the codes after each step.
    mars5::CodecCodes l0Codes, codes, fullCodes;
    std::int64_t referenceFrames = 0;
    std::vector<mars5::CodecCodes> snapshots;
    std::vector<std::int64_t> snapshotT;
    // The diffusion ran the reference's random stream and operations (the CPU); false: a GPU's
    // short draws and 3-pass posterior (mars5::NarResult::referenceRoute).
    bool narReferenceRoute = true;
    // A long text spoken in pieces (mars5/long_text.h): each piece spoken, where it lies in
    // `audio` (the result view marks them; none when spoken at once), and how many the text was
    // cut into (more than were spoken after a Stop: the marks say "2 of 5", as the warnings do).
    QList<takes::TakePiece> pieceList;
    int piecesPlanned = 0;
    int pieces() const { return static_cast<int>(pieceList.size()); }
    // The take's files and record, written by the synthesis thread in the folder setTakeFolder
    // named (TakeStore::add then only adds the row); null: none named, or writing them failed
    // (add writes them and says why).
    std::shared_ptr<const takes::PreparedTake> prepared;
    bool hasAudio() const { return (status == Status::Finished || status == Status::Stopped) && !audio.samples.empty(); }
};

using SynthesisOutcomePtr = std::shared_ptr<const SynthesisOutcome>;
using LoadedModelsPtr = std::shared_ptr<const LoadedModels>;

struct UnkeptTake;

class SynthesisController : public QObject {
    Q_OBJECT
public:
    enum class ModelState { None, Loading, Ready };

    explicit SynthesisController(QObject* parent = nullptr);
    ~SynthesisController() override;  // cancels what runs and waits for the thread

    ModelState modelState() const { return m_modelState; }
    LoadedModelsPtr models() const { return m_models; }
    QString modelProblem() const { return m_modelProblem; }  // why the last load failed

    // Starts loading on the worker thread (the current engine stays until the new one is
    // ready), on the device and in the precision `compute` resolves to here. False when a
    // synthesis is running or queued.
    bool loadModels(const mars5::ModelPaths& paths, const ComputeChoice& compute = {});

    // Queues a synthesis and returns its id (0 when there is no model: nothing queued).
    quint64 enqueue(SynthesisRequest request);
    bool isBusy() const { return m_running != 0; }
    quint64 runningId() const { return m_running; }
    QString runningText() const { return m_runningText; }  // the running request's text ("" when idle)
    const QList<SynthesisRequest>& queue() const { return m_queue; }
    // Where each take's files go (TakeStore::prepare, on the synthesis thread), asked as its run
    // starts: the take store's folder while it is open, "" while not (nothing is written then).
    void setTakeFolder(std::function<QString()> folder) { m_takeFolder = std::move(folder); }
    void cancelQueued(quint64 id);
    void clearQueue();  // every waiting request; the running one goes on

public slots:
    void stop();
    void cancel();
    void cancelAll();  // the running one and every queued one

    // The reference through Encodec and Vocos alone (its last 12 s, as a synthesis takes it):
    // what the codec keeps of the voice, so the most a take can sound like it. Runs on the worker
    // thread, after a synthesis in progress; answered by codecPreviewReady or codecPreviewFailed.
    // False (and nothing sent) without a loaded model.
    bool previewThroughCodec(const mars5::AudioBuffer& reference);

signals:
    void modelStateChanged(mars5::ui::SynthesisController::ModelState state);
    void loadStep(const QString& step, int done, int total);
    void fileChecked(const mars5::ui::ModelFileCheck& check);
    // Sent before modelsFailed when refused files fit other refused slots (the AR and NAR
    // swapped, say): `arranged` are the paths with those files in their places; `complete` when
    // every refused file then passes.
    void modelFilesMisplaced(const mars5::ModelPaths& arranged, bool complete);
    void modelsLoaded(mars5::ui::LoadedModelsPtr models);
    void modelsFailed(const QString& message);

    void queueChanged();
    void synthesisStarted(quint64 id);
    // stage: mars5::EngineStage as int; current/total as the engine reports them.
    // piece of pieces: a long text spoken in pieces (0 of 1 otherwise), with the seconds the whole
    // text has left (mars5/piece_time_left.h), or -1 while there is no estimate.
    void synthesisProgress(quint64 id, int stage, qint64 current, qint64 total, int piece = 0, int pieces = 1,
                           double textSecondsLeft = -1.0);
    void synthesisFinished(mars5::ui::SynthesisOutcomePtr outcome);
    // 24 kHz mono samples of the reference through the codec.
    void codecPreviewReady(mars5::ui::SharedSamples samples, int sampleRate);
    void codecPreviewFailed(const QString& message);

private:
    void startNext();
    void onWorkerFinished(SynthesisOutcomePtr outcome);

    QThread* m_thread = nullptr;
    SynthesisWorker* m_worker = nullptr;
    ModelState m_modelState = ModelState::None;
    LoadedModelsPtr m_models;
    QString m_modelProblem;
    QList<SynthesisRequest> m_queue;
    quint64 m_nextId = 1;
    quint64 m_running = 0;
    QString m_runningText;
    std::shared_ptr<mars5::RunControl> m_control;
    std::function<QString()> m_takeFolder;
    // The folder of a take the synthesis thread wrote whose outcome has not reached the window
    // yet: removed if the studio closes first, since closing discards the run in progress.
    std::shared_ptr<UnkeptTake> m_unkept;
};

// Plain words for an engine error ("The synthesis was refused: ...", "A model file could
// not be read: ...").
QString plainEngineError(const mars5::Error& error);

}  // namespace mars5::ui

Q_DECLARE_METATYPE(mars5::ui::ModelFileCheck)
Q_DECLARE_METATYPE(mars5::ModelPaths)
Q_DECLARE_METATYPE(mars5::ui::SynthesisOutcomePtr)
Q_DECLARE_METATYPE(mars5::ui::LoadedModelsPtr)
