#include "sampler.h"

#include "failure.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace mars5 {

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

void requireLogits(const at::Tensor& logits, const char* what) {
    if (!logits.defined() || logits.dim() != 1 || logits.numel() == 0)
        fail(ErrorKind::InvalidArgument, std::string(what) + ": logits must be a non-empty 1-D tensor");
}

}  // namespace

namespace {

// Counts [V] of the last `window` ids of `history`, validated (the checked host path).
at::Tensor hostRepetitionCounts(std::span<const std::int64_t> history, std::int64_t window, std::int64_t V) {
    if (window <= 0) fail(ErrorKind::InvalidArgument, "repetition penalty: the window must be positive");
    const std::size_t keep = std::min<std::size_t>(history.size(), static_cast<std::size_t>(window));
    const auto recent = history.subspan(history.size() - keep);
    for (std::int64_t id : recent)
        if (id < 0 || id >= V)
            fail(ErrorKind::InvalidArgument, "repetition penalty: history id " + std::to_string(id) + " outside [0, " +
                                                 std::to_string(V) + ")");
    at::Tensor counts = at::zeros({V}, at::kFloat);
    float* c = counts.data_ptr<float>();
    for (std::int64_t id : recent) c[id] += 1.0f;
    return counts;
}

}  // namespace

at::Tensor applyRepetitionPenalty(const at::Tensor& logits, std::span<const std::int64_t> history, double freqPenalty,
                                  double presencePenalty, std::int64_t window) {
    requireLogits(logits, "repetition penalty");
    const at::Tensor c = hostRepetitionCounts(history, window, logits.size(0)).to(logits.device());
    return applyRepetitionPenaltyCounts(logits, c, freqPenalty, presencePenalty);
}

at::Tensor applyRepetitionPenaltyCounts(const at::Tensor& logits, const at::Tensor& counts, double freqPenalty,
                                        double presencePenalty) {
    requireLogits(logits, "repetition penalty");
    if (counts.sizes() != logits.sizes()) fail(ErrorKind::InvalidArgument, "repetition penalty: counts of the wrong shape");
    return logits - counts * freqPenalty - counts.gt(0).to(logits.scalar_type()) * presencePenalty;
}

at::Tensor repetitionCounts(const at::Tensor& recentIds, std::int64_t vocab) {
    const at::Tensor ids = recentIds.to(at::kLong);
    at::Tensor counts = at::zeros({vocab}, ids.options().dtype(at::kFloat));
    if (ids.numel() > 0) counts.index_add_(0, ids, at::ones({ids.numel()}, counts.options()));
    return counts;
}

at::Tensor maskTextIds(const at::Tensor& logits, std::int64_t nText) {
    requireLogits(logits, "text-id mask");
    at::Tensor out = logits.clone();
    const std::int64_t end = std::clamp<std::int64_t>(nText - 1, 0, logits.size(0));
    if (end > 0) out.narrow(0, 0, end).fill_(kNegInf);
    return out;
}

double earlyEosPenalty(std::int64_t nGenerated, std::int64_t nEst, double decay, double factor) {
    if (nGenerated > nEst) return 0.0;
    const double remaining = static_cast<double>(std::max<std::int64_t>(nEst - nGenerated, 1));
    return factor * std::pow(remaining, decay);
}

at::Tensor applyEarlyEosPenalty(const at::Tensor& logits, std::int64_t nGenerated, std::int64_t nEst, double decay,
                                double factor, std::int64_t eos) {
    requireLogits(logits, "early-EOS penalty");
    if (eos < 0 || eos >= logits.size(0)) fail(ErrorKind::InvalidArgument, "early-EOS penalty: eos id out of range");
    at::Tensor out = logits.clone();
    if (nGenerated <= nEst) out.narrow(0, eos, 1).sub_(earlyEosPenalty(nGenerated, nEst, decay, factor));
    return out;
}

