#include "finite_weights.h"

#include "failure.h"

#include <ATen/ATen.h>

#include <vector>

namespace mars5 {

namespace {

// The sum in float32 of a tensor: NaN or infinite exactly when one of its values is (a sum of
// finite weights cannot reach float32's 3.4e38), in one read of the tensor. Half-precision
// sums accumulate in float32, so float16's 65504 is no limit either.
at::Tensor sumAsFloat(const at::Tensor& t) {
    try {
        return t.sum(at::kFloat);
    } catch (const c10::Error&) {  // a libtorch without this dtype's sum on this device
        return t.to(at::kFloat).sum();
    }
}

}  // namespace

void requireFiniteWeights(const NamedTensors& tensors, const std::string& path) {
    std::vector<at::Tensor> sums;
    std::vector<std::size_t> which;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        const at::Tensor& t = tensors[i].second;
        if (!t.defined() || !at::isFloatingType(t.scalar_type()) || t.numel() == 0) continue;
        sums.push_back(sumAsFloat(t));
        which.push_back(i);
    }
    if (sums.empty()) return;
    const at::Tensor finite = at::stack(sums).isfinite().to(at::kCPU);  // the one read-back
    if (finite.all().item<bool>()) return;
    const auto flags = finite.accessor<bool, 1>();
    for (std::size_t k = 0; k < which.size(); ++k)
        if (!flags[static_cast<std::int64_t>(k)])
            fail(ErrorKind::Format, path + ": tensor '" + tensors[which[k]].first +
                                        "' holds NaN or infinite values: the file is damaged (download it again)");
}

}  // namespace mars5
