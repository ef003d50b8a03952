// AR sampling (spec mars5-model.md §4.2, §4.3): a chain of small logit transforms, each a
// separate function with its own golden (goldens_sampler.safetensors), applied per step in the
// reference's order:
//
//   repetition penalty (from the 3rd generated token on) -> text-id mask -> early-EOS penalty
//   -> temperature -> top-k -> top-p -> typical-p -> text-id mask -> probabilities -> draw
//
// Every function takes a 1-D float32 logits tensor [V] and returns a new one (inputs are never
// modified). The draw is separate: argmax(p / q) with q ~ Exp(1), exactly what ATen's
// multinomial(p, 1) computes; q can come from a seeded torch generator (bit-compatible with the
// reference's CPU RNG stream) or be injected, so sampled steps can be checked exactly.
//
// Nothing in the chain reads a value back to the host: on a GPU a whole step (filters and draw)
// is queued without waiting, so the decode loop needs to look at its tokens only every few steps
// (ar_generate.h). The repetition history is a tensor of generated ids on the logits' device.
//
// Internal API (libtorch); throws mars5::Failure on bad arguments.
#pragma once

#include "mars5/inference_config.h"

#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace mars5 {

// --- the filters ---------------------------------------------------------------------------------

// logits - count*freq - (count > 0)*presence over the last `window` ids of `history`
// (generated ids only). The caller skips it while fewer than 2 ids were generated.
at::Tensor applyRepetitionPenalty(const at::Tensor& logits, std::span<const std::int64_t> history, double freqPenalty,
                                  double presencePenalty, std::int64_t window);
// The same from counts [V] float32 (how often each id occurs in the window).
at::Tensor applyRepetitionPenaltyCounts(const at::Tensor& logits, const at::Tensor& counts, double freqPenalty,
                                        double presencePenalty);
// counts [vocab] float32 of the ids in `recentIds` (1-D int64, on the device the counts are wanted on;
// the ids are trusted to lie in [0, vocab)). Integers below 2^24 add exactly in float32, so these
// are the counts the host loop of applyRepetitionPenalty makes.
at::Tensor repetitionCounts(const at::Tensor& recentIds, std::int64_t vocab);
// Ids [0, nText-1) -> -inf: every text id except the last one (spec §8.2).
at::Tensor maskTextIds(const at::Tensor& logits, std::int64_t nText);
// If nGenerated <= nEst: logits[eos] -= factor * max(nEst - nGenerated, 1)^decay.
at::Tensor applyEarlyEosPenalty(const at::Tensor& logits, std::int64_t nGenerated, std::int64_t nEst, double decay,
                                double factor, std::int64_t eos);
// The penalty applyEarlyEosPenalty subtracts (0 when it does not apply).
double earlyEosPenalty(std::int64_t nGenerated, std::int64_t nEst, double decay, double factor);
at::Tensor applyTemperature(const at::Tensor& logits, double temperature);
// Keep logits >= the k'-th largest, k' = min(max(k, 1), V) (ties kept); k = 0 disables.
at::Tensor applyTopK(const at::Tensor& logits, std::int64_t k);
// Nucleus: in descending order drop position i > 0 iff the cumulative probability up to i-1
// exceeds p (the first token and the one crossing p are kept); p >= 1 disables.
at::Tensor applyTopP(const at::Tensor& logits, double p);
// Typical sampling with `mass`; disabled when mass > 0.999.
at::Tensor applyTypicalP(const at::Tensor& logits, double mass);
// exp(log_softmax(logits)): the tensor the reference hands to multinomial.
at::Tensor probabilitiesOf(const at::Tensor& logits);

// --- one step -------------------------------------------------------------------------------------

struct SamplerSettings {
    double temperature = 0.7;
    std::int64_t topK = 200;
    double topP = 0.2;
    double typicalP = 1.0;
    double freqPenalty = 3;
    double presencePenalty = 0.4;
    std::int64_t window = 80;
    double eosDecay = 0.5;
    double eosFactor = 1;
    std::int64_t nText = 0;  // AR id space: first speech id
    std::int64_t eos = 0;    // AR id of <|endofspeech|>
    std::int64_t nEst = 0;   // expected number of generated tokens (early-EOS penalty)

    static SamplerSettings from(const InferenceConfig& cfg, std::int64_t nText, std::int64_t eos, std::int64_t nEst);
};

// Every intermediate of one step (for goldens and diagnostics).
struct SamplerTrace {
    at::Tensor afterRepPenalty, afterMask1, afterEosPenalty, afterTemperature, afterTopK, afterTopP, afterTypical,
        afterMask2, probs;
    bool repPenaltyApplied = false;
    bool eosPenaltyApplied = false;
};

// The whole filter chain for one step: raw logits [V] and the generated ids so far -> the
// probabilities the draw is made from. `trace` (optional) receives every stage.
at::Tensor samplerProbabilities(const at::Tensor& logits, std::span<const std::int64_t> generated,
                                const SamplerSettings& s, SamplerTrace* trace = nullptr);
// The same with the generated ids as a 1-D int64 tensor on the logits' device (the decode loop's
// buffer): queues the step without a read-back.
at::Tensor samplerProbabilities(const at::Tensor& logits, const at::Tensor& generated, const SamplerSettings& s,
                                SamplerTrace* trace = nullptr);

