// The MARS5 text-to-speech engine (spec mars5-model.md §0, §7), torch-free, for the CLI and
// the studio's synthesis worker thread.
//
//   Mars5Engine::load(paths, options)    once: AR + NAR checkpoints (names, shapes, tokenizers and
//                                        the AR/NAR vocabularies checked), Encodec + Vocos
//   prepareVoice(reference, transcript)  once per voice: Encodec codes [T_ref, 8] and the AR/NAR
//                                        speaker vectors, cached by the audio's content hash
//   generateCoarse(text, voice, cfg)     AR: prompt ids, generated ids, codebook-0 (L0) codes
//   refine(coarse, voice, cfg)           NAR: 8-codebook codes by multinomial diffusion
//   vocode(codes) / trim(audio, top_db)  Vocos (also L0 only or the first k codebooks), silence trim
//   tts(...)                             the stages above in order, with per-stage timings
//
// The three layers stay apart (llama.cpp style): the engine holds the read-only models; a
// VoicePrompt and the results hold per-voice / per-utterance state; the sampler and the
// diffusion are configured per run by InferenceConfig.
//
// Threads: a loaded engine may be used from any thread; runs on one engine are serialised
// (one at a time: the models share the libtorch thread pool). Progress callbacks run on the
// calling thread. RunControl may be signalled from any thread.
//
// Choices (see docs/engine.md):
//   * Deep clone without a transcript is an ERROR (ErrorKind::InvalidArgument), as in the
//     reference; the CLI chooses shallow clone itself when no --ref-text is given and neither
//     --deep nor --shallow was asked for.
//   * A reference shorter than 1 s or longer than max_prompt_dur (12 s) draws a warning; a
//     longer one is cut to its LAST max_prompt_dur seconds (the reference only warns).
//   * Stop ends the coarse (AR) stage early and keeps what it generated, which is still refined
//     and vocoded; it has no effect once the AR stage is over. Cancel ends the run at the next
//     token or diffusion step with ErrorKind::Cancelled and returns nothing.
//   * A seed (config.seed >= 0) makes a run repeatable: one CPU generator is seeded with it and
//     consumed by the AR draws and then by the NAR, exactly like the reference's
//     torch.manual_seed stream, so a CPU float32 run reproduces the reference's codes.
//   * The NAR may sample its pad class 1024 (as the reference does); NarResult keeps it, and
//     vocode() replaces each such code by the same codebook's code of the previous frame (the
//     next one on frame 0), with a warning: the reference would read a row of the next
//     codebook's table, which our codec refuses.
#pragma once

#include "mars5/audio.h"
#include "mars5/codec.h"
#include "mars5/error.h"
#include "mars5/inference_config.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mars5 {

// --- loading --------------------------------------------------------------------------------------

struct ModelPaths {
    std::string ar;           // MARS5 AR checkpoint (.safetensors or .pt)
    std::string nar;          // MARS5 NAR checkpoint
    std::string encodec;      // Encodec 24 kHz weights (needed by prepareVoice from audio)
    std::string vocos;        // Vocos (encodec variant) weights (needed by vocode / tts)
    std::string vocosConfig;  // Vocos config.yaml (empty: stored in the file or config.yaml beside it)

    // Finds the files in one folder (and its encodec/ and vocos/ subfolders): the AR and NAR
    // under their Hugging Face (mars5_ar.safetensors) or GitHub release names
    // (mars5_en_checkpoints_ar-3000000.pt, ...) or any *_ar / *_nar .safetensors/.pt; Encodec as
    // encodec_24khz-d7cc33bc.th, encodec*.th/.safetensors or encodec/model.safetensors; Vocos as
    // vocos*.bin/.safetensors, vocos/pytorch_model.bin or pytorch_model.bin, with vocos*.yaml or
    // config.yaml. Error (Io) listing every file that is missing and the names looked for.
    static Result<ModelPaths> fromFolder(const std::string& dir);
};

