// Downloading over HTTP from a server on 127.0.0.1 started by the test: full download,
// resume after an interrupted transfer and after a pause (HTTP Range), retry with backoff,
// server errors, checksum mismatch, a full disk and a quota, cancellation, the queue, and
// mars5-cli models download end to end.
#include "download_queue.h"
#include "download_settings.h"
#include "file_download.h"
#include "local_http_server.h"
#include "temp_files.h"

#include "mars5/model_files.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mars5::net::DownloadOptions;
using mars5::net::DownloadRequest;
using mars5::net::FileDownload;
using mars5::test::LocalHttpServer;

namespace {

QByteArray sha256Hex(const QByteArray& data) { return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); }

DownloadOptions fastOptions() {
    DownloadOptions o;
    o.initialBackoffMs = 20;
    o.maxBackoffMs = 200;
    o.maxAttempts = 4;
    o.stallTimeoutMs = 5000;
    return o;
}

bool waitFinished(FileDownload& d, int ms = 20000) {
    QSignalSpy spy(&d, &FileDownload::finished);
    return spy.count() > 0 || spy.wait(ms);
}

}  // namespace

class TestModelDownload : public QObject {
    Q_OBJECT
private:
    QNetworkAccessManager m_network;
    QByteArray m_vocos, m_encodec, m_yaml;

    DownloadRequest request(LocalHttpServer& server, const QByteArray& path, const QString& dest, const QByteArray& content) {
        DownloadRequest r;
        r.url = QUrl(server.url(path));
        r.destination = dest;
        r.expectedSha256 = QString::fromLatin1(sha256Hex(content));
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        m_vocos = mars5::test::readBytes(QString::fromStdString(mars5::test::fixture("codec/vocos_tiny_pytorch_model.bin")));
        m_encodec = mars5::test::readBytes(QString::fromStdString(mars5::test::fixture("codec/encodec_tiny.th")));
        m_yaml = mars5::test::readBytes(QString::fromStdString(mars5::test::fixture("codec/vocos_tiny_config.yaml")));
        QVERIFY(m_vocos.size() > 100000);
        QVERIFY(m_encodec.size() > 1000000);
        QVERIFY(!m_yaml.isEmpty());
    }

