#include "encodec.h"

#include "failure.h"

#include <ATen/ATen.h>

#include <cmath>
#include <sstream>

namespace mars5 {

namespace {

void emit(const LayerTap& tap, const std::string& name, const at::Tensor& value) {
    if (tap) tap(name, value);
}

// Extra right padding so that the last window is complete (encodec get_extra_padding_for_conv1d).
std::int64_t extraPadding(std::int64_t length, std::int64_t kernel, std::int64_t stride, std::int64_t paddingTotal) {
    const double frames = static_cast<double>(length - kernel + paddingTotal) / static_cast<double>(stride) + 1.0;
    const auto ideal = (static_cast<std::int64_t>(std::ceil(frames)) - 1) * stride + (kernel - paddingTotal);
    return ideal - length;
}

// SConv1d, causal: all fixed padding on the left, the completion padding on the right, both reflect.
at::Tensor causalConv(const ConvWeights& c, const at::Tensor& x) {
    const std::int64_t kernel = c.weight.size(2);  // dilation is 1 everywhere in this model
    const std::int64_t paddingTotal = kernel - c.stride;
    const std::int64_t extra = extraPadding(x.size(-1), kernel, c.stride, paddingTotal);
    const at::Tensor padded = (paddingTotal == 0 && extra == 0) ? x : reflectPad1d(x, paddingTotal, extra);
    return at::conv1d(padded, c.weight, c.bias, {c.stride});
}

// SConvTranspose1d, causal with trim_right_ratio 1: all k - s extra samples are cut on the right.
at::Tensor causalConvTranspose(const ConvWeights& c, const at::Tensor& x) {
    const std::int64_t kernel = c.weight.size(2);
    const std::int64_t paddingTotal = kernel - c.stride;
    at::Tensor y;
    if (x.is_cpu() && x.scalar_type() != at::kFloat) {
        // libtorch 1.13's CPU transposed conv mis-handles bfloat16 (it checks the channels as for a
        // plain conv): run this layer in float32 there.
        y = at::conv_transpose1d(x.to(at::kFloat), c.weight.to(at::kFloat), c.bias.to(at::kFloat), {c.stride})
                .to(x.scalar_type());
    } else {
        y = at::conv_transpose1d(x, c.weight, c.bias, {c.stride});
    }
    return y.narrow(-1, 0, y.size(-1) - paddingTotal);
}

at::Tensor residualBlock(const ResidualBlockWeights& b, const at::Tensor& x) {
    at::Tensor h = causalConv(b.conv1, at::elu(x));
    h = causalConv(b.conv2, at::elu(h));
    return causalConv(b.shortcut, x) + h;
}

// SLSTM: time-major stacked LSTM with zero initial state, one skip around the whole stack.
at::Tensor lstmBlock(const LstmWeights& l, const at::Tensor& x) {
    const at::Tensor seq = x.permute({2, 0, 1});  // (T, B, C)
    const std::int64_t hidden = l.params[1].size(1);
    const at::Tensor zeros = at::zeros({l.layers, seq.size(1), hidden}, seq.options());
    const auto out = at::lstm(seq, {zeros, zeros}, l.params, /*has_biases=*/true, l.layers, /*dropout=*/0.0,
                              /*train=*/false, /*bidirectional=*/false, /*batch_first=*/false);
    return (std::get<0>(out) + seq).permute({1, 2, 0});
}

ConvWeights convTo(const ConvWeights& c, c10::Device device, c10::ScalarType dtype) {
    return {c.weight.to(device, dtype), c.bias.to(device, dtype), c.stride};
}

ResidualBlockWeights blockTo(const ResidualBlockWeights& b, c10::Device device, c10::ScalarType dtype) {
    return {convTo(b.conv1, device, dtype), convTo(b.conv2, device, dtype), convTo(b.shortcut, device, dtype)};
}

// cuDNN's LSTM wants all of its weights in one buffer of its own layout. Given separate tensors
// it packs them into a fresh buffer on every call and warns each time ("RNN module weights are
// not part of single contiguous chunk of memory"), which is what PyTorch's flatten_parameters()
// avoids. Do the same once, when the weights reach the GPU: afterwards each parameter is a view
// into the packed buffer, with the same values, and cuDNN uses the buffer as it is.
void packForCudnn(LstmWeights& l) {
    if (l.params.empty() || !l.params[0].is_cuda() || !at::globalContext().userEnabledCuDNN() ||
        !at::globalContext().hasCuDNN())
        return;
    const auto dtype = l.params[0].scalar_type();
    if (dtype != at::kFloat && dtype != at::kHalf) return;  // the types every cuDNN version packs
    try {
        constexpr std::int64_t tensorsPerLayer = 4;  // weight_ih, weight_hh, bias_ih, bias_hh
        constexpr std::int64_t cudnnLstmMode = 2;    // CUDNN_LSTM in cudnnRNNMode_t
        (void)at::_cudnn_rnn_flatten_weight(l.params, tensorsPerLayer, /*input_size=*/l.params[0].size(1),
                                            cudnnLstmMode, /*hidden_size=*/l.params[1].size(1), /*proj_size=*/0,
                                            l.layers, /*batch_first=*/false, /*bidirectional=*/false);
    } catch (const c10::Error&) {
        // Not packed: cuDNN packs per call as before (slower, with its warning), same results.
    }
}

LstmWeights lstmTo(const LstmWeights& l, c10::Device device, c10::ScalarType dtype) {
    LstmWeights out;
    out.layers = l.layers;
    for (const auto& p : l.params) out.params.push_back(p.to(device, dtype));
    packForCudnn(out);
    return out;
}

std::string layerName(const char* part, std::size_t index) {
    return std::string(part) + ".model." + std::to_string(index) + ".out";
}

}  // namespace

int EncodecConfig::hopLength() const {
    int hop = 1;
    for (int r : ratios) hop *= r;
    return hop;
}

int EncodecConfig::frameRate() const {
    const int hop = hopLength();
    return (sampleRate + hop - 1) / hop;
}

int EncodecConfig::codebooksForBandwidth(double kbps) const {
    bool known = false;
    for (double b : targetBandwidths) known = known || std::abs(b - kbps) < 1e-9;
    if (!known) {
        std::ostringstream os;
        os << "bandwidth " << kbps << " kbps is not one this Encodec model supports (";
        for (std::size_t i = 0; i < targetBandwidths.size(); ++i) os << (i ? ", " : "") << targetBandwidths[i];
        os << ")";
        fail(ErrorKind::InvalidArgument, os.str());
    }
    const double bitsPerFrame = static_cast<double>(frameRate()) * std::log2(static_cast<double>(bins));
    const int nq = std::max(1, static_cast<int>(std::floor(kbps * 1000.0 / bitsPerFrame)));
    return std::min(nq, numCodebooks);
}

EncodecWeights EncodecWeights::to(c10::Device device, c10::ScalarType dtype) const {
    EncodecWeights w;
    w.config = config;
    w.encoderIn = convTo(encoderIn, device, dtype);
    for (const auto& b : encoderBlocks) w.encoderBlocks.push_back(blockTo(b, device, dtype));
    for (const auto& c : encoderDown) w.encoderDown.push_back(convTo(c, device, dtype));
    w.encoderLstm = lstmTo(encoderLstm, device, dtype);
    w.encoderOut = convTo(encoderOut, device, dtype);
    w.decoderIn = convTo(decoderIn, device, dtype);
    w.decoderLstm = lstmTo(decoderLstm, device, dtype);
    for (const auto& c : decoderUp) w.decoderUp.push_back(convTo(c, device, dtype));
    for (const auto& b : decoderBlocks) w.decoderBlocks.push_back(blockTo(b, device, dtype));
    w.decoderOut = convTo(decoderOut, device, dtype);
    w.codebooks = codebooks.to(device, at::kFloat);
    return w;
}

at::Tensor reflectPad1d(const at::Tensor& x, std::int64_t left, std::int64_t right) {
    const std::int64_t length = x.size(-1);
    const std::int64_t maxPad = std::max(left, right);
    std::int64_t extraZeros = 0;
    at::Tensor input = x;
    if (length <= maxPad) {  // reflect needs a longer signal: extend with zeros, then cut them off again
        extraZeros = maxPad - length + 1;
        input = at::constant_pad_nd(x, {0, extraZeros}, 0);
    }
    // PyTorch's reflect mode (edge sample not repeated), built from copies so that every dtype
    // works (reflection_pad1d has no half-precision CPU kernel); the values are identical.
    const std::int64_t n = input.size(-1);
    std::vector<at::Tensor> parts;
    if (left > 0) parts.push_back(input.narrow(-1, 1, left).flip({-1}));
    parts.push_back(input);
    if (right > 0) parts.push_back(input.narrow(-1, n - 1 - right, right).flip({-1}));
    const at::Tensor padded = parts.size() == 1 ? input : at::cat(parts, -1);
    return padded.narrow(-1, 0, padded.size(-1) - extraZeros);
}

at::Tensor encodecEncode(const EncodecWeights& w, const at::Tensor& wav, const LayerTap& tap) {
    const std::size_t stages = w.encoderDown.size();
    at::Tensor x = causalConv(w.encoderIn, wav.to(w.device(), w.dtype()));
    emit(tap, layerName("encoder", 0), x);
    for (std::size_t s = 0; s < stages; ++s) {
        x = residualBlock(w.encoderBlocks[s], x);
        emit(tap, layerName("encoder", 1 + 3 * s), x);
        x = at::elu(x);
        emit(tap, layerName("encoder", 2 + 3 * s), x);
        x = causalConv(w.encoderDown[s], x);
        emit(tap, layerName("encoder", 3 + 3 * s), x);
    }
    x = lstmBlock(w.encoderLstm, x);
    emit(tap, layerName("encoder", 1 + 3 * stages), x);
    x = at::elu(x);
    emit(tap, layerName("encoder", 2 + 3 * stages), x);
    x = causalConv(w.encoderOut, x);
    emit(tap, layerName("encoder", 3 + 3 * stages), x);
    emit(tap, "encoder_latent", x);
    return x;
}

at::Tensor rvqEncode(const EncodecWeights& w, const at::Tensor& latent, int nq, const LayerTap& tap) {
    if (nq < 1 || nq > w.config.numCodebooks)
        fail(ErrorKind::InvalidArgument, "the quantiser has " + std::to_string(w.config.numCodebooks) +
                                             " codebooks; " + std::to_string(nq) + " were asked for");
    // Float32 regardless of the model dtype: the arg-min decides discrete codes.
    at::Tensor residual = latent.to(w.codebooks.device(), at::kFloat);
    const std::int64_t batch = residual.size(0), dim = residual.size(1), frames = residual.size(2);
    std::vector<at::Tensor> codes, residuals;
    for (int q = 0; q < nq; ++q) {
        residuals.push_back(residual);
        const at::Tensor embed = w.codebooks[q];             // (bins, D)
        const at::Tensor flat = residual.transpose(1, 2).reshape({-1, dim});
        const at::Tensor embedT = embed.t();
        // Same expression as the reference (EuclideanCodebook.quantize) so near-ties resolve alike.
        const at::Tensor dist = -(flat.pow(2).sum(1, true) - 2 * flat.matmul(embedT) + embedT.pow(2).sum(0, true));
        const at::Tensor index = std::get<1>(dist.max(-1)).view({batch, frames});
        codes.push_back(index);
        residual = residual - at::embedding(embed, index).transpose(1, 2);
    }
    if (tap) tap("rvq_residuals", at::stack(residuals, 0));
    return at::stack(codes, 1);
}

at::Tensor rvqDecode(const EncodecWeights& w, const at::Tensor& codes) {
    const at::Tensor c = codes.to(w.codebooks.device(), at::kLong);
    at::Tensor out;
    for (std::int64_t q = 0; q < c.size(1); ++q) {
        const at::Tensor rows = at::embedding(w.codebooks[q], c.select(1, q)).transpose(1, 2);
        out = q == 0 ? rows : out + rows;
    }
    return out;
}

at::Tensor encodecDecode(const EncodecWeights& w, const at::Tensor& latent, const LayerTap& tap) {
    const std::size_t stages = w.decoderUp.size();
    at::Tensor x = causalConv(w.decoderIn, latent.to(w.device(), w.dtype()));
    emit(tap, layerName("decoder", 0), x);
    x = lstmBlock(w.decoderLstm, x);
    emit(tap, layerName("decoder", 1), x);
    for (std::size_t s = 0; s < stages; ++s) {
        x = at::elu(x);
        emit(tap, layerName("decoder", 2 + 3 * s), x);
        x = causalConvTranspose(w.decoderUp[s], x);
        emit(tap, layerName("decoder", 3 + 3 * s), x);
        x = residualBlock(w.decoderBlocks[s], x);
        emit(tap, layerName("decoder", 4 + 3 * s), x);
    }
    x = at::elu(x);
    emit(tap, layerName("decoder", 2 + 3 * stages), x);
    x = causalConv(w.decoderOut, x);
    emit(tap, layerName("decoder", 3 + 3 * stages), x);
    return x;
}

}  // namespace mars5
