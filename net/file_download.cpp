#include "file_download.h"

#include "download_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QThreadPool>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace mars5::net {

namespace {

QString humanBytes(qint64 b) {
    if (b < 0) return QStringLiteral("?");
    if (b >= (qint64(1) << 30)) return QString::number(b / double(qint64(1) << 30), 'f', 2) + QStringLiteral(" GiB");
    if (b >= (1 << 20)) return QString::number(b / double(1 << 20), 'f', 1) + QStringLiteral(" MiB");
    if (b >= 1024) return QString::number(b / 1024.0, 'f', 1) + QStringLiteral(" KiB");
    return QString::number(b) + QStringLiteral(" B");
}

struct VerifyOutcome {
    bool ok = false;
    bool cancelled = false;
    QString message;
};

// Runs off the GUI thread: sha256 of the .part, then the structural check when no full
// published sha256 vouches for the content.
VerifyOutcome verifyPart(const QString& part, const DownloadRequest& req, const std::shared_ptr<std::atomic<bool>>& cancel) {
    VerifyOutcome out;
    const std::string path = part.toStdString();
    Result<std::string> sha = computeSha256(path, [cancel](std::uint64_t, std::uint64_t) { return !cancel->load(); });
    if (!sha.ok()) {
        out.cancelled = sha.error().kind == ErrorKind::Cancelled;
        out.message = QString::fromStdString(sha.message());
        return out;
    }
    const QString got = QString::fromStdString(*sha);
    const QString name = QFileInfo(req.destination).fileName();
    if (!req.expectedSha256.isEmpty() && got != req.expectedSha256.toLower()) {
        out.message = QStringLiteral("%1: checksum mismatch: the downloaded file has sha256 %2, the published file %3. "
                                     "The download was discarded; try again, or check the mirror.")
                          .arg(name, got, req.expectedSha256.toLower());
        return out;
    }
    if (req.expectedSha256.isEmpty() && !req.expectedSha256Prefix.isEmpty() &&
        !got.startsWith(req.expectedSha256Prefix.toLower())) {
        out.message = QStringLiteral("%1: checksum mismatch: the downloaded file has sha256 %2, the published one starts "
                                     "with %3. The download was discarded; try again, or check the mirror.")
                          .arg(name, got, req.expectedSha256Prefix.toLower());
        return out;
    }
    QString what = req.expectedSha256.isEmpty() && req.expectedSha256Prefix.isEmpty()
                       ? QStringLiteral("sha256 %1 (no published value to compare)").arg(got)
                       : QStringLiteral("sha256 verified");
    if (req.expectedSha256.isEmpty() && req.validateAs) {
        Result<std::string> v = validateModelFile(path, *req.validateAs);
        if (!v.ok()) {
            out.message = QStringLiteral("%1: the downloaded file is not a valid %2 file and was discarded: %3")
                              .arg(name, QString::fromLatin1(describe(*req.validateAs)), QString::fromStdString(v.message()));
            return out;
        }
        what += QStringLiteral(", structure valid");
    }
    out.ok = true;
    out.message = QStringLiteral("%1: %2").arg(name, what);
    return out;
}

bool syncAndRename(const QString& from, const QString& to, QString* error) {
    const QByteArray src = QFile::encodeName(from), dst = QFile::encodeName(to);
    const int fd = ::open(src.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("%1 vanished before it could be moved into place").arg(from);
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    const int syncErr = errno;
    ::close(fd);
    if (!synced) {
        *error = QStringLiteral("cannot flush %1 to disk: %2").arg(from, QString::fromLocal8Bit(std::strerror(syncErr)));
        return false;
    }
    if (std::rename(src.constData(), dst.constData()) != 0) {
        *error = QStringLiteral("cannot move %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

}  // namespace

DownloadRequest requestFor(const KnownModelFile& file, const QString& modelsFolder, const QString& mirror) {
    DownloadRequest r;
    r.url = downloadUrlFor(file, mirror);
    r.destination = QDir(modelsFolder).filePath(QString::fromStdString(file.installPath));
    r.expectedSha256 = QString::fromStdString(file.sha256);
    r.expectedSha256Prefix = QString::fromStdString(file.sha256Prefix);
    r.expectedBytes = file.approxBytes > 0 ? static_cast<qint64>(file.approxBytes) : -1;
    r.validateAs = file.role;
    return r;
}

FileDownload::FileDownload(QNetworkAccessManager* network, DownloadRequest request, DownloadOptions options, QObject* parent)
    : QObject(parent), m_network(network), m_request(std::move(request)), m_options(options),
      m_retryTimer(new QTimer(this)), m_stallTimer(new QTimer(this)) {
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer);  // the backoff delays are what they say
    connect(m_retryTimer, &QTimer::timeout, this, &FileDownload::beginAttempt);
    m_stallTimer->setSingleShot(true);
    connect(m_stallTimer, &QTimer::timeout, this, [this] {
        if (m_reply) m_reply->abort();  // reported as a network error and retried
    });
    freeSpaceProbe = [](const QString& folder) { return QStorageInfo(folder).bytesAvailable(); };
}

FileDownload::~FileDownload() {
    if (m_verifyCancel) m_verifyCancel->store(true);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_part.close();
}

bool FileDownload::isActive() const {
    return m_state == State::Downloading || m_state == State::WaitingToRetry || m_state == State::Verifying;
}

void FileDownload::setState(State s) {
    if (m_state == s) return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void FileDownload::start() {
    if (isActive()) return;
    m_attempts = 0;
    m_message.clear();
    m_clock.start();
    m_samples.clear();
    beginAttempt();
}

void FileDownload::resume() {
    if (m_state == State::Paused || m_state == State::Failed || m_state == State::Idle) start();
}

void FileDownload::pause() {
    if (m_state == State::Downloading && m_reply) {
        m_pausing = true;
        m_reply->abort();
    } else if (m_state == State::WaitingToRetry) {
        m_retryTimer->stop();
        setState(State::Paused);
    }
}

void FileDownload::cancel() {
    switch (m_state) {
    case State::Downloading:
        m_cancelling = true;
        if (m_reply) m_reply->abort();
        return;
    case State::Verifying:
        m_cancelling = true;
        if (m_verifyCancel) m_verifyCancel->store(true);
        return;
    case State::Finished:
    case State::Cancelled:
        return;
    default:
        m_retryTimer->stop();
        finishCancelled();
    }
}

// Cancel keeps nothing: the partial file goes with the download.
void FileDownload::finishCancelled() {
    QFile::remove(partPath());
    m_received = 0;
    m_message = QStringLiteral("cancelled");
    setState(State::Cancelled);
    Q_EMIT finished(false, m_message);
}

bool FileDownload::checkFreeSpace(qint64 stillNeeded) {
    if (stillNeeded <= 0 || !freeSpaceProbe) return true;
    const QString folder = QFileInfo(m_request.destination).absolutePath();
    const qint64 available = freeSpaceProbe(folder);
    if (available < 0 || available >= stillNeeded) return true;
    failWith(QStringLiteral("not enough disk space in %1 for %2: %3 more needed, %4 free")
                 .arg(folder, QFileInfo(m_request.destination).fileName(), humanBytes(stillNeeded), humanBytes(available)),
             false);
    return false;
}

void FileDownload::beginAttempt() {
    ++m_attempts;
    m_writeError.clear();
    m_pausing = m_cancelling = false;
    const QFileInfo dest(m_request.destination);
    if (!QDir().mkpath(dest.absolutePath())) {
        failWith(QStringLiteral("cannot create the folder %1").arg(dest.absolutePath()), false);
        return;
    }
    m_part.close();
    m_part.setFileName(partPath());
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        failWith(QStringLiteral("cannot write %1: %2").arg(partPath(), m_part.errorString()), false);
        return;
    }
    m_offset = m_received = m_part.size();
    const qint64 expected = m_total > 0 ? m_total : m_request.expectedBytes;
    if (!checkFreeSpace(expected > 0 ? expected - m_offset : -1)) {
        m_part.close();
        return;
    }

    QNetworkRequest req(m_request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("mars5-studio"));
    // Identity: a compressed body cannot be resumed byte for byte.
    req.setRawHeader("Accept-Encoding", "identity");
    if (m_offset > 0) req.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + "-");
    m_accepting = false;
    QNetworkReply* reply = m_network->get(req);
    m_reply = reply;
    reply->setProperty("mars5MetaSeen", false);
    connect(reply, &QNetworkReply::metaDataChanged, this, &FileDownload::onMetaData);
    connect(reply, &QIODevice::readyRead, this, &FileDownload::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &FileDownload::onReplyFinished);
    m_stallTimer->start(m_options.stallTimeoutMs);
    setState(State::Downloading);
    emitProgress(true);
}

void FileDownload::onMetaData() {
    if (!m_reply) return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) return;  // a redirect being followed
    m_reply->setProperty("mars5MetaSeen", true);
    m_accepting = false;
    if (status == 206) {
        static const QRegularExpression re(QStringLiteral("^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto m = re.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")).trimmed());
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_offset) {
            // Not the part we asked for: start over from the beginning.
            m_part.resize(0);
            m_offset = m_received = 0;
            m_reply->abort();
            return;
        }
        if (m.captured(3) != QLatin1String("*")) m_total = m.captured(3).toLongLong();
        m_accepting = true;
    } else if (status == 200) {
        if (m_offset > 0) {  // the server ignored the Range header: the body is the whole file
            m_part.resize(0);
            m_offset = m_received = 0;
        }
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_total = length.isValid() ? length.toLongLong() : -1;
        m_accepting = true;
        if (m_total > 0 && !checkFreeSpace(m_total)) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
            m_part.close();
        }
    }
}

