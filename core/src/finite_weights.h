// A checkpoint whose weights hold NaN or infinity is damaged: every output made from it is
// garbage (an Encodec of NaNs encodes every sound as code 0; a NaN AR never ends), so it is
// refused at load with the file and the first such tensor named, as a truncated file is.
#pragma once

#include "torch_pickle.h"  // NamedTensors

#include <string>

namespace mars5 {

// Failure(Format) "<path>: tensor '<name>' holds NaN or infinite values ..." for the first
// floating-point tensor with a non-finite value; other tensors (integer buffers) are skipped.
// One float64 sum per tensor, one read-back in all.
void requireFiniteWeights(const NamedTensors& tensors, const std::string& path);

}  // namespace mars5
