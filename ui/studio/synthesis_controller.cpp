#include "studio/synthesis_controller.h"

#include "util/notice_text.h"
#include "util/model_role_name.h"
#include "studio/model_arrangement.h"
#include "takes/take_store.h"

#include "mars5/long_text.h"
#include "mars5/model_files.h"
#include "mars5/piece_time_left.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <exception>
#include <mutex>
#include <optional>

namespace mars5::ui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// A take as the engine made it, from what the studio keeps of it: what mars5::ttsPieceAgain
// splices a piece into (the AR's ids and the untrimmed length are not kept: the result's are
// not read).
mars5::TtsResult engineTake(const SynthesisOutcome& take) {
    mars5::TtsResult t;
    t.audio = take.audio;
    t.coarse.seed = take.seed;
    t.coarse.expectedTokens = take.expectedTokens;
    t.coarse.l0Codes.assign(take.l0Codes.values.begin(), take.l0Codes.values.end());
    t.refined.codes = take.codes;
    t.refined.fullCodes = take.codes;
    t.refined.referenceRoute = take.narReferenceRoute;
    t.pieces = takes::ttsPieces(take.pieceList);
    t.warnings = take.notices;
    // Only whether it was stopped matters: replacePiece says the new take's ending from its pieces.
    t.coarse.stop = take.status == SynthesisOutcome::Status::Stopped ? mars5::CoarseStop::Stopped : mars5::CoarseStop::Eos;
    return t;
}

// Progress arrives per AR token and per diffusion step; the GUI needs a few updates a
// second, not thousands, so each stage reports at most every 40 ms (and always its end).
class ProgressThrottle {
public:
    bool due(const mars5::EngineProgress& p) {
        const int stage = static_cast<int>(p.stage);
        if (stage != m_stage || p.piece != m_piece || p.finished || !m_clock.isValid() || m_clock.elapsed() >= 40) {
            m_stage = stage;
            m_piece = p.piece;
            m_clock.restart();
            return true;
        }
        return false;
    }

private:
    int m_stage = -1;
    int m_piece = 0;
    QElapsedTimer m_clock;
};

}  // namespace

QString SynthesisRequest::spokenText() const {
    if (!pieceAgain || !pieceAgain->take || pieceAgain->piece < 0 || pieceAgain->piece >= pieceAgain->take->pieces()) return text;
    return pieceAgain->take->pieceList[pieceAgain->piece].text;
}

QString plainEngineError(const mars5::Error& error) {
    const QString message = errorText(error);
    switch (error.kind) {
    case mars5::ErrorKind::InvalidArgument:
        return SynthesisController::tr("The synthesis could not start: %1").arg(message);
    case mars5::ErrorKind::Io: return SynthesisController::tr("A file could not be read or written: %1").arg(message);
    case mars5::ErrorKind::Format: return SynthesisController::tr("A file is not what was expected: %1").arg(message);
    case mars5::ErrorKind::Unsupported: return SynthesisController::tr("This is not supported: %1").arg(message);
    case mars5::ErrorKind::Cancelled: return SynthesisController::tr("Cancelled.");
    case mars5::ErrorKind::Internal:
        return SynthesisController::tr("Something went wrong inside the engine: %1. Your texts and settings are kept; "
                                       "try again, and report this if it happens again.")
            .arg(message);
    }
    return message;
}

// Shared by the controller and the synthesis thread (the worker itself is gone by the time the
// controller's destructor could ask it).
struct UnkeptTake {
    std::mutex mutex;
    QString folder;
};

namespace {
QString folderOf(const takes::PreparedTake& p) { return takes::TakeFiles{p.folder}.takeFolder(p.take.uuid); }
}  // namespace