void FileDownload::onReadyRead() {
    if (!m_reply) return;
    if (!m_reply->property("mars5MetaSeen").toBool()) onMetaData();
    if (!m_reply) return;
    const QByteArray data = m_reply->readAll();
    if (!m_accepting || data.isEmpty() || !m_writeError.isEmpty()) return;
    m_stallTimer->start(m_options.stallTimeoutMs);
    const qint64 written = m_part.write(data);
    if (written > 0) m_received += written;
    if (written != data.size()) {
        m_writeError = m_part.errorString();
        if (m_writeError.isEmpty()) m_writeError = QStringLiteral("short write");
        m_reply->abort();
        return;
    }
    emitProgress(false);
}

void FileDownload::onReplyFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply) return;
    if (m_accepting && m_writeError.isEmpty() && reply->bytesAvailable() > 0) onReadyRead();
    m_stallTimer->stop();
    m_reply = nullptr;
    reply->deleteLater();
    m_part.close();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = reply->error();
    const QString url = m_request.url.toString();
    const QString name = QFileInfo(m_request.destination).fileName();

    if (m_cancelling) {
        finishCancelled();
        return;
    }
    if (!m_writeError.isEmpty()) {
        failWith(QStringLiteral("cannot write %1 (%2): is the disk full? The %3 downloaded so far are kept in %4; "
                                "free some space and resume.")
                     .arg(name, m_writeError, humanBytes(m_received), partPath()),
                 false);
        return;
    }
    if (m_pausing) {
        m_pausing = false;
        setState(State::Paused);
        emitProgress(true);
        return;
    }
    if (status == 416) {
        QFile::remove(partPath());
        m_received = m_offset = 0;
        m_total = -1;
        scheduleRetry(QStringLiteral("the server could not resume the partial download (HTTP 416); starting again"));
        return;
    }
    if (status == 408 || status == 429 || status >= 500) {
        scheduleRetry(QStringLiteral("HTTP %1 %2 from %3").arg(status).arg(reason, url));
        return;
    }
    if (status >= 400) {
        failWith(QStringLiteral("%1: HTTP %2 %3 from %4%5")
                     .arg(name)
                     .arg(status)
                     .arg(reason, url,
                          status == 404 ? QStringLiteral(" (not there: check the mirror setting)") : QString()),
                 false);
        return;
    }
    if (error != QNetworkReply::NoError || (status != 200 && status != 206)) {
        scheduleRetry(error != QNetworkReply::NoError ? reply->errorString()
                                                      : QStringLiteral("unexpected HTTP status %1 from %2").arg(status).arg(url));
        return;
    }
    if (m_total >= 0 && m_received < m_total) {
        scheduleRetry(QStringLiteral("the connection closed after %1 of %2").arg(humanBytes(m_received), humanBytes(m_total)));
        return;
    }
    if (m_total >= 0 && m_received > m_total) {
        failWith(QStringLiteral("%1: received more bytes than announced; the download was discarded").arg(name), true);
        return;
    }
    emitProgress(true);
    startVerification();
}

