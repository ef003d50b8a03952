// Renders the studio's main states for docs/screenshots/ (not a test): run under
// QT_QPA_PLATFORM=offscreen (or Xvfb) as
//
//   studio_screenshots OUTDIR
//
// It uses the tiny fixture models (their audio is noise-like) and the codec fixture's
// input.wav as the reference, and writes studio-empty.png, studio-ready.png,
// studio-running.png, studio-result.png, studio-model-setup.png, studio-export.png and
// studio-shortcuts.png, each of the 1280x720 window (the dialogs at their own size), and
// main-window.png, the result at 1600x1000.
#include "main_window.h"
#include "studio/export_dialog.h"
#include "studio/model_setup_dialog.h"
#include "studio/reference_panel.h"
#include "studio/respellings_dialog.h"
#include "studio/settings_panel.h"
#include "studio/shortcut_overlay.h"
#include "studio/synthesis_panel.h"
#include "studio/text_panel.h"
#include "takes/take_store.h"
#include "widgets/waveform_view.h"

#include "screenshot_session.h"
#include "squeezed_widgets.h"
#include "studio_fixtures.h"

#include "mars5/audio.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace mars5::ui;

namespace {

bool save(QWidget* w, const QString& dir, const QString& name) {
    QApplication::processEvents();
    QTest::qWait(150);
    const bool ok = w->grab().save(QDir(dir).filePath(name));
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(QDir(dir).filePath(name)));
    // A picture of a widget cut short is a picture of a bug: say which.
    const QStringList squeezed = mars5::test::squeezedWidgets(w);
    if (!squeezed.isEmpty()) std::printf("SQUEEZED in %s: %s\n", qPrintable(name), qPrintable(squeezed.join(QStringLiteral("; "))));
    return ok && squeezed.isEmpty();
}

// Six seconds of something voice-like (a harmonic series on a wandering pitch, in
// syllables separated by short pauses, over a faint noise floor), so the reference panel
// and its analyser show a realistic clip. The tiny models' output is noise whatever goes in.
QString writeVoiceLikeReference(const QString& dir) {
    mars5::AudioBuffer a;
    a.sampleRate = 24000;
    a.samples.resize(6 * 24000);
    std::uint32_t rng = 12345;
    double phase = 0.0;
    for (std::size_t i = 0; i < a.samples.size(); ++i) {
        const double t = static_cast<double>(i) / a.sampleRate;
        const double f0 = 120.0 + 25.0 * std::sin(2 * M_PI * 0.7 * t) + 10.0 * std::sin(2 * M_PI * 3.1 * t);
        phase += 2 * M_PI * f0 / a.sampleRate;
        double v = 0.0;
        for (int h = 1; h <= 12; ++h) v += std::sin(h * phase) / (h * (1.0 + 0.15 * h));
        const double syllable = std::pow(std::max(0.0, std::sin(2 * M_PI * 2.2 * t)), 0.6);
        const double phrase = (std::fmod(t, 2.0) < 1.7) ? 1.0 : 0.0;
        rng = rng * 1664525u + 1013904223u;
        const double noise = (static_cast<double>(rng >> 8) / 16777216.0 - 0.5) * 0.002;
        a.samples[i] = static_cast<float>(0.28 * v * syllable * phrase + noise);
    }
    const QString path = QDir(dir).filePath(QStringLiteral("narrator_take3.wav"));
    (void)mars5::writeAudioFile(path.toStdString(), a, mars5::AudioFileFormat::WavPcm16);
    return path;
}

