// Exporting many takes at once, off the GUI thread. Each take is read, converted (rate,
// loudness, format) and written with its sidecar by exportTake on a thread of its own, one
// take after another, so the studio stays usable and can show the progress: a take of 8 s to
// FLAC at 48 kHz and -16 LUFS takes about 28 ms (takes_scale_bench), so 200 of them froze the
// window for over 5 s before.
//
// Everything the thread needs is copied in at the start (the records, the paths, the store's
// folder), so renaming, starring or deleting takes meanwhile changes nothing it writes.
// stop() ends the export after the take being written: every file written is complete with its
// sidecar, and they are kept (the files they replaced, which the user agreed to replace, cannot
// come back, so removing them would lose more). Destroying the object stops it and waits.
#pragma once

#include "studio/export_options.h"
#include "studio/take_export.h"
#include "takes/take_store.h"
#include "util/stoppable_job.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace mars5::ui::takes {

// One stored take written to `path` with its sidecar, in `options`: read from the store's files,
// described with its models and history record. What batch export and the files dragged out of
// the history both do; the result's error says why not (a take whose audio is gone, a full disk).
TakeExportResult exportStoredTake(const TakeFiles& files, const TakeRecord& take, const QString& path, const ExportOptions& options);

struct BatchExportItem {
    TakeRecord take;
    QString path;  // the audio file to write; its sidecar goes beside it
};

struct BatchExportSummary {
    int total = 0;
    int written = 0;
    int clipped = 0;        // written takes that clip in the chosen format
    bool stopped = false;   // stop() ended it before every take was tried
    QStringList problems;   // "<take>: why", one per take that was not written
};

class BatchExport : public QObject {
    Q_OBJECT
public:
    BatchExport(TakeFiles files, QList<BatchExportItem> items, ExportOptions options, QObject* parent = nullptr);
    ~BatchExport() override;  // stops, and waits for the take being written

    void start();
    void stop();
    int total() const { return static_cast<int>(m_items.size()); }
    int done() const { return m_done; }  // takes tried so far (any thread)

signals:
    // After each take, written or not (queued to the GUI thread).
    void progressed(int done, int total);
    void finished(const mars5::ui::takes::BatchExportSummary& summary);

private:
    BatchExportSummary run(const std::atomic<bool>& stop);

    const TakeFiles m_files;
    const QList<BatchExportItem> m_items;
    const ExportOptions m_options;
    std::atomic<int> m_done{0};
    std::unique_ptr<StoppableJob> m_job;  // last: destroyed (stopped and waited for) first
};

}  // namespace mars5::ui::takes
