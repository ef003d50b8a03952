// The safetensors reader: real fixture files, a writer round trip with every dtype,
// and a table of malformed files built byte by byte, each of which must be refused
// with a Format error that names the file and the problem.
#include "failure.h"
#include "safetensors.h"
#include "temp_files.h"

#include <ATen/ATen.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace mars5;
using mars5::test::fixture;

namespace {

// A header + data file, with the header length field computed unless overridden.
QByteArray safetensorsBytes(const QByteArray& json, const QByteArray& data, qint64 declaredLength = -1) {
    const std::uint64_t len = declaredLength >= 0 ? static_cast<std::uint64_t>(declaredLength) : json.size();
    return mars5::test::littleEndian64(len) + json + data;
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsMars5Checkpoint() {
        const auto file = SafetensorsFile::open(fixture("mars5/mars5_tiny_ar.safetensors"));
        QCOMPARE(file.entries().size(), std::size_t(45));
        for (const auto& e : file.entries()) QCOMPARE(e.dtype, std::string("F16"));
        QVERIFY(file.metadata().count("texttok.model"));
        QVERIFY(file.metadata().count("speechtok.model"));
        QVERIFY(file.metadata().at("texttok.model").size() > 100);

        const auto* embed = file.find("embed.weight");
        QVERIFY(embed);
        const at::Tensor half = file.tensor("embed.weight");
        QCOMPARE(half.scalar_type(), at::kHalf);
        QCOMPARE(half.sizes().vec(), embed->shape);
        const at::Tensor f32 = file.tensor("embed.weight", at::kFloat);
        QCOMPARE(f32.scalar_type(), at::kFloat);
        QVERIFY(at::equal(f32, half.to(at::kFloat)));
        QVERIFY(at::isfinite(f32).all().item<bool>());
    }

    void viewsAreZeroCopy() {
        const auto file = SafetensorsFile::open(fixture("mars5/mars5_tiny_nar.safetensors"));
        const auto& first = file.entries().front();
        // Two reads of the same tensor point at the same bytes: the mapping, not copies.
        QCOMPARE(file.tensor(first.name).data_ptr(), file.tensor(first.name).data_ptr());
    }

    void tensorOutlivesFileObject() {
        at::Tensor t;
        {
            const auto file = SafetensorsFile::open(fixture("codec/encodec_goldens.safetensors"));
            t = file.tensor("main.codes");
        }
        // The mapping stays alive through the tensor's deleter.
        QCOMPARE(t.scalar_type(), at::kLong);
        QCOMPARE(t.sizes().vec(), (std::vector<std::int64_t>{1, 8, 98}));
        QVERIFY(t.min().item<std::int64_t>() >= 0);
        QVERIFY(t.max().item<std::int64_t>() < 1024);
    }

    void writerRoundTripEveryDtype() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("all.safetensors").toStdString();
        std::vector<std::pair<std::string, at::Tensor>> tensors = {
            {"f32", at::arange(12, at::kFloat).reshape({3, 4}) / 7},
            {"f16", at::tensor({1.5f, -2.25f, 65504.0f}).to(at::kHalf)},
            {"bf16", at::tensor({1.5f, -2.25f, 3.0e38f}).to(at::kBFloat16)},
            {"i64", at::tensor(std::vector<std::int64_t>{-5, std::int64_t(1) << 40}, at::kLong)},
            {"i32", at::tensor({7, -8}).to(at::kInt)},
            {"u8", at::tensor({0, 255}).to(at::kByte)},
            {"bool", at::tensor({1, 0, 1}).to(at::kBool)},
            {"empty", at::empty({0, 3}, at::kFloat)},
            {"scalar", at::scalar_tensor(3.25, at::kFloat)},
        };
        writeSafetensors(path, tensors, {{"note", "round trip"}});
        const auto file = SafetensorsFile::open(path);
        QCOMPARE(file.entries().size(), tensors.size());
        QCOMPARE(file.metadata().at("note"), std::string("round trip"));
        for (const auto& [name, t] : tensors) {
            const at::Tensor back = file.tensor(name);
            QCOMPARE(back.scalar_type(), t.scalar_type());
            QVERIFY2(at::equal(back, t), name.c_str());
        }
        // F16 and BF16 convert to float32 exactly.
        QVERIFY(at::equal(file.tensor("bf16", at::kFloat), at::tensor({1.5f, -2.25f, 3.0e38f}).to(at::kBFloat16).to(at::kFloat)));
        QCOMPARE(file.tensor("f16", at::kFloat)[2].item<float>(), 65504.0f);
        // Data starts 8-byte aligned and every tensor at a multiple of its element size.
        const QByteArray bytes = mars5::test::readBytes(QString::fromStdString(path));
        std::uint64_t headerLen = 0;
        std::memcpy(&headerLen, bytes.constData(), 8);
        QCOMPARE(headerLen % 8, std::uint64_t(0));
        for (const auto& e : file.entries())
            QCOMPARE(e.begin % c10::elementSize(e.scalarType), std::uint64_t(0));
    }

