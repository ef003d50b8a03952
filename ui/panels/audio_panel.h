// The audio panel: open a clip (button or drag and drop), see what it is and its
// waveform, and play it. Problems reading a file are shown inline, in plain words, and
// the clip that was open stays open.
#pragma once

#include <QString>
#include <QWidget>

class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QPushButton;

namespace mars5::ui {

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

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showMessage(const QString& text, bool isError);
    void updateTransport();
    void onPlaybackPosition(double seconds);
    void onPlaybackFinished();

    WaveformView* m_waveform = nullptr;
    PlaybackEngine* m_playback = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_playButton = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_clock = nullptr;

    QString m_currentFile;
    QString m_descriptionText;
    bool m_messageIsError = false;
    double m_playStartedAt = 0.0;  // a clip that plays to the end returns here
};

}  // namespace mars5::ui