struct EngineOptions {
    ComputeDevice device = ComputeDevice::Cpu;
    ComputeDType dtype = ComputeDType::Float32;  // CPU float16 is refused when libtorch lacks the kernels
    int threads = 0;                  // > 0: libtorch intra-op threads (process-wide)
    // JSON override of the hyper-parameters no tensor shape reveals (tiny_config.json layout).
    // Empty: mars5_config.json / tiny_config.json beside each checkpoint if present.
    std::string hyperParamsJson;
    bool verifySha256 = true;         // hash published checkpoint names with a known sha256
    std::size_t voiceCacheSize = 8;   // voices kept by prepareVoice's cache
    // glibc (process-wide, set once by the first load that asks): freed host memory is kept for
    // reuse instead of being returned to the system, so the diffusion loop's large temporaries
    // ([T, 8, 1025] floats, tens of MB each) stop costing an mmap/munmap and page faults per
    // allocation (docs/PERFORMANCE.md). Peak RSS is unchanged; RSS stays near it after a run.
    bool keepFreedHostMemory = true;
};

// What load() found, for the UI's "about the models" view.
struct EngineInfo {
    std::string arSummary, narSummary;  // hyper-parameters in one line each
    std::string arRecognition, narRecognition;
    int textVocab = 0, speechVocab = 0;
    bool hasEncoder = false, hasVocoder = false;
    ComputeDevice device = ComputeDevice::Cpu;
    ComputeDType dtype = ComputeDType::Float32;
};

// --- progress and control -------------------------------------------------------------------------

enum class EngineStage { EncodeReference, Coarse, Refine, Vocode };
const char* toString(EngineStage stage);  // "encode reference", "AR", "NAR", "vocode"

struct EngineProgress {
    EngineStage stage = EngineStage::Coarse;
    std::int64_t current = 0;  // EncodeReference/Vocode: 0 or 1; Coarse: tokens; Refine: steps done
    std::int64_t total = 0;    // Coarse: the expected token count (an estimate: current may pass it,
                               // and the last call has total == current); Refine: steps in all
    bool finished = false;     // the last call of the stage
    // A long text spoken in pieces (mars5/long_text.h): which piece this stage belongs to
    // (0-based) of how many; 0 of 1 for a text spoken at once. With its characters and those of
    // the pieces after it (pieceCharacters: UTF-16 units), so that a front end can say how long
    // the whole text has left (mars5/piece_time_left.h); 0 and 0 for a text spoken at once.
    int piece = 0;
    int pieces = 1;
    std::int64_t pieceChars = 0;
    std::int64_t laterChars = 0;
};
using ProgressCallback = std::function<void(const EngineProgress&)>;

// Thread-safe Stop / Cancel token, checked between AR tokens and diffusion steps.
class RunControl {
public:
    void requestStop() { m_stop.store(true); }
    void requestCancel() { m_cancel.store(true); }
    bool stopRequested() const { return m_stop.load(); }
    bool cancelRequested() const { return m_cancel.load(); }
    void reset() { m_stop.store(false); m_cancel.store(false); }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_cancel{false};
};

// --- per-voice and per-utterance results ----------------------------------------------------------

// A prepared reference voice (opaque): its Encodec codes and speaker vectors, shared and
// immutable; cheap to copy.
class VoicePrompt {
public:
    VoicePrompt() = default;
    bool valid() const { return m_impl != nullptr; }
    const CodecCodes& codes() const;               // [8 codebooks x T_ref frames]
    std::int64_t frames() const { return codes().numFrames; }
    const std::optional<std::string>& transcript() const { return m_transcript; }
    double referenceSeconds() const;               // of the audio encoded (after the 12 s cut)
    const std::string& contentHash() const;        // of the audio and encoding settings (hex)
    bool fromCache() const { return m_fromCache; } // prepareVoice found it in the cache
    const std::vector<Notice>& warnings() const;
    std::vector<float> arSpeakerVector() const;    // s_AR [D_ar]
    std::vector<float> narSpeakerVector() const;   // s_NAR [d_nar]

