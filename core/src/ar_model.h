// The MARS5 AR model "CodecLM" (spec mars5-model.md §3): weights and forward passes.
//
//   speakerVector(R)           speaker-conditioning encoder: 8 chunked code embeddings of the
//                              reference, a learnt identity token at position 0, alpha-scaled
//                              interleaved sine positions, pre-LN encoder layers (MHA + SwiGLU),
//                              final LayerNorm, position 0 -> s_AR [D]
//   forwardFull(s, tokens)     Mistral decoder over [s; embed(tokens)] (RMSNorm, interleaved-pair
//                              RoPE from position 0 on the speaker slot, banded causal attention
//                              with W+1 keys, SwiGLU), logits [N, V] (speaker row dropped)
//   prefill / decodeStep       the same with the static KV cache (kv_cache.h): a decode step
//                              attends to the cache's filled slots (W keys beyond the window)
//
// Weights are shared with the checkpoint (no copy). Logits are always float32; norms and RoPE
// are computed in float32 whatever the weight dtype. The model is read-only after loading and
// may be used by several runs at once (each with its own cache).
//
// Internal API (libtorch); throws mars5::Failure naming the problem.
#pragma once

#include "kv_cache.h"
#include "mars5_checkpoint.h"
#include "mars5_config.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace mars5 {

// The q, k, v projections are one matrix [q; k; v] and w1, w3 one [w1; w3] (the checkpoint
// loader stores them so), so a layer runs 4 matrix products instead of 7 (on a GPU, 3 kernel
// launches fewer per layer and token); wq, wk, wv, w1, w3 are views into them.
struct ArDecoderLayer {
    at::Tensor wq, wk, wv, wo;  // attention projections, no bias
    at::Tensor w1, w2, w3;      // SwiGLU: w2(silu(w1 x) * w3 x)
    at::Tensor attentionNorm, ffnNorm;
    at::Tensor wqkv;            // [wq; wk; wv]
    at::Tensor w13;             // [w1; w3]
};

// A PyTorch nn.TransformerEncoderLayer as MARS5 configures it: pre-LN, packed in_proj with
// bias, SwiGLU activation (W gated by SiLU, V linear) and linear2 with bias, no linear1.
struct ArSpeakerLayer {
    at::Tensor inProjWeight, inProjBias, outProjWeight, outProjBias;
    at::Tensor actW, actV, linear2Weight, linear2Bias;
    at::Tensor norm1Weight, norm1Bias, norm2Weight, norm2Bias;
};

struct ArWeights {
    at::Tensor embed;   // [V, D]
    at::Tensor output;  // [V, D]
    at::Tensor norm;    // [D]
    std::vector<ArDecoderLayer> layers;
    at::Tensor posAlpha;                  // [1]
    std::vector<at::Tensor> refEmbeddings;  // 8 x [1025, D/8]
    at::Tensor spkIdentity;               // [1, D]
    std::vector<ArSpeakerLayer> spkLayers;
    at::Tensor spkNormWeight, spkNormBias;
};

class ArModel {
public:
    // Takes the tensors of a loaded and validated AR checkpoint (shared, not copied: the
    // stacked q/k/v and w1/w3 are the loader's stacks, Mars5Checkpoint::stacks).
    static ArModel fromCheckpoint(const Mars5Checkpoint& checkpoint);

    // Which kernels the decoder runs. Reference: the reference's operations in its order (the CPU
    // parity path: logits and codes bit for bit). Fewer: the same maths in fewer kernels (RoPE as
    // one complex multiply, RMSNorm as at::rms_norm where libtorch has it, the residual adds
    // folded into the output projections with addmm), equal up to rounding. A decode step of the
    // full-size model is ~1,300 kernels in float16 on the reference path; on a GPU each costs a
    // microsecond or more even replayed from a graph, more than the step's weight reads, so the
    // GPU takes the fewer-kernel path (the default on CUDA; MARS5_AR_KERNELS=reference|fewer
    // overrides it for measurements).
    enum class KernelPath { Reference, Fewer };
    KernelPath kernelPath() const { return m_kernelPath; }
    // The same model (weights shared) on the other path: for tests and benchmarks.
    ArModel withKernelPath(KernelPath path) const;

    const ArHyperParams& hp() const { return m_hp; }
    const ArWeights& weights() const { return m_w; }
    c10::Device device() const { return m_w.embed.device(); }
    c10::ScalarType dtype() const { return m_w.embed.scalar_type(); }

    // s_AR [D] from the reference codes R [T_ref, 8] (integers 0..1024; 1024 is padding and masks
    // that frame and every later one, as the reference does).
    at::Tensor speakerVector(const at::Tensor& refCodes) const;

    // Full pass without cache over [s; embed(tokens)]: logits [N, V] float32, row k = the
    // prediction after tokens[k] (the speaker-slot row is dropped). Banded mask: key j visible
    // from query i iff 0 <= i - j <= W.
    at::Tensor forwardFull(const at::Tensor& speaker, const at::Tensor& tokens) const;

