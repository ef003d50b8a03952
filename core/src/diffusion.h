// The NAR's multinomial diffusion (spec mars5-model.md §5.3–5.5): the square-root cosine
// schedule, q(x_t | x_0), q(x_t | x_{t-1}), the posterior q(x_{t-1} | x_t, x̂_0), Gumbel
// sampling, one reverse step (guidance on raw logits, then temperature, posterior, sampled
// unknown branch, re-noised known branch) and the whole reverse loop with the reference's
// L0 re-imposition, deep-clone inpainting and optional RePaint jumps.
//
// Everything is log space over the last axis (K = 1025 classes, pad class 1024 included),
// float32, and mirrors the reference's operation order so results match it to rounding.
// Randomness comes from a RandomSource: a seeded libtorch generator (the same stream as the
// reference's torch.manual_seed + randint/rand_like on the CPU) or injected uniforms (the
// fixtures' splitmix64 formula), so single steps are checked exactly against goldens.
//
// The model is not known here: the loop calls an X0Predictor for the x_0 logits.
//
// Fewer steps than the schedule (nar_steps < 200) skip steps of it (spec §9, "faster
// samplers"): the model is evaluated at evenly spaced t of the 200-step schedule it was trained
// with, and each step draws x_s from q(x_s | x_t, x̂_0) over the skipped levels. The model so
// always sees the timestep its input's noise belongs to; 200 steps are the reference, exactly.
//
// Internal API: throws mars5::Failure (bad arguments, Cancelled) or c10::Error (libtorch).
#pragma once

#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mars5 {

// Floor of the approximate one-hot log-probabilities: log(1e-7) ≈ -16.118 (not -inf).
inline constexpr double kMinLogArg = 1e-7;

// The steps of the schedule the NAR was trained with (the reference hard-codes 200): its
// timestep embedding knows t in [0, 200), whatever number of steps a run takes.
inline constexpr int kNarScheduleSteps = 200;

// ---------------------------------------------------------------------------------------
// Schedule

// α_t and the derived log tables for t = 0 .. steps-1 (§5.3): α in float32 exactly like the
// reference (linspace, cos², normalise, ratio, clamp [0.001, 1], sqrt), logs in float64,
// stored as float32 on the CPU.
struct DiffusionSchedule {
    int steps = 0;
    double s = 0.008;
    int64_t classes = 1025;
    at::Tensor alphas;           // [steps] α_t
    at::Tensor logAlpha;         // log α_t
    at::Tensor log1mAlpha;       // log(1 - α_t)
    at::Tensor logCumAlpha;      // log ᾱ_t = Σ_{k<=t} log α_k
    at::Tensor log1mCumAlpha;    // log(1 - ᾱ_t)

    static DiffusionSchedule cosine(int steps = 200, double s = 0.008, int64_t classes = 1025);
    // The same schedule, made once per (steps, s, classes) and shared: making one takes ~20 ms
    // of CPU time for 200 steps (mostly the one-hot values below), which every synthesis would
    // otherwise pay. Thread-safe; a few schedules are kept (the cache empties past 16).
    static std::shared_ptr<const DiffusionSchedule> shared(int steps = 200, double s = 0.008, int64_t classes = 1025);

    // Table values at t as float32 numbers (t must be in [0, steps)).
    float logAlphaAt(int64_t t) const;
    float log1mAlphaAt(int64_t t) const;
    float logCumAlphaAt(int64_t t) const;
    float log1mCumAlphaAt(int64_t t) const;

