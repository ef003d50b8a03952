#include "mars5_checkpoint.h"

#include "error_notices.h"
#include "failure.h"
#include "finite_weights.h"
#include "mars5/model_files.h"
#include "safetensors.h"
#include "tokenizer.h"
#include "unrecognised_file.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace mars5 {

namespace {

using Shape = std::vector<std::int64_t>;

std::string showShape(const Shape& s) {
    std::string out = "[";
    for (std::size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
    return out + "]";
}

std::string fileNameOf(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// ---- shape lookups used by the derivation --------------------------------------------------

class ShapeIndex {
public:
    explicit ShapeIndex(const std::vector<Mars5TensorSpec>& tensors) {
        for (const auto& t : tensors) m_shapes.emplace(t.name, t.shape);
    }
    // Dimension `axis` of `name` when present with rank `rank`.
    std::optional<std::int64_t> dim(const std::string& name, std::size_t rank, std::size_t axis) const {
        const auto it = m_shapes.find(name);
        if (it == m_shapes.end() || it->second.size() != rank) return std::nullopt;
        return it->second[axis];
    }
    // The first of several sources that reveals the value.
    std::optional<std::int64_t> first(std::initializer_list<std::tuple<const char*, std::size_t, std::size_t>> sources) const {
        for (const auto& [name, rank, axis] : sources)
            if (auto v = dim(name, rank, axis)) return v;
        return std::nullopt;
    }
    // Number of indexed blocks "<prefix><n>." (max index + 1; gaps show up as missing tensors).
    std::int64_t countIndexed(const std::string& prefix) const {
        std::int64_t count = 0;
        for (const auto& [name, shape] : m_shapes) {
            if (name.compare(0, prefix.size(), prefix) != 0) continue;
            std::size_t pos = prefix.size(), end = pos;
            while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end]))) ++end;
            if (end == pos || end >= name.size() || name[end] != '.' || end - pos > 6) continue;
            count = std::max<std::int64_t>(count, std::stoll(name.substr(pos, end - pos)) + 1);
        }
        return count;
    }
    // The most common value of dimension `axis` over "<prefix><n>.<suffix>" (a single odd layer
    // then shows up as that layer's wrong shape rather than as every other layer's).
    std::optional<std::int64_t> modeOver(const std::string& prefix, std::int64_t n, const std::string& suffix,
                                         std::size_t rank, std::size_t axis) const {
        std::map<std::int64_t, int> votes;
        for (std::int64_t i = 0; i < n; ++i)
            if (auto v = dim(prefix + std::to_string(i) + "." + suffix, rank, axis)) ++votes[*v];
        if (votes.empty()) return std::nullopt;
        return std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) { return a.second < b.second; })
            ->first;
    }

private:
    std::map<std::string, Shape> m_shapes;
};

[[noreturn]] void failWithProblems(const std::string& context, const std::string& what,
                                   const std::vector<std::string>& problems) {
    std::string msg = context + ": " + what + ":";
    for (const auto& p : problems) msg += "\n  - " + p;
    fail(ErrorKind::Format, msg);
}

void appendEncoderLayerBlock(std::vector<Mars5TensorSpec>& out, const std::string& p, std::int64_t d, std::int64_t ff,
                             bool crossAttention) {
    out.push_back({p + "self_attn.in_proj_weight", {3 * d, d}});
    out.push_back({p + "self_attn.in_proj_bias", {3 * d}});
    out.push_back({p + "self_attn.out_proj.weight", {d, d}});
    out.push_back({p + "self_attn.out_proj.bias", {d}});
    if (crossAttention) {
        out.push_back({p + "multihead_attn.in_proj_weight", {3 * d, d}});
        out.push_back({p + "multihead_attn.in_proj_bias", {3 * d}});
        out.push_back({p + "multihead_attn.out_proj.weight", {d, d}});
        out.push_back({p + "multihead_attn.out_proj.bias", {d}});
    }
    out.push_back({p + "linear2.weight", {d, ff}});
    out.push_back({p + "linear2.bias", {d}});
    out.push_back({p + "norm1.weight", {d}});
    out.push_back({p + "norm1.bias", {d}});
    out.push_back({p + "norm2.weight", {d}});
    out.push_back({p + "norm2.bias", {d}});
    if (crossAttention) {
        out.push_back({p + "norm3.weight", {d}});
        out.push_back({p + "norm3.bias", {d}});
    }
    out.push_back({p + "activation.V.weight", {ff, d}});
    out.push_back({p + "activation.W.weight", {ff, d}});
}

// ---- JSON override ---------------------------------------------------------------------------

using json = nlohmann::json;

// One object of the override ("ar", "nar", "ar.spk_encoder"): reads optional positive fields and
// records each key it reads. Keys it does not read are ignored (the fixtures' config describes the
// reference's constructor, tokenizers and more), but rejectTypos() refuses a key one or two edits
// from a key it read: almost surely a typo whose value would otherwise be dropped without a word,
// leaving the derived or reference value in force.
class OverrideSection {
public:
    // prefix: what messages put before a key ("file: ", "file: ar.", "file: ar.spk_encoder.").
    OverrideSection(const json& obj, std::string prefix) : m_obj(obj), m_prefix(std::move(prefix)) {}

