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

at::Tensor applyRepetitionPenalty(const at::Tensor& logits, std::span<const std::int64_t> history, double freqPenalty,
                                  double presencePenalty, std::int64_t window) {
    requireLogits(logits, "repetition penalty");
    if (window <= 0) fail(ErrorKind::InvalidArgument, "repetition penalty: the window must be positive");
    const std::int64_t V = logits.size(0);
    const std::size_t keep = std::min<std::size_t>(history.size(), static_cast<std::size_t>(window));
    const auto recent = history.subspan(history.size() - keep);
    for (std::int64_t id : recent)
        if (id < 0 || id >= V)
            fail(ErrorKind::InvalidArgument, "repetition penalty: history id " + std::to_string(id) + " outside [0, " +
                                                 std::to_string(V) + ")");
    std::vector<float> counts(static_cast<std::size_t>(V), 0.0f);
    for (std::int64_t id : recent) counts[static_cast<std::size_t>(id)] += 1.0f;
    const at::Tensor c = at::from_blob(counts.data(), {V}, at::kFloat).to(logits.device());
    return logits - c * freqPenalty - c.gt(0).to(logits.scalar_type()) * presencePenalty;
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
    std::int64_t last = cumulative.lt(mass).sum().item<std::int64_t>();
    last = std::clamp<std::int64_t>(last, 0, logits.size(0) - 1);
    const at::Tensor removeSorted = sortedScores.gt(sortedScores.select(0, last));
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

at::Tensor samplerProbabilities(const at::Tensor& raw, std::span<const std::int64_t> generated, const SamplerSettings& s,
                                SamplerTrace* trace) {
    requireLogits(raw, "sampler");
    at::Tensor z = raw.to(at::kFloat);
    const std::int64_t n = static_cast<std::int64_t>(generated.size());
    const bool rep = n > 1;
    if (rep) z = applyRepetitionPenalty(z, generated, s.freqPenalty, s.presencePenalty, s.window);
    if (trace) trace->afterRepPenalty = z, trace->repPenaltyApplied = rep;
    z = maskTextIds(z, s.nText);
    if (trace) trace->afterMask1 = z;
    z = applyEarlyEosPenalty(z, n, s.nEst, s.eosDecay, s.eosFactor, s.eos);
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