    // qPred and qPredOneStep of a log one-hot (floor kMinLogArg) hold two values only: the
    // one at the code and the one elsewhere. Both are computed here once per t, so the loop
    // writes them with a fill and a scatter instead of exp and log over [T, 8, K] (see
    // qPredOfCodes in diffusion.cpp). Empty for a t where ATen's vectorised and scalar
    // kernels disagree on them: the full computation then runs, so the result is always
    // bitwise the full computation's on the CPU. On a GPU the values are the CPU's, within an
    // ulp of what the GPU's own exp and log would give (no parity is kept there anyway).
    struct OneHotValues {
        float hot = 0.0f;   // at the code
        float cold = 0.0f;  // every other class
    };
    std::optional<OneHotValues> qPredOfOneHotAt(int64_t t) const;
    std::optional<OneHotValues> qPredOneStepOfOneHotAt(int64_t t) const;
    // The same for qPredSkip, a skip from t down to s (-1 <= s < t - 1): made at its first use
    // and kept with the schedule, since a run of N < 200 steps uses the same N pairs every time
    // (making one is ~45 µs of host work). Thread-safe; nullopt as above.
    std::optional<OneHotValues> qPredSkipOfOneHotAt(int64_t t, int64_t s) const;

private:
    struct SkipValues;  // the skip pairs made so far, behind a mutex; shared by copies
    std::vector<float> m_la, m_l1a, m_lca, m_l1ca;  // host copies for the *At accessors
    std::vector<std::optional<OneHotValues>> m_qPredOneHot, m_qPredOneStepOneHot;
    std::shared_ptr<SkipValues> m_skip;
};

// ---------------------------------------------------------------------------------------
// Log-space building blocks (all over the last axis of size K)

// Integer codes [...] (0 <= x < K) -> [..., K]: 0 at the class, log(floor) elsewhere.
at::Tensor logOneHot(const at::Tensor& x, int64_t classes, double floor = kMinLogArg);
// max(a, b) + log(exp(a - max) + exp(b - max)), the reference's formula, broadcasting.
at::Tensor logAddExp(const at::Tensor& a, const at::Tensor& b);
// log q(x_t | x_0) = logaddexp(ℓ₀ + log ᾱ_t, log(1 - ᾱ_t) - log K).
at::Tensor qPred(const DiffusionSchedule& sched, const at::Tensor& logX0, int64_t t);
// log q(x_t | x_{t-1}) evaluated with x_t (symmetry) = logaddexp(ℓ_t + log α_t, log(1 - α_t) - log K).
at::Tensor qPredOneStep(const DiffusionSchedule& sched, const at::Tensor& logXt, int64_t t);
// Normalised log q(x_{t-1} | x_t, x_0): q_pred(ℓ₀, max(t-1, 0)) (ℓ₀ itself at t = 0) plus
// q_pred_one_step(ℓ_t, t), minus its logsumexp.
at::Tensor qPosterior(const DiffusionSchedule& sched, const at::Tensor& logX0, const at::Tensor& logXt, int64_t t);
// log q(x_t | x_s) for a lower level s (-1 <= s < t; ᾱ_{-1} = 1), evaluated with x_t:
// logaddexp(ℓ_t + log(ᾱ_t/ᾱ_s), log(1 - ᾱ_t/ᾱ_s) - log K). qPredOneStep itself for s = t - 1.
at::Tensor qPredSkip(const DiffusionSchedule& sched, const at::Tensor& logXt, int64_t t, int64_t s);
// Normalised log q(x_s | x_t, x_0) = q_pred(ℓ₀, s) (ℓ₀ itself for s = -1) + qPredSkip(ℓ_t, t, s),
// minus its logsumexp; qPosterior for s = t - 1.
at::Tensor qPosteriorSkip(const DiffusionSchedule& sched, const at::Tensor& logX0, const at::Tensor& logXt, int64_t t, int64_t s);
// The same posterior for sampling only, as the GPU's route computes it: log q(x_s | x_t, x̂_0) up
// to a constant per row, with x̂_0 = softmax(z) of the tempered, guided logits z [..., K] and
// integer codes x_t [...]. In probability space, log(ᾱ_s·softmax(z) + (1 - ᾱ_s)/K) (log_softmax(z)
// for s = -1), then the transition's two values as one addition at x_t, and no normalisation
// (the Gumbel argmax does not need it): 3 elementwise passes where the reference's log-space
// formula takes about 14. The reference's numbers up to rounding and that constant.
at::Tensor posteriorForSampling(const DiffusionSchedule& sched, const at::Tensor& z, const at::Tensor& xt, int64_t t, int64_t s);

// ---------------------------------------------------------------------------------------
// Randomness

