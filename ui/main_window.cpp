#include "main_window.h"

#include "audio/playback_engine.h"
#include "models/models_dialog.h"
#include "panels/audio_panel.h"
#include "rating/rating_window.h"
#include "studio/codec_preview_button.h"
#include "studio/model_setup_dialog.h"
#include "studio/reference_keeper.h"
#include "studio/reference_panel.h"
#include "studio/respellings_dialog.h"
#include "studio/settings_panel.h"
#include "studio/shortcut_overlay.h"
#include "studio/synthesis_panel.h"
#include "studio/text_panel.h"
#include "studio/transcript_memory.h"
#include "takes/history_panel.h"
#include "takes/take_history_model.h"
#include "takes/take_store.h"
#include "util/background_tasks.h"
#include "util/dropped_files.h"
#include "util/notice_text.h"
#include "util/window_size.h"
#include "widgets/drag_out_button.h"
#include "widgets/undo_keys_to_window.h"
#include "widgets/waveform_view.h"
#include "widgets/wrapping_label.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QKeySequence>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace mars5::ui {

namespace {

const char* const kGeometryKey = "mainWindow/geometry";
const char* const kStateKey = "mainWindow/state";
const char* const kSplitterKey = "mainWindow/splitters";
const char* const kTextKey = "studio/targetText";
const char* const kTranscriptKey = "studio/transcript";
const char* const kSamplerKey = "studio/settings";

// A titled section of the window: a flat group box with tight margins.
QGroupBox* section(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(content);
    return box;
}

}  // namespace

