// The reference panel: a clip opened from a file, trimmed to a selection and cut, with
// every step undone and redone (the opening itself included), the provenance flags that go
// into the sidecar, the analyser line, and recent files.
#include "main_window.h"
#include "panels/audio_panel.h"
#include "studio/reference_keeper.h"
#include "studio/reference_panel.h"
#include "studio/settings_panel.h"
#include "studio/text_panel.h"
#include "studio/transcript_memory.h"
#include "widgets/waveform_view.h"

#include "mars5/audio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
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

    // The clip of the last session comes back at the next start: a recording and an edited
    // clip as their samples, exactly, with where they came from; a file left as it was opened
    // from its path (no copy of its samples); with no undo step before it.
    void theClipComesBackAtTheNextStart() {
        QTemporaryDir dir;
        const QString kept = dir.filePath(QStringLiteral("session"));
        const QString path = writeRamp(dir, QStringLiteral("voice.wav"), 4.0, 24000);
        {  // a recording
            ReferencePanel panel;
            std::vector<float> rec(16000 * 3);
            for (std::size_t i = 0; i < rec.size(); ++i) rec[i] = static_cast<float>(std::sin(0.001 * double(i)) * 0.3);
            panel.setRecordedClip(mars5::ui::shareSamples(std::vector<float>(rec)), 16000);
            QVERIFY(mars5::ui::keepReference(panel.clip(), kept).ok());
            ReferencePanel next;
            QCOMPARE(mars5::ui::restoreReference(&next, kept), QString());
            QVERIFY(next.referenceAudio().samples == rec);
            QCOMPARE(next.referenceAudio().sampleRate, 16000);
            QCOMPARE(next.sourceDescription(), panel.sourceDescription());
            QCOMPARE(next.undoStack()->count(), 0);
        }
        {  // a file trimmed by hand
            ReferencePanel panel;
            QVERIFY(panel.loadFile(path));
            panel.audioPanel()->waveformView()->setSelection(1.0, 2.5);
            QVERIFY(panel.keepSelection());
            QVERIFY(mars5::ui::keepReference(panel.clip(), kept).ok());
            ReferencePanel next;
            QCOMPARE(mars5::ui::restoreReference(&next, kept), QString());
            QVERIFY(next.referenceAudio().samples == panel.referenceAudio().samples);
            QVERIFY(next.editedSinceLoad());
            QCOMPARE(next.sourceFile(), panel.sourceFile());
            QCOMPARE(next.sourceFileSha256(), panel.sourceFileSha256());
            QCOMPARE(next.sourceDescription(), QStringLiteral("voice.wav (edited)"));
        }
        {  // a file as it was opened: kept by its path
            ReferencePanel panel;
            QVERIFY(panel.loadFile(path));
            QVERIFY(mars5::ui::keepReference(panel.clip(), kept).ok());
            QVERIFY(!QFileInfo::exists(QDir(kept).filePath(QStringLiteral("reference.wav"))));
            ReferencePanel next;
            QCOMPARE(mars5::ui::restoreReference(&next, kept), QString());
            QCOMPARE(next.sourceFile(), QFileInfo(path).absoluteFilePath());
            QVERIFY(!next.editedSinceLoad());
            QCOMPARE(next.durationSeconds(), 4.0);
            QCOMPARE(next.undoStack()->count(), 0);
            // Gone since: the message line says so, and the panel stays empty.
            QVERIFY(QFile::remove(path));
            ReferencePanel after;
            const QString why = mars5::ui::restoreReference(&after, kept);
            QVERIFY2(why.contains(QStringLiteral("is no longer there")), qPrintable(why));
            QVERIFY(!after.hasReference());
        }
        {  // no clip: nothing is kept, nothing comes back
            ReferencePanel empty;
            QVERIFY(mars5::ui::keepReference(empty.clip(), kept).ok());
            QVERIFY(QDir(kept).entryList(QDir::Files).isEmpty());
            ReferencePanel next;
            QCOMPARE(mars5::ui::restoreReference(&next, kept), QString());
            QVERIFY(!next.hasReference());
        }
        {  // a kept file that does not read is named, and nothing else happens
            QVERIFY(QDir().mkpath(kept));
            QFile junk(QDir(kept).filePath(QStringLiteral("reference.json")));
            QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("{ not json") > 0);
            junk.close();
            ReferencePanel next;
            const QString why = mars5::ui::restoreReference(&next, kept);
            QVERIFY2(why.contains(QStringLiteral("could not be read")), qPrintable(why));
            QVERIFY(!next.hasReference());
        }
    }

    // The studio window keeps the clip when it closes (and as it changes) and brings it back when
    // it opens, with the text and transcript it goes with, and the sampler as it was tuned.
    void theWindowKeepsTheClipWithTheText() {
        std::vector<float> rec(24000 * 2);
        for (std::size_t i = 0; i < rec.size(); ++i) rec[i] = static_cast<float>(std::cos(0.002 * double(i)) * 0.25);
        {
            mars5::ui::MainWindow window(mars5::ui::MainWindow::SavedLayout::Use);
            window.referencePanel()->setRecordedClip(mars5::ui::shareSamples(std::vector<float>(rec)), 24000);
            window.textPanel()->setTranscript(QStringLiteral("What the recording says."));
            mars5::InferenceConfig tuned = window.settingsPanel()->config();
            tuned.top_k = 37;
            window.settingsPanel()->setConfig(tuned);
            window.close();
        }
        mars5::ui::MainWindow again(mars5::ui::MainWindow::SavedLayout::Use);
        QVERIFY(again.referencePanel()->referenceAudio().samples == rec);
        QCOMPARE(again.settingsPanel()->config().top_k, std::int64_t{37});
        QCOMPARE(again.textPanel()->transcriptEditor()->toPlainText(), QStringLiteral("What the recording says."));
        QVERIFY(again.referencePanel()->audioPanel()->messageText().isEmpty() ||
                !again.referencePanel()->audioPanel()->messageText().contains(QStringLiteral("last time")));
        // Emptied, and closed again: the next start has no clip.
        again.referencePanel()->undoStack()->clear();
        again.referencePanel()->startWith({});
        again.close();
        mars5::ui::MainWindow third(mars5::ui::MainWindow::SavedLayout::Use);
        QVERIFY(!third.referencePanel()->hasReference());

        // Kept as it changes, not only at quit: a studio that never closes (killed, crashed)
        // leaves its text, settings and clip for the next start 1.5 s after the last change.
        {
            mars5::ui::MainWindow killed(mars5::ui::MainWindow::SavedLayout::Use);
            killed.referencePanel()->setRecordedClip(mars5::ui::shareSamples(std::vector<float>(rec)), 24000);
            killed.textPanel()->setTranscript(QStringLiteral("Typed before the crash."));
            QTRY_COMPARE_WITH_TIMEOUT(QSettings().value(QStringLiteral("studio/transcript")).toString(),
                                      QStringLiteral("Typed before the crash."), 5000);
            // A settings change keeps the settings, not the unchanged clip again.
            const QString wav = QDir(mars5::ui::keptReferenceFolder()).filePath(QStringLiteral("reference.wav"));
            const QDateTime clipWritten = QFileInfo(wav).lastModified();
            QVERIFY(clipWritten.isValid());
            QTest::qWait(20);
            mars5::InferenceConfig tuned = killed.settingsPanel()->config();
            tuned.top_k = 41;
            killed.settingsPanel()->setConfig(tuned);
            QTRY_VERIFY_WITH_TIMEOUT(QSettings().value(QStringLiteral("studio/settings")).toByteArray().contains("\"top_k\":41"), 5000);
            QCOMPARE(QFileInfo(wav).lastModified(), clipWritten);
        }  // destroyed without close(): no closeEvent
        mars5::ui::MainWindow after(mars5::ui::MainWindow::SavedLayout::Use);
        QCOMPARE(after.textPanel()->transcriptEditor()->toPlainText(), QStringLiteral("Typed before the crash."));
        QVERIFY(after.referencePanel()->referenceAudio().samples == rec);
    }

    // A file reopened at start is the last session's clip, not a file opened again: the
    // transcript typed since its last take comes back, not the one that take was made with.
    void aTranscriptTypedAfterTheLastTakeSurvivesARestart() {
        QTemporaryDir dir;
        const QString path = writeRamp(dir, QStringLiteral("narrator.wav"), 3.0, 24000);
        {
            mars5::ui::MainWindow window(mars5::ui::MainWindow::SavedLayout::Use);
            QVERIFY(window.referencePanel()->loadFile(path));
            mars5::ui::TranscriptMemory::remember(window.referencePanel()->sourceFileSha256(), QStringLiteral("What the take was made with."));
            window.textPanel()->setTranscript(QStringLiteral("Corrected since."));
            window.close();
        }
        mars5::ui::MainWindow again(mars5::ui::MainWindow::SavedLayout::Use);
        QCOMPARE(again.referencePanel()->sourceFile(), path);  // reopened from the file
        QCOMPARE(again.textPanel()->transcript(), QStringLiteral("Corrected since."));
        // Opened again by the user, it is a file opened again.
        QVERIFY(again.referencePanel()->loadFile(path));
        QCOMPARE(again.textPanel()->transcript(), QStringLiteral("What the take was made with."));
        QSettings().remove(QStringLiteral("reference/transcripts"));
    }

    void aHugeTranscriptIsNotKeptWithItsFile() {
        using mars5::ui::TranscriptMemory;
        const QString sha = QStringLiteral("ab").repeated(32);
        TranscriptMemory::remember(sha, QStringLiteral("What the clip says."));
        QCOMPARE(TranscriptMemory::recall(sha), QStringLiteral("What the clip says."));
        TranscriptMemory::remember(sha, QString(TranscriptMemory::kLongest + 1, QLatin1Char('a')));  // a paste gone wrong
        QCOMPARE(TranscriptMemory::recall(sha), QString());  // not kept, and the older pairing is not what was used last
        QVERIFY(QSettings().value(QStringLiteral("reference/transcripts")).toByteArray().size() < 100);
        TranscriptMemory::remember(sha, QString(TranscriptMemory::kLongest, QLatin1Char('b')));
        QCOMPARE(TranscriptMemory::recall(sha).size(), TranscriptMemory::kLongest);
        QSettings().remove(QStringLiteral("reference/transcripts"));
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
