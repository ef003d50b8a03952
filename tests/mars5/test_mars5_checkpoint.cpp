// The MARS5 checkpoint loader: both published formats of the tiny fixtures, the hyper-parameters
// derived from shapes + tokenizers (+ the tiny_config.json override), the full-size manifests,
// malformed files (every problem in one message), mismatched AR/NAR vocabularies, a .pt
// without vocab, file-name recognition and the sha256 check.
#include "failure.h"
#include "mars5_checkpoint.h"
#include "work_estimate.h"
#include "safetensors.h"
#include "temp_files.h"
#include "../codec/torch_zip_writer.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <limits>

using namespace mars5;
using mars5::test::fixture;
using json = nlohmann::json;

namespace {

json readJson(const std::string& path) {
    std::ifstream in(path);
    return json::parse(in);
}

template <class Fn>
std::string failureMessage(Fn&& fn) {
    try {
        fn();
    } catch (const Failure& f) {
        return f.what();
    }
    return {};
}

Mars5LoadOptions tinyOptions() {
    Mars5LoadOptions o;
    o.configOverridePath = fixture("mars5/tiny_config.json");
    return o;
}

std::vector<std::pair<std::string, at::Tensor>> tensorsOf(const Mars5Checkpoint& ck) {
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& [n, t] : ck.tensors) out.emplace_back(n, t.to(at::kHalf));
    return out;
}

std::map<std::string, std::string> metadataOf(const Mars5Checkpoint& ck) {
    return {{"texttok.model", ck.texttokModel}, {"speechtok.model", ck.speechtokModel}};
}

std::string replaceOnce(std::string s, const std::string& from, const std::string& to) {
    const auto pos = s.find(from);
    if (pos != std::string::npos) s.replace(pos, from.size(), to);
    return s;
}

}  // namespace

