// Playback for judging: loudness matching (EBU R128 through libebur128) brings two clips
// 10 dB apart to within 0.5 LU; the A/B mixer switches sides at the same position with a
// click-free crossfade, loops a region and fades out on stop; the player keeps the position
// across switches and pauses and reports each side as it becomes audible.
#include "rating/ab_mixer.h"
#include "rating/ab_player.h"
#include "audio/loudness.h"

#include "mars5/audio.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace mars5::ui;
using namespace mars5::ui::rating;

namespace {

// Speech-like test signal: a few harmonics under a syllable-rate envelope plus a little noise.
mars5::AudioBuffer speechLike(double seconds, double amplitude, int rate = 24000, unsigned seed = 1) {
    mars5::AudioBuffer b;
    b.sampleRate = rate;
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 0.02f);
    const auto n = static_cast<std::size_t>(seconds * rate);
    b.samples.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / rate;
        const double envelope = 0.55 + 0.45 * std::sin(2 * M_PI * 4.0 * t);
        const double voice = std::sin(2 * M_PI * 140 * t) + 0.5 * std::sin(2 * M_PI * 280 * t) + 0.25 * std::sin(2 * M_PI * 420 * t);
        b.samples[i] = static_cast<float>(amplitude * (envelope * voice / 1.75 + noise(rng)));
    }
    return b;
}

double maxStep(const std::vector<float>& v) {
    double m = 0.0;
    for (std::size_t i = 1; i < v.size(); ++i) m = std::max(m, static_cast<double>(std::fabs(v[i] - v[i - 1])));
    return m;
}

}  // namespace

class TestRatingPlayback : public QObject {
    Q_OBJECT
private slots:
    void loudnessMatchingBringsClipsTenDbApartWithinHalfAnLu() {
        QTemporaryDir dir;
        const QString loudPath = dir.filePath(QStringLiteral("loud.wav"));
        const QString quietPath = dir.filePath(QStringLiteral("quiet.wav"));
        QVERIFY(mars5::writeAudioFile(loudPath.toStdString(), speechLike(4.0, 0.5, 24000, 1), mars5::AudioFileFormat::WavFloat32).ok());
        QVERIFY(mars5::writeAudioFile(quietPath.toStdString(), speechLike(4.0, 0.5 * std::pow(10.0, -10.0 / 20.0), 22050, 2),
                                mars5::AudioFileFormat::WavFloat32).ok());
        auto loud = mars5::readAudioMono(loudPath.toStdString());
        auto quiet = mars5::readAudioMono(quietPath.toStdString());
        QVERIFY(loud.ok() && quiet.ok());
        const auto la = measureLoudness(loud->samples, loud->sampleRate);
        const auto lb = measureLoudness(quiet->samples, quiet->sampleRate);
        QVERIFY(la.ok() && lb.ok());
        const double before = la->integratedLufs - lb->integratedLufs;
        QVERIFY2(std::fabs(before - 10.0) < 0.5, qPrintable(QString::number(before)));

        const MatchedGains gains = matchLoudness(la.value(), lb.value(), -23.0);
        const auto ma = measureLoudness(applyGain(loud->samples, gains.gainA), loud->sampleRate);
        const auto mb = measureLoudness(applyGain(quiet->samples, gains.gainB), quiet->sampleRate);
        const double after = std::fabs(ma->integratedLufs - mb->integratedLufs);
        QVERIFY2(after < 0.5, qPrintable(QStringLiteral("%1 LU apart after matching").arg(after)));
        QVERIFY(std::fabs(ma->integratedLufs - gains.targetLufs) < 0.5);
        QVERIFY(!gains.loweredForHeadroom);
        qInfo("before: %.2f LU apart; after: %.3f LU apart at %.1f LUFS", before, after, gains.targetLufs);
    }

    void matchingKeepsHeadroomForPeakyClips() {
        LoudnessMeasurement quietButPeaky{-40.0, 0.9};  // +17 dB would clip
        LoudnessMeasurement normal{-23.0, 0.3};
        const MatchedGains g = matchLoudness(quietButPeaky, normal, -23.0, 0.891);
        QVERIFY(g.loweredForHeadroom);
        QVERIFY(0.9 * g.gainA <= 0.8911);
        // Both sides still end equally loud.
        const double la = -40.0 + 20 * std::log10(g.gainA), lb = -23.0 + 20 * std::log10(g.gainB);
        QVERIFY(std::fabs(la - lb) < 1e-9);
        // Silence keeps unity gain instead of infinity.
        const MatchedGains s = matchLoudness(LoudnessMeasurement{-HUGE_VAL, 0.0}, normal);
        QCOMPARE(s.gainA, 1.0);
    }

