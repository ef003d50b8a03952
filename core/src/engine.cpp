// The MARS5 engine: loading, voices, and the pipeline in order (see mars5/engine.h).
//
//   tts():  prepareVoice (Encodec) -> generateCoarse (prompt, AR) -> refine (NAR diffusion)
//           -> vocode (Vocos) -> trim
//
// One CPU generator per run: seeded with config.seed, drawn from by the AR sampler, then handed
// (in ArResult) to the NAR, the order of the reference's single torch.manual_seed stream.
#include "mars5/engine.h"

#include "ar_generate.h"
#include "ar_model.h"
#include "device_sync.h"
#include "diffusion.h"
#include "error_notices.h"
#include "failure.h"
#include "generator_copy.h"
#include "mars5_checkpoint.h"
#include "nar_forward_graph.h"
#include "nar_model.h"
#include "reference_audio.h"
#include "run_notices.h"
#include "sampler.h"
#include "tokenizer.h"
#include "torch_types.h"
#include "trim.h"
#include "work_estimate.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <list>
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mars5 {

// --- internal state ---------------------------------------------------------------------------

struct VoicePrompt::Impl {
    CodecCodes codes;     // [8 x T_ref], codebook-major
    at::Tensor refCodes;  // [T_ref, 8] int64 on the model device
    std::vector<int> l0;  // codebook 0
    at::Tensor spkAr, spkNar;
    double seconds = 0.0;
    std::string hash;
    std::vector<Notice> warnings;
};

struct RunRandomState {
    at::Generator generator;  // after the AR draws
};

struct Mars5Engine::Impl {
    EngineOptions options;
    EngineInfo info;
    c10::Device device{c10::kCPU};
    c10::ScalarType dtype = at::kFloat;
    std::optional<Mars5Tokenizers> tok;
    std::optional<ArModel> ar;
    std::optional<NarModel> nar;
    std::optional<Codec> codec;
    std::recursive_mutex runMutex;  // one run at a time
    // The AR's KV cache and captured decode graphs, kept from run to run on a GPU (under runMutex):
    // only the first run captures. ~0.5 GB of device memory for the full-size model in float16.
    ArDecodeContext arDecode;
    std::mutex cacheMutex;
    std::list<std::shared_ptr<const VoicePrompt::Impl>> voices;  // most recently used first
};

namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }


// Runs a stage: Failure as is; a kernel libtorch lacks for a reduced precision on this device is
// reported as that precision being unsupported, with what to use instead. Any other libtorch
// error (out of GPU memory above all, where float32 would need twice as much) keeps its message.
template <class Fn>
auto runStage(const Mars5Engine::Impl& e, Fn&& fn) {
    return guarded([&] {
        c10::InferenceMode inference;
        try {
            return fn();
        } catch (const Failure&) {
            throw;
        } catch (const std::exception& ex) {
            if (e.options.dtype == ComputeDType::Float32 || !isMissingKernelError(ex)) throw;
            fail(ErrorKind::Unsupported, std::string(toString(e.options.dtype)) + " on " + toString(e.options.device) +
                                             " is not supported by this libtorch for MARS5 (" + withoutBacktrace(ex.what()) +
                                             "); use --dtype float32" +
                                             (e.options.device == ComputeDevice::Cpu ? " or bfloat16" : ""));
        }
    });
}

void report(const ProgressCallback& cb, EngineStage stage, std::int64_t current, std::int64_t total, bool finished) {
    if (cb) cb(EngineProgress{stage, current, total, finished});
}

void throwIfCancelled(const RunControl* control) {
    if (control && control->cancelRequested()) fail(ErrorKind::Cancelled, "synthesis cancelled");
}

// [T, 8] int64 tensor -> codebook-major CodecCodes.
CodecCodes codesFromTensor(const at::Tensor& frames) {
    const at::Tensor c = frames.to(at::kCPU, at::kLong).t().contiguous();
    CodecCodes out;
    out.numCodebooks = static_cast<int>(c.size(0));
    out.numFrames = c.size(1);
    out.values.assign(c.data_ptr<std::int64_t>(), c.data_ptr<std::int64_t>() + c.numel());
    out.bandwidthKbps = 6.0;
    return out;
}

