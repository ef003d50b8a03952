// The torch.save reader (zip_archive + torch_pickle): the real-format fixture files, a
// writer round trip with views (storage offset and strides), and malformed inputs built
// byte by byte: forbidden globals, truncated zips and pickles, hostile sizes. Every bad
// input must be a Failure whose message names the file and the problem, never a crash.
#include "codec_loading.h"
#include "failure.h"
#include "mars5/checkpoint_info.h"
#include "mars5/codec.h"
#include "safetensors.h"
#include "temp_files.h"
#include "torch_pickle.h"
#include "torch_zip_writer.h"
#include "zip_archive.h"

#include <ATen/ATen.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace mars5;
using mars5::test::fixture;
using mars5::test::PickleWriter;
using mars5::test::ZipWriter;

namespace {

const StorageLoader kNoStorage = [](const std::string& key, c10::ScalarType, std::int64_t, const std::string&) -> at::Tensor {
    fail(ErrorKind::Format, "unexpected storage " + key);
};

// Runs fn and returns the Failure message ("" when nothing was thrown).
template <class Fn>
std::string failureOf(Fn&& fn, ErrorKind* kind = nullptr) {
    try {
        fn();
    } catch (const Failure& f) {
        if (kind) *kind = f.kind();
        return f.what();
    }
    return {};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

class TestTorchPickle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

private Q_SLOTS:
    void readsEncodecCheckpoint() {
        const auto ckpt = loadTorchCheckpoint(fixture("codec/encodec_tiny.th"));
        QCOMPARE(ckpt.archiveFolder, std::string("encodec_tiny"));
        const NamedTensors sd = stateDict(*ckpt.root, ckpt.path);
        QCOMPARE(sd.size(), std::size_t(252));
        QCOMPARE(sd.front().first, std::string("encoder.model.0.conv.conv.bias"));
        // The same tensors, bit for bit, as the HF-named safetensors copy.
        const auto hf = SafetensorsFile::open(fixture("codec/encodec_tiny_hf.safetensors"));
        QCOMPARE(hf.entries().size(), sd.size());
        for (const auto& [name, t] : sd) {
            const std::string hfName = encodecNameToHf(name);
            QVERIFY2(hf.contains(hfName), hfName.c_str());
            QCOMPARE(t.scalar_type(), at::kFloat);
            QVERIFY2(at::equal(t, hf.tensor(hfName)), name.c_str());
        }
    }

    void readsVocosParameters() {
        const auto ckpt = loadTorchCheckpoint(fixture("codec/vocos_tiny_pytorch_model.bin"));
        int parameters = 0;
        for (const auto& [k, v] : ckpt.root->entries) parameters += v->isParameter ? 1 : 0;
        QCOMPARE(parameters, 27);  // every entry but the head.istft.window buffer
        const NamedTensors sd = stateDict(*ckpt.root, ckpt.path);
        QCOMPARE(sd.size(), std::size_t(28));
        const auto st = SafetensorsFile::open(fixture("codec/vocos_tiny.safetensors"));
        for (const auto& [name, t] : sd) QVERIFY2(at::equal(t, st.tensor(name)), name.c_str());
    }

    void readsMars5Checkpoint() {
        const auto ckpt = loadTorchCheckpoint(fixture("mars5/mars5_tiny_ar.pt"));
        const NamedTensors sd = stateDict(*ckpt.root, ckpt.path);  // the "model" entry
        const auto st = SafetensorsFile::open(fixture("mars5/mars5_tiny_ar.safetensors"));
        QCOMPARE(sd.size(), st.entries().size());
        for (const auto& [name, t] : sd) {
            QCOMPARE(t.scalar_type(), at::kHalf);
            QVERIFY2(at::equal(t, st.tensor(name)), name.c_str());
        }
        const auto vocab = stringEntries(ckpt.root->find("vocab"));
        QCOMPARE(vocab.size(), std::size_t(2));
        QCOMPARE(vocab[0].second, st.metadata().at(vocab[0].first));
    }

    void checkpointInfoReadsZip() {
        const auto th = inspectCheckpoint(fixture("codec/encodec_tiny.th"));
        QVERIFY2(th.ok(), th.ok() ? "" : th.message().c_str());
        QCOMPARE(th->format, std::string("PyTorch zip (torch.save)"));
        QCOMPARE(th->tensors.size(), std::size_t(252));
        QCOMPARE(th->model, ModelKind::Encodec24k);
        const auto pt = inspectCheckpoint(fixture("mars5/mars5_tiny_ar.pt"));
        QVERIFY2(pt.ok(), pt.ok() ? "" : pt.message().c_str());
        QCOMPARE(pt->model, ModelKind::Mars5Ar);
        QCOMPARE(pt->tensors.size(), std::size_t(45));
        QVERIFY(pt->metadata.count("texttok.model"));
        QVERIFY(pt->metadata.count("speechtok.model"));
    }

    void honoursOffsetsStridesAndSharing() {
        // One storage of 8 floats, two views: a transposed 2x2 from offset 2, and the whole storage.
        PickleWriter p;
        p.orderedDict().mark();
        p.str("view").tensor("0", "FloatStorage", 8, 2, {2, 2}, {1, 2});
        p.str("all").tensor("0", "FloatStorage", 8, 0, {8}, {1});
        p.raw("u").stop();
        const float values[8] = {0, 1, 2, 3, 4, 5, 6, 7};
        ZipWriter zip;
        zip.add("weird_name/data.pkl", p.bytes());
        zip.add("weird_name/data/0", std::string(reinterpret_cast<const char*>(values), sizeof values));
        zip.add("weird_name/version", "3\n");
        test::writeFile(path("views.pt"), zip.bytes());

        const auto ckpt = loadTorchCheckpoint(path("views.pt"));
        QCOMPARE(ckpt.archiveFolder, std::string("weird_name"));
        const NamedTensors sd = stateDict(*ckpt.root, ckpt.path);
        QCOMPARE(sd.size(), std::size_t(2));
        const at::Tensor expected = at::tensor({2.f, 4.f, 3.f, 5.f}).view({2, 2});
        QVERIFY(at::equal(sd[0].second, expected));
        QVERIFY(at::equal(sd[1].second, at::arange(8, at::kFloat)));
    }

    void writerRoundTripLoadsAsEncodec() {
        // The test writer produces files the codec loader accepts: re-save the fixture's tensors.
        const NamedTensors sd = readTensorFile(fixture("codec/encodec_tiny.th")).tensors;
        test::writeFile(path("resaved.th"), test::torchSaveStateDict(sd));
        const EncodecWeights a = loadEncodecWeights(fixture("codec/encodec_tiny.th"));
        const EncodecWeights b = loadEncodecWeights(path("resaved.th"));
        QVERIFY(at::equal(a.encoderIn.weight, b.encoderIn.weight));
        QVERIFY(at::equal(a.codebooks, b.codebooks));
    }

    void rejectsForbiddenGlobal() {
        // os.system('echo pwned') as a "state dict": refused at the GLOBAL opcode, nothing runs.
        PickleWriter p;
        p.global("os", "system").str("echo pwned").raw("\x85").reduce().stop();
        const std::string msg = failureOf([&] {
            unpickle(reinterpret_cast<const std::uint8_t*>(p.bytes().data()), p.bytes().size(), kNoStorage, "evil.pkl");
        });
        QVERIFY2(contains(msg, "evil.pkl") && contains(msg, "'os.system'") && contains(msg, "not allowed"), msg.c_str());

        // The same inside a checkpoint zip: the error names the file and the global.
        ZipWriter zip;
        zip.add("archive/data.pkl", p.bytes());
        zip.add("archive/version", "3\n");
        test::writeFile(path("evil.pt"), zip.bytes());
        ErrorKind kind{};
        const std::string msg2 = failureOf([&] { loadTorchCheckpoint(path("evil.pt")); }, &kind);
        QVERIFY2(contains(msg2, path("evil.pt")) && contains(msg2, "os.system"), msg2.c_str());
        QCOMPARE(kind, ErrorKind::Format);
        // Through the public API too.
        const auto info = inspectCheckpoint(path("evil.pt"));
        QVERIFY(!info.ok());
        QVERIFY2(contains(info.message(), "os.system"), info.message().c_str());

        // STACK_GLOBAL (protocol 4) and a torch global that is not a rebuild function.
        PickleWriter p4;
        p4.raw("\x8c\x08" "builtins" "\x8c\x04" "eval" "\x93").stop();
        const std::string msg3 = failureOf([&] {
            unpickle(reinterpret_cast<const std::uint8_t*>(p4.bytes().data()), p4.bytes().size(), kNoStorage, "p4");
        });
        QVERIFY2(contains(msg3, "'builtins.eval'"), msg3.c_str());
        PickleWriter p5;
        p5.global("torch", "load").stop();
        const std::string msg4 = failureOf([&] {
            unpickle(reinterpret_cast<const std::uint8_t*>(p5.bytes().data()), p5.bytes().size(), kNoStorage, "p5");
        });
        QVERIFY2(contains(msg4, "'torch.load'"), msg4.c_str());
    }

    void rejectsTruncatedZip() {
        const std::string bytes = test::readFile(fixture("codec/encodec_tiny.th"));
        for (const double fraction : {0.999, 0.6, 0.1}) {
            test::writeFile(path("truncated.th"), bytes.substr(0, static_cast<std::size_t>(bytes.size() * fraction)));
            ErrorKind kind{};
            const std::string msg = failureOf([&] { loadTorchCheckpoint(path("truncated.th")); }, &kind);
            QVERIFY2(contains(msg, path("truncated.th")) && contains(msg, "truncated"), msg.c_str());
            QCOMPARE(kind, ErrorKind::Format);
            // And through the codec loader's public face.
            CodecPaths paths;
            paths.encodec = path("truncated.th");
            const auto codec = Codec::load(paths);
            QVERIFY(!codec.ok());
            QVERIFY2(contains(codec.message(), "truncated"), codec.message().c_str());
        }
        test::writeFile(path("tiny.th"), "PK\x03\x04");
        QVERIFY(contains(failureOf([&] { loadTorchCheckpoint(path("tiny.th")); }), "truncated"));
    }

    void rejectsMissingStorageRecord() {
        PickleWriter p;
        p.orderedDict().mark().str("w").tensor("7", "FloatStorage", 4, 0, {4}, {1}).raw("u").stop();
        ZipWriter zip;
        zip.add("archive/data.pkl", p.bytes());
        test::writeFile(path("nostorage.pt"), zip.bytes());
        const std::string msg = failureOf([&] { loadTorchCheckpoint(path("nostorage.pt")); });
        QVERIFY2(contains(msg, "archive/data/7") && contains(msg, "missing"), msg.c_str());

        // A storage record shorter than the pickle claims.
        ZipWriter shortZip;
        shortZip.add("archive/data.pkl", p.bytes());
        shortZip.add("archive/data/7", std::string(8, '\0'));
        test::writeFile(path("shortstorage.pt"), shortZip.bytes());
        const std::string msg2 = failureOf([&] { loadTorchCheckpoint(path("shortstorage.pt")); });
        QVERIFY2(contains(msg2, "holds 8 bytes"), msg2.c_str());
    }

    void rejectsCompressedAndLegacyFiles() {
        PickleWriter p;
        p.orderedDict().stop();
        ZipWriter zip;
        zip.add("archive/data.pkl", p.bytes(), /*method=*/8);
        test::writeFile(path("deflated.pt"), zip.bytes());
        ErrorKind kind{};
        const std::string msg = failureOf([&] { loadTorchCheckpoint(path("deflated.pt")); }, &kind);
        QVERIFY2(contains(msg, "compressed"), msg.c_str());
        QCOMPARE(kind, ErrorKind::Unsupported);

        test::writeFile(path("legacy.pt"), std::string("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 14));
        const std::string msg2 = failureOf([&] { loadTorchCheckpoint(path("legacy.pt")); }, &kind);
        QVERIFY2(contains(msg2, "pre-1.6"), msg2.c_str());
        QCOMPARE(kind, ErrorKind::Unsupported);

        ZipWriter nopkl;
        nopkl.add("archive/version", "3\n");
        test::writeFile(path("nopkl.pt"), nopkl.bytes());
        QVERIFY(contains(failureOf([&] { loadTorchCheckpoint(path("nopkl.pt")); }), "data.pkl"));
    }

    void rejectsDamagedPickles_data() {
        QTest::addColumn<QByteArray>("pickle");
        QTest::addColumn<QString>("expected");
        auto bytes = [](const std::string& s) { return QByteArray(s.data(), static_cast<int>(s.size())); };
        QTest::newRow("empty") << QByteArray() << "without a STOP";
        QTest::newRow("no STOP") << bytes(PickleWriter().orderedDict().bytes()) << "without a STOP";
        QTest::newRow("unknown opcode") << bytes(PickleWriter().raw("i").bytes()) << "unsupported pickle opcode 0x69";
        QTest::newRow("memo read before write") << bytes(PickleWriter().raw("h\x05.").bytes()) << "memo entry 5";
        QTest::newRow("pop from empty stack") << bytes(PickleWriter().raw("0.").bytes()) << "empty stack";
        QTest::newRow("MARK never set") << bytes(PickleWriter().raw("t.").bytes()) << "MARK";
        QTest::newRow("huge string length") << bytes(PickleWriter().raw("X\xff\xff\xff\xff" "abc").bytes()) << "truncated";
        QTest::newRow("integer too long") << bytes(PickleWriter().raw("\x8a\x09" "123456789.").bytes()) << "64 bits";
        QTest::newRow("unknown protocol") << QByteArray("\x80\x09.", 3) << "protocol 9";
        QTest::newRow("odd SETITEMS") << bytes(PickleWriter().raw("}(K\x01u.").bytes()) << "odd number";
        QTest::newRow("self-containing list") << bytes(PickleWriter().raw(std::string("]q\x00h\x00" "a.", 6)).bytes()) << "inside itself";
        std::string deep;
        for (int i = 0; i < 70; ++i) deep += "]";
        for (int i = 0; i < 69; ++i) deep += "a";
        QTest::newRow("nesting too deep") << bytes(PickleWriter().raw(deep + ".").bytes()) << "nested deeper";
        QTest::newRow("BUILD on a list") << bytes(PickleWriter().raw("]}b.").bytes()) << "BUILD";
        QTest::newRow("REDUCE on a string") << bytes(PickleWriter().str("x").raw(")R.").bytes()) << "REDUCE calls";
        QTest::newRow("OrderedDict with args")
            << bytes(PickleWriter().global("collections", "OrderedDict").raw("K\x01\x85R.").bytes()) << "with arguments";
        QTest::newRow("persistent id not a storage") << bytes(PickleWriter().raw("K\x01Q.").bytes()) << "persistent id";
        QTest::newRow("storage type not a storage")
            << bytes(PickleWriter().mark().str("storage").global("collections", "OrderedDict").str("0").str("cpu")
                         .integer(1).tuple().raw("Q.").bytes())
            << "not a torch storage type";
    }

    void rejectsDamagedPickles() {
        QFETCH(QByteArray, pickle);
        QFETCH(QString, expected);
        ErrorKind kind{};
        const std::string msg = failureOf([&] {
            unpickle(reinterpret_cast<const std::uint8_t*>(pickle.constData()), static_cast<std::uint64_t>(pickle.size()),
                     kNoStorage, "bad.pkl");
        }, &kind);
        QVERIFY2(contains(msg, "bad.pkl") && contains(msg, expected.toStdString()), msg.c_str());
        QCOMPARE(kind, ErrorKind::Format);
    }

    void rejectsTensorsOutsideTheirStorage() {
        const StorageLoader four = [](const std::string&, c10::ScalarType dtype, std::int64_t numel, const std::string&) {
            return at::zeros({numel}, dtype);
        };
        auto attempt = [&](std::int64_t offset, std::vector<std::int64_t> size, std::vector<std::int64_t> stride) {
            PickleWriter p;
            p.orderedDict().mark().str("w").tensor("0", "FloatStorage", 4, offset, size, stride).raw("u").stop();
            return failureOf([&] {
                unpickle(reinterpret_cast<const std::uint8_t*>(p.bytes().data()), p.bytes().size(), four, "oob.pt");
            });
        };
        QVERIFY(attempt(0, {4}, {1}).empty());  // exactly fits
        QVERIFY(contains(attempt(1, {4}, {1}), "storage holding only 4"));
        QVERIFY(contains(attempt(0, {2, 3}, {3, 1}), "storage holding only 4"));
        QVERIFY(contains(attempt(0, {2}, {1, 1}), "stride has"));
        QVERIFY(contains(attempt(-1, {1}, {1}), "negative"));
        QVERIFY(contains(attempt(0, {1 << 20, 1 << 20}, {1 << 20, 1}), "storage holding only 4"));
    }

    void limitsAreEnforced() {
        PickleLimits limits;
        limits.maxMemoEntries = 2;
        const std::string p = PickleWriter().raw("K\x01q\x00q\x01q\x02.").bytes();
        const std::string msg = failureOf([&] {
            unpickle(reinterpret_cast<const std::uint8_t*>(p.data()), p.size(), kNoStorage, "memo.pkl", limits);
        });
        QVERIFY2(contains(msg, "memo"), msg.c_str());
        limits = {};
        limits.maxPickleBytes = 4;
        QVERIFY(contains(failureOf([&] {
            unpickle(reinterpret_cast<const std::uint8_t*>(p.data()), p.size(), kNoStorage, "big.pkl", limits);
        }), "larger than the limit"));
    }
};

QTEST_GUILESS_MAIN(TestTorchPickle)
#include "test_torch_pickle.moc"