    template <class T>
    void field(const char* key, std::optional<T>& out) {
        m_read.emplace_back(key);
        const auto it = m_obj.find(key);
        if (it == m_obj.end() || it->is_null()) return;
        if constexpr (std::is_integral_v<T>) {
            if (!it->is_number_integer() || it->get<std::int64_t>() <= 0)
                fail(ErrorKind::Format, m_prefix + key + " must be a positive integer, not " + it->dump());
        } else {
            if (!it->is_number() || it->get<double>() <= 0)
                fail(ErrorKind::Format, m_prefix + key + " must be a positive number, not " + it->dump());
        }
        out = it->get<T>();
    }
    // A nested object ("ar", "spk_encoder"): its key counts as read; nullptr when absent.
    const json* object(const char* key) {
        m_read.emplace_back(key);
        const auto it = m_obj.find(key);
        if (it == m_obj.end()) return nullptr;
        if (!it->is_object()) fail(ErrorKind::Format, m_prefix + key + " must be an object");
        return &*it;
    }
    const std::string& prefix() const { return m_prefix; }
    void rejectTypos() const;

private:
    const json& m_obj;
    std::string m_prefix;
    std::vector<std::string> m_read;
};

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string normalisedKey(std::string key) {
    for (char& c : key) c = c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

void OverrideSection::rejectTypos() const {
    for (const auto& [key, value] : m_obj.items()) {
        if (std::find(m_read.begin(), m_read.end(), key) != m_read.end()) continue;
        const std::string k = normalisedKey(key);
        for (const auto& known : m_read) {
            const std::size_t d = editDistance(k, known);
            if (d <= 2 && d < known.size() / 2)
                fail(ErrorKind::Format, m_prefix + key + " is not a key the override reads; did you mean \"" + known + "\"?");
        }
    }
}

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorKind::Io, cannotOpenFileNotice(path));
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

const char* describe(Mars5ModelKind kind) {
    return kind == Mars5ModelKind::Ar ? "MARS5 AR (CodecLM)" : "MARS5 NAR (ResidualTransformer)";
}

const char* describe(Mars5Recognition r) {
    switch (r) {
    case Mars5Recognition::Unrecognised: return "unrecognised but structurally valid";
    case Mars5Recognition::KnownName: return "published file name (no known sha256 to verify)";
    case Mars5Recognition::Verified: return "published file, sha256 verified";
    case Mars5Recognition::ChecksumMismatch: return "published file name but a different sha256";
    case Mars5Recognition::NotChecked: return "published file name (sha256 not checked)";
    }
    return "?";
}

const std::vector<Mars5KnownFile>& mars5KnownFiles() {
    // A view of the one catalogue of published files (mars5/model_files.h).
    static const std::vector<Mars5KnownFile> files = [] {
        std::vector<Mars5KnownFile> f;
        for (const KnownModelFile& k : knownModelFiles())
            if (k.role == ModelRole::Mars5Ar || k.role == ModelRole::Mars5Nar)
                f.push_back({k.fileName, k.role == ModelRole::Mars5Ar ? Mars5ModelKind::Ar : Mars5ModelKind::Nar,
                             k.source, k.sha256});
        return f;
    }();
    return files;
}

// ---- expected tensors ---------------------------------------------------------------------------

std::vector<Mars5TensorSpec> expectedArTensors(const ArHyperParams& hp) {
    std::vector<Mars5TensorSpec> out;
    const std::int64_t D = hp.dim, q = hp.nHeads * hp.headDim, kv = hp.nKvHeads * hp.headDim, F = hp.hiddenDim;
    for (std::int64_t l = 0; l < hp.nLayers; ++l) {
        const std::string p = "ar.layers." + std::to_string(l) + ".";
        out.push_back({p + "attention.wq.weight", {q, D}});
        out.push_back({p + "attention.wk.weight", {kv, D}});
        out.push_back({p + "attention.wv.weight", {kv, D}});
        out.push_back({p + "attention.wo.weight", {D, q}});
        out.push_back({p + "feed_forward.w1.weight", {F, D}});
        out.push_back({p + "feed_forward.w2.weight", {D, F}});
        out.push_back({p + "feed_forward.w3.weight", {F, D}});
        out.push_back({p + "attention_norm.weight", {D}});
        out.push_back({p + "ffn_norm.weight", {D}});
    }
    out.push_back({"ar.norm.weight", {D}});
    out.push_back({"ar.output.weight", {hp.vocabSize(), D}});
    out.push_back({"embed.weight", {hp.vocabSize(), D}});
    out.push_back({"pos_embedding.alpha", {1}});
    for (std::int64_t c = 0; c < hp.codebooks; ++c)
        out.push_back({"ref_chunked_emb.embs." + std::to_string(c) + ".weight", {hp.codeClasses, hp.refEmbDim()}});
    out.push_back({"spk_identity_emb.weight", {1, D}});
    for (std::int64_t s = 0; s < hp.spkLayers; ++s)
        appendEncoderLayerBlock(out, "spk_encoder.layers." + std::to_string(s) + ".", D, hp.spkFfDim, false);
    out.push_back({"spk_encoder.norm.weight", {D}});
    out.push_back({"spk_encoder.norm.bias", {D}});
    return out;
}

