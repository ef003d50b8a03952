// Golden group "tts": the reference's tts() runs of goldens_tts.safetensors (shallow / deep x
// greedy / sampled) through the public Engine API, the code path of a user's run:
// Mars5Engine::load (the tiny AR + NAR, sidecar hyper-parameters), prepareVoiceFromCodes (the
// fixtures stub Encodec: the reference codes come from goldens_ar.safetensors `ref_codes`),
// generateCoarse and refine with config.seed = the run's torch_manual_seed. Checked exactly:
// prompt ids, AR draws (step_chosen), generated ids, L0 codes (the reference's ar_codes), the
// diffusion output and the final codes handed to the vocoder. Bit-exact codes need the
// reference's single RNG stream (AR draws, then the NAR), which the engine reproduces.
// Vocoding and trimming need the codec and are covered by test_engine and cli_tts_tiny.
#include "selftest_mars5.h"

#include "failure.h"
#include "safetensors.h"

#include "mars5/engine.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace mars5::cli {

namespace {

using json = nlohmann::json;

template <class T>
long long mismatchesOf(const std::vector<T>& actual, const at::Tensor& golden) {
    const at::Tensor g = golden.to(at::kCPU, at::kLong).contiguous().view({-1});
    if (static_cast<std::int64_t>(actual.size()) != g.numel())
        return std::max<long long>(1, std::max<long long>(static_cast<long long>(actual.size()), g.numel()));
    long long bad = 0;
    for (std::int64_t i = 0; i < g.numel(); ++i) bad += static_cast<std::int64_t>(actual[static_cast<std::size_t>(i)]) != g[i].item<std::int64_t>();
    return bad;
}

// CodecCodes (codebook-major) against a golden [T, 8].
long long codesMismatches(const CodecCodes& codes, const at::Tensor& golden) {
    if (golden.dim() != 2 || golden.size(1) != codes.numCodebooks || golden.size(0) != codes.numFrames)
        return std::max<long long>(1, golden.numel());
    const at::Tensor actual =
        at::tensor(codes.values, at::kLong).view({codes.numCodebooks, codes.numFrames}).t();
    return actual.ne(golden.to(at::kCPU, at::kLong)).sum().item<std::int64_t>();
}

void runTtsGoldens(Mars5SelftestContext& ctx) {
    GoldenReport& rep = ctx.report;
    const auto ttsPath = ctx.dir / "goldens_tts.safetensors";
    const auto arPath = ctx.dir / "goldens_ar.safetensors";
    if (!std::filesystem::exists(ttsPath) || !std::filesystem::exists(arPath)) {
        rep.info("no goldens_tts.safetensors / goldens_ar.safetensors: tts goldens skipped");
        return;
    }
    json g;
    {
        std::ifstream in(ctx.dir / "goldens.json");
        if (!in) fail(ErrorKind::Io, (ctx.dir / "goldens.json").string() + ": missing (needed for the tts runs)");
        g = json::parse(in);
    }
    ModelPaths paths;
    for (const char* ext : {".safetensors", ".pt"}) {
        if (paths.ar.empty() && std::filesystem::exists(ctx.dir / (std::string("mars5_tiny_ar") + ext)))
            paths.ar = (ctx.dir / (std::string("mars5_tiny_ar") + ext)).string();
        if (paths.nar.empty() && std::filesystem::exists(ctx.dir / (std::string("mars5_tiny_nar") + ext)))
            paths.nar = (ctx.dir / (std::string("mars5_tiny_nar") + ext)).string();
    }
    EngineOptions options;
    options.device = ctx.device.is_cuda() ? ComputeDevice::Cuda : ComputeDevice::Cpu;
    Result<Mars5Engine> engine = Mars5Engine::load(paths, options);
    if (!engine) {
        rep.failure("Mars5Engine::load: " + engine.message());
        return;
    }
    rep.info("engine: AR " + engine->info().arSummary + "; NAR " + engine->info().narSummary);

    // The reference codes [T_ref, 8] -> codebook-major CodecCodes.
    const at::Tensor ref = SafetensorsFile::open(arPath.string()).tensor("ref_codes", at::kLong).t().contiguous();
    CodecCodes refCodes;
    refCodes.numCodebooks = static_cast<int>(ref.size(0));
    refCodes.numFrames = ref.size(1);
    refCodes.values.assign(ref.data_ptr<std::int64_t>(), ref.data_ptr<std::int64_t>() + ref.numel());

    const SafetensorsFile tf = SafetensorsFile::open(ttsPath.string());
    int runs = 0;
    for (const auto& [name, run] : g.items()) {
        if (name.rfind("tts_", 0) != 0 || !run.is_object() || !run.contains("inference_config") ||
            !tf.contains(name + ".ar_sequence"))
            continue;
        ++runs;
        InferenceConfig cfg;
        for (const auto& [key, value] : run["inference_config"].items()) {
            const double v = value.is_boolean() ? (value.get<bool>() ? 1.0 : 0.0) : value.get<double>();
            if (const std::string err = cfg.set(key, v); !err.empty()) rep.failure(name + ": inference_config: " + err);
        }
        cfg.seed = run.value("torch_manual_seed", std::int64_t{0});
        const std::optional<std::string> transcript =
            run.contains("ref_transcript") ? std::optional<std::string>(run["ref_transcript"].get<std::string>()) : std::nullopt;
        Result<VoicePrompt> voice = engine->prepareVoiceFromCodes(refCodes, transcript);
        if (!voice) {
            rep.failure(name + ": prepareVoiceFromCodes: " + voice.message());
            continue;
        }
        if (runs > 1 && !voice->fromCache()) rep.failure(name + ": the same reference codes were not found in the voice cache");

        std::int64_t arCalls = 0, narCalls = 0, lastNar = -1;
        bool monotone = true, arFinished = false, narFinished = false;
        std::int64_t lastAr = -1;
        const ProgressCallback progress = [&](const EngineProgress& p) {
            if (p.stage == EngineStage::Coarse) {
                ++arCalls;
                monotone = monotone && p.current >= lastAr;
                lastAr = p.current;
                arFinished = arFinished || p.finished;
            } else if (p.stage == EngineStage::Refine) {
                ++narCalls;
                monotone = monotone && p.current >= lastNar;
                lastNar = p.current;
                narFinished = narFinished || (p.finished && p.current == p.total);
            }
        };
        const std::string text = run["text"].get<std::string>();
        Result<ArResult> coarse = engine->generateCoarse(text, *voice, cfg, progress);
        if (!coarse) {
            rep.failure(name + ": generateCoarse: " + coarse.message());
            continue;
        }
        std::vector<std::int64_t> chosen;
        for (const auto& s : coarse->stepStats) chosen.push_back(s.token);
        rep.checkExact(name + ".prompt (engine)", mismatchesOf(coarse->promptIds, tf.tensor(name + ".prompt", at::kLong)));
        rep.checkExact(name + ".step_chosen (engine)", mismatchesOf(chosen, tf.tensor(name + ".step_chosen", at::kLong)),
                       "exact; seed " + std::to_string(cfg.seed));
        rep.checkExact(name + ".generated (engine)", mismatchesOf(coarse->generatedIds, tf.tensor(name + ".generated", at::kLong)),
                       std::string("exact; ") + toString(coarse->stop));
        rep.checkExact(name + ".l0_codes (engine)", mismatchesOf(coarse->l0Codes, tf.tensor(name + ".l0_codes", at::kLong)));
        const bool stopOk = (run.value("stopped_by", "") == "eos") == (coarse->stop == CoarseStop::Eos) &&
                            coarse->steps == run.value("n_decoding_steps", std::int64_t{-1});
        rep.checkExact(name + ".stop_reason_and_steps (engine)", stopOk ? 0 : 1);

        // On a GPU too the diffusion draws the reference's stream (RefineOptions::referenceDraws).
        RefineOptions referenceDraws;
        referenceDraws.referenceDraws = true;
        Result<NarResult> refined = engine->refine(*coarse, *voice, cfg, progress, nullptr, referenceDraws);
        if (!refined) {
            rep.failure(name + ": refine: " + refined.message());
            continue;
        }
        rep.checkExact(name + ".nar_output (engine)", codesMismatches(refined->fullCodes, tf.tensor(name + ".nar_output", at::kLong)),
                       "exact: " + std::to_string(refined->stepsRun) + " steps, one RNG stream from the AR on");
        rep.checkExact(name + ".final_codes (engine)", codesMismatches(refined->codes, tf.tensor(name + ".final_codes", at::kLong)));
        rep.checkExact(name + ".progress (engine)",
                       (monotone && arFinished && narFinished && arCalls >= coarse->steps && narCalls > refined->stepsRun) ? 0 : 1,
                       "monotone, AR and NAR reach their end");

        // The same run with the decode loop reading its tokens back every 7 steps (a GPU reads
        // every 8): an end of speech inside a chunk must leave the same tokens and steps, and
        // the random stream the NAR continues where the per-token loop leaves it.
        CoarseOptions chunked;
        chunked.syncEvery = 7;
        Result<ArResult> coarse7 = engine->generateCoarse(text, *voice, cfg, {}, nullptr, chunked);
        if (!coarse7) {
            rep.failure(name + ": generateCoarse (chunks of 7): " + coarse7.message());
            continue;
        }
        const bool sameAr = coarse7->generatedIds == coarse->generatedIds && coarse7->steps == coarse->steps &&
                            coarse7->stop == coarse->stop;
        Result<NarResult> refined7 = engine->refine(*coarse7, *voice, cfg, {}, nullptr, referenceDraws);
        rep.checkExact(name + ".nar_output (engine, syncEvery 7)",
                       (sameAr ? 0 : 1) + (refined7 ? codesMismatches(refined7->fullCodes, tf.tensor(name + ".nar_output", at::kLong)) : 1),
                       "exact; " + std::to_string(coarse7->steps) + " AR steps");
    }
    if (runs == 0) rep.info("goldens.json lists no tts_* run with goldens: tts goldens skipped");
}

const Mars5GoldenGroupRegistration registration{"tts", 70, &runTtsGoldens};

}  // namespace

}  // namespace mars5::cli
