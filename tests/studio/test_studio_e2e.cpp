// The studio end to end with the tiny fixture models: load the models on the worker
// thread, open a reference, type the text, press Ctrl+Return, watch the per-stage
// progress, get audio back into the result view, export it (16-bit and float) and read the
// WAV and its provenance sidecar back. Also: Stop keeps (AR ended early, still refined and
// vocoded), Cancel discards, the queue, engine errors in plain words with the texts kept,
// and the GUI event loop's worst stall during a synthesis (printed, not failed on).
#include "audio/playback_engine.h"
#include "main_window.h"
#include "panels/audio_panel.h"
#include "studio/codec_preview_button.h"
#include "studio/reference_panel.h"
#include "studio/respellings_dialog.h"
#include "studio/settings_panel.h"
#include "studio/shortcut_overlay.h"
#include "studio/synthesis_panel.h"
#include "studio/take_export.h"
#include "takes/history_panel.h"
#include "takes/spectrogram.h"
#include "takes/take_drag_files.h"
#include "takes/take_history_model.h"
#include "studio/text_panel.h"
#include "studio/transcript_memory.h"
#include "widgets/drag_out_button.h"
#include "widgets/waveform_view.h"

#include "drop_files.h"
#include "question_answer.h"
#include "studio_fixtures.h"
#include "studio_synthesis_helpers.h"

#include "mars5/audio.h"
#include "mars5/respellings.h"

#include <qcustomplot.h>

#include <QAction>
#include <QClipboard>
#include <QApplication>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QSlider>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTableWidget>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QToolButton>
#include <QtTest>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

using namespace mars5::ui;
using mars5::test::dropFiles;
using studio_test::fixture;
using studio_test::setField;
using studio_test::setQuickRun;
using studio_test::waitForTake;

namespace {

const QString kText = QStringLiteral("Please keep the light on, slowly.");

// <dir>/<name> holding `bytes`; its path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

}  // namespace

class TestStudioE2e : public QObject {
    Q_OBJECT
    QTemporaryDir m_cache;
    std::unique_ptr<MainWindow> m_window;

    MainWindow& w() { return *m_window; }

