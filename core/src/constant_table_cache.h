// Small constant tables (sine position tables, timestep embeddings) kept on a model's device.
//
// The tables are computed on the CPU, as the reference computes its buffers, then moved to the
// device once. Rebuilding them per diffusion step would cost a blocking host-to-device copy each
// time (the host waits for the GPU's queue to drain) and, for the decoder's [T, d] position table,
// 6 MB of sin/cos on the CPU plus its transfer (T = 1500, d = 1024), 200 times per utterance.
//
// Thread-safe (a model is shared by concurrent runs). Bounded: when `capacity` tables are held
// the cache is emptied before the next one is added, which only costs recomputing them; size
// the capacity to what one run touches (a few lengths; at most 1000 timesteps).
//
// Internal API (libtorch).
#pragma once

#include <ATen/core/Tensor.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>

namespace mars5 {

class ConstantTableCache {
public:
    using Key = std::array<std::int64_t, 3>;  // what identifies a table: the caller's choice
    explicit ConstantTableCache(std::size_t capacity) : m_capacity(capacity) {}

    // The table for `key`, made by `make` the first time. Callers must not modify it in place.
    at::Tensor get(const Key& key, const std::function<at::Tensor()>& make) {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_tables.find(key); it != m_tables.end()) return it->second;
        if (m_tables.size() >= m_capacity) m_tables.clear();
        return m_tables.emplace(key, make()).first->second;
    }

private:
    std::mutex m_mutex;
    std::map<Key, at::Tensor> m_tables;
    std::size_t m_capacity;
};

}  // namespace mars5
