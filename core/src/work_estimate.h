// How much work the models' hot loops do, for benchmark floors (docs/PERFORMANCE.md): the
// bytes one AR decode step must read, and the matrix-product FLOPs of one diffusion step.
// A measured rate divided into these gives the best any implementation could do on that
// machine: the AR decode step is bound by reading its weights, the NAR step by its matrix
// products.
//
// Internal API (no libtorch needed).
#pragma once

#include "mars5_config.h"

#include <cstdint>

namespace mars5 {

// Weight bytes one single-token AR decode step reads: every decoder layer (q, k, v, o, w1, w2,
// w3 and both norms), the final norm, the output head and the one embedding row. The KV cache
// comes on top: 2 * layers * min(position, window) * kvHeads * headDim elements.
double arDecodeWeightBytes(const ArHyperParams& hp, int bytesPerElement);

// Matrix-product FLOPs (2 per multiply-add) of one NAR diffusion step: `passes` forward passes
// (2 with classifier-free guidance) over `frames` diffusion frames, each with the encoder over
// `conditionTokens` positions (the speaker slot and the text ids): projections, attention
// scores and weighted sums, SwiGLU FFNs and cross-attention over every frame, and the output
// heads only where the diffusion uses them: codebooks 1-7 of the `filledFrames` frames it fills
// in (deep clone: the frames after the reference; the engine computes no more on a GPU, see
// NarHeadRows). Elementwise work, norms and the timestep MLPs are left out (a few percent).
double narStepFlops(const NarHyperParams& hp, std::int64_t frames, std::int64_t filledFrames, std::int64_t conditionTokens,
                    int passes);

}  // namespace mars5
