#include "bench_device.h"

#include "device_sync.h"
#include "torch_types.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <chrono>

#ifdef MARS5_WITH_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#endif

namespace mars5::cli {

void synchronize(ComputeDevice device) { waitForDevice(torchDevice(device)); }

void resetDevicePeak(ComputeDevice device) {
#ifdef MARS5_WITH_CUDA
    if (device == ComputeDevice::Cuda) c10::cuda::CUDACachingAllocator::resetPeakStats(0);
#else
    (void)device;
#endif
}

double devicePeakMiB(ComputeDevice device) {
#ifdef MARS5_WITH_CUDA
    if (device == ComputeDevice::Cuda) {
        // Slot 0 is StatType::AGGREGATE (all pools). The enum moved from
        // c10::cuda::CUDACachingAllocator to c10::CachingDeviceAllocator in PyTorch 2.5, so it is
        // not named here: the index is the same in every version.
        const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(0);
        return static_cast<double>(stats.allocated_bytes[0].peak) / (1024.0 * 1024.0);
    }
#else
    (void)device;
#endif
    return -1;
}

namespace {

// Best (shortest) time of `runs` calls of `fn`, after one untimed call.
template <class Fn>
double bestSeconds(ComputeDevice device, int runs, Fn&& fn) {
    fn();
    synchronize(device);
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        fn();
        synchronize(device);
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

}  // namespace

DeviceRates measureDeviceRates(ComputeDevice device, ComputeDType dtype) {
    const bool gpu = device == ComputeDevice::Cuda;
    const auto options = at::TensorOptions().dtype(torchDType(dtype)).device(torchDevice(device));
    DeviceRates rates;
    {
        const std::int64_t bytes = (gpu ? 256 : 128) * std::int64_t{1024 * 1024};
        const std::int64_t n = bytes / static_cast<std::int64_t>(c10::elementSize(c10::typeMetaToScalarType(options.dtype())));
        const at::Tensor src = at::ones({n}, options), dst = at::empty({n}, options);
        rates.copyBytesPerSecond = 2.0 * static_cast<double>(bytes) / bestSeconds(device, 5, [&] { dst.copy_(src); });
    }
    {
        const std::int64_t m = gpu ? 4096 : 1024;
        const at::Tensor a = at::randn({m, m}, options), b = at::randn({m, m}, options);
        at::Tensor c = at::empty({m, m}, options);
        rates.matmulFlopsPerSecond = 2.0 * static_cast<double>(m) * m * m / bestSeconds(device, 5, [&] { at::mm_out(c, a, b); });
    }
    return rates;
}

}  // namespace mars5::cli
