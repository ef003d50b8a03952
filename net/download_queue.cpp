#include "download_queue.h"

namespace mars5::net {

DownloadQueue::DownloadQueue(QNetworkAccessManager* network, DownloadOptions options, QObject* parent)
    : QObject(parent), m_network(network), m_options(options) {}

void DownloadQueue::setFiles(QList<QueuedFile> files) {
    if (m_running) return;
    m_files = std::move(files);
}

void DownloadQueue::start() {
    if (m_running) return;
    m_running = true;
    m_cancelled = false;
    m_failures = 0;
    m_messages.clear();
    m_index = -1;
    startNext();
}

void DownloadQueue::pause() {
    if (m_current) m_current->pause();
}

void DownloadQueue::resume() {
    if (m_current) m_current->resume();
}

void DownloadQueue::cancel() {
    m_cancelled = true;
    if (m_current) m_current->cancel();
}

void DownloadQueue::startNext() {
    if (m_current) {
        m_current->deleteLater();
        m_current = nullptr;
    }
    ++m_index;
    if (m_cancelled || m_index >= m_files.size()) {
        if (m_cancelled)
            for (int i = m_index; i < m_files.size(); ++i) {
                ++m_failures;
                m_messages << QStringLiteral("%1: not started (cancelled)").arg(m_files[i].label);
            }
        m_running = false;
        Q_EMIT finished(m_failures);
        return;
    }
    const int index = m_index;
    m_current = new FileDownload(m_network, m_files[index].request, m_options, this);
    if (freeSpaceProbe) m_current->freeSpaceProbe = freeSpaceProbe;
    connect(m_current, &FileDownload::progress, this, [this, index](qint64 r, qint64 t, double s, double l) {
        Q_EMIT fileProgress(index, r, t, s, l);
    });
    connect(m_current, &FileDownload::stateChanged, this,
            [this, index](FileDownload::State s) { Q_EMIT fileStateChanged(index, s); });
    connect(m_current, &FileDownload::retrying, this,
            [this, index](int a, int d, const QString& why) { Q_EMIT fileRetrying(index, a, d, why); });
    connect(m_current, &FileDownload::finished, this, [this, index](bool ok, const QString& message) {
        if (!ok) ++m_failures;
        m_messages << message;
        Q_EMIT fileFinished(index, ok, message);
        // A failed file does not stop the others; a cancel stops the queue.
        QMetaObject::invokeMethod(this, &DownloadQueue::startNext, Qt::QueuedConnection);
    });
    Q_EMIT fileStarted(index);
    m_current->start();
}

}  // namespace mars5::net