// Source of the random draws a diffusion run consumes, in the reference's order.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    // Float32 uniforms in [0, 1) of `shape` on `device`.
    virtual at::Tensor uniform(at::IntArrayRef shape, c10::Device device) = 0;
    // Int64 uniform integers in [0, high) of `shape` on `device`.
    virtual at::Tensor randint(int64_t high, at::IntArrayRef shape, c10::Device device) = 0;
    // Float32 Exp(1) draws of `shape` on `device` (by default -log of uniform(), the uniform
    // floored at 1e-7 as the Gumbel noise floors it).
    virtual at::Tensor exponential(at::IntArrayRef shape, c10::Device device);
    // Whether draws for `device` must keep the reference's shapes and order: its random stream,
    // which a seed reproduces (the default: the CPU generator, the fixtures' uniforms). When
    // false (a GPU's own generator, or a run that cannot match the reference's numbers anyway,
    // such as half precision on the CPU) the samplers draw only what
    // they use: gumbelSample one Exp(1) number per class instead of a uniform passed through two
    // logs, qSample two numbers per row instead of K (see there); and the reverse loop, which
    // then has no bitwise parity to keep, takes the short posterior (posteriorForSampling) and
    // forms guidance as one lerp. The same distributions, with far less memory traffic per step.
    virtual bool followsReferenceStream(c10::Device /*device*/) const { return true; }
};

// A libtorch CPU generator: with the same seed, the same stream as the reference's
// torch.manual_seed(seed) followed by torch.randint / torch.rand_like on the CPU.
//
// Draws for another device (a GPU) come from a generator of that device, seeded once from the
// CPU stream at the first such draw (one 62-bit integer drawn from it): drawing a step's two
// [T, 8, 1025] uniform tensors on the CPU and copying them over costs ~92 ms per step at
// T = 1500, a 6 s + 8 s deep clone (docs/PERFORMANCE.md), where the whole 200-step loop should take 150 ms. So a seed
// repeats a run exactly on the same device; on the CPU it is the reference's stream, and on the
// device the samplers draw only what they use (followsReferenceStream).
//   DeviceDraws::Always makes the CPU take the device route too (its own generator, seeded the
//   same way, the samplers' short draws): what half precision on the CPU takes, and how the
//   route is tested without a GPU.
//   DeviceDraws::Never keeps the reference's stream on every device (drawn on the CPU, copied):
//   slow on a GPU, for the parity checks (`selftest mars5 --device cuda`).
class GeneratorRandomSource : public RandomSource {
public:
    enum class DeviceDraws { ForNonCpuDevices, Always, Never };
    explicit GeneratorRandomSource(uint64_t seed, DeviceDraws deviceDraws = DeviceDraws::ForNonCpuDevices);
    // `generator` (a CPU generator) is shared with the AR sampler: one stream per run.
    explicit GeneratorRandomSource(at::Generator generator, DeviceDraws deviceDraws = DeviceDraws::ForNonCpuDevices);
    at::Tensor uniform(at::IntArrayRef shape, c10::Device device) override;
    at::Tensor randint(int64_t high, at::IntArrayRef shape, c10::Device device) override;
    at::Tensor exponential(at::IntArrayRef shape, c10::Device device) override;
    bool followsReferenceStream(c10::Device device) const override { return drawsFromRunStream(device); }
    at::Generator& generator() { return m_gen; }

private:
    // Draws for `device` come from m_gen (made on the CPU, copied to the device) ...
    bool drawsFromRunStream(c10::Device device) const;
    // ... or from the device's own generator, made at the first such draw.
    at::Generator& deviceGenerator(c10::Device device);

    at::Generator m_gen;
    DeviceDraws m_deviceDraws;
    at::Generator m_deviceGen;  // created at the first draw that needs it
};

// The fixtures' injected uniforms: U[i] = (splitmix64_{i+1}(seed) >> 40) / 2^24 for the flat
// row-major index i. Each uniform() call consumes the next seed of the list (Failure when
// the list is exhausted); randint() uses floor(U * high) with the next seed.
class InjectedUniforms : public RandomSource {
public:
    explicit InjectedUniforms(std::vector<uint64_t> seeds);
    at::Tensor uniform(at::IntArrayRef shape, c10::Device device) override;
    at::Tensor randint(int64_t high, at::IntArrayRef shape, c10::Device device) override;
    size_t consumed() const { return m_next; }

