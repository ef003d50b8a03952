// Synthetic takes for the take store's tests: an outcome with audio, codes, snapshots and
// every request field filled, and the models record a take is stored with.
#pragma once

#include "main_window.h"
#include "studio/synthesis_controller.h"
#include "takes/history_panel.h"
#include "takes/take_store.h"

#include "mars5/codec.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

namespace take_test {

using mars5::ui::LoadedModels;
using mars5::ui::ModelFileCheck;
using mars5::ui::SynthesisOutcome;
using mars5::ui::SynthesisRequest;

inline mars5::CodecCodes randomCodes(int codebooks, std::int64_t frames, unsigned seed) {
    std::mt19937 rng(seed);
    mars5::CodecCodes c;
    c.numCodebooks = codebooks;
    c.numFrames = frames;
    for (std::int64_t i = 0; i < codebooks * frames; ++i) c.values.push_back(static_cast<std::int64_t>(rng() % 1025));
    return c;
}

// A synthetic take: audio, codes, snapshots and every request field filled.
inline SynthesisOutcome makeOutcome(const QString& text, const QString& preset, quint64 seed, unsigned salt = 1) {
    SynthesisOutcome o;
    o.status = SynthesisOutcome::Status::Finished;
    o.audio.sampleRate = 24000;
    std::mt19937 rng(salt);
    std::uniform_real_distribution<float> u(-0.5f, 0.5f);
    for (int i = 0; i < 4800; ++i) o.audio.samples.push_back(u(rng));
    o.seed = seed;
    o.timings.encodeSeconds = 0.1;
    o.timings.coarseSeconds = 0.2;
    o.timings.refineSeconds = 0.3;
    o.timings.vocodeSeconds = 0.05;
    o.timings.trimSeconds = 0.01;
    o.timings.totalSeconds = 0.66;
    o.wallSeconds = 0.7;
    o.arTokens = 21;
    o.expectedTokens = 25;
    o.coarseStop = QStringLiteral("EOS");
    o.warnings = QStringList{QStringLiteral("a warning")};
    SynthesisRequest& r = o.request;
    r.text = text;
    r.transcript = QStringLiteral("reference words");
    r.deepClone = true;
    r.config.temperature = 0.55;
    r.config.top_k = 64;
    r.config.seed = -1;
    r.reference.sampleRate = 16000;
    for (int i = 0; i < 3200; ++i) r.reference.samples.push_back(0.25f * std::sin(0.01f * float(i) * float(salt)));
    r.referenceName = QStringLiteral("speaker.wav (edited)");
    r.referenceFile = QStringLiteral("/voices/speaker.wav");
    r.referenceFileSha256 = QStringLiteral("ab12");
    r.referenceEdited = true;
    r.presetName = preset;
    o.referenceFrames = 5;
    o.fullCodes = randomCodes(8, 20, salt);
    o.codes = mars5::CodecCodes{8, 15, {}, 0.0};
    for (int q = 0; q < 8; ++q)
        for (std::int64_t t = 5; t < 20; ++t) o.codes.values.push_back(o.fullCodes.value(q, t));
    o.l0Codes = randomCodes(1, 15, salt + 7);
    for (int s = 0; s < 4; ++s) {
        o.snapshots.push_back(randomCodes(8, 20, salt * 10 + s));
        o.snapshotT.push_back(4 - s);
    }
    return o;
}

inline LoadedModels makeModels() {
    LoadedModels m;
    ModelFileCheck ar;
    ar.role = QStringLiteral("MARS5 AR");
    ar.path = QStringLiteral("/models/ar.safetensors");
    ar.sha256 = QStringLiteral("deadbeef");
    ar.ok = true;
    m.files << ar;
    return m;
}

// <dir>/<name>/takes.sqlite, its folder emptied and made again.
inline QString freshStorePath(const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name + QStringLiteral("/takes.sqlite"));
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// A store at `path` with `count` takes (the second one deleted, if there are two), closed
// again: closing the last connection checkpoints the WAL into the main file.
inline QList<mars5::ui::takes::TakeRecord> fillStore(const QString& path, int count, int textLength = 40) {
    mars5::ui::takes::TakeStore store;
    if (!store.open(path).ok()) return {};
    const LoadedModels models = makeModels();
    QList<mars5::ui::takes::TakeRecord> made;
    for (int i = 0; i < count; ++i) {
        const QString text = QStringLiteral("Take %1 ").arg(i).leftJustified(textLength, QLatin1Char('x'));
        auto added = store.add(makeOutcome(text, QStringLiteral("Warm"), 100 + i, 1 + i), &models);
        if (!added.ok()) return {};
        made << added.value();
    }
    if (count >= 2) (void)store.remove(made[1].id);
    return made;
}

// The studio's own store (TakeStore::defaultPath, in the test's data folder) made anew with
// `count` takes, as fillStore makes them, for tests of the window.
inline QList<mars5::ui::takes::TakeRecord> fillDefaultStore(int count) {
    const QString path = mars5::ui::takes::TakeStore::defaultPath();
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) return {};
    return fillStore(path, count);
}

// The studio window on its own store, with the Takes dock and the history panel in it.
struct WindowWithTakes {
    mars5::ui::MainWindow window{mars5::ui::MainWindow::SavedLayout::Ignore};
    QDockWidget* dock = window.findChild<QDockWidget*>(QStringLiteral("takesDock"));
    mars5::ui::takes::HistoryPanel* panel = window.findChild<mars5::ui::takes::HistoryPanel*>();
    // Both found, and the dock showing (what a store that needs the user's attention gets).
    bool dockShown() const { return dock && panel && !dock->isHidden(); }
};

// Shows a window and waits until it has the keyboard: key presses and focus changes need that.
inline bool showActive(QWidget& window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Exports the panel's selection (on the export's own thread) and waits for it to end: the
// problems it reported ("" = none), or why it did not start.
inline QString exportAndWait(mars5::ui::takes::HistoryPanel& panel, const QString& folder,
                             const mars5::ui::ExportOptions& options = {}) {
    QSignalSpy ended(&panel, &mars5::ui::takes::HistoryPanel::exportFinished);
    const QString notStarted = panel.exportSelected(folder, options);
    if (!notStarted.isEmpty()) return notStarted;
    if (!ended.wait(60000)) return QStringLiteral("the export did not end within a minute");
    return ended.first().first().toString();
}

inline bool sameCodes(const mars5::CodecCodes& a, const mars5::CodecCodes& b) {
    return a.numCodebooks == b.numCodebooks && a.numFrames == b.numFrames && a.values == b.values;
}

}  // namespace take_test
