// The AR decode step with fixed shapes (ArModel::decodeStepStatic), which CUDA graphs capture
// and replay on a GPU (ar_decode_graph.h). On the CPU it runs eagerly; these tests check that it
// is the ordinary decode step: the same logits step by step through every span bucket and past
// the ring's wrap-around, the same keys and values in the cache, and the same tokens, stop and
// random stream in whole generation runs. The graphs themselves need a GPU (docs/PERFORMANCE.md).
#include "ar_decode_graph.h"
#include "ar_generate.h"
#include "failure.h"
#include "kv_cache.h"
#include "sampler.h"
#include "tiny_ar.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include <QtTest>

using namespace mars5;
using mars5::test::loadTinyAr;

namespace {

double maxAbsDiff(const at::Tensor& a, const at::Tensor& b) { return (a - b).abs().max().item<double>(); }

}  // namespace

class TestArStaticDecode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spansGrowInPowersOfTwoUpToTheCapacity() {
        QCOMPARE(ArStaticDecoder::spanFor(1, 3000), std::int64_t(256));
        QCOMPARE(ArStaticDecoder::spanFor(256, 3000), std::int64_t(256));
        QCOMPARE(ArStaticDecoder::spanFor(257, 3000), std::int64_t(512));
        QCOMPARE(ArStaticDecoder::spanFor(1500, 3000), std::int64_t(2048));
        QCOMPARE(ArStaticDecoder::spanFor(2049, 3000), std::int64_t(3000));
        QCOMPARE(ArStaticDecoder::spanFor(3000, 3000), std::int64_t(3000));
        QCOMPARE(ArStaticDecoder::spanFor(40, 100), std::int64_t(100));  // capacity below the first bucket
        QCOMPARE(ArStaticDecoder::spanFor(9, 64, 8), std::int64_t(16));
    }

    void staticStepIsTheDecodeStep() {
        const auto [model, tok] = loadTinyAr();
        const at::Tensor codes = (at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8});
        const at::Tensor spk = model.speakerVector(codes);
        const at::Tensor prompt = at::arange(400, 412, at::kLong);  // 12 ids: the speaker slot makes 13 positions
        const std::int64_t W = model.hp().slidingWindow;            // 64: the ring wraps within the run
        QCOMPARE(W, std::int64_t(64));

        KvCache dynamicCache = model.makeCache(1000), staticCache = model.makeCache(1000);
        QCOMPARE(staticCache.capacity(), W);
        const at::Tensor l0 = model.prefill(spk, prompt, dynamicCache);
        QVERIFY(at::equal(model.prefill(spk, prompt, staticCache), l0));

        ArStaticDecoder decoder(model, staticCache, StaticDecodeMode::Eager, 8);  // spans 8, 16, 32, 64
        QCOMPARE(decoder.mode(), StaticDecodeMode::Eager);
        QCOMPARE(decoder.graphsCaptured(), std::int64_t(0));
        double worst = 0;
        std::int64_t position = prompt.numel() + 1;
        for (int step = 0; step < 2 * W; ++step, ++position) {  // through every bucket and twice round the ring
            const at::Tensor token = at::scalar_tensor(1000 + (step * 7) % 400, at::kLong).reshape({1});
            const at::Tensor expected = model.decodeStep(token, position, dynamicCache);
            const at::Tensor got = decoder.step(token, position);
            QCOMPARE(got.sizes(), expected.sizes());
            QCOMPARE(staticCache.positions(), dynamicCache.positions());
            worst = std::max(worst, maxAbsDiff(got, expected));
        }
        // Masked slots add exact zeros; only the sums' order differs from the dynamic step.
        qInfo("largest logit difference, static vs ordinary step: %g", worst);
        QVERIFY2(worst < 1e-4, qPrintable(QString("largest logit difference %1").arg(worst)));
        for (std::int64_t l = 0; l < model.hp().nLayers; ++l) {
            QVERIFY(maxAbsDiff(staticCache.ringKeys(l, W), dynamicCache.keys(l)) < 1e-5);
            QVERIFY(maxAbsDiff(staticCache.ringValues(l, W), dynamicCache.values(l)) < 1e-5);
        }
    }

    void halfPrecisionOnTheCpuKeepsAFloat32Cache() {
        // bfloat16 weights, float32 keys and values (ArModel::cacheDtype): the decode steps, dynamic
        // and static, follow the full pass as closely as bfloat16 allows, and agree with each other.
        const auto [model, tok] = loadTinyAr(at::kBFloat16);
        QCOMPARE(model.dtype(), at::kBFloat16);
        QCOMPARE(model.cacheDtype(), at::kFloat);
        const at::Tensor codes = (at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8});
        const at::Tensor spk = model.speakerVector(codes);
        const at::Tensor ids = at::arange(400, 430, at::kLong);
        const at::Tensor full = model.forwardFull(spk, ids);  // row k: the logits after ids[k]
        KvCache dynamicCache = model.makeCache(100), staticCache = model.makeCache(100);
        QCOMPARE(dynamicCache.keys(0).scalar_type(), at::kFloat);
        const std::int64_t promptLen = 12;
        const at::Tensor prompt = ids.narrow(0, 0, promptLen);
        QVERIFY(maxAbsDiff(model.prefill(spk, prompt, dynamicCache), full[promptLen - 1]) < 0.1);
        (void)model.prefill(spk, prompt, staticCache);
        ArStaticDecoder decoder(model, staticCache, StaticDecodeMode::Eager, 8);
        const double scale = full.abs().max().item<double>();
        for (std::int64_t k = promptLen; k < ids.numel(); ++k) {
            const at::Tensor d = model.decodeStep(ids[k], k + 1, dynamicCache);
            QVERIFY2(maxAbsDiff(d, full[k]) < 0.05 * scale, qPrintable(QString::number(maxAbsDiff(d, full[k]))));
            const at::Tensor s = decoder.step(ids[k].reshape({1}), k + 1);
            QVERIFY(maxAbsDiff(s, d) < 0.05 * scale);
        }
    }

    void halfPrecisionCacheAsOnTheGpu() {
        // A GPU keeps the cache in the model's half precision (cacheDtype is float32 only under a
        // half-precision model on the CPU). That combination, which the GPU's graphs run, is built
        // here by hand: bfloat16 weights and a bfloat16 cache, on the fewer-kernel path, through
        // the static step and the whole step (sampler and draw), against the full pass.
        const auto [loaded, tok] = loadTinyAr(at::kBFloat16);
        const ArModel model = loaded.withKernelPath(ArModel::KernelPath::Fewer);
        const ArHyperParams& hp = model.hp();
        const auto halfCache = [&] {
            return KvCache(hp.nLayers, 100, hp.nKvHeads, hp.headDim, at::kBFloat16, model.device());
        };
        const at::Tensor spk = model.speakerVector((at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8}));
        const at::Tensor ids = at::arange(400, 430, at::kLong);
        const at::Tensor full = model.forwardFull(spk, ids);
        const double scale = full.abs().max().item<double>();
        const std::int64_t promptLen = 12;
        KvCache dynamicCache = halfCache(), staticCache = halfCache(), wholeCache = halfCache();
        QCOMPARE(staticCache.ringKeys(0, 8).scalar_type(), at::kBFloat16);
        for (KvCache* c : {&dynamicCache, &staticCache, &wholeCache}) {
            const at::Tensor last = model.prefill(spk, ids.narrow(0, 0, promptLen), *c);
            QVERIFY(maxAbsDiff(last, full[promptLen - 1]) < 0.05 * scale);
        }
        ArStaticDecoder stepper(model, staticCache, StaticDecodeMode::Eager, 8);
        ArStaticDecoder whole(model, wholeCache, StaticDecodeMode::Eager, 8);
        InferenceConfig cfg;
        cfg.top_k = 0;
        cfg.top_p = 1.0;
        const SamplerSettings s = SamplerSettings::from(cfg, tok.ids.nText, tok.ids.eos, 5);
        const std::int64_t V = hp.vocabSize();
        (void)whole.drawnIds(64);
        whole.loadNoise(at::ones({4, V}));
        for (std::int64_t k = promptLen; k < ids.numel(); ++k) {
            const at::Tensor token = ids[k].reshape({1});
            const at::Tensor d = model.decodeStep(ids[k], k + 1, dynamicCache);
            QVERIFY2(maxAbsDiff(d, full[k]) < 0.05 * scale, qPrintable(QString::number(maxAbsDiff(d, full[k]))));
            const at::Tensor st = stepper.step(token, k + 1);
            QCOMPARE(st.scalar_type(), at::kFloat);
            QVERIFY(maxAbsDiff(st, d) < 0.05 * scale);
            // The whole step's probabilities are finite and sum to one; its draw is their argmax (q = 1).
            const at::Tensor p = whole.stepAndDraw(token, k + 1, k - promptLen + 1, 0.0, k % 4, s, false);
            QVERIFY(at::isfinite(p).all().item<bool>());
            QVERIFY(std::abs(p.sum().item<double>() - 1.0) < 1e-3);
            QCOMPARE(whole.token().item<std::int64_t>(), at::argmax(p).item<std::int64_t>());
        }
        for (std::int64_t l = 0; l < hp.nLayers; ++l)
            QVERIFY(maxAbsDiff(staticCache.ringKeys(l, 64).to(at::kFloat), wholeCache.ringKeys(l, 64).to(at::kFloat)) == 0.0);
    }

    void staticStepRefusesMisuse() {
        const auto [model, tok] = loadTinyAr();
        KvCache cache = model.makeCache(100);
        const at::Tensor spk = model.speakerVector((at::arange(80, at::kLong) * 11).remainder(1024).reshape({10, 8}));
        model.prefill(spk, at::arange(400, 405, at::kLong), cache);
        ArStaticDecoder decoder(model, cache, StaticDecodeMode::Eager);
        const at::Tensor token = at::scalar_tensor(1100, at::kLong).reshape({1});
        bool threw = false;
        try {
            decoder.step(token, 3);  // not where the cache stands
        } catch (const Failure&) {
            threw = true;
        }
        QVERIFY(threw);
        // CUDA graphs on the CPU: refused with a reason, not attempted
        threw = false;
        try {
            ArStaticDecoder graphs(model, cache, StaticDecodeMode::CudaGraph);
        } catch (const Failure& f) {
            threw = f.kind() == ErrorKind::Unsupported;
        }
        QVERIFY(threw);
        QVERIFY(!ArStaticDecoder::graphsAvailable(c10::Device(c10::kCPU)));
    }

    void generationWithTheStaticStepGivesTheSameRun() {
        const auto [model, tok] = loadTinyAr();
        const at::Tensor codes = (at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8});
        const at::Tensor spk = model.speakerVector(codes);
        const ArPrompt prompt = buildArPrompt(tok, "Hello there, how are you?", std::nullopt, {}, false);
        ArGenerateOptions g;
        g.config.top_p = 0.9;
        g.config.rep_penalty_window = 6;
        g.estimatedLength = 10;
        // past the 64-slot ring, so the static step wraps inside a real run
        g.config.generate_max_len_override = static_cast<std::int64_t>(prompt.ids.size()) + 90;
        const auto run = [&](DecodeStepKind kind, std::int64_t syncEvery, at::Generator& gen) {
            TorchGeneratorDrawer drawer(gen);
            ArGenerateOptions o = g;
            o.drawer = &drawer;
            o.decodeStep = kind;
            o.syncEvery = syncEvery;
            o.forceTokens = 80;
            return generateAr(model, tok, spk, prompt, o);
        };
        at::Generator a = at::detail::createCPUGenerator(11), b = at::detail::createCPUGenerator(11),
                      c = at::detail::createCPUGenerator(11);
        const ArGenerateResult dynamicRun = run(DecodeStepKind::Dynamic, 1, a);
        const ArGenerateResult staticRun = run(DecodeStepKind::StaticEager, 1, b);
        const ArGenerateResult chunkedStatic = run(DecodeStepKind::StaticEager, 8, c);
        QCOMPARE(dynamicRun.decodeStep, DecodeStepKind::Dynamic);
        QCOMPARE(staticRun.decodeStep, DecodeStepKind::StaticEager);
        QCOMPARE(dynamicRun.generated.size(), std::size_t(80));
        QCOMPARE(staticRun.generated, dynamicRun.generated);
        QCOMPARE(chunkedStatic.generated, dynamicRun.generated);
        QCOMPARE(staticRun.stop, ArStopReason::ForcedLength);
        QVERIFY(at::equal(a.get_state(), b.get_state()));
        QVERIFY(at::equal(a.get_state(), c.get_state()));
        QCOMPARE(staticRun.graphsCaptured, std::int64_t(0));
        QVERIFY(staticRun.decodeWarning.empty());
        // Auto on the CPU is the ordinary step
        at::Generator d = at::detail::createCPUGenerator(11);
        QCOMPARE(run(DecodeStepKind::Auto, 1, d).decodeStep, DecodeStepKind::Dynamic);
    }

    void wholeStepsAreTheStepByStepChain() {
        // decode + sampler + draw as one fixed-shape step (what one graph launch per token runs on a
        // GPU) against the ordinary loop: same tokens, same probabilities bit for bit, same stop and
        // random stream, with every filter on, the repetition window sliding, the early-EOS
        // penalty active, and runs that end by EOS inside a chunk.
        const auto [model, tok] = loadTinyAr();
        const at::Tensor spk = model.speakerVector((at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8}));
        const ArPrompt prompt = buildArPrompt(tok, "Hello there, how are you?", std::nullopt, {}, false);
        // kinds: Dynamic; StaticEager with only the model's step static (the sampler as usual);
        // StaticEager whole steps. The last two share the model step, so they must agree bit for
        // bit whatever the CPU; Dynamic agrees with them up to the model step's summation order.
        const auto run = [&](DecodeStepKind kind, bool whole, std::int64_t syncEvery, std::uint64_t seed, ArGenerateOptions o) {
            at::Generator gen = at::detail::createCPUGenerator(seed);
            TorchGeneratorDrawer drawer(gen);
            o.drawer = &drawer;
            o.decodeStep = kind;
            o.wholeSteps = whole;
            o.syncEvery = syncEvery;
            o.recordSummaries = true;
            ArGenerateResult r = generateAr(model, tok, spk, prompt, o);
            return std::make_pair(std::move(r), gen.get_state());
        };
        const auto same = [](const ArGenerateResult& a, const ArGenerateResult& b) {
            if (a.generated != b.generated || a.stop != b.stop || a.steps != b.steps || a.summaries.size() != b.summaries.size())
                return false;
            for (std::size_t i = 0; i < a.summaries.size(); ++i)
                if (a.summaries[i].chosen != b.summaries[i].chosen || a.summaries[i].candidates != b.summaries[i].candidates ||
                    a.summaries[i].probability != b.summaries[i].probability)
                    return false;
            return true;
        };
        ArGenerateOptions o;
        o.config.top_p = 0.9;
        o.config.typical_p = 0.95;
        o.config.rep_penalty_window = 6;
        o.estimatedLength = 12;
        o.config.generate_max_len_override = static_cast<std::int64_t>(prompt.ids.size()) + 70;
        int endedInsideChunk = 0;
        for (std::uint64_t seed : {1, 2, 3, 4, 5, 6}) {
            for (std::int64_t every : {1, 5}) {
                const auto [dynamicRun, dynamicState] = run(DecodeStepKind::Dynamic, true, every, seed, o);
                const auto [modelOnly, modelOnlyState] = run(DecodeStepKind::StaticEager, false, every, seed, o);
                const auto [wholeRun, wholeState] = run(DecodeStepKind::StaticEager, true, every, seed, o);
                const QString where = QString("seed %1, chunks of %2").arg(seed).arg(every);
                QVERIFY2(same(wholeRun, modelOnly), qPrintable(where));
                QVERIFY(at::equal(wholeState, modelOnlyState));
                QVERIFY2(wholeRun.generated == dynamicRun.generated && wholeRun.stop == dynamicRun.stop, qPrintable(where));
                QVERIFY(at::equal(wholeState, dynamicState));
                if (every == 5 && dynamicRun.stop == ArStopReason::Eos && dynamicRun.steps % 5 != 1) ++endedInsideChunk;
            }
            // a flatter distribution next time round, so that some runs end by EOS early
            o.config.temperature = 3;
            o.config.eos_penalty_factor = 0;
        }
        QVERIFY2(endedInsideChunk > 0, "no run ended by EOS inside a chunk: the case is not exercised");
        // forced length (EOS masked) and the default filters
        ArGenerateOptions forced;
        forced.forceTokens = 40;
        const auto [a, sa] = run(DecodeStepKind::StaticEager, false, 8, 9, forced);
        const auto [b, sb] = run(DecodeStepKind::StaticEager, true, 8, 9, forced);
        QVERIFY(same(a, b));
        QCOMPARE(b.generated.size(), std::size_t(40));
        QVERIFY(at::equal(sa, sb));
    }

    void wholeStepProbabilitiesAreTheChain() {
        // stepAndDraw's probabilities against samplerProbabilities on the same logits and the same
        // history, whole vectors bit for bit, from the first decode step (n = 1: no repetition
        // penalty yet, although one id is in the window) past the window's length (6), with the
        // early-EOS penalty on and then off (n > nEst = 5); with every speech id in play, then with
        // the nucleus and typical filters narrowing it.
        const auto [model, tok] = loadTinyAr();
        const at::Tensor spk = model.speakerVector((at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8}));
        const at::Tensor prompt = at::arange(400, 412, at::kLong);
        const std::int64_t V = model.hp().vocabSize();
        for (const bool broad : {true, false}) {
            InferenceConfig cfg;
            cfg.top_k = broad ? 0 : 40;
            cfg.top_p = broad ? 1.0 : 0.9;
            cfg.typical_p = broad ? 1.0 : 0.95;
            cfg.temperature = 1.5;
            cfg.rep_penalty_window = 6;
            const SamplerSettings s = SamplerSettings::from(cfg, tok.ids.nText, tok.ids.eos, 5);
            KvCache cache = model.makeCache(200), mirror = model.makeCache(200);
            model.prefill(spk, prompt, cache);
            model.prefill(spk, prompt, mirror);
            ArStaticDecoder whole(model, cache, StaticDecodeMode::Eager, 8), modelOnly(model, mirror, StaticDecodeMode::Eager, 8);
            const at::Tensor drawn = whole.drawnIds(64);
            whole.loadNoise(at::ones({4, V}));  // q = 1: the draw is the most probable id
            at::Tensor token = at::full({1}, tok.ids.nText + 5, at::kLong);  // a speech id, as if drawn at n = 0
            drawn.narrow(0, 0, 1).copy_(token);
            std::int64_t position = prompt.numel() + 1;
            for (std::int64_t n = 1; n <= 20; ++n, ++position) {
                const at::Tensor logits = modelOnly.step(token, position).clone();
                const std::vector<std::int64_t> history(drawn.data_ptr<std::int64_t>(), drawn.data_ptr<std::int64_t>() + n);
                const at::Tensor expected = samplerProbabilities(logits, history, s);
                if (n == 1 && broad) {  // a wrongly applied penalty on the one id in the window would show
                    const std::vector<std::int64_t> twice{history[0], history[0]};
                    QVERIFY(!at::equal(samplerProbabilities(logits, twice, s), expected));
                }
                const double eosPenalty = earlyEosPenalty(n, s.nEst, s.eosDecay, s.eosFactor);
                const at::Tensor got = whole.stepAndDraw(token, position, n, eosPenalty, n % 4, s, false);
                QVERIFY2(at::equal(got, expected), qPrintable(QString("step %1, %2").arg(n).arg(broad ? "broad" : "narrow")));
                QCOMPARE(whole.token().item<std::int64_t>(), at::argmax(expected).item<std::int64_t>());
                QCOMPARE(drawn[n].item<std::int64_t>(), whole.token().item<std::int64_t>());
                token = whole.token().clone();
            }
        }
    }

    void fewerKernelPathIsTheSameMaths() {
        // The GPU's fewer-kernel path (complex-multiply RoPE, addmm residuals, at::rms_norm where
        // libtorch has it) against the reference path: equal up to rounding, full pass and steps.
        const auto [model, tok] = loadTinyAr();
        QCOMPARE(model.kernelPath(), ArModel::KernelPath::Reference);  // the CPU's default
        const ArModel fewer = model.withKernelPath(ArModel::KernelPath::Fewer);
        const at::Tensor x = at::randn({5, 4, 64}, at::TensorOptions().dtype(at::kFloat));
        RopeTables rope = ropeTables(at::arange(100, 105, at::kLong), at::rand({32}));
        rope.cis = at::complex(rope.cos, rope.sin);
        QVERIFY(maxAbsDiff(applyRopeComplex(x, rope), applyRope(x, rope)) < 1e-5);
        const at::Tensor w = at::rand({64}) + 0.5;
        QVERIFY(maxAbsDiff(rmsNormFewer(x, w, 1e-5), rmsNorm(x, w, 1e-5)) < 1e-5);

        const at::Tensor spk = model.speakerVector((at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8}));
        const at::Tensor prompt = at::arange(400, 430, at::kLong);
        const double fullDiff = maxAbsDiff(fewer.forwardFull(spk, prompt), model.forwardFull(spk, prompt));
        KvCache a = model.makeCache(200), b = fewer.makeCache(200);
        double stepDiff = maxAbsDiff(fewer.prefill(spk, prompt, b), model.prefill(spk, prompt, a));
        for (std::int64_t j = 0; j < 40; ++j) {  // past the 64-slot window
            const std::int64_t token = 1000 + (j * 13) % 400, position = prompt.numel() + 1 + j;
            stepDiff = std::max(stepDiff, maxAbsDiff(fewer.decodeStep(token, position, b), model.decodeStep(token, position, a)));
        }
        qInfo("fewer-kernel path vs reference path: full pass %g, cached steps %g", fullDiff, stepDiff);
        QVERIFY(fullDiff < 1e-4);
        QVERIFY(stepDiff < 1e-4);
    }

    void aKeptContextServesRunAfterRun() {
        // What the engine does on a GPU: one cache (of the whole window) and one decoder with its
        // graphs for every run. Here eagerly: each run, whatever its prompt and length, must be
        // the run a fresh cache gives.
        const auto [model, tok] = loadTinyAr();
        const at::Tensor spk = model.speakerVector((at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8}));
        ArDecodeContext kept;
        const std::vector<std::pair<std::string, std::int64_t>> runs{
            {"Hello there, how are you?", 80}, {"Short.", 10}, {"A somewhat longer line of text to speak now.", 60}};
        for (const auto& [text, tokens] : runs) {
            const ArPrompt prompt = buildArPrompt(tok, text, std::nullopt, {}, false);
            const auto run = [&](DecodeStepKind kind, ArDecodeContext* context) {
                at::Generator gen = at::detail::createCPUGenerator(3);
                TorchGeneratorDrawer drawer(gen);
                ArGenerateOptions o;
                o.config.top_p = 0.9;
                o.drawer = &drawer;
                o.decodeStep = kind;
                o.context = context;
                o.forceTokens = tokens;
                return generateAr(model, tok, spk, prompt, o);
            };
            const ArGenerateResult fresh = run(DecodeStepKind::Dynamic, nullptr);
            const ArGenerateResult again = run(DecodeStepKind::StaticEager, &kept);
            QCOMPARE(again.generated, fresh.generated);
            QCOMPARE(std::int64_t(again.generated.size()), tokens);
            QCOMPARE(again.decodeStep, DecodeStepKind::StaticEager);
        }
        QVERIFY(kept.decoder != nullptr);
        QCOMPARE(kept.cache.capacity(), model.hp().slidingWindow);  // the whole window, whatever the run
        QCOMPARE(kept.model, &model);
        // a run with the ordinary step leaves a kept context alone
        const ArStaticDecoder* decoder = kept.decoder.get();
        const std::int64_t positions = kept.cache.positions();
        ArGenerateOptions o;
        o.decodeStep = DecodeStepKind::Dynamic;
        o.context = &kept;
        o.forceTokens = 5;
        QCOMPARE(generateAr(model, tok, spk, buildArPrompt(tok, "Again.", std::nullopt, {}, false), o).generated.size(),
                 std::size_t(5));
        QCOMPARE(kept.decoder.get(), decoder);
        QCOMPARE(kept.cache.positions(), positions);
    }
};

QTEST_GUILESS_MAIN(TestArStaticDecode)
#include "test_ar_static_decode.moc"