std::vector<Mars5TensorSpec> expectedNarTensors(const NarHyperParams& hp) {
    std::vector<Mars5TensorSpec> out;
    const std::int64_t d = hp.dim;
    out.push_back({"cond_pos_embedding.alpha", {1}});
    out.push_back({"pos_embedding.alpha", {1}});
    for (std::int64_t e = 0; e < hp.encLayers; ++e)
        appendEncoderLayerBlock(out, "tfm.encoder.layers." + std::to_string(e) + ".", d, hp.ffDim, false);
    out.push_back({"tfm.encoder.norm.weight", {d}});
    out.push_back({"tfm.encoder.norm.bias", {d}});
    for (std::int64_t n = 0; n < hp.decLayers; ++n)
        appendEncoderLayerBlock(out, "tfm.decoder.layers." + std::to_string(n) + ".", d, hp.ffDim, true);
    out.push_back({"tfm.decoder.norm.weight", {d}});
    out.push_back({"tfm.decoder.norm.bias", {d}});
    for (const char* side : {"timestep_encoder_emb", "timestep_decoder_emb"}) {
        const std::string p = side;
        out.push_back({p + ".0.weight", {d, hp.tEmbDim}});
        out.push_back({p + ".0.bias", {d}});
        out.push_back({p + ".2.weight", {d, d}});
        out.push_back({p + ".2.bias", {d}});
    }
    out.push_back({"text_embed.weight", {hp.textVocab(), d}});
    for (std::int64_t c = 0; c < hp.codebooks; ++c)
        out.push_back({"ref_embedder.embs." + std::to_string(c) + ".weight", {hp.codeClasses, hp.codeEmbDim()}});
    out.push_back({"ref_pos_embedding.alpha", {1}});
    out.push_back({"spk_identity_emb.weight", {1, d}});
    for (std::int64_t s = 0; s < hp.spkLayers; ++s)
        appendEncoderLayerBlock(out, "spk_encoder.layers." + std::to_string(s) + ".", d, hp.ffDim, false);
    out.push_back({"spk_encoder.norm.weight", {d}});
    out.push_back({"spk_encoder.norm.bias", {d}});
    for (std::int64_t c = 0; c < hp.codebooks; ++c)
        out.push_back({"residual_encoder.embs." + std::to_string(c) + ".weight", {hp.codeClasses, hp.codeEmbDim()}});
    for (std::int64_t c = 0; c < hp.codebooks; ++c) {
        const std::string p = "residual_decoder." + std::to_string(c) + ".";
        out.push_back({p + "0.weight", {d}});
        out.push_back({p + "0.bias", {d}});
        out.push_back({p + "1.weight", {hp.codeClasses, d}});
        out.push_back({p + "1.bias", {hp.codeClasses}});
    }
    return out;
}

// ---- override ------------------------------------------------------------------------------------

Mars5ConfigOverride parseMars5ConfigOverride(const std::string& text, const std::string& origin) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        fail(ErrorKind::Format, origin + ": not valid JSON (" + std::string(e.what()) + ")");
    }
    if (!root.is_object()) fail(ErrorKind::Format, origin + ": a MARS5 config override must be a JSON object");
    Mars5ConfigOverride o;
    o.origin = origin;
    OverrideSection top(root, origin + ": ");
    if (const json* arJson = top.object("ar")) {
        OverrideSection ar(*arJson, top.prefix() + "ar.");
        ar.field("head_dim", o.arHeadDim);
        ar.field("n_heads", o.arHeads);
        ar.field("n_kv_heads", o.arKvHeads);
        ar.field("sliding_window", o.arSlidingWindow);
        ar.field("rope_theta", o.arRopeTheta);
        ar.field("norm_eps", o.arNormEps);
        ar.field("dim", o.arDim);
        ar.field("n_layers", o.arLayers);
        ar.field("hidden_dim", o.arHiddenDim);
        ar.field("vocab_size", o.arVocab);
        if (const json* spkJson = ar.object("spk_encoder")) {
            OverrideSection spk(*spkJson, ar.prefix() + "spk_encoder.");
            spk.field("n_heads", o.arSpkHeads);
            spk.field("n_layers", o.arSpkLayers);
            spk.field("ff_dim", o.arSpkFfDim);
            spk.field("layer_norm_eps", o.arSpkLayerNormEps);
            spk.rejectTypos();
        }
        ar.rejectTypos();
    }
    if (const json* narJson = top.object("nar")) {
        OverrideSection nar(*narJson, top.prefix() + "nar.");
        nar.field("n_heads", o.narHeads);
        nar.field("head_dim", o.narHeadDim);
        nar.field("layer_norm_eps", o.narLayerNormEps);
        nar.field("head_layer_norm_eps", o.narHeadLayerNormEps);
        nar.field("dim", o.narDim);
        nar.field("ff_dim", o.narFfDim);
        nar.field("t_emb_dim", o.narTEmbDim);
        nar.field("enc_layers", o.narEncLayers);
        nar.field("dec_layers", o.narDecLayers);
        nar.field("spk_layers", o.narSpkLayers);
        nar.field("text_vocab", o.narTextVocab);
        nar.rejectTypos();
    }
    top.rejectTypos();
    return o;
}

Mars5ConfigOverride loadMars5ConfigOverride(const std::string& path) {
    return parseMars5ConfigOverride(readWholeFile(path), path);
}

std::string findMars5ConfigSidecar(const std::string& checkpointPath) {
    const auto dir = std::filesystem::path(checkpointPath).parent_path();
    for (const char* name : {"mars5_config.json", "tiny_config.json"}) {
        const auto p = dir / name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(p, ec)) return p.string();
    }
    return {};
}

// ---- derivation ------------------------------------------------------------------------------------

