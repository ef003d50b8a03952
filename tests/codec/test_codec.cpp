// The codec port: full-size expectations against the published manifests, the loader's
// one-message mismatch report, the public Codec API (round trip on the fixture, codes
// files, conversion) and its errors for bad input. Numerical parity per golden is the
// `codec_selftest` CTest (mars5-cli selftest codec).
#include "codec_loading.h"
#include "failure.h"
#include "mars5/codec.h"
#include "safetensors.h"
#include "temp_files.h"
#include "torch_zip_writer.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <limits>

#include <cmath>
#include <fstream>

using namespace mars5;
using mars5::test::fixture;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

template <class Fn>
std::string failureOf(Fn&& fn) {
    try {
        fn();
    } catch (const Failure& f) {
        return f.what();
    }
    return {};
}

// {name: {shape, dtype}} in file order.
std::vector<std::pair<std::string, std::vector<std::int64_t>>> readManifest(const char* name) {
    std::ifstream in(fixture(name));
    const auto j = nlohmann::ordered_json::parse(in);
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.value()["dtype"] != "F32") return {};
        out.emplace_back(it.key(), it.value()["shape"].get<std::vector<std::int64_t>>());
    }
    return out;
}

// Tensors with the manifest's names and shapes (uninitialised: only names and shapes matter).
NamedTensors tensorsOf(const std::vector<std::pair<std::string, std::vector<std::int64_t>>>& manifest) {
    NamedTensors out;
    for (const auto& [name, shape] : manifest) out.emplace_back(name, at::empty(shape, at::kFloat));
    return out;
}

// The published charactr/vocos-encodec-24khz config.yaml.
const char* kRealVocosYaml = R"(feature_extractor:
  class_path: vocos.feature_extractors.EncodecFeatures
  init_args:
    encodec_model: encodec_24khz
    bandwidths: [1.5, 3.0, 6.0, 12.0]
    train_codebooks: false

backbone:
  class_path: vocos.models.VocosBackbone
  init_args:
    input_channels: 128
    dim: 384
    intermediate_dim: 1152
    num_layers: 8
    adanorm_num_embeddings: 4

head:
  class_path: vocos.heads.ISTFTHead
  init_args:
    dim: 384
    n_fft: 1280
    hop_length: 320
    padding: same
)";

CodecCodes codesOf(int k, std::int64_t t, std::int64_t fill) {
    CodecCodes c;
    c.numCodebooks = k;
    c.numFrames = t;
    c.values.assign(static_cast<std::size_t>(k * t), fill);
    return c;
}

}  // namespace

class TestCodec : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

    static CodecPaths fixturePaths() {
        return {fixture("codec/encodec_tiny.th"), fixture("codec/vocos_tiny_pytorch_model.bin"),
                fixture("codec/vocos_tiny_config.yaml")};
    }

