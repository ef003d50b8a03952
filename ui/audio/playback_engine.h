// Plays one mono clip on the default output device through PortAudio.
//
// The audio callback runs on PortAudio's thread and only reads the clip's immutable
// shared samples and one atomic position: it never allocates, locks or calls Qt. The GUI
// thread learns about progress and the end of the clip by polling from a QTimer.
#pragma once

#include "audio/shared_samples.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace mars5 { struct AudioBuffer; }

namespace mars5::ui {

struct PlaybackCallbackState;

class PlaybackEngine : public QObject {
    Q_OBJECT
public:
    explicit PlaybackEngine(QObject* parent = nullptr);
    ~PlaybackEngine() override;

    // Replaces the clip; stops playback first. The samples are shared, never copied.
    void load(const mars5::AudioBuffer& audio);
    void load(SharedSamples samples, int sampleRate);
    void clear();
    bool hasClip() const { return m_samples && !m_samples->empty() && m_sampleRate > 0; }
    SharedSamples samples() const { return m_samples; }  // the clip loaded (what is heard)
    double durationSeconds() const;

    // Starts at fromSeconds (clamped to the clip). False, with lastError() in plain words,
    // when there is no clip, no output device, or the device refuses the stream.
    bool play(double fromSeconds = 0.0);
    void stop();
    bool isPlaying() const { return m_stream != nullptr; }

    // The clip time being heard now (the device's reported latency is taken off), or where
    // playback stopped.
    double positionSeconds() const;
    QString lastError() const { return m_lastError; }

    // The default output device as "name (host API)", or an empty string when there is none.
    QString outputDeviceName();

signals:
    void playingChanged(bool playing);
    void positionChanged(double seconds);  // about 30 times a second while playing
    void finished();                       // playback reached the end of the clip (not on stop())

private:
    bool ensureInitialized();
    bool openStream(double fromSeconds);
    void closeStream();
    void poll();
    bool fail(const QString& message);

    SharedSamples m_samples;        // the clip as loaded
    int m_sampleRate = 0;
    SharedSamples m_streamSamples;  // what the stream plays: the clip, or a 48 kHz copy
    int m_streamRate = 0;
    double m_outputLatency = 0.0;
    double m_stoppedAt = 0.0;

    bool m_initialized = false;
    void* m_stream = nullptr;  // PaStream
    std::unique_ptr<PlaybackCallbackState> m_state;  // all that the callback touches
    QTimer m_pollTimer;
    QString m_lastError;
};

}  // namespace mars5::ui
