#include "audio/audio_recorder.h"
#include "audio/stderr_silencer.h"

#include <portaudio.h>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace mars5::ui {

struct RecorderCallbackState {
    float* buffer = nullptr;
    std::size_t capacity = 0;
    int channels = 1;
    std::atomic<std::size_t> written{0};
    std::atomic<float> peak{0.0f};  // largest |x| since the GUI last read it
};

namespace {

constexpr int kPollIntervalMs = 33;
constexpr int kPreferredRate = 48000;

int recordCallback(const void* input, void* /*output*/, unsigned long frameCount,
                   const PaStreamCallbackTimeInfo* /*timeInfo*/, PaStreamCallbackFlags /*statusFlags*/,
                   void* userData) {
    auto* state = static_cast<RecorderCallbackState*>(userData);
    const auto* in = static_cast<const float*>(input);
    const std::size_t written = state->written.load(std::memory_order_relaxed);
    const std::size_t n = std::min<std::size_t>(frameCount, state->capacity - written);
    float peak = 0.0f;
    if (in) {
        for (std::size_t i = 0; i < n; ++i) {
            float v = 0.0f;  // the channels mixed down to mono
            for (int c = 0; c < state->channels; ++c) v += in[i * state->channels + c];
            v /= static_cast<float>(state->channels);
            state->buffer[written + i] = v;
            peak = std::max(peak, std::abs(v));
        }
    } else {
        std::fill(state->buffer + written, state->buffer + written + n, 0.0f);
    }
    float previous = state->peak.load(std::memory_order_relaxed);
    while (peak > previous && !state->peak.compare_exchange_weak(previous, peak, std::memory_order_relaxed)) {}
    state->written.store(written + n, std::memory_order_release);
    return written + n >= state->capacity ? paComplete : paContinue;
}

QString paText(PaError error) { return QString::fromUtf8(Pa_GetErrorText(error)); }

}  // namespace

AudioRecorder::AudioRecorder(QObject* parent) : QObject(parent), m_state(std::make_unique<RecorderCallbackState>()) {
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &AudioRecorder::poll);
}

AudioRecorder::~AudioRecorder() {
    closeStream();
    if (m_initialized) Pa_Terminate();
}

bool AudioRecorder::fail(const QString& message) {
    m_lastError = message;
    return false;
}

bool AudioRecorder::ensureInitialized(bool refresh) {
    StderrSilencer quiet;
    if (m_initialized && refresh && !isRecording()) {
        Pa_Terminate();  // PortAudio lists devices once per initialisation
        m_initialized = false;
    }
    if (m_initialized) return true;
    const PaError error = Pa_Initialize();
    if (error != paNoError) return fail(tr("The audio system could not start (PortAudio: %1).").arg(paText(error)));
    m_initialized = true;
    return true;
}

QList<InputDevice> AudioRecorder::inputDevices() {
    QList<InputDevice> devices;
    if (!ensureInitialized(true)) return devices;
    const PaDeviceIndex defaultInput = Pa_GetDefaultInputDevice();
    for (PaDeviceIndex i = 0; i < Pa_GetDeviceCount(); ++i) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
        if (!info || info->maxInputChannels < 1) continue;
        const PaHostApiInfo* api = Pa_GetHostApiInfo(info->hostApi);
        InputDevice d;
        d.index = i;
        d.name = api ? QStringLiteral("%1 (%2)").arg(QString::fromUtf8(info->name), QString::fromUtf8(api->name))
                     : QString::fromUtf8(info->name);
        d.defaultRate = static_cast<int>(info->defaultSampleRate);
        d.isDefault = i == defaultInput;
        devices << d;
    }
    return devices;
}

bool AudioRecorder::start(int deviceIndex, double maxSeconds) {
    abort();
    if (!ensureInitialized(Pa_GetDefaultInputDevice() == paNoDevice)) return false;
    const PaDeviceIndex device = deviceIndex >= 0 ? deviceIndex : Pa_GetDefaultInputDevice();
    const PaDeviceInfo* info = device != paNoDevice && device < Pa_GetDeviceCount() ? Pa_GetDeviceInfo(device) : nullptr;
    if (!info || info->maxInputChannels < 1)
        return fail(tr("No microphone or other input device found. Connect one, or check that the sound server "
                       "(PulseAudio or PipeWire) is running, then try again."));

    PaStreamParameters params{};
    params.device = device;
    params.channelCount = 1;  // mono: every input device offers at least one channel
    params.sampleFormat = paFloat32;
    params.suggestedLatency = info->defaultLowInputLatency;

    // 48 kHz where the device takes it (every sound server does), else its own rate.
    int rate = kPreferredRate;
    {
        StderrSilencer quiet;
        if (Pa_IsFormatSupported(&params, nullptr, rate) != paFormatIsSupported)
            rate = static_cast<int>(info->defaultSampleRate);
    }
    m_rate = rate;
    m_maxSeconds = maxSeconds;
    m_buffer = std::make_shared<std::vector<float>>(static_cast<std::size_t>(std::ceil(maxSeconds * rate)), 0.0f);
    m_state->buffer = m_buffer->data();
    m_state->capacity = m_buffer->size();
    m_state->channels = params.channelCount;
    m_state->written.store(0);
    m_state->peak.store(0.0f);

    PaStream* stream = nullptr;
    PaError error;
    {
        StderrSilencer quiet;
        error = Pa_OpenStream(&stream, &params, nullptr, rate, paFramesPerBufferUnspecified, paClipOff, recordCallback,
                              m_state.get());
    }
    if (error != paNoError)
        return fail(tr("The input device %1 could not be opened (PortAudio: %2).")
                        .arg(QString::fromUtf8(info->name), paText(error)));
    m_stream = stream;
    error = Pa_StartStream(stream);
    if (error != paNoError) {
        closeStream();
        return fail(tr("Recording could not start (PortAudio: %1).").arg(paText(error)));
    }
    m_lastError.clear();
    m_pollTimer.start();
    emit recordingChanged(true);
    return true;
}

double AudioRecorder::elapsedSeconds() const {
    return m_rate > 0 ? static_cast<double>(m_state->written.load(std::memory_order_acquire)) / m_rate : 0.0;
}

void AudioRecorder::poll() {
    if (!m_stream) return;
    emit levelChanged(m_state->peak.exchange(0.0f, std::memory_order_relaxed));
    emit elapsedChanged(elapsedSeconds());
    if (m_state->written.load(std::memory_order_acquire) >= m_state->capacity ||
        Pa_IsStreamActive(static_cast<PaStream*>(m_stream)) != 1)
        stop();
}

void AudioRecorder::closeStream() {
    m_pollTimer.stop();
    if (!m_stream) return;
    auto* stream = static_cast<PaStream*>(m_stream);
    Pa_StopStream(stream);  // waits for the callback to return: the buffer is ours again
    Pa_CloseStream(stream);
    m_stream = nullptr;
    emit recordingChanged(false);
}

void AudioRecorder::stop() {
    if (!m_stream) return;
    closeStream();
    const std::size_t n = std::min(m_state->written.load(std::memory_order_acquire), m_buffer->size());
    std::vector<float> recorded(m_buffer->begin(), m_buffer->begin() + static_cast<std::ptrdiff_t>(n));
    m_buffer.reset();
    emit levelChanged(0.0);
    emit finished(shareSamples(std::move(recorded)), m_rate);
}

void AudioRecorder::abort() {
    closeStream();
    m_buffer.reset();
}

}  // namespace mars5::ui
