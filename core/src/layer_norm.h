// at::layer_norm with a faster route for half-precision tensors on the CPU.
#pragma once

#include <ATen/core/Tensor.h>

namespace mars5 {

// at::layer_norm(x, shape, weight, bias, eps), except that a bfloat16 or float16 `x` on the CPU is
// normalised in float32 and rounded back. libtorch 1.13's CPU kernel for those types is a scalar
// loop: over the NAR's [2, 450, 1024] in bfloat16 it took 2.9 ms where the float32 round trip
// takes 0.7 ms, and it is less exact (largest error against a float64 computation 0.11, the
// float32 route 0.03: half a bfloat16 step at that size). It was 18 % of a bfloat16 NAR pass on
// the dev machine (docs/PERFORMANCE.md). float32 tensors, and every tensor on a GPU, go straight
// to at::layer_norm: the CPU's float32 parity path is the reference's own call.
at::Tensor layerNorm(const at::Tensor& x, at::IntArrayRef shape, const at::Tensor& weight, const at::Tensor& bias, double eps);

}  // namespace mars5
