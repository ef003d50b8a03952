#include "ar_model.h"

#include "attention.h"
#include "failure.h"
#include "layer_norm.h"
#include "torch_types.h"

#include <ATen/ATen.h>
#include <torch/version.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

namespace mars5 {

namespace {

// x w^T (+ b). One row on the CPU (every decode step) goes through a matrix-vector product:
// at::linear sends [1, in] to a general matrix product, which on the dev machines' BLAS reads
// the weights at a third of the rate gemv does (16 vs 44 GB/s, float32, 2 threads), and the
// decode step is nothing but reading the weights.
at::Tensor proj(const at::Tensor& x, const at::Tensor& w, const at::Tensor& b = {}) {
    if (x.dim() == 2 && x.size(0) == 1 && x.is_cpu()) {
        at::Tensor y = at::mv(w, x.view({-1}));
        if (b.defined()) y = y + b;
        return y.view({1, -1});
    }
    return at::linear(x, w, b);
}

// [n, kvHeads, hd] -> [n, kvHeads * repeats, hd] (GQA; repeats is 1 for MARS5).
at::Tensor repeatKv(const at::Tensor& x, std::int64_t repeats) {
    return repeats == 1 ? x : at::repeat_interleave(x, repeats, 1);
}

void checkTokens(const at::Tensor& tokens, std::int64_t vocab, const char* what) {
    if (tokens.dim() != 1) fail(ErrorKind::InvalidArgument, std::string(what) + ": token ids must be a 1-D tensor");
    if (tokens.numel() == 0) return;
    const auto range = at::aminmax(tokens);
    const std::int64_t lo = std::get<0>(range).item<std::int64_t>(), hi = std::get<1>(range).item<std::int64_t>();
    if (lo < 0 || hi >= vocab)
        fail(ErrorKind::InvalidArgument, std::string(what) + ": token id " + std::to_string(lo < 0 ? lo : hi) +
                                             " is outside the AR vocabulary [0, " + std::to_string(vocab) + ")");
}

}  // namespace

at::Tensor rmsNorm(const at::Tensor& x, const at::Tensor& weight, double eps) {
    const at::Tensor xf = x.to(at::kFloat);
    const at::Tensor normed = xf * at::rsqrt(xf.pow(2).mean(-1, true) + eps);
    return normed.to(x.scalar_type()) * weight;
}

at::Tensor rmsNormFewer(const at::Tensor& x, const at::Tensor& weight, double eps) {
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    return at::rms_norm(x, {x.size(-1)}, weight, eps);
#else
    return rmsNorm(x, weight, eps);
#endif
}

at::Tensor applyRopeComplex(const at::Tensor& x, const RopeTables& rope) {
    if (!rope.cis.defined()) fail(ErrorKind::Internal, "RoPE: no complex table for the fewer-kernel path");
    const at::Tensor pairs = at::view_as_complex(x.to(at::kFloat).reshape({x.size(0), x.size(1), -1, 2}).contiguous());
    return at::view_as_real(pairs * rope.cis).flatten(2).to(x.scalar_type());
}

RopeTables ropeTables(const at::Tensor& positions, const at::Tensor& freqs) {
    // angles [n, hd/2] = float(pos) * freq, as torch.outer(arange, freqs) computes them
    const at::Tensor angles = at::outer(positions.to(at::kFloat), freqs);
    return {at::cos(angles).unsqueeze(1), at::sin(angles).unsqueeze(1), at::Tensor()};  // [n, 1, hd/2]
}

at::Tensor applyRope(const at::Tensor& x, const at::Tensor& positions, const at::Tensor& freqs) {
    return applyRope(x, ropeTables(positions, freqs));
}

at::Tensor applyRope(const at::Tensor& x, const RopeTables& rope) {
    const at::Tensor &c = rope.cos, &s = rope.sin;
    const at::Tensor xf = x.to(at::kFloat).reshape({x.size(0), x.size(1), -1, 2});
    const at::Tensor a = xf.select(-1, 0), b = xf.select(-1, 1);
    const at::Tensor out = at::stack({a * c - b * s, a * s + b * c}, -1).flatten(2);
    return out.to(x.scalar_type());
}

at::Tensor sinePositionTable(std::int64_t n, std::int64_t dim, c10::Device device) {
    const auto f32 = at::TensorOptions().dtype(at::kFloat);
    const at::Tensor position = at::arange(0, n, f32).unsqueeze(1);
    const at::Tensor divTerm = at::exp(at::arange(0, dim, 2, f32) * (-(std::log(10000.0) / static_cast<double>(dim))));
    at::Tensor pe = at::zeros({n, dim}, f32);
    const at::Tensor arg = position * divTerm;
    pe.slice(1, 0, dim, 2).copy_(at::sin(arg));
    pe.slice(1, 1, dim, 2).copy_(at::cos(arg).narrow(1, 0, dim / 2));
    return pe.to(device);
}

namespace {

// The loader's stack of `members` (views into it), or a new one when the checkpoint has none.
at::Tensor stackedRows(const Mars5Checkpoint& ck, const std::vector<std::string>& members) {
    if (at::Tensor stack = ck.stackOf(members.front()); stack.defined()) return stack;
    std::vector<at::Tensor> parts;
    for (const auto& name : members) parts.push_back(ck.tensor(name));
    return at::cat(parts, 0);
}

}  // namespace

ArModel ArModel::fromCheckpoint(const Mars5Checkpoint& ck) {
    if (ck.kind != Mars5ModelKind::Ar) fail(ErrorKind::InvalidArgument, ck.path + ": not an AR checkpoint");
    ArModel m;
    m.m_hp = ck.ar;
    ArWeights& w = m.m_w;
    w.embed = ck.tensor("embed.weight");
    w.output = ck.tensor("ar.output.weight");
    w.norm = ck.tensor("ar.norm.weight");
    for (std::int64_t l = 0; l < ck.ar.nLayers; ++l) {
        const std::string p = "ar.layers." + std::to_string(l) + ".";
        ArDecoderLayer L;
        L.wo = ck.tensor(p + "attention.wo.weight");
        L.w2 = ck.tensor(p + "feed_forward.w2.weight");
        L.attentionNorm = ck.tensor(p + "attention_norm.weight");
        L.ffnNorm = ck.tensor(p + "ffn_norm.weight");
        const std::int64_t qRows = ck.tensor(p + "attention.wq.weight").size(0);
        const std::int64_t kvRows = ck.tensor(p + "attention.wk.weight").size(0);
        const std::int64_t ffRows = ck.tensor(p + "feed_forward.w1.weight").size(0);
        L.wqkv = stackedRows(ck, {p + "attention.wq.weight", p + "attention.wk.weight", p + "attention.wv.weight"});
        L.wq = L.wqkv.narrow(0, 0, qRows);
        L.wk = L.wqkv.narrow(0, qRows, kvRows);
        L.wv = L.wqkv.narrow(0, qRows + kvRows, kvRows);
        L.w13 = stackedRows(ck, {p + "feed_forward.w1.weight", p + "feed_forward.w3.weight"});
        L.w1 = L.w13.narrow(0, 0, ffRows);
        L.w3 = L.w13.narrow(0, ffRows, ffRows);
        w.layers.push_back(std::move(L));
    }
    w.posAlpha = ck.tensor("pos_embedding.alpha");
    for (std::int64_t q = 0; q < ck.ar.codebooks; ++q)
        w.refEmbeddings.push_back(ck.tensor("ref_chunked_emb.embs." + std::to_string(q) + ".weight"));
    w.spkIdentity = ck.tensor("spk_identity_emb.weight");
    for (std::int64_t s = 0; s < ck.ar.spkLayers; ++s) {
        const std::string p = "spk_encoder.layers." + std::to_string(s) + ".";
        w.spkLayers.push_back({ck.tensor(p + "self_attn.in_proj_weight"), ck.tensor(p + "self_attn.in_proj_bias"),
                               ck.tensor(p + "self_attn.out_proj.weight"), ck.tensor(p + "self_attn.out_proj.bias"),
                               ck.tensor(p + "activation.W.weight"), ck.tensor(p + "activation.V.weight"),
                               ck.tensor(p + "linear2.weight"), ck.tensor(p + "linear2.bias"),
                               ck.tensor(p + "norm1.weight"), ck.tensor(p + "norm1.bias"), ck.tensor(p + "norm2.weight"),
                               ck.tensor(p + "norm2.bias")});
    }
    w.spkNormWeight = ck.tensor("spk_encoder.norm.weight");
    w.spkNormBias = ck.tensor("spk_encoder.norm.bias");
    // freqs_i = 1 / theta^(2i / hd) in float32 (precompute_freqs_cis)
    const std::int64_t hd = ck.ar.headDim;
    const at::Tensor idx = at::arange(0, hd, 2, at::TensorOptions().dtype(at::kLong)).narrow(0, 0, hd / 2).to(at::kFloat);
    m.m_ropeFreqs = at::reciprocal(at::pow(ck.ar.ropeTheta, idx / static_cast<double>(hd))).to(w.embed.device());
    m.m_kernelPath = w.embed.is_cuda() ? KernelPath::Fewer : KernelPath::Reference;
    if (const char* choice = std::getenv("MARS5_AR_KERNELS")) {
        if (std::strcmp(choice, "reference") == 0) m.m_kernelPath = KernelPath::Reference;
        if (std::strcmp(choice, "fewer") == 0) m.m_kernelPath = KernelPath::Fewer;
    }
    return m;
}

at::Tensor ArModel::speakerVector(const at::Tensor& refCodes) const {
    if (refCodes.dim() != 2 || refCodes.size(1) != m_hp.codebooks)
        fail(ErrorKind::InvalidArgument, "speaker encoder: reference codes must be [frames, " + std::to_string(m_hp.codebooks) +
                                             "], got " + std::to_string(refCodes.dim()) + "-D");
    const at::Tensor R = refCodes.to(device(), at::kLong);
    if (R.numel() > 0) {
        const auto range = at::aminmax(R);
        if (std::get<0>(range).item<std::int64_t>() < 0 || std::get<1>(range).item<std::int64_t>() >= m_hp.codeClasses)
            fail(ErrorKind::InvalidArgument, "speaker encoder: reference codes must lie in [0, " +
                                                 std::to_string(m_hp.codeClasses) + ")");
    }
    const std::int64_t T = R.size(0), D = m_hp.dim;
    std::vector<at::Tensor> parts;
    for (std::int64_t q = 0; q < m_hp.codebooks; ++q) parts.push_back(m_w.refEmbeddings[q].index_select(0, R.select(1, q)));
    at::Tensor x = at::cat({m_w.spkIdentity, at::cat(parts, 1)}, 0);  // [1+T, D]
    x = x + m_w.posAlpha * sinePositionTable(T + 1, D, device()).to(x.scalar_type());

    // Key padding: frame t is masked iff code 1024 occurs in codebook 0 at or before t.
    at::Tensor allowed;
    const at::Tensor padded = R.select(1, 0).eq(m_hp.codeClasses - 1).cumsum(0).gt(0);
    if (padded.any().item<bool>())
        allowed = at::cat({at::zeros({1}, padded.options()), padded}).logical_not().unsqueeze(0);  // [1, 1+T] keys

    const std::int64_t heads = m_hp.spkHeads, hd = m_hp.spkHeadDim(), n = T + 1;
    const double eps = m_hp.spkLayerNormEps;
    for (const auto& L : m_w.spkLayers) {
        const at::Tensor y = layerNorm(x, {D}, L.norm1Weight, L.norm1Bias, eps);
        const auto qkv = proj(y, L.inProjWeight, L.inProjBias).chunk(3, -1);
        const at::Tensor q = qkv[0].reshape({n, heads, hd}).transpose(0, 1) / std::sqrt(static_cast<double>(hd));
        const at::Tensor k = qkv[1].reshape({n, heads, hd}).transpose(0, 1);
        const at::Tensor v = qkv[2].reshape({n, heads, hd}).transpose(0, 1);
        const at::Tensor o = scaledDotAttention(q, k, v, 1.0, allowed).transpose(0, 1).reshape({n, D});
        x = x + proj(o, L.outProjWeight, L.outProjBias);
        const at::Tensor f = layerNorm(x, {D}, L.norm2Weight, L.norm2Bias, eps);
        x = x + proj(at::silu(proj(f, L.actW)) * proj(f, L.actV), L.linear2Weight, L.linear2Bias);
    }
    x = layerNorm(x, {D}, m_w.spkNormWeight, m_w.spkNormBias, eps);
    return x.select(0, 0);
}

at::Tensor ArModel::embedTokens(const at::Tensor& tokens) const {
    return m_w.embed.index_select(0, tokens.to(device(), at::kLong));
}

at::Tensor ArModel::logitsOf(const at::Tensor& hidden) const {
    const at::Tensor normed = m_kernelPath == KernelPath::Fewer ? rmsNormFewer(hidden, m_w.norm, m_hp.normEps)
                                                                : rmsNorm(hidden, m_w.norm, m_hp.normEps);
    return proj(normed, m_w.output).to(at::kFloat);
}

ArModel ArModel::withKernelPath(KernelPath path) const {
    ArModel m = *this;
    m.m_kernelPath = path;
    return m;
}

namespace {

// Multi-head attention of q [n, H, hd] over keys/values [m, Hkv, hd] -> [n, H * hd], in the
// keys' dtype (a float32 cache under a half-precision model, ArModel::cacheDtype), returned in q's.
at::Tensor headsAttention(const at::Tensor& q, const at::Tensor& keys, const at::Tensor& values, std::int64_t rep,
                          double scale, const at::Tensor& allowed) {
    const std::int64_t n = q.size(0);
    const at::Tensor qk = q.scalar_type() == keys.scalar_type() ? q : q.to(keys.scalar_type());
    const at::Tensor out = scaledDotAttention(qk.transpose(0, 1), repeatKv(keys, rep).transpose(0, 1),
                                              repeatKv(values, rep).transpose(0, 1), scale, allowed)
                               .transpose(0, 1)
                               .reshape({n, q.size(1) * q.size(2)});
    return out.scalar_type() == q.scalar_type() ? out : out.to(q.scalar_type());
}

}  // namespace

template <class AttendFn>
at::Tensor ArModel::runLayers(at::Tensor h, const at::Tensor& positions, AttendFn&& attend) const {
    const std::int64_t n = h.size(0), H = m_hp.nHeads, Hkv = m_hp.nKvHeads, hd = m_hp.headDim;
    // The rotation of every layer's q and k: computed once per pass (the same values each layer
    // would compute; 26 layers x 2 x 3 kernels fewer per token).
    const bool fewer = m_kernelPath == KernelPath::Fewer;
    RopeTables rope = ropeTables(positions, m_ropeFreqs);
    if (fewer) rope.cis = at::complex(rope.cos, rope.sin);
    const auto norm = [&](const at::Tensor& x, const at::Tensor& w) {
        return fewer ? rmsNormFewer(x, w, m_hp.normEps) : rmsNorm(x, w, m_hp.normEps);
    };
    const auto rotate = [&](const at::Tensor& x) { return fewer ? applyRopeComplex(x, rope) : applyRope(x, rope); };
    // h + x w^T: one addmm (the add inside the matrix product's epilogue) on the fewer path
    const auto addProjection = [&](const at::Tensor& base, const at::Tensor& x, const at::Tensor& w) {
        return fewer ? at::addmm(base, x, w.t()) : base + proj(x, w);
    };
    for (std::size_t l = 0; l < m_w.layers.size(); ++l) {
        const ArDecoderLayer& L = m_w.layers[l];
        const at::Tensor a = norm(h, L.attentionNorm);
        const at::Tensor qkv = proj(a, L.wqkv);  // [n, (H + 2 Hkv) hd]
        at::Tensor q = qkv.narrow(1, 0, H * hd).reshape({n, H, hd});
        at::Tensor k = qkv.narrow(1, H * hd, Hkv * hd).reshape({n, Hkv, hd});
        const at::Tensor v = qkv.narrow(1, (H + Hkv) * hd, Hkv * hd).reshape({n, Hkv, hd});
        q = rotate(q);
        k = rotate(k);
        h = addProjection(h, attend(static_cast<std::int64_t>(l), q, k, v), L.wo);
        const at::Tensor f = norm(h, L.ffnNorm);
        const at::Tensor gateUp = proj(f, L.w13);  // [n, 2 F]: w1 x, then w3 x
        const std::int64_t F = L.w1.size(0);
        h = addProjection(h, at::silu(gateUp.narrow(1, 0, F)) * gateUp.narrow(1, F, F), L.w2);
    }
    return h;
}

at::Tensor ArModel::runDecoder(at::Tensor h, std::int64_t firstPos, KvCache* cache, Attend attend) const {
    const std::int64_t n = h.size(0), rep = m_hp.nHeads / m_hp.nKvHeads;
    const double scale = 1.0 / std::sqrt(static_cast<double>(m_hp.headDim));
    const auto longOpts = at::TensorOptions().dtype(at::kLong).device(device());
    const at::Tensor positions = at::arange(firstPos, firstPos + n, longOpts);
    at::Tensor allowed;  // banded causal mask: 0 <= i - j <= W
    if (attend == Attend::Band && n > 1) {
        const at::Tensor diff = positions.unsqueeze(1) - positions.unsqueeze(0);
        allowed = diff.ge(0).logical_and(diff.le(m_hp.slidingWindow));
    }
    return runLayers(std::move(h), positions, [&](std::int64_t l, const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
        if (cache) cache->write(l, firstPos, k, v);
        if (attend == Attend::Cache) return headsAttention(q, cache->keys(l), cache->values(l), rep, scale, allowed);
        return headsAttention(q, k, v, rep, scale, allowed);
    });
}

at::Tensor ArModel::forwardFull(const at::Tensor& speaker, const at::Tensor& tokens) const {
    checkTokens(tokens, m_hp.vocabSize(), "AR forward");
    const at::Tensor h0 = at::cat({speaker.to(device(), dtype()).reshape({1, m_hp.dim}), embedTokens(tokens)}, 0);
    const at::Tensor h = runDecoder(h0, 0, nullptr, Attend::Band);
    return logitsOf(h.narrow(0, 1, h.size(0) - 1));
}

KvCache ArModel::makeCache(std::int64_t maxPositions) const {
    const std::int64_t capacity = std::max<std::int64_t>(1, std::min(m_hp.slidingWindow, maxPositions));
    return KvCache(m_hp.nLayers, capacity, m_hp.nKvHeads, m_hp.headDim, cacheDtype(), device());
}

c10::ScalarType ArModel::cacheDtype() const { return halfPrecisionOnCpu(device(), dtype()) ? at::kFloat : dtype(); }

at::Tensor ArModel::prefill(const at::Tensor& speaker, const at::Tensor& tokens, KvCache& cache) const {
    checkTokens(tokens, m_hp.vocabSize(), "AR prefill");
    if (!cache.allocated()) fail(ErrorKind::Internal, "AR prefill: the KV cache is not allocated");
    cache.reset();
    const at::Tensor h0 = at::cat({speaker.to(device(), dtype()).reshape({1, m_hp.dim}), embedTokens(tokens)}, 0);
    const at::Tensor h = runDecoder(h0, 0, &cache, Attend::Band);
    return logitsOf(h.narrow(0, h.size(0) - 1, 1)).select(0, 0);
}

at::Tensor ArModel::decodeStep(std::int64_t token, std::int64_t position, KvCache& cache) const {
    if (token < 0 || token >= m_hp.vocabSize())
        fail(ErrorKind::InvalidArgument, "AR decode: token id " + std::to_string(token) + " is outside the vocabulary");
    return decodeStep(at::scalar_tensor(token, at::TensorOptions().dtype(at::kLong)).to(device()), position, cache);
}

at::Tensor ArModel::decodeStep(const at::Tensor& token, std::int64_t position, KvCache& cache) const {
    if (token.numel() != 1) fail(ErrorKind::InvalidArgument, "AR decode: one token per step");
    if (position != cache.positions())
        fail(ErrorKind::Internal, "AR decode: position " + std::to_string(position) + " does not follow the cache (" +
                                      std::to_string(cache.positions()) + " positions)");
    const at::Tensor h0 = m_w.embed.index_select(0, token.reshape({1}).to(device(), at::kLong));
    const at::Tensor h = runDecoder(h0, position, &cache, Attend::Cache);
    return logitsOf(h).select(0, 0);
}

at::Tensor ArModel::decodeStepStatic(const at::Tensor& token, const at::Tensor& position, std::int64_t span,
                                     KvCache& cache) const {
    if (token.numel() != 1 || position.numel() != 1 || position.scalar_type() != at::kLong)
        fail(ErrorKind::Internal, "AR static decode: token and position must be one-element tensors (position int64)");
    if (span < 1 || span > cache.capacity())
        fail(ErrorKind::Internal, "AR static decode: span " + std::to_string(span) + " outside the cache's " +
                                      std::to_string(cache.capacity()) + " slots");
    const std::int64_t rep = m_hp.nHeads / m_hp.nKvHeads;
    const double scale = 1.0 / std::sqrt(static_cast<double>(m_hp.headDim));
    const at::Tensor pos = position.reshape({1});
    const at::Tensor slot = at::remainder(pos, cache.capacity());
    // Slot j holds a position iff j <= position (before the ring wraps; after it every slot
    // does, and j < span <= capacity <= position keeps them all).
    const at::Tensor allowed = at::arange(span, pos.options()).le(pos).unsqueeze(0);  // [1, span]
    const at::Tensor h0 = m_w.embed.index_select(0, token.reshape({1}));
    const at::Tensor h = runLayers(h0, pos, [&](std::int64_t l, const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
        cache.writeSlot(l, slot, k, v);
        return headsAttention(q, cache.ringKeys(l, span), cache.ringValues(l, span), rep, scale, allowed);
    });
    return logitsOf(h).select(0, 0);
}

}  // namespace mars5
