// Spectrograms of takes: a short-time Fourier transform (Hann window, power of two, hop
// fftSize / 4) in dB relative to a full-scale sine, computed off the GUI thread
// (SpectrogramView asks BackgroundTasks and draws when the result arrives; a newer request
// makes an older result be dropped), shown as a QCustomPlot colour map with a linear or
// logarithmic frequency axis and a playhead.
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPColorMap;
class QCPItemStraightLine;

namespace mars5::ui::takes {

struct Spectrogram {
    int sampleRate = 0;
    int fftSize = 0;
    int hop = 0;
    int frames = 0;
    int bins = 0;                // fftSize / 2 + 1 (0 Hz .. Nyquist)
    std::vector<float> db;       // [frames x bins], frame-major
    float value(int frame, int bin) const { return db[static_cast<std::size_t>(frame) * bins + bin]; }
    double binHz(int bin) const { return double(bin) * sampleRate / fftSize; }
    double frameSeconds(int frame) const { return (double(frame) * hop + fftSize / 2.0) / sampleRate; }
};

constexpr float kSpectrogramFloorDb = -100.0f;

// fftSize: a power of two. Frame f covers samples [f*hop, f*hop + fftSize) (zeros past the
// end). A sine of amplitude A centred on a bin reads 20*log10(A) dB there.
Spectrogram computeSpectrogram(const std::vector<float>& samples, int sampleRate, int fftSize = 1024, int hop = 256);

// The same spectrogram on `rows` log-spaced frequencies from minHz to Nyquist (linear
// interpolation between bins): row r is at minHz * (nyquist / minHz)^(r / (rows - 1)).
std::vector<float> logFrequencyRows(const Spectrogram& s, int rows, double minHz);

// The labelled frequencies (Hz) of a log axis from 50 Hz to nyquistHz, `pixels` high: all of
// 100 Hz .. 10 kHz (1-2-5) below Nyquist when there is room, fewer and evenly spread when not, so
// that short plots do not run their labels together, whatever the clip's sample rate.
std::vector<double> logFrequencyTicks(int pixels, double nyquistHz);

class SpectrogramView : public QWidget {
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget* parent = nullptr);
    ~SpectrogramView() override;

    // Starts computing on a pool thread; ready() when drawn.
    void setAudio(std::shared_ptr<const std::vector<float>> samples, int sampleRate);
    void clear();
    void setLogFrequency(bool on);
    bool logFrequency() const { return m_log; }
    void setPlayheadSeconds(double seconds);
    bool hasSpectrogram() const { return m_spec != nullptr; }
    const Spectrogram* spectrogram() const { return m_spec.get(); }
    QCustomPlot* plot() const { return m_plot; }

signals:
    void ready();

private:
    void draw();
    void fitFrequencyTicksToHeight();  // after each layout, when the axis rect's height is known

    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_map = nullptr;
    QCPItemStraightLine* m_playhead = nullptr;
    std::shared_ptr<const Spectrogram> m_spec;
    bool m_log = false;
    int m_logTicks = -1;  // how many labels the log axis has now (-1: not filled yet)
    int m_generation = 0;
};

}  // namespace mars5::ui::takes
