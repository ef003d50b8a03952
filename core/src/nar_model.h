// The MARS5 NAR "ResidualTransformer" (spec mars5-model.md §1.8, §5.1): an encoder-decoder
// that predicts, for every frame of the diffusion state x [T, 8] at step t, the logits of the
// clean codes x_0 over K = 1025 classes in each of the 8 codebooks.
//
//   speaker encoder   s = SpkEnc([identity; ChunkedEmb(R)] + α·PE)[0]     (once per voice)
//   encoder input     c = [s; text_embed(c_text)] + α_c·PE                (once per utterance)
//   per step          memory = Enc(c + t_enc(t));  y = Dec(ChunkedEmb(x) + α_x·PE + t_dec(t), memory)
//                     logits_q = Linear_q(LN_q(y))  -> [B, T, 8, K]
//
// The unconditional pass of classifier-free guidance differs only in s (reference codes
// dropped: a constant vector of the weights), so cond and uncond run as one batch of two.
// The timestep is added to the encoder input, so the encoder itself runs every step.
// Pre-LN layers with SwiGLU FFNs (activation.W gated by SiLU, activation.V linear, linear2
// down), LayerNorm ε 4e-5, output-head LayerNorm ε 1e-5; PyTorch MultiheadAttention maths.
//
// Weights are plain tensors taken from a name -> tensor map (the checkpoint loader's), in
// any float dtype on any device; the logits are always float32.
//
// Internal API: throws mars5::Failure (missing tensor, bad input) or c10::Error (libtorch).
#pragma once

