// Recording a reference through PortAudio: the input device list, a recording that stops
// by itself at its cap, and the reference panel's Record with a count-in. Needs an input
// device; scripts/test.sh starts a PulseAudio null sink whose monitor is the default
// source. Without one, the cases skip and say so.
#include "audio/audio_recorder.h"
#include "audio/playback_engine.h"
#include "panels/audio_panel.h"
#include "studio/reference_panel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using mars5::ui::AudioRecorder;
using mars5::ui::ReferencePanel;

class TestStudioRecording : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test-recording"));
        QSettings().clear();
        AudioRecorder probe;
        if (probe.inputDevices().isEmpty())
            QSKIP("No audio input device: run the suite through scripts/test.sh, which starts a headless PulseAudio "
                  "null sink (its monitor is the default source).");
    }

    void recordsUpToTheCap() {
        AudioRecorder recorder;
        QSignalSpy finished(&recorder, &AudioRecorder::finished);
        QSignalSpy level(&recorder, &AudioRecorder::levelChanged);
        QVERIFY2(recorder.start(-1, 0.5), qPrintable(recorder.lastError()));
        QVERIFY(recorder.isRecording());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 10000);  // stops by itself at 0.5 s
        QVERIFY(!recorder.isRecording());
        const auto samples = finished.first().at(0).value<mars5::ui::SharedSamples>();
        const int rate = finished.first().at(1).toInt();
        QVERIFY(rate > 0);
        QVERIFY(samples);
        QCOMPARE(static_cast<qint64>(samples->size()), static_cast<qint64>(std::ceil(0.5 * rate)));
        QVERIFY(level.count() > 0);
    }

    void stopEarlyKeepsWhatWasRecorded() {
        AudioRecorder recorder;
        QSignalSpy finished(&recorder, &AudioRecorder::finished);
        QVERIFY(recorder.start(-1, 12.0));
        QTest::qWait(400);
        recorder.stop();
        QCOMPARE(finished.count(), 1);
        const auto samples = finished.first().at(0).value<mars5::ui::SharedSamples>();
        const int rate = finished.first().at(1).toInt();
        QVERIFY(samples->size() > std::size_t(rate / 10));
        QVERIFY(samples->size() < std::size_t(rate * 3));
    }

    void panelRecordsAfterCountIn() {
        ReferencePanel panel;
        panel.findChild<QSpinBox*>()->setValue(1);  // 1 s count-in
        QSignalSpy changed(&panel, &ReferencePanel::referenceChanged);
        QSignalSpy beeped(panel.countInCue(), &mars5::ui::PlaybackEngine::playingChanged);
        QVERIFY(panel.countInCue()->hasClip());
        panel.toggleRecording();
        QVERIFY(!panel.recorder()->isRecording());  // counting in first
        QVERIFY2(!beeped.isEmpty() && beeped.first().first().toBool(), "no count-in beep");  // the null sink plays it
        QTRY_VERIFY_WITH_TIMEOUT(panel.recorder()->isRecording(), 3000);
        QTest::qWait(300);
        panel.toggleRecording();  // stop
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 3000);
        QVERIFY(panel.hasReference());
        QVERIFY(panel.sourceDescription().startsWith(QStringLiteral("recording")));
        QVERIFY(panel.durationSeconds() > 0.1);
    }
};

QTEST_MAIN(TestStudioRecording)
#include "test_studio_recording.moc"