    // n uniforms of one seed, float32 [n] on the CPU.
    static at::Tensor splitmix64(uint64_t seed, int64_t n);

private:
    std::vector<uint64_t> m_seeds;
    size_t m_next = 0;
};

// argmax(ℓ + g) over the last axis, g = -log(max(-log(max(U, 1e-7)), 1e-7)); U from `rng`
// with ℓ's shape. Returns int64 [...]. Where `rng` need not follow the reference's stream,
// g = -log(clamp(E, 1e-7, -log 1e-7)) with E ~ Exp(1): the same noise (E is -log U) in one
// draw and one log.
at::Tensor gumbelSample(const at::Tensor& logProbs, RandomSource& rng);
// A draw from q(x_t | x_0) for integer codes x0 [...]: gumbelSample(qPred(logOneHot(x0), t)).
// Where `rng` need not follow the reference's stream: q(x_t | x_0) of a one-hot holds two values,
// p at the code and p' at each of the K - 1 others, so the draw keeps the code with probability
// p / (p + (K - 1) p') (keepProbability) and otherwise takes one of the other classes uniformly:
// two numbers per code instead of K uniforms and the Gumbel arithmetic over them.
at::Tensor qSample(const DiffusionSchedule& sched, const at::Tensor& x0, int64_t t, RandomSource& rng);
// The probability that a draw from q(x_t | x_0) keeps the code x_0, as the Gumbel sampler's
// argmax over the two values gives it (floor kMinLogArg included).
double keepProbability(const DiffusionSchedule& sched, int64_t t);

// ---------------------------------------------------------------------------------------
// One reverse step
//
// qSample, reverseStep and forwardStep take states the loop made itself (codes in [0, K)) and
// do not range-check them: a check reads the codes back to the host, which on a GPU stalls the
// queue several times per step. runReverseDiffusion checks its inputs once, up front.

// Classifier-free guidance on raw logits: w·cond + (1 - w)·uncond (cond itself when w == 1).
at::Tensor applyGuidance(const at::Tensor& cond, const at::Tensor& uncond, double w);

struct ReverseStepResult {
    at::Tensor logPosterior;   // [T, 8, K] the distribution the unknown branch samples from
    at::Tensor unknownBranch;  // [T, 8] its sample (argmax when greedy at t = 0)
    at::Tensor knownBranch;    // [T, 8] known re-noised at level t (known itself at t = 0)
    at::Tensor x;              // [T, 8] where(mask, known branch, unknown branch)
};

struct ReverseStepOptions {
    double x0Temperature = 0.7;  // applied after guidance: log_softmax(z / temperature)
    bool lastGreedy = false;     // argmax instead of a sample at t = 0 (NOT the reference)
    bool maskPadClass = false;   // at t = 0, never pick the pad class 1024 for unknown positions
};

// x_{t-1} from x_t [T, 8] given the already guided x_0 logits [T, 8, K]. Consumes, like the
// reference, one uniform tensor [T, 8, K] for the unknown branch (also at t = 0 unless
// greedy) and then one for the known branch (none at t = 0). `knownMask` is bool/0-1 [T, 8].
ReverseStepResult reverseStep(const DiffusionSchedule& sched, const at::Tensor& guidedLogits, const at::Tensor& x,
                              const at::Tensor& known, const at::Tensor& knownMask, int64_t t,
                              const ReverseStepOptions& options, RandomSource& rng);

// RePaint forward (re-noising) step at level t (§5.5): with the sequentially progressive
// offset `c` (jumpLen j) a per-position sigmoid scales the noise; without it, q(x_t | x_{t-1}).
at::Tensor forwardStep(const DiffusionSchedule& sched, const at::Tensor& x, int64_t t, std::optional<double> c,
                       int jumpLen, RandomSource& rng);

// The RePaint time schedule for `steps` steps, jump length j and n repetitions, ending in -1
// (199, 198, ..., 0, -1 for j = n = 1). Consecutive pairs (t_last, t_cur) with t_cur < t_last
// are reverse steps at t_last, the others forward steps at t_last.
std::vector<int64_t> repaintSchedule(int steps, int jumpLen, int jumpNSample);

