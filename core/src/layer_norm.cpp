#include "layer_norm.h"

#include "torch_types.h"

#include <ATen/ATen.h>

namespace mars5 {

at::Tensor layerNorm(const at::Tensor& x, at::IntArrayRef shape, const at::Tensor& weight, const at::Tensor& bias, double eps) {
    if (!halfPrecisionOnCpu(x.device(), x.scalar_type())) return at::layer_norm(x, shape, weight, bias, eps);
    const auto toFloat = [](const at::Tensor& t) { return t.defined() ? t.to(at::kFloat) : t; };
    return at::layer_norm(x.to(at::kFloat), shape, toFloat(weight), toFloat(bias), eps).to(x.scalar_type());
}

}  // namespace mars5
