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

bool fusedAllowed() {
    static const bool allowed = [] {
        const char* v = std::getenv("MARS5_FUSED_ATTENTION");
        return !(v && std::strcmp(v, "0") == 0);
    }();
    return allowed;
}

}  // namespace

bool fusedAttentionFor(const at::Tensor& q) {
#ifdef MARS5_HAVE_SDPA
    return q.is_cuda() && fusedAllowed();
#else
    (void)q;
    (void)fusedAllowed;
    return false;
#endif
}

at::Tensor scaledDotAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                              const at::Tensor& allowed) {
#ifdef MARS5_HAVE_SDPA
    if (fusedAttentionFor(q)) {
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
