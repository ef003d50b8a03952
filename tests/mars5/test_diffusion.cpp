// The NAR's multinomial diffusion (core/src/diffusion.h) beyond the goldens of
// `selftest mars5`: schedule properties, normalised q_pred / posterior rows, the injected
// uniforms formula, determinism of seeded draws, guidance on raw logits before the
// temperature, the RePaint step counts, the reverse loop's L0 / inpainting rules, cancel
// between steps, snapshots, config validation; and the loop driven by the tiny fixture NAR.
#include "constant_table_cache.h"
#include "diffusion.h"
#include "failure.h"
#include "generator_copy.h"
#include "mars5_checkpoint.h"
#include "nar_model.h"
#include "temp_files.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <c10/core/InferenceMode.h>
#include <nlohmann/json.hpp>

#include <QtTest>

#include <fstream>

using namespace mars5;
using mars5::test::fixture;

namespace {

constexpr int64_t K = 1025;

at::Tensor longs(std::vector<int64_t> values) { return at::tensor(at::ArrayRef<int64_t>(values)); }

// Counts the draws made through it (and forwards them to a seeded generator).
class CountingSource : public RandomSource {
public:
    explicit CountingSource(uint64_t seed) : m_inner(seed) {}
    at::Tensor uniform(at::IntArrayRef shape, c10::Device device) override {
        ++uniforms;
        return m_inner.uniform(shape, device);
    }
    at::Tensor randint(int64_t high, at::IntArrayRef shape, c10::Device device) override {
        ++randints;
        return m_inner.randint(high, shape, device);
    }
    int uniforms = 0;
    int randints = 0;

private:
    GeneratorRandomSource m_inner;
};

// A stand-in for the NAR: logits that depend on x and t deterministically, recording calls.
struct FakePredictor {
    int calls = 0;
    std::vector<int64_t> ts;
    std::vector<bool> withUncond;
    at::Tensor operator()(const at::Tensor& x, int64_t t, bool uncond) {
        ++calls;
        ts.push_back(t);
        withUncond.push_back(uncond);
        const int64_t b = uncond ? 2 : 1;
        auto base = at::sin(at::arange(x.size(0) * 8 * K, at::kFloat).reshape({1, x.size(0), 8, K}) * 0.37 +
                            static_cast<double>(t));
        base = base + at::one_hot(x, K).to(at::kFloat).unsqueeze(0) * 2.0;
        return b == 2 ? at::cat({base * 1.5, base * 0.5}) : base * 1.5;
    }
};

// The loop's starting state, made by hand as runReverseDiffusion makes it (for loops written
// out in a test): random codes with the AR's L0, the known codes and their mask, and in a deep
// clone the reference's codes in front, fully known.
struct StartingState {
    at::Tensor x, known, mask, l0Fixed;
};
StartingState startingState(RandomSource& rng, const at::Tensor& l0, const at::Tensor& ref) {
    StartingState st;
    st.x = rng.randint(K, {l0.size(0), 8}, at::kCPU);
    st.x.select(1, 0).copy_(l0);
    st.known = at::zeros_like(st.x);
    st.known.select(1, 0).copy_(l0);
    st.mask = at::zeros({l0.size(0), 8}, at::kBool);
    st.mask.select(1, 0).fill_(true);
    st.l0Fixed = l0;
    if (ref.defined()) {
        st.x = at::cat({ref, st.x});
        st.known = at::cat({ref, st.known});
        st.mask = at::cat({at::ones({ref.size(0), 8}, at::kBool), st.mask});
        st.l0Fixed = at::cat({ref.select(1, 0), l0});
    }
    return st;
}

X0Predictor wrap(FakePredictor& f) {
    return [&f](const at::Tensor& x, int64_t t, bool u) { return f(x, t, u); };
}

}  // namespace

