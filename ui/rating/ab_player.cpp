#include "rating/ab_player.h"

#include "util/notice_text.h"

#include "mars5/audio.h"

#include <portaudio.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace mars5::ui::rating {

namespace {

constexpr int kFallbackRate = 48000;
constexpr int kPollMs = 15;

// PortAudio's host probes print pages of ALSA/JACK noise on machines without devices.
class QuietStderr {
public:
    QuietStderr() {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        if (m_saved >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
        if (null >= 0) ::close(null);
    }
    ~QuietStderr() {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }

private:
    int m_saved = -1;
};

int callback(const void*, void* output, unsigned long frames, const PaStreamCallbackTimeInfo*, PaStreamCallbackFlags,
             void* user) {
    auto* mixer = static_cast<AbMixer*>(user);
    return mixer->render(static_cast<float*>(output), frames) ? paContinue : paComplete;
}

}  // namespace

AbPlayer::AbPlayer(Output output, QObject* parent) : QObject(parent), m_output(output) {
    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &AbPlayer::poll);
}

AbPlayer::~AbPlayer() {
    stopOutput();
    if (m_paInitialised) Pa_Terminate();
}

bool AbPlayer::fail(const QString& message) {
    m_lastError = message;
    return false;
}

bool AbPlayer::load(const mars5::AudioBuffer& a, const mars5::AudioBuffer& b, double gainA, double gainB) {
    stop();
    clear();
    if (a.samples.empty() || b.samples.empty() || a.sampleRate <= 0 || b.sampleRate <= 0)
        return fail(tr("One of the two clips is empty."));
    const mars5::AudioBuffer* in[2] = {&a, &b};
    const double gains[2] = {gainA, gainB};
    const int rate = a.sampleRate == b.sampleRate ? a.sampleRate : kFallbackRate;
    for (int s = 0; s < 2; ++s) {
        std::vector<float> samples;
        if (in[s]->sampleRate == rate) {
            samples = in[s]->samples;
        } else {
            auto converted = mars5::resample(*in[s], rate);
            if (!converted.ok()) return fail(errorText(converted));
            samples = std::move(converted.value().samples);
        }
        for (float& v : samples) v = static_cast<float>(v * gains[s]);
        m_sources[s] = std::move(samples);
    }
    m_rate = rate;
    m_mixer.setClips(shareSamples(std::vector<float>(m_sources[0])), shareSamples(std::vector<float>(m_sources[1])), rate);
    m_lastError.clear();
    return true;
}

void AbPlayer::clear() {
    stop();
    m_mixer.setClips(nullptr, nullptr, 1);
    m_sources[0].clear();
    m_sources[1].clear();
    m_rate = 0;
    m_side = kSideA;
    m_pausedAt = 0.0;
    m_loopFrom = m_loopTo = 0.0;
}

double AbPlayer::durationSeconds() const {
    return m_rate > 0 ? static_cast<double>(m_mixer.lengthFrames()) / m_rate : 0.0;
}

double AbPlayer::positionSeconds() const {
    if (!m_running || m_rate <= 0) return m_pausedAt;
    const double rendered = static_cast<double>(m_mixer.positionFrames()) / m_rate;
    return std::max(0.0, rendered - m_outputLatency);
}

bool AbPlayer::resampleTo(int rate) {
    for (auto& source : m_sources) {
        mars5::AudioBuffer clip;
        clip.samples = source;
        clip.sampleRate = m_rate;
        auto converted = mars5::resample(clip, rate);
        if (!converted.ok()) return fail(errorText(converted));
        source = std::move(converted.value().samples);
    }
    m_rate = rate;
    m_mixer.setClips(shareSamples(std::vector<float>(m_sources[0])), shareSamples(std::vector<float>(m_sources[1])), rate);
    setLoop(m_loopFrom, m_loopTo);
    return true;
}