    struct Impl;
    const std::shared_ptr<const Impl>& impl() const { return m_impl; }
    VoicePrompt(std::shared_ptr<const Impl> impl, std::optional<std::string> transcript, bool fromCache)
        : m_impl(std::move(impl)), m_transcript(std::move(transcript)), m_fromCache(fromCache) {}

private:
    std::shared_ptr<const Impl> m_impl;
    std::optional<std::string> m_transcript;
    bool m_fromCache = false;
};

enum class CoarseStop { Eos, MaxLength, Stopped, ForcedLength };  // ForcedLength: CoarseOptions::forceTokens
const char* toString(CoarseStop stop);

struct ArStepStats {
    std::int64_t token = -1;       // AR id drawn (the EOS id on the last step when stopped by EOS)
    float probability = 0.0f;      // its probability after every filter
    std::int32_t candidates = 0;   // ids with non-zero probability
};

// Opaque per-run random state carried from the AR stage into the NAR stage.
struct RunRandomState;

struct ArResult {
    std::vector<std::int64_t> promptIds;     // text ids (+ reference speech ids in deep clone)
    std::vector<std::int64_t> generatedIds;  // generated AR ids (no EOS)
    std::vector<int> textIds;                // the text part of the prompt (the NAR's c_text)
    std::vector<int> l0Codes;                // the reference's ar_codes: codebook-0 codes, 0..1023
    std::int64_t firstCodecIdx = 0;          // Ttext + 1 (spec §4.5)
    std::int64_t expectedTokens = 0;         // the early-EOS estimate
    std::int64_t steps = 0;                  // decoding steps run (the EOS step included)
    CoarseStop stop = CoarseStop::Eos;
    bool deepClone = false;
    std::uint64_t seed = 0;                  // the seed the run used (config.seed or a fresh one)
    std::vector<ArStepStats> stepStats;      // one per decoding step
    std::vector<Notice> warnings;
    std::shared_ptr<const RunRandomState> random;  // the generator after the AR draws (refine continues it)
    double firstTokenSeconds = 0;            // prompt pass (prefill) + first draw, wall clock
    double decodeSeconds = 0;                // the later steps (steps - 1 single-token decodes + draws)
    std::int64_t readBacks = 0;              // times the decode loop read its drawn ids back (CoarseOptions::syncEvery)
    std::int64_t cudaGraphsCaptured = 0;     // decode-step CUDA graphs captured (CoarseOptions::cudaGraphs); 0 on the CPU
};

// Benchmark controls of generateCoarse: NOT reference settings (no preset, UI or InferenceConfig
// field sets them); the defaults give the reference's behaviour.
struct CoarseOptions {
    // > 0: the EOS logit is masked and exactly this many AR tokens are generated, whatever the
    // length budget (stop = ForcedLength), so benchmark runs are comparable.
    std::int64_t forceTokens = 0;
    // false: ArResult::stepStats stays empty (they are computed on the device and read back with
    // each chunk of tokens, so they cost little either way).
    bool recordStepStats = true;
    // AR steps queued between read-backs of the drawn ids (0: the device's default, 1 on the
    // CPU, 8 on a GPU). Any value gives the same tokens; it trades host synchronisations
    // against steps wasted after the end of speech. Progress and Stop/Cancel follow the chunks.
    std::int64_t syncEvery = 0;
    // On a CUDA device (in a build with CUDA): replay the single-token decode step as CUDA graphs,
    // one per attention span bucket, instead of launching its ~550-1,300 kernels one by one. Ignored on
    // the CPU. A capture that fails falls back to ordinary launches with a warning.
    bool cudaGraphs = true;
    // With cudaGraphs: the sampler chain and the draw inside the graph too, one launch per token
    // (false: only the model's step is a graph; for measuring what the eager sampler costs).
    bool graphSampler = true;
};