#include "constant_table_cache.h"
#include "mars5_config.h"
#include "torch_pickle.h"  // NamedTensors

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mars5 {

struct NarAttentionWeights {
    at::Tensor inProjWeight, inProjBias;    // [3d, d], [3d]: q, k, v stacked
    at::Tensor outProjWeight, outProjBias;  // [d, d], [d]
};

struct NarLayerWeights {  // an encoder layer, or a decoder layer when crossAttn is set
    NarAttentionWeights selfAttn;
    NarAttentionWeights crossAttn;  // decoder only
    at::Tensor ffW, ffV;            // [Fn, d] SwiGLU gate (SiLU) and linear branch: views into ffWV
    at::Tensor ffWV;                // [2 Fn, d] = [W; V], one matrix product for both
    at::Tensor linear2Weight, linear2Bias;
    at::Tensor norm1Weight, norm1Bias, norm2Weight, norm2Bias;
    at::Tensor norm3Weight, norm3Bias;  // decoder only (before the FFN)
    bool decoder = false;
};

struct NarHeadWeights {
    at::Tensor normWeight, normBias;  // [d]
    at::Tensor weight, bias;          // [K, d], [K]
};

// Per-utterance conditioning: computed once, reused by every diffusion step.
struct NarConditioning {
    at::Tensor encoderInput;  // [2, 1 + Lc, d]: row 0 conditional, row 1 unconditional (no t yet)
    at::Tensor spkCond;       // [d] s_NAR of the reference
    at::Tensor spkUncond;     // [d] the dropped-condition speaker vector
};

// The block of output rows a caller needs: frames [firstFrame, T) of codebooks
// [firstCodebook, 8). The diffusion loop needs only the rows it fills in (frames after the
// reference in deep clone, codebooks 1-7 beside the AR's L0), so the 8 heads, the largest
// output of a step, skip the rest.
struct NarHeadRows {
    int64_t firstFrame = 0;
    int64_t firstCodebook = 0;
    // Whether the heads' matrix products run on frames [firstFrame, T) only (fewer FLOPs) or on
    // every frame, the block being cut after them. Every frame keeps each product in the shape
    // the reference gives it: a BLAS may take another kernel, with other roundings, for fewer
    // rows (OpenBLAS does for a one-row product), so only that way is the CPU's parity kept.
    // The engine narrows first where no bitwise parity is kept anyway: on a GPU, and in half
    // precision on the CPU.
    bool narrowBeforeHeads = false;
};

// narrowBeforeHeads for the diffusion: wherever the run cannot reproduce the reference's codes
// anyway (`referenceParity` false: a GPU, half precision on the CPU; reproducesReference).
// MARS5_NAR_HEADS=narrow|full in the environment overrides it (narrow: the GPU's way, to test
// it on a CPU in float32).
bool narrowHeadsFirst(bool referenceParity);

class NarModel {
public:
    // Takes the tensors it needs from `tensors` (the loader's map, names of §1.8); Failure
    // naming the tensor when one is missing or has the wrong shape.
    // `stacks`: the loader's stacked [W; V] matrices (Mars5Checkpoint::stacks), used as they are;
    // without them each layer's W and V are stacked here (a copy).
    static NarModel fromTensors(const NarHyperParams& hp, const NamedTensors& tensors,
                                const std::map<std::string, at::Tensor>& stacks = {});

    const NarHyperParams& hyperParams() const { return m_hp; }
    c10::Device device() const { return m_textEmbed.device(); }
    c10::ScalarType dtype() const { return m_textEmbed.scalar_type(); }

    // Speaker vector of reference codes [T_ref, 8] (int64, values 0..1024) -> [d].
    at::Tensor speakerVector(const at::Tensor& refCodes) const;
    // The unconditional speaker vector (codes all 1024, length 0): depends on the weights only.
    at::Tensor unconditionalSpeakerVector() const;

    // Encoder input for text ids [Lc] and reference codes [T_ref, 8], both speaker variants.
    NarConditioning condition(const at::Tensor& textIds, const at::Tensor& refCodes) const;
    // Logits [B, T, 8, K] float32 for the state x [T, 8] at step t: B = 2 (cond, uncond) when
    // withUncond, else B = 1 (cond).
    // `checkState` false skips the range check of x (a read-back that would stall a GPU every
    // diffusion step): for the diffusion loop's own states.
    at::Tensor forward(const NarConditioning& cond, const at::Tensor& x, int64_t t, bool withUncond,
                       bool checkState = true) const;
    // The same with the timestep embedding given (timestepEmbeddingFor(t), or a buffer holding it)
    // and no range check of x: every shape and address fixed by (cond, x), what a CUDA graph
    // captures (nar_forward_graph.h). forward() is this, bit for bit. With `rows`, only that
    // block of the logits: [B, T - firstFrame, 8 - firstCodebook, K], bit for bit the same
    // values as in the full output unless rows.narrowBeforeHeads.
    at::Tensor forwardWithEmbedding(const NarConditioning& cond, const at::Tensor& x, const at::Tensor& tEmbedding,
                                    bool withUncond, const NarHeadRows& rows = {}) const;
    // e(t) [tEmbDim] in the model's dtype on its device (cached).
    at::Tensor timestepEmbeddingFor(int64_t t) const;
    // PE[:length] [length, d] in `dtype` on the model's device: the table a pass over `length`
    // positions adds (cached; the same tensor each time until the cache lets it go).
    at::Tensor positionTable(int64_t length, c10::ScalarType dtype) const;

    // The sinusoidal timestep embedding e(t) [tEmbDim] (cos half first), float32.
    static at::Tensor timestepEmbedding(int64_t t, int64_t dim, c10::Device device);
    // The interleaved sine positional table PE [length, dim] (sin at even, cos at odd), float32.
    static at::Tensor sinePositions(int64_t length, int64_t dim, c10::Device device);

private:
    at::Tensor encoderLayer(const NarLayerWeights& w, const at::Tensor& x) const;
    at::Tensor decoderLayer(const NarLayerWeights& w, const at::Tensor& x, const at::Tensor& memory) const;
    at::Tensor attention(const NarAttentionWeights& w, const at::Tensor& q, const at::Tensor& kv, bool self) const;
    at::Tensor feedForward(const NarLayerWeights& w, const at::Tensor& x) const;
    at::Tensor chunkedEmbedding(const std::vector<at::Tensor>& tables, const at::Tensor& codes) const;
    at::Tensor runSpeakerEncoder(at::Tensor seq) const;
    at::Tensor timestepMlp(const at::Tensor (&w)[4], const at::Tensor& e) const;
    at::Tensor withPositions(const at::Tensor& x, const at::Tensor& alpha) const;

    NarHyperParams m_hp;
    at::Tensor m_textEmbed;                    // [Vt, d]
    std::vector<at::Tensor> m_refEmbed;        // 8 x [K, d/8]
    std::vector<at::Tensor> m_residualEmbed;   // 8 x [K, d/8]
    at::Tensor m_spkIdentity;                  // [1, d]
    at::Tensor m_condAlpha, m_posAlpha, m_refAlpha;  // [1]
    std::vector<NarLayerWeights> m_spkLayers, m_encLayers, m_decLayers;
    at::Tensor m_spkNormW, m_spkNormB, m_encNormW, m_encNormB, m_decNormW, m_decNormB;
    at::Tensor m_tEnc[4], m_tDec[4];           // Linear 0 weight/bias, Linear 2 weight/bias
    std::vector<NarHeadWeights> m_heads;
    // On the device, in the model's dtype, shared by copies of the model: position tables (a few
    // lengths: up to 4 MB each) and timestep embeddings (one per step, tiny).
    std::shared_ptr<ConstantTableCache> m_positionTables = std::make_shared<ConstantTableCache>(4);
    std::shared_ptr<ConstantTableCache> m_timestepTables = std::make_shared<ConstantTableCache>(1024);
};

}  // namespace mars5
