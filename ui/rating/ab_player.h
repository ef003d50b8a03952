// Plays an A/B pair for judging: both sides loudness-matched, one shared play position,
// instant crossfaded switching, a loop region, click-free starts and stops (AbMixer does
// the sound). Output goes to the default PortAudio device, or, for tests and machines
// without sound, to a silent clock that consumes the audio in real time so that positions,
// switching and "has been heard" behave exactly as with a device.
#pragma once

#include "audio/shared_samples.h"
#include "rating/ab_mixer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace mars5 { struct AudioBuffer; }

namespace mars5::ui::rating {

class AbPlayer : public QObject {
    Q_OBJECT
public:
    enum class Output { Device, Silent };
    static constexpr int kSideA = AbMixer::kSideA;
    static constexpr int kSideB = AbMixer::kSideB;

    explicit AbPlayer(Output output = Output::Device, QObject* parent = nullptr);
    ~AbPlayer() override;

    // Stops, then takes the pair; each side is multiplied by its gain (loudness matching).
    // Different sample rates are brought to 48 kHz. False with lastError() on failure.
    bool load(const mars5::AudioBuffer& a, const mars5::AudioBuffer& b, double gainA, double gainB);
    void clear();
    bool hasClips() const { return m_mixer.lengthFrames() > 0; }

    // Starts playing `side` from the current position, or, while playing, switches to it at
    // the same position. False with lastError() when there is no output device.
    bool play(int side);
    bool toggleSide();            // while stopped: selects the other side and plays it
    bool togglePlayPause();       // pauses, keeping the position, or resumes the current side
    void stop();
    void seek(double seconds);
    void setLoop(double fromSeconds, double toSeconds);
    void clearLoop();

    bool isPlaying() const { return m_running; }
    int side() const { return m_side; }
    double positionSeconds() const;
    double durationSeconds() const;
    double loopStart() const { return m_loopFrom; }
    double loopEnd() const { return m_loopTo; }
    bool hasLoop() const { return m_loopTo > m_loopFrom; }
    Output output() const { return m_output; }
    QString lastError() const { return m_lastError; }

    // Rendering without any output, for tests of what the listener would hear.
    AbMixer& mixer() { return m_mixer; }

signals:
    void playingChanged(bool playing);
    void positionChanged(double seconds);
    // `side` became audible: playback started on it or switched to it.
    void sideAudible(int side);

private:
    bool startOutput();
    void stopOutput();
    void poll();
    bool fail(const QString& message);
    bool resampleTo(int rate);

    Output m_output;
    AbMixer m_mixer;
    std::vector<float> m_sources[2];  // gain-applied, at m_rate
    int m_rate = 0;
    int m_side = kSideA;
    double m_pausedAt = 0.0;
    double m_loopFrom = 0.0, m_loopTo = 0.0;
    bool m_running = false;

    void* m_stream = nullptr;  // PaStream
    bool m_paInitialised = false;
    double m_outputLatency = 0.0;
    QTimer m_pollTimer;
    QElapsedTimer m_silentClock;
    std::int64_t m_silentFramesDone = 0;
    std::vector<float> m_scratch;
    QString m_lastError;
};

}  // namespace mars5::ui::rating
