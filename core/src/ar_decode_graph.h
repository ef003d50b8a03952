// The AR decode step replayed as CUDA graphs (gpt-fast's "reduce-overhead" mode, in libtorch).
//
// Why: one decode step of the full-size AR is 26 layers of about 25 kernels each, some 650
// launches for ~1.4 GB of float16 weight reads. At 3 TB/s the reads take ~0.45 ms; launching
// 650 kernels one by one from the host takes about as long again, and the GPU idles between
// them. A captured graph launches the whole step in one call.
//
// How: ArModel::decodeStepStatic is the step with every shape and address fixed (token and
// position read from device buffers, the KV cache written at a device-computed slot, attention
// over a fixed span of the ring with the unwritten slots masked). Its span is the only shape left,
// so one graph is captured per span bucket: powers of two from `minSpan` (256) up to the cache's
// capacity (3000 for real runs), so early steps do not attend over thousands of empty slots. A
// bucket's graph is captured the first time a run needs it (one eager warm-up step and the
// capture, a few ms; the warm-up writes the same keys and values the step itself writes, so it
// changes nothing), then replayed. The sampler and the draw stay eager (their shapes follow the
// run: the repetition window, the early-EOS penalty).
//
// Mode Eager runs the same static step without graphs: on the CPU (and in libtorch builds
// without CUDA) that is what the tests compare with the ordinary decode step.
//
// Internal API (libtorch); throws mars5::Failure on misuse. One decoder serves one run and its
// cache; it is not thread-safe.
#pragma once

#include "ar_model.h"
#include "kv_cache.h"

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <memory>
#include <string>

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

    StaticDecodeMode mode() const { return m_mode; }
    std::int64_t graphsCaptured() const;
    // Why graphs were given up for eager steps (a failed capture), empty otherwise.
    const std::string& fallbackReason() const { return m_fallbackReason; }

private:
    at::Tensor replay(std::int64_t span);

    const ArModel& m_model;
    KvCache& m_cache;
    StaticDecodeMode m_mode;
    std::int64_t m_minSpan;
    at::Tensor m_token;     // [1] int64: the step's input id
    at::Tensor m_position;  // [1] int64: its position
    struct Graphs;          // the captured graphs (CUDA builds only)
    std::unique_ptr<Graphs> m_graphs;
    std::string m_fallbackReason;
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