    // A cache sized for a run whose sequence (speaker slot included) reaches `maxPositions`
    // positions: capacity min(W, maxPositions), like the reference.
    KvCache makeCache(std::int64_t maxPositions) const;
    // The cache's dtype: the model's, except for bfloat16/float16 on the CPU, where it is float32.
    // libtorch's half-precision batched products there copy the cache's strided [heads, L, hd]
    // view to a dense one at every decode step (bfloat16, 1,200 positions: 1.3-1.6 ms per layer),
    // while float32's read it in place (0.67 ms). Twice the cache's memory, for ~0.8 ms per layer
    // and token at that length (docs/PERFORMANCE.md).
    c10::ScalarType cacheDtype() const;
    // Full pass over [s; embed(tokens)] that also fills `cache` (positions 0..N); returns the
    // last position's logits [V] float32.
    at::Tensor prefill(const at::Tensor& speaker, const at::Tensor& tokens, KvCache& cache) const;
    // One token at `position` (its index in the speaker-prefixed sequence) against the cache;
    // returns its logits [V] float32.
    at::Tensor decodeStep(std::int64_t token, std::int64_t position, KvCache& cache) const;
    // The same with the token as a one-element int64 tensor on the model's device (what the
    // sampler's draw returns), so the step is queued without reading the id back. The id is
    // not range-checked here: the draw is an argmax over the vocabulary.
    at::Tensor decodeStep(const at::Tensor& token, std::int64_t position, KvCache& cache) const;

    // The decode step with every shape and address fixed, whatever the position: what a CUDA
    // graph captures and replays (ar_decode_graph.h). `token` and `position` are one-element
    // int64 tensors on the model's device, read inside the step (position: the token's index in
    // the speaker-prefixed sequence); keys and values go to slot position % capacity, and the
    // attention runs over slots 0 .. span-1 with the ones not yet written masked out. `span`
    // must cover the written slots, min(position + 1, capacity) (the caller knows the position;
    // this function never reads it back). Same result as decodeStep up to the order of the
    // softmax's and the value product's sums (masked slots add exact zeros). The cache's host
    // count is left to the caller (KvCache::markWritten).
    at::Tensor decodeStepStatic(const at::Tensor& token, const at::Tensor& position, std::int64_t span, KvCache& cache) const;

private:
    enum class Attend { Band, Cache };
    // h [n, D] at positions firstPos..firstPos+n-1 -> final hidden states [n, D].
    at::Tensor runDecoder(at::Tensor h, std::int64_t firstPos, KvCache* cache, Attend attend) const;
    // The decoder layers over h [n, D] at `positions` [n]; attend(layer, q, k, v) (q and k after
    // RoPE, [n, heads, headDim]) stores what the cache needs and returns the attention [n, H hd].
    template <class AttendFn>
    at::Tensor runLayers(at::Tensor h, const at::Tensor& positions, AttendFn&& attend) const;
    at::Tensor logitsOf(const at::Tensor& hidden) const;  // RMSNorm + output head, float32
    at::Tensor embedTokens(const at::Tensor& tokens) const;

    ArHyperParams m_hp;
    ArWeights m_w;
    at::Tensor m_ropeFreqs;  // [headDim/2] float32 on the model's device
    KernelPath m_kernelPath = KernelPath::Reference;
};

// RMSNorm as the reference computes it: x * rsqrt(mean(x^2) + eps) in float32, cast back, * w.
at::Tensor rmsNorm(const at::Tensor& x, const at::Tensor& weight, double eps);
// Interleaved-pair rotary embedding of x [n, heads, headDim] at `positions` [n] (int64):
// pairs (2i, 2i+1) rotated by pos * freqs[i], in float32, cast back.
at::Tensor applyRope(const at::Tensor& x, const at::Tensor& positions, const at::Tensor& freqs);
// cos and sin [n, 1, headDim/2] of pos * freqs: what applyRope computes first, shared by every
// layer's q and k in one pass.
struct RopeTables {
    at::Tensor cos, sin;
    at::Tensor cis;  // cos + i sin (complex64), for the fewer-kernel path; undefined otherwise
};
RopeTables ropeTables(const at::Tensor& positions, const at::Tensor& freqs);
at::Tensor applyRope(const at::Tensor& x, const RopeTables& rope);
// The same rotation as one complex multiply of the pairs (x[2i] + i x[2i+1]) by cis (rope.cis must
// be defined): 3 kernels instead of 9 in half precision; equal up to rounding.
at::Tensor applyRopeComplex(const at::Tensor& x, const RopeTables& rope);
// RMSNorm in as few kernels as libtorch allows (at::rms_norm, fused on CUDA in recent versions;
// rmsNorm where libtorch is older than 2.4): normalised and scaled in float32, then cast.
at::Tensor rmsNormFewer(const at::Tensor& x, const at::Tensor& weight, double eps);
// The reference's sine table PE [n, dim] (interleaved sin/cos, float32).
at::Tensor sinePositionTable(std::int64_t n, std::int64_t dim, c10::Device device);

}  // namespace mars5