namespace {

// A size that the override states and a shape reveals must agree.
void agree(std::vector<std::string>& problems, const std::optional<std::int64_t>& stated, std::int64_t derived,
           const char* what, const Mars5ConfigOverride* o) {
    if (stated && *stated != derived)
        problems.push_back(std::string(what) + " is " + std::to_string(derived) + " in the checkpoint but " +
                           std::to_string(*stated) + " in the override " + o->origin);
}

}  // namespace

ArHyperParams deriveArHyperParams(const std::vector<Mars5TensorSpec>& tensors, std::int64_t nText, std::int64_t nSpeech,
                                  const Mars5ConfigOverride* o, const std::string& context) {
    const ShapeIndex shapes(tensors);
    std::vector<std::string> problems;
    ArHyperParams hp;
    hp.nText = nText;
    hp.nSpeech = nSpeech;

    const auto D = shapes.first({{"embed.weight", 2, 1}, {"ar.output.weight", 2, 1}, {"ar.norm.weight", 1, 0},
                                 {"spk_identity_emb.weight", 2, 1}});
    if (!D) problems.push_back("the model width D cannot be read: embed.weight, ar.output.weight and ar.norm.weight are all missing");
    hp.dim = D.value_or(0);
    hp.nLayers = shapes.countIndexed("ar.layers.");
    if (hp.nLayers == 0) problems.push_back("no decoder layers (ar.layers.*)");
    hp.spkLayers = shapes.countIndexed("spk_encoder.layers.");
    if (hp.spkLayers == 0) problems.push_back("no speaker-encoder layers (spk_encoder.layers.*)");

    const auto qRows = shapes.modeOver("ar.layers.", hp.nLayers, "attention.wq.weight", 2, 0);
    const auto kvRows = shapes.modeOver("ar.layers.", hp.nLayers, "attention.wk.weight", 2, 0);
    const auto F = shapes.modeOver("ar.layers.", hp.nLayers, "feed_forward.w1.weight", 2, 0);
    const auto Fs = shapes.modeOver("spk_encoder.layers.", hp.spkLayers, "activation.W.weight", 2, 0);
    if (hp.nLayers > 0 && (!qRows || !kvRows))
        problems.push_back("the attention size cannot be read: no ar.layers.*.attention.wq/wk.weight");
    if (hp.nLayers > 0 && !F) problems.push_back("the FFN size cannot be read: no ar.layers.*.feed_forward.w1.weight");
    if (hp.spkLayers > 0 && !Fs)
        problems.push_back("the speaker-encoder FFN size cannot be read: no spk_encoder.layers.*.activation.W.weight");
    hp.hiddenDim = F.value_or(0);
    hp.spkFfDim = Fs.value_or(0);

    // head_dim is not visible: the reference constant 64 unless the override says otherwise.
    if (o && o->arHeadDim) hp.headDim = *o->arHeadDim;
    else if (o && o->arHeads && qRows && *qRows % *o->arHeads == 0) hp.headDim = *qRows / *o->arHeads;
    else hp.headDim = kArDefaultHeadDim;
    if (qRows) {
        if (*qRows % hp.headDim != 0)
            problems.push_back("attention.wq.weight has " + std::to_string(*qRows) + " rows, not a multiple of head_dim " +
                               std::to_string(hp.headDim) + " (supply head_dim/n_heads in a config override)");
        hp.nHeads = *qRows / hp.headDim;
    }
    if (kvRows) {
        if (*kvRows % hp.headDim != 0)
            problems.push_back("attention.wk.weight has " + std::to_string(*kvRows) + " rows, not a multiple of head_dim " +
                               std::to_string(hp.headDim));
        hp.nKvHeads = *kvRows / hp.headDim;
        if (hp.nKvHeads > 0 && hp.nHeads % hp.nKvHeads != 0)
            problems.push_back(std::to_string(hp.nHeads) + " query heads are not a multiple of " +
                               std::to_string(hp.nKvHeads) + " key/value heads");
    }
    hp.spkHeads = (o && o->arSpkHeads) ? *o->arSpkHeads : hp.nHeads;
    if (D && hp.spkHeads > 0 && *D % hp.spkHeads != 0)
        problems.push_back("the speaker encoder's " + std::to_string(hp.spkHeads) + " heads do not divide D = " + std::to_string(*D));
    if (D && *D % hp.codebooks != 0)
        problems.push_back("D = " + std::to_string(*D) + " is not a multiple of the " + std::to_string(hp.codebooks) +
                           " codebooks of the reference embedding");
    if (o) {
        if (o->arSlidingWindow) hp.slidingWindow = *o->arSlidingWindow;
        if (o->arRopeTheta) hp.ropeTheta = *o->arRopeTheta;
        if (o->arNormEps) hp.normEps = *o->arNormEps;
        if (o->arSpkLayerNormEps) hp.spkLayerNormEps = *o->arSpkLayerNormEps;
        if (o->arHeads && qRows) agree(problems, o->arHeads, hp.nHeads, "the AR query head count", o);
        if (o->arKvHeads && kvRows) agree(problems, o->arKvHeads, hp.nKvHeads, "the AR key/value head count", o);
        if (D) agree(problems, o->arDim, *D, "the AR width D", o);
        agree(problems, o->arLayers, hp.nLayers, "the AR decoder layer count", o);
        if (F) agree(problems, o->arHiddenDim, *F, "the AR FFN size", o);
        agree(problems, o->arVocab, hp.vocabSize(), "the AR vocabulary V (n_text + n_speech of the tokenizers)", o);
        agree(problems, o->arSpkLayers, hp.spkLayers, "the AR speaker-encoder layer count", o);
        if (Fs) agree(problems, o->arSpkFfDim, *Fs, "the AR speaker-encoder FFN size", o);
    }
    if (!problems.empty()) failWithProblems(context, std::string("cannot derive the ") + describe(Mars5ModelKind::Ar) +
                                                         " configuration", problems);
    return hp;
}