// Lives on the worker thread; every call reaches it through a queued invocation.
class SynthesisWorker : public QObject {
    Q_OBJECT
public:
    void load(const mars5::ModelPaths& paths, const ComputeChoice& compute) {
        QElapsedTimer clock;
        clock.start();
        auto models = std::make_shared<LoadedModels>();
        models->paths = paths;
        struct Item {
            mars5::ModelRole role;
            std::string path;
        };
        std::vector<Item> items{{mars5::ModelRole::Mars5Ar, paths.ar},
                                {mars5::ModelRole::Mars5Nar, paths.nar},
                                {mars5::ModelRole::Encodec, paths.encodec},
                                {mars5::ModelRole::VocosWeights, paths.vocos}};
        if (!paths.vocosConfig.empty()) items.push_back({mars5::ModelRole::VocosConfig, paths.vocosConfig});
        const int total = static_cast<int>(items.size()) * 2 + 1;
        int done = 0;
        QStringList problems;
        for (const Item& item : items) {
            ModelFileCheck check;
            check.role = modelRoleName(item.role);
            check.path = QString::fromStdString(item.path);
            emit loadStep(SynthesisController::tr("Checking %1…").arg(check.role), done, total);
            if (item.path.empty()) {
                check.message = SynthesisController::tr("no file chosen");
            } else {
                try {
                    const auto summary = mars5::validateModelFile(item.path, item.role);
                    check.ok = summary.ok();
                    check.message = summary.ok() ? qs(summary.value()) : errorText(summary);
                } catch (const std::exception& e) {
                    check.message = QString::fromUtf8(e.what());
                }
            }
            if (!check.ok) problems << QStringLiteral("%1: %2").arg(check.role, check.message);
            models->files << check;
            emit fileChecked(check);
            ++done;
        }
        if (!problems.isEmpty()) {
            std::vector<mars5::ModelRole> refused;
            for (std::size_t i = 0; i < items.size(); ++i)
                if (!models->files[static_cast<qsizetype>(i)].ok) refused.push_back(items[i].role);
            if (const auto arranged = rearrangedModelFiles(paths, refused)) emit misplaced(arranged->paths, arranged->complete);
            emit failed(SynthesisController::tr("The model could not be loaded. %1").arg(problems.join(QStringLiteral("; "))));
            return;
        }
        emit loadStep(SynthesisController::tr("Loading the models…"), done, total);
        // threads stays 0: the count mars5::prepareProcess set in main() (the physical cores, or
        // OMP_NUM_THREADS). QThread::idealThreadCount() counts hyperthreads too; libtorch, like
        // PyTorch by default, runs one thread per physical core.
        mars5::EngineOptions options;
        const bool cudaUsable = mars5::cudaAvailable();
        applyComputeChoice(compute, cudaUsable, options);
        if (options.device == mars5::ComputeDevice::Cuda && !cudaUsable) {
            emit failed(SynthesisController::tr("The GPU was chosen, but this build of the studio has no CUDA support or sees no "
                                                "GPU. Choose Automatic or CPU under \"Run on\" in File ▸ Set up model…."));
            return;
        }
        try {
            auto engine = mars5::Mars5Engine::load(paths, options);
            if (!engine.ok()) {
                emit failed(plainEngineError(engine.error()));
                return;
            }
            models->engine = std::make_shared<mars5::Mars5Engine>(std::move(engine).value());
            models->info = models->engine->info();
        } catch (const std::exception& e) {
            emit failed(SynthesisController::tr("The model could not be loaded: %1").arg(QString::fromUtf8(e.what())));
            return;
        }
        ++done;
        // sha256 of each file for the provenance sidecars; computed once per file and cached.
        mars5::Sha256Cache cache(mars5::Sha256Cache::defaultLocation());
        for (ModelFileCheck& check : models->files) {
            emit loadStep(SynthesisController::tr("Fingerprinting %1 (sha256, once per file)…").arg(check.role), done, total);
            const auto sha = cache.sha256(check.path.toStdString());
            if (sha.ok()) check.sha256 = qs(sha.value());
            ++done;
        }
        (void)cache.save();
        models->loadSeconds = clock.elapsed() / 1000.0;
        emit loadStep(SynthesisController::tr("Ready"), total, total);
        emit loaded(models);
    }

    void codecRoundTrip(std::shared_ptr<mars5::Mars5Engine> engine, mars5::AudioBuffer reference) {
        try {
            auto voice = engine->prepareVoice(reference, std::nullopt);
            if (!voice.ok()) {
                emit codecPreviewFailed(plainEngineError(voice.error()));
                return;
            }
            auto audio = engine->vocode(voice->codes());
            if (!audio.ok()) {
                emit codecPreviewFailed(plainEngineError(audio.error()));
                return;
            }
            emit codecPreviewReady(shareSamples(std::move(audio->samples)), audio->sampleRate);
        } catch (const std::exception& e) {
            emit codecPreviewFailed(QString::fromUtf8(e.what()));
        }
    }

