// Playback through PortAudio to the default output device. On CI that device is the
// headless PulseAudio null sink that scripts/test.sh starts (notes/build-env.md §7);
// without any output device the cases that need one skip and say why.
#include "audio/playback_engine.h"
#include "panels/audio_panel.h"
#include "widgets/waveform_view.h"

#include "mars5/audio.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>

using mars5::ui::PlaybackEngine;

namespace {

const char* const kNoDevice = "no audio output device: start PulseAudio as scripts/test.sh does";
const char* const kCiPulseSocket = "/tmp/pulse-ci.sock";

mars5::AudioBuffer tone(double seconds, int rate = 24000) {
    mars5::AudioBuffer audio;
    audio.sampleRate = rate;
    audio.samples.resize(static_cast<std::size_t>(seconds * rate));
    for (std::size_t i = 0; i < audio.samples.size(); ++i)
        audio.samples[i] = static_cast<float>(0.5 * std::sin(2.0 * std::numbers::pi * 440.0 * i / rate));
    return audio;
}

bool isNoDeviceError(const QString& error) { return error.startsWith(QStringLiteral("No audio output device")); }

}  // namespace

class TestPlayback : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // the panel writes its last folder to QSettings
        // Run by hand after starting the CI server, the test finds it even without the
        // PULSE_SERVER export that scripts/test.sh does.
        if (qEnvironmentVariableIsEmpty("PULSE_SERVER") && QFileInfo::exists(QString::fromLatin1(kCiPulseSocket)))
            qputenv("PULSE_SERVER", QByteArray("unix:") + kCiPulseSocket);
    }

    void playsToTheEndAndSignalsFinished() {
        PlaybackEngine engine;
        engine.load(tone(0.5));
        QCOMPARE(engine.durationSeconds(), 0.5);
        QSignalSpy finished(&engine, &PlaybackEngine::finished);
        QSignalSpy playing(&engine, &PlaybackEngine::playingChanged);

        QElapsedTimer clock;
        clock.start();
        if (!engine.play(0.0)) {
            if (isNoDeviceError(engine.lastError())) QSKIP(kNoDevice);
            QFAIL(qPrintable(engine.lastError()));
        }
        QVERIFY(engine.isPlaying());
        QCOMPARE(playing.count(), 1);
        QCOMPARE(playing.at(0).at(0).toBool(), true);

        // The position advances while the tone plays.
        QTRY_VERIFY_WITH_TIMEOUT(engine.positionSeconds() > 0.05, 3000);
        const double early = engine.positionSeconds();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isPlaying() || engine.positionSeconds() > early + 0.05, 3000);

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(!engine.isPlaying());
        QCOMPARE(engine.positionSeconds(), 0.5);
        QCOMPARE(playing.last().at(0).toBool(), false);
        // A clocked device plays in real time: 0.5 s of audio cannot be done much sooner.
        QVERIFY2(clock.elapsed() >= 400, qPrintable(QStringLiteral("finished after %1 ms").arg(clock.elapsed())));
        QVERIFY(engine.lastError().isEmpty());
    }

    void playsFromAPosition() {
        PlaybackEngine engine;
        engine.load(tone(0.5));
        QSignalSpy finished(&engine, &PlaybackEngine::finished);
        if (!engine.play(0.3)) {
            if (isNoDeviceError(engine.lastError())) QSKIP(kNoDevice);
            QFAIL(qPrintable(engine.lastError()));
        }
        QVERIFY(engine.positionSeconds() >= 0.3);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(engine.positionSeconds(), 0.5);
    }

    void stopDoesNotSignalFinished() {
        PlaybackEngine engine;
        engine.load(tone(2.0));
        QSignalSpy finished(&engine, &PlaybackEngine::finished);
        if (!engine.play(0.0)) {
            if (isNoDeviceError(engine.lastError())) QSKIP(kNoDevice);
            QFAIL(qPrintable(engine.lastError()));
        }
        QTest::qWait(200);
        engine.stop();
        QVERIFY(!engine.isPlaying());
        const double stoppedAt = engine.positionSeconds();
        QVERIFY2(stoppedAt < 1.5, qPrintable(QString::number(stoppedAt)));
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(engine.positionSeconds(), stoppedAt);
    }

    // The panel's transport: the playhead follows playback and returns to where playback
    // began once the clip has played out.
    void panelPlayheadFollowsPlayback() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(mars5::writeAudioFile(path.toStdString(), tone(0.6)).ok());

        mars5::ui::AudioPanel panel;
        QVERIFY(panel.loadFile(path));
        QSignalSpy finished(panel.playback(), &PlaybackEngine::finished);
        panel.waveformView()->setPlayheadSeconds(0.1);
        panel.togglePlayback();
        if (!panel.playback()->isPlaying()) {
            if (isNoDeviceError(panel.messageText())) QSKIP(kNoDevice);
            QFAIL(qPrintable(panel.messageText()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(panel.waveformView()->playheadSeconds() > 0.2, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(panel.waveformView()->playheadSeconds(), 0.1);
        QCOMPARE(panel.messageText(), QString());
    }

    void withoutAClipPlayExplainsWhy() {
        PlaybackEngine engine;
        QVERIFY(!engine.play(0.0));
        QVERIFY(!engine.isPlaying());
        QVERIFY2(engine.lastError().startsWith(QStringLiteral("Nothing to play")), qPrintable(engine.lastError()));
    }

    // Only meaningful on a machine without any output: no crash, a plain message.
    void withoutADeviceTheErrorSaysSo() {
        PlaybackEngine engine;
        engine.load(tone(0.1));
        if (engine.play(0.0)) {
            engine.stop();
            QSKIP("an audio output device exists, so the no-device message cannot be checked here");
        }
        QVERIFY2(isNoDeviceError(engine.lastError()), qPrintable(engine.lastError()));
        QVERIFY(engine.outputDeviceName().isEmpty());
        QVERIFY(!engine.isPlaying());
    }
};

QTEST_MAIN(TestPlayback)
#include "test_playback.moc"
