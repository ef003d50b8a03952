// The AR generation loop (spec mars5-model.md §3.6, §4.2, §4.4, §4.5): prompt construction for
// shallow and deep clones, the decode loop (KV-cache prefill then one token per step, or full
// passes when use_kv_cache is off, as the reference does), the sampler chain of sampler.h, the
// early-EOS estimate, the total-sequence length budget, progress per token, a cancel check
// between tokens, and the reference's parsing of the ids into codebook-0 codes.
//
// Reads top to bottom like gpt-fast's decode loop; the model (ar_model.h), the per-run
// context (KvCache) and the sampler stay separate.
//
// No read-back per token: a step's logits, filters, draw and the id fed to the next step stay on
// the model's device, and the loop reads the drawn ids back once per chunk of `syncEvery` steps
// (default 1 on the CPU, where reading costs nothing and a step after the end of speech costs a
// whole forward pass; 8 on a GPU). An end of speech inside a chunk cuts it there: the steps
// queued after it are discarded and their random draws given back (sampler.h), so the tokens,
// the step count and the random stream the NAR continues are those of the per-token loop.
// Progress and cancellation follow the chunks.
//
// Internal API (libtorch); throws mars5::Failure with a message a user can act on.
#pragma once

#include "ar_decode_graph.h"
#include "ar_model.h"
#include "sampler.h"
#include "tokenizer.h"

#include "mars5/inference_config.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mars5 {

// The AR prompt of spec §3.6.
struct ArPrompt {
    std::vector<std::int64_t> ids;      // text ids (+ offset reference speech ids in deep clone)
    std::int64_t textTokens = 0;        // Ttext
    std::int64_t refSpeechTokens = 0;   // reference speech ids appended (deep clone), else 0
    std::int64_t firstCodecIdx = 0;     // Ttext + 1 in both modes (spec §4.5, §8.1)
    bool deepClone = false;
    std::vector<int> textIds;           // the text part alone (the NAR's c_text)
};

// Shallow: encode("<|startoftext|>" + strip(text) + "<|endoftext|>").
// Deep (transcript required): encode("<|startoftext|>" + transcript + " " + strip(text) +
// "<|endoftext|>") ++ (speech BPE of the reference L0 codes + n_text).
// InvalidArgument for empty text, and for deep clone without a transcript.
ArPrompt buildArPrompt(const Mars5Tokenizers& tok, std::string_view text, std::optional<std::string_view> transcript,
                       std::span<const int> refL0Codes, bool deepClone);

enum class ArStopReason { Eos, MaxLength, Cancelled, ForcedLength };
const char* describe(ArStopReason reason);

struct ArProgress {
    std::int64_t generated = 0;      // tokens generated so far
    std::int64_t expected = 0;       // the early-EOS estimate n_est
    std::int64_t budget = 0;         // tokens the length budget still allows at the start
    std::int64_t lastToken = -1;     // AR id just drawn (EOS on the final call when stopped by EOS)
};

// Per-step diagnostics (what goldens_tts.safetensors records).
struct ArStepRecord {
    std::int64_t chosen = -1;
    std::vector<std::int64_t> rawTop8Ids, penalizedTop8Ids;
    std::vector<float> rawTop8Logits, penalizedTop8Logits;
    std::vector<std::int64_t> supportIds;  // ids with non-zero probability (at most 64 kept)
    std::vector<float> supportProbs;
};

// What the studio shows per step, computed on the device and read back with the chunk.
struct ArStepSummary {
    std::int64_t chosen = -1;
    std::int64_t candidates = 0;  // ids with non-zero probability
    float probability = 0;        // of the chosen id
};

// How the single-token decode steps run (ar_decode_graph.h).
enum class DecodeStepKind {
    Auto,         // CudaGraph on a CUDA device in a build with CUDA, Dynamic elsewhere
    Dynamic,      // ArModel::decodeStep: attention over the written slots only
    StaticEager,  // the graphs' fixed-shape step, run eagerly (tests compare it with Dynamic)
    CudaGraph,    // the fixed-shape step captured once per span bucket and replayed
};

struct ArGenerateOptions {
    InferenceConfig config;
    std::int64_t estimatedLength = 0;  // n_est = round(factor * code points of the raw text)
    // Where draws come from; null: a TorchGeneratorDrawer seeded with `seed`.
    TokenDrawer* drawer = nullptr;
    std::uint64_t seed = 0;
    std::function<void(const ArProgress&)> progress;  // after every token
    std::function<bool()> cancelled;                  // checked between tokens
    bool recordSteps = false;         // full ArStepRecords (reads back every step)
    bool recordSummaries = false;     // ArStepSummary per step (read back per chunk)
    // Steps queued between read-backs of the drawn ids; 0: 1 on the CPU, 8 elsewhere. Drawers
    // that cannot draw on the device, recordSteps and use_kv_cache = false use 1.
    std::int64_t syncEvery = 0;
    // Benchmarks only (not a reference setting): > 0 masks the EOS logit and generates exactly
    // this many tokens (stop = ForcedLength), whatever the length budget, so runs are comparable.
    std::int64_t forceTokens = 0;
    DecodeStepKind decodeStep = DecodeStepKind::Auto;
    // Static and graph steps with a drawer that hands its noise over: the sampler chain and the
    // draw run inside the fixed-shape step too (ArStaticDecoder::stepAndDraw). false: only the
    // model's step is static, the sampler runs as on the ordinary path.
    bool wholeSteps = true;
    // Static and graph steps: the cache and decoder to use and keep (their graphs are replayed by
    // later runs); null: this run's own, dropped at its end.
    ArDecodeContext* context = nullptr;
};

struct ArGenerateResult {
    std::vector<std::int64_t> sequence;   // prompt ++ generated (no speaker slot, no EOS)
    std::vector<std::int64_t> generated;  // generated ids only
    ArStopReason stop = ArStopReason::Eos;
    std::int64_t steps = 0;               // decoding steps run (the EOS step included)
    std::vector<ArStepRecord> records;    // when recordSteps
    std::vector<ArStepSummary> summaries; // when recordSummaries
    std::int64_t readBacks = 0;           // chunks read back (the host synchronisations of the loop)
    DecodeStepKind decodeStep = DecodeStepKind::Dynamic;  // how the decode steps ran (Auto resolved)
    std::int64_t graphsCaptured = 0;      // CUDA graphs captured by this run (one per new attention span bucket)
    std::string decodeWarning;            // why a graph capture failed (the run went on without graphs)
    std::vector<int> speechIdsAfterSlice; // (sequence - n_text).clamp(0)[firstCodecIdx:]
    std::vector<int> l0Codes;             // their codebook-0 codes (special ids dropped)
    double firstTokenSeconds = 0;         // prompt pass (prefill) + the first draw (wall clock)
    double decodeSeconds = 0;             // every later step (single-token decode + draw)
};

// Runs the loop for one prompt. `speaker` = model.speakerVector(reference codes).
ArGenerateResult generateAr(const ArModel& model, const Mars5Tokenizers& tok, const at::Tensor& speaker,
                            const ArPrompt& prompt, const ArGenerateOptions& options);

// The reference's parsing of an AR sequence (spec §4.5).
std::vector<int> speechIdsAfterSlice(const ArIdSpace& ids, std::span<const std::int64_t> sequence, std::int64_t firstCodecIdx);

// A seed for runs that asked for none (config.seed < 0): 53 bits, so InferenceConfig::seed accepts it back.
std::uint64_t freshSeed();

}  // namespace mars5