void setField(SettingsPanel* s, const char* name, double v) {
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(s->editor(QString::fromLatin1(name)))) spin->setValue(v);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const auto session = studio_test::startScreenshotSession("studio_screenshots", argc, argv);
    if (!session) return 2;
    const QString out = session->out;

    MainWindow window(MainWindow::SavedLayout::Ignore);
    window.synthesisPanel()->setAutoPlay(false);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return 1;
    bool ok = save(&window, out, QStringLiteral("studio-empty.png"));

    // The model setup dialog, after checking and loading the tiny models.
    QTemporaryDir models;
    studio_test::copyTinyModels(models.path());
    ModelSetupDialog* dialog = window.modelSetupDialog();
    dialog->show();
    dialog->useFolder(models.path());
    QSignalSpy loaded(window.controller(), &SynthesisController::modelsLoaded);
    dialog->startLoading();
    if (!loaded.wait(120000)) return 1;
    ok &= save(dialog, out, QStringLiteral("studio-model-setup.png"));
    dialog->hide();

    // Ready: a reference, a transcript and a text, with a time in digits that the panel offers
    // to spell out.
    const QString line = QStringLiteral("Please keep the light on tonight, and walk slowly past the old mill.");
    window.referencePanel()->loadFile(writeVoiceLikeReference(models.path()));
    window.textPanel()->setTranscript(QStringLiteral("Well, the weather's been strange lately; three storms in two weeks!"));
    window.textPanel()->setTargetText(QStringLiteral("Please keep the light on until 10:30 tonight, and walk slowly past the old mill."));
    window.settingsPanel()->applyPreset(QStringLiteral("README recommended"));
    setField(window.settingsPanel(), "seed", 424242);
    ok &= save(&window, out, QStringLiteral("studio-ready.png"));
    {
        // Edit ▸ Respellings…, with a word selected in the text to add.
        RespellingsDialog respellings({{"Nguyen", "win", false}, {"SQL", "sequel", false}, {"GIF", "jif", true}},
                                      models.filePath(QStringLiteral("respellings.json")), QStringLiteral("Dvořák"), &window);
        respellings.show();
        ok &= save(&respellings, out, QStringLiteral("studio-respellings.png"));
    }

    // Running: a three-line script, one take per line: the first made, the second in its NAR
    // stage (so the queue can say how long the rest will take), the third waiting.
    window.textPanel()->setTargetText(line + QStringLiteral("\nThe ferry leaves at dawn; bring the blue lantern.\n"
                                                            "Nobody has crossed the bridge since the storm."));
    setField(window.settingsPanel(), "nar_steps", 120);
    setField(window.settingsPanel(), "generate_max_len_override", 900);
    QSignalSpy progress(window.controller(), &SynthesisController::synthesisProgress);
    QSignalSpy finished(window.controller(), &SynthesisController::synthesisFinished);
    window.synthesizeEachLine();
    for (int i = 0; i < 4800; ++i) {
        QTest::qWait(50);
        if (finished.count() == 1 && !progress.isEmpty() && progress.last().at(1).toInt() == int(mars5::EngineStage::Refine) &&
            progress.last().at(2).toLongLong() >= 40)
            break;
    }
    ok &= save(&window, out, QStringLiteral("studio-running.png"));
    window.controller()->cancelAll();
    while (window.controller()->isBusy()) QTest::qWait(50);

    // Result: a finished take in the result view.
    window.textPanel()->setTargetText(line);
    setField(window.settingsPanel(), "nar_steps", 24);
    setField(window.settingsPanel(), "eos_penalty_factor", 60);  // the tiny AR would end after a few tokens
    finished.clear();
    window.synthesize();
    while (finished.isEmpty()) QTest::qWait(50);
    window.synthesisPanel()->resultView()->setPlayheadSeconds(0.8);
    ok &= save(&window, out, QStringLiteral("studio-result.png"));
    // The README's first picture: the same state on a 1920x1080 desktop's usual window, where the
    // reference, text, result and takes all fit without scrolling.
    window.resize(1600, 1000);
    QTest::qWait(300);
    ok &= save(&window, out, QStringLiteral("main-window.png"));
    window.resize(1280, 720);
    QTest::qWait(300);

    // Export: FLAC at 48 kHz brought to -16 LUFS, and what that does to this take.
    {
        ExportDialog exportDialog(ExportDialog::Target::File, {window.synthesisPanel()->lastTake()->audio},
                                  QStringLiteral("/home/voice/takes/Please_keep_the_light_on_tonight_seed424242.wav"), &window);
        exportDialog.setOptions({mars5::AudioFileFormat::FlacPcm24, 48000, -16.0});
        exportDialog.show();
        QTest::qWait(200);
        ok &= save(&exportDialog, out, QStringLiteral("studio-export.png"));
    }

    window.showShortcuts();
    ok &= save(&window, out, QStringLiteral("studio-shortcuts.png"));
    if (auto* overlay = window.findChild<ShortcutOverlay*>()) overlay->hide();

    // A long text in sentence pieces: the settings' Long texts group in view, the line under
    // the text saying in how many pieces; while it runs, the piece and the whole text's time
    // left; then the take made of them, its pieces marked.
    window.textPanel()->setTargetText(QStringLiteral(
        "The ferry leaves at dawn, so bring the blue lantern and the map. Nobody has crossed the bridge since the "
        "storm, and the river is still high. Mr. Hale will meet us at the landing; he knows the way through the "
        "marsh, even in fog. If we are late, wait by the boathouse until the bell rings twice."));
    setField(window.settingsPanel(), "piece_chars", 120);
    setField(window.settingsPanel(), "eos_penalty_factor", 60);
    if (auto* scroll = window.settingsPanel()->findChild<QScrollArea*>())
        scroll->ensureWidgetVisible(window.settingsPanel()->editor(QStringLiteral("piece_chars")), 0, 120);
    setField(window.settingsPanel(), "nar_steps", 120);  // slow enough to be seen running
    finished.clear();
    progress.clear();
    window.synthesize();
    while (finished.isEmpty()) {
        QTest::qWait(50);
        if (!progress.isEmpty() && progress.last().at(4).toInt() >= 1 && progress.last().at(6).toDouble() > 0 &&
            progress.last().at(1).toInt() == int(mars5::EngineStage::Refine) && progress.last().at(2).toLongLong() >= 40)
            break;
    }
    if (!finished.isEmpty()) std::fprintf(stderr, "the long text ended before its second piece's diffusion could be shown\n");
    ok &= finished.isEmpty() && save(&window, out, QStringLiteral("studio-long-text-running.png"));
    while (finished.isEmpty()) QTest::qWait(50);
    window.synthesisPanel()->resultView()->setPlayheadSeconds(0.8);
    ok &= save(&window, out, QStringLiteral("studio-long-text.png"));

    // Its second piece spoken again: the new take, its first line saying so, the button on the
    // piece clicked in.
    finished.clear();
    if (window.speakPieceAgain(1) == 0) {
        std::fprintf(stderr, "the long take's second piece could not be spoken again\n");
        return 1;
    }
    while (finished.isEmpty()) QTest::qWait(50);
    const auto clickInPiece = [&](int piece) {
        const SynthesisOutcomePtr take = window.synthesisPanel()->lastTake();
        if (!take || piece >= take->pieces()) return;
        const takes::TakePiece& p = take->pieceList[piece];
        QCustomPlot* plot = window.synthesisPanel()->resultView()->plot();
        const double seconds = (p.startSample + p.samples / 3.0) / take->audio.sampleRate;
        QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(static_cast<int>(plot->xAxis->coordToPixel(seconds)), plot->height() / 2));
    };
    clickInPiece(1);
    QTest::qWait(200);
    ok &= save(&window, out, QStringLiteral("studio-piece-again.png"));
    return ok ? 0 : 1;
}
