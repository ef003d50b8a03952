// The reference panel: the voice to clone. Open a clip (button, drag and drop, recent
// files) or record one (device picker, count-in, level meter, 12 s cap); select a region
// with Shift+drag and keep or delete it, with undo and redo of every change (loading and
// recording included, so nothing is lost); play it; read the analyser line under it.
//
// The waveform, playback and file loading are the AudioPanel's; this panel adds the
// recording, editing and analysis around it.
#pragma once

#include "audio/shared_samples.h"
#include "studio/reference_analysis.h"

#include "mars5/audio.h"

#include <QString>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTimer;
class QToolButton;
class QUndoStack;

namespace mars5::ui {

class AudioPanel;
class CodecPreviewButton;
class PlaybackEngine;
class AudioRecorder;

class ReferencePanel : public QWidget {
    Q_OBJECT
public:
    explicit ReferencePanel(QWidget* parent = nullptr);
    ~ReferencePanel() override;

    AudioPanel* audioPanel() const { return m_audio; }
    // Plays a short beep on each second of the count-in (none when the recording starts, so the
    // microphone does not catch it).
    PlaybackEngine* countInCue() const { return m_countInCue; }
    AudioRecorder* recorder() const { return m_recorder; }
    // "Hear through codec", beside the analyser line (the main window answers its requests).
    CodecPreviewButton* codecPreview() const { return m_codecPreview; }
    QString codecNote() const;  // the line beside it (plain text)
    QUndoStack* undoStack() const { return m_undo; }

    bool hasReference() const;
    // The clip as it is now (any rate, mono); the engine resamples it to 24 kHz.
    mars5::AudioBuffer referenceAudio() const;
    double durationSeconds() const;
    const ReferenceAnalysis& analysis() const { return m_analysis; }
    QString analysisText() const;  // what the analyser line shows (plain text)

    // Where the clip came from, for the provenance sidecar: the file (empty for a
    // recording), its sha256 (of the file's bytes), and whether it was edited since.
    QString sourceFile() const { return m_sourceFile; }
    QString sourceFileSha256() const { return m_sourceSha256; }
    bool editedSinceLoad() const { return m_edited; }
    QString sourceDescription() const;  // "speaker.wav", "speaker.wav (trimmed)", "recording"

    QStringList recentFiles() const;

    // Editing (each one undoable). False when there is nothing to do.
    bool keepSelection();    // trim to the selection
    bool deleteSelection();  // cut the selection out

    // Replaces the clip with audio from elsewhere (a recording), undoably.
    void setRecordedClip(SharedSamples samples, int sampleRate);

public slots:
    bool loadFile(const QString& path);
    void openWithDialog();
    void togglePlayback();
    // Starts the count-in and then the recording, or stops a recording in progress.
    void toggleRecording();

signals:
    void referenceChanged();
    // A file was opened into the panel (Open, Recent, a drop), as an undo step of its own;
    // undo and redo do not say this again.
    void fileOpened();

public:
    // Everything one undo step restores.
    struct ClipState {
        SharedSamples samples;
        int rate = 0;
        QString name;          // heads the description line
        QString file, sha256;  // the source file and its sha256 ("" for a recording)
        bool edited = false;
    };
    ClipState clip() const { return m_state; }
    // Puts `clip` in place as one undo step named `undoText` (a take's voice brought back). A
    // clip said to be a file as it was opened whose file is gone or has changed since counts as
    // edited: its samples are what it is, and they are kept as such between sessions. False when
    // the panel holds these very samples already (no step made).
    bool useClip(ClipState clip, const QString& undoText);
    // Makes `clip` the clip this session starts with: no undo step before it (the studio's
    // start brings back the clip of the last session this way, reference_keeper.h).
    void startWith(const ClipState& clip);

private:
    class EditCommand;
    ClipState currentState() const;
    void applyState(const ClipState& state);
    void pushEdit(const QString& text, ClipState after);
    void onAudioPanelChanged();
    void refreshAnalysis();
    void refreshDevices();
    void rebuildRecentMenu();
    void addRecent(const QString& path);
    void countInTick();
    void updateRecordUi();

    AudioPanel* m_audio = nullptr;
    AudioRecorder* m_recorder = nullptr;
    QUndoStack* m_undo = nullptr;

    QToolButton* m_recentButton = nullptr;
    QToolButton* m_recordButton = nullptr;
    QComboBox* m_deviceCombo = nullptr;
    QSpinBox* m_countIn = nullptr;
    QProgressBar* m_level = nullptr;
    QLabel* m_recordStatus = nullptr;
    QToolButton* m_keepButton = nullptr;
    QToolButton* m_deleteButton = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QLabel* m_analysisLine = nullptr;
    QLabel* m_analysisWarnings = nullptr;
    CodecPreviewButton* m_codecPreview = nullptr;
    QLabel* m_codecNote = nullptr;
    QTimer* m_countInTimer = nullptr;
    int m_countInLeft = 0;
    PlaybackEngine* m_countInCue = nullptr;

    // The clip as this panel knows it (to tell the AudioPanel's own loads from ours).
    ClipState m_state;
    bool m_applying = false;
    QString& m_sourceFile = m_state.file;
    QString& m_sourceSha256 = m_state.sha256;
    bool& m_edited = m_state.edited;
    ReferenceAnalysis m_analysis;
};

}  // namespace mars5::ui