// The t of `steps` model evaluations on a `scheduleSteps` schedule, descending and evenly
// spaced from scheduleSteps - 1: 199, 198, ..., 0 for 200 of 200 (the reference), 199, 195,
// ..., 3 for 50. Fails for steps outside [1, scheduleSteps].
std::vector<int64_t> strideTimesteps(int scheduleSteps, int steps);

// ---------------------------------------------------------------------------------------
// The reverse loop

struct DiffusionConfig {
    int steps = 200;             // nar_steps: model evaluations, at most the schedule's steps (the reference: 200)
    int jumpLen = 1;             // RePaint j (reference: 1, i.e. no jumps)
    int jumpNSample = 1;         // RePaint r (reference: 1)
    double guidanceW = 3.0;      // nar_guidance_w
    double x0Temperature = 0.7;  // x_0_temp
    int q0OverrideSteps = 20;    // L0 re-imposed after every step with t > this (t of the schedule; never from 199 on)
    bool sequentiallyProgressive = true;  // forward steps use the position sigmoid (reference: on)
    bool lastGreedy = false;     // labelled option, not the reference (which samples at t = 0)
    bool maskPadClass = false;   // guard_pad_class: no class 1024 in the unknown codes of the last step
    bool keepSnapshots = false;  // x[offset:] after every step (in DiffusionResult::snapshots, on the CPU)

    // Fails (InvalidArgument, with the valid range) for out-of-range values.
    void validate() const;
};

// The loop's time list for `config` on a `scheduleSteps` schedule, ending in -1: the RePaint
// schedule when jumps are on (they need config.steps == scheduleSteps, else a Failure that says
// so), else strideTimesteps. Consecutive pairs (t_last, t_cur) with t_cur < t_last are reverse
// steps from level t_last to t_cur, the others forward steps at t_last.
std::vector<int64_t> diffusionTimes(int scheduleSteps, const DiffusionConfig& config);

// x_0 logits for the state x [T, 8] at step t: [1, T, 8, K] (conditional) or, when
// `withUncond`, [2, T, 8, K] (conditional, unconditional) — one batch of two. A predictor may
// instead return only the rows the loop fills in, [B, T - T_ref, 7, K]: the frames after the
// reference (deep clone; all frames in shallow clone) of codebooks 1-7 (L0 is the AR's), since
// the rest are known and their predictions unused (the engine's predictor does; the codes are
// the same).
using X0Predictor = std::function<at::Tensor(const at::Tensor& x, int64_t t, bool withUncond)>;
// Called after each step with (steps done, steps in total, t of the step just done).
using DiffusionProgress = std::function<void(int done, int total, int64_t t)>;
// Polled before each step; true stops the run with Failure(Cancelled), nothing kept.
using DiffusionCancel = std::function<bool()>;

struct DiffusionResult {
    at::Tensor codes;                   // [T_a, 8] int64 (the reference's x[offset:])
    std::vector<at::Tensor> snapshots;  // per step, [T_a, 8] int64 on the CPU (when asked)
    std::vector<int64_t> snapshotT;     // t of each snapshot's step
    int stepsRun = 0;
    // Frames of the state the model reads at every step: T_ref + T_a in deep clone (the reference
    // is prepended, and x_AR starts with most of it again, spec §5.2), T_a in shallow clone.
    int64_t modelFrames = 0;
};

// The sampling loop of §5.4/§5.5 over `sched` (kNarScheduleSteps for the real model), taking
// config.steps of its steps (diffusionTimes). `l0` [T_a] int64: the AR's L0 codes; `refCodes` [T_ref, 8]
// int64 for a deep clone (prepended, fully known, cropped again at the end), undefined for
// a shallow clone. Draws: randint [T_a, 8] for the initial state, then per reverse step the
// uniforms of reverseStep(), per forward step one uniform tensor.
DiffusionResult runReverseDiffusion(const DiffusionSchedule& sched, const DiffusionConfig& config,
                                    const at::Tensor& l0, const at::Tensor& refCodes, const X0Predictor& predict,
                                    RandomSource& rng, const DiffusionProgress& progress = {},
                                    const DiffusionCancel& cancel = {});

}  // namespace mars5