struct NarResult {
    CodecCodes codes;                 // the final codes [8 x T]: deep clone drops the T_ref frames
    CodecCodes fullCodes;             // the diffusion output [8 x T_a] before that crop
    std::vector<CodecCodes> snapshots;  // per step (of fullCodes), when asked
    std::vector<std::int64_t> snapshotT;  // t of each snapshot
    int stepsRun = 0;
    // Frames each forward pass of the NAR ran over: T_ref + T_a in deep clone, where the reference
    // is prepended to x_AR, which itself starts with most of the reference (spec §5.2); T_a in
    // shallow clone. What a step costs grows with this, not with fullCodes.
    std::int64_t modelFrames = 0;
    std::int64_t padClassCodes = 0;   // codes equal to the NAR pad class 1024 in `codes`
    std::int64_t cudaGraphsCaptured = 0;  // forward-pass CUDA graphs captured (RefineOptions::cudaGraphs); 0 on the CPU
    double forwardSeconds = -1;       // the forward passes' time (RefineOptions::timeForward), else -1
    // The diffusion drew the reference's random stream and ran its operations (the CPU in float32,
    // RefineOptions::referenceDraws); false: the short draws and 3-pass posterior (a GPU, half
    // precision on the CPU).
    bool referenceRoute = true;
    std::vector<Notice> warnings;
};
// The route's name in JSON (bench, takes, exports): "reference" or "short".
inline const char* diffusionRouteName(bool referenceRoute) { return referenceRoute ? "reference" : "short"; }

struct StageTimings {
    double encodeSeconds = 0, coarseSeconds = 0, refineSeconds = 0, vocodeSeconds = 0, trimSeconds = 0, totalSeconds = 0;
};

// One piece of a long text spoken in pieces (mars5/long_text.h).
struct TtsPiece {
    std::string text;                 // as it was spoken
    std::uint64_t seed = 0;           // the seed of its run (the first piece's + its index)
    std::int64_t startSample = 0;     // where its (trimmed) audio starts in TtsResult::audio
    std::int64_t samples = 0;         // and how long it is
    std::int64_t startFrame = 0;      // where its frames start in the take's codes (refined.codes,
    std::int64_t frames = 0;          // coarse.l0Codes) and how many: a piece spoken again goes there
    std::int64_t arTokens = 0;        // generated AR ids
    CoarseStop stop = CoarseStop::Eos;
};

struct TtsResult {
    ArResult coarse;
    NarResult refined;
    AudioBuffer audio;                // trimmed, 24 kHz mono, not normalised
    std::int64_t untrimmedSamples = 0;
    StageTimings timings;
    bool voiceFromCache = false;
    std::vector<Notice> warnings;  // of every stage, in order
    // A long text spoken in pieces: each piece, in order (coarse and refined then hold the pieces'
    // ids, L0 codes and codes one after another, without the reference's frames or diffusion
    // snapshots; fullCodes equals codes).
    // Empty for a text spoken at once.
    std::vector<TtsPiece> pieces;
};

struct RefineOptions {
    bool keepSnapshots = false;  // per-step copies of the codes (for a visualisation)
    // On a CUDA device (in a build with CUDA): replay the NAR's forward pass as a CUDA graph at every
    // diffusion step instead of launching its ~580 kernels one by one. Ignored on the CPU. A capture
    // that fails falls back to ordinary launches with a warning.
    bool cudaGraphs = true;
    // Draw the diffusion's random numbers from the run's CPU stream on any device, in the
    // reference's shapes and order, and compute each step with the reference's operations, so a
    // seed gives the reference's codes on a GPU too (up to its rounding). Off, a GPU (and the CPU in
    // bfloat16/float16, whose numbers differ from the reference's anyway) draws from its own
    // generator, seeded from that stream, only the numbers the samplers use, and computes the
    // posterior in fewer passes (a seed still repeats a run on the same device). On: every step
    // draws two [T, 8, 1025] tensors on the CPU and copies them over (~92 ms per step at T = 1,500):
    // for parity checks (`selftest mars5 --device cuda`), not for speed. The CPU in float32 always
    // does this. MARS5_DIFFUSION_DRAWS=reference|device overrides it (device: the short route in
    // float32 on a CPU too).
    bool referenceDraws = false;
    // Benchmarks: add up the time of the NAR's forward passes in NarResult::forwardSeconds, so the
    // rest of the refine is the diffusion's own arithmetic. On a GPU each pass is waited for, which
    // stops the host from running ahead: measure this in a run of its own, not in a timed one.
    bool timeForward = false;
};