MainWindow::MainWindow(SavedLayout savedLayout, QWidget* parent)
    : QMainWindow(parent), m_savedLayout(savedLayout), m_controller(new SynthesisController(this)) {
    m_reference = new ReferencePanel(this);
    m_text = new TextPanel(this);
    m_settings = new SettingsPanel(QString(), this);
    m_synthesis = new SynthesisPanel(m_controller, this);
    m_reference->audioPanel()->waveformView()->setMinimumHeight(90);

    // It wraps onto two lines in a narrow column: a WrappingLabel asks for both, where a plain
    // label's share came out of the result waveform below it (its time axis was cut off).
    m_modelBanner = new WrappingLabel(this);
    m_modelBanner->setTextFormat(Qt::RichText);
    m_modelBanner->setStyleSheet(QStringLiteral("QLabel { color: #6b4800; background: #fff4d6; border: 1px solid #f0d48a;"
                                                " border-radius: 4px; padding: 4px 8px; }"));
    connect(m_modelBanner, &QLabel::linkActivated, this, &MainWindow::showModelSetup);

    auto* synthesisBox = new QWidget(this);
    auto* synthesisLayout = new QVBoxLayout(synthesisBox);
    synthesisLayout->setContentsMargins(0, 0, 0, 0);
    synthesisLayout->setSpacing(4);
    synthesisLayout->addWidget(m_modelBanner);
    synthesisLayout->addWidget(m_synthesis, 1);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->addWidget(section(tr("Reference voice"), m_reference, this));
    m_leftSplitter->addWidget(section(tr("Text"), m_text, this));
    m_synthesisSection = section(tr("Synthesis"), synthesisBox, this);
    m_leftSplitter->addWidget(m_synthesisSection);
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setStretchFactor(2, 3);

    // Each column scrolls on its own when the window is shorter than its panels (the left one
    // needs ~650 px, e.g. more than 1280x720 leaves with the Takes dock open): one scroll bar per
    // column, at that column's edge, and the window stays on the screen.
    m_leftColumnArea = new QScrollArea(this);
    m_leftColumnArea->setWidget(m_leftSplitter);
    m_leftColumnArea->setWidgetResizable(true);
    m_leftColumnArea->setFrameShape(QFrame::NoFrame);
    m_leftColumnArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No horizontal bar: the splitter cannot squeeze the column below what its panels need.
    // Their need grows while the studio runs (a queue's header, "Queue synthesis"), so the
    // minimum follows it (the event filter); a fixed one let the column's content outgrow the
    // area, which then cut its right edge off and scrolled its left edge out of view.
    fitLeftColumnToContent();
    m_leftSplitter->installEventFilter(this);

    m_outerSplitter = new QSplitter(Qt::Horizontal, this);
    m_outerSplitter->addWidget(m_leftColumnArea);
    m_outerSplitter->addWidget(section(tr("Settings"), m_settings, this));
    m_outerSplitter->setChildrenCollapsible(false);
    m_outerSplitter->setStretchFactor(0, 1);
    m_outerSplitter->setStretchFactor(1, 0);
    m_outerSplitter->setSizes({880, 400});
    m_leftSplitter->setSizes({280, 170, 230});
    setCentralWidget(m_outerSplitter);
    m_synthesisSection->installEventFilter(this);
    m_leftColumnArea->viewport()->installEventFilter(this);
    connect(m_synthesis, &SynthesisPanel::errorShown, this, &MainWindow::revealSynthesis);
    m_overlay = new ShortcutOverlay(this);  // over the whole window, outside every layout

    createHistory();
    createActions();
    createMenus();
    createStatusBar();
    loadRespellings();
    updateTitle();
    updateModelStatus();

    connect(m_reference, &ReferencePanel::referenceChanged, this, &MainWindow::updateTitle);
    // A file opened again brings back the transcript it was last synthesized with.
    connect(m_reference, &ReferencePanel::fileOpened, this, [this] {
        if (m_restoringSession) return;  // the transcript saved at quit is newer than any pairing
        const QString transcript = TranscriptMemory::recall(m_reference->sourceFileSha256());
        if (transcript.isEmpty() || !m_text->replaceTranscript(transcript)) return;
        // after what the load had to say of the file (its warnings), not in its place
        const QString said = m_reference->audioPanel()->messageText();
        const QString back = tr("The transcript this clip was last synthesized with is back in place (Ctrl+Z in the transcript takes it back).");
        m_reference->audioPanel()->showMessage(said.isEmpty() ? back : said + QLatin1Char('\n') + back, false);
    });
    // "Hear through codec": the round trip runs on the synthesis worker, after a run in progress.
    CodecPreviewButton* codecPreview = m_reference->codecPreview();
    connect(codecPreview, &CodecPreviewButton::previewRequested, this, [this, codecPreview] {
        if (!m_controller->previewThroughCodec(m_reference->referenceAudio()))
            codecPreview->showFailure(tr("no model is loaded"));
        else if (m_controller->runningId() != 0)
            codecPreview->noteWaitingForSynthesis();
    });
    connect(m_controller, &SynthesisController::codecPreviewReady, codecPreview, &CodecPreviewButton::showPreview);
    // another model, another codec: a kept preview was made by the previous one
    connect(m_controller, &SynthesisController::modelsLoaded, codecPreview, &CodecPreviewButton::forgetPreview);
    connect(m_controller, &SynthesisController::codecPreviewFailed, codecPreview, &CodecPreviewButton::showFailure);
    connect(m_synthesis, &SynthesisPanel::synthesizeRequested, this, &MainWindow::synthesize);
    connect(m_controller, &SynthesisController::modelStateChanged, this, &MainWindow::updateModelStatus);
    connect(m_controller, &SynthesisController::loadStep, this, [this](const QString& step) {
        if (m_controller->modelState() == SynthesisController::ModelState::Loading) m_modelStatus->setText(tr("Loading the model: %1").arg(step));
    });
    connect(m_text, &TextPanel::scriptRefused, m_synthesis, &SynthesisPanel::showError);
    // Files dropped on the texts that are not a script: a clip aimed at the reference panel,
    // perhaps with the .txt of its words.
    connect(m_text, &TextPanel::otherFilesDropped, this, [this](const QStringList& paths) {
        // A .json alone is settings (a preset, an exported take's), aimed at the settings panel.
        if (paths.size() == 1 && isJsonFile(paths.first())) {
            if (const QString error = m_settings->openSettingsFile(paths.first()); !error.isEmpty()) m_synthesis->showError(error);
            return;
        }
        if (sortDroppedFiles(paths).clip.isEmpty())
            return m_synthesis->showError(tr("Drop one text file on a text box, or an audio clip on the reference."));
        m_reference->audioPanel()->openDroppedFiles(paths);
    });
    // A clip dropped on the reference panel, or passed on from the texts: the .txt dropped with
    // it is the transcript.
    connect(m_reference->audioPanel(), &AudioPanel::clipDropped, this,
            [this](const QString&, const QString& words) { putDroppedWordsInTranscript(words); });
    // One deep-clone switch, shown in two places: the text panel and the settings.
    connect(m_text, &TextPanel::deepCloneToggled, this, [this](bool on) {
        if (auto* check = qobject_cast<QCheckBox*>(m_settings->editor(QStringLiteral("deep_clone")))) check->setChecked(on);
    });
    connect(m_settings, &SettingsPanel::configChanged, this, [this] {
        const mars5::InferenceConfig c = m_settings->config();
        m_text->setDeepCloneWanted(c.deep_clone);
        m_text->setLengthFactor(c.eos_estimated_gen_length_factor);
        m_text->setPieceLength(static_cast<int>(c.piece_chars));
    });
    // One sound at a time: the reference, the reference through the codec, the take and a take of
    // the history; starting one stops the others.
    const QList<PlaybackEngine*> players{m_reference->audioPanel()->playback(), m_reference->codecPreview()->player(),
                                         m_synthesis->playback(), m_history->playback()};
    for (PlaybackEngine* player : players)
        connect(player, &PlaybackEngine::playingChanged, this, [player, players](bool playing) {
            if (!playing) return;
            for (PlaybackEngine* other : players)
                if (other != player) other->stop();
        });

    resize(1280, 720);
    if (m_savedLayout == SavedLayout::Use) {
        QSettings settings;
        if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) sizeForFirstRun();
        restoreState(settings.value(kStateKey).toByteArray());
        const QList<QVariant> sizes = settings.value(kSplitterKey).toList();
        if (sizes.size() == 2) {
            m_outerSplitter->restoreState(sizes[0].toByteArray());
            m_leftSplitter->restoreState(sizes[1].toByteArray());
        }
        // What was typed last time comes back (nothing the user wrote is lost on quit), and
        // the voice it goes with: a recording or a trimmed clip too.
        m_text->setTargetText(settings.value(kTextKey).toString());
        m_text->setTranscript(settings.value(kTranscriptKey).toString());
        m_restoringSession = true;
        const QString why = restoreReference(m_reference, keptReferenceFolder());
        m_restoringSession = false;
        if (!why.isEmpty()) {
            m_reference->audioPanel()->showMessage(why, true);
            m_referenceToKeep = true;  // what was kept cannot come back: the next keep replaces it
        }
        // And the sampler as it was tuned, with the preset it started from.
        m_settings->restoreState(settings.value(kSamplerKey).toByteArray());
        // The model loaded last time loads again, in the background.
        const mars5::ModelPaths saved = ModelSetupDialog::savedPaths();
        if (!saved.ar.empty() && !saved.nar.empty() && !saved.encodec.empty() && !saved.vocos.empty())
            m_controller->loadModels(saved, ComputeChoice::saved());
    }
    if (m_savedLayout == SavedLayout::Use) {
        // What the user is working on is kept as it changes, not only at quit: a crash (a
        // driver, the memory) must not take a long script or a recording with it. 1.5 s after
        // the last change, so typing does not write on every key.
        m_sessionSave = new QTimer(this);
        m_sessionSave->setSingleShot(true);
        m_sessionSave->setInterval(1500);
        connect(m_sessionSave, &QTimer::timeout, this, &MainWindow::keepSession);
        const auto later = [this] { m_sessionSave->start(); };
        connect(m_text, &TextPanel::textChanged, this, later);
        connect(m_settings, &SettingsPanel::configChanged, this, later);
        connect(m_reference, &ReferencePanel::referenceChanged, this, [this, later] {
            m_referenceToKeep = true;
            later();
        });
    }
    // Takes that are not being kept, or that can be restored, must not go unnoticed: the dock
    // that says so (and offers a new history, or the restore) shows whatever the saved layout had.
    if (m_history->needsAttention()) m_historyDock->show();
}

MainWindow::~MainWindow() {
    // Focus moves while the panels are destroyed; the undo group must not follow it then.
    disconnect(m_followFocus);
    // The panels go after this destructor: their undo stacks leave the group and clear, and
    // the editors' documents change as they go. None of that may reach this window any more
    // (UBSan saw updateUndoActions called on what was left of it).
    m_undoGroup->disconnect(this);
    m_text->targetEditor()->document()->disconnect(this);
    m_text->transcriptEditor()->document()->disconnect(this);
    m_text->targetEditor()->removeEventFilter(this);
    m_text->transcriptEditor()->removeEventFilter(this);
    // The take store goes with this window's members, before the controller (a child).
    m_controller->setTakeFolder({});
}

void MainWindow::sizeForFirstRun() {
    const QScreen* where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where) return;  // no screen at all: keep the designed minimum
    const QRect available = where->availableGeometry();
    resize(firstRunWindowSize(available.size()));
    move(available.center() - rect().center());
}

