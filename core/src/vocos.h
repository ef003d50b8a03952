// Vocos, the Encodec variant (charactr/vocos-encodec-24khz), as MARS5 uses it to turn its
// 8-codebook codes into 24 kHz audio (spec codec.md §3): codebook-embedding features, a
// ConvNeXt backbone with adaptive LayerNorm conditioned on the bandwidth id (MARS5: 1), and
// an ISTFT head with "same" padding. Weights live in plain structs; functional ATen code.
//
// Internal API: throws mars5::Failure (bad arguments) or c10::Error (libtorch).
#pragma once

#include "encodec.h"  // LayerTap

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <string>
#include <vector>

namespace mars5 {

struct VocosConfig {
    int sampleRate = 24000;
    std::vector<double> bandwidths{1.5, 3.0, 6.0, 12.0};  // feature extractor; one AdaLN row each
    int bins = 1024;                                      // entries per Encodec codebook
    int tableCodebooks = 16;                              // codebooks in the feature table
    int inputChannels = 128;
    int dim = 384;
    int intermediateDim = 1152;
    int numLayers = 8;
    int adanormEmbeddings = 4;
    int nFft = 1280;
    int hopLength = 320;
    int kernel = 7;                                       // embed and depthwise convs, zero padding k/2
    double layerNormEps = 1e-6;
    double magnitudeClip = 100.0;

    // Codebooks the feature extractor uses at `kbps` (Encodec's rule: kbps over 75 frames/s times
    // log2(bins) bits, at least 1); the published bandwidths give 2, 4, 8, 16.
    int codebooksAt(double kbps) const;
};

struct ConvNeXtBlockWeights {
    at::Tensor dwWeight, dwBias;          // (dim, 1, k), (dim)
    at::Tensor normScale, normShift;      // (adanorm, dim)
    at::Tensor pw1Weight, pw1Bias;        // (intermediate, dim), (intermediate)
    at::Tensor pw2Weight, pw2Bias;        // (dim, intermediate), (dim)
    at::Tensor gamma;                     // (dim)
};

struct VocosWeights {
    VocosConfig config;
    at::Tensor codebookTable;             // (tableCodebooks * bins, inputChannels)
    at::Tensor embedWeight, embedBias;    // (dim, inputChannels, k), (dim)
    at::Tensor normScale, normShift;      // (adanorm, dim)
    std::vector<ConvNeXtBlockWeights> blocks;
    at::Tensor finalNormWeight, finalNormBias;
    at::Tensor headWeight, headBias;      // (nFft + 2, dim), (nFft + 2)
    at::Tensor window;                    // (nFft), float32

    VocosWeights to(c10::Device device, c10::ScalarType dtype) const;
    c10::Device device() const { return embedWeight.device(); }
    c10::ScalarType dtype() const { return embedWeight.scalar_type(); }
};

// (K, T) or (K, B, T) int64 codes, codebook-major -> (B, inputChannels, T) features:
// sum over q of table[bins * q + codes[q]]. Fails for K > tableCodebooks or a code outside [0, bins).
at::Tensor vocosFeatures(const VocosWeights& w, const at::Tensor& codes);
// (B, inputChannels, T) -> (B, T, dim); taps "backbone.embed.out", "backbone.norm.out",
// "backbone.convnext.<i>.out", "backbone_out".
at::Tensor vocosBackbone(const VocosWeights& w, const at::Tensor& features, int bandwidthId, const LayerTap& tap = {});
// (B, T, dim) -> (B, hop * T) waveform; taps "head_mag", "head_phase" as (B, nFft/2 + 1, T).
at::Tensor vocosHead(const VocosWeights& w, const at::Tensor& hidden, const LayerTap& tap = {});
// The "same" inverse STFT of a complex (B, nFft/2 + 1, T) spectrogram: exactly hop * T samples.
at::Tensor istftSame(const at::Tensor& spec, const at::Tensor& window, int hop);

}  // namespace mars5
