#include "ar_generate.h"

#include "error_notices.h"
#include "failure.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace mars5 {

const char* describe(ArStopReason reason) {
    switch (reason) {
    case ArStopReason::Eos: return "end of speech";
    case ArStopReason::MaxLength: return "length budget reached (inference likely failed or the input is too long)";
    case ArStopReason::Cancelled: return "cancelled";
    case ArStopReason::ForcedLength: return "forced length reached (EOS ignored)";
    }
    return "?";
}

// 53 bits: the largest seed InferenceConfig::seed (a JSON number, 2^53 - 1 at most) accepts,
// so the seed a random run used can be given back to repeat it exactly.
std::uint64_t freshSeed() {
    std::random_device rd;
    return ((static_cast<std::uint64_t>(rd()) << 32) ^ rd()) & ((std::uint64_t{1} << 53) - 1);
}

ArPrompt buildArPrompt(const Mars5Tokenizers& tok, std::string_view text, std::optional<std::string_view> transcript,
                       std::span<const int> refL0Codes, bool deepClone) {
    if (stripPythonWhitespace(text).empty())
        fail(ErrorKind::InvalidArgument, emptyTextNotice());
    ArPrompt p;
    p.deepClone = deepClone;
    if (deepClone) {
        if (!transcript)
            fail(ErrorKind::InvalidArgument, deepCloneNeedsTranscriptNotice());
        p.textIds = encodeTextPrompt(tok.text, text, transcript);
        const std::vector<int> speech = encodeSpeechPrompt(tok.speech, tok.ids, refL0Codes);
        p.ids.assign(p.textIds.begin(), p.textIds.end());
        p.ids.insert(p.ids.end(), speech.begin(), speech.end());
        p.refSpeechTokens = static_cast<std::int64_t>(speech.size());
    } else {
        p.textIds = encodeTextPrompt(tok.text, text);
        p.ids.assign(p.textIds.begin(), p.textIds.end());
    }
    p.textTokens = static_cast<std::int64_t>(p.textIds.size());
    p.firstCodecIdx = p.textTokens + 1;
    return p;
}

std::vector<int> speechIdsAfterSlice(const ArIdSpace& ids, std::span<const std::int64_t> sequence, std::int64_t firstCodecIdx) {
    std::vector<int> out;
    for (std::size_t i = static_cast<std::size_t>(std::max<std::int64_t>(firstCodecIdx, 0)); i < sequence.size(); ++i)
        out.push_back(sequence[i] >= ids.nText ? static_cast<int>(sequence[i] - ids.nText) : 0);
    return out;
}

namespace {

void top8(const at::Tensor& logits, std::vector<std::int64_t>& ids, std::vector<float>& values) {
    const auto [v, i] = at::topk(logits, std::min<std::int64_t>(8, logits.size(0)));
    const at::Tensor vc = v.to(at::kCPU).contiguous(), ic = i.to(at::kCPU).contiguous();
    values.assign(vc.data_ptr<float>(), vc.data_ptr<float>() + vc.numel());
    ids.assign(ic.data_ptr<std::int64_t>(), ic.data_ptr<std::int64_t>() + ic.numel());
}

}  // namespace

