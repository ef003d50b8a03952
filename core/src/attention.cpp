#include "attention.h"

#include <ATen/ATen.h>
#include <torch/version.h>

#include <cstdlib>
#include <cstring>
#include <limits>

// at::scaled_dot_product_attention exists from 2.0, its `scale` argument from 2.1.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 1)
#define MARS5_HAVE_SDPA 1
#endif

namespace mars5 {

namespace {

// MARS5_FUSED_ATTENTION: "0" never, "all" on every device (to test the fused path on a CPU with
// libtorch 2.x: scripts/torch2-check.sh), anything else or unset: on CUDA devices.
enum class FusedPolicy { Never, Cuda, All };

FusedPolicy fusedPolicy() {
    static const FusedPolicy policy = [] {
        const char* v = std::getenv("MARS5_FUSED_ATTENTION");
        if (v && std::strcmp(v, "0") == 0) return FusedPolicy::Never;
        if (v && std::strcmp(v, "all") == 0) return FusedPolicy::All;
        return FusedPolicy::Cuda;
    }();
    return policy;
}

}  // namespace

bool fusedAttentionFor(const at::Tensor& q) {
#ifdef MARS5_HAVE_SDPA
    const FusedPolicy policy = fusedPolicy();
    return policy == FusedPolicy::All || (policy == FusedPolicy::Cuda && q.is_cuda());
#else
    (void)q;
    (void)fusedPolicy;
    return false;
#endif
}

at::Tensor scaledDotAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                              const at::Tensor& allowed) {
#ifdef MARS5_HAVE_SDPA
    if (fusedAttentionFor(q)) {
        // The flash and memory-efficient kernels take [batch, heads, L, E] only (3-D inputs fall
        // back to the unfused maths): the AR's [heads, L, E] gets a batch axis of 1.
        if (q.dim() == 3) {
            const at::Tensor mask = allowed.defined() ? allowed.unsqueeze(0) : at::Tensor();
            return scaledDotAttention(q.unsqueeze(0), k.unsqueeze(0), v.unsqueeze(0), scale, mask).squeeze(0);
        }
        // `{}`: no mask (an undefined tensor inside the optional would be taken as a mask)
        if (allowed.defined()) return at::scaled_dot_product_attention(q, k, v, allowed, 0.0, false, scale);
        return at::scaled_dot_product_attention(q, k, v, {}, 0.0, false, scale);
    }
#endif
    at::Tensor scores = at::matmul(q, k.transpose(-2, -1));
    if (scale != 1.0) scores = scores * scale;
    if (allowed.defined()) scores = scores.masked_fill(allowed.logical_not(), -std::numeric_limits<double>::infinity());
    return at::matmul(at::softmax(scores, -1), v);
}

}  // namespace mars5