void MainWindow::createHistory() {
    // Every successful synthesis becomes a take in the user's data folder (takes.sqlite with
    // the audio and codes beside it); a store that cannot open leaves the studio working.
    m_takeStore = std::make_unique<takes::TakeStore>();
    const auto opened = m_takeStore->open(takes::TakeStore::defaultPath());
    if (opened.ok()) {
        (void)m_takeStore->purgeDeleted();  // deletes of the last session are final now
        // Takes kept before each folder held its record get one, so they too survive the loss
        // of takes.sqlite: in the background, since thousands take seconds (once).
        if (auto missing = m_takeStore->missingRecords(); missing.ok() && !missing.value().isEmpty())
            BackgroundTasks::instance().start([records = std::move(missing).value()] { takes::TakeStore::writeRecords(records); });
    }
    m_history = new takes::HistoryPanel(m_takeStore.get(), this);
    if (!opened.ok()) m_history->setStoreProblem(errorText(opened));
    m_historyDock = new QDockWidget(tr("Takes"), this);
    m_historyDock->setObjectName(QStringLiteral("takesDock"));
    m_historyDock->setWidget(m_history);
    m_historyDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    resizeDocks({m_historyDock}, {260}, Qt::Vertical);
    // Out of the way until there is something in it or something to say (a saved layout
    // decides after that).
    m_historyDock->setVisible(m_history->model()->rowCount() > 0 || m_history->needsAttention());

    // The synthesis thread writes each take's files into the history's folder, so that the
    // window does not wait for the disk when a take ends; keepTake then adds its row.
    m_controller->setTakeFolder([store = m_takeStore.get()] { return store->isOpen() ? store->folder() : QString(); });
    connect(m_controller, &SynthesisController::synthesisFinished, this, &MainWindow::keepTake);
    connect(m_controller, &SynthesisController::modelsLoaded, this, [this](const LoadedModelsPtr& models) {
        m_history->setEngine(models ? models->engine : nullptr);
        if (models && m_savedLayout == SavedLayout::Use) ModelSetupDialog::savePaths(models->paths);  // loads again next start
    });
    connect(m_history, &takes::HistoryPanel::rerenderRequested, this, &MainWindow::rerenderTake);
    connect(m_synthesis, &SynthesisPanel::speakPieceAgainRequested, this, &MainWindow::speakPieceAgain);
    connect(m_history, &takes::HistoryPanel::useRequested, this, &MainWindow::useTake);
    connect(m_history, &takes::HistoryPanel::variationsRequested, this, &MainWindow::synthesizeVariations);
    // Ctrl+E on the take just made: its sidecar says which take of the history it is, with the
    // name and note it has by then.
    m_synthesis->setHistoryInfo([this](const SynthesisOutcome* outcome) {
        const takes::TakeRecord* take = m_history->model()->takeById(m_storedResultId);
        return take && outcome && m_storedResult.lock().get() == outcome ? take->exportInfo() : QJsonObject();
    });
    // "Drag out" (or a click on it) on the take just made: its file from the history, in the
    // last export's format (takes/take_drag_files.h). A problem is said where the user looks.
    m_synthesis->dragOutButton()->setSource([this]() -> QMimeData* {
        if (!resultIsInHistory()) {
            m_synthesis->showError(tr("This take is not in the history, so it has no file to drag: use Export… (Ctrl+E)."));
            return nullptr;
        }
        QMimeData* data = m_history->takeFiles({m_storedResultId});
        if (!data) m_synthesis->showError(m_history->statusText());
        return data;
    });
    connect(m_synthesis, &SynthesisPanel::copyTakeFilesRequested, this, [this] {
        if (!resultIsInHistory()) return m_synthesis->showError(tr("This take is not in the history, so it has no file to copy: use Export… (Ctrl+E)."));
        const bool copied = m_history->copyFiles({m_storedResultId});
        if (!copied) return m_synthesis->showError(m_history->statusText());
        statusBar()->showMessage(m_history->statusText(), 8000);
    });
}

namespace {
constexpr qint64 kRevealSettleMs = 1000;
}  // namespace

void MainWindow::revealSynthesis() {
    m_revealing.start();
    // Each change settles through a chain of posted layout requests; measuring in the middle
    // of that chain could leave the panel's bottom out of view. The event filter scrolls
    // again for every resize of the section or of the visible area until it has settled.
    QTimer::singleShot(0, this, [this] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_leftColumnArea->ensureWidgetVisible(m_synthesisSection, 0, 0);
    });
}

void MainWindow::fitLeftColumnToContent() {
    const int needed = m_leftSplitter->minimumSizeHint().width() + m_leftColumnArea->verticalScrollBar()->sizeHint().width();
    if (needed != m_leftColumnArea->minimumWidth()) m_leftColumnArea->setMinimumWidth(needed);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride && (watched == m_text->targetEditor() || watched == m_text->transcriptEditor())) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const takes::StudioPanels panels{m_reference, m_text, m_settings};
        if ((key->matches(QKeySequence::Undo) && m_combinedStep.canUndo(panels)) ||
            (key->matches(QKeySequence::Redo) && m_combinedStep.canRedo(panels))) {
            event->ignore();  // not the text box's: the window's Undo takes back the whole act
            return true;
        }
    }
    // A section's size hints changed (QSplitter has no layout: its children post this to it).
    if (watched == m_leftSplitter && event->type() == QEvent::LayoutRequest) fitLeftColumnToContent();
    if (event->type() == QEvent::Resize && (watched == m_synthesisSection || watched == m_leftColumnArea->viewport()) &&
        m_revealing.isValid() && m_revealing.elapsed() < kRevealSettleMs)
        QTimer::singleShot(0, this, [this] { m_leftColumnArea->ensureWidgetVisible(m_synthesisSection, 0, 0); });
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::keepTake(const SynthesisOutcomePtr& outcome) {
    if (!outcome || !outcome->hasAudio() || !m_takeStore->isOpen()) return;
    const LoadedModelsPtr models = m_controller->models();
    auto stored = m_takeStore->add(*outcome, models.get());
    if (!stored.ok()) {
        m_history->setStoreProblem(errorText(stored));
        return;
    }
    // Already listed when a restore from the folders found it first (File ▸ Restore Takes from
    // Their Folders, just as the run ended).
    if (!m_history->model()->takeById(stored.value().id)) m_history->addTake(stored.value());
    m_storedResult = outcome;
    m_storedResultId = stored.value().id;
    if (m_historyDock->isHidden() && m_history->model()->rowCount() == 1) m_historyDock->show();
    // In a window too short for the whole studio, the new take's panel stays in view, whole: its
    // result line may have just grown by a line or two, and the dock has just taken its height.
    revealSynthesis();
}

