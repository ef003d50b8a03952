// The min/max envelope behind the waveform plot: exact per bucket, bounded in size,
// and well-behaved at the edges (empty clips, empty ranges, ranges past the end).
#include "audio/waveform_summary.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using mars5::ui::Envelope;
using mars5::ui::WaveformSummary;
using mars5::ui::shareSamples;

namespace {

// Recomputes every bucket straight from the samples and compares: min and max must be
// the exact sample values (no interpolation), bucket edges whole multiples of the width.
void verifyEnvelopeExact(const std::vector<float>& x, int rate, const Envelope& e) {
    QVERIFY(!e.empty());
    QCOMPARE(e.minimum.size(), e.size());
    QCOMPARE(e.maximum.size(), e.size());
    QCOMPARE(e.firstSample % e.samplesPerBucket, std::size_t{0});
    for (std::size_t i = 0; i < e.size(); ++i) {
        const std::size_t first = e.firstSample + i * e.samplesPerBucket;
        const std::size_t last = std::min(x.size(), first + e.samplesPerBucket);
        QVERIFY2(first < last, qPrintable(QStringLiteral("bucket %1 lies past the clip").arg(i)));
        const auto [lo, hi] = std::minmax_element(x.begin() + first, x.begin() + last);
        QCOMPARE(e.minimum[i], static_cast<double>(*lo));
        QCOMPARE(e.maximum[i], static_cast<double>(*hi));
        QCOMPARE(e.seconds[i], (static_cast<double>(first) + static_cast<double>(last - 1)) / 2.0 / rate);
    }
}

std::vector<float> sine(double hz, double amplitude, int rate, std::size_t n) {
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<float>(amplitude * std::sin(2.0 * std::numbers::pi * hz * static_cast<double>(i) / rate));
    return x;
}

}  // namespace

class TestWaveformSummary : public QObject {
    Q_OBJECT
private slots:
    void rampBucketsHoldTheirFirstAndLastSample() {
        const int rate = 1000;
        std::vector<float> ramp(10000);
        for (std::size_t i = 0; i < ramp.size(); ++i) ramp[i] = static_cast<float>(i) / 10000.0f - 0.5f;
        const WaveformSummary summary(shareSamples(std::vector<float>(ramp)), rate);
        QCOMPARE(summary.durationSeconds(), 10.0);

        // 100 buckets asked for: 100 samples each rounds up to two 64-sample level buckets.
        const Envelope coarse = summary.envelope(0.0, 10.0, 100);
        QCOMPARE(coarse.samplesPerBucket, std::size_t{128});
        QCOMPARE(coarse.size(), std::size_t{79});  // ceil(10000 / 128)
        for (std::size_t b = 0; b < coarse.size(); ++b) {
            QCOMPARE(coarse.minimum[b], static_cast<double>(ramp[b * 128]));
            QCOMPARE(coarse.maximum[b], static_cast<double>(ramp[std::min<std::size_t>(b * 128 + 127, 9999)]));
        }
        verifyEnvelopeExact(ramp, rate, coarse);

        // Narrower than a level bucket: read from the samples themselves.
        const Envelope fine = summary.envelope(0.0, 10.0, 1000);
        QCOMPARE(fine.samplesPerBucket, std::size_t{10});
        QCOMPARE(fine.size(), std::size_t{1000});
        QCOMPARE(fine.minimum[37], static_cast<double>(ramp[370]));
        QCOMPARE(fine.maximum[37], static_cast<double>(ramp[379]));
        verifyEnvelopeExact(ramp, rate, fine);
    }

    void sineEnvelopeIsExactAtEveryZoom() {
        const int rate = 24000;
        const std::vector<float> x = sine(440.0, 0.5, rate, 24000);
        const WaveformSummary summary(shareSamples(std::vector<float>(x)), rate);
        for (std::size_t buckets : {1u, 7u, 300u, 1000u, 5000u, 30000u}) {
            const Envelope e = summary.envelope(0.0, 1.0, buckets);
            QVERIFY(e.size() <= buckets);
            verifyEnvelopeExact(x, rate, e);
        }
        // A zoomed-in part: buckets stay aligned to the clip start, not to the range.
        const Envelope part = summary.envelope(0.3333, 0.4, 500);
        QVERIFY(part.size() <= 500);
        QVERIFY(part.seconds.front() <= 0.3333 + 1.0 / rate * part.samplesPerBucket);
        QVERIFY(part.seconds.back() >= 0.4 - 1.0 / rate * part.samplesPerBucket);
        verifyEnvelopeExact(x, rate, part);

        const Envelope whole = summary.envelope(0.0, 1.0, 1);
        QCOMPARE(whole.size(), std::size_t{1});
        QVERIFY(std::abs(whole.maximum[0] - 0.5) < 1e-4);
        QVERIFY(std::abs(whole.minimum[0] + 0.5) < 1e-4);
    }

