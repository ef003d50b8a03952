#include "audio/playback_engine.h"
#include "audio/stderr_silencer.h"
#include "util/notice_text.h"

#include "mars5/audio.h"

#include <portaudio.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>

namespace mars5::ui {

// Written by the GUI thread only while no stream runs; during playback the callback
// advances `position` and reads the rest.
struct PlaybackCallbackState {
    const float* samples = nullptr;
    std::size_t frameCount = 0;
    int channels = 1;
    std::atomic<std::size_t> position{0};
};

namespace {

// The rate to fall back to when a device will not take the clip's own rate: every
// sound server and nearly every device accepts it.
constexpr int kFallbackRate = 48000;
constexpr int kPollIntervalMs = 33;

int audioCallback(const void* /*input*/, void* output, unsigned long frameCount,
                  const PaStreamCallbackTimeInfo* /*timeInfo*/, PaStreamCallbackFlags /*statusFlags*/,
                  void* userData) {
    auto* state = static_cast<PlaybackCallbackState*>(userData);
    auto* out = static_cast<float*>(output);
    const std::size_t position = state->position.load(std::memory_order_relaxed);
    const std::size_t available = position < state->frameCount ? state->frameCount - position : 0;
    const std::size_t n = std::min<std::size_t>(frameCount, available);
    const float* source = state->samples + position;

    if (state->channels == 1) {
        std::memcpy(out, source, n * sizeof(float));
    } else {
        for (std::size_t i = 0; i < n; ++i)
            for (int c = 0; c < state->channels; ++c) out[i * state->channels + c] = source[i];
    }
    std::memset(out + n * state->channels, 0, (frameCount - n) * state->channels * sizeof(float));

    state->position.store(position + n, std::memory_order_relaxed);
    return position + n >= state->frameCount ? paComplete : paContinue;
}

QString paText(PaError error) { return QString::fromUtf8(Pa_GetErrorText(error)); }

}  // namespace

PlaybackEngine::PlaybackEngine(QObject* parent)
    : QObject(parent), m_state(std::make_unique<PlaybackCallbackState>()) {
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &PlaybackEngine::poll);
}

PlaybackEngine::~PlaybackEngine() {
    closeStream();
    if (m_initialized) Pa_Terminate();
}

void PlaybackEngine::load(const mars5::AudioBuffer& audio) {
    load(shareSamples(std::vector<float>(audio.samples)), audio.sampleRate);
}

void PlaybackEngine::load(SharedSamples samples, int sampleRate) {
    stop();
    m_samples = std::move(samples);
    m_sampleRate = sampleRate;
    m_streamSamples.reset();
    m_streamRate = 0;
    m_stoppedAt = 0.0;
}

void PlaybackEngine::clear() { load(nullptr, 0); }

double PlaybackEngine::durationSeconds() const {
    return hasClip() ? static_cast<double>(m_samples->size()) / m_sampleRate : 0.0;
}

bool PlaybackEngine::fail(const QString& message) {
    m_lastError = message;
    return false;
}

bool PlaybackEngine::ensureInitialized() {
    if (m_initialized) return true;
    StderrSilencer quiet;
    const PaError error = Pa_Initialize();
    if (error != paNoError)
        return fail(tr("The audio system could not start (PortAudio: %1).").arg(paText(error)));
    m_initialized = true;
    return true;
}

QString PlaybackEngine::outputDeviceName() {
    if (!ensureInitialized()) return {};
    const PaDeviceIndex device = Pa_GetDefaultOutputDevice();
    if (device == paNoDevice) return {};
    const PaDeviceInfo* info = Pa_GetDeviceInfo(device);
    const PaHostApiInfo* api = info ? Pa_GetHostApiInfo(info->hostApi) : nullptr;
    if (!info) return {};
    return api ? QStringLiteral("%1 (%2)").arg(QString::fromUtf8(info->name), QString::fromUtf8(api->name))
               : QString::fromUtf8(info->name);
}

bool PlaybackEngine::play(double fromSeconds) {
    stop();
    if (!hasClip()) return fail(tr("Nothing to play: open an audio file first."));
    if (!ensureInitialized()) return false;

    // PortAudio lists devices once, when it starts. If there were none (the sound server
    // was not running yet), look again before giving up.
    if (Pa_GetDefaultOutputDevice() == paNoDevice) {
        StderrSilencer quiet;
        Pa_Terminate();
        m_initialized = Pa_Initialize() == paNoError;
    }
    if (!m_initialized || Pa_GetDeviceCount() <= 0 || Pa_GetDefaultOutputDevice() == paNoDevice)
        return fail(tr("No audio output device found. Connect speakers or headphones, or check that "
                       "the sound server (PulseAudio or PipeWire) is running, then press Play again."));

    if (!openStream(fromSeconds)) return false;
    const PaError error = Pa_StartStream(m_stream);
    if (error != paNoError) {
        closeStream();
        return fail(tr("The audio device would not start playing (PortAudio: %1).").arg(paText(error)));
    }
    m_lastError.clear();
    m_pollTimer.start();
    emit playingChanged(true);
    return true;
}