quint64 MainWindow::rerenderTake(qint64 takeId) {
    auto take = m_takeStore->take(takeId);
    if (!take.ok()) {
        m_synthesis->showError(errorText(take));
        return 0;
    }
    auto request = m_takeStore->rerenderRequest(take.value());
    if (!request.ok()) {
        m_synthesis->showError(errorText(request));
        return 0;
    }
    if (m_controller->modelState() != SynthesisController::ModelState::Ready) {
        m_synthesis->showError(tr("Load the model first (File ▸ Set up model…) to render a take again."));
        return 0;
    }
    m_synthesis->showError({});
    SynthesisRequest r = std::move(request).value();
    // "Exact" holds on the same device, precision and files: say so with the result when not.
    const QStringList differences = takes::TakeStore::rerenderDifferences(take.value(), *m_controller->models());
    if (!differences.isEmpty())
        r.notes << tr("Rendered again, but not exactly as before: %1.").arg(differences.join(QStringLiteral("; ")));
    return m_controller->enqueue(std::move(r));
}

quint64 MainWindow::speakPieceAgain(int piece) {
    const SynthesisOutcomePtr take = m_synthesis->lastTake();
    if (!take || !take->hasAudio() || piece < 0 || piece >= take->pieces()) return 0;
    if (m_controller->modelState() != SynthesisController::ModelState::Ready) {
        m_synthesis->showError(tr("Load the model first (File ▸ Set up model…) to speak a piece again."));
        return 0;
    }
    // The shown take is always one this studio made, whose pieces say where their codes lie; the
    // engine refuses any other before it runs (mars5::ttsPieceAgain).
    const takes::TakePiece& old = take->pieceList[piece];
    m_synthesis->showError({});
    SynthesisRequest r = take->request;
    r.variationGroup.clear();
    r.pieceSeeds.clear();
    // A new seed (53 bits, as the engine draws), never the piece's own: that would say it again.
    const quint64 maxSeed = (quint64{1} << 53) - 1;
    quint64 seed = old.seed;
    while (seed == old.seed) seed = QRandomGenerator::global()->generate64() & maxSeed;
    r.pieceAgain = SynthesisRequest::PieceAgain{take, piece, seed};
    const int pieces = std::max(take->piecesPlanned, take->pieces());
    //: Goes in "the other pieces are as in %4" (a language that says "as in take 12" otherwise may add the word here).
    const QString from = resultIsInHistory() ? tr("take %1").arg(m_storedResultId)
                                             //: Goes in "the other pieces are as in %4".
                                             : tr("the take before it");
    //: %4 is "take 12" or "the take before it", as translated above.
    r.notes = QStringList{tr("Piece %1 of %2 spoken again with seed %3; the other pieces are as in %4.")
                              .arg(QString::number(piece + 1), QString::number(pieces), QString::number(seed), from)};
    return m_controller->enqueue(std::move(r));
}

bool MainWindow::useTake(qint64 takeId, takes::TakeParts parts) {
    const takes::StudioPanels panels{m_reference, m_text, m_settings};
    const CombinedStep::Marks before = CombinedStep::mark(panels);
    auto take = m_takeStore->take(takeId);
    auto used = take.ok() ? takes::useTake(take.value(), m_takeStore->files(), parts, panels) : Result<QString>(take.error());
    if (!used.ok()) {
        m_synthesis->showError(errorText(used));
        return false;
    }
    m_combinedStep.happened(before, panels, tr("use of take %1").arg(takeId),
                            tr("Undone: the use of take %1 (the clip, the texts and the settings as they were before it).").arg(takeId));
    updateUndoActions();
    m_synthesis->showError({});
    statusBar()->showMessage(used.value(), 10000);
    return true;
}

bool MainWindow::spellOutNumbers() {
    const takes::StudioPanels panels{m_reference, m_text, m_settings};
    const CombinedStep::Marks before = CombinedStep::mark(panels);
    const Result<int> spelled = m_text->spellOutNumbers();
    if (!spelled.ok()) {
        m_synthesis->showError(errorText(spelled));
        return false;
    }
    if (spelled.value() == 0) {
        statusBar()->showMessage(tr("The texts have no numbers in digits."), 4000);
        return false;
    }
    m_combinedStep.happened(before, panels, tr("numbers spelled out"), tr("Undone: the numbers are in digits again."));
    updateUndoActions();
    statusBar()->showMessage(tr("Spelled out %n number(s): read the words over; Ctrl+Z takes them back.", "", spelled.value()), 8000);
    return true;
}

bool MainWindow::respellWords() {
    const takes::StudioPanels panels{m_reference, m_text, m_settings};
    const CombinedStep::Marks before = CombinedStep::mark(panels);
    const int respelled = m_text->respellWords();
    if (respelled == 0) {
        statusBar()->showMessage(m_text->respellings().empty()
                                     ? tr("The respellings list is empty: Edit ▸ Respellings… adds words to it.")
                                     : tr("The texts have no word of the respellings list."),
                                 5000);
        return false;
    }
    m_combinedStep.happened(before, panels, tr("words respelled"), tr("Undone: the words are as they were typed again."));
    updateUndoActions();
    statusBar()->showMessage(tr("Respelled %n word(s): read the words over; Ctrl+Z takes them back.", "", respelled), 8000);
    return true;
}

RespellingsDialog* MainWindow::respellingsDialog() const { return m_respellingsDialog.data(); }

void MainWindow::editRespellings() {
    if (m_respellingsDialog) {
        m_respellingsDialog->raise();
        m_respellingsDialog->activateWindow();
        return;
    }
    // A word selected in either text box is most likely the one to add.
    QString selected;
    for (QPlainTextEdit* editor : {m_text->targetEditor(), m_text->transcriptEditor()})
        if (editor->textCursor().hasSelection()) selected = editor->textCursor().selectedText();
    if (static_cast<std::size_t>(selected.toUcs4().size()) > mars5::kMaxRespellingCharacters) selected.clear();
    loadRespellings();  // the file as it is now: it may have been edited by hand since
    m_respellingsDialog = new RespellingsDialog(m_text->respellings(), respellingsPath(), selected, this);
    m_respellingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_respellingsDialog->setWindowModality(Qt::WindowModal);
    if (!m_respellingsProblem.isEmpty()) m_respellingsDialog->showLoadProblem(m_respellingsProblem);
    connect(m_respellingsDialog, &QDialog::accepted, this, [this] {
        m_respellingsProblem.clear();
        m_text->setRespellings(m_respellingsDialog->savedList());
        QString said = tr("Respellings saved: %n word(s) in the list.", "", static_cast<int>(m_text->respellings().size()));
        if (!m_respellingsDialog->keptAsidePath().isEmpty())
            said += QLatin1Char(' ') + tr("The list file that was there is kept as %1.").arg(QDir::toNativeSeparators(m_respellingsDialog->keptAsidePath()));
        statusBar()->showMessage(said, 10000);
    });
    m_respellingsDialog->open();
}