    void writerRefusesReservedName() {
        QTemporaryDir dir;
        const auto r = guarded([&] {
            writeSafetensors(dir.filePath("x.safetensors").toStdString(), {{"__metadata__", at::zeros({1})}});
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(!QFile::exists(dir.filePath("x.safetensors")));
    }

    void rejectsMalformed_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        const QByteArray data8(8, '\0');

        QTest::newRow("shorter than 8 bytes") << QByteArray("\x05\x00\x00", 3) << "too short";
        QTest::newRow("truncated header") << safetensorsBytes(good, data8).left(20) << "larger than the file";
        QTest::newRow("header length larger than file")
            << safetensorsBytes(good, data8, good.size() + 100) << "larger than the file";
        QTest::newRow("absurd header length") << safetensorsBytes(good, data8, 1LL << 40) << "implausibly large";
        QTest::newRow("not JSON") << safetensorsBytes("{\"a\": [1, 2", data8) << "not valid JSON";
        // Found by fuzz_checkpoint: nlohmann reports this as out_of_range, not parse_error.
        QTest::newRow("number too large for a double") << safetensorsBytes("{\"a\": 1E999}", data8)
                                                       << "not valid JSON ([json.exception.out_of_range.406] number overflow";
        QTest::newRow("JSON not an object") << safetensorsBytes("[1,2,3]     ", data8) << "does not start with a JSON object";
        QTest::newRow("unknown dtype")
            << safetensorsBytes(R"({"a":{"dtype":"F8_E4M3X","shape":[2],"data_offsets":[0,8]}})", data8) << "unknown dtype";
        QTest::newRow("shape does not match bytes")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", data8) << "needs 3 x 4 bytes";
        QTest::newRow("range beyond file")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", data8) << "beyond the end of the file";
        QTest::newRow("range reversed")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", data8) << "ends before it begins";
        QTest::newRow("overlapping ranges")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                R"("b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", data8)
            << "overlap";
        QTest::newRow("negative dimension")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", data8) << "non-negative integer";
        QTest::newRow("overflowing shape")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,8]}})", data8)
            << "too large";
        QTest::newRow("missing data_offsets")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[2]}})", data8) << "has no \"data_offsets\"";
        QTest::newRow("metadata not strings")
            << safetensorsBytes(R"({"__metadata__":{"k":1},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", data8)
            << "is not a string";
    }

    void rejectsMalformed() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = mars5::test::writeBytes(dir.filePath("bad.safetensors"), bytes);
        const auto r = guarded([&] { return SafetensorsFile::open(path).entries().size(); });
        QVERIFY2(!r.ok(), "a malformed file was accepted");
        QCOMPARE(r.error().kind, ErrorKind::Format);
        QVERIFY2(QString::fromStdString(r.message()).contains(expected), r.message().c_str());
        QVERIFY2(r.message().find(path) != std::string::npos, "the message must name the file");
    }

    void missingFileIsIoError() {
        const auto r = guarded([] { return SafetensorsFile::open("/nonexistent/model.safetensors").fileSize(); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QVERIFY(r.message().find("/nonexistent/model.safetensors") != std::string::npos);
    }

    void unknownTensorNameIsAnError() {
        const auto file = SafetensorsFile::open(fixture("mars5/mars5_tiny_ar.safetensors"));
        const auto r = guarded([&] { return file.tensor("no.such.tensor").numel(); });
        QVERIFY(!r.ok());
        QVERIFY(r.message().find("no.such.tensor") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