    // Each synthesis case also runs on its own (`test_studio_e2e deepCloneRunsWithTranscript`):
    // the tiny models and a reference are loaded here when no earlier case has done it.
    void needModelAndReference() {
        if (w().controller()->modelState() != SynthesisController::ModelState::Ready) {
            QSignalSpy loaded(w().controller(), &SynthesisController::modelsLoaded);
            QVERIFY(w().controller()->loadModels(studio_test::tinyPaths()));
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 120000);
        }
        if (!w().referencePanel()->hasReference())
            QVERIFY(w().referencePanel()->loadFile(fixture(QStringLiteral("codec/input.wav"))));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test-e2e"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        QSettings().remove(QStringLiteral("studio/resultAsSpectrogram"));  // a failed earlier run may have left it on
        QSettings().remove(QStringLiteral("reference/transcripts"));  // earlier runs' takes paired the fixture with theirs
        QFile::remove(respellingsPath());  // an earlier run's list
        m_window = std::make_unique<MainWindow>(MainWindow::SavedLayout::Ignore);
        m_window->synthesisPanel()->setAutoPlay(false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void withoutModelTheWindowSaysWhatIsMissing() {
        QVERIFY(w().modelStatusText().contains(QStringLiteral("No MARS5 model loaded")));
        QVERIFY(!w().synthesisPanel()->synthesizeButton()->isEnabled());
        QCOMPARE(w().synthesize(), quint64(0));
        QVERIFY(w().synthesisPanel()->errorText().contains(QStringLiteral("No model is loaded")));
        // The rest works: a reference opens and is analysed.
        QVERIFY(w().referencePanel()->loadFile(fixture(QStringLiteral("codec/input.wav"))));
        QVERIFY(w().referencePanel()->analysisText().contains(QStringLiteral("peak")));
        // A synthesis refused pairs no transcript with the file.
        w().textPanel()->setTranscript(QStringLiteral("never synthesized"));
        QCOMPARE(w().synthesize(), quint64(0));
        QCOMPARE(TranscriptMemory::recall(w().referencePanel()->sourceFileSha256()), QString());
        w().textPanel()->setTranscript(QString());
        // Hearing the reference through the codec needs the model too, and says so.
        QVERIFY(!w().referencePanel()->codecPreview()->isEnabled());
        QVERIFY(w().referencePanel()->codecPreview()->toolTip().contains(QStringLiteral("needs the model")));
    }

    void loadModels() {
        QSignalSpy loaded(w().controller(), &SynthesisController::modelsLoaded);
        QVERIFY(w().controller()->loadModels(studio_test::tinyPaths()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 120000);
        QVERIFY(w().modelStatusText().startsWith(QStringLiteral("Model loaded")));
        QVERIFY(w().synthesisPanel()->synthesizeButton()->isEnabled());
    }

    void codecPreviewIsTheReferenceThroughTheCodec() {
        needModelAndReference();
        ReferencePanel* ref = w().referencePanel();
        CodecPreviewButton* button = ref->codecPreview();
        QVERIFY(button->isEnabled());
        QCOMPARE(button->state(), CodecPreviewButton::State::Idle);
        QSignalSpy requests(button, &CodecPreviewButton::previewRequested);
        QSignalSpy answers(w().controller(), &SynthesisController::codecPreviewReady);

        // Playback ▸ Hear the reference through the codec (Ctrl+Shift+Space) is the button's twin.
        QAction* hear = nullptr;
        for (QAction* a : w().actions())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space)) hear = a;
        QVERIFY(hear && hear->isEnabled());
        hear->trigger();
        QCOMPARE(button->state(), CodecPreviewButton::State::Encoding);
        QVERIFY(!button->isEnabled());
        QVERIFY(!hear->isEnabled());
        QVERIFY(ref->codecNote().contains(QStringLiteral("Encodec")));
        QTRY_VERIFY_WITH_TIMEOUT(button->preview() != nullptr, 60000);
        // 24 kHz, one Encodec frame (320 samples) per 320 samples of the reference, rounded up
        const auto& samples = *button->preview();
        QCOMPARE(button->previewRate(), 24000);
        QCOMPARE(samples.size() % 320, std::size_t{0});
        const double expected = ref->durationSeconds() * 24000.0;
        QVERIFY2(std::abs(static_cast<double>(samples.size()) - expected) <= 640.0, qPrintable(QString::number(samples.size())));
        double energy = 0;
        for (float v : samples) {
            QVERIFY(std::isfinite(v));
            energy += static_cast<double>(v) * v;
        }
        QVERIFY(energy > 0.0);
        // Offscreen there is no output device: the preview is kept and the line says why it is silent.
        if (button->state() != CodecPreviewButton::State::Playing)
            QVERIFY2(ref->codecNote().contains(QStringLiteral("cannot play")), qPrintable(ref->codecNote()));
        button->player()->stop();
        QTRY_COMPARE(button->state(), CodecPreviewButton::State::Idle);

        // Again: played from the kept preview, not encoded again.
        button->click();
        QCOMPARE(requests.count(), 1);
        button->player()->stop();

        // A new clip (here: trimmed) forgets it; an answer that arrives for the old clip is dropped.
        ref->audioPanel()->waveformView()->setSelection(0.1, 0.9 * ref->durationSeconds());
        QVERIFY(ref->keepSelection());
        QVERIFY(button->preview() == nullptr);
        button->click();
        QCOMPARE(button->state(), CodecPreviewButton::State::Encoding);
        QCOMPARE(requests.count(), 2);
        QVERIFY(ref->undoStack()->canUndo());
        ref->undoStack()->undo();  // the clip changes again while the round trip runs
        QCOMPARE(button->state(), CodecPreviewButton::State::Idle);
        QVERIFY(ref->codecNote().isEmpty());
        button->click();  // and the restored clip is asked for at once, before the old answer is in
        QCOMPARE(requests.count(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(answers.count() == 3, 60000);
        QTRY_VERIFY(button->preview() != nullptr);
        // the preview is the whole clip's: the trimmed clip's answer, which came first, was dropped
        QVERIFY2(std::abs(static_cast<double>(button->preview()->size()) - ref->durationSeconds() * 24000.0) <= 640.0,
                 qPrintable(QString::number(button->preview()->size())));
        button->player()->stop();

        // Behind a synthesis in progress it waits, and says so.
        SettingsPanel* s = w().settingsPanel();
        setField(s, "nar_steps", 8);
        setField(s, "q0_override_steps", 4);
        setField(s, "generate_max_len_override", 60);
        w().textPanel()->setTargetText(kText);
        QVERIFY(w().synthesize() != 0);
        button->forgetPreview();
        button->click();
        QVERIFY2(ref->codecNote().contains(QStringLiteral("Waiting for the synthesis")), qPrintable(ref->codecNote()));
        QVERIFY(waitForTake(w().controller()));
        QTRY_VERIFY_WITH_TIMEOUT(button->preview() != nullptr, 60000);
        button->player()->stop();
        w().textPanel()->setTargetText({});  // as the other cases expect to find it

        // A model loaded again (another codec, maybe) forgets the kept preview.
        QSignalSpy loaded(w().controller(), &SynthesisController::modelsLoaded);
        QVERIFY(w().controller()->loadModels(studio_test::tinyPaths()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 120000);
        QVERIFY(button->preview() == nullptr);
        QVERIFY(button->isEnabled());
    }

    void synthesizeShowAndExport() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        SettingsPanel* s = w().settingsPanel();
        setField(s, "nar_steps", 8);
        setField(s, "q0_override_steps", 4);  // L0 re-imposed after steps t > 4
        setField(s, "seed", 11);
        setField(s, "generate_max_len_override", 60);
        w().textPanel()->setTranscript({});
        w().textPanel()->targetEditor()->setFocus();
        QTest::keyClicks(w().textPanel()->targetEditor(), kText);
        QCOMPARE(w().textPanel()->targetText(), kText);
        QVERIFY(!w().textPanel()->deepCloneEffective());  // no transcript: shallow clone

        QSignalSpy progress(w().controller(), &SynthesisController::synthesisProgress);
        QSignalSpy finished(w().controller(), &SynthesisController::synthesisFinished);
        QTest::keyClick(w().textPanel()->targetEditor(), Qt::Key_Return, Qt::ControlModifier);  // Ctrl+Return
        QVERIFY(w().controller()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 240000);
        const auto take = finished.first().first().value<SynthesisOutcomePtr>();
        QVERIFY2(take->status == SynthesisOutcome::Status::Finished, qPrintable(take->error));
        QVERIFY(!take->audio.samples.empty());
        QCOMPARE(take->audio.sampleRate, 24000);
        QCOMPARE(take->seed, quint64(11));
        QVERIFY(take->timings.totalSeconds > 0.0);

        // Every stage reported, in order; the NAR counted to its 8 steps.
        QSet<int> stages;
        int lastStage = -1;
        for (const auto& args : progress) {
            const int stage = args.at(1).toInt();
            QVERIFY(stage >= lastStage);
            lastStage = stage;
            stages.insert(stage);
            if (stage == static_cast<int>(mars5::EngineStage::Refine)) QCOMPARE(args.at(3).toLongLong(), 8LL);
        }
        QVERIFY2(stages.contains(static_cast<int>(mars5::EngineStage::Coarse)), "AR progress");
        QVERIFY2(stages.contains(static_cast<int>(mars5::EngineStage::Refine)), "NAR progress");
        QVERIFY2(stages.contains(static_cast<int>(mars5::EngineStage::Vocode)), "vocoder progress");

        // Shown: the result view holds the take.
        WaveformView* view = w().synthesisPanel()->resultView();
        QVERIFY(view->hasClip());
        QCOMPARE(view->durationSeconds(), take->audio.durationSeconds());
        QVERIFY(w().synthesisPanel()->resultText().contains(QStringLiteral("seed 11")));
        QCOMPARE(w().synthesisPanel()->lastTake(), take);

        // The same take as a spectrogram, in the waveform's place, computed off the GUI thread
        // when first shown; the choice is kept for the next start.
        auto* spectrogram = w().synthesisPanel()->spectrogramView();
        QVERIFY(!spectrogram->isVisible());
        w().synthesisPanel()->spectrogramToggle()->click();
        QVERIFY(spectrogram->isVisible());
        QVERIFY(!view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(spectrogram->hasSpectrogram(), 20000);
        const double covered = spectrogram->spectrogram()->frameSeconds(spectrogram->spectrogram()->frames - 1);
        QVERIFY2(std::abs(covered - take->audio.durationSeconds()) < 0.05, qPrintable(QString::number(covered)));
        QVERIFY(QSettings().value(QStringLiteral("studio/resultAsSpectrogram")).toBool());
        w().synthesisPanel()->spectrogramToggle()->click();
        QVERIFY(view->isVisible());
        QVERIFY(!QSettings().value(QStringLiteral("studio/resultAsSpectrogram")).toBool());

        // The take just made is the history's newest: a note written on it there goes into the
        // export's sidecar with the take's number.
        auto* history = w().findChild<mars5::ui::takes::HistoryPanel*>();
        QVERIFY(history && history->model()->rowCount() > 0);
        const QModelIndex newest = history->model()->index(0, 0);
        const qint64 takeId = newest.data(mars5::ui::takes::TakeHistoryModel::TakeIdRole).toLongLong();
        QVERIFY(history->model()->setData(newest, QStringLiteral("a keeper"), mars5::ui::takes::TakeHistoryModel::NoteRole));

        // Export 16-bit and read everything back.
        QTemporaryDir out;
        const QString wav = out.filePath(QStringLiteral("take.wav"));
        QCOMPARE(w().synthesisPanel()->exportTo(wav, ExportOptions::inFormat(mars5::AudioFileFormat::WavPcm16)), QString());
        const auto back = mars5::readAudioMono(wav.toStdString());
        QVERIFY(back.ok());
        QCOMPARE(back->sampleRate, 24000);
        QCOMPARE(back->samples.size(), take->audio.samples.size());
        for (std::size_t i = 0; i < back->samples.size(); i += 97)
            QVERIFY(std::abs(back->samples[i] - std::clamp(take->audio.samples[i], -1.0f, 1.0f)) < 1.0f / 16000);
        const auto info = mars5::probeAudio(wav.toStdString());
        QVERIFY(QString::fromStdString(info->encoding).contains(QStringLiteral("16")));
        // The result line says whether the 16-bit file clipped the take's peaks, and by how much.
        const AudioPeak peak = measurePeak(take->audio.samples);
        QCOMPARE(w().synthesisPanel()->resultText().contains(QStringLiteral("clipped")), peak.overFullScale > 0);

        QFile sidecarFile(out.filePath(QStringLiteral("take.json")));
        QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(sidecarFile.readAll()).object();
        QCOMPARE(j.value(QStringLiteral("text")).toString(), kText);
        QCOMPARE(j.value(QStringLiteral("take")).toObject().value(QStringLiteral("id")).toInteger(), takeId);
        QCOMPARE(j.value(QStringLiteral("take")).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("a keeper"));
        QVERIFY(j.value(QStringLiteral("transcript")).isNull());
        QCOMPARE(j.value(QStringLiteral("deep_clone")).toBool(), false);
        QCOMPARE(j.value(QStringLiteral("app_version")).toString(), QStringLiteral("9.8.7-test"));
        QCOMPARE(j.value(QStringLiteral("seed")).toInteger(), 11);
        const QJsonObject config = j.value(QStringLiteral("config")).toObject();
        QCOMPARE(config.size(), static_cast<int>(mars5::inferenceConfigFields().size()));
        QCOMPARE(config.value(QStringLiteral("nar_steps")).toInteger(), 8);
        QCOMPARE(config.value(QStringLiteral("generate_max_len_override")).toInteger(), 60);
        const QJsonObject ref = j.value(QStringLiteral("reference")).toObject();
        QFile input(fixture(QStringLiteral("codec/input.wav")));
        QVERIFY(input.open(QIODevice::ReadOnly));
        QCOMPARE(ref.value(QStringLiteral("file_sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(input.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(ref.value(QStringLiteral("audio_sha256")).toString().size(), 64);
        QCOMPARE(ref.value(QStringLiteral("edited")).toBool(), false);
        const QJsonObject models = j.value(QStringLiteral("models")).toObject();
        for (const char* role : {"MARS5 AR", "MARS5 NAR", "Encodec 24 kHz", "Vocos weights"}) {
            const QJsonObject m = models.value(QLatin1String(role)).toObject();
            QVERIFY2(m.value(QStringLiteral("sha256")).toString().size() == 64, role);
            QVERIFY2(!m.value(QStringLiteral("file")).toString().isEmpty(), role);
        }
        QCOMPARE(models.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
        QCOMPARE(models.value(QStringLiteral("nar_diffusion_route")).toString(), QStringLiteral("reference"));
        const QJsonObject timings = j.value(QStringLiteral("timings")).toObject();
        QVERIFY(timings.value(QStringLiteral("total_s")).toDouble() > 0.0);
        QVERIFY(timings.contains(QStringLiteral("ar_s")) && timings.contains(QStringLiteral("nar_s")));
        QCOMPARE(j.value(QStringLiteral("audio")).toObject().value(QStringLiteral("samples")).toInteger(),
                 static_cast<qint64>(take->audio.samples.size()));
        QCOMPARE(j.value(QStringLiteral("audio")).toObject().value(QStringLiteral("clipped_samples")).toInteger(),
                 static_cast<qint64>(peak.overFullScale));

        // 32-bit float keeps the samples exactly.
        const QString wavF = out.filePath(QStringLiteral("take_float.wav"));
        QCOMPARE(w().synthesisPanel()->exportTo(wavF, ExportOptions::inFormat(mars5::AudioFileFormat::WavFloat32)), QString());
        const auto backF = mars5::readAudioMono(wavF.toStdString());
        QVERIFY(backF.ok());
        QVERIFY(backF->samples == take->audio.samples);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("take_float.json"))));
        // An export that cannot be written says so and leaves nothing behind.
        const QString bad = out.filePath(QStringLiteral("no/such/folder/take.wav"));
        QVERIFY(!w().synthesisPanel()->exportTo(bad, ExportOptions::inFormat(mars5::AudioFileFormat::WavPcm16)).isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    // "Drag out" beside Export: the take just made, clicked, is its file on the clipboard (the
    // history's, in the last export's format); pulled out, it starts a drag of that file; a
    // take no longer in the history is refused in words.
    void theTakeJustMadeDragsOutAsItsFile() {
        const SynthesisOutcomePtr take = w().synthesisPanel()->lastTake();
        QVERIFY2(take, "synthesizeShowAndExport leaves its take shown");
        DragOutButton* button = w().synthesisPanel()->dragOutButton();
        QVERIFY(button->isEnabled());
        mars5::ui::takes::HistoryPanel* history = w().historyPanel();
        const QModelIndex newest = history->model()->index(0, 0);
        const qint64 takeId = newest.data(mars5::ui::takes::TakeHistoryModel::TakeIdRole).toLongLong();
        const mars5::ui::takes::TakeRecord* record = history->model()->takeById(takeId);
        QVERIFY(record);
        ExportOptions::inFormat(mars5::AudioFileFormat::WavPcm24).remember();
        const QString file = mars5::ui::takes::draggedFilePath(w().takeStore()->files(), *record, ExportOptions::remembered());
        QFile::remove(file);

        QGuiApplication::clipboard()->clear();
        button->click();
        const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied && copied->hasUrls());
        QCOMPARE(copied->urls(), QList<QUrl>{QUrl::fromLocalFile(file)});
        const auto info = mars5::probeAudio(file.toStdString());
        QVERIFY(info.ok());
        QCOMPARE(info->frames, static_cast<std::int64_t>(take->audio.samples.size()));
        QVERIFY2(w().statusBar()->currentMessage().startsWith(QStringLiteral("Copied 1 take(s) as files (WAV, 24-bit PCM")),
                 qPrintable(w().statusBar()->currentMessage()));

        // Pulled out: the drag starts with the same file (its loop ends at the release).
        QSignalSpy dragged(button, &DragOutButton::dragStarted);
        QList<QUrl> draggedUrls;  // read while the drag runs: Qt deletes its data after
        connect(button, &DragOutButton::dragStarted, this, [&](const QMimeData* data) { draggedUrls = data->urls(); });
        const QPoint at = button->rect().center();
        QTimer release;  // local: a drag that ends by itself leaves no release to come later
        release.setSingleShot(true);
        connect(&release, &QTimer::timeout, button, [&] { QTest::mouseRelease(button, Qt::LeftButton, {}, at + QPoint(120, 0)); });
        release.start(100);
        QTest::mousePress(button, Qt::LeftButton, {}, at);
        QTest::mouseMove(button, at + QPoint(60, 0));
        QTest::mouseMove(button, at + QPoint(120, 0));
        QTRY_COMPARE(dragged.count(), 1);
        QVERIFY(!button->isDown());
        QCOMPARE(draggedUrls, QList<QUrl>{QUrl::fromLocalFile(file)});

        // Deleted from the history: nothing to drag, and the panel says what to do instead.
        history->selectTake(takeId);
        QString question;
        answerNextQuestion(this, QMessageBox::Yes, &question);  // it was dragged out: the panel asks first
        history->deleteSelected();
        QVERIFY2(question.startsWith(QStringLiteral("1 of these takes were dragged or copied out as files.")), qPrintable(question));
        w().activateWindow();  // the question box had it: the window's shortcuts need it back
        QVERIFY(QTest::qWaitForWindowActive(&w()));
        button->click();
        QVERIFY2(w().synthesisPanel()->errorText().contains(QStringLiteral("not in the history")), qPrintable(w().synthesisPanel()->errorText()));
        // Pulled out then, the drag is refused, and the rest of that press is no click.
        QSignalSpy clicked(button, &QToolButton::clicked);
        w().synthesisPanel()->showError({});
        QTest::mousePress(button, Qt::LeftButton, {}, at);
        QTest::mouseMove(button, at + QPoint(40, 0));
        QTest::mouseMove(button, at);
        QTest::mouseRelease(button, Qt::LeftButton, {}, at);
        QCOMPARE(clicked.count(), 0);
        QVERIFY(w().synthesisPanel()->errorText().contains(QStringLiteral("no file to drag")));
        history->undo();
        w().synthesisPanel()->showError({});
    }

    void stopKeepsCancelDiscardsAndQueue() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        SettingsPanel* s = w().settingsPanel();
        setQuickRun(s, 8, 4, -1, 5);
        setField(s, "eos_penalty_factor", 100);  // no early EOS: the AR would run to its estimate
        // Long enough that Stop (sent after 5 tokens) lands well before the AR reaches its
        // estimate even on a loaded machine: with 8 repeats it once arrived too late in CI-like runs.
        const QString longText = QString(kText + QLatin1Char(' ')).repeated(24).trimmed();
        w().textPanel()->setTargetText(longText);

        // Stop: wait until the AR has some tokens, then stop; the take still comes back.
        QSignalSpy progress(w().controller(), &SynthesisController::synthesisProgress);
        QVERIFY(w().synthesize() != 0);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(), [](const QList<QVariant>& a) {
            return a.at(1).toInt() == int(mars5::EngineStage::Coarse) && a.at(2).toLongLong() >= 5;
        }), 120000);
        QTest::keyClick(&w(), Qt::Key_Escape);  // Stop (keep)
        auto stopped = waitForTake(w().controller());
        QVERIFY(stopped);
        QVERIFY2(stopped->status == SynthesisOutcome::Status::Stopped, qPrintable(stopped->error + stopped->coarseStop));
        QVERIFY(stopped->hasAudio());
        QVERIFY(stopped->arTokens < stopped->expectedTokens);
        QCOMPARE(w().synthesisPanel()->lastTake(), stopped);
        QVERIFY(w().synthesisPanel()->stageText().startsWith(QStringLiteral("Stopped early")));

        // Queue: three requests; one runs, two wait in the visible list; Cancel discards the
        // running one and the next starts.
        const quint64 a = w().synthesize();
        const quint64 b = w().synthesize();
        const quint64 c = w().synthesize();
        QVERIFY(a && b && c);
        QCOMPARE(w().controller()->runningId(), a);
        QCOMPARE(w().controller()->queue().size(), 2);
        QCOMPARE(w().synthesisPanel()->queueList()->count(), 2);
        w().controller()->cancelQueued(c);
        QCOMPARE(w().synthesisPanel()->queueList()->count(), 1);
        QTest::keyClick(&w(), Qt::Key_Escape, Qt::ShiftModifier);  // Cancel (discard)
        auto cancelled = waitForTake(w().controller());
        QVERIFY(cancelled);
        QCOMPARE(cancelled->request.id, a);
        QCOMPARE(cancelled->status, SynthesisOutcome::Status::Cancelled);
        QVERIFY(!cancelled->hasAudio());
        QCOMPARE(w().synthesisPanel()->lastTake(), stopped);  // the shown take is not replaced
        QCOMPARE(w().controller()->runningId(), b);
        w().controller()->cancel();
        auto second = waitForTake(w().controller());
        QVERIFY(second);
        QCOMPARE(second->request.id, b);
        QVERIFY(!w().controller()->isBusy());
        QCOMPARE(w().synthesisPanel()->queueList()->count(), 0);
        setField(s, "eos_penalty_factor", 1);
    }

    // A file synthesized with a transcript, opened again later (Open, Recent, a drop), brings
    // that transcript back as one edit of the transcript editor; a file never synthesized, or
    // only trimmed, leaves the transcript alone. Files are known by their bytes.
    void aClipOpenedAgainBringsBackItsTranscript() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        QSettings().remove(QStringLiteral("reference/transcripts"));
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("alpha.wav")), b = dir.filePath(QStringLiteral("beta.wav")),
                      moved = dir.filePath(QStringLiteral("alpha moved.wav"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("codec/input.wav")), a));
        auto quieter = mars5::readAudioMono(QFile::encodeName(a).toStdString());
        QVERIFY(quieter.ok());
        for (float& x : quieter.value().samples) x *= 0.5f;
        QVERIFY(mars5::writeAudioFile(QFile::encodeName(b).toStdString(), quieter.value()).ok());
        ReferencePanel* ref = w().referencePanel();
        TextPanel* text = w().textPanel();
        // The tests after this one synthesize with the clip the studio has now: put it back at
        // the end, failed or not (a QVERIFY returns early).
        const ReferencePanel::ClipState clipBefore = ref->clip();
        const QString transcriptBefore = text->transcript();
        const auto putBack = qScopeGuard([&] {
            QSettings().remove(QStringLiteral("reference/transcripts"));
            ref->useClip(clipBefore, QStringLiteral("back to the clip before this test"));
            text->setTranscript(transcriptBefore);
        });
        text->setTargetText(kText);
        const auto synthesizeAndCancel = [&] {
            QVERIFY(w().synthesize() != 0);
            w().controller()->cancel();
            QVERIFY(waitForTake(w().controller()));
        };

