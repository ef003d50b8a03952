// The reference panel: a clip opened from a file, trimmed to a selection and cut, with
// every step undone and redone (the opening itself included), the provenance flags that go
// into the sidecar, the analyser line, and recent files.
#include "panels/audio_panel.h"
#include "studio/reference_panel.h"
#include "widgets/waveform_view.h"

#include "mars5/audio.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <numbers>

using mars5::ui::ReferencePanel;

namespace {

QString writeRamp(const QTemporaryDir& dir, const QString& name, double seconds, int rate) {
    // A sine whose amplitude rises with time, so each sample says where it came from.
    mars5::AudioBuffer a;
    a.sampleRate = rate;
    a.samples.resize(static_cast<std::size_t>(seconds * rate));
    for (std::size_t i = 0; i < a.samples.size(); ++i)
        a.samples[i] = static_cast<float>(0.2 * std::sin(2 * std::numbers::pi * 200.0 * i / rate));
    const QString path = dir.filePath(name);
    const auto ok = mars5::writeAudioFile(path.toStdString(), a, mars5::AudioFileFormat::WavFloat32);
    if (!ok.ok()) qFatal("%s", ok.message().c_str());
    return path;
}

}  // namespace

class TestStudioReference : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test-reference"));
        QSettings().clear();
    }

    void trimUndoRedo() {
        QTemporaryDir dir;
        const QString path = writeRamp(dir, QStringLiteral("voice.wav"), 4.0, 24000);
        ReferencePanel panel;
        panel.resize(900, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy changed(&panel, &ReferencePanel::referenceChanged);

        QVERIFY(!panel.hasReference());
        QVERIFY(panel.loadFile(path));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.durationSeconds(), 4.0);
        QVERIFY(!panel.editedSinceLoad());
        QCOMPARE(panel.sourceFile(), QFileInfo(path).absoluteFilePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(panel.sourceFileSha256(), QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(panel.analysisText().contains(QStringLiteral("4.0 s")));
        QCOMPARE(panel.recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        // Nothing selected: nothing to trim.
        QVERIFY(!panel.keepSelection());
        QVERIFY(!panel.deleteSelection());

        mars5::ui::WaveformView* view = panel.audioPanel()->waveformView();
        view->setSelection(3.0, 1.0);  // reversed on purpose: it is ordered
        QCOMPARE(view->selectionStart(), 1.0);
        QCOMPARE(view->selectionEnd(), 3.0);
        const std::vector<float> before = panel.referenceAudio().samples;
        QVERIFY(panel.keepSelection());
        QCOMPARE(panel.durationSeconds(), 2.0);
        QVERIFY(panel.editedSinceLoad());
        QCOMPARE(panel.sourceDescription(), QStringLiteral("voice.wav (edited)"));
        const std::vector<float> kept = panel.referenceAudio().samples;
        QCOMPARE(kept.size(), std::size_t(48000));
        QCOMPARE(kept.front(), before[24000]);  // the selection's first sample
        QCOMPARE(kept.back(), before[71999]);
        QVERIFY(!view->hasSelection());  // a new clip starts without a selection
        QCOMPARE(panel.audioPanel()->waveformView()->durationSeconds(), 2.0);

        // Cut 0.5-1.0 s out of the 2 s clip.
        view->setSelection(0.5, 1.0);
        QVERIFY(panel.deleteSelection());
        QCOMPARE(panel.durationSeconds(), 1.5);
        const std::vector<float> cut = panel.referenceAudio().samples;
        QCOMPARE(cut[11999], kept[11999]);
        QCOMPARE(cut[12000], kept[24000]);

        QUndoStack* undo = panel.undoStack();
        QCOMPARE(undo->count(), 3);  // open, trim, delete
        undo->undo();
        QCOMPARE(panel.durationSeconds(), 2.0);
        QVERIFY(panel.referenceAudio().samples == kept);
        undo->undo();
        QCOMPARE(panel.durationSeconds(), 4.0);
        QVERIFY(panel.referenceAudio().samples == before);
        QVERIFY(!panel.editedSinceLoad());
        undo->undo();  // the opening itself
        QVERIFY(!panel.hasReference());
        QVERIFY(!panel.audioPanel()->hasClip());
        undo->redo();
        undo->redo();
        QCOMPARE(panel.durationSeconds(), 2.0);
        QVERIFY(panel.editedSinceLoad());
        undo->redo();
        QCOMPARE(panel.durationSeconds(), 1.5);
        QVERIFY(panel.referenceAudio().samples == cut);
        QVERIFY(changed.count() >= 8);

        // Deleting everything is refused (nothing would be left).
        view->setSelection(0.0, 1.5);
        QVERIFY(!panel.deleteSelection());
    }

    void recordedClipIsUndoable() {
        QTemporaryDir dir;
        ReferencePanel panel;
        QVERIFY(panel.loadFile(writeRamp(dir, QStringLiteral("a.wav"), 3.0, 48000)));
        std::vector<float> rec(24000 * 2, 0.1f);
        panel.setRecordedClip(mars5::ui::shareSamples(std::move(rec)), 24000);
        QCOMPARE(panel.durationSeconds(), 2.0);
        QVERIFY(panel.sourceFile().isEmpty());
        QVERIFY(panel.sourceDescription().startsWith(QStringLiteral("recording")));
        panel.undoStack()->undo();  // the file comes back: a recording never loses what was there
        QCOMPARE(panel.durationSeconds(), 3.0);
        QVERIFY(panel.sourceFile().endsWith(QStringLiteral("a.wav")));
    }

    void unreadableFileKeepsClip() {
        QTemporaryDir dir;
        ReferencePanel panel;
        QVERIFY(panel.loadFile(writeRamp(dir, QStringLiteral("b.wav"), 2.5, 24000)));
        QFile junk(dir.filePath(QStringLiteral("notes.wav")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not audio");
        junk.close();
        QVERIFY(!panel.loadFile(junk.fileName()));
        QCOMPARE(panel.durationSeconds(), 2.5);
        QVERIFY(panel.audioPanel()->messageText().startsWith(QStringLiteral("Could not open notes.wav")));
        QCOMPARE(panel.undoStack()->count(), 1);
    }

    // The analyser's notes and warnings each in their own colour: a 10 s steady tone gives a
    // note about its length and a warning about its noise (a tone has no quiet frames), and the
    // note used to be shown in the warning's red.
    void eachFindingKeepsItsOwnColour() {
        QTemporaryDir dir;
        ReferencePanel panel;
        QVERIFY(panel.loadFile(writeRamp(dir, QStringLiteral("tone.wav"), 10.0, 24000)));
        QString findings;
        for (const QLabel* label : panel.findChildren<QLabel*>())
            if (label->text().contains(QStringLiteral("Usable length"))) findings = label->text();
        QVERIFY2(findings.contains(QStringLiteral("<span style='color:#8a5a00'>Usable length")), qPrintable(findings));
        QVERIFY2(findings.contains(QStringLiteral("<span style='color:#b3261e'>Noisy")), qPrintable(findings));
    }
};

QTEST_MAIN(TestStudioReference)
#include "test_studio_reference.moc"
