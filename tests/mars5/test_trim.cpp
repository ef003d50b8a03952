// Output trimming (core/src/trim.h): the reference's goldens live in `selftest mars5`
// (group "trim"); here the edge cases where the reference crashes or that a UI hits:
// silence, an all-loud signal, empty and very short inputs, a single loud frame, a burst
// whose kept region is worked out by hand, and the top_db threshold.
#include "failure.h"
#include "trim.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace mars5;

namespace {

std::vector<float> tone(std::size_t n, float amplitude) {
    std::vector<float> y(n);
    for (std::size_t i = 0; i < n; ++i) y[i] = amplitude * std::sin(0.05f * static_cast<float>(i));
    return y;
}

}  // namespace

class TestTrim : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void silenceIsKeptWhole() {
        // Every frame sits at the 1e-10 floor, i.e. 0 dB relative to the loudest: all non-silent.
        const std::vector<float> zeros(4096, 0.0f);
        TrimAnalysis a;
        const auto out = trimSilence(zeros, {}, &a);
        QCOMPARE(out.size(), zeros.size());
        QCOMPARE(a.frameDb.size(), std::size_t{1 + 4096 / 512});
        for (float db : a.frameDb) QCOMPARE(db, 0.0f);
        QCOMPARE(a.start, int64_t{0});
        QCOMPARE(a.end, int64_t{4096});
    }

    void allLoudIsKeptWhole() {
        const auto y = tone(9000, 0.8f);
        TrimAnalysis a;
        const auto out = trimSilence(y, {}, &a);
        QCOMPARE(out, y);
        QCOMPARE(a.frameDb.size(), std::size_t{1 + 9000 / 512});
        for (bool b : a.nonSilent) QVERIFY(b);
    }

    void emptyAndShortInputs() {
        TrimAnalysis a;
        QVERIFY(trimSilence({}, {}, &a).empty());
        QCOMPARE(a.start, int64_t{0});
        QCOMPARE(a.end, int64_t{0});
        QVERIFY(a.frameDb.empty());
        // <= 1024 samples cannot be reflect-padded by 1024 (the reference raises): kept whole.
        for (std::size_t n : {std::size_t{1}, std::size_t{500}, std::size_t{1024}}) {
            const auto y = tone(n, 0.5f);
            QCOMPARE(trimSilence(y, {}, &a), y);
            QVERIFY(a.frameDb.empty());
        }
        // 1025 samples is the first length the framing handles.
        std::vector<float> y(1025, 0.0f);
        y[600] = 1.0f;
        trimSilence(y, {}, &a);
        QCOMPARE(a.frameDb.size(), std::size_t{3});
    }

    void burstRegionByHand() {
        // Loud samples in [4096, 5120) of zeros. Frame f covers original samples
        // [512f - 1024, 512f + 1024): frames 7..11 overlap the burst by >= 512 samples
        // (>= -3 dB of the loudest), the others see only zeros (-100 dB or less).
        std::vector<float> y(10000, 0.0f);
        for (std::size_t i = 4096; i < 5120; ++i) y[i] = (i % 2) ? 0.5f : -0.5f;
        TrimAnalysis a;
        const auto out = trimSilence(y, {}, &a);
        QCOMPARE(a.start, int64_t{7 * 512});
        QCOMPARE(a.end, int64_t{12 * 512});
        QCOMPARE(out.size(), std::size_t{5 * 512});
        for (std::size_t f = 0; f < a.nonSilent.size(); ++f) QCOMPARE(bool(a.nonSilent[f]), f >= 7 && f <= 11);
        QVERIFY(std::abs(a.frameDb[7] - (-3.0103f)) < 1e-3f);
        // The end never passes the signal: a burst at the very end stops at n.
        std::vector<float> tail(9001, 0.0f);
        for (std::size_t i = 8500; i < 9001; ++i) tail[i] = 0.3f;
        trimSilence(tail, {}, &a);
        QCOMPARE(a.end, int64_t{9001});
        QVERIFY(a.start > 0);
    }

    void singleLoudFrameAndThreshold() {
        // One loud sample: the region is the frames around it (the reference fails on a single
        // non-silent frame index; here it is an ordinary region).
        std::vector<float> y(20000, 0.0f);
        y[10000] = 1.0f;
        TrimAnalysis a;
        trimSilence(y, {}, &a);
        QVERIFY(a.start <= 10000 && a.end > 10000);
        QVERIFY(a.end - a.start <= 5 * 512);
        // A quiet bed 40 dB down: trimmed at top_db 27, kept at top_db 60.
        std::vector<float> bed = tone(20000, 0.005f);
        const auto loud = tone(20000, 0.5f);
        for (std::size_t i = 8000; i < 12000; ++i) bed[i] = loud[i];
        TrimOptions strict;
        strict.topDb = 27;
        trimSilence(bed, strict, &a);
        QVERIFY(a.start > 0 && a.end < 20000);
        TrimOptions lenient;
        lenient.topDb = 60;
        trimSilence(bed, lenient, &a);
        QCOMPARE(a.start, int64_t{0});
        QCOMPARE(a.end, int64_t{20000});
        TrimOptions bad;
        bad.topDb = -1;
        QVERIFY_THROWS_EXCEPTION(Failure, trimSilence(bed, bad));
    }
};

QTEST_GUILESS_MAIN(TestTrim)
#include "test_trim.moc"