void MainWindow::loadRespellings() {
    const QString path = respellingsPath();
    if (!QFileInfo::exists(path)) {  // none kept yet, or deleted by hand: no list
        m_respellingsProblem.clear();
        m_text->setRespellings({});
        return;
    }
    const Result<std::vector<mars5::Respelling>> list = mars5::readRespellings(QFile::encodeName(path).toStdString());
    if (!list.ok()) {
        // Left as it is (the dialog says so, and its OK keeps it beside the new list): the texts
        // keep what they had, nothing at start.
        m_respellingsProblem = errorText(list);
        statusBar()->showMessage(tr("The respellings list did not read: %1").arg(m_respellingsProblem), 10000);
        return;
    }
    m_respellingsProblem.clear();
    m_text->setRespellings(list.value());
}

void MainWindow::undoLastChange() {
    const takes::StudioPanels panels{m_reference, m_text, m_settings};
    if (m_combinedStep.canUndo(panels)) {
        m_combinedStep.undo(panels);
        statusBar()->showMessage(m_combinedStep.undoneMessage(), 6000);
    } else {
        m_undoGroup->undo();
    }
    updateUndoActions();
}

void MainWindow::redoLastChange() {
    const takes::StudioPanels panels{m_reference, m_text, m_settings};
    if (m_combinedStep.canRedo(panels)) m_combinedStep.redo(panels);
    else m_undoGroup->redo();
    updateUndoActions();
}