    // `takeFolder`: where a take's files go, written here after the run (TakeStore::prepare);
    // "" writes none.
    void synthesize(LoadedModelsPtr models, SynthesisRequest request, std::shared_ptr<mars5::RunControl> control,
                    const QString& takeFolder, const std::shared_ptr<UnkeptTake>& unkept) {
        const std::shared_ptr<mars5::Mars5Engine>& engine = models->engine;
        QElapsedTimer clock;
        clock.start();
        auto outcome = std::make_shared<SynthesisOutcome>();
        const quint64 id = request.id;
        ProgressThrottle throttle;
        mars5::PieceTimeLeft textLeft;  // sees every report: it must not miss a piece's start
        auto progress = [&](const mars5::EngineProgress& p) {
            const std::optional<double> left =
                textLeft.update(p, static_cast<double>(clock.nsecsElapsed()) * 1e-9, control && control->stopRequested());
            if (throttle.due(p))
                emit progressed(id, static_cast<int>(p.stage), p.current, p.total, p.piece, p.pieces, left.value_or(-1.0));
        };
        mars5::InferenceConfig config = request.config;
        config.deep_clone = request.deepClone;
        std::optional<std::string> transcript;
        if (request.deepClone && !request.transcript.isEmpty()) transcript = request.transcript.toStdString();
        try {
            mars5::RefineOptions refineOptions;
            refineOptions.keepSnapshots = request.keepSnapshots;
            int failedPiece = -1;
            std::vector<std::string> texts;  // the text's pieces: what a failure names
            mars5::Result<mars5::TtsResult> result = mars5::Error{mars5::ErrorKind::Internal, "not run"};
            if (request.pieceAgain) {
                // One piece again, into a copy of the take (the take itself stays as it was).
                const SynthesisRequest::PieceAgain& again = *request.pieceAgain;
                const SynthesisOutcome& take = *again.take;
                for (const takes::TakePiece& p : take.pieceList) texts.push_back(p.text.toStdString());
                failedPiece = again.piece;
                mars5::InferenceConfig pieceConfig = config;
                pieceConfig.seed = static_cast<std::int64_t>(again.seed);
                result = mars5::ttsPieceAgain(*engine, engineTake(take), again.piece, std::max(take.piecesPlanned, take.pieces()),
                                              request.reference, transcript, pieceConfig, progress, control.get(), refineOptions);
            } else {
                // A text longer than the settings' piece length is spoken sentence by sentence.
                result = mars5::ttsLongText(*engine, request.text.toStdString(), request.reference, transcript, config, progress,
                                            control.get(), refineOptions, &failedPiece, request.pieceSeeds);
                if (failedPiece >= 0) texts = mars5::spokenPieces(request.text.toStdString(), config);
            }
            if (!result.ok()) {
                outcome->status = result.error().kind == mars5::ErrorKind::Cancelled ? SynthesisOutcome::Status::Cancelled
                                                                                     : SynthesisOutcome::Status::Failed;
                outcome->error = plainEngineError(result.error());
                if (failedPiece >= 0 && outcome->status == SynthesisOutcome::Status::Failed) {
                    const auto k = static_cast<std::size_t>(failedPiece);
                    QString text = k < texts.size() ? QString::fromStdString(texts[k]).simplified() : QString();
                    if (text.size() > 60) text = text.left(58) + QStringLiteral("…");
                    const int pieces = request.pieceAgain ? std::max(request.pieceAgain->take->piecesPlanned, request.pieceAgain->take->pieces())
                                                          : static_cast<int>(texts.size());
                    outcome->error = SynthesisController::tr("Piece %1 of %2 (“%3”): %4")
                                         .arg(failedPiece + 1)
                                         .arg(pieces)
                                         .arg(text, outcome->error);
                }
            } else {
                mars5::TtsResult& r = result.value();
                outcome->status = r.coarse.stop == mars5::CoarseStop::Stopped ? SynthesisOutcome::Status::Stopped
                                                                              : SynthesisOutcome::Status::Finished;
                outcome->audio = std::move(r.audio);
                outcome->seed = r.coarse.seed;
                outcome->timings = r.timings;
                outcome->arTokens = static_cast<qint64>(r.coarse.generatedIds.size());
                outcome->expectedTokens = r.coarse.expectedTokens;
                outcome->coarseStop = QString::fromUtf8(mars5::toString(r.coarse.stop));
                outcome->warnings = request.notes;
                outcome->warnings << noticeTexts(r.warnings);
                outcome->notices = r.warnings;
                outcome->l0Codes.numCodebooks = 1;
                outcome->l0Codes.numFrames = static_cast<std::int64_t>(r.coarse.l0Codes.size());
                outcome->l0Codes.values.assign(r.coarse.l0Codes.begin(), r.coarse.l0Codes.end());
                outcome->codes = std::move(r.refined.codes);
                outcome->fullCodes = std::move(r.refined.fullCodes);
                outcome->referenceFrames = outcome->fullCodes.numFrames - outcome->codes.numFrames;
                outcome->snapshots = std::move(r.refined.snapshots);
                outcome->snapshotT = std::move(r.refined.snapshotT);
                outcome->narReferenceRoute = r.refined.referenceRoute;
                outcome->pieceList = takes::takePieces(r.pieces);
                if (request.pieceAgain) {
                    // The take's ids are not kept with it, only their count: the pieces' add up.
                    outcome->arTokens = 0;
                    for (const takes::TakePiece& p : outcome->pieceList) outcome->arTokens += p.arTokens;
                    outcome->piecesPlanned = request.pieceAgain->take->piecesPlanned;
                    outcome->narReferenceRoute = request.pieceAgain->take->narReferenceRoute && r.refined.referenceRoute;
                } else if (!r.pieces.empty()) {
                    outcome->piecesPlanned = static_cast<int>(mars5::spokenPieces(request.text.toStdString(), config).size());
                }
                if (outcome->audio.samples.empty()) {
                    outcome->status = SynthesisOutcome::Status::Failed;
                    outcome->error = SynthesisController::tr(
                        "The synthesis produced no audio (it was stopped before any speech was generated, or the "
                        "trim removed everything). Try again, or lower the trim threshold.");
                }
            }
        } catch (const std::exception& e) {
            outcome->status = SynthesisOutcome::Status::Failed;
            outcome->error = SynthesisController::tr("Something went wrong inside the engine: %1").arg(QString::fromUtf8(e.what()));
        }
        outcome->request = std::move(request);
        outcome->request.reference.samples.shrink_to_fit();
        outcome->request.pieceAgain.reset();  // the take it came from is the window's to keep or drop
        outcome->request.pieceSeeds.clear();  // the pieces say them (takes::unusualPieceSeeds)
        outcome->wallSeconds = clock.elapsed() / 1000.0;
        // Here rather than on the window's thread, which would wait for each file to reach the
        // disk; when this fails, TakeStore::add tries again there and says why.
        if (!takeFolder.isEmpty() && outcome->hasAudio()) {
            auto prepared = takes::TakeStore::prepare(takeFolder, *outcome, models.get());
            if (prepared.ok()) {
                outcome->prepared = std::make_shared<const takes::PreparedTake>(std::move(prepared).value());
                std::lock_guard lock(unkept->mutex);
                unkept->folder = folderOf(*outcome->prepared);
            }
        }
        emit finished(outcome);
    }

signals:
    void loadStep(const QString& step, int done, int total);
    void fileChecked(const mars5::ui::ModelFileCheck& check);
    void misplaced(const mars5::ModelPaths& arranged, bool complete);
    void loaded(mars5::ui::LoadedModelsPtr models);
    void failed(const QString& message);
    void progressed(quint64 id, int stage, qint64 current, qint64 total, int piece, int pieces, double textSecondsLeft);
    void finished(mars5::ui::SynthesisOutcomePtr outcome);
    void codecPreviewReady(mars5::ui::SharedSamples samples, int sampleRate);
    void codecPreviewFailed(const QString& message);
};

