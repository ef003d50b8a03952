// The analyser line's numbers on signals whose answers are known: a clipped sine, silence,
// white noise at a known level, speech-like bursts over a quiet floor, and the duration
// guidance at its edges.
#include "studio/reference_analysis.h"

#include <QtTest>

#include <cmath>
#include <numbers>
#include <random>

using mars5::ui::analyseReference;
using mars5::ui::ReferenceAnalysis;
using Level = ReferenceAnalysis::Level;

namespace {

constexpr int kRate = 24000;

std::vector<float> sine(double seconds, double amplitude, double hz = 220.0) {
    std::vector<float> s(static_cast<std::size_t>(seconds * kRate));
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<float>(amplitude * std::sin(2 * std::numbers::pi * hz * i / kRate));
    return s;
}

std::vector<float> noise(double seconds, double rms, unsigned seed = 7) {
    std::mt19937 gen(seed);
    std::normal_distribution<double> d(0.0, rms);
    std::vector<float> s(static_cast<std::size_t>(seconds * kRate));
    for (float& x : s) x = static_cast<float>(d(gen));
    return s;
}

}  // namespace

class TestStudioAnalysis : public QObject {
    Q_OBJECT
private slots:
    void clippedSine() {
        // A sine of amplitude 2 hard-clipped to [-1, 1]: full-scale peak, many clipped samples.
        std::vector<float> s = sine(6.0, 2.0);
        long long expectedClipped = 0;
        for (float& x : s) {
            x = std::clamp(x, -1.0f, 1.0f);
            if (std::abs(x) >= 0.999f) ++expectedClipped;
        }
        const ReferenceAnalysis a = analyseReference(s, kRate);
        QCOMPARE(a.clippedSamples, expectedClipped);
        QVERIFY(a.clippedSamples > static_cast<long long>(s.size() / 3));  // a 2x-overdriven sine sits at full scale 2/3 of the time
        QVERIFY(std::abs(a.peakDbfs) < 0.01);
        QCOMPARE(a.peakFinding.level, Level::Warning);
        QVERIFY2(a.peakFinding.text.contains(QStringLiteral("Clipping")), qPrintable(a.peakFinding.text));
        QCOMPARE(a.duration.level, Level::Good);
        QVERIFY(a.summaryLine().contains(QStringLiteral("clipped")));
    }

    void silence() {
        const std::vector<float> s(static_cast<std::size_t>(3 * kRate), 0.0f);
        const ReferenceAnalysis a = analyseReference(s, kRate);
        QVERIFY(a.silent);
        QCOMPARE(a.peakDbfs, -120.0);
        QCOMPARE(a.rmsDbfs, -120.0);
        QCOMPARE(a.clippedSamples, 0LL);
        QCOMPARE(a.peakFinding.level, Level::Warning);
        QVERIFY2(a.peakFinding.text.contains(QStringLiteral("silent")), qPrintable(a.peakFinding.text));
        QCOMPARE(a.worst(), Level::Warning);
    }

    void noiseAtKnownLevel() {
        // White noise at RMS 0.05 = -26.0 dBFS: RMS, floor and loud end all near -26, SNR ~ 0.
        const std::vector<float> s = noise(6.0, 0.05);
        const ReferenceAnalysis a = analyseReference(s, kRate);
        const double expected = 20 * std::log10(0.05);
        QVERIFY2(std::abs(a.rmsDbfs - expected) < 0.2, qPrintable(QString::number(a.rmsDbfs)));
        QVERIFY2(std::abs(a.noiseFloorDbfs - expected) < 1.5, qPrintable(QString::number(a.noiseFloorDbfs)));
        QVERIFY2(a.snrDb < 3.0, qPrintable(QString::number(a.snrDb)));
        QCOMPARE(a.noise.level, Level::Warning);
        QVERIFY2(a.noise.text.startsWith(QStringLiteral("Noisy")), qPrintable(a.noise.text));
        QCOMPARE(a.clippedSamples, 0LL);
    }

    void burstsOverQuietFloor() {
        // 3 s of noise at -60 dBFS, then 3 s of a 0.5 sine (-9 dBFS RMS) over it: SNR ~ 51 dB.
        std::vector<float> s = noise(6.0, 0.001);
        const std::vector<float> tone = sine(3.0, 0.5);
        for (std::size_t i = 0; i < tone.size(); ++i) s[s.size() / 2 + i] += tone[i];
        const ReferenceAnalysis a = analyseReference(s, kRate);
        QVERIFY2(std::abs(a.noiseFloorDbfs + 60.0) < 1.5, qPrintable(QString::number(a.noiseFloorDbfs)));
        QVERIFY2(std::abs(a.speechDbfs - 20 * std::log10(0.5 / std::sqrt(2.0))) < 1.0, qPrintable(QString::number(a.speechDbfs)));
        QVERIFY2(a.snrDb > 48 && a.snrDb < 54, qPrintable(QString::number(a.snrDb)));
        QCOMPARE(a.noise.level, Level::Good);
        QCOMPARE(a.worst(), Level::Good);
        QVERIFY(a.messages().isEmpty());
    }

    void durationGuidance() {
        QCOMPARE(analyseReference(sine(1.5, 0.3), kRate).duration.level, Level::Warning);  // too short
        QCOMPARE(analyseReference(sine(3.0, 0.3), kRate).duration.level, Level::Note);     // usable
        QCOMPARE(analyseReference(sine(6.0, 0.3), kRate).duration.level, Level::Good);     // best
        const ReferenceAnalysis longer = analyseReference(sine(13.0, 0.3), kRate);
        QCOMPARE(longer.duration.level, Level::Warning);
        QVERIFY(longer.duration.text.contains(QStringLiteral("last 12 s")));
        QVERIFY(std::abs(longer.durationSeconds - 13.0) < 1e-9);
    }

    void quiet() {
        const ReferenceAnalysis a = analyseReference(sine(6.0, 0.01), kRate);  // peak -40 dBFS
        QVERIFY(std::abs(a.peakDbfs + 40.0) < 0.1);
        QCOMPARE(a.peakFinding.level, Level::Warning);
        QVERIFY(a.peakFinding.text.startsWith(QStringLiteral("Very quiet")));
    }
};

QTEST_GUILESS_MAIN(TestStudioAnalysis)
#include "test_studio_analysis.moc"