ArGenerateResult generateAr(const ArModel& model, const Mars5Tokenizers& tok, const at::Tensor& speaker,
                            const ArPrompt& prompt, const ArGenerateOptions& options) {
    const InferenceConfig& cfg = options.config;
    if (const std::string err = cfg.validate(); !err.empty()) fail(ErrorKind::InvalidArgument, err);
    if (tok.ids.vocabSize() != model.hp().vocabSize())
        fail(ErrorKind::InvalidArgument, "the tokenizers' vocabulary (" + std::to_string(tok.ids.vocabSize()) +
                                             ") is not the AR model's (" + std::to_string(model.hp().vocabSize()) + ")");
    const std::int64_t promptLen = static_cast<std::int64_t>(prompt.ids.size());
    const bool forced = options.forceTokens > 0;
    const std::int64_t maxLen = forced ? promptLen + options.forceTokens : cfg.maxSequenceLength();
    if (promptLen >= maxLen)
        fail(ErrorKind::InvalidArgument, promptTooLongNotice(promptLen, prompt.textTokens, prompt.refSpeechTokens, maxLen,
                                                             prompt.deepClone));

    const SamplerSettings settings = SamplerSettings::from(cfg, tok.ids.nText, tok.ids.eos, options.estimatedLength);
    std::unique_ptr<TokenDrawer> ownDrawer;
    TokenDrawer* drawer = options.drawer;
    if (!drawer) {
        ownDrawer = std::make_unique<TorchGeneratorDrawer>(options.seed);
        drawer = ownDrawer.get();
    }

    ArGenerateResult r;
    r.sequence = prompt.ids;
    const c10::Device device = model.device();
    r.decodeStep = options.decodeStep;
    if (r.decodeStep == DecodeStepKind::Auto)
        r.decodeStep = ArStaticDecoder::graphsAvailable(device) ? DecodeStepKind::CudaGraph : DecodeStepKind::Dynamic;
    if (!cfg.use_kv_cache) r.decodeStep = DecodeStepKind::Dynamic;  // full passes: no decode step at all

    // The cache (and for the static kinds the decoder over it): the caller's, kept across runs,
    // or this run's own, sized to it.
    ArDecodeContext ownContext;
    const bool kept = options.context && r.decodeStep != DecodeStepKind::Dynamic;
    ArDecodeContext& context = kept ? *options.context : ownContext;
    if (cfg.use_kv_cache && (!context.cache.allocated() || context.model != &model)) {
        context.decoder.reset();
        context.cache = model.makeCache(kept ? model.hp().slidingWindow : promptLen + maxLen);
        context.model = &model;
    }
    KvCache& cache = context.cache;
    const StaticDecodeMode wanted = r.decodeStep == DecodeStepKind::CudaGraph ? StaticDecodeMode::CudaGraph : StaticDecodeMode::Eager;
    if (context.decoder && context.decoder->mode() != wanted && context.decoder->fallbackReason().empty())
        context.decoder.reset();  // asked for the other mode (a decoder that gave up graphs stays eager)
    if (r.decodeStep != DecodeStepKind::Dynamic && !context.decoder)
        context.decoder = std::make_unique<ArStaticDecoder>(model, cache, wanted);
    ArStaticDecoder* staticDecoder = r.decodeStep != DecodeStepKind::Dynamic ? context.decoder.get() : nullptr;
    const std::int64_t graphsBefore = staticDecoder ? staticDecoder->graphsCaptured() : 0;
    const std::int64_t vocab = model.hp().vocabSize();
    const auto longCpu = at::TensorOptions().dtype(at::kLong);
    ArProgress progress{0, options.estimatedLength, maxLen - promptLen, -1};

    // Every id drawn, on the device: the repetition penalty's window reads it, the next step
    // embeds from it, and the loop reads a chunk of it back at a time.
    const bool chunked = drawer->drawsOnDevice() && !options.recordSteps && cfg.use_kv_cache;
    // With a static decoder and a drawer that hands its noise over, a decode step is one fixed-shape
    // step (decode, sampler, draw): one graph launch per token on a GPU. The drawn ids then live in
    // the decoder's buffer, whose address the graphs hold.
    const bool wholeSteps = options.wholeSteps && staticDecoder && chunked && drawer->providesChunkNoise();
    const at::Tensor drawn = wholeSteps ? staticDecoder->drawnIds(maxLen - promptLen)
                                        : at::empty({maxLen - promptLen}, longCpu.device(device));
    const std::int64_t chunkSteps = !chunked ? 1 : options.syncEvery > 0 ? options.syncEvery : device.is_cpu() ? 1 : 8;

    r.stop = ArStopReason::MaxLength;
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    Clock::time_point firstDone = start;
    bool stopped = false;
    at::Tensor lastToken;  // the id the next decode step embeds (on the device)
    while (!stopped && static_cast<std::int64_t>(r.sequence.size()) < maxLen) {
        if (options.cancelled && options.cancelled()) {
            r.stop = ArStopReason::Cancelled;
            break;
        }
        // the first chunk is the prefill step alone, so its time is the time to the first token
        const std::int64_t n0 = static_cast<std::int64_t>(r.generated.size());
        const std::int64_t k = r.steps == 0 ? 1 : std::min(chunkSteps, maxLen - static_cast<std::int64_t>(r.sequence.size()));
        drawer->beginChunk(k, vocab, device);
        if (wholeSteps && r.steps > 0) staticDecoder->loadNoise(drawer->takeChunkNoise());
        at::Tensor candidates, chosenProbability;  // [k] on the device, when recordSummaries
        if (options.recordSummaries) {
            candidates = at::empty({k}, longCpu.device(device));
            chosenProbability = at::empty({k}, at::TensorOptions().dtype(at::kFloat).device(device));
        }
        for (std::int64_t i = 0; i < k; ++i) {
            const std::int64_t n = n0 + i;  // ids generated before this step
            if (wholeSteps && (r.steps > 0 || i > 0)) {
                const double eosPenalty = earlyEosPenalty(n, settings.nEst, settings.eosDecay, settings.eosFactor);
                const at::Tensor probs = staticDecoder->stepAndDraw(lastToken, promptLen + n, n, eosPenalty, i, settings, forced);
                lastToken = staticDecoder->token();  // also in drawn[n]
                if (options.recordSummaries) {
                    candidates.narrow(0, i, 1).copy_(probs.gt(0).sum().reshape({1}));
                    chosenProbability.narrow(0, i, 1).copy_(probs.index_select(0, lastToken));
                }
                continue;
            }
            at::Tensor logits;
            if (cfg.use_kv_cache && (r.steps > 0 || i > 0)) {
                // the newest id sits at position promptLen + n of the speaker-prefixed sequence
                logits = staticDecoder ? staticDecoder->step(lastToken, promptLen + n)
                                       : model.decodeStep(lastToken, promptLen + n, cache);
            } else {
                const at::Tensor seq = at::from_blob(r.sequence.data(), {static_cast<std::int64_t>(r.sequence.size())}, longCpu).clone();
                logits = cfg.use_kv_cache ? model.prefill(speaker, seq, cache) : model.forwardFull(speaker, seq).select(0, -1);
            }
            if (forced) logits.narrow(0, tok.ids.eos, 1).fill_(-INFINITY);
            SamplerTrace trace;
            const at::Tensor probs = samplerProbabilities(logits, drawn.narrow(0, 0, n), settings, options.recordSteps ? &trace : nullptr);
            lastToken = drawer->drawOnDevice(probs).reshape({1});
            drawn.narrow(0, n, 1).copy_(lastToken);
            if (options.recordSummaries) {
                candidates.narrow(0, i, 1).copy_(probs.gt(0).sum().reshape({1}));
                chosenProbability.narrow(0, i, 1).copy_(probs.index_select(0, lastToken));
            }
            if (options.recordSteps) {
                ArStepRecord rec;
                rec.chosen = lastToken.item<std::int64_t>();
                top8(logits.to(at::kFloat), rec.rawTop8Ids, rec.rawTop8Logits);
                top8(trace.afterEosPenalty, rec.penalizedTop8Ids, rec.penalizedTop8Logits);
                const at::Tensor nz = at::nonzero(probs.gt(0)).flatten().to(at::kCPU);
                for (std::int64_t j = 0; j < std::min<std::int64_t>(nz.numel(), 64); ++j) {
                    const std::int64_t id = nz[j].item<std::int64_t>();
                    rec.supportIds.push_back(id);
                    rec.supportProbs.push_back(probs[id].item<float>());
                }
                r.records.push_back(std::move(rec));
            }
        }

        // the chunk's one read-back
        const at::Tensor ids = drawn.narrow(0, n0, k).to(at::kCPU);
        const std::int64_t* id = ids.data_ptr<std::int64_t>();
        at::Tensor candidatesHost, probabilityHost;
        if (options.recordSummaries) candidatesHost = candidates.to(at::kCPU), probabilityHost = chosenProbability.to(at::kCPU);
        ++r.readBacks;
        if (r.steps == 0) firstDone = Clock::now();
        std::int64_t used = 0;
        while (used < k && !stopped) {
            const std::int64_t y = id[used];
            if (options.recordSummaries)
                r.summaries.push_back({y, candidatesHost.data_ptr<std::int64_t>()[used], probabilityHost.data_ptr<float>()[used]});
            ++used;
            ++r.steps;
            progress.lastToken = y;
            if (y == tok.ids.eos) {
                r.stop = ArStopReason::Eos;
                if (options.progress) options.progress(progress);
                stopped = true;
                break;
            }
            r.sequence.push_back(y);
            r.generated.push_back(y);
            progress.generated = static_cast<std::int64_t>(r.generated.size());
            if (options.progress) options.progress(progress);
            if (forced && progress.generated >= options.forceTokens) {
                r.stop = ArStopReason::ForcedLength;
                stopped = true;
            }
        }
        drawer->endChunk(used);
        // steps queued after an end of speech wrote KV entries past it: harmless, the loop ends
    }

    if (staticDecoder) {
        r.graphsCaptured = staticDecoder->graphsCaptured() - graphsBefore;
        r.decodeWarning = staticDecoder->fallbackReason();
        if (staticDecoder->mode() == StaticDecodeMode::Eager) r.decodeStep = DecodeStepKind::StaticEager;
    }
    if (r.steps > 0) {
        r.firstTokenSeconds = std::chrono::duration<double>(firstDone - start).count();
        r.decodeSeconds = std::chrono::duration<double>(Clock::now() - firstDone).count();
    }
    r.speechIdsAfterSlice = speechIdsAfterSlice(tok.ids, r.sequence, prompt.firstCodecIdx);
    r.l0Codes = decodeSpeechCodes(tok.speech, r.speechIdsAfterSlice);
    return r;
}

}  // namespace mars5
