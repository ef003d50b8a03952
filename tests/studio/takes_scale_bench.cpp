// Not a timed test: prints how long the take history's work takes with many takes, for a user
// who keeps every take of months of work (hundreds a day). CTest runs it small (label bench)
// to check the figures are produced; docs/PERFORMANCE.md records runs at 5,000 and 20,000.
//
//   takes_scale_bench [--takes N] [--dir DIR]
//
// DIR (default: a temporary folder) holds the studio's data folder; a store already there with
// N takes or more is used as it is, so a large history is made once (20,000 takes: ~1 GB).
// Each figure is the median of three runs, but the window's start, which is timed once.
#include "take_fixtures.h"

#include "main_window.h"
#include "studio/export_dialog.h"
#include "studio/export_options.h"
#include "studio/take_export.h"
#include "takes/history_panel.h"
#include "takes/take_history_model.h"
#include "takes/take_store.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using mars5::ui::takes::HistoryPanel;
using mars5::ui::takes::TakeHistoryModel;
using mars5::ui::takes::TakeStore;

namespace {

double peakRssMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0.0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0.0;
}

double millisecondsOf(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianOf(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) ms.push_back(millisecondsOf(work));
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

void row(const char* what, double ms) { std::printf("  %-58s %10.1f ms\n", what, ms); }

// Takes as the studio keeps them (audio, codes, snapshots, record), until the store has `count`.
bool fillTo(const QString& path, int count) {
    TakeStore store;
    if (auto opened = store.open(path); !opened.ok()) {
        std::fprintf(stderr, "error: %s\n", opened.message().c_str());
        return false;
    }
    const int have = static_cast<int>(store.takes().value().size());
    if (have >= count) return true;
    std::printf("making %d takes in %s …\n", count - have, qPrintable(store.folder()));
    const auto models = take_test::makeModels();
    std::vector<double> addMs;
    for (int i = have; i < count; ++i) {
        const QString text = QStringLiteral("Take %1 of the long history, a sentence of usual length to speak").arg(i);
        // A few voices and presets, as a user's history has them.
        auto outcome = take_test::makeOutcome(text, QStringLiteral("Preset %1").arg(i % 7), 1000 + i, 1 + unsigned(i % 40));
        // Settings tried one after another: a new temperature every 5 takes, 200 in all.
        outcome.request.config.temperature = 0.3 + 0.005 * ((i / 5) % 200);
        std::optional<mars5::Result<mars5::ui::takes::TakeRecord>> added;
        addMs.push_back(millisecondsOf([&] { added.emplace(store.add(outcome, &models)); }));
        if (!added->ok()) {
            std::fprintf(stderr, "error: %s\n", added->message().c_str());
            return false;
        }
        if (i % 10 == 3) (void)store.setNote(added->value().id, QStringLiteral("note on take %1").arg(i));
        if ((i + 1) % 1000 == 0) std::printf("  %d\n", i + 1);
    }
    std::sort(addMs.begin(), addMs.end());
    row("keeping a take (TakeStore::add, median)", addMs[addMs.size() / 2]);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as it comes, through a pipe too
    int takes = 200;
    QString dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QString flag = QString::fromLocal8Bit(argv[i]);
        if (flag == QLatin1String("--takes")) takes = std::max(1, QString::fromLocal8Bit(argv[i + 1]).toInt());
        else if (flag == QLatin1String("--dir")) dir = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir scratch;
    if (dir.isEmpty()) dir = scratch.path();
    // The studio's data folder (TakeStore::defaultPath) inside DIR, so the window opens it too.
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir + QStringLiteral("/config")));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-takes-scale-bench"));
    const QString path = TakeStore::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!fillTo(path, takes)) return 1;

    constexpr int kRuns = 3;
    TakeStore store;
    std::printf("history of %d takes (this machine; median of %d runs)\n", takes, kRuns);
    row("open (checks: integrity, schema, columns)", medianOf(kRuns, [&] { (void)store.open(path); }));
    row("purge of deleted takes (none deleted)", medianOf(kRuns, [&] { (void)store.purgeDeleted(); }));
    row("takes without their record (every take has one)", medianOf(kRuns, [&] { (void)store.missingRecords(); }));
    row("take folders not in the history (none)", medianOf(kRuns, [&] { (void)store.strayTakes(); }));
    row("reading every take (TakeStore::takes)", medianOf(kRuns, [&] { (void)store.takes(); }));
    std::optional<HistoryPanel> panel;
    row("the history panel made (its model read)", millisecondsOf([&] { panel.emplace(&store); }));
    QTableView* view = panel->view();
    panel->resize(900, 400);
    panel->show();
    QCoreApplication::processEvents();
    row("search typed (\"long 12\"), list filtered", medianOf(kRuns, [&] {
            panel->searchEdit()->setText(QStringLiteral("long 12"));
            QCoreApplication::processEvents();
            panel->searchEdit()->clear();
            QCoreApplication::processEvents();
        }) / 2.0);
    row("sorted by length, then by time again", medianOf(kRuns, [&] {
            view->sortByColumn(TakeHistoryModel::Length, Qt::AscendingOrder);
            QCoreApplication::processEvents();
            view->sortByColumn(TakeHistoryModel::Created, Qt::DescendingOrder);
            QCoreApplication::processEvents();
        }) / 2.0);
    panel.reset();
    store.close();
    // The whole window's start on this history (its models not loaded: none are set up here).
    double windowMs = 0.0;
    {
        std::optional<mars5::ui::MainWindow> window;
        windowMs = millisecondsOf([&] {
            window.emplace(mars5::ui::MainWindow::SavedLayout::Ignore);
            window->show();
            QCoreApplication::processEvents();
        });
    }
    row("the studio window's start (constructed and shown)", windowMs);
    std::printf("  %-58s %10.1f MiB\n", "peak RSS (the history and the window)", peakRssMiB());

    // The export dialog on a large selection: 100 takes of 8 s, to 48 kHz at -16 LUFS. The
    // window waits only for the dialog; the measuring runs on the dialog's thread.
    {
        // Five voices, each take given one at a time as the history reads them from disk.
        auto voices = std::make_shared<std::vector<mars5::AudioBuffer>>(5, mars5::AudioBuffer{std::vector<float>(8 * 24000), 24000, {}});
        for (std::size_t v = 0; v < voices->size(); ++v)
            for (std::size_t i = 0; i < (*voices)[v].samples.size(); ++i)
                (*voices)[v].samples[i] = 0.1f * float(std::sin(0.05 * double(i) * double(1 + v)));
        const auto takeAudio = [voices](int i) -> mars5::Result<mars5::AudioBuffer> { return (*voices)[static_cast<std::size_t>(i) % voices->size()]; };
        mars5::ui::ExportOptions({mars5::AudioFileFormat::FlacPcm24, 48000, -16.0}).remember();
        std::optional<mars5::ui::ExportDialog> dialog;
        QElapsedTimer measured;
        measured.start();
        row("export dialog for 100 takes of 8 s: the window waits", millisecondsOf([&] {
                dialog.emplace(mars5::ui::ExportDialog::Target::Folder, 100, takeAudio, dir);
            }));
        while (dialog->isMeasuring()) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        row("  … until the line says their gains and peaks", double(measured.nsecsElapsed()) / 1e6);

        // What the batch export does per take (on its own thread): the audio file and sidecar.
        auto outcome = take_test::makeOutcome(QStringLiteral("An eight second take."), QStringLiteral("Warm"), 7);
        outcome.audio = (*voices)[0];
        const auto models = take_test::makeModels();
        QTemporaryDir out;
        int written = 0;
        row("exporting one of them (FLAC 24-bit, 48 kHz, -16 LUFS, median)", medianOf(5, [&] {
                const QString path = QDir(out.path()).filePath(QStringLiteral("take-%1.flac").arg(written++));
                (void)mars5::ui::exportTake(path, outcome, &models, {mars5::AudioFileFormat::FlacPcm24, 48000, -16.0});
            }));
    }
    return 0;
}
