// The studio's main window: the reference voice, the texts and the synthesis with its
// result on the left, every setting on the right, menus with shortcuts for everything
// frequent (F1 lists them), and a status bar that says plainly whether a model is loaded.
// It opens without any model: loading, recording, editing, rating and export of earlier
// takes all work; synthesis says what it needs.
#pragma once

#include "studio/synthesis_controller.h"
#include "takes/take_reuse.h"
#include "studio/combined_step.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QCloseEvent;
class QDockWidget;
class QLabel;
class QScrollArea;
class QSplitter;
class QTimer;
class QUndoGroup;

namespace mars5::ui {

class AudioPanel;
class ModelSetupDialog;
class ReferencePanel;
class RespellingsDialog;
class SettingsPanel;
class ShortcutOverlay;
class SynthesisPanel;
class TextPanel;
namespace rating { class RatingWindow; }
namespace takes { class HistoryPanel; class TakeStore; }

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Screenshots for the docs use the default layout, so they look the same on every
    // machine, and leave the user's saved layout (and saved model paths) alone.
    enum class SavedLayout { Use, Ignore };

    explicit MainWindow(SavedLayout savedLayout = SavedLayout::Use, QWidget* parent = nullptr);
    ~MainWindow() override;

    AudioPanel* audioPanel() const;  // the reference clip's audio panel
    ReferencePanel* referencePanel() const { return m_reference; }
    TextPanel* textPanel() const { return m_text; }
    SettingsPanel* settingsPanel() const { return m_settings; }
    SynthesisPanel* synthesisPanel() const { return m_synthesis; }
    SynthesisController* controller() const { return m_controller; }
    ShortcutOverlay* shortcutOverlay() const { return m_overlay; }
    // The take history (every successful synthesis is stored there) and its dock.
    takes::TakeStore* takeStore() const { return m_takeStore.get(); }
    takes::HistoryPanel* historyPanel() const { return m_history; }
    QDockWidget* historyDock() const { return m_historyDock; }
    QAction* playStopAction() const { return m_playStop; }
    QAction* synthesizeAction() const { return m_synthesizeAction; }
    QAction* synthesizeTakesAction() const { return m_synthesizeTakes; }
    QAction* synthesizeLinesAction() const { return m_synthesizeLines; }
    QAction* starTakeAction() const { return m_starTake; }
    QAction* noteTakeAction() const { return m_noteTake; }
    QAction* useTakeAction() const { return m_useTake; }
    QAction* undoAction() const { return m_undo; }  // Edit ▸ Undo: the clip's or the settings' history
    QString modelStatusText() const;
    // The left column's scrolling area (reference, text, synthesis) and the Synthesis section in it (for tests of
    // what stays in view).
    QScrollArea* leftColumnArea() const { return m_leftColumnArea; }
    QWidget* synthesisSection() const { return m_synthesisSection; }

    // The model setup dialog (created on first use, non-modal).
    ModelSetupDialog* modelSetupDialog();
    // Edit ▸ Respellings… (window-modal while open; nullptr when closed).
    RespellingsDialog* respellingsDialog() const;

public slots:
    // Builds a request from the panels and queues it; a missing piece is said in the
    // synthesis area and nothing is queued. Returns the request id or 0.
    quint64 synthesize();
    // "N takes": the same request `count` times with consecutive seeds (from the fixed seed,
    // or a fresh one), one variation group; the history lays them out side by side.
    QList<quint64> synthesizeVariations(int count);
    // A script: one synthesis per non-empty line of the text to speak, with the same voice,
    // settings and seed field, queued in order (each line becomes a take named by its text).
    QList<quint64> synthesizeEachLine();
    // File ▸ Open script…: a text file into the text to speak (then Ctrl+Alt+Return speaks it
    // line by line). False when cancelled or refused (the reason is shown).
    bool openScriptWithDialog();
    void showModelSetup();
    void showShortcuts();
    // Queues a stored take again with its settings and seed (returns the request id or 0).
    quint64 rerenderTake(qint64 takeId);
    // Piece `piece` (from 0) of the take the synthesis panel shows, spoken again with a new seed
    // (mars5::ttsPieceAgain): a new take, the shown one kept as it is. Returns the request id, or
    // 0 with the reason in the synthesis panel.
    quint64 speakPieceAgain(int piece);
    // Puts `parts` of a stored take into the panels, to go on from it (take_reuse.h): the status
    // bar says what changed, the error line why it could not. False when it could not.
    bool useTake(qint64 takeId, mars5::ui::takes::TakeParts parts);
    // The numbers in digits of both texts in words, one step for Edit ▸ Undo (Edit ▸ Spell out
    // numbers, Ctrl+Shift+N, or the link above the text). False when none were spelled out.
    bool spellOutNumbers();
    // The words of the respellings list in both texts respelled, likewise (Edit ▸ Respell words,
    // Ctrl+Shift+W, or the link above the text). False when none were.
    bool respellWords();
    // Opens Edit ▸ Respellings… (a word selected in a text box gets a row of its own); OK applies
    // the saved list to the texts' links from then on.
    void editRespellings();

protected:
    // Before quitting with a synthesis running or waiting: asks whether to discard them.
    bool confirmDiscardingSyntheses();
    // An export of takes is running: asks whether to stop it (the files written are kept).
    bool confirmStoppingExport();
    void closeEvent(QCloseEvent* event) override;
    // The text, transcript, sampler settings and reference clip, kept for the next start (at
    // quit, and 1.5 s after each change: see m_sessionSave).
    void keepSession();
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void loadRespellings();  // respellings.json, if there is one, for the texts' Respell link
    void sizeForFirstRun();  // no saved geometry yet: most of the screen (util/window_size.h)
    void updateTitle();
    // The .txt dropped with a clip (util/dropped_files.h) as the transcript, one edit; a file
    // that does not read is said in the synthesis panel. Nothing for "".
    void putDroppedWordsInTranscript(const QString& words);
    // The take the synthesis panel shows is the one kept as m_storedResultId, still listed.
    bool resultIsInHistory() const;
    void updateOutputStatus();
    void updateModelStatus();
    void showAbout();
    void togglePlay();
    void createHistory();
    // The request the panels describe, or nothing (and the reason shown) when a piece is missing.
    std::optional<SynthesisRequest> requestFromPanels();
    void undoLastChange();
    void redoLastChange();
    void updateUndoActions();
    void rememberTranscript(const SynthesisRequest& queued);
    void keepTake(const SynthesisOutcomePtr& outcome);
    // Scrolls the Synthesis section whole into view, and keeps it there while the layout
    // settles (kRevealSettleMs): a message, a take's result line or the Takes dock opening
    // resize it through several layout passes, one widget level per event-loop turn.
    void revealSynthesis();
    // The left column's area at least as wide as its panels' minimum (no horizontal scrolling).
    void fitLeftColumnToContent();