at::Tensor applyTemperature(const at::Tensor& logits, double temperature) {
    requireLogits(logits, "temperature");
    if (!(temperature > 0)) fail(ErrorKind::InvalidArgument, "temperature must be > 0");
    return logits / temperature;
}

at::Tensor applyTopK(const at::Tensor& logits, std::int64_t k) {
    requireLogits(logits, "top-k");
    if (k <= 0) return logits.clone();
    const std::int64_t kk = std::min<std::int64_t>(std::max<std::int64_t>(k, 1), logits.size(0));
    const at::Tensor threshold = std::get<0>(at::topk(logits, kk)).select(0, kk - 1);
    return logits.masked_fill(logits.lt(threshold), kNegInf);
}

at::Tensor applyTopP(const at::Tensor& logits, double p) {
    requireLogits(logits, "top-p");
    if (!(p < 1.0)) return logits.clone();
    const auto [sorted, indices] = at::sort(logits, -1, /*descending=*/true);
    const at::Tensor cumulative = at::cumsum(at::softmax(sorted, -1), -1);
    const at::Tensor over = cumulative.gt(p);
    // shift right by one: position i is removed iff the mass before it already exceeds p
    at::Tensor remove = at::zeros_like(over);
    const std::int64_t V = logits.size(0);
    if (V > 1) remove.narrow(0, 1, V - 1).copy_(over.narrow(0, 0, V - 1));
    const at::Tensor removeOriginal = remove.scatter(0, indices, remove);
    return logits.masked_fill(removeOriginal, kNegInf);
}

at::Tensor applyTypicalP(const at::Tensor& logits, double mass) {
    requireLogits(logits, "typical-p");
    if (mass > 0.999) return logits.clone();
    const at::Tensor normalized = at::log_softmax(logits, -1);
    const at::Tensor p = at::exp(normalized);
    const at::Tensor entropy = -at::nansum(normalized * p, -1, true);
    const at::Tensor shifted = at::abs(-normalized - entropy);
    const auto [sortedScores, sortedIndices] = at::sort(shifted, -1, /*descending=*/false);
    const at::Tensor sortedLogits = logits.gather(-1, sortedIndices);
    const at::Tensor cumulative = at::cumsum(at::softmax(sortedLogits, -1), -1);
    // the cut-off index stays on the device (no read-back): clamp(count(cumulative < mass), 0, V-1)
    const at::Tensor last = cumulative.lt(mass).sum().clamp(0, logits.size(0) - 1).reshape({1});
    const at::Tensor removeSorted = sortedScores.gt(sortedScores.index_select(0, last));
    const at::Tensor remove = removeSorted.scatter(0, sortedIndices, removeSorted);
    return logits.masked_fill(remove, kNegInf);
}

at::Tensor probabilitiesOf(const at::Tensor& logits) {
    requireLogits(logits, "probabilities");
    return at::exp(at::log_softmax(logits, -1));
}

SamplerSettings SamplerSettings::from(const InferenceConfig& cfg, std::int64_t nText, std::int64_t eos, std::int64_t nEst) {
    SamplerSettings s;
    s.temperature = cfg.temperature;
    s.topK = cfg.top_k;
    s.topP = cfg.top_p;
    s.typicalP = cfg.typical_p;
    s.freqPenalty = cfg.freq_penalty;
    s.presencePenalty = cfg.presence_penalty;
    s.window = cfg.rep_penalty_window;
    s.eosDecay = cfg.eos_penalty_decay;
    s.eosFactor = cfg.eos_penalty_factor;
    s.nText = nText;
    s.eos = eos;
    s.nEst = nEst;
    return s;
}

