// Not a timed test: makes N takes in a row in the studio window, as a user who clicks through
// hundreds of syntheses a day does, and prints the process's memory as the takes pile up. The
// figure that matters is the growth per take once the first few are made: the heap in use
// (glibc's count, which a leak raises and fragmentation does not) and the resident set; and how
// long the window stopped answering at a time while it did.
// CTest runs it small (label bench) to check the figures are produced; docs/PERFORMANCE.md
// records a long run.
//
//   studio_soak_bench [--takes N]   (default 100)
//
// It runs in test mode (a private data folder, emptied first) with the tiny fixture models:
// their takes cost what a real model's cost the studio (files, history rows, snapshots), and
// each takes about a second on the dev machine.
#include "main_window.h"
#include "studio/model_setup_dialog.h"
#include "studio/reference_panel.h"
#include "studio/settings_panel.h"
#include "studio/synthesis_controller.h"
#include "studio/synthesis_panel.h"
#include "studio/text_panel.h"
#include "takes/history_panel.h"
#include "takes/take_history_model.h"
#include "takes/take_store.h"

#include "studio_fixtures.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <malloc.h>

#include <cstdio>
#include <cstring>
#include <vector>

using namespace mars5::ui;

namespace {

// VmRSS (now) or VmHWM (the peak) from /proc/self/status, in MiB.
double statusMiB(const char* key) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0.0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key)) return line.mid(int(std::strlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0.0;
}

// In use: the arenas' blocks and the blocks of their own mappings (over 128 KiB by default:
// audio, codes, tensors), so a leaked take's buffers would show too.
double heapInUseMiB() {
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
}

bool setField(SettingsPanel* s, const char* name, double v) {
    auto* spin = qobject_cast<QDoubleSpinBox*>(s->editor(QString::fromLatin1(name)));
    if (spin) spin->setValue(v);
    return spin != nullptr;
}

struct Sample {
    int take;
    double heap, rss;
};

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    int takes = 100;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--takes") == 0) takes = std::max(2, std::atoi(argv[i + 1]));

    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
    QApplication::setApplicationName(QStringLiteral("mars5-studio-soak-bench"));
    QSettings().clear();
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    QDir(QFileInfo(takes::TakeStore::defaultPath()).absolutePath()).removeRecursively();

    MainWindow window(MainWindow::SavedLayout::Ignore);
    window.synthesisPanel()->setAutoPlay(false);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return 1;

    QTemporaryDir models;
    if (!studio_test::copyTinyModels(models.path())) return 1;
    QSignalSpy loaded(window.controller(), &SynthesisController::modelsLoaded);
    window.modelSetupDialog()->useFolder(models.path());
    window.modelSetupDialog()->startLoading();
    if (!loaded.wait(120000)) return 1;

    window.referencePanel()->loadFile(studio_test::fixture(QStringLiteral("codec/input.wav")));
    window.textPanel()->setTranscript(QStringLiteral("Well, the weather's been strange lately."));
    window.textPanel()->setTargetText(QStringLiteral("Please keep the light on tonight."));
    // Few diffusion steps and a short take: the studio's own work per take is what is measured.
    if (!setField(window.settingsPanel(), "nar_steps", 8) || !setField(window.settingsPanel(), "generate_max_len_override", 240))
        return 1;

    std::printf("studio soak: %d takes in a row, tiny fixture models, 8 diffusion steps\n", takes);
    // How long the window stops answering: a timer that should fire every 5 ms notes the longest
    // gap between its ticks and how many gaps pass 50 ms (what a user feels as a stutter).
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    int stutters = 0, currentTake = 0;
    QStringList stallsSeen;  // "take 3: 282 ms", the first few
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        longestStallMs = std::max(longestStallMs, gap);
        if (gap > 50 && ++stutters <= 5) stallsSeen << QStringLiteral("take %1: %2 ms").arg(currentTake).arg(gap);
    });
    sinceTick.start();
    heartbeat.start(5);
    std::vector<Sample> samples;
    QSignalSpy finished(window.controller(), &SynthesisController::synthesisFinished);
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= takes; ++i) {
        currentTake = i;
        finished.clear();
        if (window.synthesize() == 0) {
            std::printf("take %d: the studio did not start it\n", i);
            return 1;
        }
        if (!finished.wait(240000)) return 1;
        const auto outcome = finished.first().first().value<SynthesisOutcomePtr>();
        if (!outcome || !outcome->hasAudio()) {
            std::printf("take %d failed: %s\n", i, outcome ? qPrintable(outcome->error) : "no outcome");
            return 1;
        }
        QTest::qWait(20);  // the history's row and the result view, as after a click
        const bool report = i == 1 || i == takes || i % std::max(1, takes / 10) == 0;
        if (report) {
            samples.push_back({i, heapInUseMiB(), statusMiB("VmRSS:")});
            std::printf("after take %4d: heap in use %8.1f MiB, RSS %8.1f MiB, %5.1f s\n", i, samples.back().heap,
                        samples.back().rss, clock.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }
    // Growth from the first reported take after the first (the caches are warm by then).
    const Sample& from = samples.size() > 2 ? samples[1] : samples.front();
    const Sample& to = samples.back();
    const int span = std::max(1, to.take - from.take);
    std::printf("growth per take (takes %d to %d): heap %.1f KiB, RSS %.1f KiB\n", from.take, to.take,
                (to.heap - from.heap) * 1024.0 / span, (to.rss - from.rss) * 1024.0 / span);
    std::printf("history rows %d, peak RSS %.1f MiB\n", window.historyPanel()->model()->rowCount(), statusMiB("VmHWM:"));
    std::printf("the window's longest stall %lld ms; stalls over 50 ms: %d (%.2f a take)\n", static_cast<long long>(longestStallMs),
                stutters, double(stutters) / takes);
    if (!stallsSeen.isEmpty()) std::printf("  %s\n", qPrintable(stallsSeen.join(QStringLiteral("; "))));
    return 0;
}