std::shared_ptr<VoicePrompt::Impl> makeVoice(const Mars5Engine::Impl& e, const CodecCodes& codes, const std::string& hash) {
    const std::int64_t q = kCodebooks;
    if (codes.numCodebooks < q)
        fail(ErrorKind::InvalidArgument, "the reference codes have " + std::to_string(codes.numCodebooks) +
                                             " codebooks; MARS5 needs " + std::to_string(q) + " (Encodec at 6 kbps)");
    if (codes.numFrames < 1) fail(ErrorKind::InvalidArgument, "the reference codes have no frames");
    auto v = std::make_shared<VoicePrompt::Impl>();
    v->codes = firstCodebooks(codes, static_cast<int>(q));
    for (const auto value : v->codes.values)
        if (value < 0 || value >= kSpeechCodebookSize)
            fail(ErrorKind::InvalidArgument, "a reference code is " + std::to_string(value) + ", outside 0..1023");
    v->refCodes = at::tensor(v->codes.values, at::kLong).view({q, codes.numFrames}).t().contiguous().to(e.device);
    v->l0.assign(v->codes.values.begin(), v->codes.values.begin() + codes.numFrames);
    v->spkAr = e.ar->speakerVector(v->refCodes);
    v->spkNar = e.nar->speakerVector(v->refCodes);
    v->hash = hash;
    return v;
}

// The cache: the voice with this hash (moved to the front), or null.
std::shared_ptr<const VoicePrompt::Impl> cachedVoice(Mars5Engine::Impl& e, const std::string& hash) {
    std::lock_guard lock(e.cacheMutex);
    for (auto it = e.voices.begin(); it != e.voices.end(); ++it)
        if ((*it)->hash == hash) {
            auto v = *it;
            e.voices.erase(it);
            e.voices.push_front(v);
            return v;
        }
    return nullptr;
}

void remember(Mars5Engine::Impl& e, std::shared_ptr<const VoicePrompt::Impl> v) {
    std::lock_guard lock(e.cacheMutex);
    e.voices.push_front(std::move(v));
    while (e.voices.size() > std::max<std::size_t>(e.options.voiceCacheSize, 1)) e.voices.pop_back();
}

void requireValid(const InferenceConfig& config) {
    if (const std::string err = config.validate(); !err.empty()) fail(ErrorKind::InvalidArgument, err);
}

void requireVoice(const VoicePrompt& voice) {
    if (!voice.valid()) fail(ErrorKind::InvalidArgument, "no voice: prepare one with prepareVoice() first");
}

// Where the diffusion's draws come from (RefineOptions::referenceDraws, MARS5_DIFFUSION_DRAWS).
// The reference's draws and arithmetic where they reproduce the reference's codes: on the CPU in
// float32 (`referenceParity`). A GPU, and the CPU in half precision, whose numbers differ from the
// reference's anyway, take the short draws and the 3-pass posterior (half the diffusion's
// arithmetic on the CPU, docs/PERFORMANCE.md), unless asked otherwise.
GeneratorRandomSource::DeviceDraws diffusionDraws(const RefineOptions& options, bool referenceParity) {
    using Draws = GeneratorRandomSource::DeviceDraws;
    if (const char* choice = std::getenv("MARS5_DIFFUSION_DRAWS")) {
        if (std::strcmp(choice, "reference") == 0) return Draws::Never;
        if (std::strcmp(choice, "device") == 0) return Draws::Always;
    }
    if (options.referenceDraws) return Draws::Never;
    return referenceParity ? Draws::ForNonCpuDevices : Draws::Always;
}

std::vector<float> floatsOf(const at::Tensor& t) {
    const at::Tensor c = t.to(at::kCPU, at::kFloat).contiguous();
    return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

}  // namespace

// --- small public helpers -----------------------------------------------------------------------

const char* toString(EngineStage stage) {
    switch (stage) {
    case EngineStage::EncodeReference: return "encode reference";
    case EngineStage::Coarse: return "AR";
    case EngineStage::Refine: return "NAR";
    case EngineStage::Vocode: return "vocode";
    }
    return "?";
}

const char* toString(CoarseStop stop) {
    switch (stop) {
    case CoarseStop::Eos: return "end of speech";
    case CoarseStop::MaxLength: return "length budget reached";
    case CoarseStop::Stopped: return "stopped by the user";
    case CoarseStop::ForcedLength: return "forced length reached (benchmark)";
    }
    return "?";
}