void FileDownload::scheduleRetry(const QString& reason) {
    if (m_attempts >= m_options.maxAttempts) {
        failWith(QStringLiteral("%1: gave up after %2 attempts: %3")
                     .arg(QFileInfo(m_request.destination).fileName())
                     .arg(m_attempts)
                     .arg(reason),
                 false);
        return;
    }
    qint64 delay = m_options.initialBackoffMs;
    for (int i = 1; i < m_attempts && delay < m_options.maxBackoffMs; ++i) delay *= 2;
    delay = std::min<qint64>(delay, m_options.maxBackoffMs);
    setState(State::WaitingToRetry);
    Q_EMIT retrying(m_attempts, static_cast<int>(delay), reason);
    m_retryTimer->start(static_cast<int>(delay));
}

void FileDownload::failWith(const QString& message, bool removePart) {
    if (removePart) {
        QFile::remove(partPath());
        m_received = 0;
    }
    m_message = message;
    setState(State::Failed);
    Q_EMIT finished(false, message);
}

void FileDownload::startVerification() {
    setState(State::Verifying);
    m_verifyCancel = std::make_shared<std::atomic<bool>>(false);
    auto promise = std::make_shared<QPromise<VerifyOutcome>>();
    auto* watcher = new QFutureWatcher<VerifyOutcome>(this);
    connect(watcher, &QFutureWatcher<VerifyOutcome>::finished, this, [this, watcher] {
        const VerifyOutcome out = watcher->future().result();
        watcher->deleteLater();
        onVerified(out.ok, out.cancelled, out.message);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, part = partPath(), req = m_request, cancel = m_verifyCancel] {
            promise->addResult(verifyPart(part, req, cancel));
            promise->finish();
        });
}

void FileDownload::onVerified(bool ok, bool cancelled, const QString& message) {
    if (cancelled || m_cancelling) {
        finishCancelled();
        return;
    }
    if (!ok) {
        failWith(message, true);
        return;
    }
    QString error;
    if (!syncAndRename(partPath(), m_request.destination, &error)) {
        failWith(error, false);
        return;
    }
    m_message = message;
    setState(State::Finished);
    Q_EMIT finished(true, message);
}

void FileDownload::emitProgress(bool force) {
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_samples.emplace_back(now, m_received);
    while (m_samples.size() > 2 && now - m_samples.front().first > 3000) m_samples.pop_front();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < m_options.progressIntervalMs) return;
    m_lastProgressMs = now;
    double speed = 0.0;
    const auto& first = m_samples.front();
    if (now - first.first >= 200 && m_received >= first.second)
        speed = double(m_received - first.second) * 1000.0 / double(now - first.first);
    const double left = (m_total > 0 && speed > 0) ? double(m_total - m_received) / speed : -1.0;
    Q_EMIT progress(m_received, m_total, speed, left);
}

}  // namespace mars5::net
