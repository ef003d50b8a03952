// The MARS5 NAR forward pass; see nar_model.h and spec mars5-model.md §5.1.
#include "nar_model.h"

#include "attention.h"
#include "failure.h"
#include "layer_norm.h"

#include <ATen/ATen.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

namespace mars5 {

namespace {

class TensorLookup {
public:
    TensorLookup(const NamedTensors& tensors, const std::map<std::string, at::Tensor>& stacks) : m_stacks(stacks) {
        for (const auto& [name, t] : tensors) m_map.emplace(name, t);
    }
    at::Tensor get(const std::string& name, std::vector<int64_t> shape) const {
        auto it = m_map.find(name);
        if (it == m_map.end()) fail(ErrorKind::Format, "MARS5 NAR: tensor " + name + " is missing");
        if (it->second.sizes() != at::IntArrayRef(shape))
            fail(ErrorKind::Format, "MARS5 NAR: tensor " + name + " has shape " + describeShape(it->second.sizes()) +
                                        ", expected " + describeShape(shape));
        return it->second;
    }
    // [first; second] (each of `shape`): the loader's stack when it has one, else a new tensor.
    at::Tensor stacked(const std::string& first, const std::string& second, std::vector<int64_t> shape) const {
        const at::Tensor a = get(first, shape), b = get(second, shape);
        if (const auto it = m_stacks.find(first); it != m_stacks.end()) return it->second;
        return at::cat({a, b}, 0);
    }

private:
    static std::string describeShape(at::IntArrayRef s) {
        std::string out = "[";
        for (size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
        return out + "]";
    }
    std::map<std::string, at::Tensor> m_map;
    const std::map<std::string, at::Tensor>& m_stacks;
};

NarAttentionWeights loadAttention(const TensorLookup& lk, const std::string& p, int64_t d) {
    return {lk.get(p + ".in_proj_weight", {3 * d, d}), lk.get(p + ".in_proj_bias", {3 * d}),
            lk.get(p + ".out_proj.weight", {d, d}), lk.get(p + ".out_proj.bias", {d})};
}

NarLayerWeights loadLayer(const TensorLookup& lk, const std::string& p, int64_t d, int64_t ff, bool decoder) {
    NarLayerWeights w;
    w.decoder = decoder;
    w.selfAttn = loadAttention(lk, p + ".self_attn", d);
    if (decoder) w.crossAttn = loadAttention(lk, p + ".multihead_attn", d);
    // W and V as one matrix (one matrix product instead of two); ffW, ffV view it
    w.ffWV = lk.stacked(p + ".activation.W.weight", p + ".activation.V.weight", {ff, d});
    w.ffW = w.ffWV.narrow(0, 0, ff);
    w.ffV = w.ffWV.narrow(0, ff, ff);
    w.linear2Weight = lk.get(p + ".linear2.weight", {d, ff});
    w.linear2Bias = lk.get(p + ".linear2.bias", {d});
    w.norm1Weight = lk.get(p + ".norm1.weight", {d});
    w.norm1Bias = lk.get(p + ".norm1.bias", {d});
    w.norm2Weight = lk.get(p + ".norm2.weight", {d});
    w.norm2Bias = lk.get(p + ".norm2.bias", {d});
    if (decoder) {
        w.norm3Weight = lk.get(p + ".norm3.weight", {d});
        w.norm3Bias = lk.get(p + ".norm3.bias", {d});
    }
    return w;
}

void checkCodes(const at::Tensor& codes, int64_t classes, int64_t codebooks, const char* what) {
    if (codes.dim() != 2 || codes.size(1) != codebooks)
        fail(ErrorKind::InvalidArgument, std::string("MARS5 NAR: ") + what + " must be [T, " +
                                             std::to_string(codebooks) + "] codes");
    if (!at::isIntegralType(codes.scalar_type(), false))
        fail(ErrorKind::InvalidArgument, std::string("MARS5 NAR: ") + what + " must be integer codes");
    if (codes.numel() > 0 && (codes.min().item<int64_t>() < 0 || codes.max().item<int64_t>() >= classes))
        fail(ErrorKind::InvalidArgument, std::string("MARS5 NAR: ") + what + " holds a code outside [0, " +
                                             std::to_string(classes) + ")");
}

}  // namespace

NarModel NarModel::fromTensors(const NarHyperParams& hp, const NamedTensors& tensors,
                               const std::map<std::string, at::Tensor>& stacks) {
    if (hp.nHeads < 1 || hp.dim % hp.nHeads != 0 || hp.dim % hp.codebooks != 0)
        fail(ErrorKind::Format, "MARS5 NAR: width " + std::to_string(hp.dim) + " does not split into " +
                                    std::to_string(hp.nHeads) + " heads and " + std::to_string(hp.codebooks) +
                                    " codebook embeddings");
    const TensorLookup lk(tensors, stacks);
    const int64_t d = hp.dim, ff = hp.ffDim, k = hp.codeClasses, ce = hp.codeEmbDim();
    NarModel m;
    m.m_hp = hp;
    auto textEmbed = lk.get("text_embed.weight", {hp.textVocab(), d});
    m.m_textEmbed = textEmbed;
    for (int64_t q = 0; q < hp.codebooks; ++q) {
        m.m_refEmbed.push_back(lk.get("ref_embedder.embs." + std::to_string(q) + ".weight", {k, ce}));
        m.m_residualEmbed.push_back(lk.get("residual_encoder.embs." + std::to_string(q) + ".weight", {k, ce}));
        NarHeadWeights h;
        const std::string p = "residual_decoder." + std::to_string(q);
        h.normWeight = lk.get(p + ".0.weight", {d});
        h.normBias = lk.get(p + ".0.bias", {d});
        h.weight = lk.get(p + ".1.weight", {k, d});
        h.bias = lk.get(p + ".1.bias", {k});
        m.m_heads.push_back(h);
    }
    m.m_spkIdentity = lk.get("spk_identity_emb.weight", {1, d});
    m.m_condAlpha = lk.get("cond_pos_embedding.alpha", {1});
    m.m_posAlpha = lk.get("pos_embedding.alpha", {1});
    m.m_refAlpha = lk.get("ref_pos_embedding.alpha", {1});
    for (int64_t i = 0; i < hp.spkLayers; ++i)
        m.m_spkLayers.push_back(loadLayer(lk, "spk_encoder.layers." + std::to_string(i), d, ff, false));
    for (int64_t i = 0; i < hp.encLayers; ++i)
        m.m_encLayers.push_back(loadLayer(lk, "tfm.encoder.layers." + std::to_string(i), d, ff, false));
    for (int64_t i = 0; i < hp.decLayers; ++i)
        m.m_decLayers.push_back(loadLayer(lk, "tfm.decoder.layers." + std::to_string(i), d, ff, true));
    m.m_spkNormW = lk.get("spk_encoder.norm.weight", {d});
    m.m_spkNormB = lk.get("spk_encoder.norm.bias", {d});
    m.m_encNormW = lk.get("tfm.encoder.norm.weight", {d});
    m.m_encNormB = lk.get("tfm.encoder.norm.bias", {d});
    m.m_decNormW = lk.get("tfm.decoder.norm.weight", {d});
    m.m_decNormB = lk.get("tfm.decoder.norm.bias", {d});
    const std::string te = "timestep_encoder_emb", td = "timestep_decoder_emb";
    m.m_tEnc[0] = lk.get(te + ".0.weight", {d, hp.tEmbDim});
    m.m_tEnc[1] = lk.get(te + ".0.bias", {d});
    m.m_tEnc[2] = lk.get(te + ".2.weight", {d, d});
    m.m_tEnc[3] = lk.get(te + ".2.bias", {d});
    m.m_tDec[0] = lk.get(td + ".0.weight", {d, hp.tEmbDim});
    m.m_tDec[1] = lk.get(td + ".0.bias", {d});
    m.m_tDec[2] = lk.get(td + ".2.weight", {d, d});
    m.m_tDec[3] = lk.get(td + ".2.bias", {d});
    return m;
}

// ---------------------------------------------------------------------------------------
// Building blocks

at::Tensor NarModel::timestepEmbedding(int64_t t, int64_t dim, c10::Device device) {
    const int64_t half = dim / 2;
    // exp(-ln(10000)·k / half) in float32, then t·f_k; [cos, sin] (+ a zero for odd dims).
    const auto freqs = at::exp(at::arange(half, at::kFloat) * (-std::log(10000.0)) / half);
    const auto args = static_cast<float>(t) * freqs;
    auto e = at::cat({at::cos(args), at::sin(args)});
    if (dim % 2) e = at::cat({e, at::zeros({1}, e.options())});
    return e.to(device);
}

at::Tensor NarModel::sinePositions(int64_t length, int64_t dim, c10::Device device) {
    auto pe = at::zeros({length, dim}, at::kFloat);
    const auto position = at::arange(length, at::kFloat).unsqueeze(1);
    const auto div = at::exp(at::arange(0, dim, 2, at::kFloat) * -(std::log(10000.0) / static_cast<double>(dim)));
    const auto arg = position * div;
    pe.slice(1, 0, dim, 2).copy_(at::sin(arg));
    pe.slice(1, 1, dim, 2).copy_(at::cos(arg.slice(1, 0, dim / 2)));
    return pe.to(device);
}

at::Tensor NarModel::positionTable(int64_t length, c10::ScalarType dtype) const {
    return m_positionTables->get({length, m_hp.dim, static_cast<int64_t>(dtype)},
                                 [&] { return sinePositions(length, m_hp.dim, device()).to(dtype); });
}

at::Tensor NarModel::withPositions(const at::Tensor& x, const at::Tensor& alpha) const {
    // x·1 + α·PE[:L] (scale off), over the sequence axis (-2).
    return x + alpha * positionTable(x.size(-2), x.scalar_type());
}

at::Tensor NarModel::chunkedEmbedding(const std::vector<at::Tensor>& tables, const at::Tensor& codes) const {
    // codes [..., 8] -> [..., d]: per-codebook tables concatenated.
    std::vector<at::Tensor> parts;
    parts.reserve(tables.size());
    for (size_t q = 0; q < tables.size(); ++q)
        parts.push_back(at::embedding(tables[q], codes.select(-1, static_cast<int64_t>(q))));
    return at::cat(parts, -1);
}

at::Tensor NarModel::attention(const NarAttentionWeights& w, const at::Tensor& qIn, const at::Tensor& kvIn,
                               bool self) const {
    // PyTorch MultiheadAttention (batch first, no masks): packed in-projection, q / sqrt(hd),
    // softmax(q kᵀ) v per head, out-projection.
    const int64_t d = m_hp.dim, h = m_hp.nHeads, hd = m_hp.headDim();
    at::Tensor q, k, v;
    if (self) {
        auto qkv = at::linear(qIn, w.inProjWeight, w.inProjBias).chunk(3, -1);
        q = qkv[0], k = qkv[1], v = qkv[2];
    } else {
        q = at::linear(qIn, w.inProjWeight.slice(0, 0, d), w.inProjBias.slice(0, 0, d));
        auto kv = at::linear(kvIn, w.inProjWeight.slice(0, d), w.inProjBias.slice(0, d)).chunk(2, -1);
        k = kv[0], v = kv[1];
    }
    const int64_t b = qIn.size(0), lq = qIn.size(1), lk = kvIn.size(1);
    q = q.reshape({b, lq, h, hd}).transpose(1, 2);
    k = k.reshape({b, lk, h, hd}).transpose(1, 2);
    v = v.reshape({b, lk, h, hd}).transpose(1, 2);
    q = q / std::sqrt(static_cast<double>(hd));
    const auto out = scaledDotAttention(q, k, v, 1.0).transpose(1, 2).reshape({b, lq, d});
    return at::linear(out, w.outProjWeight, w.outProjBias);
}

at::Tensor NarModel::feedForward(const NarLayerWeights& w, const at::Tensor& x) const {
    const auto wv = at::linear(x, w.ffWV);  // [..., 2 Fn]: W x, then V x
    const int64_t ff = w.ffW.size(0);
    return at::linear(at::silu(wv.narrow(-1, 0, ff)) * wv.narrow(-1, ff, ff), w.linear2Weight, w.linear2Bias);
}

at::Tensor NarModel::encoderLayer(const NarLayerWeights& w, const at::Tensor& x) const {
    const double eps = m_hp.layerNormEps;
    const at::IntArrayRef dims(m_hp.dim);  // one element, referring to m_hp.dim
    auto h = layerNorm(x, dims, w.norm1Weight, w.norm1Bias, eps);
    auto y = x + attention(w.selfAttn, h, h, true);
    h = layerNorm(y, dims, w.norm2Weight, w.norm2Bias, eps);
    return y + feedForward(w, h);
}

at::Tensor NarModel::decoderLayer(const NarLayerWeights& w, const at::Tensor& x, const at::Tensor& memory) const {
    const double eps = m_hp.layerNormEps;
    const at::IntArrayRef dims(m_hp.dim);  // one element, referring to m_hp.dim
    auto h = layerNorm(x, dims, w.norm1Weight, w.norm1Bias, eps);
    auto y = x + attention(w.selfAttn, h, h, true);
    h = layerNorm(y, dims, w.norm2Weight, w.norm2Bias, eps);
    y = y + attention(w.crossAttn, h, memory, false);
    h = layerNorm(y, dims, w.norm3Weight, w.norm3Bias, eps);
    return y + feedForward(w, h);
}

at::Tensor NarModel::timestepMlp(const at::Tensor (&w)[4], const at::Tensor& e) const {
    return at::linear(at::silu(at::linear(e, w[0], w[1])), w[2], w[3]);
}

at::Tensor NarModel::runSpeakerEncoder(at::Tensor seq) const {
    // seq [1, L, d] (identity token first) -> position 0 of the final LayerNorm's output.
    seq = withPositions(seq, m_refAlpha);
    for (const auto& layer : m_spkLayers) seq = encoderLayer(layer, seq);
    seq = layerNorm(seq, {m_hp.dim}, m_spkNormW, m_spkNormB, m_hp.layerNormEps);
    return seq[0][0];
}

// ---------------------------------------------------------------------------------------
// Speaker vectors, conditioning, forward

at::Tensor NarModel::speakerVector(const at::Tensor& refCodes) const {
    checkCodes(refCodes, m_hp.codeClasses, m_hp.codebooks, "reference codes");
    const auto codes = refCodes.to(device(), at::kLong);
    const auto seq = at::cat({m_spkIdentity, chunkedEmbedding(m_refEmbed, codes)}, 0).unsqueeze(0);
    return runSpeakerEncoder(seq);
}

at::Tensor NarModel::unconditionalSpeakerVector() const {
    // With the codes dropped only position 0 (the identity token) is unmasked, so every layer's
    // position 0 sees itself alone: the same vector as a sequence of just that token.
    return runSpeakerEncoder(m_spkIdentity.unsqueeze(0));
}

NarConditioning NarModel::condition(const at::Tensor& textIds, const at::Tensor& refCodes) const {
    if (textIds.dim() != 1 || !at::isIntegralType(textIds.scalar_type(), false))
        fail(ErrorKind::InvalidArgument, "MARS5 NAR: text ids must be a [L] integer vector");
    if (textIds.numel() > 0 &&
        (textIds.min().item<int64_t>() < 0 || textIds.max().item<int64_t>() >= m_hp.textVocab()))
        fail(ErrorKind::InvalidArgument, "MARS5 NAR: a text id is outside [0, " + std::to_string(m_hp.textVocab()) +
                                             "): do the AR and NAR checkpoints share the text tokenizer?");
    NarConditioning c;
    c.spkCond = speakerVector(refCodes);
    c.spkUncond = unconditionalSpeakerVector();
    const auto text = at::embedding(m_textEmbed, textIds.to(device(), at::kLong));  // [Lc, d]
    const auto speakers = at::stack({c.spkCond, c.spkUncond}).unsqueeze(1);       // [2, 1, d]
    const auto seq = at::cat({speakers, text.unsqueeze(0).expand({2, text.size(0), m_hp.dim})}, 1);
    c.encoderInput = withPositions(seq, m_condAlpha);
    return c;
}

at::Tensor NarModel::forward(const NarConditioning& cond, const at::Tensor& x, int64_t t, bool withUncond,
                            bool checkState) const {
    if (checkState) {
        checkCodes(x, m_hp.codeClasses, m_hp.codebooks, "diffusion state");
    } else if (x.dim() != 2 || x.size(1) != m_hp.codebooks) {
        fail(ErrorKind::InvalidArgument, "MARS5 NAR: the diffusion state must be [T, " + std::to_string(m_hp.codebooks) + "]");
    }
    return forwardWithEmbedding(cond, x, timestepEmbeddingFor(t), withUncond);
}

at::Tensor NarModel::timestepEmbeddingFor(int64_t t) const {
    return m_timestepTables->get({t, m_hp.tEmbDim, 0}, [&] { return timestepEmbedding(t, m_hp.tEmbDim, device()).to(dtype()); });
}

at::Tensor NarModel::forwardWithEmbedding(const NarConditioning& cond, const at::Tensor& x, const at::Tensor& e,
                                          bool withUncond, const NarHeadRows& rows) const {
    if (!cond.encoderInput.defined()) fail(ErrorKind::InvalidArgument, "MARS5 NAR: no conditioning");
    if (rows.firstFrame < 0 || rows.firstFrame >= x.size(0) || rows.firstCodebook < 0 ||
        rows.firstCodebook >= static_cast<int64_t>(m_heads.size()))
        fail(ErrorKind::InvalidArgument, "MARS5 NAR: the output rows start at frame " + std::to_string(rows.firstFrame) +
                                             ", codebook " + std::to_string(rows.firstCodebook) + " of " +
                                             std::to_string(x.size(0)) + " x " + std::to_string(m_heads.size()));
    const int64_t batch = withUncond ? 2 : 1;
    const auto tEnc = timestepMlp(m_tEnc, e);  // [d]
    const auto tDec = timestepMlp(m_tDec, e);

    auto c = cond.encoderInput.slice(0, 0, batch) + tEnc;
    for (const auto& layer : m_encLayers) c = encoderLayer(layer, c);
    const auto memory = layerNorm(c, {m_hp.dim}, m_encNormW, m_encNormB, m_hp.layerNormEps);

    auto y = withPositions(chunkedEmbedding(m_residualEmbed, x.to(device(), at::kLong)), m_posAlpha) + tDec;
    y = y.unsqueeze(0).expand({batch, y.size(0), m_hp.dim}).contiguous();
    for (const auto& layer : m_decLayers) y = decoderLayer(layer, y, memory);
    y = layerNorm(y, {m_hp.dim}, m_decNormW, m_decNormB, m_hp.layerNormEps);
    // Every frame's decoder output depends on every frame (bidirectional attention), but the
    // heads work row by row: the skipped rows change nothing in the kept ones.
    const int64_t kept = y.size(1) - rows.firstFrame;
    const bool narrowFirst = rows.narrowBeforeHeads && rows.firstFrame > 0;
    if (narrowFirst) y = y.narrow(1, rows.firstFrame, kept).contiguous();

    std::vector<at::Tensor> heads;
    heads.reserve(m_heads.size() - static_cast<std::size_t>(rows.firstCodebook));
    for (std::size_t i = static_cast<std::size_t>(rows.firstCodebook); i < m_heads.size(); ++i) {
        const auto& h = m_heads[i];
        const auto logits = at::linear(layerNorm(y, {m_hp.dim}, h.normWeight, h.normBias, m_hp.headLayerNormEps),
                                       h.weight, h.bias);
        heads.push_back(narrowFirst ? logits : logits.narrow(1, rows.firstFrame, kept));
    }
    return at::stack(heads, 2).to(at::kFloat);  // [B, T - firstFrame, 8 - firstCodebook, K]
}

bool narrowHeadsFirst(bool referenceParity) {
    if (const char* choice = std::getenv("MARS5_NAR_HEADS")) {
        if (std::strcmp(choice, "narrow") == 0) return true;
        if (std::strcmp(choice, "full") == 0) return false;
    }
    return !referenceParity;
}

}  // namespace mars5
