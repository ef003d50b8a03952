// Captured CUDA graphs by key, for steps that read and write only buffers their owner keeps at
// fixed addresses (the AR's decode step, the NAR's forward pass).
//
// run(key, fn) returns fn's outputs. In graph mode the first call with a key warms fn up once on
// a side stream (lazy initialisations such as cuBLAS workspaces must not happen inside a
// capture), captures it, and replays it; later calls only replay, on the current stream, so they
// stay ordered with the eager work around them. A capture that fails (an operation that cannot be
// captured, in some libtorch) is ended, the CUDA error cleared, and the cache turns eager for good,
// keeping the reason. In eager mode (always, without CUDA) run(key, fn) is fn().
//
// All graphs of one cache share one memory pool (a fresh one whenever no graph is alive): they
// are replayed one after another on one stream. Sharing means a graph's temporaries may lie where
// another graph's outputs live, so ANY replay from the cache may overwrite the outputs of every
// graph: a caller reads (or copies) what run() returned before its next call of run().
//
// Internal API (libtorch); not thread-safe.
#pragma once

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mars5 {

class CudaGraphCache {
public:
    static constexpr std::size_t kMaxGraphs = 40;  // then the cache is emptied and refilled as needed

    // useGraphs on a device that cannot have them is refused (ErrorKind::Unsupported).
    CudaGraphCache(bool useGraphs, c10::Device device);
    ~CudaGraphCache();
    CudaGraphCache(const CudaGraphCache&) = delete;
    CudaGraphCache& operator=(const CudaGraphCache&) = delete;

    // True when this build has CUDA code and `device` is a CUDA device.
    static bool available(c10::Device device);

    // `preserve`: input buffers fn overwrites (restored after the warm-up, so the capture and the
    // first replay see the inputs the caller set).
    std::vector<at::Tensor> run(const std::string& key, const std::function<std::vector<at::Tensor>()>& fn,
                                const std::vector<at::Tensor>& preserve = {});
    // Drops the graphs whose key starts with `prefix` (their buffers moved).
    void drop(const std::string& prefix);

    bool graphs() const { return m_graphs; }
    // Captures made so far (a count that only grows: graphs dropped or emptied out stay counted).
    std::int64_t captured() const { return m_captures; }
    // Why a capture failed (its exception's text), after which the cache runs without graphs.
    const std::string& fallbackReason() const { return m_fallbackReason; }

private:
    bool m_graphs;
    c10::Device m_device;
    struct Store;  // the captured graphs (CUDA builds only)
    std::unique_ptr<Store> m_store;
    std::string m_fallbackReason;
    std::int64_t m_captures = 0;
};

}  // namespace mars5
