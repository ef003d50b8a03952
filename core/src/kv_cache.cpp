#include "kv_cache.h"

#include "failure.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <string>

namespace mars5 {

KvCache::KvCache(std::int64_t layers, std::int64_t capacity, std::int64_t kvHeads, std::int64_t headDim,
                 c10::ScalarType dtype, c10::Device device)
    : m_layers(layers), m_capacity(capacity) {
    if (layers <= 0 || capacity <= 0 || kvHeads <= 0 || headDim <= 0)
        fail(ErrorKind::InvalidArgument, "KV cache: every size must be positive (layers " + std::to_string(layers) +
                                             ", capacity " + std::to_string(capacity) + ")");
    const auto options = at::TensorOptions().dtype(dtype).device(device);
    m_k = at::zeros({layers, capacity, kvHeads, headDim}, options);
    m_v = at::zeros({layers, capacity, kvHeads, headDim}, options);
}

void KvCache::write(std::int64_t layer, std::int64_t firstPos, const at::Tensor& k, const at::Tensor& v) {
    if (!allocated()) fail(ErrorKind::Internal, "KV cache: write before allocation");
    if (layer < 0 || layer >= m_layers) fail(ErrorKind::Internal, "KV cache: layer " + std::to_string(layer) + " out of range");
    if (k.dim() != 3 || k.sizes() != v.sizes() || k.size(1) != m_k.size(2) || k.size(2) != m_k.size(3))
        fail(ErrorKind::Internal, "KV cache: keys/values of the wrong shape");
    const std::int64_t n = k.size(0);
    // Only the last `capacity` positions survive in a ring of that size.
    const std::int64_t skip = std::max<std::int64_t>(0, n - m_capacity);
    const at::Tensor kk = m_k.select(0, layer), vv = m_v.select(0, layer);
    std::int64_t pos = firstPos + skip;
    std::int64_t i = skip;
    while (i < n) {
        const std::int64_t slot = pos % m_capacity;
        const std::int64_t run = std::min(n - i, m_capacity - slot);
        kk.narrow(0, slot, run).copy_(k.narrow(0, i, run));
        vv.narrow(0, slot, run).copy_(v.narrow(0, i, run));
        i += run;
        pos += run;
    }
    m_positions = std::max(m_positions, firstPos + n);
}

void KvCache::writeSlot(std::int64_t layer, const at::Tensor& slot, const at::Tensor& k, const at::Tensor& v) {
    if (!allocated()) fail(ErrorKind::Internal, "KV cache: write before allocation");
    if (layer < 0 || layer >= m_layers) fail(ErrorKind::Internal, "KV cache: layer " + std::to_string(layer) + " out of range");
    if (k.dim() != 3 || k.size(0) != 1 || k.sizes() != v.sizes() || slot.numel() != 1)
        fail(ErrorKind::Internal, "KV cache: a slot write takes one position");
    // index_copy_ takes its source in the buffer's dtype (float32 under a half-precision model on the CPU)
    m_k.select(0, layer).index_copy_(0, slot.reshape({1}), k.to(m_k.scalar_type()));
    m_v.select(0, layer).index_copy_(0, slot.reshape({1}), v.to(m_v.scalar_type()));
}

at::Tensor KvCache::ringKeys(std::int64_t layer, std::int64_t span) const {
    if (span < 1 || span > m_capacity) fail(ErrorKind::Internal, "KV cache: span " + std::to_string(span) + " out of range");
    return m_k.select(0, layer).narrow(0, 0, span);
}

at::Tensor KvCache::ringValues(std::int64_t layer, std::int64_t span) const {
    if (span < 1 || span > m_capacity) fail(ErrorKind::Internal, "KV cache: span " + std::to_string(span) + " out of range");
    return m_v.select(0, layer).narrow(0, 0, span);
}

void KvCache::markWritten(std::int64_t positions) { m_positions = std::max(m_positions, positions); }

at::Tensor KvCache::keys(std::int64_t layer) const { return m_k.select(0, layer).narrow(0, 0, filled()); }
at::Tensor KvCache::values(std::int64_t layer) const { return m_v.select(0, layer).narrow(0, 0, filled()); }

}  // namespace mars5
