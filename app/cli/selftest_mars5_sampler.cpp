// Golden group "sampler": every stage of every case of goldens_sampler.safetensors. Each filter
// is checked on its own (fed the golden output of the previous stage) and the whole chain is
// checked from the raw logits (samplerProbabilities, the function the generation loop calls).
// Tolerances (fixture README): atol 1e-5 + rtol 1e-6 per element, the set of -inf entries
// exact, probabilities atol 1e-6.
#include "selftest_mars5.h"

#include "failure.h"
#include "mars5_checkpoint.h"
#include "safetensors.h"
#include "sampler.h"
#include "tokenizer.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <limits>

namespace mars5::cli {

namespace {

using json = nlohmann::json;

// Excess over atol + rtol*|g| (<= 0 passes), reported as the equivalent abs error; +inf when the
// -inf entries differ.
double stageError(const at::Tensor& actual, const at::Tensor& golden, double rtol) {
    if (actual.sizes() != golden.sizes()) return std::numeric_limits<double>::infinity();
    const at::Tensor a = actual.to(at::kCPU, at::kDouble), g = golden.to(at::kCPU, at::kDouble);
    if (!at::equal(at::isneginf(a), at::isneginf(g)) || !at::equal(at::isfinite(a), at::isfinite(g)))
        return std::numeric_limits<double>::infinity();
    const at::Tensor finite = at::isfinite(g);
    if (!finite.any().item<bool>()) return 0.0;
    const at::Tensor excess = (a - g).abs() - rtol * g.abs();
    return std::max(0.0, excess.masked_select(finite).max().item<double>());
}

void runSamplerGoldens(Mars5SelftestContext& ctx) {
    const auto path = ctx.dir / "goldens_sampler.safetensors";
    if (!std::filesystem::exists(path)) {
        ctx.report.info("no goldens_sampler.safetensors: skipped");
        return;
    }
    GoldenReport& rep = ctx.report;
    const SafetensorsFile gf = SafetensorsFile::open(path.string());
    json g;
    {
        std::ifstream in(ctx.dir / "goldens.json");
        if (!in) fail(ErrorKind::Io, (ctx.dir / "goldens.json").string() + ": missing (needed for the sampler parameters)");
        g = json::parse(in);
    }
    // The id space as a run gets it: from the AR checkpoint's tokenizers when present.
    std::int64_t nText = g["id_space"]["n_text"].get<std::int64_t>(), eos = g["id_space"]["eos"].get<std::int64_t>();
    const auto arPath = ctx.dir / "mars5_tiny_ar.safetensors";
    if (std::filesystem::exists(arPath)) {
        const SafetensorsFile ar = SafetensorsFile::open(arPath.string());
        const auto& md = ar.metadata();
        if (md.count("texttok.model") && md.count("speechtok.model")) {
            const Mars5Tokenizers tok = loadMars5Tokenizers(md.at("texttok.model"), md.at("speechtok.model"), arPath.string());
            if (tok.ids.nText != nText || tok.ids.eos != eos)
                rep.failure("sampler: the checkpoint's id space differs from goldens.json id_space");
            nText = tok.ids.nText;
            eos = tok.ids.eos;
        }
    }

    constexpr double kAtol = 1e-5, kRtol = 1e-6, kProbAtol = 1e-6;
    for (const auto& [name, c] : g["sampler"].items()) {
        const std::string base = "sampler." + name + ".";
        if (!gf.contains(base + "in")) {
            rep.failure(base + "in: missing from goldens_sampler.safetensors");
            continue;
        }
        const json& p = c["params"];
        SamplerSettings s;
        s.temperature = p["temperature"].get<double>();
        s.topK = p["top_k"].get<std::int64_t>();
        s.topP = p["top_p"].get<double>();
        s.typicalP = p["typical_p"].get<double>();
        s.freqPenalty = p["freq"].get<double>();
        s.presencePenalty = p["presence"].get<double>();
        s.window = p["window"].get<std::int64_t>();
        s.eosDecay = p["eos_decay"].get<double>();
        s.eosFactor = p["eos_factor"].get<double>();
        s.nEst = p["n_est"].get<std::int64_t>();
        s.nText = nText;
        s.eos = eos;

        const at::Tensor in = gf.tensor(base + "in", at::kFloat);
        const at::Tensor histT = gf.tensor(base + "history", at::kLong).contiguous();
        const std::vector<std::int64_t> history(histT.data_ptr<std::int64_t>(), histT.data_ptr<std::int64_t>() + histT.numel());
        const auto golden = [&](const char* stage) { return gf.tensor(base + stage, at::kFloat); };
        const auto stage = [&](const char* label, const at::Tensor& actual, const char* goldenName) {
            if (!gf.contains(base + goldenName)) return;
            rep.check(base + label, stageError(actual, golden(goldenName), kRtol), kAtol);
        };

        // Diagnostics of the penalty alone.
        stage("diag_freq_only", applyRepetitionPenalty(in, history, s.freqPenalty, 0.0, s.window), "diag_freq_only");
        stage("diag_presence_only", applyRepetitionPenalty(in, history, 0.0, s.presencePenalty, s.window), "diag_presence_only");
        stage("diag_freq_presence_no_window",
              applyRepetitionPenalty(in, history, s.freqPenalty, s.presencePenalty,
                                     std::max<std::int64_t>(1, static_cast<std::int64_t>(history.size()))),
              "diag_freq_presence_no_window");

        // Each filter on its own, fed the golden output of the stage before.
        const bool rep1 = history.size() > 1;
        stage("after_rep_penalty",
              rep1 ? applyRepetitionPenalty(in, history, s.freqPenalty, s.presencePenalty, s.window) : in.clone(),
              "after_rep_penalty");
        stage("after_mask1", maskTextIds(golden("after_rep_penalty"), s.nText), "after_mask1");
        stage("after_eos_penalty",
              applyEarlyEosPenalty(golden("after_mask1"), static_cast<std::int64_t>(history.size()), s.nEst, s.eosDecay,
                                   s.eosFactor, s.eos),
              "after_eos_penalty");
        stage("after_temperature", applyTemperature(golden("after_eos_penalty"), s.temperature), "after_temperature");
        stage("after_top_k", applyTopK(golden("after_temperature"), s.topK), "after_top_k");
        stage("after_top_p", applyTopP(golden("after_top_k"), s.topP), "after_top_p");
        stage("after_typical", applyTypicalP(golden("after_top_p"), s.typicalP), "after_typical");
        stage("after_mask2", maskTextIds(golden("after_typical"), s.nText), "after_mask2");
        rep.check(base + "probs", stageError(probabilitiesOf(golden("after_mask2")), golden("probs"), 0.0), kProbAtol);

        // The whole chain from the raw logits, as the generation loop runs it.
        SamplerTrace trace;
        const at::Tensor probs = samplerProbabilities(in, history, s, &trace);
        rep.check(base + "chain.after_typical", stageError(trace.afterTypical, golden("after_typical"), kRtol), kAtol);
        rep.check(base + "chain.probs", stageError(probs, golden("probs"), 0.0), kProbAtol);
        const bool flagsOk = trace.repPenaltyApplied == c.value("rep_penalty_applied", trace.repPenaltyApplied) &&
                             trace.eosPenaltyApplied == c.value("eos_penalty_applied", trace.eosPenaltyApplied) &&
                             (!c.contains("n_finite_after_mask2") ||
                              at::isfinite(trace.afterMask2).sum().item<std::int64_t>() == c["n_finite_after_mask2"].get<std::int64_t>());
        rep.checkExact(base + "chain.applied_flags_and_support", flagsOk ? 0 : 1);
        if (c.contains("eos_penalty_value"))
            rep.check(base + "eos_penalty_value",
                      std::abs(earlyEosPenalty(static_cast<std::int64_t>(history.size()), s.nEst, s.eosDecay, s.eosFactor) -
                               c["eos_penalty_value"].get<double>()),
                      1e-12);
        // The draw: whichever token the noise picks, it lies in the support.
        InjectedNoiseDrawer unitNoise([](std::int64_t, std::int64_t V) { return at::ones({V}, at::kFloat); });
        const std::int64_t argmaxDraw = unitNoise.draw(probs);
        rep.checkExact(base + "draw_with_unit_noise_is_argmax",
                       argmaxDraw == at::argmax(golden("probs")).item<std::int64_t>() ? 0 : 1);
    }
}

const Mars5GoldenGroupRegistration registration{"sampler", 30, &runSamplerGoldens};

}  // namespace

}  // namespace mars5::cli