// Opens the default device at the clip's own rate if it accepts it, else at 48 kHz with
// a resampled copy of the clip; in mono if it can, else in stereo with both sides equal.
bool PlaybackEngine::openStream(double fromSeconds) {
    const PaDeviceIndex device = Pa_GetDefaultOutputDevice();
    const PaDeviceInfo* info = Pa_GetDeviceInfo(device);
    if (!info || info->maxOutputChannels < 1)
        return fail(tr("The default audio device has no outputs."));

    PaStreamParameters params{};
    params.device = device;
    params.sampleFormat = paFloat32;
    // The high latency is the robust choice for review playback; positionSeconds() takes
    // it off again so the playhead stays in step with what is heard.
    params.suggestedLatency = info->defaultHighOutputLatency;

    const int rates[] = {m_sampleRate, kFallbackRate, static_cast<int>(info->defaultSampleRate)};
    int rate = 0;
    for (int candidateRate : rates) {
        for (int channels = 1; channels <= std::min(2, info->maxOutputChannels) && rate == 0; ++channels) {
            params.channelCount = channels;
            if (Pa_IsFormatSupported(nullptr, &params, candidateRate) == paFormatIsSupported) rate = candidateRate;
        }
        if (rate != 0) break;
    }
    if (rate == 0)
        return fail(tr("The audio device “%1” accepts neither %2 Hz nor %3 Hz playback.")
                        .arg(QString::fromUtf8(info->name)).arg(m_sampleRate).arg(kFallbackRate));

    if (rate == m_sampleRate) {
        m_streamSamples = m_samples;
    } else if (!m_streamSamples || m_streamRate != rate) {
        mars5::AudioBuffer clip;
        clip.samples = *m_samples;
        clip.sampleRate = m_sampleRate;
        auto converted = mars5::resample(clip, rate);
        if (!converted.ok())
            return fail(tr("Could not convert the clip to %1 Hz for this device: %2")
                            .arg(rate).arg(errorText(converted)));
        m_streamSamples = shareSamples(std::move(converted.value().samples));
    }
    m_streamRate = rate;

    const double duration = static_cast<double>(m_streamSamples->size()) / rate;
    const double start = std::clamp(fromSeconds, 0.0, duration);
    m_state->samples = m_streamSamples->data();
    m_state->frameCount = m_streamSamples->size();
    m_state->channels = params.channelCount;
    m_state->position.store(std::min(m_streamSamples->size(), static_cast<std::size_t>(start * rate)));
    m_stoppedAt = start;

    PaStream* stream = nullptr;
    const PaError error = Pa_OpenStream(&stream, nullptr, &params, rate, paFramesPerBufferUnspecified,
                                        paNoFlag, &audioCallback, m_state.get());
    if (error != paNoError)
        return fail(tr("Could not open the audio device “%1” (PortAudio: %2).")
                        .arg(QString::fromUtf8(info->name), paText(error)));
    m_stream = stream;
    const PaStreamInfo* streamInfo = Pa_GetStreamInfo(stream);
    m_outputLatency = streamInfo ? streamInfo->outputLatency : 0.0;
    return true;
}

void PlaybackEngine::closeStream() {
    if (!m_stream) return;
    m_pollTimer.stop();
    Pa_AbortStream(m_stream);  // stop at once rather than drain the device's buffer
    Pa_CloseStream(m_stream);
    m_stream = nullptr;
}

void PlaybackEngine::stop() {
    if (!m_stream) return;
    m_stoppedAt = positionSeconds();
    closeStream();
    emit playingChanged(false);
}

double PlaybackEngine::positionSeconds() const {
    if (!m_stream || m_streamRate <= 0) return m_stoppedAt;
    const double delivered = static_cast<double>(m_state->position.load(std::memory_order_relaxed)) / m_streamRate;
    return std::max(m_stoppedAt, delivered - m_outputLatency);
}

void PlaybackEngine::poll() {
    if (!m_stream) return;
    // The stream turns inactive once the callback has returned paComplete and the device
    // has played the last buffer.
    if (Pa_IsStreamActive(m_stream) == 1) {
        emit positionChanged(positionSeconds());
        return;
    }
    m_stoppedAt = static_cast<double>(m_state->frameCount) / m_streamRate;
    closeStream();
    emit positionChanged(m_stoppedAt);
    emit playingChanged(false);
    emit finished();
}

}  // namespace mars5::ui