class TestDiffusion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { m_inference = std::make_unique<c10::InferenceMode>(); }
    void cleanup() { m_inference.reset(); }

    void scheduleProperties() {
        const auto s = DiffusionSchedule::cosine();
        QCOMPARE(s.steps, 200);
        QCOMPARE(s.alphas.size(0), int64_t{200});
        // Spec §5.3 table (the reference's fp32 values).
        QVERIFY(std::abs(s.alphas[0].item<float>() - 0.99987257f) < 1e-7f);
        QVERIFY(std::abs(s.alphas[198].item<float>() - 0.50001377f) < 1e-6f);
        QVERIFY(std::abs(s.alphas[199].item<float>() - 0.03162278f) < 1e-7f);  // sqrt(0.001): clamped
        QVERIFY(std::abs(s.logCumAlphaAt(199) - (-8.308520f)) < 1e-4f);
        QVERIFY(std::abs(s.log1mAlphaAt(0) - (-8.9679f)) < 1e-3f);
        // α in (0, 1]; ᾱ strictly decreasing; α + (1 - α) = 1 and ᾱ + (1 - ᾱ) = 1 in log space.
        QVERIFY(s.alphas.gt(0).all().item<bool>());
        QVERIFY(s.alphas.le(1).all().item<bool>());
        QVERIFY((s.logCumAlpha.slice(0, 1) < s.logCumAlpha.slice(0, 0, 199)).all().item<bool>());
        QVERIFY(logAddExp(s.logAlpha, s.log1mAlpha).abs().max().item<float>() < 1e-5f);
        QVERIFY(logAddExp(s.logCumAlpha, s.log1mCumAlpha).abs().max().item<float>() < 1e-5f);
        QVERIFY((at::cumsum(s.logAlpha.to(at::kDouble), 0) - s.logCumAlpha).abs().max().item<double>() < 1e-5);
        // Other lengths are real schedules too (nar_steps).
        const auto s50 = DiffusionSchedule::cosine(50);
        QCOMPARE(s50.alphas.size(0), int64_t{50});
        QVERIFY(s50.logCumAlphaAt(49) < s50.logCumAlphaAt(0));
        QVERIFY_THROWS_EXCEPTION(Failure, s.logAlphaAt(200));
    }

    void logOneHotFloor() {
        const auto x = longs({0, 1024, 7});
        const auto l = logOneHot(x, K);
        QCOMPARE(l.sizes().vec(), (std::vector<int64_t>{3, K}));
        QCOMPARE(l[1][1024].item<float>(), 0.0f);
        QVERIFY(std::abs(l[0][5].item<float>() - std::log(1e-7f)) < 1e-5f);  // ≈ -16.118, not -inf
        QVERIFY_THROWS_EXCEPTION(Failure, logOneHot(longs({1025}), K));
        QVERIFY_THROWS_EXCEPTION(Failure, logOneHot(longs({-1}), K));
    }

    void rowsAreNormalised() {
        const auto s = DiffusionSchedule::cosine();
        at::manual_seed(3);
        const auto logX0 = at::log_softmax(at::randn({4, 8, K}) * 3, -1);
        const auto xt = at::randint(0, K, {4, 8});
        for (int64_t t : {0, 1, 20, 137, 198, 199}) {
            const auto post = qPosterior(s, logX0, logOneHot(xt, K), t);
            const auto sums = post.exp().sum(-1);
            QVERIFY2((sums - 1).abs().max().item<float>() < 1e-5f, qPrintable(QString("posterior t=%1").arg(t)));
            const auto pred = qPred(s, logX0, t).exp().sum(-1);
            QVERIFY2((pred - 1).abs().max().item<float>() < 1e-4f, qPrintable(QString("q_pred t=%1").arg(t)));
        }
        // At t = 0 the posterior strongly favours keeping x_t (≈ -15 nats for other classes).
        const auto post0 = qPosterior(s, at::log_softmax(at::zeros({1, K}), -1), logOneHot(longs({5}), K), 0);
        QCOMPARE(post0.argmax(-1).item<int64_t>(), int64_t{5});
        QVERIFY(post0[0][6].item<float>() < -14.0f);
    }

    void oneHotShortcutIsTheFullComputationBitForBit() {
        // The loop writes q_pred and q_pred_one_step of a log one-hot as the schedule's two
        // values per t (a fill and a scatter) instead of computing exp and log over
        // [T, 8, K]. That is only allowed where the two values are exactly what the full
        // computation gives at every position, vectorised chunks and scalar tails alike:
        // checked here at every t on an odd shape, whose chunks end in tails.
        QElapsedTimer clock;
        clock.start();
        const auto s = DiffusionSchedule::cosine(200);
        qInfo("a 200-step schedule with its one-hot values: %lld ms", static_cast<long long>(clock.elapsed()));
        at::Generator gen = at::detail::createCPUGenerator(3);
        const auto x = at::randint(0, K, {37, 8}, gen, at::TensorOptions().dtype(at::kLong));
        const auto oneHot = logOneHot(x, K);
        const auto atCodes = x.unsqueeze(-1);
        int shortcuts = 0;
        for (int64_t t = 0; t < 200; ++t) {
            for (const bool oneStep : {false, true}) {
                const auto values = oneStep ? s.qPredOneStepOfOneHotAt(t) : s.qPredOfOneHotAt(t);
                if (!values) continue;
                ++shortcuts;
                const auto full = oneStep ? qPredOneStep(s, oneHot, t) : qPred(s, oneHot, t);
                auto expected = at::full(full.sizes(), values->cold, full.options());
                expected.scatter_(-1, atCodes, values->hot);
                // the bits, not the values (-0 and +0 would compare equal)
                QVERIFY2(at::equal(full.view(at::kInt), expected.view(at::kInt)), qPrintable(QStringLiteral("t = %1, %2").arg(t).arg(oneStep ? "one step" : "q_pred")));
            }
        }
        // On this machine's kernels every t has its values (a CPU where the vectorised and
        // scalar exp or log disagree would run the full computation for that t instead).
        QCOMPARE(shortcuts, 400);
        QVERIFY(!s.qPredOfOneHotAt(200) && !s.qPredOfOneHotAt(-1));
        // The engine's copy is made once and shared.
        const auto shared = DiffusionSchedule::shared(200);
        QCOMPARE(DiffusionSchedule::shared(200).get(), shared.get());
        QVERIFY(DiffusionSchedule::shared(100).get() != shared.get());
        QVERIFY(at::equal(shared->alphas, s.alphas));
        QVERIFY_THROWS_EXCEPTION(Failure, DiffusionSchedule::shared(0));

        // And through the public draw: q_sample with the same uniforms as the full computation.
        for (const int64_t t : {0, 57, 199}) {
            InjectedUniforms a({11}), b({11});
            QVERIFY(at::equal(qSample(s, x, t, a), gumbelSample(qPred(s, oneHot, t), b)));
        }
    }

    void injectedUniformsFormula() {
        // goldens.json lists the first values and the sum of U1 for nar.small.
        std::ifstream in(fixture("mars5/goldens.json"));
        QVERIFY(in.good());
        const auto small = nlohmann::json::parse(in)["nar"]["small"];
        const auto seed = small["uniform_seeds"]["U1"].get<uint64_t>();
        int64_t n = 1;
        for (auto d : small["uniform_shape"]) n *= d.get<int64_t>();
        const auto u = InjectedUniforms::splitmix64(seed, n);
        const auto first = small["U1_first8"].get<std::vector<double>>();
        for (size_t i = 0; i < first.size(); ++i) QCOMPARE(double(u[int64_t(i)].item<float>()), first[i]);
        QVERIFY(std::abs(u.to(at::kDouble).sum().item<double>() - small["U1_sum"].get<double>()) < 1e-6);
        QVERIFY(u.ge(0).all().item<bool>() && u.lt(1).all().item<bool>());

        // One seed per draw, in order; the list running out is an error, not a silent reuse.
        InjectedUniforms a({11, 12});
        const auto d1 = a.uniform({3, 5}, at::kCPU);
        const auto d2 = a.uniform({3, 5}, at::kCPU);
        QVERIFY(at::equal(d1.flatten(), InjectedUniforms::splitmix64(11, 15)));
        QVERIFY(!at::equal(d1, d2));
        QCOMPARE(a.consumed(), size_t{2});
        QVERIFY_THROWS_EXCEPTION(Failure, a.uniform({1}, at::kCPU));
    }

    // A copied generator (generator_copy.h) goes on with the source's stream, normal draws'
    // cache included, and draws from either leave the other where it was.
    void aCopiedGeneratorGoesOnWithTheSameStream() {
        at::Generator source = at::detail::createCPUGenerator(1234);
        (void)at::randn({3}, source);  // an odd count, in case a normal draw waits in its cache
        at::Generator copy = mars5::copyOfCpuGenerator(source);
        const at::Tensor fromCopy = at::cat({at::randn({5}, copy), at::rand({7}, copy)});
        const at::Tensor fromSource = at::cat({at::randn({5}, source), at::rand({7}, source)});
        QVERIFY(at::equal(fromCopy, fromSource));
        QVERIFY(at::equal(at::rand({4}, copy), at::rand({4}, source)));
        // A private CPU generator is the seeded stream itself.
        at::Generator seeded = at::detail::createCPUGenerator(99);
        QVERIFY(at::equal(at::rand({6}, mars5::privateGeneratorFor(c10::Device(c10::kCPU), 99)), at::rand({6}, seeded)));
    }

    void samplingIsDeterministic() {
        const auto s = DiffusionSchedule::cosine();
        const auto logits = at::log_softmax(at::randn({6, 8, K}), -1);
        InjectedUniforms a({42}), b({42}), c({43});
        const auto xa = gumbelSample(logits, a);
        QVERIFY(at::equal(xa, gumbelSample(logits, b)));
        QVERIFY(!at::equal(xa, gumbelSample(logits, c)));
        QCOMPARE(xa.sizes().vec(), (std::vector<int64_t>{6, 8}));
        GeneratorRandomSource g1(7), g2(7);
        const auto known = at::randint(0, K, {6, 8});
        QVERIFY(at::equal(qSample(s, known, 150, g1), qSample(s, known, 150, g2)));
        // A nearly deterministic distribution is sampled at its mode.
        auto peaked = at::full({2, K}, -1000.0f);
        peaked[0][3] = 0.0f;
        peaked[1][1024] = 0.0f;
        InjectedUniforms u({5});
        QVERIFY(at::equal(gumbelSample(peaked, u), longs({3, 1024})));
        // q_sample at a small t keeps (almost) every known code.
        GeneratorRandomSource g3(9);
        QVERIFY(qSample(s, known, 0, g3).eq(known).to(at::kFloat).mean().item<float>() > 0.99f);
    }

    void guidanceOnRawLogitsBeforeTemperature() {
        const auto s = DiffusionSchedule::cosine();
        const auto cond = at::randn({3, 8, K}) * 2;
        const auto uncond = at::randn({3, 8, K}) * 2;
        const double w = 3.0, temp = 0.7;
        const auto guided = applyGuidance(cond, uncond, w);
        QVERIFY(at::allclose(guided, cond * 3 - uncond * 2, 1e-6, 1e-6));
        QVERIFY(applyGuidance(cond, uncond, 1.0).is_same(cond));
        const auto x = at::randint(0, K, {3, 8});
        const auto zeros = at::zeros({3, 8}, at::kLong);
        const auto noMask = at::zeros({3, 8}, at::kBool);
        InjectedUniforms u({1, 2});  // unknown branch, known branch
        ReverseStepOptions o;
        o.x0Temperature = temp;
        const auto r = reverseStep(s, guided, x, zeros, noMask, 100, o, u);
        const auto expected = qPosterior(s, at::log_softmax((cond * 3 - uncond * 2) / temp, -1), logOneHot(x, K), 100);
        QVERIFY(at::allclose(r.logPosterior, expected, 1e-5, 1e-5));
        // Guidance mixes logits, not distributions: the weights sum to 1, so mixing the tempered
        // log-probabilities is the same up to a constant, but mixing the two posteriors is not.
        const auto viaLogProbs = qPosterior(
            s, at::log_softmax(at::log_softmax(cond / temp, -1) * 3 - at::log_softmax(uncond / temp, -1) * 2, -1),
            logOneHot(x, K), 100);
        QVERIFY(at::allclose(r.logPosterior, viaLogProbs, 1e-4, 1e-4));
        const auto postC = qPosterior(s, at::log_softmax(cond / temp, -1), logOneHot(x, K), 100);
        const auto postU = qPosterior(s, at::log_softmax(uncond / temp, -1), logOneHot(x, K), 100);
        const auto wrong = at::log_softmax(postC * 3 - postU * 2, -1);
        QVERIFY((r.logPosterior - wrong).abs().max().item<float>() > 1e-2f);
        // The temperature is applied (a different one gives a different posterior).
        InjectedUniforms u2({1, 2});
        o.x0Temperature = 1.0;
        const auto untempered = reverseStep(s, guided, x, zeros, noMask, 100, o, u2);
        QVERIFY((untempered.logPosterior - r.logPosterior).abs().max().item<float>() > 1e-3f);
    }

    void reverseStepInpaintsAndDrawsInOrder() {
        const auto s = DiffusionSchedule::cosine();
        const auto logits = at::randn({5, 8, K});
        const auto x = at::randint(0, K, {5, 8});
        const auto known = at::randint(0, 1024, {5, 8});
        auto mask = at::zeros({5, 8}, at::kBool);
        mask.select(1, 0).fill_(true);
        mask[0].fill_(true);
        CountingSource rng(3);
        const auto r = reverseStep(s, logits, x, known, mask, 50, {}, rng);
        QCOMPARE(rng.uniforms, 2);  // unknown branch, then known branch
        QVERIFY(at::equal(at::where(mask, r.knownBranch, r.unknownBranch), r.x));
        // t = 0: the known part is exact, one draw (the sampled last step), none when greedy.
        CountingSource rng0(3);
        const auto r0 = reverseStep(s, logits, x, known, mask, 0, {}, rng0);
        QCOMPARE(rng0.uniforms, 1);
        QVERIFY(at::equal(r0.x.masked_select(mask), known.masked_select(mask)));
        CountingSource rngGreedy(3);
        ReverseStepOptions greedy;
        greedy.lastGreedy = true;
        const auto rg = reverseStep(s, logits, x, known, mask, 0, greedy, rngGreedy);
        QCOMPARE(rngGreedy.uniforms, 0);
        QVERIFY(at::equal(rg.unknownBranch, rg.logPosterior.argmax(-1)));
        // The pad guard keeps class 1024 out of the last step's unknown codes.
        auto padLogits = at::full({5, 8, K}, -20.0f);
        padLogits.select(-1, 1024).fill_(20.0f);
        ReverseStepOptions guard;
        guard.maskPadClass = true;
        guard.lastGreedy = true;
        const auto xPad = at::full({5, 8}, int64_t{1024});
        const auto rp = reverseStep(s, padLogits, xPad, known, mask, 0, guard, rngGreedy);
        QVERIFY(rp.unknownBranch.ne(1024).all().item<bool>());
        QVERIFY_THROWS_EXCEPTION(Failure, reverseStep(s, logits, x.slice(0, 0, 4), known, mask, 5, {}, rng));
    }

    void repaintStepCounts() {
        const auto plain = repaintSchedule(200, 1, 1);
        QCOMPARE(plain.size(), size_t{201});
        QCOMPARE(plain.front(), int64_t{199});
        QCOMPARE(plain.back(), int64_t{-1});
        std::ifstream in(fixture("mars5/goldens.json"));
        const auto listed = nlohmann::json::parse(in)["diffusion"]["repaint_schedule_T20_j2_r3"].get<std::vector<int64_t>>();
        QCOMPARE(repaintSchedule(20, 2, 3), listed);

        // The loop runs one model call per reverse pair and one draw per forward pair.
        const auto times = repaintSchedule(20, 2, 3);
        int reverse = 0, forward = 0;
        for (size_t i = 0; i + 1 < times.size(); ++i) (times[i + 1] < times[i] ? reverse : forward)++;
        DiffusionConfig cfg;
        cfg.steps = 20;
        cfg.jumpLen = 2;
        cfg.jumpNSample = 3;
        cfg.q0OverrideSteps = 2;
        const auto sched = DiffusionSchedule::cosine(20);
        FakePredictor fake;
        CountingSource rng(5);
        int progressCalls = 0, lastDone = 0, lastTotal = 0;
        const auto l0 = at::randint(0, 1024, {9});
        const auto r = runReverseDiffusion(sched, cfg, l0, {}, wrap(fake), rng, [&](int done, int total, int64_t) {
            ++progressCalls;
            QCOMPARE(done, lastDone + 1);
            lastDone = done;
            lastTotal = total;
        });
        QCOMPARE(fake.calls, reverse);
        QCOMPARE(progressCalls, reverse + forward);
        QCOMPARE(lastTotal, reverse + forward);
        QCOMPARE(r.stepsRun, reverse + forward);
        QCOMPARE(rng.randints, 1);
        QCOMPARE(rng.uniforms, 2 * reverse - 1 + forward);  // no known-branch draw at t = 0
        QVERIFY(at::equal(r.codes.select(1, 0), l0));
        QVERIFY(std::all_of(fake.withUncond.begin(), fake.withUncond.end(), [](bool b) { return b; }));
    }

    void loopRulesShallowAndDeep() {
        DiffusionConfig cfg;
        cfg.steps = 30;
        cfg.q0OverrideSteps = 5;
        cfg.keepSnapshots = true;
        const auto sched = DiffusionSchedule::cosine(30);
        const auto l0 = at::randint(0, 1024, {7});
        FakePredictor fake;
        GeneratorRandomSource rng(11);
        const auto r = runReverseDiffusion(sched, cfg, l0, {}, wrap(fake), rng);
        QCOMPARE(r.codes.sizes().vec(), (std::vector<int64_t>{7, 8}));
        QVERIFY(at::equal(r.codes.select(1, 0), l0));  // final L0 always the AR's
        QCOMPARE(r.snapshots.size(), size_t{30});
        QCOMPARE(r.snapshotT.front(), int64_t{29});
        QCOMPARE(r.snapshotT.back(), int64_t{0});
        for (size_t i = 0; i < r.snapshots.size(); ++i) {
            QCOMPARE(r.snapshots[i].sizes().vec(), (std::vector<int64_t>{7, 8}));
            if (r.snapshotT[i] > cfg.q0OverrideSteps) QVERIFY(at::equal(r.snapshots[i].select(1, 0), l0));
        }
        QVERIFY(at::equal(r.snapshots.back(), r.codes));
        QCOMPARE(fake.ts.front(), int64_t{29});
        QCOMPARE(fake.ts.back(), int64_t{0});

        // An override count at or above the steps is the reference's "never re-imposed" (as with
        // the default 20 and 8 steps), not an error: 500 runs exactly as 29, the largest t.
        const auto neverReimposed = [&](int q0) {
            DiffusionConfig c = cfg;
            c.q0OverrideSteps = q0;
            FakePredictor f;
            GeneratorRandomSource g(12);
            return runReverseDiffusion(sched, c, l0, {}, wrap(f), g);
        };
        const auto at29 = neverReimposed(29), at500 = neverReimposed(500);
        QCOMPARE(at500.snapshots.size(), at29.snapshots.size());
        for (size_t i = 0; i < at29.snapshots.size(); ++i) QVERIFY(at::equal(at500.snapshots[i], at29.snapshots[i]));

        // Deep clone: the model sees [R; x] (T_ref + T_a frames); the output drops R again.
        const auto ref = at::randint(0, 1024, {4, 8});
        FakePredictor deepFake;
        int64_t seenFrames = 0;
        X0Predictor recording = [&](const at::Tensor& x, int64_t t, bool u) {
            seenFrames = x.size(0);
            if (t == 29) {  // the first call sees the reference exactly
                const bool refIntact = at::equal(x.slice(0, 0, 4), ref);
                if (!refIntact) throw std::runtime_error("reference region not clean at the first step");
            }
            return deepFake(x, t, u);
        };
        GeneratorRandomSource rng2(11);
        const auto deep = runReverseDiffusion(sched, cfg, l0, ref, recording, rng2);
        QCOMPARE(seenFrames, int64_t{11});
        QCOMPARE(deep.codes.sizes().vec(), (std::vector<int64_t>{7, 8}));
        QVERIFY(at::equal(deep.codes.select(1, 0), l0));
    }

    void loopComputesOnlyTheKeptRowsBitForBit_data() {
        QTest::addColumn<int64_t>("frames");
        QTest::addColumn<int64_t>("refFrames");
        QTest::addColumn<bool>("greedyPadGuard");
        // Few and many rows on each side: row counts below and above K = 1025, where libtorch
        // may split a row reduction differently, and an all-known-but-L0 shallow clone.
        QTest::newRow("shallow, 9 frames") << int64_t{9} << int64_t{0} << false;
        QTest::newRow("shallow, 150 frames") << int64_t{150} << int64_t{0} << false;
        QTest::newRow("deep, 6 + 40 frames") << int64_t{40} << int64_t{6} << false;
        QTest::newRow("deep, 140 + 20 frames, greedy, pad guard") << int64_t{20} << int64_t{140} << true;
    }
    void loopComputesOnlyTheKeptRowsBitForBit() {
        // runReverseDiffusion computes the posterior only on the rows the model fills in and
        // the re-noised known codes only on the known rows; the same loop written with the
        // public reverseStep (both branches over every row, then where()) must give the same
        // codes and consume the same draws.
        QFETCH(int64_t, frames);
        QFETCH(int64_t, refFrames);
        QFETCH(bool, greedyPadGuard);
        DiffusionConfig cfg;
        cfg.steps = 12;
        cfg.q0OverrideSteps = 3;
        cfg.lastGreedy = greedyPadGuard;
        cfg.maskPadClass = greedyPadGuard;
        cfg.keepSnapshots = true;
        const auto sched = DiffusionSchedule::cosine(cfg.steps);
        at::Generator gen = at::detail::createCPUGenerator(5);
        const auto l0 = at::randint(0, 1024, {frames}, gen, at::TensorOptions().dtype(at::kLong));
        const auto ref = refFrames > 0 ? at::randint(0, 1024, {refFrames, 8}, gen, at::TensorOptions().dtype(at::kLong))
                                       : at::Tensor();
        FakePredictor fake;
        CountingSource rng(21);
        const auto loop = runReverseDiffusion(sched, cfg, l0, ref, wrap(fake), rng);

        // The same loop by hand, through reverseStep.
        FakePredictor fake2;
        CountingSource rng2(21);
        auto [x, known, mask, l0Fixed] = startingState(rng2, l0, ref);
        ReverseStepOptions o;
        o.x0Temperature = cfg.x0Temperature;
        o.lastGreedy = cfg.lastGreedy;
        o.maskPadClass = cfg.maskPadClass;
        for (int64_t t = cfg.steps - 1; t >= 0; --t) {
            const auto logits = fake2(x, t, true);
            x = reverseStep(sched, applyGuidance(logits[0], logits[1], cfg.guidanceW), x, known, mask, t, o, rng2).x;
            if (cfg.q0OverrideSteps < t) x.select(1, 0).copy_(l0Fixed);
            const auto kept = x.slice(0, refFrames);
            QVERIFY2(at::equal(loop.snapshots[static_cast<size_t>(cfg.steps - 1 - t)], kept), qPrintable(QStringLiteral("t = %1").arg(t)));
        }
        QVERIFY(at::equal(loop.codes, x.slice(0, refFrames)));
        QCOMPARE(rng.uniforms, rng2.uniforms);
        QCOMPARE(rng.randints, rng2.randints);

        // A predictor that returns only the rows the loop fills in (frames after the reference,
        // codebooks 1-7), as the engine's does, gives the same codes from the same draws.
        FakePredictor fake3;
        CountingSource rng3(21);
        const X0Predictor unknownOnly = [&](const at::Tensor& xs, int64_t t, bool u) {
            return fake3(xs, t, u).narrow(1, refFrames, xs.size(0) - refFrames).narrow(2, 1, 7).contiguous();
        };
        const auto blockLoop = runReverseDiffusion(sched, cfg, l0, ref, unknownOnly, rng3);
        QVERIFY(at::equal(blockLoop.codes, loop.codes));
        QCOMPARE(rng3.uniforms, rng.uniforms);
        QCOMPARE(rng3.randints, rng.randints);
        // Any other block is refused.
        FakePredictor fake4;
        CountingSource rng4(21);
        const X0Predictor wrongBlock = [&](const at::Tensor& xs, int64_t t, bool u) {
            return fake4(xs, t, u).narrow(2, 1, 7).contiguous();  // every frame, 7 codebooks
        };
        bool refused = refFrames == 0;  // in shallow clone that block is the right one
        try {
            runReverseDiffusion(sched, cfg, l0, ref, wrongBlock, rng4);
        } catch (const Failure& f) {
            refused = f.kind() == ErrorKind::Internal;
        }
        QVERIFY(refused);
    }

    void skipStepTimesteps() {
        // Fewer model evaluations than the schedule's 200 steps: evenly spaced t from the top.
        std::vector<int64_t> all(200);
        for (int i = 0; i < 200; ++i) all[static_cast<size_t>(i)] = 199 - i;
        QVERIFY(strideTimesteps(200, 200) == all);  // the reference: every step
        const auto fifty = strideTimesteps(200, 50);
        QCOMPARE(fifty.size(), size_t{50});
        for (size_t i = 0; i < fifty.size(); ++i) QCOMPARE(fifty[i], int64_t(199 - 4 * static_cast<int64_t>(i)));
        QVERIFY(strideTimesteps(200, 1) == std::vector<int64_t>{199});
        for (int steps : {7, 120, 199}) {
            const auto ts = strideTimesteps(200, steps);
            QCOMPARE(ts.size(), size_t(steps));
            QCOMPARE(ts.front(), int64_t{199});
            QVERIFY(ts.back() >= 0);
            for (size_t i = 1; i < ts.size(); ++i) QVERIFY(ts[i] < ts[i - 1]);
        }
        QVERIFY_THROWS_EXCEPTION(Failure, strideTimesteps(200, 0));
        QVERIFY_THROWS_EXCEPTION(Failure, strideTimesteps(200, 201));

        // The loop's list ends in -1; RePaint jumps need every step of the schedule.
        DiffusionConfig cfg;
        cfg.steps = 10;
        auto times = strideTimesteps(200, 10);
        times.push_back(-1);
        QVERIFY(diffusionTimes(200, cfg) == times);
        cfg.jumpLen = 2;
        try {
            diffusionTimes(200, cfg);
            QFAIL("jumps with fewer steps must be refused");
        } catch (const Failure& f) {
            QVERIFY2(std::string(f.what()).find("need all 200 diffusion steps") != std::string::npos, f.what());
        }
        cfg.steps = 200;
        QVERIFY(diffusionTimes(200, cfg) == repaintSchedule(200, 2, 1));
    }

    void skipStepPosterior() {
        const auto sched = DiffusionSchedule::cosine(200);
        at::Generator gen = at::detail::createCPUGenerator(8);
        const auto x = at::randint(0, K, {3, 8}, gen, at::TensorOptions().dtype(at::kLong));
        const auto logXt = logOneHot(x, K);
        const auto logX0 = at::log_softmax(at::randn({3, 8, K}, gen), -1);
        // One level down is the reference's own step, bit for bit.
        for (int64_t t : {0, 1, 20, 199}) {
            QVERIFY(at::equal(qPredSkip(sched, logXt, t, t - 1), qPredOneStep(sched, logXt, t)));
            QVERIFY(at::equal(qPosteriorSkip(sched, logX0, logXt, t, t - 1), qPosterior(sched, logX0, logXt, t)));
        }
        // Over several levels, q(x_t | x_s) is the one-step transitions composed: a one-hot at
        // level s becomes ᾱ_t/ᾱ_s · onehot + (1 - ᾱ_t/ᾱ_s)/K (computed here step by step in float64).
        const auto alphas = sched.alphas.to(at::kDouble);
        for (const auto& [t, s] : {std::pair<int64_t, int64_t>{199, 195}, {120, 60}, {40, 3}, {19, -1}, {199, -1}}) {
            const auto p = at::exp(qPredSkip(sched, logXt, t, s).to(at::kDouble));
            auto expected = at::one_hot(x, K).to(at::kDouble);
            for (int64_t k = s + 1; k <= t; ++k) {
                const double a = alphas[k].item<double>();
                expected = expected * a + (1.0 - a) / K;
            }
            const double err = (p - expected).abs().max().item<double>();
            QVERIFY2(err < 2e-6, qPrintable(QStringLiteral("t %1, s %2: %3").arg(t).arg(s).arg(err)));
        }
        // The posterior is normalised and, at s = -1, weighs x̂_0 by q(x_t | x_0).
        const auto post = qPosteriorSkip(sched, logX0, logXt, 40, 3);
        QVERIFY((at::logsumexp(post, -1).abs().max().item<float>()) < 1e-5f);
        const auto last = qPosteriorSkip(sched, logX0, logXt, 19, -1);
        const auto direct = logX0 + qPred(sched, logXt, 19);
        QVERIFY(at::allclose(last, direct - at::logsumexp(direct, {-1}, true), 1e-4, 1e-4));
        QVERIFY_THROWS_EXCEPTION(Failure, qPredSkip(sched, logXt, 10, 10));
        // The loop's shortcut: the two values of a skipped one-hot, made once per (t, s) and kept,
        // are the full computation's, bit for bit.
        const auto full = qPredSkip(sched, logOneHot(longs({3}), K), 120, 60);
        const auto v = sched.qPredSkipOfOneHotAt(120, 60);
        QVERIFY(v);
        QCOMPARE(v->hot, full[0][3].item<float>());
        QCOMPARE(v->cold, full[0][4].item<float>());
        QCOMPARE(sched.qPredSkipOfOneHotAt(120, 60)->hot, v->hot);
        QVERIFY(!sched.qPredSkipOfOneHotAt(120, 119));  // one level: the reference's own tables
    }

    void skipStepLoop_data() {
        QTest::addColumn<int64_t>("refFrames");
        QTest::newRow("shallow") << int64_t{0};
        QTest::newRow("deep, 5 reference frames") << int64_t{5};
    }
    void skipStepLoop() {
        // 10 model evaluations on the 200-step schedule: the model sees the schedule's t, and
        // the loop equals the same loop written with the public skip posterior and draws.
        QFETCH(int64_t, refFrames);
        const auto sched = DiffusionSchedule::cosine(200);
        DiffusionConfig cfg;
        cfg.steps = 10;
        cfg.keepSnapshots = true;
        at::Generator gen = at::detail::createCPUGenerator(9);
        const int64_t frames = 30;
        const auto l0 = at::randint(0, 1024, {frames}, gen, at::TensorOptions().dtype(at::kLong));
        const auto ref = refFrames > 0 ? at::randint(0, 1024, {refFrames, 8}, gen, at::TensorOptions().dtype(at::kLong)) : at::Tensor();
        FakePredictor fake;
        CountingSource rng(31);
        const auto loop = runReverseDiffusion(sched, cfg, l0, ref, wrap(fake), rng);
        const auto ts = strideTimesteps(200, 10);
        QVERIFY(fake.ts == ts);
        QVERIFY(loop.snapshotT == ts);
        QCOMPARE(loop.stepsRun, 10);
        QVERIFY(at::equal(loop.codes.select(1, 0), l0));  // the last step keeps the AR's L0

        FakePredictor fake2;
        CountingSource rng2(31);
        auto [x, known, mask, l0Fixed] = startingState(rng2, l0, ref);
        for (size_t i = 0; i < ts.size(); ++i) {
            const int64_t t = ts[i], s = i + 1 < ts.size() ? ts[i + 1] : -1;
            const auto logits = fake2(x, t, true);
            const auto logX0 = at::log_softmax(applyGuidance(logits[0], logits[1], cfg.guidanceW) / cfg.x0Temperature, -1);
            const auto unknown = gumbelSample(qPosteriorSkip(sched, logX0, logOneHot(x, K), t, s), rng2);
            const auto knownBranch = s < 0 ? known : qSample(sched, known, s + 1, rng2);  // one level above the state's
            x = at::where(mask, knownBranch, unknown);
            if (cfg.q0OverrideSteps < t) x.select(1, 0).copy_(l0Fixed);
            QVERIFY2(at::equal(loop.snapshots[i], x.slice(0, refFrames)), qPrintable(QStringLiteral("t = %1").arg(t)));
        }
        QCOMPARE(rng.uniforms, rng2.uniforms);

        // A model sure of x_0 is followed: with any step count the unknown codes end as its
        // prediction (a posterior over the skipped levels with the wrong sign or level would not).
        const auto target = at::randint(0, 1024, {refFrames + frames, 8}, gen, at::TensorOptions().dtype(at::kLong));
        const X0Predictor sure = [&](const at::Tensor& xs, int64_t, bool u) {
            return (at::one_hot(target, K).to(at::kFloat) * 40.0f).unsqueeze(0).expand({u ? 2 : 1, xs.size(0), 8, K}).contiguous();
        };
        for (int steps : {200, 50, 7, 1}) {
            DiffusionConfig c;
            c.steps = steps;
            GeneratorRandomSource g(steps);
            const auto out = runReverseDiffusion(sched, c, l0, ref, sure, g).codes;
            const auto unknownRows = out.narrow(1, 1, 7);
            const double agree = unknownRows.eq(target.slice(0, refFrames).narrow(1, 1, 7)).to(at::kDouble).mean().item<double>();
            QVERIFY2(agree == 1.0, qPrintable(QStringLiteral("%1 steps: %2 of the codes are the prediction").arg(steps).arg(agree)));
        }
        // More steps than the schedule has are refused.
        cfg.steps = 201;
        FakePredictor fake3;
        QVERIFY_THROWS_EXCEPTION(Failure, runReverseDiffusion(sched, cfg, l0, ref, wrap(fake3), rng));
    }

    void seedsRepeatAndCancelLeavesCleanState() {
        DiffusionConfig cfg;
        cfg.steps = 25;
        const auto sched = DiffusionSchedule::cosine(25);
        const auto l0 = at::randint(0, 1024, {6});
        const auto l0Copy = l0.clone();
        FakePredictor f1, f2, f3;
        GeneratorRandomSource a(123), b(123), c(124);
        const auto r1 = runReverseDiffusion(sched, cfg, l0, {}, wrap(f1), a);
        const auto r2 = runReverseDiffusion(sched, cfg, l0, {}, wrap(f2), b);
        const auto r3 = runReverseDiffusion(sched, cfg, l0, {}, wrap(f3), c);
        QVERIFY(at::equal(r1.codes, r2.codes));
        QVERIFY(!at::equal(r1.codes, r3.codes));

        // Cancel after 5 steps: Failure(Cancelled), no further model calls, inputs untouched,
        // and a fresh run with the same seed reproduces r1 exactly.
        FakePredictor fc;
        GeneratorRandomSource d(123);
        int polls = 0;
        try {
            runReverseDiffusion(sched, cfg, l0, {}, wrap(fc), d, {}, [&] { return ++polls > 5; });
            QFAIL("cancel did not stop the loop");
        } catch (const Failure& e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        QCOMPARE(fc.calls, 5);
        QVERIFY(at::equal(l0, l0Copy));
        FakePredictor f4;
        GeneratorRandomSource e(123);
        QVERIFY(at::equal(runReverseDiffusion(sched, cfg, l0, {}, wrap(f4), e).codes, r1.codes));
    }

    void deviceDrawRouteRepeatsPerSeed() {
        // The route GPU runs take (draws from a generator of the device, seeded once from the
        // run's CPU stream), exercised on the CPU: a seed repeats the run exactly, another seed
        // differs, and the CPU stream advances by exactly the one seeding draw.
        using Draws = GeneratorRandomSource::DeviceDraws;
        DiffusionConfig cfg;
        cfg.steps = 25;
        const auto sched = DiffusionSchedule::cosine(25);
        const auto l0 = at::randint(0, 1024, {6});
        FakePredictor f1, f2, f3;
        GeneratorRandomSource a(123, Draws::Always), b(123, Draws::Always), c(124, Draws::Always);
        const auto r1 = runReverseDiffusion(sched, cfg, l0, {}, wrap(f1), a);
        QVERIFY(at::equal(r1.codes, runReverseDiffusion(sched, cfg, l0, {}, wrap(f2), b).codes));
        QVERIFY(!at::equal(r1.codes, runReverseDiffusion(sched, cfg, l0, {}, wrap(f3), c).codes));
        QVERIFY(r1.codes.min().item<int64_t>() >= 0 && r1.codes.max().item<int64_t>() < K);
        at::Generator afterSeeding = at::detail::createCPUGenerator(123);
        (void)at::randint(0, int64_t{1} << 62, {1}, afterSeeding, at::TensorOptions().dtype(at::kLong));
        QVERIFY(at::equal(a.generator().get_state(), afterSeeding.get_state()));
        // the CPU route (the reference's stream) is a different stream
        FakePredictor f4;
        GeneratorRandomSource cpu(123);
        QVERIFY(!at::equal(runReverseDiffusion(sched, cfg, l0, {}, wrap(f4), cpu).codes, r1.codes));
    }

    void whichDrawsFollowTheReferenceStream() {
        // Only a predicate of the device: no GPU is touched.
        using Draws = GeneratorRandomSource::DeviceDraws;
        const c10::Device cpu(c10::kCPU), gpu(c10::kCUDA, 0);
        QVERIFY(GeneratorRandomSource(1).followsReferenceStream(cpu));
        QVERIFY(!GeneratorRandomSource(1).followsReferenceStream(gpu));
        QVERIFY(!GeneratorRandomSource(1, Draws::Always).followsReferenceStream(cpu));
        QVERIFY(GeneratorRandomSource(1, Draws::Never).followsReferenceStream(gpu));
        QVERIFY(InjectedUniforms({1}).followsReferenceStream(gpu));
        // Never on the CPU is the CPU stream itself, draw for draw.
        GeneratorRandomSource a(5), b(5, Draws::Never);
        QVERIFY(at::equal(a.uniform({3, 7}, cpu), b.uniform({3, 7}, cpu)));
        QVERIFY(at::equal(a.randint(K, {4}, cpu), b.randint(K, {4}, cpu)));
        QVERIFY(at::equal(a.exponential({9}, cpu), b.exponential({9}, cpu)));
        // A source without its own Exp(1) draws derives them from its uniforms, floored like the Gumbel noise.
        InjectedUniforms injected({5});
        const auto e = injected.exponential({10}, cpu);
        QVERIFY(at::allclose(e, -at::log(InjectedUniforms::splitmix64(5, 10).clamp_min(kMinLogArg))));
        QVERIFY(e.ge(0).all().item<bool>());
    }

    void shortDrawsSampleTheSameDistributions() {
        // The device route's samplers (Exp(1) noise for gumbelSample, two numbers per code for
        // qSample) against the reference's Gumbel sampler and the exact probabilities, by
        // frequencies over many rows: each within 5 standard deviations (a wrong keep
        // probability, a skipped class, a bias towards the code or the pad class fail).
        using Draws = GeneratorRandomSource::DeviceDraws;
        const int64_t n = 200000;
        const auto withinFiveSigma = [n](double frequency, double p) {
            return std::abs(frequency - p) <= 5.0 * std::sqrt(p * (1.0 - p) / static_cast<double>(n)) + 1e-12;
        };
        const auto frequencies = [](const at::Tensor& codes, int64_t classes) {
            return at::bincount(codes.reshape({-1}), {}, classes).to(at::kDouble) / static_cast<double>(codes.numel());
        };

        // gumbelSample: one five-class distribution in every row.
        const auto p = at::tensor(std::vector<double>{0.1, 0.2, 0.3, 0.15, 0.25});
        const auto logP = at::log(p).to(at::kFloat).unsqueeze(0).expand({n, 5}).contiguous();
        GeneratorRandomSource reference(21), device(21, Draws::Always);
        const auto fRef = frequencies(gumbelSample(logP, reference), 5);
        const auto fDev = frequencies(gumbelSample(logP, device), 5);
        for (int64_t k = 0; k < 5; ++k) {
            const double pk = p[k].item<double>();
            QVERIFY2(withinFiveSigma(fRef[k].item<double>(), pk), qPrintable(QStringLiteral("reference route, class %1").arg(k)));
            QVERIFY2(withinFiveSigma(fDev[k].item<double>(), pk), qPrintable(QStringLiteral("device route, class %1").arg(k)));
        }

        // qSample on a five-class schedule: the code kept with keepProbability, the others evenly.
        const auto five = DiffusionSchedule::cosine(200, 0.008, 5);
        const auto codes = at::full({n}, int64_t{2});
        for (int64_t t : {0, 60, 150, 199}) {
            const double keep = keepProbability(five, t);
            QVERIFY(keep > 0.0 && keep < 1.0);
            GeneratorRandomSource r(t + 1), d(t + 1, Draws::Always);
            const auto fr = frequencies(qSample(five, codes, t, r), 5);
            const auto fd = frequencies(qSample(five, codes, t, d), 5);
            for (int64_t k = 0; k < 5; ++k) {
                const double pk = k == 2 ? keep : (1.0 - keep) / 4.0;
                const auto where = QStringLiteral("t = %1, class %2, p = %3").arg(t).arg(k).arg(pk);
                QVERIFY2(withinFiveSigma(fr[k].item<double>(), pk), qPrintable(QStringLiteral("reference route, ") + where));
                QVERIFY2(withinFiveSigma(fd[k].item<double>(), pk), qPrintable(QStringLiteral("device route, ") + where));
            }
        }
        QVERIFY(keepProbability(five, 0) > 0.99);   // nearly clean
        QVERIFY(keepProbability(five, 199) < 0.3);  // nearly uniform: 1/5 plus what is left of the code

        // The real class count: at the noisiest level every one of the 1,025 classes, the pad
        // class 1024 and code 0 included, is drawn about equally often around the code.
        const auto full = DiffusionSchedule::cosine();
        GeneratorRandomSource d(3, Draws::Always);
        const auto counts = at::bincount(qSample(full, at::full({n}, int64_t{7}), 199, d), {}, K).to(at::kDouble);
        const double keep = keepProbability(full, 199);
        const double others = static_cast<double>(n) * (1.0 - keep) / static_cast<double>(K - 1);
        const double sigma = std::sqrt(others);
        const auto rest = at::cat({counts.slice(0, 0, 7), counts.slice(0, 8)});
        QVERIFY2(rest.min().item<double>() > others - 5.0 * sigma && rest.max().item<double>() < others + 5.0 * sigma,
                 qPrintable(QStringLiteral("other classes drawn %1 to %2 times, expected about %3")
                                .arg(rest.min().item<double>()).arg(rest.max().item<double>()).arg(others)));
        QVERIFY(withinFiveSigma(counts[7].item<double>() / static_cast<double>(n), keep));
    }

    void shortPosteriorIsTheReferencesUpToRounding() {
        // The GPU route's posterior (probability space, one addition for the transition, not
        // normalised) against qPosteriorSkip / qPosterior, once normalised: the same distribution
        // for the reference's one-level steps, skipped steps and the last step to x_0.
        at::Generator gen = at::detail::createCPUGenerator(31);
        const auto sched = DiffusionSchedule::shared();
        const int64_t rows = 64;
        const auto z = at::randn({rows, K}, gen) * 4.0;  // tempered logits, some classes far below the rest
        const auto xt = at::randint(0, K, {rows}, gen, at::TensorOptions().dtype(at::kLong));
        const auto logX0 = at::log_softmax(z, -1);
        for (const auto& [t, s] : std::vector<std::pair<int64_t, int64_t>>{{199, 198}, {120, 119}, {1, 0}, {0, -1},
                                                                          {199, 195}, {50, 20}, {7, -1}, {199, -1}}) {
            const auto reference = qPosteriorSkip(*sched, logX0, logOneHot(xt, K), t, s);
            auto fast = posteriorForSampling(*sched, z, xt, t, s);
            fast = fast - at::logsumexp(fast, {-1}, true);
            const double probabilityError = (fast.exp() - reference.exp()).abs().max().item<double>();
            const auto where = QStringLiteral("t = %1, s = %2: probabilities differ by up to %3").arg(t).arg(s).arg(probabilityError);
            QVERIFY2(probabilityError < 1e-5, qPrintable(where));
            // in log space wherever the probability is not negligible
            const auto visible = reference.gt(-20.0);
            QVERIFY2((fast - reference).abs().masked_select(visible).max().item<double>() < 1e-4, qPrintable(where));
        }
        QVERIFY_THROWS_EXCEPTION(Failure, posteriorForSampling(*sched, z, xt, 200, 199));
        QVERIFY_THROWS_EXCEPTION(Failure, posteriorForSampling(*sched, z, xt, 5, 5));
    }

    void deviceRouteLoopKeepsTheRules() {
        // The whole loop on the device route: L0 and the reference frames stay known, a model
        // sure of x_0 is followed, with the reference's 200 steps and with skipped steps.
        using Draws = GeneratorRandomSource::DeviceDraws;
        at::Generator gen = at::detail::createCPUGenerator(4);
        const int64_t refFrames = 5, frames = 30;
        const auto l0 = at::randint(0, 1024, {frames}, gen, at::TensorOptions().dtype(at::kLong));
        const auto ref = at::randint(0, 1024, {refFrames, 8}, gen, at::TensorOptions().dtype(at::kLong));
        const auto target = at::randint(0, 1024, {refFrames + frames, 8}, gen, at::TensorOptions().dtype(at::kLong));
        const X0Predictor sure = [&](const at::Tensor& xs, int64_t, bool u) {  // the last xs.size(0) frames of target
            const auto mine = target.slice(0, target.size(0) - xs.size(0));
            return (at::one_hot(mine, K).to(at::kFloat) * 40.0f).unsqueeze(0).expand({u ? 2 : 1, xs.size(0), 8, K}).contiguous();
        };
        const auto sched = DiffusionSchedule::shared();
        for (int steps : {200, 25}) {
            for (bool deep : {false, true}) {
                DiffusionConfig c;
                c.steps = steps;
                GeneratorRandomSource g(steps, Draws::Always);
                const auto out = runReverseDiffusion(*sched, c, l0, deep ? ref : at::Tensor(), sure, g).codes;
                const auto where = QStringLiteral("%1 steps, %2").arg(steps).arg(deep ? "deep" : "shallow");
                QVERIFY2(at::equal(out.select(1, 0), l0), qPrintable(where));
                QVERIFY2(at::equal(out.narrow(1, 1, 7), target.slice(0, refFrames).narrow(1, 1, 7)), qPrintable(where));
            }
        }
    }

    void constantTablesAreMadeOnceAndBounded() {
        ConstantTableCache cache(2);
        int made = 0;
        const auto make = [&] { ++made; return at::full({3}, static_cast<float>(made)); };
        const at::Tensor a = cache.get({1, 2, 3}, make);
        QVERIFY(cache.get({1, 2, 3}, make).is_same(a));  // the same tensor, not a copy
        QCOMPARE(made, 1);
        cache.get({4, 5, 6}, make);
        QCOMPARE(made, 2);
        cache.get({7, 8, 9}, make);  // full: emptied, then this one added
        QCOMPARE(made, 3);
        QVERIFY(!cache.get({1, 2, 3}, make).is_same(a));  // made again after the eviction
        QCOMPARE(made, 4);
    }

    void configValidation() {
        DiffusionConfig cfg;
        cfg.validate();
        const auto rejects = [](DiffusionConfig c, const char* field) {
            try {
                c.validate();
            } catch (const Failure& e) {
                return e.kind() == ErrorKind::InvalidArgument && QString(e.what()).contains(field) &&
                       QString(e.what()).contains("valid values");
            }
            return false;
        };
        cfg.steps = 0;
        QVERIFY(rejects(cfg, "nar_steps"));
        cfg = {};
        cfg.jumpLen = 0;
        QVERIFY(rejects(cfg, "jump_len"));
        cfg = {};
        cfg.jumpNSample = 0;
        QVERIFY(rejects(cfg, "jump_n_sample"));
        cfg = {};
        cfg.x0Temperature = 0;
        QVERIFY(rejects(cfg, "x_0_temp"));
        cfg = {};
        cfg.q0OverrideSteps = -1;
        QVERIFY(rejects(cfg, "q0_override_steps"));
        // The schedule must match nar_steps; bad L0 codes are rejected.
        FakePredictor f;
        GeneratorRandomSource g(1);
        QVERIFY_THROWS_EXCEPTION(Failure, runReverseDiffusion(DiffusionSchedule::cosine(10), DiffusionConfig{}, at::zeros({3}, at::kLong), {}, wrap(f), g));
        DiffusionConfig ten;
        ten.steps = 10;
        ten.q0OverrideSteps = 2;
        QVERIFY_THROWS_EXCEPTION(Failure, runReverseDiffusion(DiffusionSchedule::cosine(10), ten, at::full({3}, int64_t{1025}), {}, wrap(f), g));
        QVERIFY_THROWS_EXCEPTION(Failure, runReverseDiffusion(DiffusionSchedule::cosine(10), ten, at::zeros({0}, at::kLong), {}, wrap(f), g));
    }

    void tinyNarDrivesTheLoop() {
        // The fixture NAR through the shared loader: cond and uncond as one batch of two equal
        // two separate passes, and a short seeded loop is repeatable and keeps L0.
        Mars5LoadOptions options;
        const auto path = fixture("mars5/mars5_tiny_nar.safetensors");
        options.configOverridePath = findMars5ConfigSidecar(path);
        const auto ckpt = loadMars5Checkpoint(path, Mars5ModelKind::Nar, options);
        const auto model = NarModel::fromTensors(ckpt.nar, ckpt.tensors, ckpt.stacks);
        const auto ref = at::randint(0, 1024, {12, 8});
        const auto text = at::randint(0, ckpt.nar.textVocab() - 1, {9});
        const auto cond = model.condition(text, ref);
        QVERIFY(at::allclose(cond.spkCond, model.speakerVector(ref)));
        const auto x = at::randint(0, K, {5, 8});
        const auto both = model.forward(cond, x, 77, true);
        QCOMPARE(both.sizes().vec(), (std::vector<int64_t>{2, 5, 8, K}));
        const auto single = model.forward(cond, x, 77, false);
        QVERIFY(at::allclose(both[0], single[0], 1e-5, 1e-5));
        QVERIFY((both[0] - both[1]).abs().max().item<float>() > 1e-3f);  // the speaker matters
        QVERIFY((model.forward(cond, x, 10, false) - single).abs().max().item<float>() > 1e-4f);  // so does t
        QVERIFY_THROWS_EXCEPTION(Failure, model.forward(cond, at::full({2, 8}, int64_t{1025}), 3, false));
        // the loop's unchecked call is the same pass (the tables cached on the first call are
        // the ones computed afresh), and so is a model that stacks W and V itself
        QVERIFY(at::equal(model.forward(cond, x, 77, true, /*checkState=*/false), both));
        QVERIFY(at::equal(NarModel::fromTensors(ckpt.nar, ckpt.tensors).forward(cond, x, 77, true), both));

        DiffusionConfig cfg;
        cfg.steps = 12;
        cfg.q0OverrideSteps = 3;
        const auto sched = DiffusionSchedule::cosine(12);
        const auto l0 = at::randint(0, 1024, {6});
        X0Predictor predict = [&](const at::Tensor& s, int64_t t, bool u) { return model.forward(cond, s, t, u); };
        GeneratorRandomSource a(77), b(77);
        const auto r1 = runReverseDiffusion(sched, cfg, l0, ref, predict, a);
        const auto r2 = runReverseDiffusion(sched, cfg, l0, ref, predict, b);
        QVERIFY(at::equal(r1.codes, r2.codes));
        QVERIFY(at::equal(r1.codes.select(1, 0), l0));
        QVERIFY(r1.codes.ge(0).all().item<bool>() && r1.codes.lt(K).all().item<bool>());
    }

private:
    std::unique_ptr<c10::InferenceMode> m_inference;
};

QTEST_GUILESS_MAIN(TestDiffusion)
#include "test_diffusion.moc"
