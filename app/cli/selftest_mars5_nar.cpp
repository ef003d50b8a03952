// Golden group "nar": the NAR ResidualTransformer and one diffusion step against
// goldens_nar.safetensors (+ goldens.json "nar", ref_codes from goldens_ar.safetensors),
// for the tiny NAR loaded from each checkpoint format present (.safetensors and .pt)
// through the shared loader: speaker vectors, the dense forward (cond / uncond as one batch
// of two, guided), the posteriors, the reverse step at t with injected uniforms (unknown
// branch, re-noised known branch, inpainting, L0 re-imposition) and the t = 0 step (sampled,
// as the reference does, and the labelled greedy option); with the first checkpoint also
// the NAR steps recorded in the tts() runs (teacher-forced) and their whole 200-step loops.
#include "selftest_mars5.h"

#include "diffusion.h"
#include "failure.h"
#include "mars5_checkpoint.h"
#include "nar_forward_graph.h"
#include "nar_model.h"
#include "safetensors.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace mars5::cli {

namespace {

// Fixture README tolerances.
constexpr double kSpkTol = 2e-5;
constexpr double kLogitTol = 1e-4;
constexpr double kGuidedTol = 2e-4;
constexpr double kPosteriorTol = 5e-4;

long long mismatches(const at::Tensor& a, const at::Tensor& b) {
    if (a.sizes() != b.sizes()) return std::max<long long>(1, b.numel());
    return (a.to(at::kCPU, at::kLong) != b.to(at::kCPU, at::kLong)).sum().item<int64_t>();
}

// The NAR steps recorded in the tts() runs (goldens_tts.safetensors, `<run>.nar_stepNNN.*`):
// teacher-forced with the recorded state x_t, the guided x_0 argmax (where its top-2 gap is
// >= 1e-3), the posterior argmax and max. Shallow and deep states, up to T_ref + T_a frames.
void checkTtsTeacherForcing(Mars5SelftestContext& ctx, const NarModel& model, const at::Tensor& refCodes,
                            const nlohmann::json& goldensJson, int steps, const std::string& tag) {
    const auto path = ctx.dir / "goldens_tts.safetensors";
    if (!std::filesystem::exists(path)) return;
    auto& report = ctx.report;
    const auto tts = SafetensorsFile::open(path.string());
    const auto sched = DiffusionSchedule::cosine(steps, 0.008, model.hyperParams().codeClasses);
    for (const auto& [run, info] : goldensJson.items()) {
        if (run.rfind("tts_", 0) != 0 || !info.is_object() || !info.contains("nar_steps_recorded")) continue;
        const auto recorded = info["nar_steps_recorded"].get<std::vector<int64_t>>();
        if (recorded.empty() || !tts.contains(run + ".nar_c_text")) continue;
        const auto cfg = info.value("inference_config", nlohmann::json::object());
        const double w = cfg.value("nar_guidance_w", 3.0);
        const double temp = cfg.value("x_0_temp", 0.7);
        const auto cond = model.condition(tts.tensor(run + ".nar_c_text", at::kLong).to(ctx.device), refCodes);
        long long x0Bad = 0, x0Compared = 0, postBad = 0;
        double postMaxErr = 0.0;
        for (const int64_t t : recorded) {
            char stepName[32];
            std::snprintf(stepName, sizeof stepName, ".nar_step%03lld", static_cast<long long>(t));
            const std::string p = run + stepName;
            if (!tts.contains(p + ".x_t")) {
                report.failure(p + ".x_t is listed in goldens.json but missing");
                continue;
            }
            const auto xt = tts.tensor(p + ".x_t", at::kLong).to(ctx.device);
            const auto logits = model.forward(cond, xt, t, w != 1.0);
            const auto guided = w != 1.0 ? applyGuidance(logits[0], logits[1], w) : logits[0];
            const auto gap = tts.tensor(p + ".x0_top2_gap", at::kFloat).to(ctx.device);
            const auto comparable = gap >= 1e-3;
            const auto x0 = guided.argmax(-1);
            x0Bad += (x0 != tts.tensor(p + ".x0_argmax", at::kLong).to(ctx.device)).logical_and(comparable).sum().item<int64_t>();
            x0Compared += comparable.sum().item<int64_t>();
            const auto post = qPosterior(sched, at::log_softmax(guided / temp, -1), logOneHot(xt, sched.classes), t);
            postBad += mismatches(post.argmax(-1), tts.tensor(p + ".post_argmax", at::kLong));
            postMaxErr = std::max(postMaxErr, maxAbsError(std::get<0>(post.max(-1)), tts.tensor(p + ".post_max", at::kFloat)));
        }
        const std::string n = std::to_string(recorded.size());
        report.checkExact(run + ".nar_steps x0_argmax" + tag, x0Bad,
                          "exact where top-2 gap >= 1e-3: " + std::to_string(x0Compared) + " positions, " + n + " steps");
        report.checkExact(run + ".nar_steps post_argmax" + tag, postBad, "exact, " + n + " steps");
        report.check(run + ".nar_steps post_max" + tag, postMaxErr, kPosteriorTol);
    }
}

// Whole reverse loops of the tts() runs (`<run>.nar_output`): the reference's RNG stream is
// reproduced by seeding a CPU generator with the run's torch_manual_seed and letting the AR
// part consume its n_decoding_steps multinomial draws over V first (the AR's draws are made
// on probabilities of V entries; their number, not their values, fixes the stream), then the
// default 200-step loop with the recorded L0 (nar_x_ar) must give the recorded codes exactly.
void checkTtsLoops(Mars5SelftestContext& ctx, const NarModel& model, const at::Tensor& refCodes,
                   const nlohmann::json& goldensJson, int steps, const std::string& tag) {
    const auto path = ctx.dir / "goldens_tts.safetensors";
    if (!std::filesystem::exists(path) || !goldensJson.contains("id_space")) return;
    const auto tts = SafetensorsFile::open(path.string());
    const int64_t vocab = goldensJson["id_space"].value("V", int64_t{0});
    if (vocab <= 0) return;
    const auto sched = DiffusionSchedule::cosine(steps, 0.008, model.hyperParams().codeClasses);
    for (const auto& [run, info] : goldensJson.items()) {
        if (run.rfind("tts_", 0) != 0 || !info.is_object() || !info.contains("torch_manual_seed") ||
            !tts.contains(run + ".nar_output") || !tts.contains(run + ".nar_x_ar"))
            continue;
        const auto cfgJson = info.value("inference_config", nlohmann::json::object());
        DiffusionConfig cfg;
        cfg.steps = steps;
        cfg.guidanceW = cfgJson.value("nar_guidance_w", cfg.guidanceW);
        cfg.x0Temperature = cfgJson.value("x_0_temp", cfg.x0Temperature);
        cfg.q0OverrideSteps = cfgJson.value("q0_override_steps", cfg.q0OverrideSteps);
        const bool deep = cfgJson.value("deep_clone", false);
        at::Generator gen = at::detail::createCPUGenerator(info["torch_manual_seed"].get<uint64_t>());
        const auto arProbs = at::full({1, vocab}, 1.0 / static_cast<double>(vocab));
        for (int64_t i = 0; i < info.value("n_decoding_steps", int64_t{0}); ++i) at::multinomial(arProbs, 1, false, gen);
        // The reference's stream on a GPU too (drawn on the CPU, copied): its codes are the goldens'.
        GeneratorRandomSource rng(gen, GeneratorRandomSource::DeviceDraws::Never);
        const auto cond = model.condition(tts.tensor(run + ".nar_c_text", at::kLong).to(ctx.device), refCodes);
        const X0Predictor predict = [&](const at::Tensor& x, int64_t t, bool u) { return model.forward(cond, x, t, u); };
        const auto l0 = tts.tensor(run + ".nar_x_ar", at::kLong).select(1, 0).contiguous().to(ctx.device);
        const auto result = runReverseDiffusion(sched, cfg, l0, deep ? refCodes : at::Tensor(), predict, rng);
        ctx.report.checkExact(run + ".nar_output" + tag, mismatches(result.codes, tts.tensor(run + ".nar_output", at::kLong)),
                              "exact: " + std::to_string(steps) + "-step loop, torch RNG stream");
    }
}

void checkModel(Mars5SelftestContext& ctx, const std::filesystem::path& checkpoint, const SafetensorsFile& goldens,
                const at::Tensor& refCodes, const nlohmann::json& goldensJson, int steps, bool teacherForcing) {
    auto& report = ctx.report;
    const std::string tag = " [" + checkpoint.extension().string().substr(1) + "]";
    Mars5LoadOptions options;
    options.device = ctx.device;
    options.configOverridePath = findMars5ConfigSidecar(checkpoint.string());
    const auto ckpt = loadMars5Checkpoint(checkpoint.string(), Mars5ModelKind::Nar, options);
    const auto model = NarModel::fromTensors(ckpt.nar, ckpt.tensors, ckpt.stacks);
    const auto g = [&](const std::string& name) {
        return goldens.tensor(name, goldens.find(name)->scalarType).to(ctx.device);
    };

    report.check("nar.spk_vec_cond" + tag, maxAbsError(model.speakerVector(refCodes), g("nar.spk_vec_cond")), kSpkTol);
    report.check("nar.spk_vec_uncond" + tag, maxAbsError(model.unconditionalSpeakerVector(), g("nar.spk_vec_uncond")),
                 kSpkTol);
    if (teacherForcing) {
        checkTtsTeacherForcing(ctx, model, refCodes, goldensJson, steps, tag);
        checkTtsLoops(ctx, model, refCodes, goldensJson, steps, tag);
    }
    if (!goldens.contains("nar.small.x_t")) return;
    const auto small = goldensJson.value("nar", nlohmann::json::object()).value("small", nlohmann::json::object());

    const int64_t t = small.at("t").get<int64_t>();
    const double w = small.value("guidance_w", 3.0);
    ReverseStepOptions stepOptions;
    stepOptions.x0Temperature = small.value("x_0_temp", 0.7);
    const int64_t q0Override = small.value("q0_override_steps", int64_t{20});
    const auto& seeds = small.at("uniform_seeds");
    const auto xt = g("nar.small.x_t");
    const auto known = g("nar.small.known");
    const auto mask = g("nar.small.known_mask");
    const auto l0 = g("nar.small.x0_codes").select(1, 0);
    const auto cond = model.condition(g("nar.small.c_text"), refCodes);
    const auto sched = DiffusionSchedule::cosine(steps, 0.008, ckpt.nar.codeClasses);

    // Dense forward at t: cond and uncond in one batch of two.
    const auto logits = model.forward(cond, xt, t, true);
    report.check("nar.small.logits_cond" + tag, maxAbsError(logits[0], g("nar.small.logits_cond")), kLogitTol);
    report.check("nar.small.logits_uncond" + tag, maxAbsError(logits[1], g("nar.small.logits_uncond")), kLogitTol);
    // The conditional pass alone must agree with row 0 of the batch.
    report.check("nar.small.logits_cond (batch of 1)" + tag,
                 maxAbsError(model.forward(cond, xt, t, false)[0], g("nar.small.logits_cond")), kLogitTol);
    const auto guided = applyGuidance(logits[0], logits[1], w);
    report.check("nar.small.logits_guided" + tag, maxAbsError(guided, g("nar.small.logits_guided")), kGuidedTol);
    // The same through the forward graph the diffusion loop uses: replayed on a GPU (twice: a replay
    // after the capture, then one after a step at another t), eager elsewhere.
    {
        const bool graphs = CudaGraphCache::available(model.device());
        NarForwardGraph forward(model, cond, graphs);
        forward.predict(xt, 0, true);
        const auto replayed = forward.predict(xt, t, true).clone();
        report.check("nar.small.logits_cond (forward graph)" + tag, maxAbsError(replayed[0], g("nar.small.logits_cond")),
                     kLogitTol,
                     forward.usingGraphs() ? std::to_string(forward.graphsCaptured()) + " CUDA graph(s)"
                     : graphs             ? "capture failed: " + forward.fallbackReason()
                                          : std::string("eager, no CUDA here"));
        report.check("nar.small.logits_uncond (forward graph)" + tag, maxAbsError(replayed[1], g("nar.small.logits_uncond")),
                     kLogitTol);
    }

    // Reverse step at t with the injected uniforms U1 (unknown branch), U2 (known branch).
    InjectedUniforms u12({seeds.at("U1").get<uint64_t>(), seeds.at("U2").get<uint64_t>()});
    const auto step = reverseStep(sched, guided, xt, known, mask, t, stepOptions, u12);
    report.check("nar.small.log_posterior_t" + tag, maxAbsError(step.logPosterior, g("nar.small.log_posterior_t")),
                 kPosteriorTol);
    report.checkExact("nar.small.step_t.x_unknown_branch" + tag,
                      mismatches(step.unknownBranch, g("nar.small.step_t.x_unknown_branch")));
    report.checkExact("nar.small.step_t.x_known_branch" + tag,
                      mismatches(step.knownBranch, g("nar.small.step_t.x_known_branch")));
    report.checkExact("nar.small.step_t.x_tm1" + tag, mismatches(step.x, g("nar.small.step_t.x_tm1")));
    auto overridden = step.x.clone();
    if (q0Override < t) overridden.select(1, 0).copy_(l0);
    report.checkExact("nar.small.step_t.x_after_l0_override" + tag,
                      mismatches(overridden, g("nar.small.step_t.x_after_l0_override")));

    // The t = 0 posterior from the same x̂_0.
    const auto logX0 = at::log_softmax(guided / stepOptions.x0Temperature, -1);
    report.check("nar.small.log_posterior_t0_same_x0" + tag,
                 maxAbsError(qPosterior(sched, logX0, logOneHot(xt, sched.classes), 0),
                             g("nar.small.log_posterior_t0_same_x0")),
                 kPosteriorTol);

    // The t = 0 step with its own forward: sampled (reference) and greedy (labelled option).
    if (!goldens.contains("nar.small.step_t0.x_tm1_sampled")) return;
    const auto logits0 = model.forward(cond, xt, 0, true);
    const auto guided0 = applyGuidance(logits0[0], logits0[1], w);
    report.checkExact("nar.small.step_t0.x0_argmax" + tag, mismatches(guided0.argmax(-1), g("nar.small.step_t0.x0_argmax")));
    InjectedUniforms u3({seeds.at("U3").get<uint64_t>()});
    const auto step0 = reverseStep(sched, guided0, xt, known, mask, 0, stepOptions, u3);
    report.checkExact("nar.small.step_t0.post_argmax" + tag,
                      mismatches(step0.logPosterior.argmax(-1), g("nar.small.step_t0.post_argmax")));
    report.check("nar.small.step_t0.post_max" + tag,
                 maxAbsError(std::get<0>(step0.logPosterior.max(-1)), g("nar.small.step_t0.post_max")), kPosteriorTol);
    report.checkExact("nar.small.step_t0.x_tm1_sampled" + tag, mismatches(step0.x, g("nar.small.step_t0.x_tm1_sampled")),
                      "exact, injected uniforms U3");
    report.info("uniform draws consumed at t = 0: " + std::to_string(u3.consumed()) + " (reference: 1)");
    InjectedUniforms none({});
    ReverseStepOptions greedy = stepOptions;
    greedy.lastGreedy = true;
    const auto step0Greedy = reverseStep(sched, guided0, xt, known, mask, 0, greedy, none);
    report.checkExact("nar.small.step_t0.x_tm1_if_greedy" + tag,
                      mismatches(step0Greedy.x, g("nar.small.step_t0.x_tm1_if_greedy")));
}

void runNarGoldens(Mars5SelftestContext& ctx) {
    const auto goldensPath = ctx.dir / "goldens_nar.safetensors";
    if (!std::filesystem::exists(goldensPath)) {
        ctx.report.info("no goldens_nar.safetensors: skipped");
        return;
    }
    const auto goldens = SafetensorsFile::open(goldensPath.string());
    const auto arGoldens = ctx.dir / "goldens_ar.safetensors";
    if (!std::filesystem::exists(arGoldens))
        fail(ErrorKind::Io, "goldens_ar.safetensors (the reference codes ref_codes) is missing");
    const auto refCodes = SafetensorsFile::open(arGoldens.string()).tensor("ref_codes", at::kLong).to(ctx.device);
    nlohmann::json goldensJson = nlohmann::json::object();
    {
        std::ifstream in(ctx.dir / "goldens.json");
        if (in) goldensJson = nlohmann::json::parse(in);
    }
    // The reference's diffusion length unless goldens.json says otherwise.
    const int steps = goldensJson.value("diffusion", nlohmann::json::object())
                          .value("schedule", nlohmann::json::object())
                          .value("timesteps", 200);
    int models = 0;
    for (const char* name : {"mars5_tiny_nar.safetensors", "mars5_tiny_nar.pt"}) {
        // The tts teacher-forcing checks run with the first checkpoint found only.
        const auto path = ctx.dir / name;
        if (!std::filesystem::exists(path)) continue;
        ++models;
        const auto r = guarded([&] { checkModel(ctx, path, goldens, refCodes, goldensJson, steps, models == 1); });
        if (!r) ctx.report.failure(std::string(name) + ": " + r.message());
    }
    if (models == 0) ctx.report.failure("no tiny NAR checkpoint (mars5_tiny_nar.safetensors / .pt) in the folder");
}

const Mars5GoldenGroupRegistration registration{"nar", 40, &runNarGoldens};

}  // namespace

}  // namespace mars5::cli