// The chain with every shape fixed, for the CUDA graphs' whole decode step (ar_decode_graph.h):
// `counts` [V] float32 always applied (all zeros where the penalty does not apply: x - 0 is x) and
// the early-EOS penalty as a one-element float32 tensor (0 where it does not apply), so nothing in
// it depends on a host value. The same probabilities as samplerProbabilities, bit for bit.
at::Tensor samplerProbabilitiesStatic(const at::Tensor& raw, const at::Tensor& counts, const at::Tensor& eosPenalty,
                                      const SamplerSettings& s);

// --- the draw -------------------------------------------------------------------------------------

// argmax(probs / q): the categorical draw of multinomial(probs, 1) given q ~ Exp(1) [V].
std::int64_t drawWithExponentialNoise(const at::Tensor& probs, const at::Tensor& q);
// q = -log(1 - u) for uniforms u in [0, 1): turns injected uniforms into the Exp(1) noise above.
at::Tensor exponentialFromUniform(const at::Tensor& u);

// Where a step's draw comes from.
//
// draw() returns the id to the host. Drawers that can draw on the probabilities' device say so
// (drawsOnDevice); the decode loop then queues several steps between read-backs ("chunks"):
// beginChunk(steps) before, drawOnDevice per step, endChunk(used) after the loop has read the
// ids and found how many of the chunk's draws count (fewer when it met the end of speech).
class TokenDrawer {
public:
    virtual ~TokenDrawer() = default;
    virtual std::int64_t draw(const at::Tensor& probs) = 0;

    virtual bool drawsOnDevice() const { return false; }
    virtual void beginChunk(std::int64_t /*steps*/, std::int64_t /*vocab*/, c10::Device /*device*/) {}
    // A 0-dim int64 tensor on probs' device. This default reads back (draw()); it is what host
    // drawers use, one step per chunk.
    virtual at::Tensor drawOnDevice(const at::Tensor& probs);
    virtual void endChunk(std::int64_t /*used*/) {}

    // Drawers whose draw is argmax(p / q) with noise rows made up front can hand a chunk's rows
    // over ([steps, V] on the device, all of them counted as used by drawOnDevice) to a decode
    // step that draws inside a CUDA graph. Undefined from drawers that cannot.
    virtual bool providesChunkNoise() const { return false; }
    virtual at::Tensor takeChunkNoise() { return {}; }
};

// A seeded CPU torch generator: the Exp(1) noise is drawn exactly as torch.multinomial draws it,
// so a run seeded like the reference's torch.manual_seed reproduces its CPU token stream.
//
// On the device path a chunk's noise rows are drawn up front, one exponential_ call per row as
// the per-step draws make them, and (on a GPU) uploaded in one asynchronous copy; draws the loop
// does not use (steps queued after the end of speech) are given back by rewinding the generator
// and drawing only the used rows again, so the stream the NAR continues is the per-step one.
// The CPU stream also makes a seed pick the same tokens from the same probabilities on any device.
class TorchGeneratorDrawer : public TokenDrawer {
public:
    explicit TorchGeneratorDrawer(std::uint64_t seed);
    // Draws from `generator` (shared, not copied): the engine passes one generator through the
    // AR sampler and then the NAR, so a seeded run continues the reference's single RNG stream.
    explicit TorchGeneratorDrawer(at::Generator generator) : m_gen(std::move(generator)) {}
    std::int64_t draw(const at::Tensor& probs) override;

    bool drawsOnDevice() const override { return true; }
    void beginChunk(std::int64_t steps, std::int64_t vocab, c10::Device device) override;
    at::Tensor drawOnDevice(const at::Tensor& probs) override;
    void endChunk(std::int64_t used) override;
    bool providesChunkNoise() const override { return true; }
    at::Tensor takeChunkNoise() override;

private:
    at::Generator m_gen;
    at::Tensor m_stateBeforeChunk;  // defined while a chunk of more than one step is open
    at::Tensor m_noise;             // [steps, vocab] on the chunk's device
    std::int64_t m_nextRow = 0;
};

// Injected noise: the n-th call divides by noise(n, V) (Exp(1) values [V]).
class InjectedNoiseDrawer : public TokenDrawer {
public:
    using NoiseFn = std::function<at::Tensor(std::int64_t step, std::int64_t vocab)>;
    explicit InjectedNoiseDrawer(NoiseFn noise) : m_noise(std::move(noise)) {}
    std::int64_t draw(const at::Tensor& probs) override;

private:
    NoiseFn m_noise;
    std::int64_t m_step = 0;
};

// argmax(probs) (the lowest id among ties).
class GreedyDrawer : public TokenDrawer {
public:
    std::int64_t draw(const at::Tensor& probs) override;
};

// Teacher forcing: returns the recorded tokens in order (after checking each has non-zero
// probability); throws when they run out.
class ForcedDrawer : public TokenDrawer {
public:
    explicit ForcedDrawer(std::vector<std::int64_t> tokens) : m_tokens(std::move(tokens)) {}
    std::int64_t draw(const at::Tensor& probs) override;

private:
    std::vector<std::int64_t> m_tokens;
    std::size_t m_next = 0;
};

}  // namespace mars5
