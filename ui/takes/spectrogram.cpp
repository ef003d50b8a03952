#include "takes/spectrogram.h"
#include "util/background_tasks.h"
#include "widgets/time_axis_ticks.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QPointer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <numbers>

namespace mars5::ui::takes {

namespace {

// In-place iterative radix-2 FFT (n a power of two).
void fft(std::vector<std::complex<double>>& a) {
    const std::size_t n = a.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
    for (std::size_t len = 2; len <= n; len <<= 1) {
        const double angle = -2.0 * std::numbers::pi / double(len);
        const std::complex<double> wl(std::cos(angle), std::sin(angle));
        for (std::size_t i = 0; i < n; i += len) {
            std::complex<double> w(1.0, 0.0);
            for (std::size_t k = 0; k < len / 2; ++k) {
                const std::complex<double> u = a[i + k], v = a[i + k + len / 2] * w;
                a[i + k] = u + v;
                a[i + k + len / 2] = u - v;
                w *= wl;
            }
        }
    }
}

constexpr double kLogMinHz = 50.0;

}  // namespace

Spectrogram computeSpectrogram(const std::vector<float>& samples, int sampleRate, int fftSize, int hop) {
    Spectrogram s;
    s.sampleRate = sampleRate;
    s.fftSize = fftSize;
    s.hop = hop;
    s.bins = fftSize / 2 + 1;
    if (samples.empty() || fftSize < 2 || (fftSize & (fftSize - 1)) != 0 || hop < 1) return s;
    s.frames = static_cast<int>((samples.size() + static_cast<std::size_t>(hop) - 1) / static_cast<std::size_t>(hop));
    std::vector<double> window(static_cast<std::size_t>(fftSize));
    double windowSum = 0.0;
    for (int n = 0; n < fftSize; ++n) {
        window[static_cast<std::size_t>(n)] = 0.5 * (1.0 - std::cos(2.0 * std::numbers::pi * n / fftSize));  // periodic Hann
        windowSum += window[static_cast<std::size_t>(n)];
    }
    const double fullScale = windowSum / 2.0;  // |X[k]| of a unit sine centred on bin k
    s.db.resize(static_cast<std::size_t>(s.frames) * s.bins);
    std::vector<std::complex<double>> buffer(static_cast<std::size_t>(fftSize));
    for (int f = 0; f < s.frames; ++f) {
        const std::size_t start = static_cast<std::size_t>(f) * hop;
        for (int n = 0; n < fftSize; ++n) {
            const std::size_t i = start + static_cast<std::size_t>(n);
            buffer[static_cast<std::size_t>(n)] = {i < samples.size() ? samples[i] * window[static_cast<std::size_t>(n)] : 0.0, 0.0};
        }
        fft(buffer);
        for (int k = 0; k < s.bins; ++k) {
            const double magnitude = std::abs(buffer[static_cast<std::size_t>(k)]) / fullScale;
            const double db = magnitude > 0.0 ? 20.0 * std::log10(magnitude) : kSpectrogramFloorDb;
            s.db[static_cast<std::size_t>(f) * s.bins + k] = static_cast<float>(std::max<double>(db, kSpectrogramFloorDb));
        }
    }
    return s;
}

std::vector<float> logFrequencyRows(const Spectrogram& s, int rows, double minHz) {
    std::vector<float> out(static_cast<std::size_t>(s.frames) * std::max(rows, 0));
    if (rows < 2 || s.bins < 2) return out;
    const double nyquist = s.sampleRate / 2.0;
    for (int r = 0; r < rows; ++r) {
        const double hz = minHz * std::pow(nyquist / minHz, double(r) / (rows - 1));
        const double bin = std::clamp(hz * s.fftSize / s.sampleRate, 0.0, double(s.bins - 1));
        const int b0 = static_cast<int>(std::floor(bin));
        const int b1 = std::min(b0 + 1, s.bins - 1);
        const double frac = bin - b0;
        for (int f = 0; f < s.frames; ++f)
            out[static_cast<std::size_t>(f) * rows + r] = static_cast<float>((1.0 - frac) * s.value(f, b0) + frac * s.value(f, b1));
    }
    return out;
}

SpectrogramView::SpectrogramView(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    m_plot->setBackground(palette().color(QPalette::Base));
    m_plot->setMinimumHeight(90);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setGradient(QCPColorGradient(QCPColorGradient::gpThermal));
    m_map->setDataRange(QCPRange(-90, 0));
    m_map->setInterpolate(true);
    m_plot->yAxis->setLabel(tr("Hz"));
    m_plot->xAxis->setLabel(tr("Time (s)"));
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        fitTimeTicksToWidth(m_plot->xAxis, m_plot->axisRect()->width());
        fitFrequencyTicksToHeight();
    });
    m_playhead = new QCPItemStraightLine(m_plot);
    m_playhead->setPen(QPen(QColor(0x00, 0xc8, 0xff), 1.5));
    m_playhead->point1->setCoords(0, 0);
    m_playhead->point2->setCoords(0, 1);
    m_playhead->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

