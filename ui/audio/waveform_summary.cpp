#include "audio/waveform_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mars5::ui {

namespace {

// A level coarser than this many buckets would not save any work worth its memory.
constexpr std::size_t kCoarsestLevelBuckets = 512;

std::size_t ceilDiv(std::size_t a, std::size_t b) { return (a + b - 1) / b; }

// Buckets [first, last] of width `width` needed to cover samples [begin, end).
std::size_t bucketCount(std::size_t begin, std::size_t end, std::size_t width) {
    return (end - 1) / width - begin / width + 1;
}

}  // namespace

WaveformSummary::WaveformSummary(SharedSamples samples, int sampleRate)
    : m_samples(std::move(samples)), m_sampleRate(sampleRate) {
    if (!m_samples || m_samples->empty() || m_sampleRate <= 0) return;
    const std::vector<float>& x = *m_samples;

    Level finest;
    finest.samplesPerBucket = kFinestBucket;
    const std::size_t n = ceilDiv(x.size(), kFinestBucket);
    finest.minimum.resize(n);
    finest.maximum.resize(n);
    for (std::size_t b = 0; b < n; ++b) {
        const auto first = x.begin() + static_cast<std::ptrdiff_t>(b * kFinestBucket);
        const auto last = x.begin() + static_cast<std::ptrdiff_t>(std::min(x.size(), (b + 1) * kFinestBucket));
        const auto [lo, hi] = std::minmax_element(first, last);
        finest.minimum[b] = *lo;
        finest.maximum[b] = *hi;
    }
    m_levels.push_back(std::move(finest));

    while (m_levels.back().minimum.size() > kCoarsestLevelBuckets) {
        const Level& fine = m_levels.back();
        Level coarse;
        coarse.samplesPerBucket = fine.samplesPerBucket * kLevelFactor;
        const std::size_t count = ceilDiv(fine.minimum.size(), kLevelFactor);
        coarse.minimum.resize(count);
        coarse.maximum.resize(count);
        for (std::size_t b = 0; b < count; ++b) {
            const std::size_t first = b * kLevelFactor;
            const std::size_t last = std::min(fine.minimum.size(), first + kLevelFactor);
            coarse.minimum[b] = *std::min_element(fine.minimum.begin() + first, fine.minimum.begin() + last);
            coarse.maximum[b] = *std::max_element(fine.maximum.begin() + first, fine.maximum.begin() + last);
        }
        m_levels.push_back(std::move(coarse));
    }
}

double WaveformSummary::durationSeconds() const {
    return m_sampleRate > 0 ? static_cast<double>(sampleCount()) / m_sampleRate : 0.0;
}

Envelope WaveformSummary::envelope(double fromSeconds, double toSeconds, std::size_t maxBuckets) const {
    Envelope out;
    const std::size_t total = sampleCount();
    if (total == 0 || maxBuckets == 0 || !(toSeconds > fromSeconds)) return out;

    const auto toSample = [&](double seconds, bool roundUp) {
        const double s = seconds * m_sampleRate;
        const double r = roundUp ? std::ceil(s) : std::floor(s);
        return static_cast<std::size_t>(std::clamp(r, 0.0, static_cast<double>(total)));
    };
    const std::size_t begin = toSample(fromSeconds, false);
    const std::size_t end = toSample(toSeconds, true);
    if (end <= begin) return out;

    // The finest level that is not finer than the width we need; buckets narrower than
    // the finest level are read straight from the samples.
    std::size_t width = std::max<std::size_t>(1, ceilDiv(end - begin, maxBuckets));
    const Level* level = nullptr;
    for (const Level& candidate : m_levels)
        if (candidate.samplesPerBucket <= width) level = &candidate;
    const std::size_t unit = level ? level->samplesPerBucket : 1;
    width = ceilDiv(width, unit) * unit;
    // Aligning the first bucket to a multiple of the width can add one bucket.
    while (bucketCount(begin, end, width) > maxBuckets) width += unit;

    const std::size_t firstBucket = begin / width;
    const std::size_t count = bucketCount(begin, end, width);
    out.firstSample = firstBucket * width;
    out.samplesPerBucket = width;
    out.seconds.reserve(count);
    out.minimum.reserve(count);
    out.maximum.reserve(count);

    const std::vector<float>& x = *m_samples;
    for (std::size_t b = firstBucket; b < firstBucket + count; ++b) {
        const std::size_t first = b * width;
        const std::size_t last = std::min(total, first + width);  // exclusive
        float lo = std::numeric_limits<float>::max();
        float hi = std::numeric_limits<float>::lowest();
        if (level) {
            const std::size_t k = width / unit;
            const std::size_t levelEnd = std::min(level->minimum.size(), (b + 1) * k);
            for (std::size_t i = b * k; i < levelEnd; ++i) {
                lo = std::min(lo, level->minimum[i]);
                hi = std::max(hi, level->maximum[i]);
            }
        } else {
            for (std::size_t i = first; i < last; ++i) {
                lo = std::min(lo, x[i]);
                hi = std::max(hi, x[i]);
            }
        }
        // The midpoint between the bucket's first and last sample instants.
        out.seconds.push_back((static_cast<double>(first) + static_cast<double>(last - 1)) / 2.0 / m_sampleRate);
        out.minimum.push_back(lo);
        out.maximum.push_back(hi);
    }
    return out;
}

}  // namespace mars5::ui
