#include "device_sync.h"

#include <ATen/ATen.h>

#ifdef MARS5_WITH_CUDA
#include <c10/cuda/CUDAFunctions.h>
#endif

namespace mars5 {

void waitForDevice(const c10::Device& device) {
    if (!device.is_cuda()) return;
#ifdef MARS5_WITH_CUDA
    c10::cuda::device_synchronize();
#else
    // A libtorch with CUDA in a build without its CUDA code paths (CMake found no c10_cuda): a
    // read-back of one value waits for the work queued before it, so timings still hold.
    (void)at::zeros({1}, at::TensorOptions().device(device)).item<float>();
#endif
}

}  // namespace mars5
