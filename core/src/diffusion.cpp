// Multinomial diffusion of the MARS5 NAR; see diffusion.h and spec mars5-model.md §5.3–5.5.
#include "diffusion.h"

#include "failure.h"
#include "generator_copy.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <tuple>
#include <sstream>
#include <string>

namespace mars5 {

namespace {

constexpr int64_t kPadClass = 1024;

std::vector<float> hostCopy(const at::Tensor& t) {
    const auto c = t.to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// log(1 - exp(a)) with the argument clamped at 1e-30 (float64 in, float64 out).
at::Tensor log1MinusExp(const at::Tensor& a) {
    return at::log((1.0 - a.exp()).clamp_min(1e-30));
}

float tableAt(const std::vector<float>& table, int64_t t, const char* what) {
    if (t < 0 || t >= static_cast<int64_t>(table.size()))
        fail(ErrorKind::InvalidArgument, std::string("diffusion: timestep ") + std::to_string(t) + " outside [0, " +
                                             std::to_string(table.size()) + ") for " + what);
    return table[static_cast<size_t>(t)];
}

// The reference adds table values as float32 tensors; a float32 constant of the same value
// on the operand's device keeps the arithmetic identical.
at::Tensor constantLike(const at::Tensor& like, float value) {
    return at::scalar_tensor(value, like.options());
}

// log(K) as the reference subtracts it (np.log(K) folded into a float32 operation).
float logClasses(int64_t classes) { return static_cast<float>(std::log(static_cast<double>(classes))); }

void checkCodes(const at::Tensor& x, int64_t classes, const char* what) {
    if (!at::isIntegralType(x.scalar_type(), /*includeBool=*/false))
        fail(ErrorKind::InvalidArgument, std::string("diffusion: ") + what + " must be integer codes");
    if (x.numel() == 0) return;
    const auto lo = x.min().item<int64_t>();
    const auto hi = x.max().item<int64_t>();
    if (lo < 0 || hi >= classes)
        fail(ErrorKind::InvalidArgument, std::string("diffusion: ") + what + " holds code " +
                                             std::to_string(lo < 0 ? lo : hi) + " outside [0, " +
                                             std::to_string(classes) + ")");
}

template <class T>
void requireRange(const char* name, T value, T lo, T hi) {
    if (!(value >= lo && value <= hi)) {
        std::ostringstream s;
        s << name << " = " << value << " is out of range: valid values are " << lo << " to " << hi;
        fail(ErrorKind::InvalidArgument, s.str());
    }
}

// [..., K] float32 holding `hot` at each code of x and `cold` at every other class.
at::Tensor twoValuedRows(const at::Tensor& x, int64_t classes, float hot, float cold) {
    auto sizes = x.sizes().vec();
    sizes.push_back(classes);
    auto out = at::full(sizes, cold, x.options().dtype(at::kFloat));
    out.scatter_(-1, x.to(at::kLong).unsqueeze(-1), hot);
    return out;
}

// log(float(floor)) as the reference's elementwise log computes it (a CPU scalar: no device read-back).
float logOfFloor(double floor) { return at::log(at::scalar_tensor(floor, at::kFloat)).item<float>(); }

// logOneHot without the range check: for states the loop made itself. The check reads the
// codes' min and max back, which on a GPU would stall every step (several times).
at::Tensor logOneHotOfValid(const at::Tensor& x, int64_t classes, double floor) {
    return twoValuedRows(x, classes, 0.0f, logOfFloor(floor));
}

// logAddExp(a, c) for a float constant c, computed in place in `a` (a temporary the caller
// owns): the same elementwise operations in the same order as logAddExp(a, scalar_tensor(c))
// (c - m as one subtraction, which is the same number as its -m + c), hence bitwise the same
// values, with 2 full-size temporaries instead of 8. The diffusion state
// is [T, 8, 1025] floats (49 MB at T = 1500, a 6 s + 8 s deep clone): every temporary saved is a large allocation
// (an mmap + page faults with glibc) saved per step. `trace`, when given, receives a copy of
// every intermediate result (for probeOneHot below).
at::Tensor logAddExpConstantInPlace(at::Tensor a, float c, std::vector<at::Tensor>* trace = nullptr) {
    auto keep = [trace](const at::Tensor& v) {
        if (trace) trace->push_back(v.clone());
    };
    auto m = at::clamp_min(a, c);  // maximum(a, c)
    keep(m);
    auto eb = at::rsub(m, c);  // c - m, one pass (the reference's -m + c: the same number, negation is exact)
    keep(eb);
    a.sub_(m);  // exp(a - m)
    keep(a);
    a.exp_();
    keep(a);
    eb.exp_();  // log(exp(a - m) + exp(c - m))
    keep(eb);
    a.add_(eb);
    keep(a);
    a.log_();
    keep(a);
    m.add_(a);  // m + ...
    keep(m);
    return m;
}

bool sameBits(float a, float b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// The two values logAddExpConstantInPlace(at::add(ℓ, shift), rest) gives a log one-hot ℓ
// (0 at the code, coldIn elsewhere), provided every operation gives the same numbers on
// ATen's vectorised path (a 64-element tensor) and on its scalar path (one element). A
// full-size tensor mixes the two (the scalar loop serves each chunk's tail), so only then
// do two numbers stand for the full computation bit for bit; otherwise nullopt.
std::optional<DiffusionSchedule::OneHotValues> probeOneHot(float coldIn, float shift, float rest) {
    auto run = [&](const at::Tensor& in) {
        std::vector<at::Tensor> trace;
        auto x = at::add(in, shift);
        trace.push_back(x.clone());
        logAddExpConstantInPlace(x, rest, &trace);
        return trace;
    };
    const auto wide = run(at::cat({at::zeros({32}, at::kFloat), at::full({32}, coldIn, at::kFloat)}));
    const auto hot = run(at::zeros({1}, at::kFloat));
    const auto cold = run(at::full({1}, coldIn, at::kFloat));
    for (size_t k = 0; k < wide.size(); ++k) {
        const float* w = wide[k].data_ptr<float>();
        const float h = hot[k].item<float>();
        const float c = cold[k].item<float>();
        for (int i = 0; i < 32; ++i)
            if (!sameBits(w[i], h) || !sameBits(w[32 + i], c)) return std::nullopt;
    }
    return DiffusionSchedule::OneHotValues{hot.back().item<float>(), cold.back().item<float>()};
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Schedule

DiffusionSchedule DiffusionSchedule::cosine(int steps, double s, int64_t classes) {
    requireRange("diffusion steps", steps, 1, 100000);
    requireRange("diffusion classes", classes, int64_t{2}, int64_t{1} << 20);
    DiffusionSchedule d;
    d.m_skip = std::make_shared<SkipValues>();
    d.steps = steps;
    d.s = s;
    d.classes = classes;
    // Float32, in the reference's operation order (x / T + s) / (1 + s) * pi * 0.5.
    const auto x = at::linspace(0, steps, steps + 1, at::TensorOptions().dtype(at::kFloat));
    auto cumprod = at::pow(at::cos((x / static_cast<int64_t>(steps) + s) / (1 + s) * M_PI * 0.5), 2);
    cumprod = cumprod / cumprod[0];
    auto alphas = cumprod.slice(0, 1) / cumprod.slice(0, 0, steps);
    alphas = at::sqrt(at::clamp(alphas, 0.001, 1.0));
    d.alphas = alphas;
    // Logs in float64, stored as float32.
    const auto la = alphas.to(at::kDouble).log();
    const auto lca = at::cumsum(la, 0);
    d.logAlpha = la.to(at::kFloat);
    d.log1mAlpha = log1MinusExp(la).to(at::kFloat);
    d.logCumAlpha = lca.to(at::kFloat);
    d.log1mCumAlpha = log1MinusExp(lca).to(at::kFloat);
    d.m_la = hostCopy(d.logAlpha);
    d.m_l1a = hostCopy(d.log1mAlpha);
    d.m_lca = hostCopy(d.logCumAlpha);
    d.m_l1ca = hostCopy(d.log1mCumAlpha);
    // The one-hot shortcut's values per t (15-18 ms for 200 steps; the engine shares schedules).
    const float cold = logOfFloor(kMinLogArg);
    const float logK = logClasses(classes);
    d.m_qPredOneHot.reserve(static_cast<size_t>(steps));
    d.m_qPredOneStepOneHot.reserve(static_cast<size_t>(steps));
    for (size_t t = 0; t < static_cast<size_t>(steps); ++t) {
        d.m_qPredOneHot.push_back(probeOneHot(cold, d.m_lca[t], d.m_l1ca[t] - logK));
        d.m_qPredOneStepOneHot.push_back(probeOneHot(cold, d.m_la[t], d.m_l1a[t] - logK));
    }
    return d;
}

std::shared_ptr<const DiffusionSchedule> DiffusionSchedule::shared(int steps, double s, int64_t classes) {
    using Key = std::tuple<int, double, int64_t>;
    static std::mutex mutex;
    // Never destroyed: tensors freed during static destruction could outlive libtorch's own statics.
    static auto* schedules = new std::map<Key, std::shared_ptr<const DiffusionSchedule>>;
    const Key key{steps, s, classes};
    std::lock_guard lock(mutex);
    if (const auto it = schedules->find(key); it != schedules->end()) return it->second;
    auto made = std::make_shared<const DiffusionSchedule>(cosine(steps, s, classes));  // throws before caching
    if (schedules->size() >= 16) schedules->clear();  // bounded; dropping one only costs remaking it
    schedules->emplace(key, made);
    return made;
}

float DiffusionSchedule::logAlphaAt(int64_t t) const { return tableAt(m_la, t, "log alpha"); }
float DiffusionSchedule::log1mAlphaAt(int64_t t) const { return tableAt(m_l1a, t, "log(1 - alpha)"); }
float DiffusionSchedule::logCumAlphaAt(int64_t t) const { return tableAt(m_lca, t, "log alpha_bar"); }
float DiffusionSchedule::log1mCumAlphaAt(int64_t t) const { return tableAt(m_l1ca, t, "log(1 - alpha_bar)"); }

std::optional<DiffusionSchedule::OneHotValues> DiffusionSchedule::qPredOfOneHotAt(int64_t t) const {
    if (t < 0 || t >= static_cast<int64_t>(m_qPredOneHot.size())) return std::nullopt;
    return m_qPredOneHot[static_cast<size_t>(t)];
}

std::optional<DiffusionSchedule::OneHotValues> DiffusionSchedule::qPredOneStepOfOneHotAt(int64_t t) const {
    if (t < 0 || t >= static_cast<int64_t>(m_qPredOneStepOneHot.size())) return std::nullopt;
    return m_qPredOneStepOneHot[static_cast<size_t>(t)];
}

// ---------------------------------------------------------------------------------------
// Log-space building blocks

at::Tensor logOneHot(const at::Tensor& x, int64_t classes, double floor) {
    checkCodes(x, classes, "log_onehot input");
    return logOneHotOfValid(x, classes, floor);
}

at::Tensor logAddExp(const at::Tensor& a, const at::Tensor& b) {
    const auto m = at::maximum(a, b);
    return m + at::log(at::exp(a - m) + at::exp(b - m));
}

at::Tensor qPred(const DiffusionSchedule& sched, const at::Tensor& logX0, int64_t t) {
    const float lca = sched.logCumAlphaAt(t);
    const float rest = sched.log1mCumAlphaAt(t) - logClasses(sched.classes);
    return logAddExpConstantInPlace(at::add(logX0, lca), rest);
}

at::Tensor qPredOneStep(const DiffusionSchedule& sched, const at::Tensor& logXt, int64_t t) {
    const float la = sched.logAlphaAt(t);
    const float rest = sched.log1mAlphaAt(t) - logClasses(sched.classes);
    return logAddExpConstantInPlace(at::add(logXt, la), rest);
}

namespace {

// The posterior of x_s from q(x_t | x_s) (a fresh tensor, changed in place) and x̂_0:
// q(x_s | x_0), or x_0 itself for s = -1 (the reference's t = 0 step, where s = t - 1).
at::Tensor normalisedPosterior(const DiffusionSchedule& sched, const at::Tensor& logX0, at::Tensor unnormed, int64_t s) {
    const auto prev = s < 0 ? logX0 : qPred(sched, logX0, s);
    unnormed.add_(prev);  // prev + q (IEEE addition commutes: bitwise the same)
    return unnormed.sub_(at::logsumexp(unnormed, {-1}, /*keepdim=*/true));
}

// qPred and qPredOneStep of integer codes' log one-hot (floor kMinLogArg): the schedule's two
// values written as a fill and a scatter where it has them, else the full computation. The
// reverse step calls each once per step over [T, 8, K]; the shortcut replaces an add, nine
// elementwise passes (two of them exp and log) and the one-hot itself with two writes.
at::Tensor qPredOfCodes(const DiffusionSchedule& sched, const at::Tensor& x, int64_t t) {
    if (const auto v = sched.qPredOfOneHotAt(t)) return twoValuedRows(x, sched.classes, v->hot, v->cold);
    return qPred(sched, logOneHotOfValid(x, sched.classes, kMinLogArg), t);
}

at::Tensor qPredOneStepOfCodes(const DiffusionSchedule& sched, const at::Tensor& x, int64_t t) {
    if (const auto v = sched.qPredOneStepOfOneHotAt(t)) return twoValuedRows(x, sched.classes, v->hot, v->cold);
    return qPredOneStep(sched, logOneHotOfValid(x, sched.classes, kMinLogArg), t);
}

// The two float32 constants of q(x_t | x_s) for s < t - 1: log(ᾱ_t/ᾱ_s), formed in float64
// from the float32 tables (ᾱ_{-1} = 1), and log(1 - ᾱ_t/ᾱ_s) - log K.
struct SkipTransition {
    float logKeep = 0.0f;
    float rest = 0.0f;
};
SkipTransition skipTransition(const DiffusionSchedule& sched, int64_t t, int64_t s) {
    const double la = static_cast<double>(sched.logCumAlphaAt(t)) - (s < 0 ? 0.0 : static_cast<double>(sched.logCumAlphaAt(s)));
    const double l1a = std::log(std::max(1.0 - std::exp(la), 1e-30));
    return {static_cast<float>(la), static_cast<float>(l1a) - logClasses(sched.classes)};
}

// log q(x_t | x_s) of codes x, evaluated with x_t: q(x_t | x_{t-1}) itself when s = t - 1
// (the reference's tables, bit for bit), else the transition over the skipped steps, as two
// values written with a fill and a scatter (probeOneHot: bitwise qPredSkip's full computation).
at::Tensor qTransitionOfCodes(const DiffusionSchedule& sched, const at::Tensor& x, int64_t t, int64_t s) {
    if (s == t - 1) return qPredOneStepOfCodes(sched, x, t);
    if (const auto v = sched.qPredSkipOfOneHotAt(t, s)) return twoValuedRows(x, sched.classes, v->hot, v->cold);
    return qPredSkip(sched, logOneHotOfValid(x, sched.classes, kMinLogArg), t, s);
}

}  // namespace

struct DiffusionSchedule::SkipValues {
    std::mutex mutex;
    std::map<std::pair<int64_t, int64_t>, std::optional<OneHotValues>> made;
};

std::optional<DiffusionSchedule::OneHotValues> DiffusionSchedule::qPredSkipOfOneHotAt(int64_t t, int64_t s) const {
    if (!m_skip || !(s >= -1 && s < t - 1) || t >= steps) return std::nullopt;
    std::lock_guard lock(m_skip->mutex);
    const auto [it, added] = m_skip->made.try_emplace({t, s});
    if (added) {
        const SkipTransition k = skipTransition(*this, t, s);
        it->second = probeOneHot(logOfFloor(kMinLogArg), k.logKeep, k.rest);
    }
    return it->second;
}

at::Tensor qPosterior(const DiffusionSchedule& sched, const at::Tensor& logX0, const at::Tensor& logXt, int64_t t) {
    if (logX0.sizes() != logXt.sizes())
        fail(ErrorKind::InvalidArgument, "diffusion posterior: log x0 and log x_t differ in shape");
    return normalisedPosterior(sched, logX0, qPredOneStep(sched, logXt, t), t - 1);
}

at::Tensor qPredSkip(const DiffusionSchedule& sched, const at::Tensor& logXt, int64_t t, int64_t s) {
    if (!(s >= -1 && s < t))
        fail(ErrorKind::InvalidArgument,
             "diffusion: a skip from t = " + std::to_string(t) + " must go to a lower level, not " + std::to_string(s));
    if (s == t - 1) return qPredOneStep(sched, logXt, t);
    const SkipTransition k = skipTransition(sched, t, s);
    return logAddExpConstantInPlace(at::add(logXt, k.logKeep), k.rest);
}

at::Tensor qPosteriorSkip(const DiffusionSchedule& sched, const at::Tensor& logX0, const at::Tensor& logXt, int64_t t, int64_t s) {
    if (logX0.sizes() != logXt.sizes())
        fail(ErrorKind::InvalidArgument, "diffusion posterior: log x0 and log x_t differ in shape");
    return normalisedPosterior(sched, logX0, qPredSkip(sched, logXt, t, s), s);
}

// ---------------------------------------------------------------------------------------
// Randomness

GeneratorRandomSource::GeneratorRandomSource(uint64_t seed, DeviceDraws deviceDraws)
    : m_gen(at::detail::createCPUGenerator(seed)), m_deviceDraws(deviceDraws) {}

GeneratorRandomSource::GeneratorRandomSource(at::Generator generator, DeviceDraws deviceDraws)
    : m_gen(std::move(generator)), m_deviceDraws(deviceDraws) {}

at::Tensor RandomSource::exponential(at::IntArrayRef shape, c10::Device device) {
    return uniform(shape, device).clamp_min_(kMinLogArg).log_().neg_();
}

bool GeneratorRandomSource::drawsFromRunStream(c10::Device device) const {
    return m_deviceDraws == DeviceDraws::Never || (device.is_cpu() && m_deviceDraws == DeviceDraws::ForNonCpuDevices);
}

at::Generator& GeneratorRandomSource::deviceGenerator(c10::Device device) {
    if (!m_deviceGen.defined()) {
        // a private generator of the device's kind (generator_copy.h), seeded from this run's
        // CPU stream
        const int64_t seed = at::randint(0, int64_t{1} << 62, {1}, m_gen, at::TensorOptions().dtype(at::kLong)).item<int64_t>();
        try {
            m_deviceGen = privateGeneratorFor(device, static_cast<uint64_t>(seed));
        } catch (const c10::Error& e) {
            fail(ErrorKind::Unsupported, "diffusion: no random generator for the device " + device.str() + ": " + e.what_without_backtrace());
        }
    }
    return m_deviceGen;
}

at::Tensor GeneratorRandomSource::uniform(at::IntArrayRef shape, c10::Device device) {
    const auto options = at::TensorOptions().dtype(at::kFloat);
    if (drawsFromRunStream(device)) return at::rand(shape, m_gen, options).to(device);
    return at::rand(shape, deviceGenerator(device), options.device(device));
}

at::Tensor GeneratorRandomSource::randint(int64_t high, at::IntArrayRef shape, c10::Device device) {
    const auto options = at::TensorOptions().dtype(at::kLong);
    if (drawsFromRunStream(device)) return at::randint(0, high, shape, m_gen, options).to(device);
    return at::randint(0, high, shape, deviceGenerator(device), options.device(device));
}

at::Tensor GeneratorRandomSource::exponential(at::IntArrayRef shape, c10::Device device) {
    const auto options = at::TensorOptions().dtype(at::kFloat);
    if (drawsFromRunStream(device)) return at::empty(shape, options).exponential_(1.0, m_gen).to(device);
    return at::empty(shape, options.device(device)).exponential_(1.0, deviceGenerator(device));
}

InjectedUniforms::InjectedUniforms(std::vector<uint64_t> seeds) : m_seeds(std::move(seeds)) {}

at::Tensor InjectedUniforms::splitmix64(uint64_t seed, int64_t n) {
    auto out = at::empty({n}, at::kFloat);
    float* p = out.data_ptr<float>();
    uint64_t state = seed;
    for (int64_t i = 0; i < n; ++i) {
        state += 0x9E3779B97F4A7C15ull;
        uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        p[i] = static_cast<float>(z >> 40) / 16777216.0f;  // 24 bits: exact in float32
    }
    return out;
}

at::Tensor InjectedUniforms::uniform(at::IntArrayRef shape, c10::Device device) {
    if (m_next >= m_seeds.size())
        fail(ErrorKind::InvalidArgument, "injected uniforms: all " + std::to_string(m_seeds.size()) +
                                             " seeds are used up (one is needed per draw)");
    int64_t n = 1;
    for (auto s : shape) n *= s;
    return splitmix64(m_seeds[m_next++], n).reshape(shape).to(device);
}

at::Tensor InjectedUniforms::randint(int64_t high, at::IntArrayRef shape, c10::Device device) {
    return at::floor(uniform(shape, at::kCPU) * static_cast<double>(high)).to(at::kLong).clamp_max(high - 1).to(device);
}

namespace {

// argmax(ℓ + g) with g = -log(clamp(-log(clamp(u)))), in place in `u` (a fresh tensor). ℓ + g
// is formed as ℓ - log(clamp(-log(clamp(u)))): the same number (IEEE subtraction is addition of
// the negation), one pass fewer.
at::Tensor gumbelArgmax(const at::Tensor& logProbs, at::Tensor u) {
    auto l = u.clamp_min_(kMinLogArg);
    l.log_().neg_().clamp_min_(kMinLogArg).log_();
    return at::sub_out(l, logProbs, l).argmax(-1);
}

// The same argmax from Exp(1) draws e (in place in `e`, a fresh tensor): -log(clamp(e)) is the
// Gumbel noise the uniforms give, since e stands for -log(u) (the upper clamp is the floor of u).
at::Tensor gumbelArgmaxOfExponentials(const at::Tensor& logProbs, at::Tensor e) {
    auto l = e.clamp_(kMinLogArg, -std::log(kMinLogArg)).log_();
    return at::sub_out(l, logProbs, l).argmax(-1);
}

}  // namespace

at::Tensor gumbelSample(const at::Tensor& logProbs, RandomSource& rng) {
    const auto device = logProbs.device();
    if (!rng.followsReferenceStream(device)) return gumbelArgmaxOfExponentials(logProbs, rng.exponential(logProbs.sizes(), device));
    return gumbelArgmax(logProbs, rng.uniform(logProbs.sizes(), device));
}

double keepProbability(const DiffusionSchedule& sched, int64_t t) {
    // The two values of q_pred for a one-hot at t: precomputed, or from one row computed in full.
    float hot = 0, cold = 0;
    if (const auto v = sched.qPredOfOneHotAt(t)) {
        hot = v->hot;
        cold = v->cold;
    } else {
        const auto row = qPred(sched, logOneHotOfValid(at::zeros({1}, at::kLong), sched.classes, kMinLogArg), t);
        hot = row[0][0].item<float>();
        cold = row[0][1].item<float>();
    }
    return 1.0 / (1.0 + static_cast<double>(sched.classes - 1) * std::exp(static_cast<double>(cold) - hot));
}

at::Tensor qSample(const DiffusionSchedule& sched, const at::Tensor& x0, int64_t t, RandomSource& rng) {
    const auto device = x0.device();
    if (rng.followsReferenceStream(device)) return gumbelSample(qPredOfCodes(sched, x0, t), rng);
    // Keep the code with the Gumbel argmax's probability, else any other class, uniformly:
    // draw r in [0, K - 1) and skip the code (r >= code -> r + 1).
    const auto codes = x0.to(at::kLong);
    const auto keep = rng.uniform(codes.sizes(), device).lt(keepProbability(sched, t));
    auto other = rng.randint(sched.classes - 1, codes.sizes(), device);
    other.add_(other.ge(codes));
    return at::where(keep, codes, other);
}

at::Tensor posteriorForSampling(const DiffusionSchedule& sched, const at::Tensor& z, const at::Tensor& xt, int64_t t, int64_t s) {
    if (!(s >= -1 && s < t) || t >= sched.steps)
        fail(ErrorKind::InvalidArgument, "diffusion: a step from t = " + std::to_string(t) + " to " + std::to_string(s) +
                                             " is outside the schedule");
    at::Tensor post;
    if (s < 0) {
        post = at::log_softmax(z, -1);
    } else {
        const double keep = std::exp(static_cast<double>(sched.logCumAlphaAt(s)));
        const double rest = std::exp(static_cast<double>(sched.log1mCumAlphaAt(s))) / static_cast<double>(sched.classes);
        post = at::softmax(z, -1).mul_(keep).add_(rest).log_();
    }
    // q(x_t | x_s) holds `hot` at x_t and `cold` elsewhere: up to the constant cold, hot - cold at x_t.
    // The schedule keeps the two values; only where it has none is one row computed (host work).
    const auto kept = s == t - 1 ? sched.qPredOneStepOfOneHotAt(t) : sched.qPredSkipOfOneHotAt(t, s);
    float lift = 0.0f;
    if (kept) {
        lift = kept->hot - kept->cold;
    } else {
        const auto row = qTransitionOfCodes(sched, at::zeros({1}, at::kLong), t, s);
        lift = row[0][0].item<float>() - row[0][1].item<float>();
    }
    const auto codes = xt.to(at::kLong).unsqueeze(-1);
    return post.scatter_add_(-1, codes, at::full(codes.sizes(), lift, post.options()));
}

// ---------------------------------------------------------------------------------------
// One reverse step

at::Tensor applyGuidance(const at::Tensor& cond, const at::Tensor& uncond, double w) {
    if (w == 1.0) return cond;
    if (cond.sizes() != uncond.sizes())
        fail(ErrorKind::InvalidArgument, "guidance: conditional and unconditional logits differ in shape");
    return (cond * w).add_(uncond * (1.0 - w));
}

ReverseStepResult reverseStep(const DiffusionSchedule& sched, const at::Tensor& guidedLogits, const at::Tensor& x,
                              const at::Tensor& known, const at::Tensor& knownMask, int64_t t,
                              const ReverseStepOptions& options, RandomSource& rng) {
    if (guidedLogits.dim() != x.dim() + 1 || guidedLogits.sizes().slice(0, x.dim()) != x.sizes() ||
        guidedLogits.size(-1) != sched.classes)
        fail(ErrorKind::InvalidArgument, "reverse step: logits must be [x.shape..., K] with K = " +
                                             std::to_string(sched.classes));
    if (known.sizes() != x.sizes() || knownMask.sizes() != x.sizes())
        fail(ErrorKind::InvalidArgument, "reverse step: known codes and mask must have the shape of x");
    if (!(options.x0Temperature > 0))
        fail(ErrorKind::InvalidArgument, "reverse step: x_0 temperature must be > 0");

    ReverseStepResult r;
    // Temperature after guidance, then the posterior given the model's x̂_0.
    const auto logX0 = at::log_softmax(at::div(guidedLogits.to(at::kFloat), options.x0Temperature), -1);
    r.logPosterior = normalisedPosterior(sched, logX0, qPredOneStepOfCodes(sched, x, t), t - 1);

    auto post = r.logPosterior;
    if (t == 0 && options.maskPadClass && sched.classes > kPadClass) {
        post = post.clone();
        post.select(-1, kPadClass).fill_(-std::numeric_limits<float>::infinity());
    }
    r.unknownBranch = (t == 0 && options.lastGreedy) ? post.argmax(-1) : gumbelSample(post, rng);
    // The known part re-noised at level t (not t - 1); exact at t = 0.
    r.knownBranch = t == 0 ? known.to(at::kLong) : qSample(sched, known, t, rng);
    r.x = at::where(knownMask.to(at::kBool), r.knownBranch, r.unknownBranch);
    return r;
}

namespace {

// The loop's split of the state's T x 8 rows, fixed for a whole run: the rows the mask keeps
// (the reference codes, L0) and the rows the model fills in.
struct RowSplit {
    at::Tensor unknown;     // [U] int64 flat row indices where the mask is false
    at::Tensor known;       // [N] int64 flat row indices where the mask is true
    at::Tensor knownCodes;  // [N] the known codes at those rows
};

RowSplit splitRows(const at::Tensor& known, const at::Tensor& mask) {
    const auto flat = mask.reshape({-1}).to(at::kBool);
    RowSplit r;
    r.unknown = at::nonzero(flat.logical_not()).squeeze(1);  // one read-back per run, not per step
    r.known = at::nonzero(flat).squeeze(1);
    r.knownCodes = known.reshape({-1}).to(at::kLong).index_select(0, r.known);
    return r;
}

// reverseStep(...).x for the loop, computed only where it is kept: the posterior and its
// sample on the unknown rows, the re-noised known codes on the known rows. reverseStep
// computes both branches over all T x 8 rows and then keeps one per row with where(); in a
// deep clone most rows are the reference's (known), in a shallow clone 7 of 8 are unknown,
// so about half of that work was thrown away. The draws are the same full-size uniform
// tensors in the same order (the reference's random stream), and every kept value comes from
// the same per-element and per-row operations, so x is bitwise reverseStep's (the loop tests
// and `selftest mars5`'s exact tts checks compare them).
//
// Where the draws need not follow the reference's stream (a generator of the run's own), nothing is
// drawn at full size: noise for the unknown rows only, and two numbers per known row
// (gumbelSample and qSample say how).
//
// Guidance too is formed on the unknown rows only: `uncond` undefined means unguided.
//
// The step goes from level t to level s: s = t - 1 is the reference's step (-1 after t = 0);
// a lower s skips steps (fewer model evaluations than the schedule has, diffusionTimes): the
// posterior is q(x_s | x_t, x̂_0) and the known rows are re-noised at level s + 1, one above
// the state's, as the reference's t is one above its t - 1.
at::Tensor reverseStepOnRows(const DiffusionSchedule& sched, const at::Tensor& cond, const at::Tensor& uncond, double w,
                             const at::Tensor& x, const RowSplit& rows, int64_t t, int64_t s, const ReverseStepOptions& options,
                             RandomSource& rng) {
    const int64_t classes = sched.classes;
    auto out = x.reshape({-1}).to(at::kLong).clone();
    // Logits of every row, or of the unknown rows only (then already in the order of rows.unknown).
    const bool onlyUnknown = cond.size(0) != x.size(0) || cond.size(1) != x.size(1);
    auto unknownRowsOf = [&](const at::Tensor& logits) {
        return onlyUnknown ? logits.reshape({-1, classes}) : logits.reshape({-1, classes}).index_select(0, rows.unknown);
    };
    // The uniforms are drawn at full size whichever logits came (the reference's stream).
    const std::vector<int64_t> drawShape{x.size(0), x.size(1), classes};

    // Unknown rows: guidance, the temperature after it, the posterior given x̂_0, a sample. Off
    // the reference's stream (a GPU, half precision on the CPU) nothing can be compared with the
    // reference bit for bit, so guidance is one lerp and the posterior the short formula
    // (posteriorForSampling).
    const bool referenceStream = rng.followsReferenceStream(x.device());
    at::Tensor post;
    if (referenceStream) {
        const auto guided = uncond.defined() ? applyGuidance(unknownRowsOf(cond), unknownRowsOf(uncond), w) : unknownRowsOf(cond);
        const auto logX0 = at::log_softmax(at::div(guided.to(at::kFloat), options.x0Temperature), -1);
        post = normalisedPosterior(sched, logX0, qTransitionOfCodes(sched, out.index_select(0, rows.unknown), t, s), s);
    } else {
        const auto z = uncond.defined() && w != 1.0
                           ? at::lerp(unknownRowsOf(uncond).to(at::kFloat), unknownRowsOf(cond).to(at::kFloat), w).div_(options.x0Temperature)
                           : at::div(unknownRowsOf(cond).to(at::kFloat), options.x0Temperature);
        post = posteriorForSampling(sched, z, out.index_select(0, rows.unknown), t, s);
    }
    const bool last = s < 0;  // the step that makes x_0 (t = 0 in the reference)
    if (last && options.maskPadClass && classes > kPadClass)
        post.select(-1, kPadClass).fill_(-std::numeric_limits<float>::infinity());
    at::Tensor unknownCodes;
    if (last && options.lastGreedy) {
        unknownCodes = post.argmax(-1);
    } else if (referenceStream) {
        const auto u = rng.uniform(drawShape, x.device());
        unknownCodes = gumbelArgmax(post, u.reshape({-1, classes}).index_select(0, rows.unknown));
    } else {
        unknownCodes = gumbelSample(post, rng);
    }

    // Known rows: re-noised at level s + 1 (the reference's t, not t - 1); exact in the last step.
    at::Tensor knownCodes = rows.knownCodes;
    if (!last && referenceStream) {
        const auto u = rng.uniform(drawShape, x.device());
        knownCodes = gumbelArgmax(qPredOfCodes(sched, rows.knownCodes, s + 1), u.reshape({-1, classes}).index_select(0, rows.known));
    } else if (!last) {
        knownCodes = qSample(sched, rows.knownCodes, s + 1, rng);
    }
    out.index_copy_(0, rows.unknown, unknownCodes);
    out.index_copy_(0, rows.known, knownCodes);
    return out.view(x.sizes());
}

}  // namespace

at::Tensor forwardStep(const DiffusionSchedule& sched, const at::Tensor& x, int64_t t, std::optional<double> c,
                       int jumpLen, RandomSource& rng) {
    // The reference builds this one-hot in float16, where 1e-7 rounds to 2^-23.
    const auto logXt = logOneHotOfValid(x, sched.classes, 1.1920928955078125e-07);
    const float la = sched.logAlphaAt(t);
    const float l1a = sched.log1mAlphaAt(t);
    const float logK = logClasses(sched.classes);
    at::Tensor logProbs;
    if (c) {
        // Sequentially progressive noise: per frame p, σ_p = sigmoid((p - N·c/j + 20) / 8).
        const int64_t n = x.size(0);
        const auto p = at::arange(n, logXt.options());
        const double shift = static_cast<double>(n) * (*c / static_cast<double>(jumpLen));
        const auto sig = 1.0 / (1.0 + at::exp(-(p - shift + 20.0) / 8.0));
        std::vector<int64_t> view(static_cast<size_t>(logXt.dim()), 1);
        view[0] = n;
        const auto laP = (at::log(1.0 / sig) + la).clamp_max(0.0).view(view);
        const auto l1aP = (at::log(sig) + l1a).view(view);
        logProbs = logAddExp(logXt + laP, l1aP - logK);
    } else {
        logProbs = logAddExp(logXt + constantLike(logXt, la), constantLike(logXt, l1a - logK));
    }
    return gumbelSample(logProbs, rng);
}

std::vector<int64_t> repaintSchedule(int steps, int jumpLen, int jumpNSample) {
    requireRange("steps", steps, 1, 100000);
    requireRange("jump_len", jumpLen, 1, 100000);
    requireRange("jump_n_sample", jumpNSample, 1, 100000);
    std::map<int64_t, int> jumps;
    for (int64_t j = 0; j < steps - jumpLen; j += jumpLen) jumps[j] = jumpNSample - 1;
    std::vector<int64_t> ts;
    int64_t t = steps;
    while (t >= 1) {
        --t;
        ts.push_back(t);
        auto it = jumps.find(t);
        if (it != jumps.end() && it->second > 0) {
            --it->second;
            for (int k = 0; k < jumpLen; ++k) ts.push_back(++t);
        }
    }
    ts.push_back(-1);
    return ts;
}

std::vector<int64_t> strideTimesteps(int scheduleSteps, int steps) {
    requireRange("diffusion schedule steps", scheduleSteps, 1, 100000);
    if (steps < 1 || steps > scheduleSteps)
        fail(ErrorKind::InvalidArgument, "nar_steps = " + std::to_string(steps) + " is out of range: valid values are 1 to " +
                                             std::to_string(scheduleSteps) + " (the " + std::to_string(scheduleSteps) +
                                             " steps of the schedule the NAR was trained with; fewer skip some of them)");
    // Evenly spaced from the top: 199, 195, ..., 3 for 50 of 200. Each stride is >= 1 before
    // rounding, so the rounded values still fall strictly; all of them for steps == scheduleSteps.
    std::vector<int64_t> ts;
    ts.reserve(static_cast<size_t>(steps));
    const double stride = static_cast<double>(scheduleSteps) / steps;
    for (int i = 0; i < steps; ++i) ts.push_back(std::lround(static_cast<double>(scheduleSteps - 1) - i * stride));
    return ts;
}

// ---------------------------------------------------------------------------------------
// The reverse loop

std::vector<int64_t> diffusionTimes(int scheduleSteps, const DiffusionConfig& config) {
    if (config.jumpLen > 1 || config.jumpNSample > 1) {
        if (config.steps != scheduleSteps)
            fail(ErrorKind::InvalidArgument, "RePaint jumps (jump_len " + std::to_string(config.jumpLen) + ", jump_n_sample " +
                                                 std::to_string(config.jumpNSample) + ") need all " + std::to_string(scheduleSteps) +
                                                 " diffusion steps, not nar_steps = " + std::to_string(config.steps) +
                                                 ": set jump_len and jump_n_sample to 1 or nar_steps to " + std::to_string(scheduleSteps));
        return repaintSchedule(scheduleSteps, config.jumpLen, config.jumpNSample);
    }
    auto ts = strideTimesteps(scheduleSteps, config.steps);
    ts.push_back(-1);
    return ts;
}

void DiffusionConfig::validate() const {
    requireRange("nar_steps", steps, 1, 1000);
    requireRange("jump_len", jumpLen, 1, steps);
    requireRange("jump_n_sample", jumpNSample, 1, 50);
    requireRange("nar_guidance_w", guidanceW, 0.0, 20.0);
    requireRange("x_0_temp", x0Temperature, 1e-3, 10.0);
    // Any count the reference accepts: from the schedule's last t (199) on, no step's t exceeds
    // it and L0 is never re-imposed.
    requireRange("q0_override_steps", q0OverrideSteps, 0, 100000);
}

DiffusionResult runReverseDiffusion(const DiffusionSchedule& sched, const DiffusionConfig& config,
                                    const at::Tensor& l0, const at::Tensor& refCodes, const X0Predictor& predict,
                                    RandomSource& rng, const DiffusionProgress& progress,
                                    const DiffusionCancel& cancel) {
    config.validate();
    const auto times = diffusionTimes(sched.steps, config);  // refuses nar_steps above the schedule's
    if (!predict) fail(ErrorKind::InvalidArgument, "diffusion: no x0 predictor");
    if (!l0.defined() || l0.dim() != 1 || l0.size(0) == 0)
        fail(ErrorKind::InvalidArgument, "diffusion: the L0 codes must be a non-empty [T] vector");
    checkCodes(l0, sched.classes, "L0 codes");
    const bool deep = refCodes.defined();
    const int64_t q = 8;
    if (deep) {
        if (refCodes.dim() != 2 || refCodes.size(1) != q || refCodes.size(0) == 0)
            fail(ErrorKind::InvalidArgument, "diffusion: reference codes must be [T_ref, 8]");
        checkCodes(refCodes, sched.classes, "reference codes");
    }
    const auto device = l0.device();
    const auto codes0 = l0.to(at::kLong);
    const int64_t ta = codes0.size(0);

    // Initial state: random codes with the AR's L0 (the reference draws before concatenating).
    auto x = rng.randint(sched.classes, {ta, q}, device);
    x.select(1, 0).copy_(codes0);
    auto known = at::zeros_like(x);
    known.select(1, 0).copy_(codes0);
    auto mask = at::zeros({ta, q}, x.options().dtype(at::kBool));
    mask.select(1, 0).fill_(true);
    auto l0Fixed = codes0;
    int64_t offset = 0;
    if (deep) {
        const auto ref = refCodes.to(device, at::kLong);
        x = at::cat({ref, x}, 0);
        known = at::cat({ref, known}, 0);
        mask = at::cat({at::ones({ref.size(0), q}, mask.options()), mask}, 0);
        l0Fixed = at::cat({ref.select(1, 0), codes0}, 0);
        offset = ref.size(0);
    }

    const RowSplit rows = splitRows(known, mask);
    const int total = static_cast<int>(times.size()) - 1;
    const bool guided = config.guidanceW != 1.0;
    ReverseStepOptions stepOptions;
    stepOptions.x0Temperature = config.x0Temperature;
    stepOptions.lastGreedy = config.lastGreedy;
    stepOptions.maskPadClass = config.maskPadClass;

    DiffusionResult result;
    double c = 0.0;  // sequentially progressive offset (advanced by reverse steps only)
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel()) fail(ErrorKind::Cancelled, "diffusion cancelled");
        const int64_t tLast = times[static_cast<size_t>(i)];
        const int64_t tCur = times[static_cast<size_t>(i) + 1];
        if (tCur < tLast) {
            if (c > config.jumpNSample) c = 0.0;
            c += 1.0 / config.jumpLen;
            const auto logits = predict(x, tLast, guided);
            const int64_t want = guided ? 2 : 1;
            // Every row [B, T, 8, K], or only the rows filled in here [B, T - offset, 7, K].
            const bool all = logits.dim() == 4 && logits.size(1) == x.size(0) && logits.size(2) == q;
            const bool unknownOnly = logits.dim() == 4 && logits.size(1) == x.size(0) - offset && logits.size(2) == q - 1;
            if ((!all && !unknownOnly) || logits.size(0) != want || logits.size(3) != sched.classes)
                fail(ErrorKind::Internal, "diffusion: the predictor returned logits of the wrong shape");
            // cond·w + uncond·(1 - w) is formed on the rows that use it, inside the step
            x = reverseStepOnRows(sched, logits[0], guided ? logits[1] : at::Tensor(), config.guidanceW, x, rows, tLast,
                                  tCur, stepOptions, rng);
        } else {
            x = forwardStep(sched, x, tLast, config.sequentiallyProgressive ? std::optional<double>(c) : std::nullopt,
                            config.jumpLen, rng);
        }
        if (config.q0OverrideSteps < tLast) x.select(1, 0).copy_(l0Fixed);
        if (config.keepSnapshots) {
            // Kept on x's device as int16 (codes < 1025): a copy to the host here would make the
            // host wait for every step on a GPU. They come over once, after the loop.
            result.snapshots.push_back(x.slice(0, offset).to(at::kShort));
            result.snapshotT.push_back(tLast);
        }
        ++result.stepsRun;
        if (progress) progress(i + 1, total, tLast);
    }
    if (!result.snapshots.empty()) {  // one copy for all of them
        const auto all = at::stack(result.snapshots).to(at::kCPU, at::kLong);
        result.snapshots = all.unbind(0);
    }
    result.codes = x.slice(0, offset).contiguous();
    result.modelFrames = x.size(0);
    return result;
}

}  // namespace mars5