    void fullDownloadVerifiesAndMovesIntoPlace() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/vocos.bin", m_vocos);
        QTemporaryDir dir;
        const QString dest = dir.filePath("sub/folder/pytorch_model.bin");
        FileDownload d(&m_network, request(server, "/m/vocos.bin", dest, m_vocos), fastOptions());
        QSignalSpy progress(&d, &FileDownload::progress);
        d.start();
        QVERIFY(waitFinished(d));
        QCOMPARE(d.state(), FileDownload::State::Finished);
        QVERIFY2(d.message().contains("sha256 verified"), qPrintable(d.message()));
        QCOMPARE(mars5::test::readBytes(dest), m_vocos);
        QVERIFY(!QFile::exists(FileDownload::partPathFor(dest)));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_vocos.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_vocos.size()));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().first().range.isEmpty());
    }

    void structureCheckedWhenNoShaIsPublished() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/vocos.bin", m_vocos);
        server.addFile("/m/not_vocos.bin", m_yaml);  // not a checkpoint at all
        QTemporaryDir dir;
        DownloadRequest good = request(server, "/m/vocos.bin", dir.filePath("vocos/pytorch_model.bin"), m_vocos);
        good.expectedSha256.clear();
        good.validateAs = mars5::ModelRole::VocosWeights;
        FileDownload ok(&m_network, good, fastOptions());
        ok.start();
        QVERIFY(waitFinished(ok));
        QCOMPARE(ok.state(), FileDownload::State::Finished);
        QVERIFY2(ok.message().contains("structure valid"), qPrintable(ok.message()));

        DownloadRequest bad = request(server, "/m/not_vocos.bin", dir.filePath("other/pytorch_model.bin"), m_yaml);
        bad.expectedSha256.clear();
        bad.validateAs = mars5::ModelRole::VocosWeights;
        FileDownload refused(&m_network, bad, fastOptions());
        refused.start();
        QVERIFY(waitFinished(refused));
        QCOMPARE(refused.state(), FileDownload::State::Failed);
        QVERIFY2(refused.message().contains("not a valid Vocos weights file"), qPrintable(refused.message()));
        QVERIFY(!QFile::exists(dir.filePath("other/pytorch_model.bin")));
        QVERIFY(!QFile::exists(dir.filePath("other/pytorch_model.bin.part")));
    }

    void resumesAfterAnInterruptedTransfer() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/encodec.th", m_encodec);
        LocalHttpServer::Fault cut;
        cut.cutAfter = 700000;
        server.addFault("/m/encodec.th", cut);
        QTemporaryDir dir;
        const QString dest = dir.filePath("encodec_24khz-d7cc33bc.th");
        FileDownload d(&m_network, request(server, "/m/encodec.th", dest, m_encodec), fastOptions());
        QSignalSpy retries(&d, &FileDownload::retrying);
        d.start();
        QVERIFY(waitFinished(d));
        QVERIFY2(d.state() == FileDownload::State::Finished, qPrintable(d.message()));
        QCOMPARE(mars5::test::readBytes(dest), m_encodec);
        QCOMPARE(retries.count(), 1);
        // Qt may resend a request once by itself when a kept-alive connection drops, so there
        // can be one more request than retries; the first asks for everything and the last
        // continues where the received bytes stopped.
        const auto requests = server.requests();
        QVERIFY2(requests.size() >= 2 && requests.size() <= 3, qPrintable(QString::number(requests.size())));
        QVERIFY(requests.front().range.isEmpty());
        QCOMPARE(requests.back().range, QByteArray("bytes=700000-"));
        QCOMPARE(requests.back().status, 206);
    }

    void resumesAnExistingPartFileAndHandlesIgnoredRange() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/encodec.th", m_encodec);
        QTemporaryDir dir;
        const QString dest = dir.filePath("e.th");
        // A .part left by an earlier run: resumed with a Range request.
        mars5::test::writeBytes(FileDownload::partPathFor(dest), m_encodec.left(123456));
        FileDownload d(&m_network, request(server, "/m/encodec.th", dest, m_encodec), fastOptions());
        d.start();
        QVERIFY(waitFinished(d));
        QVERIFY2(d.state() == FileDownload::State::Finished, qPrintable(d.message()));
        QCOMPARE(server.requests().first().range, QByteArray("bytes=123456-"));
        QCOMPARE(mars5::test::readBytes(dest), m_encodec);

        // A server that ignores Range (200 + whole body): the .part restarts from zero.
        LocalHttpServer plain;
        QVERIFY(plain.start());
        plain.addFile("/m/encodec.th", m_encodec);
        LocalHttpServer::Fault ignore;
        ignore.ignoreRange = true;
        plain.addFault("/m/encodec.th", ignore);
        const QString dest2 = dir.filePath("e2.th");
        mars5::test::writeBytes(FileDownload::partPathFor(dest2), m_encodec.left(5000));
        FileDownload d2(&m_network, request(plain, "/m/encodec.th", dest2, m_encodec), fastOptions());
        d2.start();
        QVERIFY(waitFinished(d2));
        QVERIFY2(d2.state() == FileDownload::State::Finished, qPrintable(d2.message()));
        QCOMPARE(plain.requests().first().status, 200);
        QCOMPARE(mars5::test::readBytes(dest2), m_encodec);
    }

    void pauseKeepsThePartAndResumeUsesRange() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/encodec.th", m_encodec);
        server.setThrottle(64 * 1024, 5);
        QTemporaryDir dir;
        const QString dest = dir.filePath("e.th");
        FileDownload d(&m_network, request(server, "/m/encodec.th", dest, m_encodec), fastOptions());
        d.start();
        QTRY_VERIFY_WITH_TIMEOUT(d.bytesReceived() > 200000, 10000);
        d.pause();
        QTRY_COMPARE_WITH_TIMEOUT(d.state(), FileDownload::State::Paused, 5000);
        const qint64 kept = QFileInfo(FileDownload::partPathFor(dest)).size();
        QVERIFY(kept > 0 && kept < m_encodec.size());
        QVERIFY(!QFile::exists(dest));  // no half file under the final name
        server.setThrottle(0, 0);
        d.resume();
        QVERIFY(waitFinished(d));
        QVERIFY2(d.state() == FileDownload::State::Finished, qPrintable(d.message()));
        QCOMPARE(mars5::test::readBytes(dest), m_encodec);
        QCOMPARE(server.requests().last().range, "bytes=" + QByteArray::number(kept) + "-");
    }

    void retriesServerErrorsWithBackoff() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/vocos.bin", m_vocos);
        LocalHttpServer::Fault e500;
        e500.status = 503;
        e500.times = 2;
        server.addFault("/m/vocos.bin", e500);
        QTemporaryDir dir;
        DownloadOptions o = fastOptions();
        o.initialBackoffMs = 100;
        FileDownload d(&m_network, request(server, "/m/vocos.bin", dir.filePath("v.bin"), m_vocos), o);
        QSignalSpy retries(&d, &FileDownload::retrying);
        QElapsedTimer clock;
        clock.start();
        d.start();
        QVERIFY(waitFinished(d));
        QVERIFY2(d.state() == FileDownload::State::Finished, qPrintable(d.message()));
        QCOMPARE(retries.count(), 2);
        QCOMPARE(retries.at(0).at(1).toInt(), 100);  // then doubled
        QCOMPARE(retries.at(1).at(1).toInt(), 200);
        QVERIFY(retries.at(0).at(2).toString().contains("503"));
        QVERIFY(clock.elapsed() >= 300);
        QCOMPARE(server.requests().size(), 3);
    }

    void givesUpAfterMaxAttemptsAndFailsFastOn404() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/vocos.bin", m_vocos);
        LocalHttpServer::Fault e500;
        e500.status = 500;
        e500.times = 100;
        server.addFault("/m/vocos.bin", e500);
        QTemporaryDir dir;
        FileDownload d(&m_network, request(server, "/m/vocos.bin", dir.filePath("v.bin"), m_vocos), fastOptions());
        d.start();
        QVERIFY(waitFinished(d));
        QCOMPARE(d.state(), FileDownload::State::Failed);
        QVERIFY2(d.message().contains("gave up after 4 attempts") && d.message().contains("HTTP 500"), qPrintable(d.message()));
        QCOMPARE(server.requests().size(), 4);
        QVERIFY(!QFile::exists(dir.filePath("v.bin")));

        FileDownload missing(&m_network, request(server, "/m/nothing.bin", dir.filePath("n.bin"), m_vocos), fastOptions());
        QSignalSpy retries(&missing, &FileDownload::retrying);
        missing.start();
        QVERIFY(waitFinished(missing));
        QCOMPARE(missing.state(), FileDownload::State::Failed);
        QVERIFY2(missing.message().contains("HTTP 404") && missing.message().contains("mirror"), qPrintable(missing.message()));
        QCOMPARE(retries.count(), 0);
        QVERIFY(!QFile::exists(dir.filePath("n.bin")));
    }

    void checksumMismatchDiscardsTheDownload() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/vocos.bin", m_vocos);
        LocalHttpServer::Fault corrupt;
        corrupt.corrupt = true;
        server.addFault("/m/vocos.bin", corrupt);
        QTemporaryDir dir;
        const QString dest = dir.filePath("v.bin");
        mars5::test::writeBytes(dest, "the old file stays until a verified one replaces it");
        FileDownload d(&m_network, request(server, "/m/vocos.bin", dest, m_vocos), fastOptions());
        d.start();
        QVERIFY(waitFinished(d));
        QCOMPARE(d.state(), FileDownload::State::Failed);
        QVERIFY2(d.message().contains("checksum mismatch") && d.message().contains(sha256Hex(m_vocos)),
                 qPrintable(d.message()));
        QVERIFY(!QFile::exists(FileDownload::partPathFor(dest)));
        QCOMPARE(mars5::test::readBytes(dest), QByteArray("the old file stays until a verified one replaces it"));

        // Only the first 8 digits known (Encodec names): checked too.
        DownloadRequest prefix = request(server, "/m/vocos.bin", dir.filePath("p.bin"), m_vocos);
        prefix.expectedSha256.clear();
        prefix.expectedSha256Prefix = QStringLiteral("00000000");
        FileDownload p(&m_network, prefix, fastOptions());
        p.start();
        QVERIFY(waitFinished(p));
        QCOMPARE(p.state(), FileDownload::State::Failed);
        QVERIFY2(p.message().contains("starts with 00000000"), qPrintable(p.message()));
        QVERIFY(!QFile::exists(dir.filePath("p.bin")));
    }

    void writeErrorIsReportedAsDiskFull() {
        if (!QFile::exists(QStringLiteral("/dev/full"))) QSKIP("/dev/full is not available");
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/vocos.bin", m_vocos);
        QTemporaryDir dir;
        const QString dest = dir.filePath("v.bin");
        // Every write to /dev/full fails with ENOSPC, exactly like a full disk.
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), FileDownload::partPathFor(dest)));
        FileDownload d(&m_network, request(server, "/m/vocos.bin", dest, m_vocos), fastOptions());
        d.start();
        QVERIFY(waitFinished(d));
        QCOMPARE(d.state(), FileDownload::State::Failed);
        QVERIFY2(d.message().contains("disk full") && d.message().contains("resume"), qPrintable(d.message()));
        QVERIFY(!QFile::exists(dest));
    }

    void quotaIsCheckedBeforeWriting() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/encodec.th", m_encodec);
        QTemporaryDir dir;
        const QString dest = dir.filePath("e.th");
        FileDownload d(&m_network, request(server, "/m/encodec.th", dest, m_encodec), fastOptions());
        d.freeSpaceProbe = [](const QString&) { return qint64(4096); };  // a tiny quota
        d.start();
        QVERIFY(waitFinished(d));
        QCOMPARE(d.state(), FileDownload::State::Failed);
        QVERIFY2(d.message().contains("not enough disk space") && d.message().contains("4.0 KiB free"), qPrintable(d.message()));
        QVERIFY(!QFile::exists(dest));
    }

    void cancelRemovesThePartFile() {
        LocalHttpServer server;
        QVERIFY(server.start());
        server.addFile("/m/encodec.th", m_encodec);
        server.setThrottle(32 * 1024, 10);
        QTemporaryDir dir;
        const QString dest = dir.filePath("e.th");
        FileDownload d(&m_network, request(server, "/m/encodec.th", dest, m_encodec), fastOptions());
        QSignalSpy finished(&d, &FileDownload::finished);
        d.start();
        QTRY_VERIFY_WITH_TIMEOUT(d.bytesReceived() > 100000, 10000);
        QVERIFY(QFile::exists(FileDownload::partPathFor(dest)));
        d.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(d.state(), FileDownload::State::Cancelled, 5000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(FileDownload::partPathFor(dest)));
        QVERIFY(!QFile::exists(dest));
    }

    void queueDownloadsCatalogueFilesFromAMirror() {
        LocalHttpServer server;
        QVERIFY(server.start());
        const mars5::KnownModelFile& config = mars5::recommendedFile(mars5::ModelRole::VocosConfig);
        const mars5::KnownModelFile& weights = mars5::recommendedFile(mars5::ModelRole::VocosWeights);
        server.addFile("/mirror/" + QByteArray::fromStdString(config.mirrorPath), m_yaml);
        server.addFile("/mirror/" + QByteArray::fromStdString(weights.mirrorPath), m_vocos);
        QTemporaryDir dir;
        const QString mirror = server.url("/mirror/");
        QVERIFY(mars5::net::checkMirrorUrl(mirror).isEmpty());
        QVERIFY(!mars5::net::checkMirrorUrl(QStringLiteral("ftp://example")).isEmpty());
        mars5::net::DownloadQueue queue(&m_network, fastOptions());
        QList<mars5::net::QueuedFile> files;
        for (const auto* k : {&config, &weights}) files << mars5::net::QueuedFile{QString::fromStdString(k->fileName),
                                                                              mars5::net::requestFor(*k, dir.path(), mirror)};
        QCOMPARE(files[0].request.url.toString(),
                 server.baseUrl() + "/mirror/charactr/vocos-encodec-24khz/resolve/main/config.yaml");
        queue.setFiles(files);
        QSignalSpy done(&queue, &mars5::net::DownloadQueue::finished);
        queue.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toInt(), 0);
        QCOMPARE(mars5::test::readBytes(dir.filePath("vocos/config.yaml")), m_yaml);
        QCOMPARE(mars5::test::readBytes(dir.filePath("vocos/pytorch_model.bin")), m_vocos);
        // What was downloaded is found and validates.
        mars5::ModelInventory inv = mars5::discoverModels({{mars5::LocationKind::StudioData, dir.path().toStdString()}});
        QVERIFY(mars5::verifyInventory(inv, nullptr).ok());
        QVERIFY(inv.best(mars5::ModelRole::VocosWeights));
        QCOMPARE(inv.best(mars5::ModelRole::VocosWeights)->validation, mars5::ValidationState::Valid);
        QVERIFY(inv.best(mars5::ModelRole::VocosWeights)->known == &weights);
    }

    void cliDownloadsFromTheMirror() {
        LocalHttpServer server;
        QVERIFY(server.start());
        const mars5::KnownModelFile& config = mars5::recommendedFile(mars5::ModelRole::VocosConfig);
        const mars5::KnownModelFile& weights = mars5::recommendedFile(mars5::ModelRole::VocosWeights);
        server.addFile("/" + QByteArray::fromStdString(config.mirrorPath), m_yaml);
        server.addFile("/" + QByteArray::fromStdString(weights.mirrorPath), m_vocos);
        LocalHttpServer::Fault e502;
        e502.status = 502;
        server.addFault("/" + QByteArray::fromStdString(weights.mirrorPath), e502);
        QTemporaryDir home;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", home.path());
        env.insert("XDG_DATA_HOME", home.filePath("data"));
        env.insert("XDG_CACHE_HOME", home.filePath("cache"));
        env.insert("MARS5_MODELS_MIRROR", server.baseUrl());
        env.insert("MARS5_DOWNLOAD_BACKOFF_MS", "20");
        env.remove("HF_HUB_CACHE");
        env.remove("HF_HOME");
        env.remove("TORCH_HOME");
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MARS5_CLI_PATH), {"models", "download", "--role", "vocos"});
        // The server lives in this process: keep the event loop running while the CLI works.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains("retrying") && out.contains("all files downloaded"), qPrintable(out));
        const QString models = home.filePath("data/mars5-studio/models");
        QCOMPARE(mars5::test::readBytes(models + "/vocos/pytorch_model.bin"), m_vocos);
        QCOMPARE(mars5::test::readBytes(models + "/vocos/config.yaml"), m_yaml);
    }
};

QTEST_GUILESS_MAIN(TestModelDownload)
#include "test_model_download.moc"