SynthesisController::SynthesisController(QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new SynthesisWorker), m_unkept(std::make_shared<UnkeptTake>()) {
    qRegisterMetaType<mars5::ui::ModelFileCheck>();
    qRegisterMetaType<mars5::ModelPaths>();
    qRegisterMetaType<mars5::ui::SynthesisOutcomePtr>();
    qRegisterMetaType<mars5::ui::LoadedModelsPtr>();
    qRegisterMetaType<mars5::ui::SharedSamples>();
    m_thread->setObjectName(QStringLiteral("mars5-synthesis"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SynthesisWorker::loadStep, this, &SynthesisController::loadStep);
    connect(m_worker, &SynthesisWorker::fileChecked, this, &SynthesisController::fileChecked);
    connect(m_worker, &SynthesisWorker::misplaced, this, &SynthesisController::modelFilesMisplaced);
    connect(m_worker, &SynthesisWorker::loaded, this, [this](LoadedModelsPtr models) {
        m_models = std::move(models);
        m_modelProblem.clear();
        m_modelState = ModelState::Ready;
        emit modelsLoaded(m_models);
        emit modelStateChanged(m_modelState);
        startNext();
    });
    connect(m_worker, &SynthesisWorker::failed, this, [this](const QString& message) {
        m_modelProblem = message;
        m_modelState = m_models ? ModelState::Ready : ModelState::None;  // the previous engine stays
        emit modelsFailed(message);
        emit modelStateChanged(m_modelState);
    });
    connect(m_worker, &SynthesisWorker::progressed, this,
            [this](quint64 id, int stage, qint64 current, qint64 total, int piece, int pieces, double textSecondsLeft) {
        if (id == m_running) emit synthesisProgress(id, stage, current, total, piece, pieces, textSecondsLeft);
    });
    connect(m_worker, &SynthesisWorker::finished, this, &SynthesisController::onWorkerFinished);
    connect(m_worker, &SynthesisWorker::codecPreviewReady, this, &SynthesisController::codecPreviewReady);
    connect(m_worker, &SynthesisWorker::codecPreviewFailed, this, &SynthesisController::codecPreviewFailed);
    m_thread->start();
}

SynthesisController::~SynthesisController() {
    m_queue.clear();
    if (m_control) m_control->requestCancel();
    m_thread->quit();
    m_thread->wait();
    // A run that ended as the studio closed: its take was written but never reached the
    // window, and would otherwise be found next time as a take "not in this history".
    std::lock_guard lock(m_unkept->mutex);
    if (!m_unkept->folder.isEmpty()) QDir(m_unkept->folder).removeRecursively();
}

bool SynthesisController::loadModels(const mars5::ModelPaths& paths, const ComputeChoice& compute) {
    if (m_running != 0 || m_modelState == ModelState::Loading) return false;
    m_modelState = ModelState::Loading;
    emit modelStateChanged(m_modelState);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, paths, compute] { worker->load(paths, compute); }, Qt::QueuedConnection);
    return true;
}