void MainWindow::updateUndoActions() {
    if (!m_undo || !m_redo) return;
    const takes::StudioPanels panels{m_reference, m_text, m_settings};
    const bool useUndo = m_combinedStep.canUndo(panels), useRedo = m_combinedStep.canRedo(panels);
    const QString undoText = useUndo ? m_combinedStep.name() : m_undoGroup->undoText();
    const QString redoText = useRedo ? m_combinedStep.name() : m_undoGroup->redoText();
    m_undo->setEnabled(useUndo || m_undoGroup->canUndo());
    m_redo->setEnabled(useRedo || m_undoGroup->canRedo());
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

AudioPanel* MainWindow::audioPanel() const { return m_reference->audioPanel(); }

void MainWindow::createActions() {
    auto action = [this](const QString& text, const QList<QKeySequence>& keys, auto slot, const QString& tip = {}) {
        auto* a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        if (!tip.isEmpty()) a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_open = action(tr("&Open reference…"), {QKeySequence::Open}, [this] { m_reference->openWithDialog(); });
    m_openScript = action(tr("Open &script…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, [this] { openScriptWithDialog(); });
    m_openScript->setToolTip(tr("A text file into the text to speak, one line per take with Synthesize each line"));
    m_record = action(tr("&Record reference"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                      [this] { m_reference->toggleRecording(); });
    m_export = action(tr("&Export take…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { m_synthesis->exportWithDialog(); });
    m_setupModel = action(tr("Set up &model…"), {QKeySequence(Qt::CTRL | Qt::Key_M)}, [this] { showModelSetup(); });
    m_quit = action(tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { close(); });
    m_quit->setMenuRole(QAction::QuitRole);

    // The reference clip and the settings keep histories of their own: Edit ▸ Undo walks the
    // one last changed, or the panel the keyboard has just gone into; focus elsewhere (a
    // button, the history) leaves it as it was. The sliders take no focus, so a drag alone
    // must be enough: Ctrl+Z after it takes the drag back, not the clip's last trim. (The text
    // editors undo their own typing: Ctrl+Z in them is theirs.)
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_reference->undoStack());
    m_undoGroup->addStack(m_settings->undoStack());
    m_undoGroup->setActiveStack(m_reference->undoStack());
    for (QUndoStack* stack : {m_reference->undoStack(), m_settings->undoStack()})
        connect(stack, &QUndoStack::indexChanged, m_undoGroup, [group = m_undoGroup, stack] {
            // The panels (and their stacks) go before the group when the window closes: a stack
            // being destroyed leaves the group, then clears and says so, after ~MainWindow (so
            // no `this` here), and must not become the active one.
            if (group->stacks().contains(stack)) group->setActiveStack(stack);
        });
    m_followFocus = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (!now || now->window() != this) return;  // a dialog, or no focus: as it was
        if (m_settings->isAncestorOf(now)) m_undoGroup->setActiveStack(m_settings->undoStack());
        else if (m_reference->isAncestorOf(now)) m_undoGroup->setActiveStack(m_reference->undoStack());
    });
    sendUndoKeysToWindow(m_settings);  // the settings are spin boxes: Ctrl+Z there is the settings' undo
    sendUndoKeysToWindow(m_reference);
    // Undo and Redo are the group's, except right after a take was used: that one act landed
    // in up to four histories and is taken back as one (studio/combined_step.h); so are numbers spelled out.
    m_undo = action(tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo), [this] { undoLastChange(); });
    m_redo = action(tr("&Redo"), QKeySequence::keyBindings(QKeySequence::Redo), [this] { redoLastChange(); });
    const auto update = [this] { updateUndoActions(); };
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, update);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, this, update);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, update);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, update);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, update);
    for (QPlainTextEdit* editor : {m_text->targetEditor(), m_text->transcriptEditor()})
        connect(editor->document(), &QTextDocument::contentsChanged, this, update);
    updateUndoActions();
    m_keepSelection = action(tr("&Keep selection (trim)"), {QKeySequence(Qt::CTRL | Qt::Key_T)}, [this] { m_reference->keepSelection(); });
    m_deleteSelection = action(tr("&Delete selection"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                               [this] { m_reference->deleteSelection(); });

    m_playStop = action(tr("&Play/Stop"), {QKeySequence(Qt::Key_Space)}, [this] { togglePlay(); });
    m_playReference = action(tr("Play/Stop &reference"), {QKeySequence(Qt::SHIFT | Qt::Key_Space)},
                             [this] { m_reference->togglePlayback(); });
    m_playThroughCodec = action(tr("Hear the reference through the &codec"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space)}, [this] {
        if (m_reference->codecPreview()->isEnabled()) m_reference->codecPreview()->click();
    });
    m_playThroughCodec->setEnabled(false);
    connect(m_reference->codecPreview(), &CodecPreviewButton::enabledChanged, m_playThroughCodec, &QAction::setEnabled);

    m_synthesizeAction = action(tr("&Synthesize"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                                [this] { synthesize(); });
    m_stop = action(tr("S&top (keep what exists)"), {QKeySequence(Qt::Key_Escape)}, [this] { m_controller->stop(); });
    m_cancel = action(tr("&Cancel (discard)"), {QKeySequence(Qt::SHIFT | Qt::Key_Escape)}, [this] { m_controller->cancel(); });
    m_rollSeed = action(tr("Roll a new s&eed"), {QKeySequence(Qt::CTRL | Qt::Key_D)}, [this] { m_settings->rollSeed(); });
    // Ctrl+D rolls the take's seed; with Shift, the piece's: a long take's sentence heard wrong
    // while it plays is spoken again without reaching for the mouse.
    m_speakPieceAgainAction = action(tr("Speak the &piece again"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, [this] {
        const int piece = m_synthesis->pieceAt(m_synthesis->resultView()->playheadSeconds());
        if (piece < 0) {
            statusBar()->showMessage(tr("The take shown was spoken at once: there is no piece to speak again."), 5000);
            return;
        }
        speakPieceAgain(piece);
    });
    m_speakPieceAgainAction->setToolTip(tr("The piece of the take under the playhead, spoken again with a new seed as a new take"));
    m_synthesizeTakes = action(tr("Synthesize &N takes"),
                               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)},
                               [this] { synthesizeVariations(m_history->variationCount()->value()); });
    m_synthesizeTakes->setToolTip(tr("The current request N times with consecutive seeds, side by side in Takes ▸ Variations "
                                     "(N is set beside the history)"));
    m_synthesizeLines = action(tr("Synthesize each &line"),
                               {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Enter)},
                               [this] { synthesizeEachLine(); });
    m_synthesizeLines->setToolTip(tr("One take per line of the text to speak (a script), queued in order with the same voice "
                                     "and settings"));
    // The take just made is the history's selected one: one key keeps it for later.
    m_starTake = action(tr("Star the ta&ke"), {QKeySequence(Qt::CTRL | Qt::Key_K)}, [this] {
        if (!m_history->toggleStarSelected()) statusBar()->showMessage(tr("No take to star yet: synthesize one first."), 4000);
    });
    // And another writes down why (the note under the history's list).
    m_noteTake = action(tr("Write a n&ote on the take"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)}, [this] {
        m_historyDock->show();
        if (!m_history->editNoteOfSelected())
            statusBar()->showMessage(tr("Select one take in the history to write a note on it."), 4000);
    });
    m_useTake = action(tr("&Use the take in the studio"), {QKeySequence(Qt::CTRL | Qt::Key_U)}, [this] {
        m_historyDock->show();
        m_history->useSelected();
    });
    m_useTake->setToolTip(tr("The selected take's voice, text and settings (its seed fixed) back in the panels, to go on from it"));
    m_focusText = action(tr("Go to the &text"), {QKeySequence(Qt::CTRL | Qt::Key_L)}, [this] { m_text->targetEditor()->setFocus(); });
    m_spellNumbers = action(tr("Spell out &numbers"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, [this] { spellOutNumbers(); },
                            tr("Put the numbers written in digits in the transcript and the text in words (MARS5 reads digits as typed)"));
    m_spellNumbers->setEnabled(m_text->numbersToSpell() > 0);
    connect(m_text, &TextPanel::numbersToSpellChanged, m_spellNumbers, [this](int count) { m_spellNumbers->setEnabled(count > 0); });
    connect(m_text, &TextPanel::spellNumbersRequested, this, [this] { spellOutNumbers(); });
    m_respell = action(tr("Res&pell words"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)}, [this] { respellWords(); },
                       tr("Put how each word of the respellings list is said in place of it, in the transcript and the text"));
    m_respell->setEnabled(false);
    connect(m_text, &TextPanel::wordsToRespellChanged, m_respell, [this](int count) { m_respell->setEnabled(count > 0); });
    connect(m_text, &TextPanel::respellWordsRequested, this, [this] { respellWords(); });
    m_editRespellings = action(tr("Respellin&gs…"), {}, [this] { editRespellings(); },
                               tr("Your list of how to say names and abbreviations MARS5 gets wrong"));
    // Right after a take was used, numbers spelled out or words respelled, Ctrl+Z in a text box takes back the
    // whole act (eventFilter), not only that box's part of it.
    m_text->targetEditor()->installEventFilter(this);
    m_text->transcriptEditor()->installEventFilter(this);

    m_shortcuts = action(tr("&Keyboard shortcuts"), {QKeySequence(Qt::Key_F1)}, [this] { showShortcuts(); });
    m_about = action(tr("&About MARS5 Studio"), {}, [this] { showAbout(); });
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = action(tr("About &Qt"), {}, [] { QApplication::aboutQt(); });
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_rating = action(tr("Blind A/B &rating sessions…"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, [this] {
        if (!m_ratingWindow) {
            m_ratingWindow = new rating::RatingWindow({}, rating::AbPlayer::Output::Device, this);
            // Sessions that synthesize their takes share the studio's loaded engine and settings.
            m_ratingWindow->setStudio(m_controller, [this] { return m_settings->config(); });
        }
        m_ratingWindow->setWindowFlag(Qt::Window);
        m_ratingWindow->show();
        m_ratingWindow->raise();
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_open);
    file->addAction(m_openScript);
    file->addAction(m_record);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_setupModel);
    file->addAction(tr("Mo&dels…"), this, [this] {  // one non-modal dialog: downloads go on while you work
        auto* models = findChild<ModelsDialog*>();
        if (!models) {
            models = new ModelsDialog(this);
            // It names the files in use, and loads the ones it found when asked (once a
            // download has finished, say) without a detour through Set up model.
            const auto showInUse = [models](const LoadedModelsPtr& loaded) {
                models->setInUse(loaded ? loaded->paths : mars5::ModelPaths{});
            };
            showInUse(m_controller->models());
            connect(m_controller, &SynthesisController::modelsLoaded, models, showInUse);
            connect(m_controller, &SynthesisController::modelsFailed, models, &ModelsDialog::showLoadFailure);
            connect(models, &ModelsDialog::useFilesRequested, this, [this](const mars5::ModelPaths& paths) {
                if (!m_controller->loadModels(paths, ComputeChoice::saved()))
                    statusBar()->showMessage(m_controller->modelState() == SynthesisController::ModelState::Loading
                                                 ? tr("A model is loading already: wait for it, then load again.")
                                                 : tr("Wait until the running synthesis finishes (or cancel it), then load again."),
                                             8000);
            });
        }
        models->show();
        models->raise();
    });
    file->addSeparator();
    // Takes whose folders are there but whose rows are not (a history replaced or damaged);
    // the Takes dock offers it when it finds some, and this is the way back after "Not now".
    file->addAction(tr("Restore Takes from Their &Folders"), this, [this] {
        m_historyDock->show();
        m_history->restoreStrayTakes();
    });
    // The takes the history shows (search and filters applied) as a table, with their notes.
    file->addAction(tr("Export the Take &List (CSV)…"), this, [this] {
        m_historyDock->show();
        m_history->exportTakeListWithDialog();
    });
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_keepSelection);
    edit->addAction(m_deleteSelection);
    edit->addSeparator();
    edit->addAction(m_focusText);
    edit->addAction(m_spellNumbers);
    edit->addAction(m_respell);
    edit->addAction(m_editRespellings);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addAction(m_playStop);
    playback->addAction(m_playReference);
    playback->addAction(m_playThroughCodec);

    QMenu* synthesis = menuBar()->addMenu(tr("&Synthesis"));
    synthesis->addAction(m_synthesizeAction);
    synthesis->addAction(m_synthesizeTakes);
    synthesis->addAction(m_synthesizeLines);
    synthesis->addAction(m_stop);
    synthesis->addAction(m_cancel);
    synthesis->addSeparator();
    synthesis->addAction(m_rollSeed);
    synthesis->addAction(m_speakPieceAgainAction);
    synthesis->addSeparator();
    m_showHistory = m_historyDock->toggleViewAction();
    m_showHistory->setText(tr("Take &history"));
    m_showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    synthesis->addAction(m_showHistory);
    synthesis->addAction(m_starTake);
    synthesis->addAction(m_noteTake);
    synthesis->addAction(m_useTake);

    // Blind A/B preference rating opens in a window of its own (ui/rating/).
    QMenu* rating = menuBar()->addMenu(tr("&Rating"));
    rating->addAction(m_rating);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    m_overlay->setSections({
        {tr("Reference"), {m_open, m_record, m_playReference, m_playThroughCodec, m_keepSelection, m_deleteSelection}},
        {tr("Synthesis"), {m_synthesizeAction, m_synthesizeTakes, m_openScript, m_synthesizeLines, m_stop, m_cancel, m_rollSeed, m_focusText, m_spellNumbers, m_respell}},
        {tr("Take"), {m_playStop, m_speakPieceAgainAction, m_starTake, m_noteTake, m_useTake, m_export, m_showHistory}},
        {tr("Undo (the clip or the settings)"), {m_undo, m_redo}},
        {tr("Window"), {m_setupModel, m_rating, m_shortcuts, m_quit}},
    });
}