bool AbPlayer::startOutput() {
    if (m_output == Output::Silent) {
        m_silentClock.start();
        m_silentFramesDone = 0;
        m_outputLatency = 0.0;
        return true;
    }
    if (!m_paInitialised) {
        QuietStderr quiet;
        const PaError error = Pa_Initialize();
        if (error != paNoError)
            return fail(tr("The audio system could not start (PortAudio: %1).").arg(QString::fromUtf8(Pa_GetErrorText(error))));
        m_paInitialised = true;
    }
    if (Pa_GetDefaultOutputDevice() == paNoDevice) {  // the sound server may have started since
        QuietStderr quiet;
        Pa_Terminate();
        m_paInitialised = Pa_Initialize() == paNoError;
    }
    if (!m_paInitialised || Pa_GetDefaultOutputDevice() == paNoDevice)
        return fail(tr("No audio output device found. Connect headphones (recommended for judging) or check that "
                       "the sound server is running, then press A or B again."));
    const PaDeviceIndex device = Pa_GetDefaultOutputDevice();
    const PaDeviceInfo* info = Pa_GetDeviceInfo(device);
    PaStreamParameters params{};
    params.device = device;
    params.channelCount = 1;
    params.sampleFormat = paFloat32;
    params.suggestedLatency = info ? info->defaultLowOutputLatency : 0.05;  // switching must feel instant
    if (Pa_IsFormatSupported(nullptr, &params, m_rate) != paFormatIsSupported) {
        if (m_rate == kFallbackRate || !resampleTo(kFallbackRate))
            return fail(tr("The audio device does not accept %1 Hz mono playback.").arg(m_rate));
        m_mixer.prepareStart(static_cast<std::size_t>(m_pausedAt * m_rate), m_side);
    }
    PaStream* stream = nullptr;
    PaError error = Pa_OpenStream(&stream, nullptr, &params, m_rate, paFramesPerBufferUnspecified, paNoFlag,
                                  &callback, &m_mixer);
    if (error == paNoError) error = Pa_StartStream(stream);
    if (error != paNoError) {
        if (stream) Pa_CloseStream(stream);
        return fail(tr("The audio device would not play (PortAudio: %1).").arg(QString::fromUtf8(Pa_GetErrorText(error))));
    }
    m_stream = stream;
    const PaStreamInfo* streamInfo = Pa_GetStreamInfo(stream);
    m_outputLatency = streamInfo ? streamInfo->outputLatency : 0.0;
    return true;
}

void AbPlayer::stopOutput() {
    m_pollTimer.stop();
    if (m_stream) {
        Pa_StopStream(m_stream);  // plays out what is queued: the fade-out already rendered
        Pa_CloseStream(m_stream);
        m_stream = nullptr;
    }
}

bool AbPlayer::play(int side) {
    side = side == kSideB ? kSideB : kSideA;
    if (!hasClips()) return fail(tr("Nothing to play."));
    if (m_running) {
        if (side != m_side) {
            m_side = side;
            m_mixer.requestSide(side);
            emit sideAudible(side);
        }
        return true;
    }
    double from = m_pausedAt;
    if (from >= durationSeconds() - 0.05) from = hasLoop() ? m_loopFrom : 0.0;  // played to the end: start over
    m_side = side;
    m_pausedAt = from;
    m_mixer.prepareStart(static_cast<std::size_t>(from * m_rate), side);
    if (!startOutput()) return false;
    m_lastError.clear();
    m_running = true;
    m_pollTimer.start();
    emit playingChanged(true);
    emit sideAudible(side);
    return true;
}

bool AbPlayer::toggleSide() { return play(m_side == kSideA ? kSideB : kSideA); }

bool AbPlayer::togglePlayPause() {
    if (m_running) {
        stop();
        return true;
    }
    return play(m_side);
}

void AbPlayer::stop() {
    if (!m_running) return;
    m_pausedAt = positionSeconds();
    m_mixer.requestStop();
    if (m_output == Output::Silent) {
        float sink[4096];
        for (int i = 0; i < 16 && m_mixer.render(sink, 4096); ++i) {}
    }
    stopOutput();
    m_running = false;
    emit playingChanged(false);
    emit positionChanged(m_pausedAt);
}

void AbPlayer::seek(double seconds) {
    seconds = std::clamp(seconds, 0.0, durationSeconds());
    m_pausedAt = seconds;
    if (m_running) m_mixer.requestSeek(static_cast<std::size_t>(seconds * m_rate));
    emit positionChanged(seconds);
}

void AbPlayer::setLoop(double fromSeconds, double toSeconds) {
    if (toSeconds < fromSeconds) std::swap(fromSeconds, toSeconds);
    m_loopFrom = std::clamp(fromSeconds, 0.0, durationSeconds());
    m_loopTo = std::clamp(toSeconds, 0.0, durationSeconds());
    if (m_loopTo - m_loopFrom < 0.1) m_loopFrom = m_loopTo = 0.0;  // too short to hear anything
    m_mixer.setLoop(static_cast<std::size_t>(m_loopFrom * m_rate), static_cast<std::size_t>(m_loopTo * m_rate));
}

void AbPlayer::clearLoop() { setLoop(0.0, 0.0); }

void AbPlayer::poll() {
    if (!m_running) return;
    if (m_output == Output::Silent) {
        // Consume audio at the real-time rate, as a device would.
        const std::int64_t due = m_silentClock.elapsed() * m_rate / 1000;
        while (m_silentFramesDone < due && !m_mixer.finished()) {
            const std::size_t n = static_cast<std::size_t>(std::min<std::int64_t>(due - m_silentFramesDone, 4096));
            m_scratch.resize(n);
            m_mixer.render(m_scratch.data(), n);
            m_silentFramesDone += static_cast<std::int64_t>(n);
        }
    }
    const bool done = m_mixer.finished() && (m_output == Output::Silent || !m_stream || Pa_IsStreamActive(m_stream) != 1);
    if (!done) {
        emit positionChanged(positionSeconds());
        return;
    }
    m_pausedAt = static_cast<double>(m_mixer.positionFrames()) / m_rate;
    stopOutput();
    m_running = false;
    emit positionChanged(m_pausedAt);
    emit playingChanged(false);
}

}  // namespace mars5::ui::rating