class TestMars5Checkpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsTinyArFromBothFormats() {
        const json cfg = readJson(fixture("mars5/tiny_config.json"));
        const auto st = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, tinyOptions());
        const auto pt = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.pt"), Mars5ModelKind::Ar, tinyOptions());
        for (const auto* ck : {&st, &pt}) {
            QCOMPARE(ck->ar.dim, cfg["ar"]["dim"].get<std::int64_t>());
            QCOMPARE(ck->ar.nLayers, cfg["ar"]["n_layers"].get<std::int64_t>());
            QCOMPARE(ck->ar.nHeads, cfg["ar"]["n_heads"].get<std::int64_t>());
            QCOMPARE(ck->ar.nKvHeads, cfg["ar"]["n_kv_heads"].get<std::int64_t>());
            QCOMPARE(ck->ar.headDim, cfg["ar"]["head_dim"].get<std::int64_t>());
            QCOMPARE(ck->ar.hiddenDim, cfg["ar"]["hidden_dim"].get<std::int64_t>());
            QCOMPARE(ck->ar.slidingWindow, cfg["ar"]["sliding_window"].get<std::int64_t>());
            QCOMPARE(ck->ar.spkLayers, cfg["ar"]["spk_encoder"]["n_layers"].get<std::int64_t>());
            QCOMPARE(ck->ar.spkHeads, cfg["ar"]["spk_encoder"]["n_heads"].get<std::int64_t>());
            QCOMPARE(ck->ar.spkHeadDim(), cfg["ar"]["spk_encoder"]["head_dim"].get<std::int64_t>());
            QCOMPARE(ck->ar.spkFfDim, cfg["ar"]["spk_encoder"]["ff_dim"].get<std::int64_t>());
            QCOMPARE(ck->ar.nText, cfg["tokenizers"]["n_text"].get<std::int64_t>());
            QCOMPARE(ck->ar.nSpeech, cfg["tokenizers"]["n_speech"].get<std::int64_t>());
            QCOMPARE(ck->ar.vocabSize(), cfg["ar"]["vocab_size"].get<std::int64_t>());
            QCOMPARE(ck->tensors.size(), expectedArTensors(ck->ar).size());
            QCOMPARE(ck->recognition, Mars5Recognition::Unrecognised);
            QVERIFY(ck->texttokModel.rfind("minbpe v1\n", 0) == 0);
            QVERIFY(ck->speechtokModel.rfind("minbpe v1\n", 0) == 0);
            for (const auto& [name, t] : ck->tensors) QCOMPARE(t.scalar_type(), at::kFloat);
        }
        QCOMPARE(st.format, std::string("safetensors"));
        QCOMPARE(pt.format, std::string("PyTorch zip (torch.save)"));
        QCOMPARE(st.texttokModel, pt.texttokModel);
        QCOMPARE(st.speechtokModel, pt.speechtokModel);
        // Same weights from either file (both hold the same fp16 values).
        for (const auto& [name, t] : st.tensors) {
            QVERIFY2(pt.contains(name), name.c_str());
            QVERIFY2(at::equal(t, pt.tensor(name)), name.c_str());
        }
        // Stacks: q/k/v and w1/w3 of every decoder layer, W/V of every speaker-encoder layer,
        // each member a view of its rows (the weights are stored once).
        for (const auto* ck : {&st, &pt}) {
            QCOMPARE(static_cast<std::int64_t>(ck->stacks.size()), 2 * ck->ar.nLayers + ck->ar.spkLayers);
            const std::string p = "ar.layers.0.";
            const at::Tensor qkv = ck->stackOf(p + "attention.wq.weight");
            QVERIFY(qkv.defined());
            const std::int64_t q = ck->tensor(p + "attention.wq.weight").size(0), kv = ck->tensor(p + "attention.wk.weight").size(0);
            QCOMPARE(qkv.size(0), q + 2 * kv);
            QVERIFY(ck->tensor(p + "attention.wk.weight").data_ptr() == qkv.narrow(0, q, kv).data_ptr());
            QVERIFY(ck->tensor(p + "attention.wv.weight").data_ptr() == qkv.narrow(0, q + kv, kv).data_ptr());
            QVERIFY(ck->tensor("spk_encoder.layers.0.activation.V.weight").data_ptr() ==
                    ck->stackOf("spk_encoder.layers.0.activation.W.weight").narrow(0, ck->ar.spkFfDim, ck->ar.spkFfDim).data_ptr());
            QVERIFY(!ck->stackOf(p + "attention.wk.weight").defined());  // keyed by the first member only
        }
        // Requested dtype honoured.
        Mars5LoadOptions half = tinyOptions();
        half.dtype = at::kHalf;
        const auto h = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, half);
        QCOMPARE(h.tensor("embed.weight").scalar_type(), at::kHalf);
        QVERIFY(at::equal(h.tensor("embed.weight").to(at::kFloat), st.tensor("embed.weight")));
    }

    void workEstimatesMatchTheCheckpoints() {
        // The AR decode step reads exactly the decoder's, final norm's and head's weights plus one
        // embedding row: the same count as summing the checkpoint's tensors.
        const auto ar = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, tinyOptions());
        double elements = static_cast<double>(ar.ar.dim);  // the embedding row
        for (const auto& [name, t] : ar.tensors)
            if (name.rfind("ar.", 0) == 0) elements += static_cast<double>(t.numel());  // ar.layers.*, ar.norm, ar.output
        QCOMPARE(arDecodeWeightBytes(ar.ar, 4), 4 * elements);
        QCOMPARE(arDecodeWeightBytes(ar.ar, 2), 2 * elements);
        // NAR: every linear weight of the encoder/decoder/heads times the rows it is applied to,
        // plus attention (2 matmuls of queries x keys x d), counted independently from the shapes.
        const auto nar = loadMars5Checkpoint(fixture("mars5/mars5_tiny_nar.safetensors"), Mars5ModelKind::Nar, tinyOptions());
        const std::int64_t T = 37, E = 11, filled = 29;  // deep clone: 8 reference frames, 29 filled in
        const double d = static_cast<double>(nar.nar.dim);
        double flops = 0;
        for (const auto& [name, t] : nar.tensors) {
            if (t.dim() != 2) continue;
            const double outIn = static_cast<double>(t.size(0) * t.size(1));
            const bool enc = name.rfind("tfm.encoder.layers.", 0) == 0, dec = name.rfind("tfm.decoder.layers.", 0) == 0;
            // the output heads (LayerNorm, Linear) of codebooks 1-7: codebook 0 is the AR's
            const bool head = name.rfind("residual_decoder.", 0) == 0 && name.rfind("residual_decoder.0.", 0) != 0;
            if (enc && name.find("weight") != std::string::npos) flops += 2.0 * E * outIn;
            if (dec && name.find("multihead_attn.in_proj_weight") != std::string::npos)
                flops += 2.0 * T * outIn / 3 + 2.0 * E * outIn * 2 / 3;  // q from the frames, k and v from the memory
            else if (dec && name.find("weight") != std::string::npos)
                flops += 2.0 * T * outIn;
            if (head) flops += 2.0 * filled * outIn;
        }
        flops += nar.nar.encLayers * 4.0 * E * E * d + nar.nar.decLayers * (4.0 * T * T * d + 4.0 * T * E * d);
        QVERIFY2(std::abs(narStepFlops(nar.nar, T, filled, E, 1) - flops) < 1e-6 * flops,
                 qPrintable(QString::number(narStepFlops(nar.nar, T, filled, E, 1)) + " vs " + QString::number(flops)));
        QCOMPARE(narStepFlops(nar.nar, T, filled, E, 2), 2 * narStepFlops(nar.nar, T, filled, E, 1));
    }

    void loadsTinyNarFromBothFormats() {
        const json cfg = readJson(fixture("mars5/tiny_config.json"));
        const auto st = loadMars5Checkpoint(fixture("mars5/mars5_tiny_nar.safetensors"), Mars5ModelKind::Nar, tinyOptions());
        const auto pt = loadMars5Checkpoint(fixture("mars5/mars5_tiny_nar.pt"), Mars5ModelKind::Nar, tinyOptions());
        for (const auto* ck : {&st, &pt}) {
            QCOMPARE(ck->nar.dim, cfg["nar"]["dim"].get<std::int64_t>());
            QCOMPARE(ck->nar.nHeads, cfg["nar"]["n_heads"].get<std::int64_t>());
            QCOMPARE(ck->nar.headDim(), cfg["nar"]["head_dim"].get<std::int64_t>());
            QCOMPARE(ck->nar.ffDim, cfg["nar"]["ff_dim"].get<std::int64_t>());
            QCOMPARE(ck->nar.tEmbDim, cfg["nar"]["t_emb_dim"].get<std::int64_t>());
            QCOMPARE(ck->nar.encLayers, cfg["nar"]["enc_layers"].get<std::int64_t>());
            QCOMPARE(ck->nar.decLayers, cfg["nar"]["dec_layers"].get<std::int64_t>());
            QCOMPARE(ck->nar.spkLayers, cfg["nar"]["spk_layers"].get<std::int64_t>());
            QCOMPARE(ck->nar.textVocab(), cfg["nar"]["text_vocab"].get<std::int64_t>());
            QCOMPARE(ck->tensors.size(), expectedNarTensors(ck->nar).size());
        }
        for (const auto& [name, t] : st.tensors) QVERIFY2(at::equal(t, pt.tensor(name)), name.c_str());
        // every PyTorch-style layer's W and V are one stack
        QCOMPARE(static_cast<std::int64_t>(st.stacks.size()), st.nar.spkLayers + st.nar.encLayers + st.nar.decLayers);
        const auto ar = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, tinyOptions());
        checkMars5VocabulariesMatch(ar, st);  // the fixture pair belongs together
    }

    void withoutOverrideUsesTheReferenceConstants() {
        // AR: head_dim 64 is the reference constant, so the head count still comes out right;
        // the sliding window falls back to the real 3000.
        const auto ar = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar);
        QCOMPARE(ar.ar.headDim, std::int64_t(64));
        QCOMPARE(ar.ar.slidingWindow, std::int64_t(3000));
        // NAR: d = 32 cannot be split into 64-wide heads: the message says to supply an override.
        const std::string msg = failureMessage(
            [] { loadMars5Checkpoint(fixture("mars5/mars5_tiny_nar.safetensors"), Mars5ModelKind::Nar); });
        QVERIFY2(msg.find("mars5_tiny_nar.safetensors") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("n_heads") != std::string::npos, msg.c_str());
    }

    void fullSizeHyperParametersExpectTheManifests() {
        for (const char* which : {"ar", "nar"}) {
            std::ifstream in(fixture((std::string("mars5/manifest_full_") + which + ".json").c_str()));
            const auto m = nlohmann::ordered_json::parse(in);  // keeps the state-dict order
            const auto& ph = m["__metadata__"]["placeholders"];
            std::vector<Mars5TensorSpec> expected;
            if (std::string(which) == "ar") {
                ArHyperParams hp;  // the real configuration (defaults)
                hp.nText = ph["n_text"].get<std::int64_t>();
                hp.nSpeech = ph["n_speech"].get<std::int64_t>();
                expected = expectedArTensors(hp);
            } else {
                NarHyperParams hp;
                hp.nText = ph["n_text"].get<std::int64_t>();
                expected = expectedNarTensors(hp);
            }
            std::vector<Mars5TensorSpec> manifest;
            std::int64_t params = 0;
            for (const auto& [name, entry] : m.items()) {
                if (name == "__metadata__") continue;
                manifest.push_back({name, entry["shape"].get<std::vector<std::int64_t>>()});
                std::int64_t n = 1;
                for (auto s : manifest.back().shape) n *= s;
                params += n;
            }
            // Exactly the same names, shapes and order.
            QCOMPARE(expected.size(), manifest.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                QVERIFY2(expected[i].name == manifest[i].name,
                         (std::string(which) + ": #" + std::to_string(i) + " " + expected[i].name + " vs " + manifest[i].name).c_str());
                QVERIFY2(expected[i].shape == manifest[i].shape, (std::string(which) + ": shape of " + expected[i].name).c_str());
            }
            QCOMPARE(std::int64_t(manifest.size()), m["__metadata__"]["n_tensors"].get<std::int64_t>());
            std::map<std::string, std::vector<std::int64_t>> want;
            for (const auto& e : manifest) want[e.name] = e.shape;
            std::int64_t expectedParams = 0;
            for (const auto& e : expected) {
                const auto it = want.find(e.name);
                QVERIFY2(it != want.end(), (std::string(which) + ": not in the manifest: " + e.name).c_str());
                QVERIFY2(it->second == e.shape, (std::string(which) + ": shape differs: " + e.name).c_str());
                std::int64_t n = 1;
                for (auto s : e.shape) n *= s;
                expectedParams += n;
            }
            QCOMPARE(expectedParams, params);
            QCOMPARE(params, m["__metadata__"]["n_params_with_placeholders"].get<std::int64_t>());
            // The full-size checker accepts the manifest as a file's content.
            std::vector<std::string> dtypes(manifest.size(), "F16");
            checkMars5Tensors(manifest, dtypes, expected, which, "full-size model");
        }
    }

    void fullSizeDerivationFromManifestShapes() {
        // Deriving from the manifest shapes with the real constants gives the real configuration.
        const json m = readJson(fixture("mars5/manifest_full_ar.json"));
        std::vector<Mars5TensorSpec> specs;
        for (const auto& [name, entry] : m.items())
            if (name != "__metadata__") specs.push_back({name, entry["shape"].get<std::vector<std::int64_t>>()});
        const auto hp = deriveArHyperParams(specs, 2048, 6144, nullptr, "manifest_full_ar.json");
        const ArHyperParams real;
        QCOMPARE(hp.dim, real.dim);
        QCOMPARE(hp.nLayers, real.nLayers);
        QCOMPARE(hp.nHeads, real.nHeads);
        QCOMPARE(hp.hiddenDim, real.hiddenDim);
        QCOMPARE(hp.spkLayers, real.spkLayers);
        QCOMPARE(hp.spkFfDim, real.spkFfDim);
        QCOMPARE(hp.slidingWindow, real.slidingWindow);
        const json n = readJson(fixture("mars5/manifest_full_nar.json"));
        specs.clear();
        for (const auto& [name, entry] : n.items())
            if (name != "__metadata__") specs.push_back({name, entry["shape"].get<std::vector<std::int64_t>>()});
        const auto nhp = deriveNarHyperParams(specs, 2048, nullptr, "manifest_full_nar.json");
        const NarHyperParams nreal;
        QCOMPARE(nhp.dim, nreal.dim);
        QCOMPARE(nhp.nHeads, nreal.nHeads);
        QCOMPARE(nhp.encLayers, nreal.encLayers);
        QCOMPARE(nhp.decLayers, nreal.decLayers);
        QCOMPARE(nhp.spkLayers, nreal.spkLayers);
        QCOMPARE(nhp.tEmbDim, nreal.tEmbDim);
        QCOMPARE(nhp.ffDim, nreal.ffDim);
    }

    void reportsEveryProblemInOneMessage() {
        QTemporaryDir dir;
        const auto ck = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, tinyOptions());
        auto tensors = tensorsOf(ck);
        std::vector<std::pair<std::string, at::Tensor>> broken;
        for (auto& [name, t] : tensors) {
            if (name == "ar.layers.1.ffn_norm.weight") continue;  // missing
            if (name == "ar.layers.1.attention.wv.weight") t = at::zeros({128, ck.ar.dim}, at::kHalf);  // mis-shaped
            broken.emplace_back(name, t);
        }
        broken.emplace_back("ar.layers.1.attention.bias", at::zeros({7}, at::kHalf));  // unexpected
        const std::string path = dir.filePath("broken_ar.safetensors").toStdString();
        writeSafetensors(path, broken, metadataOf(ck));
        const std::string msg = failureMessage([&] { loadMars5Checkpoint(path, Mars5ModelKind::Ar, tinyOptions()); });
        QVERIFY2(msg.find("broken_ar.safetensors") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("3 problems") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("ar.layers.1.ffn_norm.weight") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("ar.layers.1.attention.wv.weight has shape [128, 64], expected [256, 64]") != std::string::npos,
                 msg.c_str());
        QVERIFY2(msg.find("ar.layers.1.attention.bias [7]") != std::string::npos, msg.c_str());
    }

    void rejectsWrongVocabularyRowsAndIntegerTensors() {
        QTemporaryDir dir;
        const auto ck = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, tinyOptions());
        auto tensors = tensorsOf(ck);
        for (auto& [name, t] : tensors) {
            if (name == "embed.weight") t = t.narrow(0, 0, t.size(0) - 1).contiguous();
            if (name == "pos_embedding.alpha") t = at::ones({1}, at::kLong);
        }
        const std::string path = dir.filePath("vocab_ar.safetensors").toStdString();
        writeSafetensors(path, tensors, metadataOf(ck));
        const std::string msg = failureMessage([&] { loadMars5Checkpoint(path, Mars5ModelKind::Ar, tinyOptions()); });
        QVERIFY2(msg.find("embed.weight has shape") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("n_text + n_speech") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("pos_embedding.alpha is I64") != std::string::npos, msg.c_str());
    }

    void rejectsMismatchedArNarVocabularies() {
        QTemporaryDir dir;
        const auto ar = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, tinyOptions());
        const auto nar = loadMars5Checkpoint(fixture("mars5/mars5_tiny_nar.safetensors"), Mars5ModelKind::Nar, tinyOptions());
        // The modified NARs need the head count only (tiny_config.json also pins text_vocab).
        const json cfg = readJson(fixture("mars5/tiny_config.json"));
        const std::string heads = dir.filePath("heads.json").toStdString();
        mars5::test::writeFile(heads, json{{"nar", {{"n_heads", cfg["nar"]["n_heads"]}}}}.dump());
        Mars5LoadOptions narOptions;
        narOptions.configOverridePath = heads;
        // 1) A NAR trained with one more text special token (self-consistent: text_embed grows by a row).
        {
            const std::string specials = "2\n<|startoftext|> 400\n<|endoftext|> 401\n";
            QVERIFY(nar.texttokModel.find(specials) != std::string::npos);
            auto md = metadataOf(nar);
            md["texttok.model"] = replaceOnce(nar.texttokModel, specials, "3\n<|startoftext|> 400\n<|endoftext|> 401\n<|extra|> 402\n");
            auto tensors = tensorsOf(nar);
            for (auto& [name, t] : tensors)
                if (name == "text_embed.weight") t = at::cat({t, t.narrow(0, 0, 1)}, 0);
            const std::string path = dir.filePath("other_nar.safetensors").toStdString();
            writeSafetensors(path, tensors, md);
            const auto other = loadMars5Checkpoint(path, Mars5ModelKind::Nar, narOptions);
            QCOMPARE(other.nar.nText, nar.nar.nText + 1);
            const std::string msg = failureMessage([&] { checkMars5VocabulariesMatch(ar, other); });
            QVERIFY2(msg.find("other_nar.safetensors") != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("mars5_tiny_ar.safetensors") != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("do not belong together") != std::string::npos, msg.c_str());
        }
        // 2) Same size, different merges.
        {
            const auto lastMerge = nar.texttokModel.rfind("\n", nar.texttokModel.size() - 2);
            QVERIFY(lastMerge != std::string::npos);
            std::string text = nar.texttokModel;
            const std::string tail = text.substr(lastMerge + 1);  // "398 101\n"
            const auto space = tail.find(' ');
            const std::string changed = tail.substr(0, space) + " 102\n";
            QVERIFY(changed != tail);
            text = text.substr(0, lastMerge + 1) + changed;
            auto md = metadataOf(nar);
            md["texttok.model"] = text;
            const std::string path = dir.filePath("merges_nar.safetensors").toStdString();
            writeSafetensors(path, tensorsOf(nar), md);
            const auto other = loadMars5Checkpoint(path, Mars5ModelKind::Nar, narOptions);
            const std::string msg = failureMessage([&] { checkMars5VocabulariesMatch(ar, other); });
            QVERIFY2(msg.find("text tokenizer differs") != std::string::npos, msg.c_str());
        }
    }

    void rejectsPtWithoutVocabAndSafetensorsWithoutTokenizers() {
        QTemporaryDir dir;
        const auto ck = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, tinyOptions());
        const std::string pt = dir.filePath("plain_state_dict.pt").toStdString();
        mars5::test::writeFile(pt, mars5::test::torchSaveStateDict(tensorsOf(ck)));
        std::string msg = failureMessage([&] { loadMars5Checkpoint(pt, Mars5ModelKind::Ar, tinyOptions()); });
        QVERIFY2(msg.find("plain_state_dict.pt") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("'vocab'") != std::string::npos, msg.c_str());

        const std::string st = dir.filePath("no_metadata.safetensors").toStdString();
        writeSafetensors(st, tensorsOf(ck), {{"texttok.model", ck.texttokModel}});
        msg = failureMessage([&] { loadMars5Checkpoint(st, Mars5ModelKind::Ar, tinyOptions()); });
        QVERIFY2(msg.find("no_metadata.safetensors") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("speechtok.model") != std::string::npos, msg.c_str());
    }

    // A checkpoint with NaN or infinity in its weights is damaged: refused at load, naming
    // the tensor (before: it loaded, and the AR never found the end of speech).
    void rejectsNonFiniteWeights() {
        QTemporaryDir dir;
        const auto ck = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, tinyOptions());
        for (const double bad : {std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::infinity()}) {
            auto tensors = tensorsOf(ck);
            tensors[7].second.view(-1)[3] = bad;
            const std::string path = dir.filePath("damaged.safetensors").toStdString();
            writeSafetensors(path, tensors, metadataOf(ck));
            const std::string msg = failureMessage([&] { loadMars5Checkpoint(path, Mars5ModelKind::Ar, tinyOptions()); });
            QVERIFY2(msg.find("damaged.safetensors: tensor '" + tensors[7].first + "' holds NaN or infinite values") !=
                         std::string::npos,
                     msg.c_str());
        }
    }

    void rejectsSwappedModelsAndOverrideDisagreements() {
        std::string msg = failureMessage([] {
            loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Nar, tinyOptions());
        });
        QVERIFY2(msg.find("this is a MARS5 AR (CodecLM) checkpoint, not a MARS5 NAR (ResidualTransformer) (AR and NAR "
                          "files swapped?)") != std::string::npos,
                 msg.c_str());
        // A Vocos .bin has no 'vocab' entry either; the error says whose weights it holds.
        msg = failureMessage([] {
            loadMars5Checkpoint(fixture("codec/vocos_tiny_pytorch_model.bin"), Mars5ModelKind::Ar, tinyOptions());
        });
        QVERIFY2(msg.find("holds Vocos weights where MARS5 AR (CodecLM) weights are needed") != std::string::npos, msg.c_str());

        QTemporaryDir dir;
        const std::string cfg = dir.filePath("bad_config.json").toStdString();
        mars5::test::writeFile(cfg, R"({"ar": {"head_dim": 64, "sliding_window": 64, "dim": 128}})");
        Mars5LoadOptions o;
        o.configOverridePath = cfg;
        msg = failureMessage([&] { loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, o); });
        QVERIFY2(msg.find("the AR width D is 64 in the checkpoint but 128 in the override") != std::string::npos, msg.c_str());

        mars5::test::writeFile(cfg, R"({"ar": {"sliding_window": -3}})");
        msg = failureMessage([&] { loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, o); });
        QVERIFY2(msg.find("sliding_window must be a positive integer") != std::string::npos, msg.c_str());

        // A typo of a key the override reads would silently keep the derived value: refused, with
        // the key it was probably meant as. Keys far from any read key (descriptions) stay allowed.
        mars5::test::writeFile(cfg, R"({"ar": {"n_head": 4, "reference_class": "mars5.model.CodecLM"}})");
        msg = failureMessage([&] { loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, o); });
        QVERIFY2(msg.find("ar.n_head is not a key the override reads; did you mean \"n_heads\"?") != std::string::npos, msg.c_str());
        mars5::test::writeFile(cfg, R"({"ar": {"spk_encoder": {"layer-norm-eps": 4e-05}}})");
        msg = failureMessage([&] { loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, o); });
        QVERIFY2(msg.find("ar.spk_encoder.layer-norm-eps is not a key the override reads; did you mean \"layer_norm_eps\"?") !=
                     std::string::npos,
                 msg.c_str());
        mars5::test::writeFile(cfg, R"({"nar": {"txt_vocab": 403}})");
        msg = failureMessage([&] { loadMars5Checkpoint(fixture("mars5/mars5_tiny_nar.safetensors"), Mars5ModelKind::Nar, o); });
        QVERIFY2(msg.find("nar.txt_vocab is not a key the override reads; did you mean \"text_vocab\"?") != std::string::npos, msg.c_str());
        mars5::test::writeFile(cfg, R"({"ar": {"spk_encoder": 3}})");
        msg = failureMessage([&] { loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, o); });
        QVERIFY2(msg.find("ar.spk_encoder must be an object") != std::string::npos, msg.c_str());
        mars5::test::writeFile(cfg, R"({"AR": {"n_heads": 4}})");
        msg = failureMessage([&] { loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, o); });
        QVERIFY2(msg.find("AR is not a key the override reads; did you mean \"ar\"?") != std::string::npos, msg.c_str());

        msg = failureMessage([] { loadMars5Checkpoint(fixture("mars5/does_not_exist.safetensors"), Mars5ModelKind::Ar); });
        QVERIFY2(msg.find("does_not_exist.safetensors: no such file") != std::string::npos, msg.c_str());
    }

    void recognisesPublishedNamesAndChecksSha256() {
        // sha256 itself (FIPS 180-4 test vectors).
        QTemporaryDir dir;
        const std::string abc = dir.filePath("abc.txt").toStdString();
        mars5::test::writeFile(abc, "abc");
        QCOMPARE(sha256File(abc), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string longer = dir.filePath("long.txt").toStdString();
        mars5::test::writeFile(longer, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        QCOMPARE(sha256File(longer), std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));

        const std::string src = fixture("mars5/mars5_tiny_ar.safetensors");
        // HF name with a known sha256: the tiny file is not the published one, so it is accepted
        // as structurally valid with a mismatch noted.
        const std::string hf = dir.filePath("mars5_ar.safetensors").toStdString();
        std::filesystem::copy_file(src, hf);
        auto ck = loadMars5Checkpoint(hf, Mars5ModelKind::Ar, tinyOptions());
        QCOMPARE(ck.recognition, Mars5Recognition::ChecksumMismatch);
        QCOMPARE(ck.sha256, sha256File(src));
        QVERIFY(ck.recognitionNote.find("Hugging Face") != std::string::npos);
        Mars5LoadOptions noHash = tinyOptions();
        noHash.verifySha256 = false;
        QCOMPARE(loadMars5Checkpoint(hf, Mars5ModelKind::Ar, noHash).recognition, Mars5Recognition::NotChecked);
        // GitHub release name: no published sha256.
        const std::string gh = dir.filePath("mars5_en_checkpoints_ar-3000000.safetensors").toStdString();
        std::filesystem::copy_file(src, gh);
        ck = loadMars5Checkpoint(gh, Mars5ModelKind::Ar, tinyOptions());
        QCOMPARE(ck.recognition, Mars5Recognition::KnownName);
        QVERIFY(ck.recognitionNote.find("v0.4") != std::string::npos);
        // A published NAR name holding an AR.
        const std::string swapped = dir.filePath("mars5_nar.safetensors").toStdString();
        std::filesystem::copy_file(src, swapped);
        const std::string msg = failureMessage([&] { loadMars5Checkpoint(swapped, Mars5ModelKind::Ar, tinyOptions()); });
        QVERIFY2(msg.find("mars5_nar.safetensors") != std::string::npos, msg.c_str());
        // Sidecar discovery next to a checkpoint.
        QCOMPARE(findMars5ConfigSidecar(src), fixture("mars5/tiny_config.json"));
        QVERIFY(findMars5ConfigSidecar(hf).empty());
    }
};

QTEST_GUILESS_MAIN(TestMars5Checkpoint)
#include "test_mars5_checkpoint.moc"
