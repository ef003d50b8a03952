// A copy of a CPU random generator that goes on with the same stream, and one for a device.
// at::Generator::clone() would do, but the libtorch of Debian 12 (1.13, the product's CPU
// build) never frees the generator it makes: 2.6 KB lost per clone, two per synthesis, found
// by running the test suite under LeakSanitizer. Copying the state does not leak.
#pragma once

#include <ATen/core/Generator.h>
#include <c10/core/Device.h>

#include <cstdint>

namespace mars5 {

// A new CPU generator in the same state as `source` (a CPU generator).
at::Generator copyOfCpuGenerator(const at::Generator& source);

// A private generator of `device`'s kind seeded with `seed`, so that the process-wide one is
// never touched: made new on the CPU; on a GPU a clone of its default generator (the GPU
// builds use a libtorch whose clone() frees what it makes).
at::Generator privateGeneratorFor(c10::Device device, std::uint64_t seed);

}  // namespace mars5
