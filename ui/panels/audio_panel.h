// The audio panel: open a clip (button or drag and drop), see what it is and its
// waveform, and play it. Problems reading a file are shown inline, in plain words, and
// the clip that was open stays open.
#pragma once

#include "audio/shared_samples.h"

#include <QString>
#include <QWidget>

class QDragEnterEvent;
class QHBoxLayout;
class QDropEvent;
class QLabel;
class QPushButton;

namespace mars5::ui {

class ClipDescriptionLabel;
class PlaybackEngine;
class WaveformView;

class AudioPanel : public QWidget {
    Q_OBJECT
public:
    explicit AudioPanel(QWidget* parent = nullptr);
    ~AudioPanel() override;

    // Reads the file (any format core reads, mixed down to mono). On failure returns false,
    // shows why in messageText() and keeps the current clip.
    bool loadFile(const QString& path);
    // Files dropped here, or on the studio's texts and passed on (util/dropped_files.h): the
    // clip among them opens, and clipDropped gives the one .txt dropped with it; other clips
    // are left out, and the message says so. False when no clip opened (the message says why).
    bool openDroppedFiles(const QStringList& files);

    // Shows audio that did not come straight from a file (a recording, a trimmed clip):
    // `name` heads the description line, `sourceFile` is kept as currentFile() ("" for none).
    void setClip(SharedSamples samples, int sampleRate, const QString& name, const QString& sourceFile = {});
    void clearClip();
    SharedSamples samples() const { return m_samples; }
    int sampleRate() const { return m_sampleRate; }
    bool hasClip() const { return m_samples && !m_samples->empty() && m_sampleRate > 0; }

    // Extra controls in the header row, after the Open button (the reference panel's
    // Recent and Record buttons).
    void addHeaderWidget(QWidget* widget);
    // An inline message (plain words); isError picks the red style over the amber one.
    void showMessage(const QString& text, bool isError);

    QString currentFile() const { return m_currentFile; }
    double durationSeconds() const;
    QString clipDescription() const;  // the "name · duration · rate · channels" line
    QString messageText() const;      // the error or warning under the waveform, or ""
    bool messageIsError() const { return m_messageIsError; }

    WaveformView* waveformView() const { return m_waveform; }
    PlaybackEngine* playback() const { return m_playback; }

public slots:
    void openWithDialog();
    // Plays from the playhead, or stops; a problem (no output device) shows inline.
    void togglePlayback();

signals:
    void clipLoaded(const QString& path);
    // A dropped clip was loaded; `words`: the one .txt dropped with it (util/dropped_files.h), or "".
    void clipDropped(const QString& path, const QString& words);
    // Any change of the clip: a file loaded, setClip() or clearClip().
    void clipChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateTransport();
    void onPlaybackPosition(double seconds);
    void onPlaybackFinished();

    WaveformView* m_waveform = nullptr;
    PlaybackEngine* m_playback = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_playButton = nullptr;
    ClipDescriptionLabel* m_description = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_clock = nullptr;
    QHBoxLayout* m_header = nullptr;
    int m_headerExtras = 0;
    SharedSamples m_samples;
    int m_sampleRate = 0;

    QString m_currentFile;
    QString m_descriptionText;
    bool m_messageIsError = false;
    double m_playStartedAt = 0.0;  // a clip that plays to the end returns here
};

}  // namespace mars5::ui
