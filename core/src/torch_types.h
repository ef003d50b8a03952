// The public API's device and dtype names as libtorch's (one mapping for the engine, the codec
// and the CLI's benchmarks).
//
// Internal API (libtorch).
#pragma once

#include "mars5/codec.h"  // ComputeDevice, ComputeDType

#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

namespace mars5 {

inline c10::Device torchDevice(ComputeDevice d) {
    return d == ComputeDevice::Cuda ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
}

inline c10::ScalarType torchDType(ComputeDType d) {
    switch (d) {
    case ComputeDType::Float16: return c10::kHalf;
    case ComputeDType::BFloat16: return c10::kBFloat16;
    case ComputeDType::Float32: break;
    }
    return c10::kFloat;
}

// The one configuration in which a seed gives the reference's codes bit for bit: the CPU in
// float32. Elsewhere (a GPU, half precision on the CPU) the numbers differ anyway, so the
// diffusion takes its short route and the NAR's heads skip the known rows.
inline bool reproducesReference(c10::Device device, c10::ScalarType dtype) {
    return device.is_cpu() && dtype == c10::kFloat;
}

// bfloat16 or float16 on the CPU, where libtorch 1.13's kernels for those types are slow (a
// scalar LayerNorm, strided batched products copied first) or missing: some work runs in float32
// there instead (layerNorm, ArModel::cacheDtype).
inline bool halfPrecisionOnCpu(c10::Device device, c10::ScalarType dtype) {
    return device.is_cpu() && (dtype == c10::kBFloat16 || dtype == c10::kHalf);
}

}  // namespace mars5