// The work the hot loops do, for benchmark floors (Mars5Engine::estimateWork).
struct WorkEstimate {
    double arDecodeBytes = 0;  // weight bytes one AR decode step reads (the KV cache comes on top)
    double narStepFlops = 0;   // matrix-product FLOPs of one diffusion step (both passes when guided)
};

// --- the engine -----------------------------------------------------------------------------------

class Mars5Engine {
public:
    // Loads and validates everything; AR/NAR vocabularies that do not belong together, a
    // missing file, a wrong tensor name or shape are errors naming the file.
    static Result<Mars5Engine> load(const ModelPaths& paths, const EngineOptions& options = {});

    EngineInfo info() const;
    // For a refine whose forward passes run over `narFrames` frames (NarResult::modelFrames) and
    // fill in `filledFrames` of them (NarResult::fullCodes: all but the prepended reference of a
    // deep clone), with `textTokens` text ids, at the engine's
    // dtype: divided by a measured memory bandwidth and matrix-product rate, the best decode
    // rate and diffusion time this machine allows.
    WorkEstimate estimateWork(std::int64_t narFrames, std::int64_t filledFrames, std::int64_t textTokens, bool guided) const;

    // Audio at any rate (resampled to 24 kHz) -> a voice. `padSeconds` of silence are prepended
    // (config.ref_audio_pad) and only the last `maxSeconds` (config.max_prompt_dur) are kept.
    // Cached by content hash: the same audio and settings return the cached voice (fromCache()).
    Result<VoicePrompt> prepareVoice(const AudioBuffer& reference, std::optional<std::string> transcript,
                                     double padSeconds = 0.0, double maxSeconds = 12.0,
                                     const ProgressCallback& progress = {});
    // A voice from codes already encoded (8 codebooks x T_ref, values 0..1023): no Encodec needed.
    Result<VoicePrompt> prepareVoiceFromCodes(const CodecCodes& codes, std::optional<std::string> transcript);
    // Drops every cached voice.
    void clearVoiceCache();

    Result<ArResult> generateCoarse(const std::string& text, const VoicePrompt& voice, const InferenceConfig& config,
                                    const ProgressCallback& progress = {}, RunControl* control = nullptr,
                                    const CoarseOptions& options = {});
    Result<NarResult> refine(const ArResult& coarse, const VoicePrompt& voice, const InferenceConfig& config,
                             const ProgressCallback& progress = {}, RunControl* control = nullptr,
                             const RefineOptions& options = {});
    // Codes [k x T] (k = 1: the AR's L0 alone; up to 8) -> 24 kHz audio of 320 * T samples.
    Result<AudioBuffer> vocode(const CodecCodes& codes, int bandwidthId = 1);
    // "Listen to the coarse codes": the AR's L0 codes through Vocos.
    Result<AudioBuffer> vocodeCoarse(const ArResult& coarse, int bandwidthId = 1);
    // The reference's silence trim (librosa-style, frames 2048 / hop 512).
    static AudioBuffer trim(const AudioBuffer& audio, double topDb);

    // prepareVoice + generateCoarse + refine + vocode + trim.
    // refineOptions.keepSnapshots keeps the NAR's per-step codes in TtsResult::refined (the
    // studio's diffusion view); it does not change the result.
    Result<TtsResult> tts(const std::string& text, const AudioBuffer& reference, std::optional<std::string> transcript,
                          const InferenceConfig& config, const ProgressCallback& progress = {},
                          RunControl* control = nullptr, const RefineOptions& refineOptions = {});
    // The same from a prepared voice.
    Result<TtsResult> tts(const std::string& text, const VoicePrompt& voice, const InferenceConfig& config,
                          const ProgressCallback& progress = {}, RunControl* control = nullptr,
                          const RefineOptions& refineOptions = {});

    struct Impl;

private:
    explicit Mars5Engine(std::shared_ptr<Impl> impl) : m_impl(std::move(impl)) {}
    std::shared_ptr<Impl> m_impl;
};

// The first k codebooks of codes (k = 1: codebook 0 alone).
CodecCodes firstCodebooks(const CodecCodes& codes, int k);

}  // namespace mars5