const CodecCodes& VoicePrompt::codes() const { return m_impl->codes; }
double VoicePrompt::referenceSeconds() const { return m_impl->seconds; }
const std::string& VoicePrompt::contentHash() const { return m_impl->hash; }
const std::vector<Notice>& VoicePrompt::warnings() const { return m_impl->warnings; }
std::vector<float> VoicePrompt::arSpeakerVector() const { return floatsOf(m_impl->spkAr); }
std::vector<float> VoicePrompt::narSpeakerVector() const { return floatsOf(m_impl->spkNar); }

CodecCodes firstCodebooks(const CodecCodes& codes, int k) {
    CodecCodes out = codes;
    out.numCodebooks = std::clamp(k, 0, codes.numCodebooks);
    out.values.resize(static_cast<std::size_t>(out.numCodebooks) * static_cast<std::size_t>(codes.numFrames));
    out.bandwidthKbps = 0.75 * out.numCodebooks;
    return out;
}

// --- loading ------------------------------------------------------------------------------------

namespace {

// See EngineOptions::keepFreedHostMemory. MARS5_MALLOC_DEFAULTS=1 in the environment leaves
// glibc's defaults (for measuring the difference).
void keepFreedHostMemory() {
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        if (const char* env = std::getenv("MARS5_MALLOC_DEFAULTS"); env && std::string(env) == "1") return;
        mallopt(M_MMAP_MAX, 0);                     // no per-allocation mmap: big blocks come from the heap
        mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);  // and freed ones stay there for the next step
    });
#endif
}

}  // namespace

Result<Mars5Engine> Mars5Engine::load(const ModelPaths& paths, const EngineOptions& options) {
    return guarded([&]() -> Mars5Engine {
        std::vector<std::string> missing;
        const auto need = [&](const std::string& path, const char* what, bool required) {
            if (path.empty()) {
                if (required) missing.push_back(std::string(what) + " (no path given)");
            } else if (std::error_code ec; !std::filesystem::is_regular_file(path, ec)) {
                missing.push_back(std::string(what) + " " + path);
            }
        };
        need(paths.ar, "MARS5 AR checkpoint", true);
        need(paths.nar, "MARS5 NAR checkpoint", true);
        need(paths.encodec, "Encodec weights", false);
        need(paths.vocos, "Vocos weights", false);
        need(paths.vocosConfig, "Vocos config", false);
        need(options.hyperParamsJson, "hyper-parameter JSON", false);
        if (!missing.empty()) {
            std::string msg = "missing model files: ";
            for (std::size_t i = 0; i < missing.size(); ++i) msg += (i ? "; " : "") + missing[i];
            fail(ErrorKind::Io, msg);
        }
        if (options.device == ComputeDevice::Cuda && !cudaAvailable())
            fail(ErrorKind::Unsupported, cudaUnavailableNotice());
        if (options.threads > 0) at::set_num_threads(options.threads);
        if (options.keepFreedHostMemory) keepFreedHostMemory();

        auto e = std::make_shared<Impl>();
        e->options = options;
        e->device = torchDevice(options.device);
        e->dtype = torchDType(options.dtype);

        const auto loadOne = [&](const std::string& path, Mars5ModelKind kind) {
            Mars5LoadOptions lo;
            lo.dtype = e->dtype;
            lo.device = e->device;
            lo.verifySha256 = options.verifySha256;
            lo.configOverridePath = options.hyperParamsJson.empty() ? findMars5ConfigSidecar(path) : options.hyperParamsJson;
            return loadMars5Checkpoint(path, kind, lo);
        };
        {
            const Mars5Checkpoint ar = loadOne(paths.ar, Mars5ModelKind::Ar);
            const Mars5Checkpoint nar = loadOne(paths.nar, Mars5ModelKind::Nar);
            checkMars5VocabulariesMatch(ar, nar);
            e->tok.emplace(loadMars5Tokenizers(ar.texttokModel, ar.speechtokModel, ar.path));
            e->info.arSummary = summarize(ar.ar);
            e->info.narSummary = summarize(nar.nar);
            e->info.arRecognition = ar.recognitionNote.empty() ? describe(ar.recognition) : ar.recognitionNote;
            e->info.narRecognition = nar.recognitionNote.empty() ? describe(nar.recognition) : nar.recognitionNote;
            e->ar.emplace(ArModel::fromCheckpoint(ar));  // shares the tensors
            e->nar.emplace(NarModel::fromTensors(nar.nar, nar.tensors, nar.stacks));
        }
        e->info.textVocab = e->tok->ids.nText;
        e->info.speechVocab = e->tok->ids.nSpeech;
        e->info.device = options.device;
        e->info.dtype = options.dtype;

        if (!paths.encodec.empty() || !paths.vocos.empty()) {
            Result<Codec> codec = Codec::load({paths.encodec, paths.vocos, paths.vocosConfig},
                                              {options.device, options.dtype, 0, ComputeDType::Float32});  // Encodec in float32: CodecOptions
            if (!codec) fail(codec.error());
            const CodecInfo ci = codec->info();
            // MARS5 reads 8 codebooks of 1024 codes at 75 frames/s (the classes 0..1023 of its 1025).
            std::string bad;
            if (ci.codebookSize != kSpeechCodebookSize) bad += " codebooks of " + std::to_string(ci.codebookSize) + " codes (MARS5: 1024);";
            if (ci.hasEncodec && ci.encodecCodebooks < kCodebooks)
                bad += " Encodec has " + std::to_string(ci.encodecCodebooks) + " codebooks (MARS5 needs 8);";
            if (ci.hasVocos && ci.vocosCodebooks < kCodebooks)
                bad += " Vocos takes " + std::to_string(ci.vocosCodebooks) + " codebooks (MARS5 needs 8);";
            if (ci.sampleRate != kModelSampleRate) bad += " sample rate " + std::to_string(ci.sampleRate) + " Hz (MARS5: 24000);";
            if (!bad.empty()) fail(ErrorKind::Format, "the codec does not fit MARS5:" + bad.substr(0, bad.size() - 1));
            e->info.hasEncoder = ci.hasEncodec;
            e->info.hasVocoder = ci.hasVocos;
            e->codec.emplace(std::move(*codec));
        }

        // Reduced precision: one tiny pass through each model now, so a dtype this libtorch cannot
        // run on this device is a clear load error rather than a failure in the middle of a run.
        const Result<void> probe = runStage(*e, [&] {
            const at::Tensor codes = at::zeros({2, kCodebooks}, at::TensorOptions().dtype(at::kLong).device(e->device));
            const at::Tensor spk = e->ar->speakerVector(codes);
            e->ar->forwardFull(spk, at::zeros({1}, codes.options()));
            const NarConditioning c = e->nar->condition(at::zeros({1}, codes.options()), codes);
            e->nar->forward(c, at::zeros({1, kCodebooks}, codes.options()), 0, true);
        });
        if (!probe) fail(probe.error());
        return Mars5Engine(std::move(e));
    });
}