void MainWindow::createStatusBar() {
    m_modelStatus = new QLabel(this);
    statusBar()->addWidget(m_modelStatus, 1);

    m_outputStatus = new QLabel(this);
    m_outputStatus->setToolTip(tr("The sound device used for playback (the system default)"));
    statusBar()->addPermanentWidget(m_outputStatus);
    updateOutputStatus();
    // The device list is read again when playback starts (a sound server may have started since).
    connect(audioPanel()->playback(), &PlaybackEngine::playingChanged, this, &MainWindow::updateOutputStatus);
}

QString MainWindow::modelStatusText() const { return m_modelStatus->text(); }

void MainWindow::updateModelStatus() {
    const auto state = m_controller->modelState();
    m_reference->codecPreview()->setModelReady(state == SynthesisController::ModelState::Ready && m_controller->models() &&
                                               m_controller->models()->info.hasEncoder && m_controller->models()->info.hasVocoder);
    if (state == SynthesisController::ModelState::Ready) {
        const auto models = m_controller->models();
        m_modelStatus->setText(tr("Model loaded: %1 · %2")
                                   .arg(QFileInfo(QString::fromStdString(models->paths.ar)).fileName() + QStringLiteral(" + ") +
                                            QFileInfo(QString::fromStdString(models->paths.nar)).fileName(),
                                        describeCompute(models->info.device, models->info.dtype)));
        m_modelStatus->setToolTip(QString::fromStdString(models->info.arSummary + "\n" + models->info.narSummary));
        m_modelBanner->hide();
    } else if (state == SynthesisController::ModelState::Loading) {
        m_modelStatus->setText(tr("Loading the model…"));
        m_modelBanner->setText(tr("Loading the MARS5 model in the background; everything else works meanwhile."));
        m_modelBanner->show();
    } else {
        m_modelStatus->setText(tr("No MARS5 model loaded: audio can be opened, recorded and played; synthesis needs "
                                  "the model files"));
        QString text = tr("<b>No model loaded.</b> Synthesis needs the MARS5 AR and NAR checkpoints, Encodec and Vocos. "
                          "<a href='setup'>Set up the model…</a> (Ctrl+M) or get them with File ▸ Models.");
        if (!m_controller->modelProblem().isEmpty())
            text += QStringLiteral("<br>") + tr("Last attempt: %1").arg(m_controller->modelProblem().toHtmlEscaped());
        m_modelBanner->setText(text);
        m_modelBanner->show();
    }
}

void MainWindow::updateOutputStatus() {
    const QString device = audioPanel()->playback()->outputDeviceName();
    m_outputStatus->setText(device.isEmpty() ? tr("No audio output device") : tr("Output: %1").arg(device));
}

bool MainWindow::resultIsInHistory() const {
    const SynthesisOutcomePtr shown = m_synthesis->lastTake();
    return shown && m_storedResult.lock() == shown && m_history->model()->takeById(m_storedResultId);
}

void MainWindow::putDroppedWordsInTranscript(const QString& words) {
    if (words.isEmpty()) return;
    if (const QString error = m_text->loadTranscriptFromFile(words); !error.isEmpty()) m_synthesis->showError(error);
}

void MainWindow::updateTitle() {
    const QString name = m_reference->sourceDescription();
    setWindowTitle(name.isEmpty() ? tr("MARS5 Studio") : tr("%1 — MARS5 Studio").arg(name));
}

void MainWindow::togglePlay() {
    // Space plays the take when there is one, else the reference.
    if (m_synthesis->lastTake() && (m_synthesis->lastTake()->hasAudio())) {
        m_reference->audioPanel()->playback()->stop();
        m_synthesis->togglePlayback();
    } else {
        m_reference->togglePlayback();
    }
}

std::optional<SynthesisRequest> MainWindow::requestFromPanels() {
    if (m_controller->modelState() != SynthesisController::ModelState::Ready) {
        m_synthesis->showError(m_controller->modelState() == SynthesisController::ModelState::Loading
                                   ? tr("The model is still loading; try again in a moment.")
                                   : tr("No model is loaded yet: File ▸ Set up model… (Ctrl+M) points the studio at the "
                                        "MARS5 files."));
        return std::nullopt;
    }
    if (!m_reference->hasReference()) {
        m_synthesis->showError(tr("There is no reference voice yet: open, drop or record a clip of 2–12 s."));
        return std::nullopt;
    }
    if (m_text->targetText().isEmpty()) {
        m_synthesis->showError(tr("Type the text to speak first."));
        m_text->targetEditor()->setFocus();
        return std::nullopt;
    }
    SynthesisRequest request;
    request.text = m_text->targetText();
    request.transcript = m_text->transcript();
    request.deepClone = m_text->deepCloneEffective();
    request.config = m_settings->config();
    request.reference = m_reference->referenceAudio();
    request.referenceName = m_reference->sourceDescription();
    request.referenceFile = m_reference->sourceFile();
    request.referenceFileSha256 = m_reference->sourceFileSha256();
    request.referenceEdited = m_reference->editedSinceLoad();
    request.presetName = m_settings->presetCombo()->currentData().toString();
    m_synthesis->showError({});
    return request;
}