NarHyperParams deriveNarHyperParams(const std::vector<Mars5TensorSpec>& tensors, std::int64_t nText,
                                    const Mars5ConfigOverride* o, const std::string& context) {
    const ShapeIndex shapes(tensors);
    std::vector<std::string> problems;
    NarHyperParams hp;
    hp.nText = nText;
    const auto d = shapes.first({{"text_embed.weight", 2, 1}, {"spk_identity_emb.weight", 2, 1},
                                 {"tfm.encoder.norm.weight", 1, 0}, {"tfm.decoder.norm.weight", 1, 0}});
    if (!d) problems.push_back("the model width d cannot be read: text_embed.weight, spk_identity_emb.weight and the final norms are all missing");
    hp.dim = d.value_or(0);
    hp.encLayers = shapes.countIndexed("tfm.encoder.layers.");
    hp.decLayers = shapes.countIndexed("tfm.decoder.layers.");
    hp.spkLayers = shapes.countIndexed("spk_encoder.layers.");
    if (hp.encLayers == 0) problems.push_back("no encoder layers (tfm.encoder.layers.*)");
    if (hp.decLayers == 0) problems.push_back("no decoder layers (tfm.decoder.layers.*)");
    if (hp.spkLayers == 0) problems.push_back("no speaker-encoder layers (spk_encoder.layers.*)");
    auto Fn = shapes.modeOver("tfm.encoder.layers.", hp.encLayers, "activation.W.weight", 2, 0);
    if (!Fn) Fn = shapes.modeOver("tfm.decoder.layers.", hp.decLayers, "activation.W.weight", 2, 0);
    if (!Fn) Fn = shapes.modeOver("spk_encoder.layers.", hp.spkLayers, "activation.W.weight", 2, 0);
    if (!Fn) problems.push_back("the FFN size cannot be read: no *.activation.W.weight");
    hp.ffDim = Fn.value_or(0);
    const auto tEmb = shapes.first({{"timestep_encoder_emb.0.weight", 2, 1}, {"timestep_decoder_emb.0.weight", 2, 1}});
    if (!tEmb) problems.push_back("the timestep-embedding size cannot be read: timestep_{encoder,decoder}_emb.0.weight missing");
    hp.tEmbDim = tEmb.value_or(0);

    // The head count is not visible in any shape: the reference's 64-wide heads unless overridden.
    if (o && o->narHeads) {
        hp.nHeads = *o->narHeads;
        if (o->narHeadDim && d && *o->narHeads * *o->narHeadDim != *d)
            problems.push_back("the override " + o->origin + " gives " + std::to_string(*o->narHeads) + " heads of " +
                               std::to_string(*o->narHeadDim) + " for d = " + std::to_string(*d));
    } else if (d) {
        const std::int64_t hd = (o && o->narHeadDim) ? *o->narHeadDim : kNarDefaultHeadDim;
        if (*d % hd != 0 || *d < hd)
            problems.push_back("cannot derive the NAR head count: d = " + std::to_string(*d) + " is not a multiple of the head size " +
                               std::to_string(hd) + " (supply nar.n_heads in a config override such as tiny_config.json)");
        else hp.nHeads = *d / hd;
    }
    if (d && hp.nHeads > 0 && *d % hp.nHeads != 0)
        problems.push_back(std::to_string(hp.nHeads) + " heads do not divide d = " + std::to_string(*d));
    if (d && *d % hp.codebooks != 0)
        problems.push_back("d = " + std::to_string(*d) + " is not a multiple of the " + std::to_string(hp.codebooks) + " codebooks");
    if (o) {
        if (o->narLayerNormEps) hp.layerNormEps = *o->narLayerNormEps;
        if (o->narHeadLayerNormEps) hp.headLayerNormEps = *o->narHeadLayerNormEps;
        if (d) agree(problems, o->narDim, *d, "the NAR width d", o);
        if (Fn) agree(problems, o->narFfDim, *Fn, "the NAR FFN size", o);
        if (tEmb) agree(problems, o->narTEmbDim, *tEmb, "the NAR timestep-embedding size", o);
        agree(problems, o->narEncLayers, hp.encLayers, "the NAR encoder layer count", o);
        agree(problems, o->narDecLayers, hp.decLayers, "the NAR decoder layer count", o);
        agree(problems, o->narSpkLayers, hp.spkLayers, "the NAR speaker-encoder layer count", o);
        agree(problems, o->narTextVocab, hp.textVocab(), "the NAR text vocabulary Vt (n_text + 1 of the tokenizer)", o);
    }
    if (!problems.empty()) failWithProblems(context, std::string("cannot derive the ") + describe(Mars5ModelKind::Nar) +
                                                         " configuration", problems);
    return hp;
}