EngineInfo Mars5Engine::info() const { return m_impl->info; }

WorkEstimate Mars5Engine::estimateWork(std::int64_t narFrames, std::int64_t filledFrames, std::int64_t textTokens, bool guided) const {
    const Impl& e = *m_impl;
    const int bytes = static_cast<int>(c10::elementSize(e.ar->dtype()));
    // the encoder sees the speaker slot and the text ids
    return {arDecodeWeightBytes(e.ar->hp(), bytes), narStepFlops(e.nar->hyperParams(), narFrames, filledFrames, textTokens + 1, guided ? 2 : 1)};
}

// --- voices -------------------------------------------------------------------------------------

Result<VoicePrompt> Mars5Engine::prepareVoice(const AudioBuffer& reference, std::optional<std::string> transcript,
                                              double padSeconds, double maxSeconds, const ProgressCallback& progress) {
    Impl& e = *m_impl;
    return runStage(e, [&]() -> VoicePrompt {
        std::lock_guard run(e.runMutex);
        if (!e.codec || !e.info.hasEncoder)
            fail(ErrorKind::InvalidArgument, noEncodecLoadedNotice());
        report(progress, EngineStage::EncodeReference, 0, 1, false);
        // The key: the audio as given and the two settings that change its codes.
        std::uint64_t h = fnv1a64(reference.samples.data(), reference.samples.size() * sizeof(float));
        h = fnv1a64(&reference.sampleRate, sizeof reference.sampleRate, h);
        h = fnv1a64(&padSeconds, sizeof padSeconds, h);
        h = fnv1a64(&maxSeconds, sizeof maxSeconds, h);
        const std::string hash = "audio:" + hex64(h);
        if (auto v = cachedVoice(e, hash)) {
            report(progress, EngineStage::EncodeReference, 1, 1, true);
            return VoicePrompt(std::move(v), std::move(transcript), true);
        }
        ConditionedReference ref = conditionReference(reference, padSeconds, maxSeconds);
        Result<CodecCodes> codes = e.codec->encode(ref.audio, 6.0);  // 6 kbps: 8 codebooks
        if (!codes) fail(codes.error());
        auto v = makeVoice(e, *codes, hash);
        v->seconds = ref.seconds;
        v->warnings = std::move(ref.warnings);
        remember(e, v);
        report(progress, EngineStage::EncodeReference, 1, 1, true);
        return VoicePrompt(std::move(v), std::move(transcript), false);
    });
}

