// Renders the take history's views for docs/screenshots/ (not a test): run under
// QT_QPA_PLATFORM=offscreen (or Xvfb) as
//
//   takes_screenshots OUTDIR
//
// With the tiny fixture models (their audio is noise-like) it makes a take, renders it
// again, runs "N takes" with three seeds, names and stars a few, then writes the studio at
// 1280x720 with the Takes dock below it (studio-with-takes.png: the studio scrolls), and
// with the Takes dock floated to 1280x720: takes-history.png (the history and the selected
// take's final codes), takes-use.png (the same with Use ▾ open), takes-internals.png (the codebook heatmap mid-diffusion, L0 timeline),
// takes-compare.png (two takes, spectrograms, settings diff) and takes-variations.png.
#include "main_window.h"
#include "studio/reference_panel.h"
#include "studio/settings_panel.h"
#include "studio/synthesis_panel.h"
#include "studio/text_panel.h"
#include "takes/compare_view.h"
#include "takes/history_panel.h"
#include "takes/spectrogram.h"
#include "takes/take_history_model.h"
#include "takes/take_internals_view.h"
#include "takes/take_store.h"

#include "screenshot_session.h"
#include "squeezed_widgets.h"
#include "studio_fixtures.h"

#include "mars5/audio.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>

using namespace mars5::ui;

namespace {

bool save(QWidget* w, const QString& dir, const QString& name) {
    QApplication::processEvents();
    QTest::qWait(200);
    const bool ok = w->grab().save(QDir(dir).filePath(name));
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(QDir(dir).filePath(name)));
    // A picture of a widget cut short is a picture of a bug: say which.
    const QStringList squeezed = mars5::test::squeezedWidgets(w);
    if (!squeezed.isEmpty()) std::printf("SQUEEZED in %s: %s\n", qPrintable(name), qPrintable(squeezed.join(QStringLiteral("; "))));
    return ok && squeezed.isEmpty();
}

void setField(SettingsPanel* s, const char* name, double v) {
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(s->editor(QString::fromLatin1(name)))) spin->setValue(v);
}

// A voiced, syllabic six-second clip (as in studio_screenshots) as the reference.
QString writeReference(const QString& dir) {
    mars5::AudioBuffer a;
    a.sampleRate = 24000;
    a.samples.resize(6 * 24000);
    double phase = 0.0;
    for (std::size_t i = 0; i < a.samples.size(); ++i) {
        const double t = static_cast<double>(i) / a.sampleRate;
        phase += 2 * M_PI * (120.0 + 25.0 * std::sin(2 * M_PI * 0.7 * t)) / a.sampleRate;
        double v = 0.0;
        for (int h = 1; h <= 12; ++h) v += std::sin(h * phase) / (h * (1.0 + 0.15 * h));
        const double syllable = std::pow(std::max(0.0, std::sin(2 * M_PI * 2.2 * t)), 0.6);
        a.samples[i] = static_cast<float>(0.28 * v * syllable * (std::fmod(t, 2.0) < 1.7 ? 1.0 : 0.0));
    }
    const QString path = QDir(dir).filePath(QStringLiteral("narrator_take3.wav"));
    (void)mars5::writeAudioFile(path.toStdString(), a, mars5::AudioFileFormat::WavPcm16);
    return path;
}