std::string summarize(const ArHyperParams& hp) {
    std::ostringstream s;
    s << "D=" << hp.dim << " L=" << hp.nLayers << " H=" << hp.nHeads << "x" << hp.headDim << " Hkv=" << hp.nKvHeads
      << " F=" << hp.hiddenDim << " W=" << hp.slidingWindow << " S=" << hp.spkLayers << " (" << hp.spkHeads << " heads of "
      << hp.spkHeadDim() << ") Fs=" << hp.spkFfDim << " V=" << hp.nText << "+" << hp.nSpeech;
    return s.str();
}

std::string summarize(const NarHyperParams& hp) {
    std::ostringstream s;
    s << "d=" << hp.dim << " heads=" << hp.nHeads << "x" << hp.headDim() << " enc=" << hp.encLayers << " dec=" << hp.decLayers
      << " spk=" << hp.spkLayers << " Fn=" << hp.ffDim << " t_emb=" << hp.tEmbDim << " Vt=" << hp.textVocab();
    return s.str();
}

void checkMars5Tensors(const std::vector<Mars5TensorSpec>& actual, const std::vector<std::string>& actualDtypes,
                       const std::vector<Mars5TensorSpec>& expected, const std::string& context,
                       const std::string& modelDescription) {
    std::map<std::string, std::size_t> have;
    for (std::size_t i = 0; i < actual.size(); ++i) have.emplace(actual[i].name, i);
    std::set<std::string> wanted;
    std::vector<std::string> missing, wrong, unexpected, badType;
    for (const auto& e : expected) {
        wanted.insert(e.name);
        const auto it = have.find(e.name);
        if (it == have.end()) {
            missing.push_back(e.name + " " + showShape(e.shape));
            continue;
        }
        const auto& a = actual[it->second];
        if (a.shape != e.shape) {
            std::string hint;
            if (e.name == "embed.weight" || e.name == "ar.output.weight")
                hint = " (rows = n_text + n_speech of the checkpoint's tokenizers)";
            else if (e.name == "text_embed.weight")
                hint = " (rows = n_text + 1 of the checkpoint's text tokenizer)";
            wrong.push_back(e.name + " has shape " + showShape(a.shape) + ", expected " + showShape(e.shape) + hint);
        }
        if (it->second < actualDtypes.size()) {
            const auto& dt = actualDtypes[it->second];
            if (dt != "F16" && dt != "BF16" && dt != "F32" && dt != "F64")
                badType.push_back(e.name + " is " + dt + ", expected a floating-point type (F16, BF16 or F32)");
        }
    }
    for (const auto& a : actual)
        if (!wanted.count(a.name)) unexpected.push_back(a.name + " " + showShape(a.shape));
    const std::size_t total = missing.size() + wrong.size() + unexpected.size() + badType.size();
    if (total == 0) return;

    std::string msg = context + ": does not match a " + modelDescription + ": " + std::to_string(total) +
                      (total == 1 ? " problem" : " problems");
    const auto section = [&](const char* title, const std::vector<std::string>& items) {
        if (items.empty()) return;
        constexpr std::size_t kShown = 40;
        msg += "\n  " + std::string(title) + " (" + std::to_string(items.size()) + "):";
        for (std::size_t i = 0; i < items.size() && i < kShown; ++i) msg += "\n    " + items[i];
        if (items.size() > kShown) msg += "\n    ... and " + std::to_string(items.size() - kShown) + " more";
    };
    section("missing tensors", missing);
    section("wrong shapes", wrong);
    section("unexpected tensors", unexpected);
    section("wrong dtypes", badType);
    if (missing.size() + unexpected.size() > 20)
        msg += "\n  (is this a " + modelDescription + " checkpoint at all?)";
    fail(ErrorKind::Format, msg);
}

std::optional<Mars5ModelKind> identifyMars5Model(const std::vector<Mars5TensorSpec>& tensors) {
    bool ar = false, nar = false;
    for (const auto& t : tensors) {
        if (t.name.starts_with("ar.layers.") || t.name == "ar.output.weight" || t.name.starts_with("ref_chunked_emb."))
            ar = true;
        if (t.name.starts_with("tfm.") || t.name.starts_with("residual_decoder.") || t.name == "text_embed.weight")
            nar = true;
    }
    if (ar && !nar) return Mars5ModelKind::Ar;
    if (nar && !ar) return Mars5ModelKind::Nar;
    return std::nullopt;
}

const at::Tensor& Mars5Checkpoint::tensor(const std::string& name) const {
    const auto it = index.find(name);
    if (it == index.end()) fail(ErrorKind::Format, path + ": no tensor " + name);
    return tensors[it->second].second;
}

at::Tensor Mars5Checkpoint::stackOf(const std::string& firstMember) const {
    const auto it = stacks.find(firstMember);
    return it == stacks.end() ? at::Tensor() : it->second;
}