Result<VoicePrompt> Mars5Engine::prepareVoiceFromCodes(const CodecCodes& codes, std::optional<std::string> transcript) {
    Impl& e = *m_impl;
    return runStage(e, [&]() -> VoicePrompt {
        std::lock_guard run(e.runMutex);
        std::uint64_t h = fnv1a64(codes.values.data(), codes.values.size() * sizeof(std::int64_t));
        h = fnv1a64(&codes.numCodebooks, sizeof codes.numCodebooks, h);
        const std::string hash = "codes:" + hex64(h);
        if (auto v = cachedVoice(e, hash)) return VoicePrompt(std::move(v), std::move(transcript), true);
        auto v = makeVoice(e, codes, hash);
        v->seconds = static_cast<double>(codes.numFrames) * 320.0 / kModelSampleRate;
        v->warnings = referenceDurationWarnings(v->seconds, InferenceConfig{}.max_prompt_dur, false);
        remember(e, v);
        return VoicePrompt(std::move(v), std::move(transcript), false);
    });
}

void Mars5Engine::clearVoiceCache() {
    std::lock_guard lock(m_impl->cacheMutex);
    m_impl->voices.clear();
}

// --- AR: text -> coarse codes -------------------------------------------------------------------

Result<ArResult> Mars5Engine::generateCoarse(const std::string& text, const VoicePrompt& voice, const InferenceConfig& config,
                                             const ProgressCallback& progress, RunControl* control,
                                             const CoarseOptions& coarseOptions) {
    Impl& e = *m_impl;
    return runStage(e, [&]() -> ArResult {
        std::lock_guard run(e.runMutex);
        requireValid(config);
        requireVoice(voice);
        throwIfCancelled(control);
        const ArPrompt prompt = buildArPrompt(*e.tok, text, voice.transcript(), voice.impl()->l0, config.deep_clone);

        ArResult r;
        r.promptIds = prompt.ids;
        r.textIds = prompt.textIds;
        r.firstCodecIdx = prompt.firstCodecIdx;
        r.deepClone = prompt.deepClone;
        r.expectedTokens = estimatedGenerationLength(text, config.eos_estimated_gen_length_factor);
        r.seed = config.seed >= 0 ? static_cast<std::uint64_t>(config.seed) : freshSeed();
        const std::int64_t room = config.maxSequenceLength() - static_cast<std::int64_t>(prompt.ids.size());
        if (room > 0 && r.expectedTokens > room)
            r.warnings.push_back(textOverBudgetNotice(r.expectedTokens, config.maxSequenceLength(), room));

        at::Generator generator = at::detail::createCPUGenerator(r.seed);
        TorchGeneratorDrawer drawer(generator);
        ArGenerateOptions o;
        o.config = config;
        o.estimatedLength = r.expectedTokens;
        o.drawer = &drawer;
        o.recordSummaries = coarseOptions.recordStepStats;
        o.syncEvery = coarseOptions.syncEvery;
        o.forceTokens = coarseOptions.forceTokens;
        o.decodeStep = coarseOptions.cudaGraphs ? DecodeStepKind::Auto : DecodeStepKind::Dynamic;
        o.context = &e.arDecode;
        o.wholeSteps = coarseOptions.graphSampler;
        o.progress = [&](const ArProgress& p) { report(progress, EngineStage::Coarse, p.generated, r.expectedTokens, false); };
        o.cancelled = [&] { return control && (control->stopRequested() || control->cancelRequested()); };
        const ArGenerateResult g = generateAr(*e.ar, *e.tok, voice.impl()->spkAr, prompt, o);  // budget error here
        throwIfCancelled(control);

        r.generatedIds = g.generated;
        r.l0Codes = g.l0Codes;
        r.steps = g.steps;
        r.firstTokenSeconds = g.firstTokenSeconds;
        r.decodeSeconds = g.decodeSeconds;
        r.readBacks = g.readBacks;
        r.cudaGraphsCaptured = g.graphsCaptured;
        if (!g.decodeWarning.empty()) r.warnings.push_back(graphCaptureFailedNotice(g.decodeWarning));
        r.stop = g.stop == ArStopReason::Eos ? CoarseStop::Eos
                 : g.stop == ArStopReason::MaxLength ? CoarseStop::MaxLength
                 : g.stop == ArStopReason::ForcedLength ? CoarseStop::ForcedLength : CoarseStop::Stopped;
        for (const ArStepSummary& s : g.summaries)
            r.stepStats.push_back({s.chosen, s.probability, static_cast<std::int32_t>(s.candidates)});
        if (r.stop == CoarseStop::MaxLength)
            r.warnings.push_back(lengthBudgetReachedNotice(config.maxSequenceLength()));
        if (r.l0Codes.empty())
            r.warnings.push_back(noCodesNotice(static_cast<std::int64_t>(g.generated.size())));
        r.random = std::make_shared<const RunRandomState>(RunRandomState{copyOfCpuGenerator(generator)});
        const auto n = static_cast<std::int64_t>(r.generatedIds.size());
        report(progress, EngineStage::Coarse, n, n, true);
        return r;
    });
}

