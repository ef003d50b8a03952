// One file downloaded safely: into `<destination>.part`, resumed with an HTTP Range request
// after a pause or an interrupted transfer, retried with exponential backoff on network errors
// and 5xx/429 answers, then checked (sha256 against the published value, or the structure
// through the loaders when no value is published) and only then renamed over the destination.
// The destination never holds a half file: it is either absent, the old file, or the complete,
// verified new one.
//
// Pause keeps the .part (resume continues it); cancel deletes it. A write error (a full disk)
// stops the download with a message and keeps the .part so it can be resumed once there is room.
#pragma once

#include "mars5/model_files.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace mars5::net {

struct DownloadRequest {
    QUrl url;
    QString destination;              // final path; its folder is created
    QString expectedSha256;           // full lowercase hex, empty when unknown
    QString expectedSha256Prefix;     // leading digits when only those are known (Encodec names)
    qint64 expectedBytes = -1;        // approximate, for the free-space check before the size is known
    std::optional<ModelRole> validateAs;  // structural check when no full sha256 is known
};

// The request for a catalogue file, downloaded to modelsFolder/installPath.
DownloadRequest requestFor(const KnownModelFile& file, const QString& modelsFolder, const QString& mirror);

struct DownloadOptions {
    int maxAttempts = 5;            // attempts per start/resume (1 = no retry)
    int initialBackoffMs = 1000;    // 1 s, 2 s, 4 s, ...
    int maxBackoffMs = 30000;
    int stallTimeoutMs = 60000;     // no byte for this long: the attempt fails (and is retried)
    int progressIntervalMs = 200;
};

class FileDownload : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Downloading, WaitingToRetry, Paused, Verifying, Finished, Failed, Cancelled };
    Q_ENUM(State)

    FileDownload(QNetworkAccessManager* network, DownloadRequest request, DownloadOptions options = {},
                 QObject* parent = nullptr);
    ~FileDownload() override;  // an active transfer is aborted; the .part stays for next time

    static QString partPathFor(const QString& destination) { return destination + QStringLiteral(".part"); }
    QString partPath() const { return partPathFor(m_request.destination); }
    const DownloadRequest& request() const { return m_request; }

    State state() const { return m_state; }
    bool isActive() const;  // Downloading, WaitingToRetry or Verifying
    QString message() const { return m_message; }  // the error, or what was verified
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesTotal() const { return m_total; }  // -1 until the server says
    int attempts() const { return m_attempts; }    // in the current run

    // Free bytes where `folder` is (QStorageInfo by default); replaceable to simulate a quota.
    std::function<qint64(const QString& folder)> freeSpaceProbe;

public Q_SLOTS:
    void start();   // also resumes from an existing .part
    void pause();
    void resume();
    void cancel();

Q_SIGNALS:
    void stateChanged(mars5::net::FileDownload::State state);
    // bytesPerSecond over the last few seconds; secondsLeft < 0 when unknown.
    void progress(qint64 received, qint64 total, double bytesPerSecond, double secondsLeft);
    void retrying(int attempt, int delayMs, const QString& reason);
    void finished(bool ok, const QString& message);

private:
    void setState(State s);
    void beginAttempt();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void scheduleRetry(const QString& reason);
    void failWith(const QString& message, bool removePart);
    void finishCancelled();
    void startVerification();
    void onVerified(bool ok, bool cancelled, const QString& message);
    void emitProgress(bool force);
    bool checkFreeSpace(qint64 stillNeeded);

    QNetworkAccessManager* m_network;
    DownloadRequest m_request;
    DownloadOptions m_options;
    State m_state = State::Idle;
    QString m_message;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    QTimer* m_retryTimer;
    QTimer* m_stallTimer;
    qint64 m_offset = 0;     // bytes of the .part when the attempt started
    qint64 m_received = 0;   // bytes in the .part now
    qint64 m_total = -1;
    int m_attempts = 0;
    bool m_accepting = false;  // the current reply's body is being written
    bool m_pausing = false;
    bool m_cancelling = false;
    QString m_writeError;
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, qint64>> m_samples;  // (ms, received) for the speed
    qint64 m_lastProgressMs = -1;
    std::shared_ptr<std::atomic<bool>> m_verifyCancel;
};

}  // namespace mars5::net
