#include "generator_copy.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Context.h>
#include <ATen/core/Tensor.h>

#include <mutex>

namespace mars5 {

at::Generator copyOfCpuGenerator(const at::Generator& source) {
    at::Generator copy = at::detail::createCPUGenerator();
    at::Generator shared = source;  // the same generator: its lock guards the state being read
    std::lock_guard<std::mutex> lock(shared.mutex());
    copy.set_state(shared.get_state());
    return copy;
}

at::Generator privateGeneratorFor(c10::Device device, std::uint64_t seed) {
    if (device.is_cpu()) return at::detail::createCPUGenerator(seed);
    at::Generator generator = at::globalContext().defaultGenerator(device).clone();
    generator.set_current_seed(seed);
    return generator;
}

}  // namespace mars5