SpectrogramView::~SpectrogramView() = default;

void SpectrogramView::setAudio(std::shared_ptr<const std::vector<float>> samples, int sampleRate) {
    const int generation = ++m_generation;
    QPointer<SpectrogramView> self(this);
    BackgroundTasks::instance().start([self, samples = std::move(samples), sampleRate, generation] {
        auto spec = std::make_shared<const Spectrogram>(computeSpectrogram(*samples, sampleRate));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, spec, generation] {
                if (!self || generation != self->m_generation) return;  // a newer clip was asked for
                self->m_spec = spec;
                self->draw();
                emit self->ready();
            },
            Qt::QueuedConnection);
    });
}

void SpectrogramView::clear() {
    ++m_generation;
    m_spec.reset();
    m_map->data()->clear();
    m_playhead->setVisible(false);
    m_plot->replot();
}

void SpectrogramView::setLogFrequency(bool on) {
    if (m_log == on) return;
    m_log = on;
    if (m_spec) draw();
}

void SpectrogramView::setPlayheadSeconds(double seconds) {
    if (!m_spec) return;
    m_playhead->point1->setCoords(seconds, 0);
    m_playhead->point2->setCoords(seconds, 1);
    m_playhead->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::vector<double> logFrequencyTicks(int pixels, double nyquistHz) {
    // Labels need ~16 px between them (a line of text). The axis spans 50 Hz .. Nyquist, so a
    // set fits when its closest pair (1-2-5: 0.3 decade; 100/500/2k/10k: 0.6; decades: 1)
    // is that far apart at this height. Only frequencies below Nyquist are labelled.
    static const std::vector<double> sets[] = {{100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0},
                                               {100.0, 500.0, 2000.0, 10000.0},
                                               {100.0, 1000.0, 10000.0}};
    const double decades = std::log10(std::max(nyquistHz, 2.0 * kLogMinHz) / kLogMinHz);
    const double pixelsPerDecade = double(pixels) / decades;
    for (const auto& set : sets) {
        std::vector<double> below;
        for (const double hz : set)
            if (hz < nyquistHz) below.push_back(hz);
        double closest = std::numeric_limits<double>::infinity();
        for (std::size_t i = 1; i < below.size(); ++i) closest = std::min(closest, std::log10(below[i] / below[i - 1]));
        if (below.size() > 1 && closest * pixelsPerDecade >= 16.0) return below;
    }
    return {nyquistHz > 1000.0 ? 1000.0 : 100.0};
}

void SpectrogramView::fitFrequencyTicksToHeight() {
    const int pixels = m_plot->axisRect()->height();
    if (!m_log) {
        m_plot->yAxis->ticker()->setTickCount(std::clamp(pixels / 36, 2, 5));
        return;
    }
    auto ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    if (!ticker || !m_spec) return;
    const std::vector<double> ticks = logFrequencyTicks(pixels, m_spec->sampleRate / 2.0);
    if (static_cast<int>(ticks.size()) == m_logTicks) return;
    m_logTicks = static_cast<int>(ticks.size());
    ticker->clear();
    for (const double hz : ticks)
        ticker->addTick(std::log10(hz), hz >= 1000 ? QStringLiteral("%1k").arg(hz / 1000) : QString::number(hz));
    // The tick vectors of this replot were made before its layout: draw again with the new ones
    // (once: the next layout finds the same count and stops here).
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpectrogramView::draw() {
    const Spectrogram& s = *m_spec;
    if (s.frames == 0) return;
    const double nyquist = s.sampleRate / 2.0;
    const QCPRange time(s.frameSeconds(0), s.frameSeconds(s.frames - 1));
    if (!m_log) {
        m_map->data()->setSize(s.frames, s.bins);
        m_map->data()->setRange(time, QCPRange(0, nyquist));
        for (int f = 0; f < s.frames; ++f)
            for (int k = 0; k < s.bins; ++k) m_map->data()->setCell(f, k, s.value(f, k));
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->yAxis->setRange(0, nyquist);
    } else {
        const int rows = 256;
        const std::vector<float> grid = logFrequencyRows(s, rows, kLogMinHz);
        const double lo = std::log10(kLogMinHz), hi = std::log10(nyquist);
        m_map->data()->setSize(s.frames, rows);
        m_map->data()->setRange(time, QCPRange(lo, hi));
        for (int f = 0; f < s.frames; ++f)
            for (int r = 0; r < rows; ++r) m_map->data()->setCell(f, r, grid[static_cast<std::size_t>(f) * rows + r]);
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        m_logTicks = -1;  // fitFrequencyTicksToHeight fills the new ticker
        fitFrequencyTicksToHeight();
        m_plot->yAxis->setRange(lo, hi);
    }
    m_plot->xAxis->setRange(0, double(s.frames) * s.hop / s.sampleRate);
    m_plot->replot();
}

}  // namespace mars5::ui::takes
