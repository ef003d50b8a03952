// The AR sampler's filters on small hand-made logits (each rule of spec §4.3 in isolation),
// the draws (injected noise, teacher forcing), the KV cache's ring behaviour, the generation
// loop's length budget, cancel check and progress on the tiny fixture AR, and its device path:
// chunks of draws between read-backs give the tokens and random stream of the per-token loop.
#include "ar_generate.h"
#include "failure.h"
#include "kv_cache.h"
#include "mars5_checkpoint.h"
#include "sampler.h"
#include "temp_files.h"
#include "tiny_ar.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include <QtTest>

#include <cmath>
#include <limits>

using namespace mars5;
using mars5::test::fixture;
using mars5::test::loadTinyAr;

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

at::Tensor vec(std::initializer_list<float> v) { return at::tensor(std::vector<float>(v), at::kFloat); }

bool same(const at::Tensor& a, const at::Tensor& b) {
    if (a.sizes() != b.sizes()) return false;
    for (std::int64_t i = 0; i < a.numel(); ++i) {
        const float x = a[i].item<float>(), y = b[i].item<float>();
        if (std::isinf(x) || std::isinf(y)) {
            if (x != y) return false;
        } else if (std::abs(x - y) > 1e-6f) {
            return false;
        }
    }
    return true;
}

QString show(const at::Tensor& t) {
    QStringList parts;
    for (std::int64_t i = 0; i < t.numel(); ++i) parts << QString::number(t[i].item<float>());
    return "[" + parts.join(", ") + "]";
}

template <class Fn>
std::string failureMessage(Fn&& fn) {
    try {
        fn();
    } catch (const Failure& f) {
        return f.what();
    }
    return {};
}

}  // namespace

#define QVERIFY_SAME(a, b) QVERIFY2(same((a), (b)), qPrintable(show(a) + " vs " + show(b)))