namespace {

// The chain after the repetition penalty's counts are known (undefined: the penalty does not
// apply). The early-EOS penalty: from the host count n, or (eosPenalty defined) subtracted as
// the given one-element tensor.
at::Tensor samplerChain(const at::Tensor& raw, std::int64_t n, const at::Tensor& counts, const SamplerSettings& s,
                        SamplerTrace* trace, const at::Tensor& eosPenalty = {}) {
    at::Tensor z = raw.to(at::kFloat);
    const bool rep = counts.defined();
    if (rep) z = applyRepetitionPenaltyCounts(z, counts, s.freqPenalty, s.presencePenalty);
    if (trace) trace->afterRepPenalty = z, trace->repPenaltyApplied = rep;
    z = maskTextIds(z, s.nText);
    if (trace) trace->afterMask1 = z;
    if (eosPenalty.defined()) {
        if (s.eos < 0 || s.eos >= z.size(0)) fail(ErrorKind::InvalidArgument, "early-EOS penalty: eos id out of range");
        z = z.clone();
        z.narrow(0, s.eos, 1).sub_(eosPenalty);  // the float32 value the host path subtracts, or 0
    } else {
        z = applyEarlyEosPenalty(z, n, s.nEst, s.eosDecay, s.eosFactor, s.eos);
    }
    if (trace) trace->afterEosPenalty = z, trace->eosPenaltyApplied = n <= s.nEst;
    z = applyTemperature(z, s.temperature);
    if (trace) trace->afterTemperature = z;
    z = applyTopK(z, s.topK);
    if (trace) trace->afterTopK = z;
    z = applyTopP(z, s.topP);
    if (trace) trace->afterTopP = z;
    z = applyTypicalP(z, s.typicalP);
    if (trace) trace->afterTypical = z;
    z = maskTextIds(z, s.nText);
    if (trace) trace->afterMask2 = z;
    at::Tensor probs = probabilitiesOf(z);
    if (trace) trace->probs = probs;
    return probs;
}

}  // namespace

// The penalty applies from the third generated token on (n > 1), as in the reference.
at::Tensor samplerProbabilities(const at::Tensor& raw, std::span<const std::int64_t> generated, const SamplerSettings& s,
                                SamplerTrace* trace) {
    requireLogits(raw, "sampler");
    const std::int64_t n = static_cast<std::int64_t>(generated.size());
    const at::Tensor counts = n > 1 ? hostRepetitionCounts(generated, s.window, raw.size(0)).to(raw.device()) : at::Tensor();
    return samplerChain(raw, n, counts, s, trace);
}

at::Tensor samplerProbabilities(const at::Tensor& raw, const at::Tensor& generated, const SamplerSettings& s,
                                SamplerTrace* trace) {
    requireLogits(raw, "sampler");
    if (generated.dim() != 1) fail(ErrorKind::InvalidArgument, "sampler: the generated ids must be a 1-D tensor");
    if (s.window <= 0) fail(ErrorKind::InvalidArgument, "repetition penalty: the window must be positive");
    const std::int64_t n = generated.size(0);
    at::Tensor counts;
    if (n > 1) {
        const std::int64_t keep = std::min(n, s.window);
        counts = repetitionCounts(generated.narrow(0, n - keep, keep).to(raw.device()), raw.size(0));
    }
    return samplerChain(raw, n, counts, s, trace);
}

at::Tensor samplerProbabilitiesStatic(const at::Tensor& raw, const at::Tensor& counts, const at::Tensor& eosPenalty,
                                      const SamplerSettings& s) {
    requireLogits(raw, "sampler");
    if (!counts.defined() || !eosPenalty.defined() || eosPenalty.numel() != 1)
        fail(ErrorKind::InvalidArgument, "sampler: the static chain needs counts and a one-element EOS penalty");
    return samplerChain(raw, 0, counts, s, nullptr, eosPenalty);
}

std::int64_t drawWithExponentialNoise(const at::Tensor& probs, const at::Tensor& q) {
    if (probs.sizes() != q.sizes()) fail(ErrorKind::InvalidArgument, "draw: the noise must have the shape of the probabilities");
    return at::argmax(probs / q.to(probs.device(), probs.scalar_type())).item<std::int64_t>();
}

at::Tensor exponentialFromUniform(const at::Tensor& u) { return -at::log1p(-u); }

