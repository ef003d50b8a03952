// Record on a machine without any input device: the studio says so at once and starts no
// count-in (which could only end in the same message), and stays ready for a microphone
// plugged in later. The sound server is pointed nowhere before PortAudio starts, so the
// test sees no devices even where scripts/test.sh runs a headless PulseAudio server.
#include "audio/audio_recorder.h"
#include "panels/audio_panel.h"
#include "studio/reference_panel.h"

#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using mars5::ui::AudioRecorder;
using mars5::ui::ReferencePanel;

class TestStudioNoInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test-no-input"));
        QSettings().clear();
        AudioRecorder probe;
        if (!probe.inputDevices().isEmpty())
            QSKIP("this machine has an input device of its own (sound hardware outside the sound server)");
    }

    void recordSaysThereIsNoInputAtOnce() {
        ReferencePanel panel;
        panel.findChild<QSpinBox*>()->setValue(3);  // a count-in that would otherwise run first
        panel.toggleRecording();
        QVERIFY(!panel.recorder()->isRecording());
        const QString message = panel.audioPanel()->messageText();
        QVERIFY2(message.startsWith(QStringLiteral("No input device found")), qPrintable(message));
        for (QToolButton* b : panel.findChildren<QToolButton*>())
            QVERIFY2(!b->text().contains(QStringLiteral("count-in")), "a count-in started");
        // Still ready to try again: the button says Record, and nothing was loaded.
        bool record = false;
        for (QToolButton* b : panel.findChildren<QToolButton*>()) record |= b->text() == QStringLiteral("Record");
        QVERIFY(record);
        QVERIFY(!panel.hasReference());
    }
};

int main(int argc, char** argv) {
    qputenv("PULSE_SERVER", "unix:/nonexistent/mars5-no-sound-server");
    QApplication app(argc, argv);
    TestStudioNoInput test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_studio_no_input.moc"
