// The AR decoder's key/value cache (spec mars5-model.md §3.5): one static buffer per run,
// allocated once for every layer, written in place; no per-token concatenation.
//
// It is the reference's rotating buffer: `capacity` slots (min(sliding window, positions the
// run can reach)), position p stored in slot p mod capacity. A decode step attends to every
// filled slot, so beyond the window it sees exactly the last `capacity` positions (W keys),
// which is what the reference does (the full pass sees W+1, see ar_model.h).
//
// Internal API (libtorch); throws mars5::Failure on misuse.
#pragma once

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <cstdint>

namespace mars5 {

class KvCache {
public:
    KvCache() = default;
    // Buffers [layers, capacity, kvHeads, headDim] for keys and for values.
    KvCache(std::int64_t layers, std::int64_t capacity, std::int64_t kvHeads, std::int64_t headDim, c10::ScalarType dtype,
            c10::Device device);

    bool allocated() const { return m_k.defined(); }
    std::int64_t capacity() const { return m_capacity; }
    std::int64_t layers() const { return m_layers; }
    // Positions 0 .. positions()-1 have been written (by the last layer written).
    std::int64_t positions() const { return m_positions; }
    // Slots holding data: min(positions(), capacity()).
    std::int64_t filled() const { return m_positions < m_capacity ? m_positions : m_capacity; }

    // Stores k, v [n, kvHeads, headDim] of positions firstPos .. firstPos+n-1 for `layer`
    // (only the last `capacity` of them when n is larger, like the reference's scatter).
    // Positions must continue where the previous write of that layer stopped.
    void write(std::int64_t layer, std::int64_t firstPos, const at::Tensor& k, const at::Tensor& v);
    // Views [filled, kvHeads, headDim] of the layer's keys / values (slot order, not position order:
    // attention without a mask does not depend on the order).
    at::Tensor keys(std::int64_t layer) const;
    at::Tensor values(std::int64_t layer) const;

    // Forget everything (the buffers stay allocated).
    void reset() { m_positions = 0; }

    // --- the static-shape step (ArModel::decodeStepStatic, what a CUDA graph replays) -------------
    // Every shape and address fixed whatever the position: the slot is a device tensor, and the
    // attention reads a fixed span of slots, written or not (the step masks the unwritten ones).
    //
    // Stores k, v [1, kvHeads, headDim] in slot `slot` (int64 [1], on the cache's device).
    void writeSlot(std::int64_t layer, const at::Tensor& slot, const at::Tensor& k, const at::Tensor& v);
    // Views [span, kvHeads, headDim] of slots 0 .. span-1 (1 <= span <= capacity).
    at::Tensor ringKeys(std::int64_t layer, std::int64_t span) const;
    at::Tensor ringValues(std::int64_t layer, std::int64_t span) const;
    // The host's count after static steps wrote positions up to `positions` - 1.
    void markWritten(std::int64_t positions);

private:
    at::Tensor m_k, m_v;
    std::int64_t m_layers = 0;
    std::int64_t m_capacity = 0;
    std::int64_t m_positions = 0;
};

}  // namespace mars5