class TestMars5Sampler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repetitionPenaltyCountsOnlyTheWindow() {
        const at::Tensor z = vec({0, 0, 0, 0});
        const std::vector<std::int64_t> history{1, 1, 2, 3, 3, 3};
        // window 4 sees {2, 3, 3, 3}: id 2 once, id 3 three times
        QVERIFY_SAME(applyRepetitionPenalty(z, history, 1.0, 0.5, 4), vec({0, 0, -1.5f, -3.5f}));
        // a big window sees the whole history
        QVERIFY_SAME(applyRepetitionPenalty(z, history, 2.0, 0.0, 100), vec({0, -4, -2, -6}));
        QVERIFY(!failureMessage([&] { applyRepetitionPenalty(z, std::vector<std::int64_t>{7}, 1, 1, 4); }).empty());
    }

    void textMaskKeepsTheLastTextId() {
        // nText = 3: ids 0, 1 masked, id 2 (= nText - 1) allowed, speech ids untouched
        QVERIFY_SAME(maskTextIds(vec({1, 2, 3, 4, 5}), 3), vec({-kInf, -kInf, 3, 4, 5}));
        QVERIFY_SAME(maskTextIds(vec({1, 2}), 1), vec({1, 2}));
    }

    void earlyEosPenaltyFollowsTheEstimate() {
        const at::Tensor z = vec({0, 0, 10});
        // 4 of 13 expected: 1 * 9^0.5 = 3
        QVERIFY_SAME(applyEarlyEosPenalty(z, 4, 13, 0.5, 1.0, 2), vec({0, 0, 7}));
        // at the estimate the penalty is max(0, 1)^decay * factor = factor
        QVERIFY_SAME(applyEarlyEosPenalty(z, 13, 13, 0.5, 2.0, 2), vec({0, 0, 8}));
        // beyond the estimate: nothing
        QVERIFY_SAME(applyEarlyEosPenalty(z, 14, 13, 0.5, 2.0, 2), z);
        QCOMPARE(earlyEosPenalty(0, 100, 0.0, 1.5), 1.5);
    }

    void temperatureDivides() {
        QVERIFY_SAME(applyTemperature(vec({1, -2, 4}), 0.5), vec({2, -4, 8}));
        QVERIFY(!failureMessage([] { applyTemperature(vec({1}), 0.0); }).empty());
    }

    void topKKeepsTies() {
        QVERIFY_SAME(applyTopK(vec({1, 5, 3, 5, 2}), 2), vec({-kInf, 5, -kInf, 5, -kInf}));
        QVERIFY_SAME(applyTopK(vec({1, 5, 3, 4, 2}), 2), vec({-kInf, 5, -kInf, 4, -kInf}));
        QVERIFY_SAME(applyTopK(vec({1, 2}), 0), vec({1, 2}));     // 0 disables
        QVERIFY_SAME(applyTopK(vec({1, 2}), 99), vec({1, 2}));    // k > V keeps all
    }

    void topPKeepsTheCrossingToken() {
        // probabilities 0.5, 0.3, 0.2 (in log space)
        const at::Tensor z = at::log(vec({0.2f, 0.5f, 0.3f}));
        // p = 0.6: 0.5 < 0.6 -> the next (0.3) crosses and is kept; 0.2 removed
        QVERIFY_SAME(applyTopP(z, 0.6), at::log(vec({0, 0.5f, 0.3f})));
        // p = 0.4: the first token alone already exceeds p: only it is kept
        QVERIFY_SAME(applyTopP(z, 0.4), at::log(vec({0, 0.5f, 0})));
        QVERIFY_SAME(applyTopP(z, 1.0), z);  // 1.0 disables
    }

    void typicalPKeepsTheTypicalSet() {
        // entropy-centred: a uniform pair plus one unlikely token
        const at::Tensor z = at::log(vec({0.45f, 0.45f, 0.1f}));
        const at::Tensor out = applyTypicalP(z, 0.5);
        QVERIFY(std::isinf(out[2].item<float>()));
        QVERIFY(std::isfinite(out[0].item<float>()) && std::isfinite(out[1].item<float>()));
        QVERIFY_SAME(applyTypicalP(z, 1.0), z);  // > 0.999 disables
    }

    void chainOrderAndDraws() {
        SamplerSettings s;
        s.temperature = 1.0;
        s.topK = 0;
        s.topP = 1.0;
        s.typicalP = 1.0;
        s.freqPenalty = 10;
        s.presencePenalty = 0;
        s.window = 10;
        s.eosFactor = 0;
        s.nText = 2;
        s.eos = 4;
        s.nEst = 0;
        const at::Tensor raw = vec({9, 9, 1, 1, 0});
        // one generated id: no penalty yet (the reference starts from the 3rd token)
        SamplerTrace t;
        at::Tensor p = samplerProbabilities(raw, std::vector<std::int64_t>{2}, s, &t);
        QVERIFY(!t.repPenaltyApplied);
        QVERIFY(p[0].item<float>() == 0.0f);  // text id masked
        QVERIFY(p[1].item<float>() > 0.0f);   // id nText-1 allowed
        // two generated ids: the penalty applies
        p = samplerProbabilities(raw, std::vector<std::int64_t>{2, 2}, s, &t);
        QVERIFY(t.repPenaltyApplied);
        QVERIFY(p[2].item<float>() < p[3].item<float>());
        // draws
        GreedyDrawer greedy;
        QCOMPARE(greedy.draw(vec({0.1f, 0.7f, 0.2f})), std::int64_t(1));
        // noise large on id 1 moves the argmax of p / q to id 2
        QCOMPARE(drawWithExponentialNoise(vec({0.1f, 0.7f, 0.2f}), vec({1, 100, 1})), std::int64_t(2));
        QVERIFY_SAME(exponentialFromUniform(vec({0.0f})), vec({0.0f}));
        ForcedDrawer forced({2});
        QCOMPARE(forced.draw(vec({0.1f, 0.7f, 0.2f})), std::int64_t(2));
        QVERIFY(!failureMessage([&] { forced.draw(vec({0.1f, 0.9f})); }).empty());  // ran out
        ForcedDrawer impossible({0});
        QVERIFY(!failureMessage([&] { impossible.draw(vec({0.0f, 1.0f})); }).empty());
        // the torch generator draw is repeatable for a seed
        TorchGeneratorDrawer a(7), b(7);
        const at::Tensor flat = at::full({50}, 0.02f);
        for (int i = 0; i < 5; ++i) QCOMPARE(a.draw(flat), b.draw(flat));
    }

    void deviceHistoryGivesTheHostChain() {
        // the chain with the history as a tensor (the decode loop's path) is bit for bit the
        // checked host path, the window included
        const at::Tensor raw = at::randn({300}, at::kFloat) * 3;
        std::vector<std::int64_t> history;
        for (int i = 0; i < 120; ++i) history.push_back((i * 37) % 50);
        SamplerSettings s;
        s.nText = 20;
        s.eos = 7;
        s.nEst = 60;
        s.window = 80;
        for (std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(2), std::size_t(79), std::size_t(120)}) {
            const std::span<const std::int64_t> h(history.data(), n);
            const at::Tensor ids = at::tensor(std::vector<std::int64_t>(h.begin(), h.end()), at::kLong);
            QVERIFY2(at::equal(samplerProbabilities(raw, h, s), samplerProbabilities(raw, ids, s)), qPrintable(QString::number(n)));
        }
        s.typicalP = 0.5;  // the typical filter's cut-off now stays on the device
        const std::span<const std::int64_t> h(history.data(), 30);
        const at::Tensor ids = at::tensor(std::vector<std::int64_t>(h.begin(), h.end()), at::kLong);
        QVERIFY(at::equal(samplerProbabilities(raw, h, s), samplerProbabilities(raw, ids, s)));
        QVERIFY(at::equal(repetitionCounts(at::tensor(std::vector<std::int64_t>{2, 2, 0}, at::kLong), 4), vec({1, 0, 2, 0})));
    }

    void drawChunksGiveUnusedDrawsBack() {
        const at::Tensor probs = at::softmax(at::randn({64}, at::kFloat), 0);
        TorchGeneratorDrawer perToken(11);
        std::vector<std::int64_t> expected;
        for (int i = 0; i < 9; ++i) expected.push_back(perToken.draw(probs));

        at::Generator gen = at::detail::createCPUGenerator(11);
        TorchGeneratorDrawer chunked(gen);
        QVERIFY(chunked.drawsOnDevice());
        chunked.beginChunk(5, 64, at::kCPU);
        for (int i = 0; i < 5; ++i) QCOMPARE(chunked.drawOnDevice(probs).item<std::int64_t>(), expected[i]);
        QVERIFY(!failureMessage([&] { chunked.drawOnDevice(probs); }).empty());  // past the chunk
        chunked.endChunk(2);  // only two counted: draws 3..5 are given back
        chunked.beginChunk(4, 64, at::kCPU);
        for (int i = 2; i < 6; ++i) QCOMPARE(chunked.drawOnDevice(probs).item<std::int64_t>(), expected[i]);
        chunked.endChunk(4);
        QCOMPARE(chunked.draw(probs), expected[6]);
        // host drawers draw through the default (one step per chunk)
        GreedyDrawer greedy;
        QVERIFY(!greedy.drawsOnDevice());
        QCOMPARE(greedy.drawOnDevice(vec({0.1f, 0.7f, 0.2f})).item<std::int64_t>(), std::int64_t(1));
    }

    void kvCacheIsARing() {
        KvCache cache(1, 3, 1, 2, at::kFloat, at::kCPU);
        const auto kv = [](float base, std::int64_t n) { return at::arange(base, base + 2 * n, at::kFloat).reshape({n, 1, 2}); };
        cache.write(0, 0, kv(0, 2), kv(0, 2));  // positions 0, 1
        QCOMPARE(cache.filled(), std::int64_t(2));
        cache.write(0, 2, kv(100, 1), kv(100, 1));  // position 2 -> slot 2
        cache.write(0, 3, kv(200, 1), kv(200, 1));  // position 3 -> slot 0 (ring)
        QCOMPARE(cache.filled(), std::int64_t(3));
        QCOMPARE(cache.keys(0)[0][0][0].item<float>(), 200.0f);
        QCOMPARE(cache.keys(0)[1][0][0].item<float>(), 2.0f);
        QCOMPARE(cache.keys(0)[2][0][0].item<float>(), 100.0f);
        // a prefill longer than the ring keeps its last `capacity` positions
        cache.reset();
        cache.write(0, 0, kv(0, 5), kv(0, 5));  // positions 0..4: slots hold 3, 4, 2
        QCOMPARE(cache.keys(0)[0][0][0].item<float>(), 6.0f);
        QCOMPARE(cache.keys(0)[1][0][0].item<float>(), 8.0f);
        QCOMPARE(cache.keys(0)[2][0][0].item<float>(), 4.0f);
    }

    void generationBudgetCancelAndProgress() {
        const auto [model, tok] = loadTinyAr();
        const at::Tensor codes = at::randint(0, 1024, {20, 8}, at::kLong);
        const at::Tensor spk = model.speakerVector(codes);
        std::vector<int> l0;
        for (std::int64_t t = 0; t < 20; ++t) l0.push_back(static_cast<int>(codes[t][0].item<std::int64_t>()));

        // bad inputs
        QVERIFY(failureMessage([&] { buildArPrompt(tok, "  \n ", std::nullopt, l0, false); }).find("empty") != std::string::npos);
        QVERIFY(failureMessage([&] { buildArPrompt(tok, "Hello.", std::nullopt, l0, true); }).find("transcript") !=
                std::string::npos);
        const ArPrompt prompt = buildArPrompt(tok, "Hello there.", std::nullopt, l0, false);
        QCOMPARE(prompt.firstCodecIdx, prompt.textTokens + 1);

        ArGenerateOptions g;
        g.config.generate_max_len_override = static_cast<std::int64_t>(prompt.ids.size());  // no room left
        std::string msg = failureMessage([&] { generateAr(model, tok, spk, prompt, g); });
        QVERIFY2(msg.find("at most " + std::to_string(prompt.ids.size()) + " ids") != std::string::npos, msg.c_str());
        g.config.top_p = 3;
        msg = failureMessage([&] { generateAr(model, tok, spk, prompt, g); });
        QVERIFY2(msg.find("top_p") != std::string::npos, msg.c_str());

        // budget: stops at max length with one progress call per token
        g.config = InferenceConfig{};
        g.config.eos_penalty_factor = 100;  // keep EOS away
        g.estimatedLength = 1000;
        g.config.generate_max_len_override = static_cast<std::int64_t>(prompt.ids.size()) + 5;
        g.seed = 3;
        int calls = 0;
        g.progress = [&](const ArProgress& p) { ++calls; QCOMPARE(p.budget, std::int64_t(5)); };
        ArGenerateResult r = generateAr(model, tok, spk, prompt, g);
        QCOMPARE(r.stop, ArStopReason::MaxLength);
        QCOMPARE(r.generated.size(), std::size_t(5));
        QCOMPARE(calls, 5);
        // the same seed gives the same tokens; the cache does not change them here (below W)
        const ArGenerateResult again = generateAr(model, tok, spk, prompt, g);
        QCOMPARE(again.generated, r.generated);
        g.config.use_kv_cache = false;
        QCOMPARE(generateAr(model, tok, spk, prompt, g).generated, r.generated);
        // cancel between tokens keeps the partial result
        g.config.use_kv_cache = true;
        int polls = 0;
        g.cancelled = [&] { return ++polls > 3; };
        r = generateAr(model, tok, spk, prompt, g);
        QCOMPARE(r.stop, ArStopReason::Cancelled);
        QCOMPARE(r.generated.size(), std::size_t(3));
    }

    void chunkedDecodeIsThePerTokenDecode() {
        const auto [model, tok] = loadTinyAr();
        const at::Tensor codes = (at::arange(160, at::kLong) * 37).remainder(1024).reshape({20, 8});  // fixed: a repeatable run
        const at::Tensor spk = model.speakerVector(codes);
        const ArPrompt prompt = buildArPrompt(tok, "Hello there, how are you?", std::nullopt, {}, false);

        // runs with the repetition penalty past its window and the sampler sampling (not greedy)
        const auto run = [&](std::int64_t syncEvery, at::Generator& gen, ArGenerateOptions g) {
            TorchGeneratorDrawer drawer(gen);
            g.drawer = &drawer;
            g.syncEvery = syncEvery;
            g.recordSummaries = true;
            return generateAr(model, tok, spk, prompt, g);
        };
        ArGenerateOptions g;
        g.config.top_p = 0.9;
        g.config.rep_penalty_window = 6;
        g.estimatedLength = 10;
        g.config.generate_max_len_override = static_cast<std::int64_t>(prompt.ids.size()) + 23;
        at::Generator g1 = at::detail::createCPUGenerator(5);
        const ArGenerateResult perToken = run(1, g1, g);
        QCOMPARE(perToken.readBacks, perToken.steps);
        QCOMPARE(perToken.summaries.size(), static_cast<std::size_t>(perToken.steps));
        for (const ArStepSummary& s : perToken.summaries) QVERIFY(s.candidates >= 1 && s.probability > 0 && s.probability <= 1);
        for (std::int64_t every : {2, 4, 7, 64}) {
            at::Generator gk = at::detail::createCPUGenerator(5);
            const ArGenerateResult chunked = run(every, gk, g);
            QCOMPARE(chunked.generated, perToken.generated);
            QCOMPARE(chunked.stop, perToken.stop);
            QCOMPARE(chunked.steps, perToken.steps);
            QVERIFY(chunked.readBacks < perToken.readBacks);
            QCOMPARE(chunked.summaries.size(), perToken.summaries.size());
            for (std::size_t i = 0; i < chunked.summaries.size(); ++i) {
                QCOMPARE(chunked.summaries[i].chosen, perToken.summaries[i].chosen);
                QCOMPARE(chunked.summaries[i].candidates, perToken.summaries[i].candidates);
                QCOMPARE(chunked.summaries[i].probability, perToken.summaries[i].probability);
            }
            // the random stream continues where the per-token loop left it (the NAR draws next)
            QVERIFY2(at::equal(gk.get_state(), g1.get_state()), qPrintable(QString::number(every)));
        }
        // an end of speech inside a chunk: the loop stops at it and gives the later draws back
        // (EOS made likely: no early-EOS penalty, a flat distribution over every speech id)
        g.estimatedLength = 0;
        g.config.eos_penalty_factor = 0;
        g.config.temperature = 5;
        g.config.top_k = 0;
        g.config.top_p = 1.0;
        g.config.generate_max_len_override = static_cast<std::int64_t>(prompt.ids.size()) + 200;
        int ended = 0;
        for (std::uint64_t seed = 1; seed <= 6; ++seed) {
            at::Generator a = at::detail::createCPUGenerator(seed), b = at::detail::createCPUGenerator(seed);
            const ArGenerateResult one = run(1, a, g), five = run(5, b, g);
            QCOMPARE(five.generated, one.generated);
            QCOMPARE(five.stop, one.stop);
            QCOMPARE(five.steps, one.steps);
            QVERIFY(at::equal(a.get_state(), b.get_state()));
            if (one.stop == ArStopReason::Eos && one.steps % 5 != 1) ++ended;  // EOS not at a chunk's first step
        }
        QVERIFY2(ended > 0, "no seed ended by EOS inside a chunk: the case is not exercised");
        // cancellation is checked between chunks
        at::Generator gc = at::detail::createCPUGenerator(5);
        int polls = 0;
        g.cancelled = [&] { return ++polls > 2; };
        const ArGenerateResult cancelled = run(4, gc, g);
        QCOMPARE(cancelled.stop, ArStopReason::Cancelled);
        QCOMPARE(cancelled.generated.size(), std::size_t(1 + 4));  // the prefill chunk, then one chunk of 4
    }
};

QTEST_GUILESS_MAIN(TestMars5Sampler)
#include "test_mars5_sampler.moc"
