// inspectCheckpoint and guessModel: what `mars5-cli info` and the model setup show.
#include "mars5/checkpoint_info.h"
#include "temp_files.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace mars5;
using mars5::test::fixture;

namespace {

// The full-size manifests: {name: {shape, dtype}} (plus a __metadata__ entry for MARS5).
std::vector<TensorSummary> manifestTensors(const char* relative) {
    std::ifstream in(fixture(relative));
    const auto j = nlohmann::json::parse(in);
    std::vector<TensorSummary> out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key() == "__metadata__") continue;
        out.push_back({it.key(), it.value()["dtype"].get<std::string>(), it.value()["shape"].get<std::vector<std::int64_t>>()});
    }
    return out;
}

}  // namespace

class TestCheckpointInfo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recognisesFixtureCheckpoints_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("tensors");
        QTest::newRow("AR") << "mars5/mars5_tiny_ar.safetensors" << int(ModelKind::Mars5Ar) << 45;
        QTest::newRow("NAR") << "mars5/mars5_tiny_nar.safetensors" << int(ModelKind::Mars5Nar) << -1;
        QTest::newRow("Encodec HF") << "codec/encodec_tiny_hf.safetensors" << int(ModelKind::Encodec24kHf) << 252;
        QTest::newRow("Vocos") << "codec/vocos_tiny.safetensors" << int(ModelKind::Vocos) << 28;
        QTest::newRow("goldens") << "codec/vocos_goldens.safetensors" << int(ModelKind::Unknown) << -1;
    }

    void recognisesFixtureCheckpoints() {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(int, tensors);
        const auto info = inspectCheckpoint(fixture(file.toUtf8().constData()));
        QVERIFY2(info.ok(), info.ok() ? "" : info.message().c_str());
        QCOMPARE(int(info->model), kind);
        QCOMPARE(info->format, std::string("safetensors"));
        if (tensors >= 0) QCOMPARE(int(info->tensors.size()), tensors);
        std::uint64_t params = 0;
        std::size_t counted = 0;
        for (const auto& t : info->tensors) {
            std::uint64_t n = 1;
            for (auto d : t.shape) n *= d;
            params += n;
        }
        for (const auto& [dtype, count] : info->dtypeCounts) counted += count;
        QCOMPARE(info->totalParameters, params);
        QCOMPARE(counted, info->tensors.size());
        QVERIFY(info->fileBytes > 0);
    }

    void arMetadataHoldsTokenizers() {
        const auto info = inspectCheckpoint(fixture("mars5/mars5_tiny_ar.safetensors"));
        QVERIFY(info.ok());
        QVERIFY(info->metadata.count("texttok.model"));
        QVERIFY(info->metadata.count("speechtok.model"));
        QCOMPARE(info->dtypeCounts.at("F16"), std::size_t(45));
    }

    void recognisesFullSizeManifests() {
        QCOMPARE(guessModel(manifestTensors("mars5/manifest_full_ar.json")), ModelKind::Mars5Ar);
        QCOMPARE(guessModel(manifestTensors("mars5/manifest_full_nar.json")), ModelKind::Mars5Nar);
        QCOMPARE(guessModel(manifestTensors("codec/manifests/encodec_24khz.json")), ModelKind::Encodec24k);
        QCOMPARE(guessModel(manifestTensors("codec/manifests/encodec_24khz_hf.json")), ModelKind::Encodec24kHf);
        QCOMPARE(guessModel(manifestTensors("codec/manifests/vocos_encodec_24khz.json")), ModelKind::Vocos);
        QCOMPARE(guessModel({}), ModelKind::Unknown);
    }

    void refusesWhatIsNoCheckpoint_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("hello, world") << int(ErrorKind::Format) << "neither a safetensors file";
        QTest::newRow("empty") << QByteArray() << int(ErrorKind::Format) << "the file is empty (0 bytes)";
        QTest::newRow("legacy pickle") << QByteArray("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20", 10)
                                       << int(ErrorKind::Unsupported) << "pre-1.6 PyTorch";
    }

    void refusesWhatIsNoCheckpoint() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const auto path = mars5::test::writeBytes(dir.filePath("model.bin"), bytes);
        const auto info = inspectCheckpoint(path);
        QVERIFY(!info.ok());
        QCOMPARE(int(info.error().kind), kind);
        QVERIFY2(QString::fromStdString(info.message()).contains(expected), info.message().c_str());
        QVERIFY(info.message().find("model.bin") != std::string::npos);
    }

    void missingFile() {
        const auto info = inspectCheckpoint("/no/such/mars5_ar.safetensors");
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Io);
    }
};

QTEST_APPLESS_MAIN(TestCheckpointInfo)
#include "test_checkpoint_info.moc"