        QVERIFY(ref->loadFile(a));
        text->setTranscript(QStringLiteral("alpha words"));
        synthesizeAndCancel();
        if (QTest::currentTestFailed()) return;
        QVERIFY(ref->loadFile(b));  // never synthesized: the transcript stays
        QCOMPARE(text->transcript(), QStringLiteral("alpha words"));
        text->setTranscript(QStringLiteral("beta words"));
        synthesizeAndCancel();
        if (QTest::currentTestFailed()) return;
        // Trimmed, the clip is not the file: no pairing.
        ref->audioPanel()->waveformView()->setSelection(0.1, 0.5);
        QVERIFY(ref->keepSelection());
        text->setTranscript(QStringLiteral("a part of beta"));
        synthesizeAndCancel();
        if (QTest::currentTestFailed()) return;

        QVERIFY(QFile::rename(a, moved));
        QVERIFY(ref->loadFile(moved));
        QCOMPARE(text->transcript(), QStringLiteral("alpha words"));
        QVERIFY2(ref->audioPanel()->messageText().contains(QStringLiteral("transcript this clip was last synthesized with")),
                 qPrintable(ref->audioPanel()->messageText()));
        text->transcriptEditor()->undo();
        QCOMPARE(text->transcript(), QStringLiteral("a part of beta"));
        QVERIFY(ref->loadFile(b));
        QCOMPARE(text->transcript(), QStringLiteral("beta words"));
    }

    void aScriptFileOpensIntoTheTextAndUndoes() {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& bytes) { return writeFile(dir, name, bytes); };
        TextPanel* text = w().textPanel();
        text->setTargetText(QStringLiteral("What was there before."));
        // BOM and CR LF are read as plain lines; one edit that Ctrl+Z takes back.
        QCOMPARE(text->loadTargetFromFile(write(QStringLiteral("script.txt"), "\xEF\xBB\xBFOne line.\r\nTwo lines.\r\n\r\nThree.\r\n")),
                 QString());
        QCOMPARE(text->targetLines(), (QStringList{QStringLiteral("One line."), QStringLiteral("Two lines."), QStringLiteral("Three.")}));
        text->targetEditor()->undo();
        QCOMPARE(text->targetText(), QStringLiteral("What was there before."));

        // Refused in words, the text left as it was: a binary, a file that is not UTF-8, a huge one, none.
        const QString binary = write(QStringLiteral("binary.txt"), QByteArray("MZ\0\0\x90", 5));
        const QString latin1 = write(QStringLiteral("latin1.txt"), "Caf\xE9 au lait.\n");
        const QString huge = write(QStringLiteral("huge.txt"), QByteArray(2 << 20, 'a'));
        for (const auto& [path, why] : {std::pair{binary, QStringLiteral("not a text file")}, std::pair{latin1, QStringLiteral("not UTF-8")},
                                       std::pair{huge, QStringLiteral("larger than %1 KiB").arg(QLocale().toString(1024))},
                                       std::pair{dir.filePath(QStringLiteral("missing.txt")), QStringLiteral("cannot open the file")}}) {
            const QString error = text->loadTargetFromFile(path);
            QVERIFY2(error.contains(why), qPrintable(path + QStringLiteral(": ") + error));
            QCOMPARE(text->targetText(), QStringLiteral("What was there before."));
        }

        // Dropped on the editor: read, not pasted as its path; a refusal is said in the window.
        const auto drop = [&](const QString& path) { return dropFiles(text->targetEditor()->viewport(), {path}); };
        QVERIFY(drop(dir.filePath(QStringLiteral("script.txt"))));
        QCOMPARE(text->targetLines().size(), 3);
        QVERIFY(drop(binary));
        QVERIFY2(w().synthesisPanel()->errorText().contains(QStringLiteral("not a text file")), qPrintable(w().synthesisPanel()->errorText()));
        QCOMPARE(text->targetLines().size(), 3);
        w().synthesisPanel()->showError({});
        text->setTargetText(kText);
    }

    // Numbers in digits, which MARS5 reads as typed, are offered to be spelled out: the link
    // above the text and Edit ▸ Spell out numbers put both texts' numbers in words, leave the
    // cursor where it was, and one Ctrl+Z (in a text box too) takes both back; Redo brings them.
    void numbersInTheTextsAreSpelledOutAsOneStep() {
        w().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w()));
        TextPanel* text = w().textPanel();
        QAction* spell = nullptr;
        for (QAction* a : w().actions())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)) spell = a;
        QVERIFY(spell);
        auto* link = text->findChild<QLabel*>(QStringLiteral("rewriteLinks"));
        QVERIFY(link);

        text->setTargetText(QStringLiteral("No digits here."));
        text->setTranscript(QStringLiteral("Nor here."));
        QCOMPARE(text->numbersToSpell(), 0);
        QVERIFY(!spell->isEnabled());
        QVERIFY(link->isHidden());
        QVERIFY(!w().spellOutNumbers());

        text->setTranscript(QStringLiteral("I was born in 1985."));
        text->setTargetText(QStringLiteral("Call 555-1234 on the 3rd."));
        QCOMPARE(text->numbersToSpell(), 3);
        QVERIFY(spell->isEnabled());
        QVERIFY(!link->isHidden());
        QVERIFY2(link->text().contains(QStringLiteral("Spell out 3 number(s)")), qPrintable(link->text()));
        QTextCursor cursor = text->targetEditor()->textCursor();
        cursor.setPosition(2);  // inside "Call": before anything that changes
        text->targetEditor()->setTextCursor(cursor);
        text->targetEditor()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(text->targetEditor()->hasFocus());

        emit link->linkActivated(QStringLiteral("spell"));
        const QString spelledText = QStringLiteral("Call five five five, one two three four on the third.");
        const QString spelledTranscript = QStringLiteral("I was born in nineteen eighty-five.");
        QCOMPARE(text->targetText(), spelledText);
        QCOMPARE(text->transcript(), spelledTranscript);
        QCOMPARE(text->targetEditor()->textCursor().position(), 2);
        QVERIFY(w().statusBar()->currentMessage().contains(QStringLiteral("Spelled out 3 number(s)")));
        QCOMPARE(text->numbersToSpell(), 0);
        QVERIFY(!spell->isEnabled());
        QVERIFY(link->isHidden());
        QVERIFY(w().undoAction()->text().contains(QStringLiteral("numbers spelled out")));

        // Ctrl+Z in the text box takes back both boxes' numbers; Ctrl+Shift+Z brings them again.
        QTest::keyClick(text->targetEditor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(text->targetText(), QStringLiteral("Call 555-1234 on the 3rd."));
        QCOMPARE(text->transcript(), QStringLiteral("I was born in 1985."));
        QVERIFY(w().statusBar()->currentMessage().contains(QStringLiteral("in digits again")));
        QTest::keyClick(text->targetEditor(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text->targetText(), spelledText);
        QCOMPARE(text->transcript(), spelledTranscript);

        // Typing since makes Ctrl+Z the text box's own again: only the typing goes.
        QTest::keyClicks(text->targetEditor(), QStringLiteral("xy"));
        QTest::keyClick(text->targetEditor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(text->targetText(), spelledText);
        QCOMPARE(text->transcript(), spelledTranscript);

        // A text put into an empty box (a take used, say) is a step of its own too: typing at
        // its end and Ctrl+Z take back only the typing.
        text->setTargetText({});
        QVERIFY(text->replaceTargetText(QStringLiteral("Filled in.")));
        QTextCursor end = text->targetEditor()->textCursor();
        end.movePosition(QTextCursor::End);
        text->targetEditor()->setTextCursor(end);
        QTest::keyClicks(text->targetEditor(), QStringLiteral("zz"));
        text->targetEditor()->undo();
        QCOMPARE(text->targetEditor()->toPlainText(), QStringLiteral("Filled in."));
        // A text with CR LF line ends (a hand-edited take record) leaves no stand-in behind.
        text->setTargetText({});
        QVERIFY(text->replaceTargetText(QStringLiteral("One\r\nTwo")));
        QVERIFY2(!text->targetEditor()->toPlainText().contains(QChar(0x200B)), qPrintable(text->targetEditor()->toPlainText()));
        QVERIFY(text->targetEditor()->toPlainText().startsWith(QStringLiteral("One")) &&
                text->targetEditor()->toPlainText().endsWith(QStringLiteral("Two")));

        // The shortcut, with only the text holding a number: the transcript is left alone.
        text->setTranscript(QStringLiteral("Nor here."));
        text->setTargetText(QStringLiteral("Page 12."));
        QVERIFY(spell->isEnabled());
        QTest::keyClick(&w(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text->targetText(), QStringLiteral("Page twelve."));
        QCOMPARE(text->transcript(), QStringLiteral("Nor here."));
        text->setTargetText(kText);
        text->setTranscript({});
    }

    // The respellings list: a word selected in a text gets a row in Edit ▸ Respellings…; rows
    // that cannot be used are named and the dialog stays open; OK saves the list, and the link
    // above the text respells the listed words in both texts as one step that Ctrl+Z takes back.
    void listedWordsAreRespelledAsOneStep() {
        w().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w()));
        TextPanel* text = w().textPanel();
        auto* link = text->findChild<QLabel*>(QStringLiteral("rewriteLinks"));
        QVERIFY(link);
        text->setTranscript(QStringLiteral("Nguyen here, on SQL."));
        text->setTargetText(QStringLiteral("Ask nguyen about the SQL tables."));
        QCOMPARE(text->wordsToRespell(), 0);  // no list yet
        QVERIFY(!w().respellWords());
        QVERIFY(w().statusBar()->currentMessage().contains(QStringLiteral("Edit ▸ Respellings")));

        QTextCursor cursor = text->targetEditor()->textCursor();
        cursor.setPosition(4);
        cursor.setPosition(10, QTextCursor::KeepAnchor);  // "nguyen"
        text->targetEditor()->setTextCursor(cursor);
        w().editRespellings();
        RespellingsDialog* dialog = w().respellingsDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTableWidget* table = dialog->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("nguyen"));
        QCOMPARE(table->currentColumn(), 1);  // ready for how it is said

        // Unusable rows keep the dialog open and are named: no respelling, then a word twice.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("Write how nguyen is said.")), qPrintable(dialog->problemText()));
        table->item(0, 1)->setText(QStringLiteral("win"));
        QPushButton* add = nullptr;
        for (QPushButton* b : dialog->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Add")) add = b;
        QVERIFY(add);
        add->click();
        QCOMPARE(table->rowCount(), 2);
        table->closePersistentEditor(table->item(1, 0));
        table->item(1, 0)->setText(QStringLiteral("Nguyen"));
        table->item(1, 1)->setText(QStringLiteral("nuh-gwen"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("in the list twice")), qPrintable(dialog->problemText()));
        table->item(1, 0)->setText(QStringLiteral("SQL"));
        table->item(1, 1)->setText(QStringLiteral("sequel"));
        dialog->accept();
        QTRY_VERIFY(!w().respellingsDialog());  // closed and gone
        const mars5::Result<std::vector<mars5::Respelling>> saved = mars5::readRespellings(QFile::encodeName(respellingsPath()).toStdString());
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), std::size_t(2));
        QCOMPARE(text->respellings().size(), std::size_t(2));

        QCOMPARE(text->wordsToRespell(), 4);
        QVERIFY(!link->isHidden());
        QVERIFY2(link->text().contains(QStringLiteral("href=\"respell\"")), qPrintable(link->text()));
        emit link->linkActivated(QStringLiteral("respell"));
        QCOMPARE(text->transcript(), QStringLiteral("Win here, on sequel."));
        QCOMPARE(text->targetText(), QStringLiteral("Ask win about the sequel tables."));
        QCOMPARE(text->wordsToRespell(), 0);
        QVERIFY(link->isHidden());
        QVERIFY(w().undoAction()->text().contains(QStringLiteral("words respelled")));
        w().undoAction()->trigger();
        QCOMPARE(text->transcript(), QStringLiteral("Nguyen here, on SQL."));
        QCOMPARE(text->targetText(), QStringLiteral("Ask nguyen about the SQL tables."));

        // The file edited by hand meanwhile is what the dialog opens with.
        QVERIFY(mars5::writeRespellings(QFile::encodeName(respellingsPath()).toStdString(),
                                        {{"Nguyen", "win", false}, {"SQL", "sequel", false}, {"GIF", "jif", true}})
                    .ok());
        w().editRespellings();
        QVERIFY(w().respellingsDialog());
        QCOMPARE(w().respellingsDialog()->table()->rowCount(), 3);
        w().respellingsDialog()->reject();
        QTRY_VERIFY(!w().respellingsDialog());
        QCOMPARE(text->respellings().size(), std::size_t(3));

        // Cancel leaves the list as it was.
        w().editRespellings();
        QVERIFY(w().respellingsDialog());
        w().respellingsDialog()->table()->removeRow(0);
        w().respellingsDialog()->reject();
        QTRY_VERIFY(!w().respellingsDialog());
        QCOMPARE(text->respellings().size(), std::size_t(3));

        // A file changed while the dialog is open (by hand, or by another studio) is set aside
        // at OK, not overwritten; the list in the dialog is saved.
        w().editRespellings();
        QVERIFY(w().respellingsDialog());
        QVERIFY(mars5::writeRespellings(QFile::encodeName(respellingsPath()).toStdString(),
                                        {{"Dvořák", "d-vor-zhak", false}, {"SQL", "sequel", false}, {"GIF", "jif", true}, {"x", "y", false}})
                    .ok());
        w().respellingsDialog()->accept();
        QTRY_VERIFY(!w().respellingsDialog());
        const QDir folder = QFileInfo(respellingsPath()).absoluteDir();
        const QStringList aside = folder.entryList({QStringLiteral("respellings.unread-*.json")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        const auto kept = mars5::readRespellings(QFile::encodeName(folder.filePath(aside.first())).toStdString());
        QVERIFY(kept.ok() && kept->size() == 4 && kept->front().written == "Dvořák");
        QCOMPARE(mars5::readRespellings(QFile::encodeName(respellingsPath()).toStdString())->size(), std::size_t(3));
        QFile::remove(folder.filePath(aside.first()));

        // The file deleted by hand: the list goes with it when the dialog opens.
        QVERIFY(QFile::remove(respellingsPath()));
        w().editRespellings();
        QVERIFY(w().respellingsDialog());
        QCOMPARE(w().respellingsDialog()->table()->rowCount(), 0);
        QVERIFY(text->respellings().empty());
        w().respellingsDialog()->reject();
        QTRY_VERIFY(!w().respellingsDialog());

        text->setRespellings({});
        QFile::remove(respellingsPath());
        text->setTargetText(kText);
        text->setTranscript({});
    }

    // A list that does not read at start is said, applies nothing, and is replaced only when the
    // dialog's OK saves a list in its place.
    void aDamagedRespellingsListIsSaidNotUsed() {
        QVERIFY(QDir().mkpath(QFileInfo(respellingsPath()).absolutePath()));
        QFile f(respellingsPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"mars5-respellings\", \"version\": 1, \"respellings\": [{\"written\": \"SQL\"}]}");
        f.close();
        MainWindow other(MainWindow::SavedLayout::Ignore);
        QVERIFY2(other.statusBar()->currentMessage().contains(QStringLiteral("entry 1 is not a respelling")),
                 qPrintable(other.statusBar()->currentMessage()));
        QVERIFY(other.textPanel()->respellings().empty());
        other.editRespellings();
        QVERIFY(other.respellingsDialog());
        QVERIFY(other.respellingsDialog()->problemText().contains(QStringLiteral("OK keeps that file beside the list below")));
        other.respellingsDialog()->reject();
        QTRY_VERIFY(!other.respellingsDialog());
        QFile again(respellingsPath());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().contains("\"written\": \"SQL\"}"));  // left as it was
        again.close();

        // OK saves the new list and keeps the file that did not read beside it, byte for byte.
        other.editRespellings();
        RespellingsDialog* dialog = other.respellingsDialog();
        QVERIFY(dialog);
        dialog->table()->insertRow(0);
        dialog->table()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("GIF")));
        dialog->table()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("jif")));
        auto* matchCase = new QTableWidgetItem;
        matchCase->setCheckState(Qt::Checked);
        dialog->table()->setItem(0, 2, matchCase);
        dialog->accept();
        QTRY_VERIFY(!other.respellingsDialog());
        const QStringList aside = QDir(QFileInfo(respellingsPath()).absolutePath())
                                      .entryList({QStringLiteral("respellings.unread-*.json")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(other.statusBar()->currentMessage().contains(aside.first()));
        QFile kept(QFileInfo(respellingsPath()).absoluteDir().filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("\"written\": \"SQL\"}"));
        kept.close();
        const mars5::Result<std::vector<mars5::Respelling>> saved = mars5::readRespellings(QFile::encodeName(respellingsPath()).toStdString());
        QVERIFY(saved.ok());
        QVERIFY(*saved == (std::vector<mars5::Respelling>{{"GIF", "jif", true}}));
        QCOMPARE(other.textPanel()->respellings().size(), std::size_t(1));
        QFile::remove(kept.fileName());
        QFile::remove(respellingsPath());
    }

    // A list that cannot be saved (its folder cannot be made) is said in the dialog, which stays open.
    void aRespellingsListThatCannotBeSavedKeepsTheDialogOpen() {
        RespellingsDialog dialog({{"SQL", "sequel", false}}, QStringLiteral("/proc/mars5-no-such-folder/respellings.json"), {}, &w());
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problemText().contains(QStringLiteral("respellings.json")), qPrintable(dialog.problemText()));
        QVERIFY(dialog.savedList() == (std::vector<mars5::Respelling>{{"SQL", "sequel", false}}));  // as it was
        dialog.reject();
    }

    // Files dropped on the texts go where they belong, never pasted as their paths: a .txt on
    // the transcript becomes the transcript (one edit); a clip, with the .txt of its words or
    // without, opens as the reference (as it does dropped on the reference panel); a file that
    // is not audio is refused under the reference, the texts left alone; several texts and no
    // clip are refused in words, and a text dropped on the reference panel too.
    void filesDroppedOnTheTextsGoWhereTheyBelong() {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& bytes) { return writeFile(dir, name, bytes); };
        const auto drop = dropFiles;
        TextPanel* text = w().textPanel();
        ReferencePanel* ref = w().referencePanel();
        QWidget* transcriptBox = text->transcriptEditor()->viewport();
        QWidget* textBox = text->targetEditor()->viewport();
        // The tests after this one go on with the studio's clip and transcript as they were.
        const QString clipBefore = ref->sourceFile(), transcriptBefore = text->transcript();
        const auto putBack = qScopeGuard([&] {
            if (!clipBefore.isEmpty()) ref->loadFile(clipBefore);
            text->setTranscript(transcriptBefore);
            text->setTargetText(kText);
            w().synthesisPanel()->showError({});
        });
        text->setTranscript(QStringLiteral("Words before."));
        text->setTargetText(QStringLiteral("Text before."));

        QVERIFY(drop(transcriptBox, {write(QStringLiteral("words.txt"), "The words of the clip.\n")}));
        QCOMPARE(text->transcript(), QStringLiteral("The words of the clip."));
        text->transcriptEditor()->undo();
        QCOMPARE(text->transcript(), QStringLiteral("Words before."));

        const QString clip = dir.filePath(QStringLiteral("speaker.wav"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("codec/input.wav")), clip));
        const QString words = write(QStringLiteral("speaker.txt"), "What the speaker says.\n");
        QVERIFY(drop(textBox, {words, clip}));  // in either order
        QCOMPARE(ref->sourceFile(), clip);
        QCOMPARE(text->transcript(), QStringLiteral("What the speaker says."));
        QCOMPARE(text->targetText(), QStringLiteral("Text before."));

        const QString notes = write(QStringLiteral("notes.pdf"), "%PDF-1.4 not audio");
        QVERIFY(drop(transcriptBox, {notes}));
        QCOMPARE(ref->sourceFile(), clip);
        QVERIFY2(ref->audioPanel()->messageText().contains(QStringLiteral("notes.pdf")), qPrintable(ref->audioPanel()->messageText()));
        QCOMPARE(text->transcript(), QStringLiteral("What the speaker says."));
        QCOMPARE(text->targetText(), QStringLiteral("Text before."));

        // A .json alone is settings, aimed at the settings panel.
        const QString settings = write(QStringLiteral("take.json"), R"({"app_version":"1","config":{"temperature":0.61},"seed":5})");
        QVERIFY(drop(textBox, {settings}));
        QCOMPARE(w().settingsPanel()->config().temperature, 0.61);
        QCOMPARE(text->targetText(), QStringLiteral("Text before."));
        w().settingsPanel()->undoStack()->undo();

        // The reference panel reads a drop the same way: the clip, and its words as the transcript.
        text->setTranscript(QStringLiteral("Words before."));
        QVERIFY(drop(ref->audioPanel(), {words, clip}));
        QCOMPARE(ref->sourceFile(), clip);
        QCOMPARE(text->transcript(), QStringLiteral("What the speaker says."));
        QVERIFY(drop(textBox, {clip, notes}));  // one clip is the reference; the other is said to be left out
        QCOMPARE(ref->sourceFile(), clip);
        QVERIFY2(ref->audioPanel()->messageText().contains(QStringLiteral("1 other file(s) dropped with it were left out")),
                 qPrintable(ref->audioPanel()->messageText()));
        QVERIFY(drop(ref->audioPanel(), {words}));
        QCOMPARE(ref->audioPanel()->messageText(),
                 QStringLiteral("speaker.txt is a text file, not audio: drop it on the transcript or on the text to speak."));
        QCOMPARE(ref->sourceFile(), clip);

        QVERIFY(drop(textBox, {words, write(QStringLiteral("other.txt"), "Other.\n")}));
        QCOMPARE(w().synthesisPanel()->errorText(), QStringLiteral("Drop one text file on a text box, or an audio clip on the reference."));
        QCOMPARE(text->targetText(), QStringLiteral("Text before."));
    }

    void eachLineOfAScriptBecomesATake() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        SettingsPanel* s = w().settingsPanel();
        setQuickRun(s, 4, 2, 40, 21);
        // Blank lines and surrounding spaces do not make takes.
        w().textPanel()->setTargetText(QStringLiteral("First line.\n\n   Second line.  \nThird line.\n"));
        QCOMPARE(w().textPanel()->targetLines(),
                 (QStringList{QStringLiteral("First line."), QStringLiteral("Second line."), QStringLiteral("Third line.")}));
        QVERIFY2(w().textPanel()->statusText().contains(QStringLiteral("3 line")), qPrintable(w().textPanel()->statusText()));

        QSignalSpy finished(w().controller(), &SynthesisController::synthesisFinished);
        // Where the script stands, as each line starts: which take of how many, and once a line
        // is made, the time left for the rest.
        QStringList queueTexts;
        const QMetaObject::Connection watch = connect(w().controller(), &SynthesisController::synthesisStarted, this,
                                                      [&] { queueTexts << w().synthesisPanel()->queueText(); });
        w().synthesizeLinesAction()->trigger();  // Ctrl+Alt+Return
        QCOMPARE(w().controller()->queue().size() + (w().controller()->isBusy() ? 1 : 0), 3);
        QCOMPARE(w().synthesisPanel()->queueText(), QStringLiteral("Take 1 of 3"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 3, 240000);
        disconnect(watch);
        // Each line made first: a refused line says why here, not as a missing time left below.
        QStringList spoken;
        for (const QList<QVariant>& args : finished) {
            const auto take = args.at(0).value<SynthesisOutcomePtr>();
            QVERIFY(take);
            QVERIFY2(take->status == SynthesisOutcome::Status::Finished, qPrintable(take->error));
            QCOMPARE(take->seed, quint64(21));
            spoken << take->request.text;
        }
        QCOMPARE(queueTexts.size(), 3);  // the first started before the other lines were queued
        QVERIFY2(queueTexts.at(1).startsWith(QStringLiteral("Take 2 of 3 · ~")) && queueTexts.at(1).endsWith(QStringLiteral(" left")),
                 qPrintable(queueTexts.at(1)));
        QVERIFY2(queueTexts.at(2).startsWith(QStringLiteral("Take 3 of 3")), qPrintable(queueTexts.at(2)));
        QCOMPARE(w().synthesisPanel()->queueText(), QStringLiteral("Queue: empty"));
        // (this test installs no translation: the English plural forms come from mars5_studio_en.qm)
        QVERIFY2(w().synthesisPanel()->stageText().startsWith(QStringLiteral("Done · 3 of 3 queued take")), qPrintable(w().synthesisPanel()->stageText()));
        QCOMPARE(spoken, w().textPanel()->targetLines());  // in order, one take each

        // A long script can be taken back at once: Clear empties the queue, the running one goes on.
        QVERIFY(!w().synthesisPanel()->clearQueueButton()->isVisible());
        QCOMPARE(w().synthesizeEachLine().size(), 3);
        QCOMPARE(w().controller()->queue().size(), 2);
        QVERIFY(w().synthesisPanel()->clearQueueButton()->isVisible());
        const quint64 running = w().controller()->runningId();
        w().synthesisPanel()->clearQueueButton()->click();
        QCOMPARE(w().controller()->queue().size(), 0);
        QCOMPARE(w().synthesisPanel()->queueList()->count(), 0);
        QVERIFY(!w().synthesisPanel()->clearQueueButton()->isVisible());
        auto last = waitForTake(w().controller());
        QVERIFY(last);
        QCOMPARE(last->request.id, running);
        QCOMPARE(last->status, SynthesisOutcome::Status::Finished);
        QCOMPARE(w().synthesisPanel()->stageText(), QStringLiteral("Done"));  // the cleared lines were never a batch
        QVERIFY(!w().controller()->isBusy());

        // A line that fails (far too long for the model) is named, and stays listed while the
        // script goes on; the next synthesis started afterwards clears the list.
        const QString tooLong = QStringLiteral("Far too long a line to speak. ").repeated(150).trimmed();
        w().textPanel()->setTargetText(QStringLiteral("First line.\n") + tooLong + QStringLiteral("\nThird line."));
        QSignalSpy scriptDone(w().controller(), &SynthesisController::synthesisFinished);
        QCOMPARE(w().synthesizeEachLine().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(scriptDone.count() == 3, 240000);
        const auto statusOf = [&](int i) { return scriptDone.at(i).at(0).value<SynthesisOutcomePtr>()->status; };
        QCOMPARE(statusOf(0), SynthesisOutcome::Status::Finished);
        QCOMPARE(statusOf(1), SynthesisOutcome::Status::Failed);
        QCOMPARE(statusOf(2), SynthesisOutcome::Status::Finished);
        QVERIFY2(w().synthesisPanel()->stageText().startsWith(QStringLiteral("Done · 2 of 3 queued take")) &&
                     w().synthesisPanel()->stageText().endsWith(QStringLiteral(" made, 1 failed")),
                 qPrintable(w().synthesisPanel()->stageText()));
        const QString listed = w().synthesisPanel()->errorText();
        QVERIFY2(listed.contains(QStringLiteral("queued synthes")) && listed.contains(QStringLiteral("“Far too long a line")) &&
                     listed.contains(scriptDone.at(1).at(0).value<SynthesisOutcomePtr>()->error),
                 qPrintable(listed));
        w().textPanel()->setTargetText(kText);
        QVERIFY(w().synthesize() != 0);
        QVERIFY(waitForTake(w().controller()));
        QVERIFY2(w().synthesisPanel()->errorText().isEmpty(), qPrintable(w().synthesisPanel()->errorText()));
        QVERIFY(!w().textPanel()->statusText().contains(QStringLiteral("line")));
    }

    void engineErrorInPlainWordsTextsKept() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        w().textPanel()->setTranscript(QStringLiteral("Well, the weather has been strange lately."));
        w().textPanel()->setTargetText(kText);
        SynthesisRequest request;
        request.text = QStringLiteral("   ");  // the engine refuses empty text
        request.config = w().settingsPanel()->config();
        request.reference = w().referencePanel()->referenceAudio();
        QVERIFY(w().controller()->enqueue(request) != 0);
        auto failed = waitForTake(w().controller());
        QVERIFY(failed);
        QCOMPARE(failed->status, SynthesisOutcome::Status::Failed);
        QVERIFY2(!failed->error.isEmpty(), "an error message");
        QCOMPARE(w().synthesisPanel()->errorText(), failed->error);
        QCOMPARE(w().textPanel()->targetText(), kText);
        QCOMPARE(w().textPanel()->transcript(), QStringLiteral("Well, the weather has been strange lately."));
        qInfo("engine error shown: %s", qPrintable(failed->error));
    }

    void deepCloneRunsWithTranscript() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        setField(w().settingsPanel(), "nar_steps", 8);
        setField(w().settingsPanel(), "q0_override_steps", 4);
        setField(w().settingsPanel(), "generate_max_len_override", 150);
        w().textPanel()->setTranscript(QStringLiteral("Well, the weather has been strange lately."));
        w().textPanel()->setTargetText(kText);
        QVERIFY(w().textPanel()->deepCloneEffective());
        QVERIFY(w().synthesize() != 0);
        auto take = waitForTake(w().controller());
        QVERIFY(take);
        QVERIFY2(take->status == SynthesisOutcome::Status::Finished, qPrintable(take->error));
        QVERIFY(take->request.deepClone);
        QVERIFY(take->hasAudio());
        QCOMPARE(take->request.transcript, QStringLiteral("Well, the weather has been strange lately."));
    }

    void aLongTextIsSpokenInSentencePieces() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        SettingsPanel* s = w().settingsPanel();
        setQuickRun(s, 8, 4, 60, 21);
        w().textPanel()->setTranscript({});
        const QString text = QStringLiteral("Please keep the light on. The door stays shut tonight. We leave at dawn.");
        w().textPanel()->setTargetText(text);
        // Off (the reference's way), a text this short has no hint; a long one is pointed to the setting.
        QVERIFY(!w().textPanel()->statusText().contains(QStringLiteral("piece")));
        w().textPanel()->setTargetText(text.repeated(6));
        QVERIFY2(w().textPanel()->statusText().contains(QStringLiteral("Long texts")), qPrintable(w().textPanel()->statusText()));
        QLabel* status = nullptr;
        for (QLabel* label : w().textPanel()->findChildren<QLabel*>())
            if (label->text() == w().textPanel()->statusText()) status = label;
        QVERIFY(status && status->wordWrap());  // the line wraps rather than clips
        QVERIFY2(status->toolTip().contains(QStringLiteral("Piece length")), qPrintable(status->toolTip()));
        w().textPanel()->setTargetText(text);
        setField(s, "piece_chars", 40);
        QCOMPARE(w().textPanel()->spokenPieces(), 3);
        QVERIFY2(w().textPanel()->statusText().contains(QStringLiteral("spoken in 3 sentence piece(s)")),
                 qPrintable(w().textPanel()->statusText()));

        auto* history = w().findChild<mars5::ui::takes::HistoryPanel*>();
        QVERIFY(history);
        const int rows = history->model()->rowCount();
        QSignalSpy progress(w().controller(), &SynthesisController::synthesisProgress);
        QVERIFY(w().synthesize() != 0);
        auto take = waitForTake(w().controller());
        QVERIFY(take);
        QVERIFY2(take->status == SynthesisOutcome::Status::Finished, qPrintable(take->error));
        QCOMPARE(take->pieces(), 3);
        // Kept in the history like any take (without diffusion snapshots, which once made its row
        // fail to store), with the setting that made it.
        QTRY_COMPARE(history->model()->rowCount(), rows + 1);
        const mars5::ui::takes::TakeRecord* kept = history->model()->takeAt(0);
        QVERIFY(kept);
        QCOMPARE(kept->text, text);
        QVERIFY(kept->snapshotT.empty());
        QCOMPARE(kept->pieces, 3);  // kept with the take: its inside view says how it was spoken
        QCOMPARE(kept->config.piece_chars, std::int64_t{40});
        QCOMPARE(take->seed, quint64(21));
        QCOMPARE(take->referenceFrames, std::int64_t{0});  // no reference frames in the joined codes
        QVERIFY(take->snapshots.empty());
        // Progress named each piece in turn, and the result line says how the take was made.
        QList<int> pieces;
        for (const auto& args : progress) {
            QCOMPARE(args.at(5).toInt(), 3);
            if (pieces.isEmpty() || pieces.last() != args.at(4).toInt()) pieces << args.at(4).toInt();
        }
        QCOMPARE(pieces, (QList<int>{0, 1, 2}));
        // The whole text's time left: none while the first piece runs (no rate yet); from the
        // second piece's first report on (the throttle lets every piece's first through), one.
        const auto firstOf = [&](int piece) {
            return std::find_if(progress.begin(), progress.end(), [piece](const QList<QVariant>& a) { return a.at(4).toInt() == piece; });
        };
        for (const auto& args : progress)
            if (args.at(4).toInt() == 0) QCOMPARE(args.at(6).toDouble(), -1.0);
        QVERIFY(firstOf(1) != progress.end() && firstOf(2) != progress.end());
        QVERIFY2(firstOf(1)->at(6).toDouble() > 0, "the second piece's first report says how long the text has left");
        QVERIFY(firstOf(2)->at(6).toDouble() > 0);
        QVERIFY2(w().synthesisPanel()->resultText().contains(QStringLiteral("in 3 pieces")), qPrintable(w().synthesisPanel()->resultText()));
        // The pieces are marked on the take's waveform, each naming its words, and kept with the take.
        QCOMPARE(take->pieceList.size(), 3);
        QCOMPARE(kept->pieceList, take->pieceList);
        const QList<mars5::ui::WaveformMark>& marks = w().synthesisPanel()->resultView()->marks();
        QCOMPARE(marks.size(), 3);
        QCOMPARE(marks[1].label, QStringLiteral("2"));
        QCOMPARE(marks[1].fromSeconds, double(take->pieceList[1].startSample) / take->audio.sampleRate);
        QVERIFY2(marks[1].toolTip.startsWith(QStringLiteral("Piece 2 of 3: “The door stays shut tonight.”")), qPrintable(marks[1].toolTip));
        // The take keeps the setting: its settings say how it was spoken.
        QCOMPARE(take->request.config.piece_chars, std::int64_t{40});

        // Stopped in its second piece: the take keeps the two spoken, and their marks count the
        // text's three, as its warnings do. Enough diffusion steps that the second piece is still
        // running when its first report reaches this thread.
        setField(s, "nar_steps", 200);
        const QMetaObject::Connection stopper = connect(
            w().controller(), &SynthesisController::synthesisProgress, this,
            [this](quint64, int, qint64, qint64, int piece, int) { if (piece == 1) w().controller()->stop(); });
        QVERIFY(w().synthesize() != 0);
        auto stopped = waitForTake(w().controller());
        disconnect(stopper);
        QVERIFY(stopped);
        QVERIFY2(stopped->hasAudio(), qPrintable(stopped->error));
        // Two here every time; three only if this thread saw the report after the last piece
        // began (a loaded machine), which must not fail the test.
        QVERIFY2(stopped->pieces() == 2 || stopped->pieces() == 3, qPrintable(QString::number(stopped->pieces())));
        if (stopped->pieces() == 2) QVERIFY(stopped->status == SynthesisOutcome::Status::Stopped);
        QCOMPARE(stopped->piecesPlanned, 3);
        QCOMPARE(w().synthesisPanel()->resultView()->marks().size(), stopped->pieces());
        QVERIFY2(w().synthesisPanel()->resultView()->marks()[1].toolTip.startsWith(QStringLiteral("Piece 2 of 3:")),
                 qPrintable(w().synthesisPanel()->resultView()->marks()[1].toolTip));
        setField(s, "nar_steps", 8);

        // The settings step over 1-39, which is no piece length: up from off to 40, down to off.
        auto* spin = qobject_cast<QDoubleSpinBox*>(s->editor(QStringLiteral("piece_chars")));
        QVERIFY(spin);
        spin->setValue(0);
        spin->stepUp();
        QCOMPARE(spin->value(), 40.0);
        spin->stepDown();
        QCOMPARE(spin->value(), 0.0);
        QCOMPARE(spin->text(), QStringLiteral("off"));
        s->slider(QStringLiteral("piece_chars"))->setValue(5);
        QCOMPARE(spin->value(), 0.0);
        s->slider(QStringLiteral("piece_chars"))->setValue(30);
        QCOMPARE(spin->value(), 40.0);
        setField(s, "piece_chars", 0);
        setField(s, "seed", -1);
    }

    void aPieceOfALongTakeIsSpokenAgain() {
        // One bad sentence of a long take, spoken again: a new take in which only that piece
        // changed, the first take kept, and a render of the new take again repeating it.
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        SettingsPanel* s = w().settingsPanel();
        setQuickRun(s, 8, 4, 60, 21);
        setField(s, "piece_chars", 40);
        w().textPanel()->setTranscript({});
        w().textPanel()->setTargetText(QStringLiteral("Please keep the light on. The door stays shut tonight. We leave at dawn."));
        auto* history = w().findChild<mars5::ui::takes::HistoryPanel*>();
        QVERIFY(history);
        SynthesisPanel* panel = w().synthesisPanel();
        QVERIFY(w().synthesize() != 0);
        auto take = waitForTake(w().controller());
        QVERIFY(take && take->status == SynthesisOutcome::Status::Finished);
        QCOMPARE(take->pieces(), 3);
        QTRY_VERIFY(history->model()->takeAt(0) && history->model()->takeAt(0)->text == take->request.text);
        const qint64 firstId = history->model()->takeAt(0)->id;
        const int rows = history->model()->rowCount();

        // The button speaks the piece under the playhead: a click in the second piece picks it.
        QToolButton* again = panel->speakPieceAgainButton();
        QVERIFY(again->isVisibleTo(panel));
        QCOMPARE(again->text(), QStringLiteral("Speak piece 1 again"));
        QCOMPARE(again->menu()->actions().size(), 3);
        const double rate = take->audio.sampleRate;
        const double middle = (take->pieceList[1].startSample + take->pieceList[1].samples / 2.0) / rate;
        QCustomPlot* plot = panel->resultView()->plot();
        const QPoint at(static_cast<int>(plot->xAxis->coordToPixel(middle)), plot->height() / 2);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(panel->pieceAt(panel->resultView()->playheadSeconds()), 1);
        QCOMPARE(again->text(), QStringLiteral("Speak piece 2 again"));
        QVERIFY(panel->resultView()->marks()[1].toolTip.contains(QStringLiteral("Right-click")));

        QSignalSpy progress(w().controller(), &SynthesisController::synthesisProgress);
        again->click();
        auto respoken = waitForTake(w().controller());
        QVERIFY(respoken);
        QVERIFY2(respoken->status == SynthesisOutcome::Status::Finished, qPrintable(respoken->error));
        // Only the second piece was run, and its reports said so.
        QVERIFY(!progress.isEmpty());
        for (const auto& args : progress) {
            QCOMPARE(args.at(4).toInt(), 1);
            QCOMPARE(args.at(5).toInt(), 3);
        }
        QCOMPARE(respoken->pieces(), 3);
        QCOMPARE(respoken->seed, quint64(21));  // the take's seed: its first piece's
        QCOMPARE(respoken->pieceList[0], take->pieceList[0]);
        QVERIFY(respoken->pieceList[1].seed != take->pieceList[1].seed);
        QCOMPARE(respoken->pieceList[1].text, take->pieceList[1].text);
        QCOMPARE(respoken->pieceList[2].seed, take->pieceList[2].seed);
        QCOMPARE(respoken->pieceList[2].samples, take->pieceList[2].samples);
        const auto first = static_cast<std::size_t>(take->pieceList[0].samples);
        QVERIFY(std::equal(take->audio.samples.begin(), take->audio.samples.begin() + static_cast<std::ptrdiff_t>(first),
                           respoken->audio.samples.begin()));
        QVERIFY(std::equal(take->audio.samples.end() - take->pieceList[2].samples, take->audio.samples.end(),
                           respoken->audio.samples.end() - respoken->pieceList[2].samples));
        QCOMPARE(respoken->codes.numFrames, respoken->pieceList[2].startFrame + respoken->pieceList[2].frames);
        QVERIFY(!respoken->request.pieceAgain);  // the first take is not held by the second
        QVERIFY2(respoken->warnings.value(0).startsWith(QStringLiteral("Piece 2 of 3 spoken again with seed %1; the other pieces are as in take %2.")
                                                            .arg(respoken->pieceList[1].seed)
                                                            .arg(firstId)),
                 qPrintable(respoken->warnings.join(QLatin1Char('|'))));
        // A take of its own in the history, the first one still there, as it was.
        QTRY_COMPARE(history->model()->rowCount(), rows + 1);
        const mars5::ui::takes::TakeRecord* kept = history->model()->takeAt(0);
        QVERIFY(kept && kept->id != firstId);
        QCOMPARE(kept->pieceList, respoken->pieceList);
        QVERIFY(history->model()->takeById(firstId));
        QCOMPARE(history->model()->takeById(firstId)->pieceList, take->pieceList);
        // The result's button and marks are the new take's.
        QCOMPARE(panel->lastTake(), respoken);

        // Rendered again from the history: each piece with its own seed, the same take.
        QVERIFY(w().rerenderTake(kept->id) != 0);
        auto repeated = waitForTake(w().controller());
        QVERIFY(repeated && repeated->hasAudio());
        QCOMPARE(repeated->pieceList, respoken->pieceList);
        QVERIFY(repeated->audio.samples == respoken->audio.samples);

        // Ctrl+Shift+D speaks the piece under the playhead again (the third, here).
        QAction* pieceKey = nullptr;
        for (QAction* a : w().actions())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)) pieceKey = a;
        QVERIFY(pieceKey);
        panel->resultView()->setPlayheadSeconds(double(repeated->pieceList[2].startSample + 10) / rate);
        QSignalSpy keyed(w().controller(), &SynthesisController::synthesisProgress);
        pieceKey->trigger();
        auto third = waitForTake(w().controller());
        QVERIFY(third && third->hasAudio());
        QVERIFY(!keyed.isEmpty() && keyed.first().at(4).toInt() == 2);
        QCOMPARE(third->pieceList[1], repeated->pieceList[1]);
        QVERIFY(third->pieceList[2].seed != repeated->pieceList[2].seed);

        // Cancelled: no take, the shown one stays.
        QVERIFY(w().speakPieceAgain(2) != 0);
        w().controller()->cancel();
        auto cancelled = waitForTake(w().controller());
        QVERIFY(cancelled);
        QVERIFY(cancelled->status == SynthesisOutcome::Status::Cancelled || cancelled->hasAudio());  // cancel may come after the end
        if (cancelled->status == SynthesisOutcome::Status::Cancelled) QCOMPARE(panel->lastTake(), third);
        QCOMPARE(w().speakPieceAgain(7), quint64(0));  // no such piece: nothing queued

        // A take spoken at once has no pieces, and no button.
        setField(s, "piece_chars", 0);
        QVERIFY(w().synthesize() != 0);
        auto whole = waitForTake(w().controller());
        QVERIFY(whole && whole->hasAudio());
        QVERIFY(!again->isVisibleTo(panel));
        QCOMPARE(w().speakPieceAgain(0), quint64(0));
        pieceKey->trigger();  // nothing queued: the status bar says why
        QVERIFY(!w().controller()->isBusy() && w().controller()->queue().isEmpty());
        QVERIFY2(w().statusBar()->currentMessage().contains(QStringLiteral("spoken at once")), qPrintable(w().statusBar()->currentMessage()));
        setField(s, "seed", -1);
    }

    void guiStaysResponsiveDuringSynthesis() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        // A 5 ms timer on the GUI thread; the largest gap between its ticks while a
        // synthesis runs is how long the window froze at worst.
        setField(w().settingsPanel(), "nar_steps", 40);
        setField(w().settingsPanel(), "generate_max_len_override", -1);
        w().textPanel()->setTranscript({});
        w().textPanel()->setTargetText(QString(kText + QLatin1Char(' ')).repeated(3).trimmed());
        QElapsedTimer clock;
        qint64 last = 0, worst = 0, ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (last) worst = std::max(worst, now - last);
            last = now;
            ++ticks;
        });
        QSignalSpy finished(w().controller(), &SynthesisController::synthesisFinished);
        clock.start();
        timer.start();
        QVERIFY(w().synthesize() != 0);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 240000);
        timer.stop();
        const double seconds = clock.elapsed() / 1000.0;
        const double worstMs = worst / 1e6;
        qInfo("GUI event loop during a %.2f s synthesis: %lld ticks, worst stall %.1f ms (goal: under 50 ms; "
              "not a failure condition, timing depends on the machine)",
              seconds, ticks, worstMs - 5.0);
        QVERIFY(ticks > 0);
    }

    void shortcutsOverlayListsTheFrequentOnes() {
        w().showShortcuts();
        QVERIFY(w().shortcutOverlay()->isVisible());
        const QString rows = w().shortcutOverlay()->rows().join(QLatin1Char('\n'));
        for (const QString& must : {QStringLiteral("Synthesize"), QStringLiteral("Play/Stop"), QStringLiteral("Stop (keep"),
                                    QStringLiteral("Cancel (discard)"), QStringLiteral("Export take"), QStringLiteral("Undo")})
            QVERIFY2(rows.contains(must), qPrintable(must + QStringLiteral(" missing in\n") + rows));
        // Every row lies on the card, at the window's smallest usual size too (a row once fell
        // below it when a section was added).
        for (const QSize size : {QSize(1280, 720), QSize(1024, 640), w().size()}) {
            w().resize(size);
            QCoreApplication::processEvents();
            const ShortcutOverlay::Layout l = w().shortcutOverlay()->layout();
            QCOMPARE(l.rows.size(), std::size_t(w().shortcutOverlay()->rows().size()));
            for (const QRect& r : l.rows)
                QVERIFY2(l.card.contains(r), qPrintable(QStringLiteral("%1x%2: a row at y %3..%4 is outside the card (y %5..%6)")
                                                            .arg(size.width()).arg(size.height()).arg(r.top()).arg(r.bottom())
                                                            .arg(l.card.top()).arg(l.card.bottom())));
        }
        QTest::keyClick(w().shortcutOverlay(), Qt::Key_F1);
        QVERIFY(!w().shortcutOverlay()->isVisible());
    }

    // Closing the window with a synthesis running and one waiting asks first: Cancel keeps
    // both and the window; Yes discards them and closes it. (Last: the window stays closed.)
    void closingWhileSynthesizingAsksFirst() {
        needModelAndReference();
        if (QTest::currentTestFailed()) return;
        SettingsPanel* s = w().settingsPanel();
        setField(s, "eos_penalty_factor", 100);  // no early EOS: the run lasts
        w().textPanel()->setTargetText(QString(kText + QLatin1Char(' ')).repeated(24).trimmed());
        QVERIFY(w().synthesize() != 0);
        QVERIFY(w().synthesize() != 0);
        for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
            QString question;
            answerNextQuestion(this, answer, &question);
            const bool closed = w().close();
            QCOMPARE(closed, answer == QMessageBox::Yes);
            QVERIFY2(question.startsWith(QStringLiteral("A synthesis is running and 1 more")), qPrintable(question));
            if (answer == QMessageBox::Cancel) {
                QVERIFY(w().controller()->isBusy());
                QCOMPARE(w().controller()->queue().size(), 1);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w().controller()->isBusy(), 60000);
        QCOMPARE(w().controller()->queue().size(), 0);
        setField(s, "eos_penalty_factor", 1);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestStudioE2e)
#include "test_studio_e2e.moc"
