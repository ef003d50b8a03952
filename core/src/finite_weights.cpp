#include "finite_weights.h"

#include "failure.h"

#include <ATen/ATen.h>

#include <vector>

namespace mars5 {

namespace {

// True (a one-element bool tensor, on the tensor's device) when every value is finite, in one
// read of the tensor: its sum in float64 is NaN or infinite exactly when one of its values is
// (float32 and half values cannot add up to float64's 1.8e308, as two float32 minima in a mask
// buffer do in float32). isfinite on every value also writes a flag per weight; the sum only
// reads them (~0.3 s of a ~3 s full-size load on the 2-core dev machine). float64 weights take
// isfinite.
at::Tensor allFinite(const at::Tensor& t) {
    if (t.scalar_type() == at::kDouble) return at::isfinite(t).all();
    try {
        return at::isfinite(t.sum(at::kDouble));
    } catch (const c10::Error&) {  // a libtorch without this dtype's sum on this device
        return at::isfinite(t.to(at::kDouble).sum());
    }
}

}  // namespace

void requireFiniteWeights(const NamedTensors& tensors, const std::string& path) {
    std::vector<at::Tensor> finiteFlags;
    std::vector<std::size_t> which;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        const at::Tensor& t = tensors[i].second;
        if (!t.defined() || !at::isFloatingType(t.scalar_type()) || t.numel() == 0) continue;
        finiteFlags.push_back(allFinite(t));
        which.push_back(i);
    }
    if (finiteFlags.empty()) return;
    const at::Tensor finite = at::stack(finiteFlags).to(at::kCPU);  // the one read-back
    if (finite.all().item<bool>()) return;
    const auto flags = finite.accessor<bool, 1>();
    for (std::size_t k = 0; k < which.size(); ++k)
        if (!flags[static_cast<std::int64_t>(k)])
            fail(ErrorKind::Format, path + ": tensor '" + tensors[which[k]].first +
                                        "' holds NaN or infinite values: the file is damaged (download it again)");
}

}  // namespace mars5
