// Hyper-parameters of the two MARS5 networks (spec mars5-model.md §1.5, §1.6).
//
// The published checkpoints carry no configuration: the reference hard-codes it. The loader
// (mars5_checkpoint.h) derives every size that a tensor shape reveals (widths, layer counts,
// FFN sizes, vocabularies) and takes the few that no shape reveals (AR head_dim and sliding
// window, NAR head count) from the reference constants, or from an optional JSON override
// such as the fixtures' tiny_config.json sidecar.
//
// Torch-free and header-only; the same structs describe the tiny fixtures and the real models.
#pragma once

#include <cstdint>

namespace mars5 {

// The reference constants that no tensor shape reveals.
inline constexpr std::int64_t kArDefaultHeadDim = 64;          // ModelArgs.head_dim
inline constexpr std::int64_t kArDefaultSlidingWindow = 3000;  // CodecLM(sliding_window=3000)
inline constexpr std::int64_t kNarDefaultHeadDim = 64;         // nhead 16 for d = 1024
inline constexpr std::int64_t kCodebooks = 8;                  // Q: Encodec codebooks used
inline constexpr std::int64_t kCodeClasses = 1025;             // K: 1024 codes + pad index 1024

// AR "CodecLM": speaker-conditioning encoder + Mistral decoder.
struct ArHyperParams {
    std::int64_t dim = 1536;          // D (embed.weight.shape[1])
    std::int64_t nLayers = 26;        // L (ar.layers.* indices)
    std::int64_t nHeads = 24;         // H (wq rows / headDim)
    std::int64_t nKvHeads = 24;       // Hkv (wk rows / headDim)
    std::int64_t headDim = kArDefaultHeadDim;
    std::int64_t hiddenDim = 3584;    // F (feed_forward.w1 rows)
    std::int64_t slidingWindow = kArDefaultSlidingWindow;
    double normEps = 1e-5;            // RMSNorm
    double ropeTheta = 10000.0;

    std::int64_t spkLayers = 2;       // S (spk_encoder.layers.* indices)
    std::int64_t spkHeads = 24;       // the same nhead argument as the decoder; head dim D / spkHeads
    std::int64_t spkFfDim = 4608;     // Fs (activation.W rows)
    double spkLayerNormEps = 4e-5;    // every speaker-encoder LayerNorm, the final one included

    std::int64_t codebooks = kCodebooks;
    std::int64_t codeClasses = kCodeClasses;

    std::int64_t nText = 0;           // len(texttok.vocab)
    std::int64_t nSpeech = 0;         // len(speechtok.vocab)

    std::int64_t vocabSize() const { return nText + nSpeech; }  // V: embed/output rows
    std::int64_t spkHeadDim() const { return dim / spkHeads; }
    std::int64_t refEmbDim() const { return dim / codebooks; }   // per-codebook reference embedding
};

// NAR "ResidualTransformer": encoder-decoder with a speaker encoder and 8 output heads.
struct NarHyperParams {
    std::int64_t dim = 1024;          // d (text_embed.weight.shape[1])
    std::int64_t nHeads = 16;         // every attention (not revealed by any shape)
    std::int64_t ffDim = 3072;        // Fn (activation.W rows)
    std::int64_t tEmbDim = 1024;      // timestep_encoder_emb.0.weight.shape[1]
    std::int64_t encLayers = 8;
    std::int64_t decLayers = 16;
    std::int64_t spkLayers = 3;
    double layerNormEps = 4e-5;       // transformer, speaker encoder and their final norms
    double headLayerNormEps = 1e-5;   // the 8 output-head LayerNorms

    std::int64_t codebooks = kCodebooks;
    std::int64_t codeClasses = kCodeClasses;

    std::int64_t nText = 0;           // len(texttok.vocab)

    std::int64_t textVocab() const { return nText + 1; }  // Vt: text_embed rows
    std::int64_t headDim() const { return dim / nHeads; }
    std::int64_t codeEmbDim() const { return dim / codebooks; }
};

}  // namespace mars5