namespace {

// The groups Mars5Checkpoint::stacks holds, by name suffix: first member, then the others.
const std::vector<std::vector<std::string>> kStackGroups = {
    {"attention.wq.weight", "attention.wk.weight", "attention.wv.weight"},  // AR decoder
    {"feed_forward.w1.weight", "feed_forward.w3.weight"},                   // AR decoder SwiGLU
    {"activation.W.weight", "activation.V.weight"},                         // SwiGLU of the PyTorch-style layers
};

struct StackPlacement {
    std::string stack;      // the first member's name
    std::int64_t row = 0;   // the member's first row in the stack
};

// Where each member goes, and each stack's shape: only groups whose members all exist as 2-D
// tensors of one width.
void planStacks(const std::vector<Mars5TensorSpec>& specs, std::map<std::string, StackPlacement>& placement,
                std::map<std::string, std::vector<std::int64_t>>& stackShapes) {
    std::map<std::string, const Mars5TensorSpec*> byName;
    for (const auto& spec : specs) byName.emplace(spec.name, &spec);
    for (const auto& first : specs) {
        for (const auto& group : kStackGroups) {
            const std::string& suffix = group.front();
            if (first.name.size() < suffix.size() || first.name.compare(first.name.size() - suffix.size(), suffix.size(), suffix) != 0)
                continue;
            const std::string prefix = first.name.substr(0, first.name.size() - suffix.size());
            std::vector<const Mars5TensorSpec*> members;
            for (const auto& memberSuffix : group)
                if (const auto it = byName.find(prefix + memberSuffix); it != byName.end()) members.push_back(it->second);
            if (members.size() != group.size() || first.shape.size() != 2) continue;
            std::int64_t rows = 0;
            bool sameWidth = true;
            for (const auto* m : members) {
                sameWidth = sameWidth && m->shape.size() == 2 && m->shape[1] == first.shape[1];
                if (sameWidth) rows += m->shape[0];
            }
            if (!sameWidth) continue;
            std::int64_t row = 0;
            for (const auto* m : members) {
                placement[m->name] = {first.name, row};
                row += m->shape[0];
            }
            stackShapes[first.name] = {rows, first.shape[1]};
        }
    }
}

}  // namespace

void requireMars5Kind(const std::vector<Mars5TensorSpec>& specs, const std::vector<std::string>& dtypes,
                      Mars5ModelKind kind, const std::string& path) {
    const auto found = identifyMars5Model(specs);
    if (found && *found == kind) return;
    if (found) fail(ErrorKind::Format, swappedMars5FileNotice(path, describe(*found), describe(kind)));
    std::vector<TensorSummary> tensors;
    for (std::size_t i = 0; i < specs.size(); ++i) tensors.push_back({specs[i].name, dtypes[i], specs[i].shape});
    ModelKind holds = guessModel(tensors);
    if (holds == ModelKind::Mars5Ar || holds == ModelKind::Mars5Nar) holds = ModelKind::Unknown;  // looks like, but is not
    fail(ErrorKind::Format, wrongModelFileNotice(path, holds, describe(kind)));
}