    void singleSampleBucketsSitOnTheSampleInstants() {
        const int rate = 8000;
        const std::vector<float> x = sine(100.0, 0.9, rate, 800);
        const WaveformSummary summary(shareSamples(std::vector<float>(x)), rate);
        const Envelope e = summary.envelope(0.01, 0.02, 10000);
        QCOMPARE(e.samplesPerBucket, std::size_t{1});
        QCOMPARE(e.size(), std::size_t{80});
        for (std::size_t i = 0; i < e.size(); ++i) {
            QCOMPARE(e.seconds[i], static_cast<double>(80 + i) / rate);
            QCOMPARE(e.minimum[i], e.maximum[i]);
        }
        verifyEnvelopeExact(x, rate, e);
    }

    void tenMinutesSummariseIntoAtMostOneBucketPerPixel() {
        const int rate = 24000;
        const std::size_t n = 600u * rate;  // 14.4 M samples
        // A tone whose loudness swells and fades, plus a deterministic crackle, so that
        // bucket extremes differ everywhere.
        std::vector<float> x(n);
        std::uint32_t lcg = 12345;
        for (std::size_t i = 0; i < n; ++i) {
            lcg = lcg * 1664525u + 1013904223u;
            const double t = static_cast<double>(i) / rate;
            const double envelope = 0.5 + 0.4 * std::sin(2.0 * std::numbers::pi * t / 37.0);
            x[i] = static_cast<float>(envelope * std::sin(2.0 * std::numbers::pi * 220.0 * t) +
                                      0.05 * (static_cast<double>(lcg >> 8) / 16777216.0 - 0.5));
        }
        const WaveformSummary summary(shareSamples(std::vector<float>(x)), rate);
        QVERIFY(summary.levelCount() >= 4);  // 64, 512, 4096, 32768 samples per bucket

        for (std::size_t pixels : {1u, 640u, 1100u, 1920u, 3840u}) {
            const Envelope e = summary.envelope(0.0, 600.0, pixels);
            QVERIFY2(e.size() <= pixels, qPrintable(QStringLiteral("%1 buckets for %2 pixels").arg(e.size()).arg(pixels)));
            QVERIFY(e.size() >= pixels / 2);  // and not needlessly coarse
            verifyEnvelopeExact(x, rate, e);
        }
        const Envelope zoomed = summary.envelope(123.4, 125.9, 1100);
        QVERIFY(zoomed.size() <= 1100);
        verifyEnvelopeExact(x, rate, zoomed);
    }

    void emptyClipsAndRangesGiveEmptyEnvelopes() {
        const WaveformSummary none;
        QCOMPARE(none.sampleCount(), std::size_t{0});
        QCOMPARE(none.durationSeconds(), 0.0);
        QVERIFY(none.envelope(0.0, 1.0, 100).empty());

        const WaveformSummary zeroLength(shareSamples({}), 24000);
        QCOMPARE(zeroLength.sampleCount(), std::size_t{0});
        QCOMPARE(zeroLength.levelCount(), std::size_t{0});
        QVERIFY(zeroLength.envelope(0.0, 1.0, 100).empty());

        const WaveformSummary nullSamples(nullptr, 24000);
        QVERIFY(nullSamples.envelope(0.0, 1.0, 100).empty());

        const WaveformSummary clip(shareSamples(sine(440.0, 0.5, 24000, 2400)), 24000);
        QVERIFY(clip.envelope(0.05, 0.05, 100).empty());  // empty range
        QVERIFY(clip.envelope(0.08, 0.02, 100).empty());  // reversed range
        QVERIFY(clip.envelope(0.0, 0.1, 0).empty());      // no pixels
        QVERIFY(clip.envelope(5.0, 6.0, 100).empty());    // past the end
        QCOMPARE(clip.envelope(-3.0, 30.0, 2400).size(), std::size_t{2400});  // clamped to the clip

        const WaveformSummary oneSample(shareSamples({0.25f}), 24000);
        const Envelope one = oneSample.envelope(0.0, 1.0, 100);
        QCOMPARE(one.size(), std::size_t{1});
        QCOMPARE(one.maximum[0], 0.25);
        QCOMPARE(one.minimum[0], 0.25);
    }
};

QTEST_MAIN(TestWaveformSummary)
#include "test_waveform_summary.moc"
