// Golden group "ar": the AR model against goldens_ar.safetensors (speaker vector, prompts,
// full-pass logits, KV-cache step logits, the no-cache steps, the fixed-shape step of the CUDA graphs) and the AR half of the tts()
// runs of goldens_tts.safetensors (greedy generations end to end, per-step logits, parsing into
// L0 codes; sampled runs teacher-forced on their recorded tokens and, with the reference's seed,
// drawn through the same CPU RNG stream). The tiny AR is loaded from BOTH the .safetensors and
// the .pt and every check runs on each. Sizes come from the files: nothing is hard-coded.
#include "selftest_mars5.h"

#include "ar_decode_graph.h"
#include "ar_generate.h"
#include "ar_model.h"
#include "failure.h"
#include "mars5_checkpoint.h"
#include "safetensors.h"
#include "tokenizer.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <limits>

namespace mars5::cli {

namespace {

using json = nlohmann::json;

constexpr double kSpkTol = 2e-5;     // README: speaker vectors
constexpr double kLogitTol = 1e-4;   // README: AR logits
constexpr double kProbTol = 1e-4;    // README: tts_*_sampled.step_probs

// Max abs error over finite entries; +inf when the -inf patterns differ (they must match exactly).
double finiteAwareError(const at::Tensor& actual, const at::Tensor& golden) {
    if (actual.sizes() != golden.sizes()) return std::numeric_limits<double>::infinity();
    const at::Tensor a = actual.to(at::kCPU, at::kDouble), g = golden.to(at::kCPU, at::kDouble);
    const at::Tensor af = at::isfinite(a), gf = at::isfinite(g);
    if (!at::equal(af, gf) || !at::equal(at::isneginf(a), at::isneginf(g))) return std::numeric_limits<double>::infinity();
    if (!af.any().item<bool>()) return 0.0;
    return (a - g).abs().masked_select(af).max().item<double>();
}

long long mismatches(const at::Tensor& actual, const at::Tensor& golden) {
    if (actual.sizes() != golden.sizes()) return std::max<long long>(1, std::max(actual.numel(), golden.numel()));
    return actual.to(at::kCPU, at::kLong).ne(golden.to(at::kCPU, at::kLong)).sum().item<std::int64_t>();
}

template <class T>
at::Tensor longTensor(const std::vector<T>& v) {
    at::Tensor t = at::empty({static_cast<std::int64_t>(v.size())}, at::kLong);
    for (std::size_t i = 0; i < v.size(); ++i) t[static_cast<std::int64_t>(i)] = static_cast<std::int64_t>(v[i]);
    return t;
}

std::vector<int> intsOf(const at::Tensor& t) {
    const at::Tensor c = t.to(at::kCPU, at::kLong).contiguous();
    return std::vector<int>(c.data_ptr<std::int64_t>(), c.data_ptr<std::int64_t>() + c.numel());
}

std::vector<std::int64_t> longsOf(const at::Tensor& t) {
    const at::Tensor c = t.to(at::kCPU, at::kLong).contiguous();
    return std::vector<std::int64_t>(c.data_ptr<std::int64_t>(), c.data_ptr<std::int64_t>() + c.numel());
}

InferenceConfig configFrom(const json& j, GoldenReport& report, const std::string& run) {
    InferenceConfig cfg;
    for (const auto& [key, value] : j.items()) {
        const double v = value.is_boolean() ? (value.get<bool>() ? 1.0 : 0.0) : value.get<double>();
        if (const std::string err = cfg.set(key, v); !err.empty()) report.failure(run + ": inference_config: " + err);
    }
    return cfg;
}

// The text inputs of a mode (shallow / deep), from the first goldens.json run of that mode.
const json* runOfMode(const json& g, const std::string& mode) {
    for (const auto& [key, value] : g.items())
        if (value.is_object() && value.value("mode", "") == mode && value.contains("text")) return &value;
    return nullptr;
}

void checkArGoldens(Mars5SelftestContext& ctx, const std::string& arPath, const std::string& tag) {
    GoldenReport& rep = ctx.report;
    Mars5LoadOptions options;
    options.device = ctx.device;
    options.configOverridePath = findMars5ConfigSidecar(arPath);
    const Mars5Checkpoint ck = loadMars5Checkpoint(arPath, Mars5ModelKind::Ar, options);
    const ArModel model = ArModel::fromCheckpoint(ck);
    const Mars5Tokenizers tok = loadMars5Tokenizers(ck.texttokModel, ck.speechtokModel, arPath);
    rep.info(tag + ": " + summarize(ck.ar) + (options.configOverridePath.empty() ? "" : " (override " +
                                              std::filesystem::path(options.configOverridePath).filename().string() + ")"));
    const std::string sfx = tag == "safetensors" ? "" : " [" + tag + "]";

    json g;
    {
        std::ifstream in(ctx.dir / "goldens.json");
        if (!in) fail(ErrorKind::Io, (ctx.dir / "goldens.json").string() + ": missing (needed for the prompt texts)");
        g = json::parse(in);
    }

    const auto goldenPath = ctx.dir / "goldens_ar.safetensors";
    at::Tensor refCodes;
    at::Tensor speaker;
    if (std::filesystem::exists(goldenPath)) {
        const SafetensorsFile gf = SafetensorsFile::open(goldenPath.string());
        refCodes = gf.tensor("ref_codes", at::kLong);
        speaker = model.speakerVector(refCodes);
        rep.check("ar.spk_vec" + sfx, maxAbsError(speaker, gf.tensor("ar.spk_vec", at::kFloat)), kSpkTol);

        for (const auto& e : gf.entries()) {
            const std::string suffix = ".prompt";
            if (e.name.rfind("ar.", 0) != 0 || e.name.size() <= suffix.size() ||
                e.name.compare(e.name.size() - suffix.size(), suffix.size(), suffix) != 0)
                continue;
            const std::string base = e.name.substr(0, e.name.size() - suffix.size());  // ar.<mode>
            const std::string mode = base.substr(3);
            const json* run = runOfMode(g, mode);
            if (!run) {
                rep.failure(base + ": goldens.json has no run of mode '" + mode + "' with the input texts");
                continue;
            }
            const std::string transcript = run->value("ref_transcript", "");
            const ArPrompt prompt = buildArPrompt(tok, (*run)["text"].get<std::string>(), transcript, intsOf(refCodes.select(1, 0)),
                                                  mode == "deep");
            const at::Tensor promptT = longTensor(prompt.ids);
            rep.checkExact(base + ".prompt" + sfx, mismatches(promptT, gf.tensor(e.name, at::kLong)));

            const at::Tensor full = model.forwardFull(speaker, promptT);
            rep.check(base + ".logits_full" + sfx, maxAbsError(full, gf.tensor(base + ".logits_full", at::kFloat)), kLogitTol);

            const std::vector<std::int64_t> kvTokens = longsOf(gf.tensor(base + ".kv_tokens", at::kLong));
            const std::int64_t n = static_cast<std::int64_t>(prompt.ids.size());
            KvCache cache = model.makeCache(n + InferenceConfig{}.maxSequenceLength());
            model.prefill(speaker, promptT, cache);
            std::vector<at::Tensor> kvRows, fullRows;
            std::vector<std::int64_t> seq = prompt.ids;
            for (std::size_t j = 0; j < kvTokens.size(); ++j) {
                seq.push_back(kvTokens[j]);
                kvRows.push_back(model.decodeStep(kvTokens[j], n + 1 + static_cast<std::int64_t>(j), cache));
                fullRows.push_back(model.forwardFull(speaker, longTensor(seq)).select(0, -1));
            }
            rep.check(base + ".logits_kv_steps" + sfx,
                      maxAbsError(at::stack(kvRows), gf.tensor(base + ".logits_kv_steps", at::kFloat)), kLogitTol,
                      "cache capacity " + std::to_string(cache.capacity()));
            rep.check(base + ".logits_nocache_steps" + sfx,
                      maxAbsError(at::stack(fullRows), gf.tensor(base + ".logits_nocache_steps", at::kFloat)), kLogitTol);

            // The same steps through the fixed-shape step: replayed as CUDA graphs on a GPU (what
            // generation uses there), run eagerly elsewhere.
            KvCache staticCache = model.makeCache(n + InferenceConfig{}.maxSequenceLength());
            model.prefill(speaker, promptT, staticCache);
            const bool graphs = ArStaticDecoder::graphsAvailable(model.device());
            ArStaticDecoder decoder(model, staticCache, graphs ? StaticDecodeMode::CudaGraph : StaticDecodeMode::Eager);
            std::vector<at::Tensor> staticRows;
            for (std::size_t j = 0; j < kvTokens.size(); ++j) {
                const at::Tensor token = at::full({1}, kvTokens[j], at::TensorOptions().dtype(at::kLong).device(model.device()));
                staticRows.push_back(decoder.step(token, n + 1 + static_cast<std::int64_t>(j)).clone());
            }
            // The decoder's other kernel path (the fewer-kernel path on the CPU, the reference path on a
            // GPU): the same steps, to the same tolerance.
            {
                const ArModel other = model.withKernelPath(model.kernelPath() == ArModel::KernelPath::Fewer
                                                               ? ArModel::KernelPath::Reference
                                                               : ArModel::KernelPath::Fewer);
                KvCache otherCache = other.makeCache(n + InferenceConfig{}.maxSequenceLength());
                other.prefill(speaker, promptT, otherCache);
                std::vector<at::Tensor> rows;
                for (std::size_t j = 0; j < kvTokens.size(); ++j)
                    rows.push_back(other.decodeStep(kvTokens[j], n + 1 + static_cast<std::int64_t>(j), otherCache));
                rep.check(base + ".logits_kv_steps (" +
                              (other.kernelPath() == ArModel::KernelPath::Fewer ? "fewer kernels" : "reference kernels") + ")" + sfx,
                          maxAbsError(at::stack(rows), gf.tensor(base + ".logits_kv_steps", at::kFloat)), kLogitTol);
            }
            rep.check(base + ".logits_static_steps" + sfx,
                      maxAbsError(at::stack(staticRows), gf.tensor(base + ".logits_kv_steps", at::kFloat)), kLogitTol,
                      decoder.mode() == StaticDecodeMode::CudaGraph
                          ? std::to_string(decoder.graphsCaptured()) + " CUDA graph(s)"
                          : graphs ? "capture failed: " + decoder.fallbackReason() : std::string("eager, no CUDA here"));
        }
    } else {
        rep.info("no goldens_ar.safetensors: AR forward goldens skipped");
    }

    // tts() runs: the AR half.
    const auto ttsPath = ctx.dir / "goldens_tts.safetensors";
    if (!std::filesystem::exists(ttsPath)) {
        rep.info("no goldens_tts.safetensors: AR generation goldens skipped");
        return;
    }
    const SafetensorsFile tf = SafetensorsFile::open(ttsPath.string());
    for (const auto& [name, run] : g.items()) {
        if (!run.is_object() || !run.contains("inference_config") || !tf.contains(name + ".ar_sequence")) continue;
        if (!refCodes.defined()) {
            rep.failure(name + ": needs ref_codes from goldens_ar.safetensors");
            continue;
        }
        const bool greedy = run.value("kind", "") == "greedy";
        const InferenceConfig cfg = configFrom(run["inference_config"], rep, name);
        const std::string text = run["text"].get<std::string>();
        const std::optional<std::string> transcript =
            run.contains("ref_transcript") ? std::optional<std::string>(run["ref_transcript"].get<std::string>()) : std::nullopt;
        const ArPrompt prompt = buildArPrompt(tok, text, transcript, intsOf(refCodes.select(1, 0)), cfg.deep_clone);
        rep.checkExact(name + ".prompt" + sfx, mismatches(longTensor(prompt.ids), tf.tensor(name + ".prompt", at::kLong)));
        rep.checkExact(name + ".first_codec_idx/n_est" + sfx,
                       (prompt.firstCodecIdx != run["first_codec_idx"].get<std::int64_t>()) +
                           (estimatedGenerationLength(text, cfg.eos_estimated_gen_length_factor) !=
                            run["n_phones_gen"].get<std::int64_t>()));

        ArGenerateOptions o;
        o.config = cfg;
        o.estimatedLength = estimatedGenerationLength(text, cfg.eos_estimated_gen_length_factor);
        o.seed = run.value("torch_manual_seed", std::uint64_t{0});
        o.recordSteps = true;
        std::int64_t progressCalls = 0;
        o.progress = [&](const ArProgress&) { ++progressCalls; };
        const at::Tensor chosen = tf.tensor(name + ".step_chosen", at::kLong);

        const auto checkSteps = [&](const ArGenerateResult& r, const std::string& label) {
            std::vector<std::int64_t> ids;
            std::vector<float> raw, pen;
            std::vector<std::int64_t> rawIds, penIds;
            for (const auto& s : r.records) {
                rawIds.insert(rawIds.end(), s.rawTop8Ids.begin(), s.rawTop8Ids.end());
                raw.insert(raw.end(), s.rawTop8Logits.begin(), s.rawTop8Logits.end());
                penIds.insert(penIds.end(), s.penalizedTop8Ids.begin(), s.penalizedTop8Ids.end());
                pen.insert(pen.end(), s.penalizedTop8Logits.begin(), s.penalizedTop8Logits.end());
            }
            const std::int64_t steps = static_cast<std::int64_t>(r.records.size());
            const auto f = [&](std::vector<float>& v) { return at::from_blob(v.data(), {steps, 8}, at::kFloat).clone(); };
            rep.check(name + ".step_raw_top8_logits" + label,
                      finiteAwareError(f(raw), tf.tensor(name + ".step_raw_top8_logits", at::kFloat)), kLogitTol);
            rep.check(name + ".step_penalized_top8_logits" + label,
                      finiteAwareError(f(pen), tf.tensor(name + ".step_penalized_top8_logits", at::kFloat)), kLogitTol);
            // ids of the top-8: exact where the golden values are distinct (ties may permute)
            rep.checkExact(name + ".step_raw_top8_ids" + label,
                           mismatches(longTensor(rawIds).reshape({steps, 8}), tf.tensor(name + ".step_raw_top8_ids", at::kLong)));
        };

        if (greedy) {
            const ArGenerateResult r = generateAr(model, tok, speaker, prompt, o);
            std::vector<std::int64_t> chosenIds;
            for (const auto& s : r.records) chosenIds.push_back(s.chosen);
            rep.checkExact(name + ".step_chosen" + sfx, mismatches(longTensor(chosenIds), chosen));
            rep.checkExact(name + ".generated" + sfx, mismatches(longTensor(r.generated), tf.tensor(name + ".generated", at::kLong)),
                           std::string("exact; stopped by ") + describe(r.stop));
            rep.checkExact(name + ".ar_sequence" + sfx,
                           mismatches(longTensor(r.sequence), tf.tensor(name + ".ar_sequence", at::kLong)));
            rep.checkExact(name + ".speech_ids_after_slice" + sfx,
                           mismatches(longTensor(r.speechIdsAfterSlice), tf.tensor(name + ".speech_ids_after_slice", at::kLong)));
            rep.checkExact(name + ".l0_codes" + sfx, mismatches(longTensor(r.l0Codes), tf.tensor(name + ".l0_codes", at::kLong)));
            const bool stopOk = (run.value("stopped_by", "") == "eos") == (r.stop == ArStopReason::Eos) &&
                                r.steps == run["n_decoding_steps"].get<std::int64_t>() &&
                                progressCalls == r.steps;
            rep.checkExact(name + ".stop_step_and_progress" + sfx, stopOk ? 0 : 1);
            checkSteps(r, sfx);
            // use_kv_cache = false runs full passes each step (the reference's path): same tokens here
            // (below the window the two attention rules coincide; beyond it the reference differs too).
        } else {
            // Teacher forcing on the recorded draws: the probabilities each step samples from.
            ForcedDrawer forced(longsOf(chosen));
            ArGenerateOptions tf_o = o;
            tf_o.drawer = &forced;
            const ArGenerateResult r = generateAr(model, tok, speaker, prompt, tf_o);
            rep.checkExact(name + ".generated (teacher-forced)" + sfx,
                           mismatches(longTensor(r.generated), tf.tensor(name + ".generated", at::kLong)));
            const at::Tensor gIds = tf.tensor(name + ".step_prob_ids", at::kLong);
            const at::Tensor gProbs = tf.tensor(name + ".step_probs", at::kFloat);
            const std::int64_t width = gIds.size(1);
            at::Tensor ids = at::full({static_cast<std::int64_t>(r.records.size()), width}, -1, at::kLong);
            at::Tensor probs = at::zeros({static_cast<std::int64_t>(r.records.size()), width}, at::kFloat);
            long long overflow = 0;
            for (std::size_t s = 0; s < r.records.size(); ++s) {
                const auto& rec = r.records[s];
                if (static_cast<std::int64_t>(rec.supportIds.size()) > width) ++overflow;
                for (std::size_t k = 0; k < rec.supportIds.size() && static_cast<std::int64_t>(k) < width; ++k) {
                    ids[static_cast<std::int64_t>(s)][static_cast<std::int64_t>(k)] = rec.supportIds[k];
                    probs[static_cast<std::int64_t>(s)][static_cast<std::int64_t>(k)] = rec.supportProbs[k];
                }
            }
            rep.checkExact(name + ".step_prob_ids" + sfx, mismatches(ids, gIds) + overflow);
            rep.check(name + ".step_probs" + sfx, maxAbsError(probs, gProbs), kProbTol);
            checkSteps(r, sfx);
            // The same run drawn from a CPU generator seeded like the reference's torch.manual_seed.
            const ArGenerateResult drawn = generateAr(model, tok, speaker, prompt, o);
            rep.checkExact(name + ".generated (torch RNG, seed " + std::to_string(o.seed) + ")" + sfx,
                           mismatches(longTensor(drawn.generated), tf.tensor(name + ".generated", at::kLong)));
            rep.checkExact(name + ".l0_codes (torch RNG)" + sfx,
                           mismatches(longTensor(drawn.l0Codes), tf.tensor(name + ".l0_codes", at::kLong)));
        }
    }
}

void runArGoldens(Mars5SelftestContext& ctx) {
    int found = 0;
    for (const char* ext : {".safetensors", ".pt"}) {
        const auto path = ctx.dir / (std::string("mars5_tiny_ar") + ext);
        if (!std::filesystem::exists(path)) continue;
        ++found;
        checkArGoldens(ctx, path.string(), ext + 1);
    }
    if (found == 0) ctx.report.info("no mars5_tiny_ar.{safetensors,pt}: AR goldens skipped");
}

const Mars5GoldenGroupRegistration registration{"ar", 20, &runArGoldens};

}  // namespace

}  // namespace mars5::cli
