// Scaled dot-product attention, one function for every attention of the AR and NAR models.
//
// softmax(q kᵀ * scale, masked) v for q [..., nq, hd] and k, v [..., nk, hd]; `allowed` is a bool
// tensor broadcastable to [..., nq, nk] (true: the key takes part) or undefined (no mask).
//
// On a CUDA device, with libtorch 2.1 or newer, this is at::scaled_dot_product_attention: its
// flash and memory-efficient kernels never write the [heads, nq, nk] score matrix to memory. In
// the NAR (16 heads over ~1,500 frames in a 6 s + 8 s deep clone, guided as a batch of 2) that
// matrix is 144 MB in float16 per layer, written and read back by the softmax: ~2.8 ms of memory
// traffic per diffusion step on an H100, ~0.55 s over 200 steps, against a matrix-product floor
// of ~391 ms.
// Everywhere else (the CPU, older libtorch) it is the explicit matmul, softmax, matmul: the order
// of operations PyTorch's math path uses, on which the CPU parity with the reference rests.
// MARS5_FUSED_ATTENTION=0 in the environment turns the fused path off (for measurements), =all
// takes it on the CPU too (to test it where libtorch is 2.1 or newer; the CPU parity is then lost).
#pragma once

#include <ATen/core/Tensor.h>

namespace mars5 {

at::Tensor scaledDotAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                              const at::Tensor& allowed = {});

// Whether scaledDotAttention takes the fused path for tensors on this kind of device.
bool fusedAttentionFor(const at::Tensor& q);

}  // namespace mars5