    void switchingCrossfadesAtTheSamePosition() {
        AbMixer mixer;
        const int rate = 48000;
        mixer.setClips(mars5::ui::shareSamples(std::vector<float>(rate, 0.5f)),
                       mars5::ui::shareSamples(std::vector<float>(rate, -0.5f)), rate, 0.020);
        QCOMPARE(mixer.fadeFrames(), 960);
        mixer.prepareStart(0, AbMixer::kSideA);
        std::vector<float> out(4800), all;
        QVERIFY(mixer.render(out.data(), out.size()));
        all.insert(all.end(), out.begin(), out.end());
        QCOMPARE(out.front(), 0.0f);                 // faded in from silence
        QVERIFY(std::fabs(out.back() - 0.5f) < 1e-6);
        mixer.requestSide(AbMixer::kSideB);
        QVERIFY(mixer.render(out.data(), out.size()));
        all.insert(all.end(), out.begin(), out.end());
        QCOMPARE(mixer.positionFrames(), std::size_t(9600));  // the position ran on through the switch
        QCOMPARE(mixer.audibleSide(), AbMixer::kSideB);
        QVERIFY(std::fabs(out.back() + 0.5f) < 1e-6);
        QVERIFY(std::fabs(out[959] + 0.5f) < 0.01);  // the switch completes within the 20 ms fade
        QVERIFY2(maxStep(all) < 0.003, qPrintable(QString::number(maxStep(all))));  // no click anywhere

        // Stop fades out over the same 20 ms, then reports the end.
        mixer.requestStop();
        std::vector<float> tail(2000);
        QVERIFY(!mixer.render(tail.data(), tail.size()));
        QVERIFY(mixer.finished());
        QVERIFY(maxStep(tail) < 0.003);
        QCOMPARE(tail[1500], 0.0f);
    }

    void loopRegionWrapsWithoutClicks() {
        const int rate = 48000;
        std::vector<float> ramp(rate * 2);
        for (std::size_t i = 0; i < ramp.size(); ++i) ramp[i] = 0.5f * std::sin(2 * M_PI * 200 * i / rate);
        AbMixer mixer;
        mixer.setClips(mars5::ui::shareSamples(std::vector<float>(ramp)), mars5::ui::shareSamples(std::vector<float>(ramp)), rate);
        mixer.setLoop(12000, 24000);
        mixer.prepareStart(12000, AbMixer::kSideA);
        std::vector<float> out(512), all;
        for (int i = 0; i < 120; ++i) {  // 61440 frames: five passes of the 12000-frame loop
            QVERIFY(mixer.render(out.data(), out.size()));
            all.insert(all.end(), out.begin(), out.end());
            QVERIFY(mixer.positionFrames() >= 12000 && mixer.positionFrames() <= 24000);
        }
        // The largest step of a 200 Hz sine at 0.5 is 0.5 * 2π * 200 / 48000 = 0.0131 (plus the fades).
        QVERIFY2(maxStep(all) < 0.016, qPrintable(QString::number(maxStep(all))));  // a click would be ~0.5
    }

    void playerKeepsThePositionAcrossSwitchesAndPauses() {
        AbPlayer player(AbPlayer::Output::Silent);
        QVERIFY(player.load(speechLike(3.0, 0.3, 24000, 1), speechLike(3.0, 0.3, 16000, 2), 1.0, 0.5));
        QVERIFY(std::fabs(player.durationSeconds() - 3.0) < 0.01);
        QSignalSpy audible(&player, &AbPlayer::sideAudible);
        QVERIFY(player.play(AbPlayer::kSideA));
        QTest::qWait(300);
        const double beforeSwitch = player.positionSeconds();
        QVERIFY2(beforeSwitch > 0.2, qPrintable(QString::number(beforeSwitch)));
        QVERIFY(player.play(AbPlayer::kSideB));
        QCOMPARE(player.side(), AbPlayer::kSideB);
        QTest::qWait(100);
        QVERIFY(player.positionSeconds() >= beforeSwitch);  // carried on from where A was
        QCOMPARE(audible.count(), 2);
        QCOMPARE(audible.at(0).at(0).toInt(), AbPlayer::kSideA);
        QCOMPARE(audible.at(1).at(0).toInt(), AbPlayer::kSideB);
        QVERIFY(player.togglePlayPause());  // pause
        QVERIFY(!player.isPlaying());
        const double paused = player.positionSeconds();
        QTest::qWait(100);
        QCOMPARE(player.positionSeconds(), paused);
        QVERIFY(player.toggleSide());  // resumes on A at the paused position
        QCOMPARE(player.side(), AbPlayer::kSideA);
        QVERIFY(player.positionSeconds() >= paused - 1e-9);
        player.stop();
        // Playing to the end stops by itself.
        player.seek(2.9);
        QSignalSpy playing(&player, &AbPlayer::playingChanged);
        QVERIFY(player.play(AbPlayer::kSideB));
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 2000);
    }

    void playsOnARealDeviceWhenThereIsOne() {
        AbPlayer player(AbPlayer::Output::Device);
        QVERIFY(player.load(speechLike(1.0, 0.3), speechLike(1.0, 0.3, 24000, 3), 1.0, 1.0));
        if (!player.play(AbPlayer::kSideA)) {
            QVERIFY2(player.lastError().contains(QStringLiteral("audio")), qPrintable(player.lastError()));
            QSKIP("no audio output device (scripts/test.sh starts a headless PulseAudio for this case)");
        }
        QTest::qWait(250);
        QVERIFY(player.play(AbPlayer::kSideB));
        QTest::qWait(150);
        QVERIFY(player.positionSeconds() > 0.1);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 4000);
    }
};

QTEST_MAIN(TestRatingPlayback)
#include "test_rating_playback.moc"
