// Records one mono clip from an input device through PortAudio, up to a fixed length
// (the reference panel uses MARS5's 12 s).
//
// Like PlaybackEngine, the audio callback only writes into a buffer allocated before the
// stream starts and updates two atomics (frames written, peak level); it never allocates,
// locks or calls Qt. The GUI thread polls from a QTimer for the level meter and the clock,
// and stops the stream when the buffer is full.
#pragma once

#include "audio/shared_samples.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace mars5::ui {

struct RecorderCallbackState;

struct InputDevice {
    int index = -1;      // PortAudio device index
    QString name;        // "name (host API)"
    int defaultRate = 0;
    bool isDefault = false;
};

class AudioRecorder : public QObject {
    Q_OBJECT
public:
    explicit AudioRecorder(QObject* parent = nullptr);
    ~AudioRecorder() override;

    // Input devices as PortAudio sees them now (the list is read again on every call, so a
    // sound server started since is found). Empty when there are none.
    QList<InputDevice> inputDevices();

    // Starts recording on `deviceIndex` (-1: the default input) for at most maxSeconds.
    // False, with lastError() in plain words, when there is no device or it refuses.
    bool start(int deviceIndex = -1, double maxSeconds = 12.0);
    // Stops and emits finished() with what was recorded (also when the cap is reached).
    void stop();
    // Stops and throws the recording away.
    void abort();
    bool isRecording() const { return m_stream != nullptr; }
    double elapsedSeconds() const;
    double maxSeconds() const { return m_maxSeconds; }
    QString lastError() const { return m_lastError; }

signals:
    void levelChanged(double peak);       // 0..1, about 30 times a second while recording
    void elapsedChanged(double seconds);
    void finished(mars5::ui::SharedSamples samples, int sampleRate);
    void recordingChanged(bool recording);

private:
    bool ensureInitialized(bool refresh);
    void poll();
    void closeStream();
    bool fail(const QString& message);

    bool m_initialized = false;
    void* m_stream = nullptr;  // PaStream
    std::unique_ptr<RecorderCallbackState> m_state;
    std::shared_ptr<std::vector<float>> m_buffer;  // allocated before the stream starts
    int m_rate = 0;
    double m_maxSeconds = 12.0;
    QTimer m_pollTimer;
    QString m_lastError;
};

}  // namespace mars5::ui
