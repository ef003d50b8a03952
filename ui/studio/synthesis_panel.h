// The synthesis and result area: Synthesize / Stop / Cancel, per-stage progress
// (reference encode, AR tokens of the expected count, NAR steps, vocoder), the queue of
// waiting requests (with where a script or "N takes" stands: "Take 3 of 50 · about 4:10
// left", and what it made when it ends), errors in plain words, and the latest take: its waveform, playback
// (it plays as soon as it arrives), what it is (length, seed, timings) and Export.
#pragma once

#include "audio/shared_samples.h"
#include "studio/export_options.h"
#include "studio/synthesis_controller.h"

#include "util/stage_eta.h"
#include "widgets/waveform_view.h"

#include "mars5/audio.h"
#include "mars5/batch_progress.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace mars5::ui {

class DragOutButton;
class PlaybackEngine;
class WaveformView;
namespace takes { class SpectrogramView; }

class SynthesisPanel : public QWidget {
    Q_OBJECT
public:
    explicit SynthesisPanel(SynthesisController* controller, QWidget* parent = nullptr);

    SynthesisOutcomePtr lastTake() const { return m_take; }
    WaveformView* resultView() const { return m_waveform; }
    // The take as a spectrogram (log frequency) in place of the waveform. The toggle's choice is
    // kept between runs (QSettings); setSpectrogramShown alone does not save it.
    takes::SpectrogramView* spectrogramView() const { return m_spectrogram; }
    QToolButton* spectrogramToggle() const { return m_showSpectrogram; }
    // A long take's piece at `seconds` (the last one starting at or before it), or -1 when the
    // shown take was spoken at once.
    int pieceAt(double seconds) const;
    // "Speak piece 2 again": the piece under the playhead (its menu: any piece), shown for a take
    // spoken in pieces. The waveform's context menu offers the piece under the mouse.
    QToolButton* speakPieceAgainButton() const { return m_speakPieceAgain; }
    // "Drag out": the take pulled out as its file (the window's source: the history's files,
    // in the last export's format); clicked, copyTakeFilesRequested.
    DragOutButton* dragOutButton() const { return m_dragOut; }
    void setSpectrogramShown(bool on);
    PlaybackEngine* playback() const { return m_playback; }
    QString errorText() const;          // the error shown, or ""
    QString stageText() const;          // "AR 120 / ~150 tokens"
    QString queueText() const;          // "Queue: 2 waiting", "Take 3 of 50 · about 4:10 left"
    QString resultText() const;         // the line describing the take
    QListWidget* queueList() const { return m_queue; }
    QToolButton* clearQueueButton() const { return m_clearQueue; }
    QPushButton* synthesizeButton() const { return m_synthesize; }

    // Writes the take and its sidecar; empty on success, else the message also shown.
    QString exportTo(const QString& path, const ExportOptions& options = {});
    // What the history knows of a take (TakeRecord::exportInfo: number, name, note, star) at
    // the time of its export, or {} when it is not in the history: the window sets it.
    void setHistoryInfo(std::function<QJsonObject(const SynthesisOutcome*)> info) { m_historyInfo = std::move(info); }
    // Where Export suggests writing the take: the last export folder, a name from its text and seed.
    QString suggestedExportPath() const;
    void showError(const QString& text);  // also used by the window ("type some text first")
    // Whether the take plays by itself when it arrives (on by default).
    void setAutoPlay(bool on) { m_autoPlay = on; }

public slots:
    void exportWithDialog();
    void togglePlayback();

signals:
    void synthesizeRequested();
    void takeShown(mars5::ui::SynthesisOutcomePtr take);
    // A message appeared (why nothing was queued, or why a run failed): the window scrolls it into view.
    void errorShown();
    // "Drag out" clicked: the window puts the take's file on the clipboard.
    void copyTakeFilesRequested();
    // Piece `piece` (from 0) of the shown take, to be spoken again with a new seed.
    void speakPieceAgainRequested(int piece);

private:
    void onStarted(quint64 id);
    void onProgress(quint64 id, int stage, qint64 current, qint64 total, int piece, int pieces, double textSecondsLeft);
    // "✓ Reference → AR tokens → …": the stages before `stage` done, `stage` running (4: all
    // done; kIdle: none started, all in one quiet colour).
    static constexpr int kIdle = -1;
    QString stageChain(int stage) const;
    // A long take's sentence pieces, marked on its waveform with what each one said.
    QList<WaveformMark> pieceMarks(const SynthesisOutcome& outcome) const;
    void onFinished(SynthesisOutcomePtr outcome);
    void updateQueue();
    void updateQueueLabel();
    QString batchSummary() const;  // "4 of 5 queued takes made, 1 failed"; "" for a single run
    double now() const { return m_clock.nsecsElapsed() * 1e-9; }
    void updateButtons();
    // The piece button's label and menu for the shown take and the playhead.
    void updatePieceButton();
    void showWaveformMenu(const QPoint& pos);

    SynthesisController* m_controller;
    QPushButton* m_synthesize = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_stages = nullptr;
    QProgressBar* m_progress = nullptr;
    QListWidget* m_queue = nullptr;
    QLabel* m_queueLabel = nullptr;
    QToolButton* m_clearQueue = nullptr;  // empties the queue (a script of lines can queue many)
    QLabel* m_error = nullptr;
    // Failures of queued runs (a script, N takes) stay listed while the queue goes on, so a
    // failed line is not hidden by the next one's start; cleared by the first run started after
    // the queue ran dry.
    QStringList m_queuedFailures;
    bool m_queueRanDry = true;
    WaveformView* m_waveform = nullptr;
    takes::SpectrogramView* m_spectrogram = nullptr;
    QStackedWidget* m_resultStack = nullptr;  // the waveform or the spectrogram
    QToolButton* m_showSpectrogram = nullptr;
    DragOutButton* m_dragOut = nullptr;
    bool m_spectrogramStale = false;          // the shown take's spectrogram is not computed yet
    SharedSamples m_takeSamples;              // the shown take's samples, shared with the views
    PlaybackEngine* m_playback = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_export = nullptr;
    QToolButton* m_speakPieceAgain = nullptr;
    int m_pieceForButton = -1;  // the piece the button speaks again
    QLabel* m_result = nullptr;
    SynthesisOutcomePtr m_take;
    std::function<QJsonObject(const SynthesisOutcome*)> m_historyInfo;
    QString m_stageText;
    StageEta m_eta;          // "about 12 s left" in the AR and NAR stages
    mars5::BatchProgress m_batch;   // "Take 3 of 50 · about 4:10 left" across a script or N takes
    // A long text's own time left (mars5/piece_time_left.h) at m_textLeftAt, or none: the batch's
    // time left counts it for the running take in place of the batch's rate.
    std::optional<double> m_textLeft;
    double m_textLeftAt = 0.0;
    QElapsedTimer m_clock;   // the time base of m_eta
    bool m_autoPlay = true;
};

}  // namespace mars5::ui