// --- NAR: coarse codes -> 8 codebooks -----------------------------------------------------------

Result<NarResult> Mars5Engine::refine(const ArResult& coarse, const VoicePrompt& voice, const InferenceConfig& config,
                                      const ProgressCallback& progress, RunControl* control, const RefineOptions& options) {
    Impl& e = *m_impl;
    return runStage(e, [&]() -> NarResult {
        std::lock_guard run(e.runMutex);
        requireValid(config);
        requireVoice(voice);
        throwIfCancelled(control);
        if (coarse.l0Codes.empty())
            fail(ErrorKind::InvalidArgument, nothingToRefineNotice());
        DiffusionConfig dc;
        dc.steps = static_cast<int>(config.nar_steps);
        dc.jumpLen = static_cast<int>(config.jump_len);
        dc.jumpNSample = static_cast<int>(config.jump_n_sample);
        dc.guidanceW = config.nar_guidance_w;
        dc.x0Temperature = config.x_0_temp;
        dc.q0OverrideSteps = static_cast<int>(config.q0_override_steps);
        dc.keepSnapshots = options.keepSnapshots;
        dc.validate();
        // The schedule the NAR was trained with; fewer steps skip some of it (diffusion.h).
        const auto sharedSchedule = DiffusionSchedule::shared(kNarScheduleSteps, 0.008, e.nar->hyperParams().codeClasses);
        const DiffusionSchedule& schedule = *sharedSchedule;

        // Continue the AR's random stream (a fresh copy: refining the same ArResult twice gives the same codes).
        at::Generator generator = coarse.random ? copyOfCpuGenerator(coarse.random->generator)
                                                : at::detail::createCPUGenerator(config.seed >= 0 ? config.seed : freshSeed());
        const bool referenceParity = reproducesReference(e.device, e.dtype);
        GeneratorRandomSource rng(generator, diffusionDraws(options, referenceParity));
        const VoicePrompt::Impl& v = *voice.impl();
        const at::Tensor textIds = at::tensor(std::vector<std::int64_t>(coarse.textIds.begin(), coarse.textIds.end()), at::kLong);
        const NarConditioning cond = e.nar->condition(textIds, v.refCodes);
        // The loop's own states need no range check; on a GPU the forward pass is a replayed graph.
        // Only the rows the loop fills in: after the reference frames, codebooks 1-7 (diffusion.h);
        // on a GPU the heads skip the reference frames' products too (nar_model.h).
        const NarHeadRows unknownRows{coarse.deepClone ? v.refCodes.size(0) : 0, 1, narrowHeadsFirst(referenceParity)};
        NarForwardGraph forward(*e.nar, cond, options.cudaGraphs && CudaGraphCache::available(e.device), unknownRows);
        double forwardSeconds = 0;
        const X0Predictor predict = [&](const at::Tensor& x, int64_t t, bool withUncond) {
            if (!options.timeForward) return forward.predict(x, t, withUncond);
            waitForDevice(e.device);
            const auto start = Clock::now();
            at::Tensor logits = forward.predict(x, t, withUncond);
            waitForDevice(e.device);
            forwardSeconds += secondsSince(start);
            return logits;
        };
        const at::Tensor l0 = at::tensor(std::vector<std::int64_t>(coarse.l0Codes.begin(), coarse.l0Codes.end()), at::kLong)
                                  .to(e.device);
        const auto total = static_cast<std::int64_t>(diffusionTimes(schedule.steps, dc).size()) - 1;
        report(progress, EngineStage::Refine, 0, total, false);
        const DiffusionResult d = runReverseDiffusion(
            schedule, dc, l0, coarse.deepClone ? v.refCodes : at::Tensor(), predict, rng,
            [&](int done, int all, int64_t) { report(progress, EngineStage::Refine, done, all, done == all); },
            [&] { return control && control->cancelRequested(); });

        NarResult r;
        r.stepsRun = d.stepsRun;
        r.modelFrames = d.modelFrames;
        r.cudaGraphsCaptured = forward.graphsCaptured();
        r.referenceRoute = rng.followsReferenceStream(e.device);
        if (options.timeForward) r.forwardSeconds = forwardSeconds;
        if (!forward.fallbackReason().empty()) r.warnings.push_back(graphCaptureFailedNotice(forward.fallbackReason()));
        r.fullCodes = codesFromTensor(d.codes);
        // The reference's tts(): final_output[skip_front:], skip_front = T_ref in deep clone.
        const std::int64_t skip = coarse.deepClone ? std::min<std::int64_t>(v.codes.numFrames, d.codes.size(0)) : 0;
        r.codes = codesFromTensor(d.codes.slice(0, skip));
        for (const auto value : r.codes.values) r.padClassCodes += value == kSpeechCodebookSize;
        for (std::size_t i = 0; i < d.snapshots.size(); ++i) r.snapshots.push_back(codesFromTensor(d.snapshots[i]));
        r.snapshotT = d.snapshotT;
        if (r.codes.numFrames == 0)
            r.warnings.push_back(deepCloneNothingLeftNotice());
        return r;
    });
}