private Q_SLOTS:
    void realEncodecExpectsTheManifest() {
        const auto manifest = readManifest("codec/manifests/encodec_24khz.json");
        const auto expected = expectedEncodecTensors(EncodecConfig{});
        QCOMPARE(expected.size(), manifest.size());
        QCOMPARE(manifest.size(), std::size_t(252));
        for (std::size_t i = 0; i < manifest.size(); ++i) {
            QCOMPARE(expected[i].name, manifest[i].first);
            QCOMPARE(expected[i].shape, manifest[i].second);
        }
        // The sizes inferred from a file with exactly these tensors are the published ones.
        const NamedTensors tensors = tensorsOf(manifest);
        const EncodecConfig c = inferEncodecConfig(tensors);
        QCOMPARE(c.nFilters, 32);
        QCOMPARE(c.dimension, 128);
        QCOMPARE(c.ratios, (std::vector<int>{8, 5, 4, 2}));
        QCOMPARE(c.numCodebooks, 32);
        QCOMPARE(c.bins, 1024);
        QCOMPARE(c.lstmHidden(), 512);
        QCOMPARE(c.hopLength(), 320);
        QCOMPARE(c.frameRate(), 75);
        QCOMPARE(c.codebooksForBandwidth(6.0), 8);
        QCOMPARE(c.codebooksForBandwidth(1.5), 2);
        QCOMPARE(c.codebooksForBandwidth(24.0), 32);
        checkTensors(tensors, expectedEncodecTensors(c), "real", "Encodec");  // throws on any mismatch
    }

    void realEncodecHfNames() {
        const auto manifest = readManifest("codec/manifests/encodec_24khz.json");
        const auto hf = readManifest("codec/manifests/encodec_24khz_hf.json");
        QCOMPARE(hf.size(), manifest.size());
        for (std::size_t i = 0; i < hf.size(); ++i) {
            QCOMPARE(encodecNameToHf(manifest[i].first), hf[i].first);
            QCOMPARE(hf[i].second, manifest[i].second);
        }
        // HF names (and the parametrizations spelling) normalise back to the originals.
        NamedTensors hfTensors = tensorsOf(hf);
        for (auto& [name, t] : hfTensors) {
            if (name.size() > 9 && name.compare(name.size() - 9, 9, ".weight_g") == 0)
                name = name.substr(0, name.size() - 9) + ".parametrizations.weight.original0";
        }
        const NamedTensors normal = normalizeEncodecNames(hfTensors);
        for (std::size_t i = 0; i < normal.size(); ++i) QCOMPARE(normal[i].first, manifest[i].first);
    }

    void realVocosExpectsTheManifest() {
        const std::string yaml = path("config.yaml");
        test::writeFile(yaml, kRealVocosYaml);
        const VocosConfig c = vocosConfigFromYaml(yaml);
        QCOMPARE(c.tableCodebooks, 16);
        const auto manifest = readManifest("codec/manifests/vocos_encodec_24khz.json");
        QCOMPARE(manifest.size(), std::size_t(82));
        const auto expected = expectedVocosTensors(c);
        QCOMPARE(expected.size(), manifest.size());
        for (std::size_t i = 0; i < manifest.size(); ++i) {
            QCOMPARE(expected[i].name, manifest[i].first);
            QCOMPARE(expected[i].shape, manifest[i].second);
        }
        const VocosConfig inferred = inferVocosConfig(tensorsOf(manifest));
        QCOMPARE(inferred.dim, 384);
        QCOMPARE(inferred.intermediateDim, 1152);
        QCOMPARE(inferred.numLayers, 8);
        QCOMPARE(inferred.hopLength, 320);
        QCOMPARE(inferred.tableCodebooks, 16);
    }

    void badVocosConfigs() {
        const std::string yaml = path("bad.yaml");
        std::string text = kRealVocosYaml;
        text.replace(text.find("padding: same"), 13, "padding: center");
        test::writeFile(yaml, text);
        QVERIFY(contains(failureOf([&] { vocosConfigFromYaml(yaml); }), "only 'same'"));
        text = kRealVocosYaml;
        text.replace(text.find("    dim: 384\n    intermediate"), 12, "    dimm: 38");
        test::writeFile(yaml, text);
        QVERIFY(contains(failureOf([&] { vocosConfigFromYaml(yaml); }), "'dim'"));
        // Found by fuzz_vocos_config: an optional setting left empty (or of the wrong type)
        // escaped as yaml-cpp's own exception, an internal error.
        const std::pair<std::string, std::string> emptied[] = {
            {"adanorm_num_embeddings: 4", "adanorm_num_embeddings:"},
            {"padding: same", "padding: [same]"},
            {"encodec_model: encodec_24khz", "encodec_model: {a: b}"}};
        for (const auto& [from, to] : emptied) {
            text = kRealVocosYaml;
            text.replace(text.find(from), from.size(), to);
            test::writeFile(yaml, text);
            const std::string key = from.substr(0, from.find(':'));
            const std::string f = failureOf([&] { vocosConfigFromYaml(yaml); });
            QVERIFY2(contains(f, "Vocos config setting '" + key + "' has the wrong type"), f.c_str());
        }
        test::writeFile(yaml, "feature_extractor: [1, 2\n");
        QVERIFY(contains(failureOf([&] { vocosConfigFromYaml(yaml); }), "not valid YAML"));
        QVERIFY(contains(failureOf([&] { vocosConfigFromYaml(path("missing.yaml")); }), "cannot open"));
    }

    void mismatchesAreReportedAtOnce() {
        NamedTensors sd = readTensorFile(fixture("codec/encodec_tiny.th")).tensors;
        NamedTensors broken;
        for (auto& [name, t] : sd) {
            if (name == "encoder.model.0.conv.conv.bias") continue;                      // missing
            if (name == "decoder.model.3.convtr.convtr.weight_v") t = t.reshape({-1});    // mis-shaped
            if (name == "quantizer.vq.layers.3._codebook.embed") t = t.to(at::kLong);     // wrong dtype
            broken.emplace_back(name, t);
        }
        broken.emplace_back("bogus.tensor", at::zeros({3}));  // unexpected
        // As a torch.save zip and as safetensors: the same single report.
        test::writeFile(path("broken.th"), test::torchSaveStateDict(broken));
        writeSafetensors(path("broken.safetensors"), broken);
        for (const std::string& file : std::vector<std::string>{path("broken.th"), path("broken.safetensors")}) {
            const auto codec = Codec::load({file, "", ""});
            QVERIFY(!codec.ok());
            const std::string& msg = codec.message();
            QVERIFY2(contains(msg, file + ": does not match Encodec"), msg.c_str());
            QVERIFY2(contains(msg, "1 missing, 1 with the wrong shape, 1 with the wrong dtype, 1 unexpected"), msg.c_str());
            QVERIFY2(contains(msg, "missing:     encoder.model.0.conv.conv.bias [4]"), msg.c_str());
            QVERIFY2(contains(msg, "wrong shape: decoder.model.3.convtr.convtr.weight_v is [32768], expected [64, 32, 16]"),
                     msg.c_str());
            QVERIFY2(contains(msg, "wrong dtype: quantizer.vq.layers.3._codebook.embed"), msg.c_str());
            QVERIFY2(contains(msg, "unexpected:  bogus.tensor [3]"), msg.c_str());
        }
        // A Vocos state dict with a missing tensor, through the Vocos loader.
        NamedTensors vocos = readTensorFile(fixture("codec/vocos_tiny_pytorch_model.bin")).tensors;
        vocos.erase(vocos.begin() + 3);
        test::writeFile(path("broken_vocos.bin"), test::torchSaveStateDict(vocos));
        const auto v = Codec::load({"", path("broken_vocos.bin"), fixture("codec/vocos_tiny_config.yaml")});
        QVERIFY(!v.ok());
        QVERIFY2(contains(v.message(), "1 missing") && contains(v.message(), "backbone.norm.scale.weight [4, 32]"),
                 v.message().c_str());
        // The wrong kind of file for each slot.
        const auto swapped = Codec::load({fixture("codec/vocos_tiny_pytorch_model.bin"), "", ""});
        QVERIFY(!swapped.ok() && contains(swapped.message(), "Vocos vocoder file, not an Encodec"));
        const auto notModel = Codec::load({fixture("codec/input.wav"), "", ""});
        QVERIFY(!notModel.ok() && contains(notModel.message(), "neither a safetensors file nor a PyTorch checkpoint"));
    }

    // NaN weights are damage, refused at load with the tensor named: a NaN Encodec encoded
    // every sound as code 0, and the Vocos error blamed the window instead of the file.
    void nonFiniteWeightsAreRefused() {
        NamedTensors encodec = readTensorFile(fixture("codec/encodec_tiny.th")).tensors;
        encodec[5].second = encodec[5].second.clone();
        encodec[5].second.view(-1)[0] = std::numeric_limits<float>::quiet_NaN();
        test::writeFile(path("nan_encodec.th"), test::torchSaveStateDict(encodec));
        const auto e = Codec::load({path("nan_encodec.th"), "", ""});
        QVERIFY(!e.ok());
        QVERIFY2(contains(e.message(), "nan_encodec.th: tensor '" + encodec[5].first + "' holds NaN or infinite values"),
                 e.message().c_str());
        // Large finite values are not damage, even where their float32 sum would overflow.
        NamedTensors extreme = readTensorFile(fixture("codec/encodec_tiny.th")).tensors;
        extreme[5].second = extreme[5].second.clone();
        extreme[5].second.view(-1)[0] = std::numeric_limits<float>::lowest();
        extreme[5].second.view(-1)[1] = std::numeric_limits<float>::lowest();
        test::writeFile(path("extreme_encodec.th"), test::torchSaveStateDict(extreme));
        const auto x = Codec::load({path("extreme_encodec.th"), "", ""});
        QVERIFY2(x.ok(), x.ok() ? "" : x.message().c_str());
        NamedTensors vocos = readTensorFile(fixture("codec/vocos_tiny_pytorch_model.bin")).tensors;
        vocos[2].second = vocos[2].second.clone();
        vocos[2].second.view(-1)[1] = std::numeric_limits<float>::infinity();
        writeSafetensors(path("inf_vocos.safetensors"), vocos);
        const auto v = Codec::load({"", path("inf_vocos.safetensors"), fixture("codec/vocos_tiny_config.yaml")});
        QVERIFY(!v.ok());
        QVERIFY2(contains(v.message(), "inf_vocos.safetensors: tensor '" + vocos[2].first + "' holds NaN or infinite values"),
                 v.message().c_str());
    }

    void encodeDecodeRoundTrip() {
        const auto codec = Codec::load(fixturePaths());
        QVERIFY2(codec.ok(), codec.ok() ? "" : codec.message().c_str());
        const CodecInfo info = codec->info();
        QCOMPARE(info.hopLength, 320);
        QCOMPARE(info.frameRate, 75);
        QCOMPARE(info.vocosCodebooks, 16);

        const auto codes = codec->encodeFile(fixture("codec/input.wav"), 6.0);
        QVERIFY2(codes.ok(), codes.ok() ? "" : codes.message().c_str());
        QCOMPARE(codes->numCodebooks, 8);
        QCOMPARE(codes->numFrames, std::int64_t(98));
        const auto goldens = SafetensorsFile::open(fixture("codec/encodec_goldens.safetensors"));
        const at::Tensor golden = goldens.tensor("main.codes")[0].contiguous();
        const at::Tensor ours = at::tensor(codes->values, at::kLong).view({8, 98});
        QVERIFY(at::equal(ours, golden));

        // Codes files round trip.
        QVERIFY(saveCodes(path("codes.safetensors"), *codes).ok());
        const auto loaded = loadCodes(path("codes.safetensors"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->values, codes->values);
        QCOMPARE(loaded->numCodebooks, 8);
        QCOMPARE(loaded->bandwidthKbps, 6.0);

        const auto vocosGoldens = SafetensorsFile::open(fixture("codec/vocos_goldens.safetensors"));
        const auto wav = codec->decode(*loaded, Vocoder::Vocos, 1);
        QVERIFY2(wav.ok(), wav.ok() ? "" : wav.message().c_str());
        QCOMPARE(wav->sampleRate, 24000);
        QCOMPARE(wav->samples.size(), std::size_t(320 * 98));
        const at::Tensor v = at::from_blob(const_cast<float*>(wav->samples.data()), {1, 320 * 98}, at::kFloat);
        QVERIFY((v - vocosGoldens.tensor("wav")).abs().max().item<double>() < 1e-5);
        // bandwidth id matters (MARS5 uses 1)
        const auto wav0 = codec->decode(*loaded, Vocoder::Vocos, 0);
        QVERIFY(wav0.ok());
        QVERIFY(std::abs(wav0->samples[1000] - wav->samples[1000]) > 1e-6);

        const auto plain = codec->decode(*loaded, Vocoder::Encodec);
        QVERIFY2(plain.ok(), plain.ok() ? "" : plain.message().c_str());
        const at::Tensor p = at::from_blob(const_cast<float*>(plain->samples.data()), {1, 1, 320 * 98}, at::kFloat);
        QVERIFY((p - goldens.tensor("main.decoded_wav")).abs().max().item<double>() < 1e-6);
    }

    void otherBandwidthsAndRates() {
        const auto codec = Codec::load(fixturePaths());
        QVERIFY(codec.ok());
        AudioBuffer audio;
        audio.sampleRate = 48000;
        for (int i = 0; i < 48000 / 5; ++i) audio.samples.push_back(0.3f * std::sin(0.05f * i));
        for (const auto& [kbps, nq] : std::vector<std::pair<double, int>>{{1.5, 2}, {3.0, 4}, {12.0, 16}, {24.0, 32}}) {
            const auto codes = codec->encode(audio, kbps);
            QVERIFY2(codes.ok(), codes.ok() ? "" : codes.message().c_str());
            QCOMPARE(codes->numCodebooks, nq);
            QCOMPARE(codes->numFrames, std::int64_t(15));  // 0.2 s resampled to 24 kHz = 4800 samples
        }
        // Very short clips use the short-input padding rule everywhere and still give one frame.
        AudioBuffer tiny;
        tiny.sampleRate = 24000;
        tiny.samples = {0.1f, -0.2f, 0.05f};
        const auto t = codec->encode(tiny);
        QVERIFY2(t.ok(), t.ok() ? "" : t.message().c_str());
        QCOMPARE(t->numFrames, std::int64_t(1));
    }

    void badInputErrors() {
        const auto codec = Codec::load(fixturePaths());
        QVERIFY(codec.ok());
        AudioBuffer empty;
        empty.sampleRate = 24000;
        auto r = codec->encode(empty);
        QVERIFY(!r.ok() && contains(r.message(), "empty"));
        QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
        AudioBuffer one;
        one.sampleRate = 24000;
        one.samples = {0.f};
        r = codec->encode(one, 5.0);
        QVERIFY(!r.ok() && contains(r.message(), "bandwidth 5 kbps is not one"));
        r = codec->encodeFile(path("nonexistent.wav"));
        QVERIFY(!r.ok() && contains(r.message(), "nonexistent.wav"));

        auto d = codec->decode(codesOf(8, 4, 1024));
        QVERIFY2(!d.ok() && contains(d.message(), "outside 0..1023") && contains(d.message(), "padding class"),
                 d.message().c_str());
        d = codec->decode(codesOf(8, 4, -1), Vocoder::Encodec);
        QVERIFY(!d.ok() && contains(d.message(), "code -1"));
        d = codec->decode(codesOf(17, 4, 0));
        QVERIFY2(!d.ok() && contains(d.message(), "Vocos takes at most 16 codebooks; the codes have 17"), d.message().c_str());
        d = codec->decode(codesOf(33, 4, 0), Vocoder::Encodec);
        QVERIFY(!d.ok() && contains(d.message(), "at most 32"));
        d = codec->decode(codesOf(0, 4, 0));
        QVERIFY(!d.ok() && contains(d.message(), "no codebooks"));
        d = codec->decode(codesOf(8, 0, 0));
        QVERIFY(!d.ok() && contains(d.message(), "no frames"));
        CodecCodes ragged = codesOf(8, 4, 0);
        ragged.values.pop_back();
        d = codec->decode(ragged);
        QVERIFY(!d.ok() && contains(d.message(), "31 values"));
        d = codec->decode(codesOf(8, 4, 0), Vocoder::Vocos, 7);
        QVERIFY(!d.ok() && contains(d.message(), "bandwidth id 7"));

        const auto vocosOnly = Codec::load({"", fixture("codec/vocos_tiny_pytorch_model.bin"), fixture("codec/vocos_tiny_config.yaml")});
        QVERIFY(vocosOnly.ok());
        QVERIFY(!vocosOnly->encode(one).ok());
        QVERIFY(contains(vocosOnly->decode(codesOf(8, 2, 0), Vocoder::Encodec).message(), "no Encodec model"));
        QVERIFY(!Codec::load({}).ok());
        if (!cudaAvailable()) {
            const auto cuda = Codec::load(fixturePaths(), {ComputeDevice::Cuda, ComputeDType::Float32});
            QVERIFY(!cuda.ok() && contains(cuda.message(), "CUDA"));
        }
        QVERIFY(!parseComputeDevice("tpu").ok());
        QVERIFY(!parseComputeDType("int8").ok());
    }

    void codesFileErrors() {
        auto c = loadCodes(path("none.safetensors"));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::Io);
        c = loadCodes(fixture("codec/encodec_tiny_hf.safetensors"));
        QVERIFY(!c.ok() && contains(c.message(), "no tensor named 'codes'"));
        writeSafetensors(path("float_codes.safetensors"), {{"codes", at::zeros({8, 3})}});
        c = loadCodes(path("float_codes.safetensors"));
        QVERIFY(!c.ok() && contains(c.message(), "expected integer codes"));
        writeSafetensors(path("flat_codes.safetensors"), {{"codes", at::zeros({24}, at::kLong)}});
        c = loadCodes(path("flat_codes.safetensors"));
        QVERIFY(!c.ok() && contains(c.message(), "(codebooks, frames)"));
        writeSafetensors(path("batched.safetensors"), {{"codes", at::ones({1, 8, 3}, at::kLong)}});
        c = loadCodes(path("batched.safetensors"));
        QVERIFY(c.ok() && c->numCodebooks == 8 && c->numFrames == 3);
    }

    void convertsCheckpoints() {
        // Encodec .th -> safetensors: same names, loads to identical folded weights.
        auto report = convertToSafetensors(fixture("codec/encodec_tiny.th"), path("encodec.safetensors"));
        QVERIFY2(report.ok(), report.ok() ? "" : report.message().c_str());
        QCOMPARE(report->tensors, std::size_t(252));
        const EncodecWeights a = loadEncodecWeights(fixture("codec/encodec_tiny.th"));
        const EncodecWeights b = loadEncodecWeights(path("encodec.safetensors"));
        QVERIFY(at::equal(a.decoderUp[0].weight, b.decoderUp[0].weight));
        QVERIFY(at::equal(a.codebooks, b.codebooks));

        // Vocos .bin + yaml -> safetensors that carries its config and loads on its own.
        report = convertToSafetensors(fixture("codec/vocos_tiny_pytorch_model.bin"), path("vocos.safetensors"),
                                      fixture("codec/vocos_tiny_config.yaml"));
        QVERIFY2(report.ok(), report.ok() ? "" : report.message().c_str());
        QCOMPARE(report->tensors, std::size_t(28));
        const VocosWeights v = loadVocosWeights(path("vocos.safetensors"));
        QCOMPARE(v.config.dim, 32);
        QCOMPARE(v.config.inputChannels, 5);
        QCOMPARE(v.config.numLayers, 2);
        QVERIFY(at::equal(v.headWeight, loadVocosWeights(fixture("codec/vocos_tiny.safetensors"),
                                                         fixture("codec/vocos_tiny_config.yaml")).headWeight));
        // Without a config anywhere, converting a Vocos file is refused with a hint.
        report = convertToSafetensors(fixture("codec/vocos_tiny_pytorch_model.bin"), path("vocos2.safetensors"));
        QVERIFY(!report.ok() && contains(report.message(), "config.yaml"));
        // Malformed input is reported, nothing is written.
        test::writeFile(path("junk.th"), "PK\x03\x04 not really a zip");
        report = convertToSafetensors(path("junk.th"), path("junk.safetensors"));
        QVERIFY(!report.ok());
        QVERIFY(!QFile::exists(m_dir.filePath("junk.safetensors")));
    }

    void reducedPrecisionRunsOrSaysWhy() {
        for (const ComputeDType dtype : {ComputeDType::BFloat16, ComputeDType::Float16}) {
            const auto codec = Codec::load(fixturePaths(), {ComputeDevice::Cpu, dtype});
            QVERIFY(codec.ok());
            AudioBuffer audio;
            audio.sampleRate = 24000;
            for (int i = 0; i < 3200; ++i) audio.samples.push_back(0.3f * std::sin(0.01f * i));
            const auto codes = codec->encode(audio);
            if (codes.ok()) {
                QCOMPARE(codes->numFrames, std::int64_t(10));
                const auto wav = codec->decode(*codes);
                if (wav.ok()) QCOMPARE(wav->samples.size(), std::size_t(3200));
                else QVERIFY2(contains(wav.message(), "use --dtype float32"), wav.message().c_str());
            } else {
                QCOMPARE(codes.error().kind, ErrorKind::Unsupported);
                QVERIFY2(contains(codes.message(), "use --dtype float32"), codes.message().c_str());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "test_codec.moc"
