// The AR decode step replayed as CUDA graphs (gpt-fast's "reduce-overhead" mode, in libtorch).
//
// Why: one decode step of the full-size AR launches some 1,300 kernels on the reference path
// (~550 on the GPU's fewer-kernel path, ArModel::KernelPath) for ~1.4 GB of float16 weight reads.
// At 3 TB/s the reads take ~0.45 ms; launching the kernels one by one from the host takes several
// times as long, and the GPU idles between them. A captured graph launches the whole step in one
// call.
//
// How: ArModel::decodeStepStatic is the step with every shape and address fixed (token and
// position read from device buffers, the KV cache written at a device-computed slot, attention
// over a fixed span of the ring with the unwritten slots masked). Its span is the only shape left,
// so one graph is captured per span bucket: powers of two from `minSpan` (256) up to the cache's
// capacity (3000 for real runs), so early steps do not attend over thousands of empty slots. A
// bucket's graph is captured the first time a run needs it (one eager warm-up step and the
// capture, a few ms; the warm-up writes the same keys and values the step itself writes, and the
// input id it overwrites is put back, so it changes nothing), then replayed.
//
// stepAndDraw goes further, as gpt-fast does: the decode step, the whole sampler chain and the
// draw in one graph (samplerProbabilitiesStatic: the repetition window read from a device buffer
// of the drawn ids, the early-EOS penalty as a device value; the draw against a row of the
// chunk's noise, copied into a fixed buffer), the drawn id written into that buffer and kept as
// the next step's input. A token then costs one graph launch and four one-value fills. Its graphs
// are keyed by span and sampler settings (the settings are constants inside them).
//
// Mode Eager runs the same static step without graphs: on the CPU (and in libtorch builds
// without CUDA) that is what the tests compare with the ordinary decode step.
//
// Internal API (libtorch); throws mars5::Failure on misuse. One decoder serves one run and its
// cache; it is not thread-safe.
#pragma once

#include "ar_model.h"
#include "cuda_graph_cache.h"
#include "kv_cache.h"
#include "sampler.h"

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mars5 {

enum class StaticDecodeMode { Eager, CudaGraph };

class ArStaticDecoder {
public:
    static constexpr std::int64_t kDefaultMinSpan = 256;

    // `cache` must outlive the decoder; CudaGraph needs graphsAvailable(model.device()).
    ArStaticDecoder(const ArModel& model, KvCache& cache, StaticDecodeMode mode, std::int64_t minSpan = kDefaultMinSpan);
    ~ArStaticDecoder();
    ArStaticDecoder(const ArStaticDecoder&) = delete;
    ArStaticDecoder& operator=(const ArStaticDecoder&) = delete;

    // True when this build has CUDA code and `device` is a CUDA device.
    static bool graphsAvailable(c10::Device device);
    // The attention span for a step that leaves `filled` slots written: the smallest power-of-two
    // multiple of minSpan covering them, at most `capacity`.
    static std::int64_t spanFor(std::int64_t filled, std::int64_t capacity, std::int64_t minSpan = kDefaultMinSpan);

    // Logits [V] float32 of `token` (a one-element int64 tensor on the model's device) at
    // `position`, which must follow the cache. The result is a buffer the next step overwrites.
    at::Tensor step(const at::Tensor& token, std::int64_t position);

    // The whole step: decode `token` at `position`; the sampler chain `s` over its logits (the EOS
    // logit masked first when maskEos: forced-length benchmarks) with the repetition window read
    // from drawnIds() (`generated` ids so far) and `eosPenalty` (the early-EOS penalty this step
    // subtracts, 0 when none); the draw argmax(p / q) with q = row `noiseRow` of the noise given to
    // loadNoise. The drawn id goes to drawnIds()[generated] and to token(), which the next step
    // takes as its input. Returns the probabilities [V] (a buffer the next step overwrites).
    at::Tensor stepAndDraw(const at::Tensor& token, std::int64_t position, std::int64_t generated, double eosPenalty,
                           std::int64_t noiseRow, const SamplerSettings& s, bool maskEos);
    // The buffer of drawn ids, at least `size` long (zeros at first). Its address is part of the
    // whole-step graphs: it grows only when a run needs more, and then drops them.
    at::Tensor drawnIds(std::int64_t size);
    // A chunk's noise rows [k, V] (on the device), copied into the fixed noise buffer.
    void loadNoise(const at::Tensor& rows);
    // The id the last stepAndDraw drew ([1] int64 buffer).
    const at::Tensor& token() const { return m_token; }

    StaticDecodeMode mode() const { return m_graphs.graphs() ? StaticDecodeMode::CudaGraph : StaticDecodeMode::Eager; }
    std::int64_t graphsCaptured() const { return m_graphs.captured(); }
    // Why graphs were given up for eager steps (a failed capture), empty otherwise.
    const std::string& fallbackReason() const { return m_graphs.fallbackReason(); }

private:
    void checkPosition(std::int64_t position) const;
    at::Tensor wholeStep(std::int64_t span, const SamplerSettings& s, bool maskEos);

    const ArModel& m_model;
    KvCache& m_cache;
    std::int64_t m_minSpan;
    CudaGraphCache m_graphs;  // keys "step SPAN" and "draw SPAN SETTINGS"
    at::Tensor m_token;       // [1] int64: the step's input id (the whole step writes its draw here)
    at::Tensor m_position;    // [1] int64: its position
    at::Tensor m_generated;   // [1] int64: ids generated before the step (whole step)
    at::Tensor m_eosPenalty;  // [1] float32: the early-EOS penalty to subtract (whole step)
    at::Tensor m_noiseRow;    // [1] int64: the noise row of the draw (whole step)
    at::Tensor m_noise;       // [rows, V] float32: the chunk's noise (whole step)
    at::Tensor m_drawn;       // [size] int64: every id drawn in the run (whole step)
};

// A KV cache and the static decoder over it, kept across runs by their owner (the engine keeps
// one): every run writes the same buffers, so the graphs one run captured are replayed by the
// next instead of being captured again. A kept cache has the whole window W as its capacity: for
// a run that never reaches W positions the ring never wraps, which is the attention of a cache
// sized to the run. Runs sharing a context must not overlap.
struct ArDecodeContext {
    const ArModel* model = nullptr;  // the model the cache and graphs were made for
    KvCache cache;
    std::unique_ptr<ArStaticDecoder> decoder;
};

}  // namespace mars5
