#include "vocos.h"

#include "failure.h"
#include "layer_norm.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>

namespace mars5 {

namespace {

void emit(const LayerTap& tap, const std::string& name, const at::Tensor& value) {
    if (tap) tap(name, value);
}

// AdaLayerNorm: LayerNorm without affine, then the bandwidth id's scale and shift rows. (B, T, dim)
at::Tensor adaLayerNorm(const at::Tensor& x, const at::Tensor& scale, const at::Tensor& shift, int bw, double eps) {
    const std::int64_t dim = x.size(-1);
    const at::Tensor normed = layerNorm(x, {dim}, {}, {}, eps);
    return normed * scale[bw].view({1, 1, dim}) + shift[bw].view({1, 1, dim});
}

}  // namespace

VocosWeights VocosWeights::to(c10::Device device, c10::ScalarType dtype) const {
    auto cv = [&](const at::Tensor& t) { return t.to(device, dtype); };
    VocosWeights w;
    w.config = config;
    w.codebookTable = cv(codebookTable);
    w.embedWeight = cv(embedWeight);
    w.embedBias = cv(embedBias);
    w.normScale = cv(normScale);
    w.normShift = cv(normShift);
    for (const auto& b : blocks)
        w.blocks.push_back({cv(b.dwWeight), cv(b.dwBias), cv(b.normScale), cv(b.normShift), cv(b.pw1Weight),
                            cv(b.pw1Bias), cv(b.pw2Weight), cv(b.pw2Bias), cv(b.gamma)});
    w.finalNormWeight = cv(finalNormWeight);
    w.finalNormBias = cv(finalNormBias);
    w.headWeight = cv(headWeight);
    w.headBias = cv(headBias);
    w.window = window.to(device, at::kFloat);  // the inverse FFT runs in float32
    return w;
}

int VocosConfig::codebooksAt(double kbps) const {
    return std::max(1, static_cast<int>(std::floor(kbps * 1000.0 / (EncodecConfig{}.frameRate() * std::log2(bins)))));
}

at::Tensor vocosFeatures(const VocosWeights& w, const at::Tensor& codes) {
    at::Tensor c = codes.to(w.device(), at::kLong);
    if (c.dim() == 2) c = c.unsqueeze(1);  // (K, T) -> (K, 1, T)
    if (c.dim() != 3) fail(ErrorKind::InvalidArgument, "codes must be (codebooks, frames) or (codebooks, batch, frames)");
    const std::int64_t k = c.size(0);
    if (k < 1 || k > w.config.tableCodebooks)
        fail(ErrorKind::InvalidArgument, "Vocos takes 1 to " + std::to_string(w.config.tableCodebooks) +
                                             " codebooks, got " + std::to_string(k));
    if (c.numel() > 0) {
        const std::int64_t lo = c.min().item<std::int64_t>(), hi = c.max().item<std::int64_t>();
        if (lo < 0 || hi >= w.config.bins)
            fail(ErrorKind::InvalidArgument, "codes must lie in 0.." + std::to_string(w.config.bins - 1) + ", found " +
                                                 std::to_string(lo < 0 ? lo : hi));
    }
    const at::Tensor offsets = at::arange(0, static_cast<std::int64_t>(w.config.bins) * k, w.config.bins,
                                          c.options()).view({k, 1, 1});
    // Gather all K rows, then reduce over K (bit-equal to the reference's order of summation).
    const at::Tensor features = at::embedding(w.codebookTable, c + offsets).sum(0);  // (B, T, D)
    return features.transpose(1, 2);
}

at::Tensor vocosBackbone(const VocosWeights& w, const at::Tensor& features, int bandwidthId, const LayerTap& tap) {
    const auto& cfg = w.config;
    if (bandwidthId < 0 || bandwidthId >= cfg.adanormEmbeddings)
        fail(ErrorKind::InvalidArgument, "bandwidth id " + std::to_string(bandwidthId) + " is outside 0.." +
                                             std::to_string(cfg.adanormEmbeddings - 1));
    const std::int64_t pad = cfg.kernel / 2;
    at::Tensor x = at::conv1d(features.to(w.device(), w.dtype()), w.embedWeight, w.embedBias, {1}, {pad});
    emit(tap, "backbone.embed.out", x);
    x = adaLayerNorm(x.transpose(1, 2), w.normScale, w.normShift, bandwidthId, cfg.layerNormEps);  // (B, T, dim)
    emit(tap, "backbone.norm.out", x);
    x = x.transpose(1, 2);  // (B, dim, T)
    for (std::size_t i = 0; i < w.blocks.size(); ++i) {
        const auto& b = w.blocks[i];
        at::Tensor h = at::conv1d(x, b.dwWeight, b.dwBias, {1}, {pad}, {1}, x.size(1));
        h = adaLayerNorm(h.transpose(1, 2), b.normScale, b.normShift, bandwidthId, cfg.layerNormEps);
        h = at::linear(h, b.pw1Weight, b.pw1Bias);
        h = at::gelu(h);  // exact (erf) GELU
        h = at::linear(h, b.pw2Weight, b.pw2Bias);
        h = b.gamma * h;
        x = x + h.transpose(1, 2);
        emit(tap, "backbone.convnext." + std::to_string(i) + ".out", x);
    }
    x = layerNorm(x.transpose(1, 2), {x.size(1)}, w.finalNormWeight, w.finalNormBias, cfg.layerNormEps);
    emit(tap, "backbone_out", x);
    return x;
}

at::Tensor vocosHead(const VocosWeights& w, const at::Tensor& hidden, const LayerTap& tap) {
    // The spectrum and the inverse FFT run in float32 (no half-precision FFT on every device).
    const at::Tensor z = at::linear(hidden, w.headWeight, w.headBias).transpose(1, 2).to(at::kFloat);
    const auto halves = z.chunk(2, 1);
    const at::Tensor mag = at::exp(halves[0]).clamp_max(w.config.magnitudeClip);
    const at::Tensor& phase = halves[1];
    emit(tap, "head_mag", mag);
    emit(tap, "head_phase", phase);
    const at::Tensor spec = at::complex(mag * at::cos(phase), mag * at::sin(phase));
    return istftSame(spec, w.window, w.config.hopLength);
}

at::Tensor istftSame(const at::Tensor& spec, const at::Tensor& window, int hop) {
    const std::int64_t nFft = window.size(0);
    const std::int64_t frames = spec.size(2);
    const std::int64_t pad = (nFft - hop) / 2;
    if (spec.size(1) != nFft / 2 + 1)
        fail(ErrorKind::InvalidArgument, "spectrogram has " + std::to_string(spec.size(1)) + " bins, expected " +
                                             std::to_string(nFft / 2 + 1));
    if (frames < 1) fail(ErrorKind::InvalidArgument, "no frames to synthesise");
    const at::Tensor win = window.to(spec.device(), at::kFloat);
    // c2r inverse FFT with 1/N scaling; the imaginary parts of DC and Nyquist are ignored.
    at::Tensor frameSignals = at::fft_irfft(spec, nFft, 1, "backward");  // (B, nFft, T)
    frameSignals = frameSignals * win.view({1, nFft, 1});
    const std::int64_t outputSize = (frames - 1) * hop + nFft;
    const at::Tensor y = at::col2im(frameSignals, {1, outputSize}, {1, nFft}, {1, 1}, {0, 0}, {1, hop})
                             .select(1, 0).select(1, 0)
                             .narrow(-1, pad, outputSize - 2 * pad);
    const at::Tensor windowSq = win.square().expand({1, frames, nFft}).transpose(1, 2);
    const at::Tensor envelope = at::col2im(windowSq, {1, outputSize}, {1, nFft}, {1, 1}, {0, 0}, {1, hop})
                                    .squeeze()
                                    .narrow(-1, pad, outputSize - 2 * pad);
    if (!(envelope > 1e-11).all().item<bool>())
        fail(ErrorKind::Internal, "the ISTFT window envelope vanishes somewhere (window/hop mismatch)");
    return y / envelope;
}

}  // namespace mars5
