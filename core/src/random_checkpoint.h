// Random MARS5 checkpoints from a manifest, for benchmarks (issue 9): the real tensor names,
// shapes and dtypes of a full-size manifest (tests/fixtures/mars5/manifest_full_{ar,nar}.json),
// random values of a sensible scale, and tokenizers in the safetensors metadata
// (`texttok.model`, `speechtok.model`) as valid minbpe v1 texts whose vocabulary sizes give the
// embedding rows. The result loads through loadMars5Checkpoint / Mars5Engine::load like a
// published file, so the real-size model can be timed without the real weights.
//
// Values (timing does not depend on them, but activations must stay finite in float16):
//   2-D+ weights       N(0, 1/fan_in), fan_in = product of the dimensions after the first
//   embedding tables   N(0, 1)   (embed.weight, text_embed.weight, *.embs.K.weight)
//   1-D weights        1         (LayerNorm / RMSNorm scales)
//   biases             0
//
// Vocabulary-dependent dimensions (the manifest's __metadata__.vocab_dependent_dims, symbols
// V = n_text + n_speech and Vt = n_text + 1) are sized from the chosen vocabularies; the
// manifests' own placeholder sizes (2048 + 6144) are the defaults, inside the spec's estimate
// of the real sizes (§1.5: V ~ 8,000-8,900, Vt ~ 2,000-2,400).
//
// `maxLayers` (>= 0) keeps only layers 0..maxLayers-1 of every `*.layers.K.*` stack (the AR
// decoder, the speaker encoders, the NAR encoder and decoder): a mid-size model of real widths.
//
// Internal API (libtorch); throws mars5::Failure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mars5 {

struct RandomCheckpointOptions {
    std::uint64_t seed = 0;           // the weights
    // The tokenizers: apart from `seed` so that an AR and a NAR written with different weight
    // seeds still carry the same tokenizers and load as a pair, as a release's two files do
    // (the engine refuses an AR and a NAR whose tokenizers differ).
    std::uint64_t tokenizerSeed = 0;
    int textVocab = 2048;     // n_text = len(texttok.vocab): 256 bytes + merges + 2 specials
    int speechVocab = 6144;   // n_speech = len(speechtok.vocab): 1024 codes + merges + 1 special
    int maxLayers = -1;       // < 0: every layer of the manifest
};

struct RandomCheckpointSummary {
    std::string description;  // the manifest's __metadata__.description
    std::int64_t tensors = 0;
    std::int64_t parameters = 0;
    std::int64_t dataBytes = 0;
    int textVocab = 0, speechVocab = 0;
};

// Reads the manifest (JSON: name -> {dtype, shape}, plus __metadata__) and writes the checkpoint.
RandomCheckpointSummary writeRandomMars5Checkpoint(const std::string& manifestPath, const std::string& outPath,
                                                   const RandomCheckpointOptions& options);

// minbpe v1 texts with exactly `vocab` distinct ids. Text: 256 bytes, vocab - 258 merges of
// lowercase letters / space / earlier merges (so English text compresses somewhat), then
// <|startoftext|> and <|endoftext|>. Speech: 1024 codes, vocab - 1025 random merges, then
// <|endofspeech|>.
std::string randomTextTokenizerModel(int vocab, std::uint64_t seed);
std::string randomSpeechTokenizerModel(int vocab, std::uint64_t seed);

}  // namespace mars5