// --- codes -> audio -----------------------------------------------------------------------------

Result<AudioBuffer> Mars5Engine::vocode(const CodecCodes& codes, int bandwidthId) {
    Impl& e = *m_impl;
    return runStage(e, [&]() -> AudioBuffer {
        std::lock_guard run(e.runMutex);
        if (!e.codec || !e.info.hasVocoder)
            fail(ErrorKind::InvalidArgument, noVocosLoadedNotice());
        if (codes.numFrames < 1) fail(ErrorKind::InvalidArgument, "the codes have no frames: there is nothing to vocode");
        CodecCodes c = codes;
        std::int64_t repaired = 0;
        for (int q = 0; q < c.numCodebooks; ++q)
            for (std::int64_t t = 0; t < c.numFrames; ++t) {
                auto& value = c.values[static_cast<std::size_t>(q * c.numFrames + t)];
                if (value != kSpeechCodebookSize) continue;
                // The pad class: hold the neighbouring frame's code (the previous, else the next non-pad one).
                std::int64_t replacement = 0;
                for (std::int64_t d = 1; d < c.numFrames; ++d) {
                    const std::int64_t before = t - d, after = t + d;
                    if (before >= 0 && c.value(q, before) != kSpeechCodebookSize) { replacement = c.value(q, before); break; }
                    if (after < c.numFrames && c.value(q, after) != kSpeechCodebookSize) { replacement = c.value(q, after); break; }
                }
                value = replacement;
                ++repaired;
            }
        Result<AudioBuffer> audio = e.codec->decode(c, Vocoder::Vocos, bandwidthId);
        if (!audio) fail(audio.error());
        if (repaired > 0)
            audio->warnings.push_back(padCodesReplacedNotice(repaired));
        return std::move(*audio);
    });
}

Result<AudioBuffer> Mars5Engine::vocodeCoarse(const ArResult& coarse, int bandwidthId) {
    CodecCodes l0;
    l0.numCodebooks = 1;
    l0.numFrames = static_cast<std::int64_t>(coarse.l0Codes.size());
    l0.values.assign(coarse.l0Codes.begin(), coarse.l0Codes.end());
    l0.bandwidthKbps = 0.75;
    return vocode(l0, bandwidthId);
}

