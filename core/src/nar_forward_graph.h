// The NAR's forward pass replayed as a CUDA graph through one utterance's diffusion loop.
//
// Why: a guided forward of the full-size NAR is 24 layers (8 encoder of ~16 kernels, 16 decoder of
// ~26) plus the 8 heads, some 580 launches per diffusion step. Many of them (norms, residual adds, the
// SwiGLU gate on [2, 1500, 1024]) run in a few microseconds on an H100, about what launching them
// from the host takes, so the GPU would wait on the host for a large share of the 200 steps.
// Replayed from a graph, a step is one launch for the model (the diffusion's arithmetic around it
// works on [T, 8, 1025] tensors and is memory-bound, not launch-bound).
//
// The conditioning (text, speaker) is fixed for the utterance; what varies per step, the state x
// [T, 8] and the timestep embedding e(t), is copied into fixed buffers before each replay. One graph
// per batch (guided: cond + uncond as a batch of 2; unguided: 1). The graph lives as long as this
// object (one refine call): T differs from utterance to utterance. The position and timestep tables
// it reads stay in the model's constant caches for that time (one length per run).
//
// Without graphs (the CPU, libtorch without CUDA, or a failed capture) predict() runs the same
// code eagerly; on the CPU it equals NarModel::forward bit for bit (tested).
//
// Internal API (libtorch); throws mars5::Failure on misuse; not thread-safe.
#pragma once

#include "cuda_graph_cache.h"
#include "nar_model.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <string>

namespace mars5 {

class NarForwardGraph {
public:
    // `model` and `cond` must outlive this object. useGraphs needs CudaGraphCache::available.
    // `rows`: the block of logits predict() returns (all of them by default).
    NarForwardGraph(const NarModel& model, const NarConditioning& cond, bool useGraphs, const NarHeadRows& rows = {});

    // Logits [B, T, 8, K] float32 of the state x [T, 8] at step t, B = 2 with the unconditional
    // pass (only the block `rows` of them: [B, T - firstFrame, 8 - firstCodebook, K]). With
    // graphs, a buffer the next call overwrites.
    at::Tensor predict(const at::Tensor& x, std::int64_t t, bool withUncond);

    bool usingGraphs() const { return m_graphs.graphs(); }
    std::int64_t graphsCaptured() const { return m_graphs.captured(); }
    const std::string& fallbackReason() const { return m_graphs.fallbackReason(); }

private:
    const NarModel& m_model;
    const NarConditioning& m_cond;
    CudaGraphCache m_graphs;  // keys "guided", "cond"
    at::Tensor m_x;           // [T, 8] int64: the step's state
    at::Tensor m_embedding;   // [tEmbDim]: e(t) of the step
    at::Tensor m_positions;   // the position table the graphs read: held, so the model's cache cannot free it under them
    NarHeadRows m_rows;
};

}  // namespace mars5