quint64 SynthesisController::enqueue(SynthesisRequest request) {
    if (!m_models || !m_models->engine) return 0;
    request.id = m_nextId++;
    const quint64 id = request.id;
    m_queue.append(std::move(request));
    emit queueChanged();
    startNext();
    return id;
}

void SynthesisController::startNext() {
    if (m_running != 0 || m_queue.isEmpty() || !m_models || m_modelState == ModelState::Loading) return;
    SynthesisRequest request = m_queue.takeFirst();
    m_running = request.id;
    m_runningText = request.spokenText();
    m_control = std::make_shared<mars5::RunControl>();
    emit queueChanged();
    emit synthesisStarted(m_running);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, models = m_models, request = std::move(request), control = m_control,
         takeFolder = m_takeFolder ? m_takeFolder() : QString(), unkept = m_unkept]() mutable {
            worker->synthesize(std::move(models), std::move(request), std::move(control), takeFolder, unkept);
        },
        Qt::QueuedConnection);
}

void SynthesisController::onWorkerFinished(SynthesisOutcomePtr outcome) {
    m_running = 0;
    m_runningText.clear();
    m_control.reset();
    emit synthesisFinished(outcome);  // the window keeps the take (or says why not)
    if (outcome && outcome->prepared) {
        std::lock_guard lock(m_unkept->mutex);
        if (m_unkept->folder == folderOf(*outcome->prepared)) m_unkept->folder.clear();
    }
    emit queueChanged();
    startNext();
}

void SynthesisController::stop() {
    if (m_control) m_control->requestStop();
}

void SynthesisController::cancel() {
    if (m_control) m_control->requestCancel();
}

void SynthesisController::cancelQueued(quint64 id) {
    for (int i = 0; i < m_queue.size(); ++i)
        if (m_queue[i].id == id) {
            m_queue.removeAt(i);
            emit queueChanged();
            return;
        }
}

void SynthesisController::clearQueue() {
    if (m_queue.isEmpty()) return;
    m_queue.clear();
    emit queueChanged();
}

void SynthesisController::cancelAll() {
    m_queue.clear();
    emit queueChanged();
    cancel();
}

bool SynthesisController::previewThroughCodec(const mars5::AudioBuffer& reference) {
    if (!m_models || !m_models->engine) return false;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, engine = m_models->engine, reference] { worker->codecRoundTrip(engine, reference); },
        Qt::QueuedConnection);
    return true;
}

}  // namespace mars5::ui

#include "synthesis_controller.moc"