TorchGeneratorDrawer::TorchGeneratorDrawer(std::uint64_t seed) : m_gen(at::make_generator<at::CPUGeneratorImpl>(seed)) {}

std::int64_t TorchGeneratorDrawer::draw(const at::Tensor& probs) {
    // What ATen's multinomial(p, 1) does on the CPU: q ~ Exp(1) from the generator, argmax(p / q).
    const at::Tensor p = probs.to(at::kCPU);
    at::Tensor q = at::empty_like(p);
    q.exponential_(1.0, m_gen);  // takes the generator's lock itself
    return at::argmax(p / q).item<std::int64_t>();
}

void TorchGeneratorDrawer::beginChunk(std::int64_t steps, std::int64_t vocab, c10::Device device) {
    if (steps <= 0 || vocab <= 0) fail(ErrorKind::Internal, "draw chunk: steps and vocabulary must be positive");
    m_stateBeforeChunk = steps > 1 ? m_gen.get_state() : at::Tensor();
    at::Tensor noise = at::empty({steps, vocab}, at::kFloat);
    for (std::int64_t i = 0; i < steps; ++i) noise.select(0, i).exponential_(1.0, m_gen);  // row = one multinomial draw
    if (!device.is_cpu()) noise = noise.pin_memory().to(device, /*non_blocking=*/true);
    m_noise = noise;
    m_nextRow = 0;
}

at::Tensor TorchGeneratorDrawer::drawOnDevice(const at::Tensor& probs) {
    if (!m_noise.defined() || m_nextRow >= m_noise.size(0) || m_noise.size(1) != probs.size(0))
        fail(ErrorKind::Internal, "draw chunk: more draws than the chunk was opened for");
    return at::argmax(probs / m_noise.select(0, m_nextRow++));
}

at::Tensor TorchGeneratorDrawer::takeChunkNoise() {
    if (!m_noise.defined()) fail(ErrorKind::Internal, "draw chunk: no chunk is open");
    m_nextRow = m_noise.size(0);  // every row handed out; endChunk gives the unused ones back
    return m_noise;
}

void TorchGeneratorDrawer::endChunk(std::int64_t used) {
    if (used < 0 || used > m_nextRow) fail(ErrorKind::Internal, "draw chunk: more draws used than made");
    if (m_noise.defined() && used < m_noise.size(0)) {
        if (!m_stateBeforeChunk.defined()) fail(ErrorKind::Internal, "draw chunk: no generator state to rewind to");
        // give the unused rows back: rewind, then draw exactly the used rows again
        m_gen.set_state(m_stateBeforeChunk);
        at::Tensor row = at::empty({m_noise.size(1)}, at::kFloat);
        for (std::int64_t i = 0; i < used; ++i) row.exponential_(1.0, m_gen);
    }
    m_noise = at::Tensor();
    m_stateBeforeChunk = at::Tensor();
    m_nextRow = 0;
}

at::Tensor TokenDrawer::drawOnDevice(const at::Tensor& probs) {
    return at::scalar_tensor(draw(probs), at::TensorOptions().dtype(at::kLong)).to(probs.device());
}

std::int64_t InjectedNoiseDrawer::draw(const at::Tensor& probs) {
    const at::Tensor q = m_noise(m_step++, probs.size(0));
    return drawWithExponentialNoise(probs, q);
}

std::int64_t GreedyDrawer::draw(const at::Tensor& probs) { return at::argmax(probs).item<std::int64_t>(); }

std::int64_t ForcedDrawer::draw(const at::Tensor& probs) {
    if (m_next >= m_tokens.size()) fail(ErrorKind::InvalidArgument, "teacher forcing: no recorded token left");
    const std::int64_t t = m_tokens[m_next++];
    if (t < 0 || t >= probs.size(0) || !(probs[t].item<double>() > 0))
        fail(ErrorKind::InvalidArgument, "teacher forcing: the recorded token " + std::to_string(t) +
                                             " has zero probability at step " + std::to_string(m_next - 1));
    return t;
}

}  // namespace mars5
