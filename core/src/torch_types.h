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

}  // namespace mars5
