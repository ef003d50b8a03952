#include "ar_decode_graph.h"

#include "failure.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <map>

#ifdef MARS5_WITH_CUDA
#include <ATen/cuda/CUDAGraph.h>
#include <c10/cuda/CUDAFunctions.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <cuda_runtime_api.h>
#endif

namespace mars5 {

#ifdef MARS5_WITH_CUDA
struct ArStaticDecoder::Graphs {
    struct Captured {
        std::unique_ptr<at::cuda::CUDAGraph> graph;
        at::Tensor logits;  // the graph's output buffer, rewritten by each replay
    };
    std::map<std::int64_t, Captured> bySpan;
    // One memory pool for every span's graph: they run one after another on one stream, and
    // each one's output stays referenced here, so no graph's temporaries can overlap a live one.
    c10::cuda::MempoolId_t pool{0, 0};
};
#else
struct ArStaticDecoder::Graphs {};
#endif

ArStaticDecoder::ArStaticDecoder(const ArModel& model, KvCache& cache, StaticDecodeMode mode, std::int64_t minSpan)
    : m_model(model), m_cache(cache), m_mode(mode), m_minSpan(minSpan), m_graphs(std::make_unique<Graphs>()) {
    if (!cache.allocated()) fail(ErrorKind::Internal, "AR static decoder: the KV cache is not allocated");
    if (minSpan < 1) fail(ErrorKind::Internal, "AR static decoder: the minimum span must be positive");
    if (mode == StaticDecodeMode::CudaGraph && !graphsAvailable(model.device()))
        fail(ErrorKind::Unsupported, "AR static decoder: CUDA graphs need a CUDA device and a libtorch built with CUDA");
    const auto longOpts = at::TensorOptions().dtype(at::kLong).device(model.device());
    m_token = at::zeros({1}, longOpts);
    m_position = at::zeros({1}, longOpts);
}

ArStaticDecoder::~ArStaticDecoder() = default;

bool ArStaticDecoder::graphsAvailable(c10::Device device) {
#ifdef MARS5_WITH_CUDA
    return device.is_cuda();
#else
    (void)device;
    return false;
#endif
}

std::int64_t ArStaticDecoder::spanFor(std::int64_t filled, std::int64_t capacity, std::int64_t minSpan) {
    std::int64_t span = std::max<std::int64_t>(minSpan, 1);
    while (span < filled && span < capacity) span *= 2;
    return std::min(span, capacity);
}

std::int64_t ArStaticDecoder::graphsCaptured() const {
#ifdef MARS5_WITH_CUDA
    return static_cast<std::int64_t>(m_graphs->bySpan.size());
#else
    return 0;
#endif
}

at::Tensor ArStaticDecoder::step(const at::Tensor& token, std::int64_t position) {
    if (token.numel() != 1) fail(ErrorKind::InvalidArgument, "AR decode: one token per step");
    if (position != m_cache.positions())
        fail(ErrorKind::Internal, "AR decode: position " + std::to_string(position) + " does not follow the cache (" +
                                      std::to_string(m_cache.positions()) + " positions)");
    const std::int64_t filled = std::min(position + 1, m_cache.capacity());
    const std::int64_t span = spanFor(filled, m_cache.capacity(), m_minSpan);
    // Queued on the current stream, no read-back: a device-to-device copy and a fill.
    m_token.copy_(token.reshape({1}));
    m_position.fill_(position);
    at::Tensor logits = m_mode == StaticDecodeMode::CudaGraph ? replay(span)
                                                              : m_model.decodeStepStatic(m_token, m_position, span, m_cache);
    m_cache.markWritten(position + 1);
    return logits;
}

#ifdef MARS5_WITH_CUDA
namespace {

// Leaves a stream's capture after a failure inside it, so the stream can be used again.
void abandonCapture(cudaStream_t stream) {
    cudaStreamCaptureStatus status = cudaStreamCaptureStatusNone;
    if (cudaStreamIsCapturing(stream, &status) == cudaSuccess && status != cudaStreamCaptureStatusNone) {
        cudaGraph_t partial = nullptr;
        cudaStreamEndCapture(stream, &partial);
        if (partial) cudaGraphDestroy(partial);
    }
    cudaGetLastError();  // clear the error the failed capture left
}

}  // namespace

at::Tensor ArStaticDecoder::replay(std::int64_t span) {
    auto it = m_graphs->bySpan.find(span);
    if (it == m_graphs->bySpan.end()) {
        const c10::DeviceIndex index = m_model.device().index();
        // The inputs were queued on the current stream; the warm-up and capture run on a side stream
        // (capture is not allowed on the legacy default stream). Once per span and run: a sync is fine.
        c10::cuda::device_synchronize();
        c10::cuda::CUDAStream side = c10::cuda::getStreamFromPool(false, index);
        Graphs::Captured captured{std::make_unique<at::cuda::CUDAGraph>(), {}};
        try {
            c10::cuda::CUDAStreamGuard guard(side);
            // Lazy initialisations (cuBLAS handles, workspaces) must happen before the capture; the
            // warm-up writes the same keys and values the captured step writes.
            m_model.decodeStepStatic(m_token, m_position, span, m_cache);
            side.synchronize();
            captured.graph->capture_begin(m_graphs->pool);
            captured.logits = m_model.decodeStepStatic(m_token, m_position, span, m_cache);
            captured.graph->capture_end();
            side.synchronize();
        } catch (const std::exception& e) {
            abandonCapture(side.stream());
            m_fallbackReason = std::string("CUDA graph capture failed, decoding without graphs: ") + e.what();
            m_mode = StaticDecodeMode::Eager;
            return m_model.decodeStepStatic(m_token, m_position, span, m_cache);
        }
        if (m_graphs->bySpan.empty()) m_graphs->pool = captured.graph->pool();
        it = m_graphs->bySpan.emplace(span, std::move(captured)).first;
    }
    it->second.graph->replay();  // on the current stream, after the input copies
    return it->second.logits;
}
#else
at::Tensor ArStaticDecoder::replay(std::int64_t) {
    fail(ErrorKind::Unsupported, "AR static decoder: this build has no CUDA graphs");
}
#endif

}  // namespace mars5
