// Min/max envelope of a mono clip, pre-computed at a few zoom levels (the Sonic Visualiser
// approach), so drawing any visible range of a 10-minute clip touches a few thousand
// numbers instead of millions of samples. Plain C++: no Qt, no plotting.
#pragma once

#include "audio/shared_samples.h"

#include <cstddef>
#include <vector>

namespace mars5::ui {

// What the plot draws for one time range: bucket i covers samples
// [firstSample + i * samplesPerBucket, firstSample + (i + 1) * samplesPerBucket) (the last
// one may be shorter) and holds their smallest and largest value.
struct Envelope {
    std::size_t firstSample = 0;
    std::size_t samplesPerBucket = 1;
    std::vector<double> seconds;  // centre of each bucket, in seconds from the clip start
    std::vector<double> minimum;
    std::vector<double> maximum;

    std::size_t size() const { return seconds.size(); }
    bool empty() const { return seconds.empty(); }
};

class WaveformSummary {
public:
    // Samples per bucket of the finest level; every coarser level is kLevelFactor times wider.
    static constexpr std::size_t kFinestBucket = 64;
    static constexpr std::size_t kLevelFactor = 8;

    WaveformSummary() = default;
    // Reads every sample once (about 15 ms for 10 minutes at 24 kHz); keeps a reference to
    // the samples for close zoom, where buckets are narrower than the finest level.
    WaveformSummary(SharedSamples samples, int sampleRate);

    int sampleRate() const { return m_sampleRate; }
    std::size_t sampleCount() const { return m_samples ? m_samples->size() : 0; }
    double durationSeconds() const;
    std::size_t levelCount() const { return m_levels.size(); }

    // The envelope of [fromSeconds, toSeconds) in at most maxBuckets buckets (the plot asks
    // for one bucket per pixel). Bucket edges are whole multiples of samplesPerBucket from
    // the clip start, so scrolling does not make the drawing shimmer. When the range holds
    // fewer samples than maxBuckets each sample is its own bucket (minimum == maximum).
    Envelope envelope(double fromSeconds, double toSeconds, std::size_t maxBuckets) const;

private:
    struct Level {
        std::size_t samplesPerBucket = 0;
        std::vector<float> minimum;
        std::vector<float> maximum;
    };

    SharedSamples m_samples;
    int m_sampleRate = 0;
    std::vector<Level> m_levels;   // finest first
};

}  // namespace mars5::ui