    SavedLayout m_savedLayout;
    QTimer* m_sessionSave = nullptr;  // only with SavedLayout::Use
    bool m_referenceToKeep = false;     // the clip changed since it was last kept
    SynthesisController* m_controller = nullptr;
    ReferencePanel* m_reference = nullptr;
    TextPanel* m_text = nullptr;
    SettingsPanel* m_settings = nullptr;
    SynthesisPanel* m_synthesis = nullptr;
    QLabel* m_modelBanner = nullptr;
    QScrollArea* m_leftColumnArea = nullptr;  // reference, text, synthesis; scrolls in short windows
    QWidget* m_synthesisSection = nullptr;  // kept in view when a take or a message arrives
    QElapsedTimer m_revealing;              // since the last revealSynthesis()
    QSplitter* m_outerSplitter = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    ShortcutOverlay* m_overlay = nullptr;
    ModelSetupDialog* m_modelSetup = nullptr;
    QPointer<RespellingsDialog> m_respellingsDialog;  // deletes itself on close
    QString m_respellingsProblem;  // why respellings.json did not read at start (empty: it did, or there is none)

    QAction* m_open = nullptr;
    QAction* m_openScript = nullptr;  // a .txt file into the text to speak
    QAction* m_record = nullptr;
    QAction* m_export = nullptr;
    QAction* m_setupModel = nullptr;
    QAction* m_quit = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    CombinedStep m_combinedStep;  // the last take used or numbers spelled out: one step for Undo/Redo while nothing changed since
    bool m_restoringSession = false;  // the last session's clip reopening: not a file opened again
    QMetaObject::Connection m_followFocus;  // the undo group follows the keyboard
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_keepSelection = nullptr;
    QAction* m_deleteSelection = nullptr;
    QAction* m_playStop = nullptr;
    QAction* m_playReference = nullptr;
    QAction* m_playThroughCodec = nullptr;
    QAction* m_synthesizeAction = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_rollSeed = nullptr;
    QAction* m_speakPieceAgainAction = nullptr;  // the piece under the playhead, with a new seed
    QAction* m_synthesizeTakes = nullptr;  // N takes, N from the history's spin box
    QAction* m_synthesizeLines = nullptr;  // one take per line of the text
    QAction* m_starTake = nullptr;
    QAction* m_noteTake = nullptr;
    QAction* m_useTake = nullptr;
    QAction* m_focusText = nullptr;
    QAction* m_spellNumbers = nullptr;  // the texts' numbers in words (TextPanel::spellOutNumbers)
    QAction* m_respell = nullptr;       // the listed words respelled (TextPanel::respellWords)
    QAction* m_editRespellings = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QAction* m_rating = nullptr;
    QLabel* m_modelStatus = nullptr;
    QLabel* m_outputStatus = nullptr;
    rating::RatingWindow* m_ratingWindow = nullptr;  // created on first use
    std::unique_ptr<takes::TakeStore> m_takeStore;
    std::weak_ptr<const SynthesisOutcome> m_storedResult;  // the last result kept as a take, and its number
    qint64 m_storedResultId = 0;
    takes::HistoryPanel* m_history = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QAction* m_showHistory = nullptr;
};

}  // namespace mars5::ui