Mars5Checkpoint loadMars5Checkpoint(const std::string& path, Mars5ModelKind kind, const Mars5LoadOptions& options) {
    if (!c10::isFloatingType(options.dtype))
        fail(ErrorKind::InvalidArgument, path + ": a model can only be loaded as float32, float16 or bfloat16");
    {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            fail(ErrorKind::Io, noSuchModelFileNotice(path, describe(kind)));
    }
    Mars5Checkpoint ck;
    ck.path = path;
    ck.kind = kind;

    std::vector<Mars5TensorSpec> specs;
    std::vector<std::string> dtypes;
    std::optional<SafetensorsFile> st;
    NamedTensors raw;  // .pt tensors as stored
    const CheckpointContainer container = sniffCheckpointContainer(path);
    // A YAML or WAV chosen by mistake is "not a checkpoint", not an implausible header length.
    if (container == CheckpointContainer::Unknown) failUnrecognisedCheckpoint(path);
    if (container != CheckpointContainer::Safetensors) {  // a zip, or a legacy pickle that the reader names
        ck.format = "PyTorch zip (torch.save)";
        const TorchCheckpoint pt = loadTorchCheckpoint(path);
        if (!pt.root || !pt.root->isDict())
            fail(ErrorKind::Format, path + ": the pickle holds " + (pt.root ? pt.root->describe() : std::string("nothing")) +
                                        ", not a MARS5 {model, vocab} checkpoint");
        raw = stateDict(*pt.root, path);
        for (const auto& [name, t] : raw) {
            specs.push_back({name, t.sizes().vec()});
            dtypes.push_back(safetensorsNameFromScalarType(t.scalar_type()));
        }
        requireMars5Kind(specs, dtypes, kind, path);  // a Vocos .bin has no 'vocab' either: say what it is
        const PickleValue* vocab = pt.root->find("vocab");
        if (!vocab)
            fail(ErrorKind::Format, path + ": no 'vocab' entry (the tokenizers): a MARS5 .pt checkpoint is torch.save of "
                                           "{'model': state_dict, 'vocab': {'texttok.model': ..., 'speechtok.model': ...}}");
        if (!vocab->isDict()) fail(ErrorKind::Format, path + ": 'vocab' is " + vocab->describe() + ", expected a dict of two strings");
        for (const auto& [k, v] : stringEntries(vocab)) {
            if (k == "texttok.model") ck.texttokModel = v;
            if (k == "speechtok.model") ck.speechtokModel = v;
        }
    } else {
        st = SafetensorsFile::open(path);
        ck.format = "safetensors";
        const auto& md = st->metadata();
        if (auto it = md.find("texttok.model"); it != md.end()) ck.texttokModel = it->second;
        if (auto it = md.find("speechtok.model"); it != md.end()) ck.speechtokModel = it->second;
        for (const auto& e : st->entries()) {
            specs.push_back({e.name, e.shape});
            dtypes.push_back(e.dtype);
        }
        requireMars5Kind(specs, dtypes, kind, path);
    }
    {
        std::vector<std::string> missing;
        if (ck.texttokModel.empty()) missing.push_back("texttok.model");
        if (ck.speechtokModel.empty()) missing.push_back("speechtok.model");
        if (!missing.empty()) {
            std::string which = missing.size() == 2 ? "texttok.model and speechtok.model" : missing[0];
            fail(ErrorKind::Format, path + ": the tokenizer text " + which + " is missing (" +
                                        (ck.format == "safetensors" ? "__metadata__" : "'vocab' entry") +
                                        "): every MARS5 checkpoint carries both tokenizers");
        }
    }

    const std::string fileName = fileNameOf(path);
    const Mars5Tokenizers tok = loadMars5Tokenizers(ck.texttokModel, ck.speechtokModel, fileName);
    std::optional<Mars5ConfigOverride> override;
    if (!options.configOverridePath.empty()) override = loadMars5ConfigOverride(options.configOverridePath);
    const Mars5ConfigOverride* o = override ? &*override : nullptr;
    if (kind == Mars5ModelKind::Ar) {
        ck.ar = deriveArHyperParams(specs, tok.ids.nText, tok.ids.nSpeech, o, path);
        checkMars5Tensors(specs, dtypes, expectedArTensors(ck.ar), path,
                          std::string(describe(kind)) + " with " + summarize(ck.ar));
    } else {
        ck.nar = deriveNarHyperParams(specs, tok.ids.nText, o, path);
        checkMars5Tensors(specs, dtypes, expectedNarTensors(ck.nar), path,
                          std::string(describe(kind)) + " with " + summarize(ck.nar));
    }

    // Published file?
    for (const auto& known : mars5KnownFiles()) {
        if (known.fileName != fileName) continue;
        if (known.kind != kind)
            fail(ErrorKind::Format, path + ": the published file of this name is a " + describe(known.kind) +
                                        " checkpoint, but it holds a " + describe(kind));
        ck.recognitionNote = known.fileName + " (" + known.source + ")";
        if (known.sha256.empty()) {
            ck.recognition = Mars5Recognition::KnownName;
        } else if (!options.verifySha256) {
            ck.recognition = Mars5Recognition::NotChecked;
        } else {
            ck.sha256 = sha256File(path);
            const std::vector<const KnownModelFile*> catalogue = knownFilesNamed(known.fileName);
            const ChecksumState state = catalogue.empty() ? ChecksumState::Mismatch : compareSha256(*catalogue.front(), ck.sha256);
            if (state == ChecksumState::Verified) {
                ck.recognition = Mars5Recognition::Verified;
                ck.recognitionNote += ", sha256 verified";
            } else if (state == ChecksumState::EarlierUpload) {
                ck.recognition = Mars5Recognition::Verified;
                ck.recognitionNote += ", the earlier upload (#3) of this file";
            } else {
                ck.recognition = Mars5Recognition::ChecksumMismatch;
                ck.recognitionNote += ": sha256 " + ck.sha256 + " differs from the published " + known.sha256 +
                                      " (accepted: the structure is valid)";
            }
        }
        break;
    }

    // Convert, in file order; members of a stack are copied into it and kept as views.
    std::map<std::string, StackPlacement> placement;
    std::map<std::string, std::vector<std::int64_t>> stackShapes;
    planStacks(specs, placement, stackShapes);
    ck.tensors.reserve(specs.size());
    const auto targetOptions = at::TensorOptions().dtype(options.dtype).device(options.device);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        at::Tensor t;
        if (const auto p = placement.find(specs[i].name); p != placement.end()) {
            // converted straight from the stored data into the stack's rows (no converted copy in between)
            at::Tensor& stack = ck.stacks[p->second.stack];
            if (!stack.defined()) stack = at::empty(stackShapes.at(p->second.stack), targetOptions);
            const at::Tensor stored = st ? st->tensor(specs[i].name) : raw[i].second;
            t = stack.narrow(0, p->second.row, stored.size(0));
            t.copy_(stored);
        } else {
            t = st ? st->tensor(specs[i].name, options.dtype) : raw[i].second.to(options.dtype);
            t = t.to(options.device).contiguous();
        }
        ck.index.emplace(specs[i].name, ck.tensors.size());
        ck.tensors.emplace_back(specs[i].name, std::move(t));
    }
    requireFiniteWeights(ck.tensors, path);
    return ck;
}

void checkMars5VocabulariesMatch(const Mars5Checkpoint& ar, const Mars5Checkpoint& nar) {
    if (ar.kind != Mars5ModelKind::Ar || nar.kind != Mars5ModelKind::Nar)
        fail(ErrorKind::InvalidArgument, "checkMars5VocabulariesMatch: needs an AR and a NAR checkpoint");
    if (nar.nar.nText != ar.ar.nText)
        fail(ErrorKind::Format, nar.path + ": the NAR's text vocabulary has " + std::to_string(nar.nar.nText) +
                                    " tokens (text_embed.weight " + std::to_string(nar.nar.textVocab()) + " rows) but the AR " +
                                    ar.path + " has " + std::to_string(ar.ar.nText) + ": these two checkpoints do not belong together");
    if (nar.texttokModel != ar.texttokModel)
        fail(ErrorKind::Format, nar.path + ": its text tokenizer differs from the one in " + ar.path +
                                    " (same size, different merges or special tokens): the text ids would mean different "
                                    "tokens; use an AR and a NAR from the same release");
}

}  // namespace mars5
