// What the `bench` command asks of the compute device: wait for it, read its peak memory, and
// measure the two rates the pipeline's floors are computed from (docs/PERFORMANCE.md).
#pragma once

#include "mars5/codec.h"  // ComputeDevice, ComputeDType

namespace mars5::cli {

// Waits until the device has finished its queued work (a no-op on the CPU).
void synchronize(ComputeDevice device);
// The CUDA caching allocator's peak allocated memory since the last reset (MiB), or -1 when
// not measurable (CPU, or a build without CUDA).
void resetDevicePeak(ComputeDevice device);
double devicePeakMiB(ComputeDevice device);

struct DeviceRates {
    double copyBytesPerSecond = 0;  // a large tensor copy: bytes read + bytes written per second
    double matmulFlopsPerSecond = 0;  // square matrix products in `dtype` (2 n^3 per product)
};
// Measured now, a few hundred ms: a 256 MiB copy and 4096^2 products on a GPU, 128 MiB and
// 1024^2 on the CPU, best of 5 after a warm-up.
DeviceRates measureDeviceRates(ComputeDevice device, ComputeDType dtype);

}  // namespace mars5::cli