AudioBuffer Mars5Engine::trim(const AudioBuffer& audio, double topDb) {
    AudioBuffer out;
    out.sampleRate = audio.sampleRate;
    out.warnings = audio.warnings;
    TrimOptions options;
    options.topDb = topDb;
    out.samples = trimSilence(audio.samples, options);
    return out;
}

// --- the whole pipeline -------------------------------------------------------------------------

Result<TtsResult> Mars5Engine::tts(const std::string& text, const VoicePrompt& voice, const InferenceConfig& config,
                                   const ProgressCallback& progress, RunControl* control,
                                   const RefineOptions& refineOptions) {
    const auto t0 = Clock::now();
    const auto fromError = [](const Error& err) { return Result<TtsResult>(err); };
    TtsResult r;
    r.voiceFromCache = voice.valid() && voice.fromCache();
    if (voice.valid()) r.warnings = voice.warnings();

    auto t = Clock::now();
    Result<ArResult> coarse = generateCoarse(text, voice, config, progress, control);
    if (!coarse) return fromError(coarse.error());
    r.coarse = std::move(*coarse);
    r.timings.coarseSeconds = secondsSince(t);

    t = Clock::now();
    Result<NarResult> refined = refine(r.coarse, voice, config, progress, control, refineOptions);
    if (!refined) return fromError(refined.error());
    r.refined = std::move(*refined);
    r.timings.refineSeconds = secondsSince(t);
    if (r.refined.codes.numFrames == 0)
        return Error::said(ErrorKind::InvalidArgument, r.refined.warnings.front());
    if (control && control->cancelRequested()) return Error{ErrorKind::Cancelled, "synthesis cancelled"};

    t = Clock::now();
    report(progress, EngineStage::Vocode, 0, 1, false);
    Result<AudioBuffer> audio = vocode(r.refined.codes, static_cast<int>(config.vocos_bandwidth_id));
    if (!audio) return fromError(audio.error());
    // The vocoder is one call that cannot stop midway: a Cancel pressed during it still discards
    // (and a long text's last piece with it), as Cancel promises.
    if (control && control->cancelRequested()) return Error{ErrorKind::Cancelled, "synthesis cancelled"};
    report(progress, EngineStage::Vocode, 1, 1, true);
    r.timings.vocodeSeconds = secondsSince(t);

    t = Clock::now();
    r.untrimmedSamples = static_cast<std::int64_t>(audio->samples.size());
    r.audio = trim(*audio, config.trim_db);
    r.timings.trimSeconds = secondsSince(t);

    for (const auto* list : {&r.coarse.warnings, &r.refined.warnings, &r.audio.warnings})
        r.warnings.insert(r.warnings.end(), list->begin(), list->end());
    r.audio.warnings.clear();
    r.timings.totalSeconds = secondsSince(t0);
    return r;
}

Result<TtsResult> Mars5Engine::tts(const std::string& text, const AudioBuffer& reference, std::optional<std::string> transcript,
                                   const InferenceConfig& config, const ProgressCallback& progress, RunControl* control,
                                   const RefineOptions& refineOptions) {
    // The cheap checks first, so a bad request does not wait for the encoder.
    if (const std::string err = config.validate(); !err.empty()) return Error{ErrorKind::InvalidArgument, err};
    const Result<bool> textOk = guarded([&] { return !stripPythonWhitespace(text).empty(); });
    if (!textOk) return textOk.error();
    if (!*textOk) return Error::said(ErrorKind::InvalidArgument, emptyTextNotice());
    if (config.deep_clone && !transcript)
        return Error::said(ErrorKind::InvalidArgument, deepCloneNeedsTranscriptNotice());
    if (control && control->cancelRequested()) return Error{ErrorKind::Cancelled, "synthesis cancelled"};

    const auto t0 = Clock::now();
    Result<VoicePrompt> voice = prepareVoice(reference, std::move(transcript), config.ref_audio_pad, config.max_prompt_dur, progress);
    if (!voice) return voice.error();
    const double encodeSeconds = secondsSince(t0);
    Result<TtsResult> r = tts(text, *voice, config, progress, control, refineOptions);
    if (!r) return r;
    r->timings.encodeSeconds = encodeSeconds;
    r->timings.totalSeconds += encodeSeconds;
    return r;
}

}  // namespace mars5
