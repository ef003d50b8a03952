#include "takes/batch_export.h"

#include "util/notice_text.h"

#include <utility>

namespace mars5::ui::takes {

TakeExportResult exportStoredTake(const TakeFiles& files, const TakeRecord& take, const QString& path, const ExportOptions& options) {
    auto outcome = files.outcome(take);
    if (!outcome.ok()) return TakeExportResult{errorText(outcome), {}};
    const LoadedModels models = TakeStore::modelsOf(take);
    return exportTake(path, outcome.value(), &models, options, take.exportInfo());
}

BatchExport::BatchExport(TakeFiles files, QList<BatchExportItem> items, ExportOptions options, QObject* parent)
    : QObject(parent), m_files(std::move(files)), m_items(std::move(items)), m_options(std::move(options)) {}

BatchExport::~BatchExport() = default;  // m_job stops the export and waits for it

void BatchExport::start() {
    if (m_job) return;  // one run per object
    m_job = std::make_unique<StoppableJob>([this](const std::atomic<bool>& stop) {
        BatchExportSummary summary = run(stop);
        // The summary reaches the GUI thread as a queued call: this object is alive until the
        // thread has ended (the destructor waits), and a call still queued when it is
        // destroyed is dropped with it.
        QMetaObject::invokeMethod(
            this,
            [this, summary = std::move(summary)] { emit finished(summary); },
            Qt::QueuedConnection);
    });
}

void BatchExport::stop() {
    if (m_job) m_job->requestStop();
}

BatchExportSummary BatchExport::run(const std::atomic<bool>& stop) {
    BatchExportSummary summary;
    summary.total = total();
    for (const BatchExportItem& item : m_items) {
        if (stop) {
            summary.stopped = true;
            break;
        }
        const TakeExportResult result = exportStoredTake(m_files, item.take, item.path, m_options);
        if (!result.ok()) {
            summary.problems << QStringLiteral("%1: %2").arg(item.take.displayName(), result.error);
        } else {
            ++summary.written;
            if (result.file.clippedSamples(m_options.format) > 0) ++summary.clipped;
        }
        emit progressed(++m_done, summary.total);
    }
    return summary;
}

}  // namespace mars5::ui::takes
