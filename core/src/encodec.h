// Encodec 24 kHz (causal SEANet encoder/decoder + residual vector quantiser), as MARS5
// uses it to turn the reference clip into codes (spec codec.md §1). Weights live in plain
// structs (weight norm already folded, see codec_loading.h); the forward passes are
// functional ATen code, so the same weights run on any device and in any float dtype.
//
// Internal API: throws mars5::Failure (bad arguments) or c10::Error (libtorch).
#pragma once

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <functional>
#include <string>
#include <vector>

namespace mars5 {

// Hyper-parameters of the 24 kHz model; the defaults are the published ones. Loading infers the
// sizes (filters, dimension, ratios, kernels, codebooks) from the tensors of the file.
struct EncodecConfig {
    int sampleRate = 24000;
    int channels = 1;
    int nFilters = 32;
    int dimension = 128;                 // latent and codebook dimension
    std::vector<int> ratios{8, 5, 4, 2};  // decoder order; the encoder uses them reversed
    int kernelSize = 7;
    int lastKernelSize = 7;
    int residualKernelSize = 3;
    int compress = 2;
    int lstmLayers = 2;
    int numCodebooks = 32;               // codebooks in the file
    int bins = 1024;                     // entries per codebook
    std::vector<double> targetBandwidths{1.5, 3.0, 6.0, 12.0, 24.0};

    int hopLength() const;
    int frameRate() const;               // ceil(sampleRate / hop) = 75
    int lstmHidden() const { return nFilters << ratios.size(); }
    // n_q for a bandwidth in kbps: max(1, floor(kbps * 1000 / (frameRate * log2(bins)))),
    // capped at numCodebooks; fails for a bandwidth not in targetBandwidths.
    int codebooksForBandwidth(double kbps) const;
};

// A conv or transposed conv with weight norm folded: Conv1d weight (out, in, k),
// ConvTranspose1d weight (in, out, k).
struct ConvWeights {
    at::Tensor weight;
    at::Tensor bias;
    int stride = 1;
};

struct ResidualBlockWeights {
    ConvWeights conv1;     // block.1: dim -> dim/compress, kernel residualKernelSize
    ConvWeights conv2;     // block.3: dim/compress -> dim, kernel 1
    ConvWeights shortcut;  // 1x1 conv (true_skip = false)
};

struct LstmWeights {
    std::vector<at::Tensor> params;  // per layer: weight_ih, weight_hh, bias_ih, bias_hh
    int layers = 0;
};

struct EncodecWeights {
    EncodecConfig config;
    // encoder.model: 0 = input conv; per stage s: residual block, ELU, downsample conv; LSTM, ELU, output conv
    ConvWeights encoderIn;
    std::vector<ResidualBlockWeights> encoderBlocks;
    std::vector<ConvWeights> encoderDown;
    LstmWeights encoderLstm;
    ConvWeights encoderOut;
    // decoder.model: 0 = input conv, 1 = LSTM; per stage s: ELU, transposed conv, residual block; ELU, output conv
    ConvWeights decoderIn;
    LstmWeights decoderLstm;
    std::vector<ConvWeights> decoderUp;
    std::vector<ResidualBlockWeights> decoderBlocks;
    ConvWeights decoderOut;
    at::Tensor codebooks;  // (numCodebooks, bins, dimension), always float32 (RVQ runs in float32)

    // A copy on `device` with the conv/LSTM weights in `dtype` (codebooks stay float32).
    EncodecWeights to(c10::Device device, c10::ScalarType dtype) const;
    c10::Device device() const { return encoderIn.weight.device(); }
    c10::ScalarType dtype() const { return encoderIn.weight.scalar_type(); }
};

// Receives named intermediate outputs ("encoder.model.3.out", "encoder_latent", ...) as
// the reference's forward hooks would record them; used by the self-test.
using LayerTap = std::function<void(const std::string& name, const at::Tensor& value)>;

// Encodec's pad1d: reflect padding with the zero extension for inputs not longer than the pad.
at::Tensor reflectPad1d(const at::Tensor& x, std::int64_t left, std::int64_t right);

// (B, 1, L) waveform -> (B, D, ceil(L / hop)) latent.
at::Tensor encodecEncode(const EncodecWeights& w, const at::Tensor& wav, const LayerTap& tap = {});
// (B, D, T) latent -> (B, nq, T) int64 codes; taps "rvq_residuals" as (nq, B, D, T).
at::Tensor rvqEncode(const EncodecWeights& w, const at::Tensor& latent, int nq, const LayerTap& tap = {});
// (B, K, T) int64 codes -> (B, D, T) float32 latent: sum of the selected codebook rows.
at::Tensor rvqDecode(const EncodecWeights& w, const at::Tensor& codes);
// (B, D, T) latent -> (B, 1, hop * T) waveform.
at::Tensor encodecDecode(const EncodecWeights& w, const at::Tensor& latent, const LayerTap& tap = {});

}  // namespace mars5
