#include "cuda_graph_cache.h"

#include "failure.h"

#include <ATen/ATen.h>

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
struct CudaGraphCache::Store {
    struct Captured {
        std::unique_ptr<at::cuda::CUDAGraph> graph;
        std::vector<at::Tensor> outputs;  // the graph's output buffers, rewritten by each replay
    };
    std::map<std::string, Captured> byKey;
    c10::cuda::MempoolId_t pool{0, 0};
};

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
#else
struct CudaGraphCache::Store {};
#endif

CudaGraphCache::CudaGraphCache(bool useGraphs, c10::Device device)
    : m_graphs(useGraphs), m_device(device), m_store(std::make_unique<Store>()) {
    if (useGraphs && !available(device))
        fail(ErrorKind::Unsupported, "CUDA graphs need a CUDA device and a libtorch built with CUDA");
}

CudaGraphCache::~CudaGraphCache() = default;

bool CudaGraphCache::available(c10::Device device) {
#ifdef MARS5_WITH_CUDA
    return device.is_cuda();
#else
    (void)device;
    return false;
#endif
}

void CudaGraphCache::drop(const std::string& prefix) {
#ifdef MARS5_WITH_CUDA
    std::erase_if(m_store->byKey, [&](const auto& entry) { return entry.first.rfind(prefix, 0) == 0; });
#else
    (void)prefix;
#endif
}

std::vector<at::Tensor> CudaGraphCache::run(const std::string& key, const std::function<std::vector<at::Tensor>()>& fn,
                                            const std::vector<at::Tensor>& preserve) {
    if (!m_graphs) return fn();
#ifdef MARS5_WITH_CUDA
    auto it = m_store->byKey.find(key);
    if (it == m_store->byKey.end()) {
        // Keys multiply with the sampler settings a user tries (5 spans each): past kMaxGraphs the
        // cache starts again rather than keep every graph's executable for the engine's lifetime.
        if (m_store->byKey.size() >= kMaxGraphs) m_store->byKey.clear();
        // The inputs were queued on the current stream; warm-up and capture run on a side stream
        // (capture is not allowed on the legacy default stream). Once per key: a sync is fine.
        c10::cuda::device_synchronize();
        c10::cuda::CUDAStream side = c10::cuda::getStreamFromPool(false, m_device.index());
        Store::Captured captured{std::make_unique<at::cuda::CUDAGraph>(), {}};
        try {
            c10::cuda::CUDAStreamGuard guard(side);
            std::vector<at::Tensor> saved;
            for (const at::Tensor& t : preserve) saved.push_back(t.clone());
            fn();
            for (std::size_t i = 0; i < preserve.size(); ++i) preserve[i].copy_(saved[i]);
            side.synchronize();
            // With no graph alive, a fresh private pool ({0, 0}): the last pool's use count fell
            // to 0 when its graphs went (drop, or the kMaxGraphs reset), and libtorch refuses to
            // share a pool no graph holds (an internal assert, which would turn the cache eager
            // for good at the first run with a shorter prompt).
            const c10::cuda::MempoolId_t pool = m_store->byKey.empty() ? c10::cuda::MempoolId_t{0, 0} : m_store->pool;
            captured.graph->capture_begin(pool);
            captured.outputs = fn();
            captured.graph->capture_end();
            side.synchronize();
        } catch (const std::exception& e) {
            // Known limit: a capture that fails inside fn() never reaches capture_end, so libtorch's
            // allocator may still count that capture as under way (recent libtorch releases clear
            // it when the graph is destroyed, older ones do not, and ending it by hand would
            // end it twice on the recent ones). The cache then stays eager, so it happens once.
            abandonCapture(side.stream());
            c10::cuda::device_synchronize();
            m_fallbackReason = e.what();  // the engine says it as a warning (a Notice)
            m_graphs = false;
            return fn();
        }
        if (m_store->byKey.empty()) m_store->pool = captured.graph->pool();
        it = m_store->byKey.emplace(key, std::move(captured)).first;
        ++m_captures;
    }
    it->second.graph->replay();  // on the current stream, after the input copies
    return it->second.outputs;
#else
    (void)key;
    (void)preserve;
    return fn();  // unreachable: the constructor refuses graphs without CUDA
#endif
}

}  // namespace mars5