bool waitForTakes(QSignalSpy& finished, int count) {
    for (int i = 0; i < 6000 && finished.count() < count; ++i) QTest::qWait(50);
    for (const auto& args : finished) {
        const auto take = args.first().value<SynthesisOutcomePtr>();
        if (!take->hasAudio()) {
            std::fprintf(stderr, "a synthesis failed: %s\n", qPrintable(take->error));
            return false;
        }
    }
    return finished.count() >= count;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const auto session = studio_test::startScreenshotSession("takes_screenshots", argc, argv);
    if (!session) return 2;
    const QString out = session->out;
    QTemporaryDir models;

    MainWindow window(MainWindow::SavedLayout::Ignore);
    window.synthesisPanel()->setAutoPlay(false);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return 1;
    QSignalSpy loaded(window.controller(), &SynthesisController::modelsLoaded);
    window.controller()->loadModels(studio_test::tinyPaths());
    if (!loaded.wait(120000)) return 1;

    window.referencePanel()->loadFile(writeReference(models.path()));
    window.textPanel()->setTranscript(QStringLiteral("Well, the weather's been strange lately; three storms in two weeks!"));
    window.textPanel()->setTargetText(QStringLiteral("Please keep the light on tonight, and walk slowly past the old mill."));
    window.settingsPanel()->applyPreset(QStringLiteral("README recommended"));
    SettingsPanel* s = window.settingsPanel();
    setField(s, "nar_steps", 40);
    setField(s, "q0_override_steps", 12);
    setField(s, "generate_max_len_override", 900);  // deep clone: the reference's codes are in the prompt
    setField(s, "eos_penalty_factor", 60);  // the tiny AR would end after a few tokens
    setField(s, "seed", -1);

    QSignalSpy finished(window.controller(), &SynthesisController::synthesisFinished);
    window.synthesize();
    if (!waitForTakes(finished, 1)) return 1;
    // A second take with other settings (for the comparison), then three variations.
    setField(s, "temperature", 0.9);
    setField(s, "top_p", 0.5);
    setField(s, "nar_guidance_w", 2);
    window.synthesize();
    if (!waitForTakes(finished, 2)) return 1;
    setField(s, "temperature", 0.7);
    setField(s, "seed", 424242);
    window.synthesizeVariations(3);
    if (!waitForTakes(finished, 5)) return 1;

    takes::HistoryPanel* history = window.historyPanel();
    takes::TakeHistoryModel* model = history->model();
    auto list = window.takeStore()->takes();
    if (!list.ok() || list.value().size() != 5) {
        std::fprintf(stderr, "expected 5 stored takes\n");
        return 1;
    }
    const QList<takes::TakeRecord> all = list.value();  // newest first
    model->setData(model->index(model->rowOf(all[4].id), takes::TakeHistoryModel::Name), QStringLiteral("Warm, first try"));
    model->setData(model->index(model->rowOf(all[3].id), takes::TakeHistoryModel::Name), QStringLiteral("Brighter (temp 0.9)"));
    model->setData(model->index(model->rowOf(all[1].id), takes::TakeHistoryModel::Star), Qt::Checked, Qt::CheckStateRole);
    model->setData(model->index(model->rowOf(all[4].id), takes::TakeHistoryModel::Star), Qt::Checked, Qt::CheckStateRole);
    model->setData(model->index(model->rowOf(all[4].id), takes::TakeHistoryModel::Name),
                   QStringLiteral("Warmest so far; the last word is a little rushed"), takes::TakeHistoryModel::NoteRole);

    // The studio with the Takes dock; the first take selected and seen from the inside.
    window.resize(1280, 720);
    window.historyDock()->show();
    history->selectTake(all[4].id);
    history->showDetail(history->internalsView());
    // Docked: the whole window still fits 1280x720 (the studio scrolls above the dock).
    QTest::qWait(200);
    bool ok = save(&window, out, QStringLiteral("studio-with-takes.png"));
    // The dock floated to 1280x720, where its views have room: the history with the selected
    // take's final codes, then mid-diffusion.
    QDockWidget* dock = window.historyDock();
    dock->setFloating(true);
    dock->resize(1280, 720);
    QTest::qWait(200);
    ok &= save(dock, out, QStringLiteral("takes-history.png"));
    // Use ▾ open: a popup is a window of its own, so it is painted onto the dock's picture
    // where it opens.
    {
        QPushButton* use = history->useButton();
        QMenu* menu = use->menu();
        menu->popup(use->mapToGlobal(QPoint(0, 0)));
        QTest::qWait(100);
        QPixmap shot = dock->grab();
        QPainter painter(&shot);
        // above the button, as a menu opens near the bottom of a screen
        painter.drawPixmap(use->mapTo(dock, QPoint(0, 0)) - QPoint(0, menu->height()), menu->grab());
        painter.end();
        menu->hide();
        ok &= shot.save(QDir(out).filePath(QStringLiteral("takes-use.png")));
    }
    takes::TakeInternalsView* internals = history->internalsView();
    internals->stepSlider()->setValue(internals->stepSlider()->maximum() / 3);
    ok &= save(dock, out, QStringLiteral("takes-internals.png"));

    history->view()->clearSelection();
    history->selectTake(all[4].id);
    const QModelIndex second = history->proxy()->mapFromSource(model->index(model->rowOf(all[3].id), 0));
    history->view()->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!history->compareSelected()) {
        std::fprintf(stderr, "could not compare the two takes\n");
        return 1;
    }
    takes::CompareView* compare = history->compareView();
    for (int i = 0; i < 200 && !(compare->spectrogram(takes::CompareView::Side::A)->hasSpectrogram() &&
                                  compare->spectrogram(takes::CompareView::Side::B)->hasSpectrogram());
         ++i)
        QTest::qWait(50);
    compare->seek(0.8);
    compare->select(takes::CompareView::Side::B);
    ok &= save(dock, out, QStringLiteral("takes-compare.png"));

    history->view()->clearSelection();
    history->detailTabs()->setCurrentIndex(2);
    ok &= save(dock, out, QStringLiteral("takes-variations.png"));
    dock->setFloating(false);
    return ok ? 0 : 1;
}
