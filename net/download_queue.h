// Several model files downloaded one after the other (the studio's "Download missing" and
// `mars5-cli models download`): one FileDownload at a time, pause/resume/cancel apply to the
// current one, and every file's outcome is reported.
#pragma once

#include "file_download.h"

#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace mars5::net {

struct QueuedFile {
    QString label;  // "MARS5 AR (mars5_ar.safetensors)"
    DownloadRequest request;
};

class DownloadQueue : public QObject {
    Q_OBJECT
public:
    explicit DownloadQueue(QNetworkAccessManager* network, DownloadOptions options = {}, QObject* parent = nullptr);

    void setFiles(QList<QueuedFile> files);
    const QList<QueuedFile>& files() const { return m_files; }
    int currentIndex() const { return m_index; }
    FileDownload* current() const { return m_current; }
    bool isRunning() const { return m_running; }
    int failures() const { return m_failures; }
    QStringList messages() const { return m_messages; }  // one per finished file

    // Applied to every FileDownload created (tests simulate a quota with it).
    std::function<qint64(const QString&)> freeSpaceProbe;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void cancel();  // the current file's .part is removed; the files not started are skipped

Q_SIGNALS:
    void fileStarted(int index);
    void fileProgress(int index, qint64 received, qint64 total, double bytesPerSecond, double secondsLeft);
    void fileStateChanged(int index, mars5::net::FileDownload::State state);
    void fileRetrying(int index, int attempt, int delayMs, const QString& reason);
    void fileFinished(int index, bool ok, const QString& message);
    void finished(int failures);

private:
    void startNext();

    QNetworkAccessManager* m_network;
    DownloadOptions m_options;
    QList<QueuedFile> m_files;
    QStringList m_messages;
    FileDownload* m_current = nullptr;
    int m_index = -1;
    int m_failures = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

}  // namespace mars5::net