void MainWindow::rememberTranscript(const SynthesisRequest& queued) {
    // This file and this transcript are being synthesized: opening the file again brings the transcript.
    if (!queued.referenceEdited) TranscriptMemory::remember(queued.referenceFileSha256, queued.transcript);
}

quint64 MainWindow::synthesize() {
    std::optional<SynthesisRequest> request = requestFromPanels();
    if (!request) return 0;
    const quint64 id = m_controller->enqueue(*request);
    if (id != 0) rememberTranscript(*request);
    return id;
}

QList<quint64> MainWindow::synthesizeVariations(int count) {
    QList<quint64> ids;
    std::optional<SynthesisRequest> request = requestFromPanels();
    if (!request || count < 1) return ids;
    // N seeds: from the fixed seed upwards, or from a fresh one (53 bits, as the engine draws).
    const std::int64_t maxSeed = (std::int64_t{1} << 53) - 1;
    const std::int64_t first = request->config.seed >= 0
                                   ? request->config.seed
                                   : static_cast<std::int64_t>(QRandomGenerator::global()->generate64() & quint64(maxSeed));
    request->variationGroup = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_history->startVariations(request->variationGroup, count);
    m_historyDock->show();
    for (int i = 0; i < count; ++i) {
        SynthesisRequest r = *request;
        r.config.seed = first + i > maxSeed ? (first + i) - maxSeed - 1 : first + i;
        ids << m_controller->enqueue(std::move(r));
    }
    if (!ids.contains(0)) rememberTranscript(*request);
    return ids;
}

QList<quint64> MainWindow::synthesizeEachLine() {
    QList<quint64> ids;
    std::optional<SynthesisRequest> request = requestFromPanels();
    if (!request) return ids;
    // A fixed seed stays the same for every line (each line is its own text, so the takes
    // differ anyway, and any one line can be made again alone with that seed).
    for (const QString& line : m_text->targetLines()) {
        SynthesisRequest r = *request;
        r.text = line;
        if (const quint64 id = m_controller->enqueue(std::move(r))) ids << id;
    }
    if (!ids.isEmpty()) rememberTranscript(*request);
    if (ids.size() > 1) statusBar()->showMessage(tr("Queued %n line(s), one take each.", nullptr, static_cast<int>(ids.size())), 5000);
    return ids;
}

bool MainWindow::openScriptWithDialog() {
    const QString folder = QSettings().value(QStringLiteral("studio/scriptFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a script"), folder,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty()) return false;
    QSettings().setValue(QStringLiteral("studio/scriptFolder"), QFileInfo(path).absolutePath());
    if (const QString error = m_text->loadTargetFromFile(path); !error.isEmpty()) {
        m_synthesis->showError(error);
        return false;
    }
    m_synthesis->showError({});
    return true;
}

ModelSetupDialog* MainWindow::modelSetupDialog() {
    if (!m_modelSetup) m_modelSetup = new ModelSetupDialog(m_controller, this);
    return m_modelSetup;
}

void MainWindow::showModelSetup() {
    ModelSetupDialog* dialog = modelSetupDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts() {
    if (m_overlay->isVisible())
        m_overlay->hide();
    else
        m_overlay->showOver();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About MARS5 Studio"),
        tr("<h3>MARS5 Studio %1</h3>"
           "<p>A desktop studio for MARS5 voice-cloning text-to-speech: open or record a reference clip, "
           "type what the voice should say, tune every setting and synthesise, then export the take with "
           "a record of how it was made.</p>"
           "<p>Licensed under the GNU Affero General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2, QCustomPlot and PortAudio.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

bool MainWindow::confirmDiscardingSyntheses() {
    const int waiting = static_cast<int>(m_controller->queue().size());
    if (!m_controller->isBusy() && waiting == 0) return true;
    QString question;
    if (m_controller->isBusy() && waiting > 0)
        question = tr("A synthesis is running and %n more wait(s) in the queue. Quit and discard them?", nullptr, waiting);
    else if (m_controller->isBusy())
        question = tr("A synthesis is running. Quit and discard it?");
    else
        question = tr("%n synthesis(es) wait in the queue. Quit and discard them?", nullptr, waiting);
    question += QLatin1Char(' ') + tr("The takes already made are kept.");
    return QMessageBox::question(this, tr("Quit MARS5 Studio"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

bool MainWindow::confirmStoppingExport() {
    if (!m_history || !m_history->isExporting()) return true;
    const auto [done, total] = m_history->exportProgress();
    const QString question = tr("%1 of %n take(s) are exported so far. Quit and stop the export? The files already written are "
                                "complete and kept.",
                                nullptr, total)
                                 .arg(done);
    return QMessageBox::question(this, tr("Quit MARS5 Studio"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Quitting discards what runs and what waits (Cancel, not Stop): a script's queue can be
    // an hour of work, so ask first. The takes already made are kept either way. An export of
    // takes stops after the file being written (the panel waits for it as it closes).
    if (!confirmDiscardingSyntheses() || !confirmStoppingExport()) {
        event->ignore();
        return;
    }
    audioPanel()->playback()->stop();
    m_synthesis->playback()->stop();
    m_controller->cancelAll();
    m_history->stopExport();
    if (m_savedLayout == SavedLayout::Use) {
        QSettings settings;
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kStateKey, saveState());
        settings.setValue(kSplitterKey, QList<QVariant>{m_outerSplitter->saveState(), m_leftSplitter->saveState()});
    }
    keepSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::keepSession() {
    if (m_savedLayout != SavedLayout::Use) return;
    if (m_sessionSave) m_sessionSave->stop();
    QSettings settings;
    settings.setValue(kTextKey, m_text->targetEditor()->toPlainText());
    settings.setValue(kTranscriptKey, m_text->transcriptEditor()->toPlainText());
    settings.setValue(kSamplerKey, m_settings->saveState());
    // The clip only when it changed: a recording is megabytes, and the settings change often.
    if (!m_referenceToKeep) return;
    if (auto kept = keepReference(m_reference->clip(), keptReferenceFolder()); !kept.ok())
        qWarning("studio: the reference was not kept for the next start: %s", kept.message().c_str());
    else
        m_referenceToKeep = false;
}

}  // namespace mars5::ui
