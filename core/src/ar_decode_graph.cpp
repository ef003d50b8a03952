#include "ar_decode_graph.h"

#include "failure.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace mars5 {

ArStaticDecoder::ArStaticDecoder(const ArModel& model, KvCache& cache, StaticDecodeMode mode, std::int64_t minSpan)
    : m_model(model), m_cache(cache), m_minSpan(minSpan), m_graphs(mode == StaticDecodeMode::CudaGraph, model.device()) {
    if (!cache.allocated()) fail(ErrorKind::Internal, "AR static decoder: the KV cache is not allocated");
    if (minSpan < 1) fail(ErrorKind::Internal, "AR static decoder: the minimum span must be positive");
    const auto longOpts = at::TensorOptions().dtype(at::kLong).device(model.device());
    m_token = at::zeros({1}, longOpts);
    m_position = at::zeros({1}, longOpts);
    m_generated = at::zeros({1}, longOpts);
    m_noiseRow = at::zeros({1}, longOpts);
    m_eosPenalty = at::zeros({1}, at::TensorOptions().dtype(at::kFloat).device(model.device()));
}

ArStaticDecoder::~ArStaticDecoder() = default;

bool ArStaticDecoder::graphsAvailable(c10::Device device) { return CudaGraphCache::available(device); }

std::int64_t ArStaticDecoder::spanFor(std::int64_t filled, std::int64_t capacity, std::int64_t minSpan) {
    std::int64_t span = std::max<std::int64_t>(minSpan, 1);
    while (span < filled && span < capacity) span *= 2;
    return std::min(span, capacity);
}

void ArStaticDecoder::checkPosition(std::int64_t position) const {
    if (position != m_cache.positions())
        fail(ErrorKind::Internal, "AR decode: position " + std::to_string(position) + " does not follow the cache (" +
                                      std::to_string(m_cache.positions()) + " positions)");
}

at::Tensor ArStaticDecoder::step(const at::Tensor& token, std::int64_t position) {
    if (token.numel() != 1) fail(ErrorKind::InvalidArgument, "AR decode: one token per step");
    checkPosition(position);
    const std::int64_t span = spanFor(std::min(position + 1, m_cache.capacity()), m_cache.capacity(), m_minSpan);
    // Queued on the current stream, no read-back: a device-to-device copy and a fill.
    if (!token.is_same(m_token)) m_token.copy_(token.reshape({1}));
    m_position.fill_(position);
    const at::Tensor logits = m_graphs.run("step " + std::to_string(span), [&] {
        return std::vector<at::Tensor>{m_model.decodeStepStatic(m_token, m_position, span, m_cache)};
    })[0];
    m_cache.markWritten(position + 1);
    return logits;
}

at::Tensor ArStaticDecoder::drawnIds(std::int64_t size) {
    if (size < 1) fail(ErrorKind::Internal, "AR static decoder: the drawn-id buffer needs a positive size");
    if (!m_drawn.defined() || m_drawn.size(0) < size) {
        at::Tensor grown = at::zeros({size}, m_token.options());
        if (m_drawn.defined()) grown.narrow(0, 0, m_drawn.size(0)).copy_(m_drawn);
        m_drawn = grown;
        m_graphs.drop("draw ");
    }
    return m_drawn;
}

void ArStaticDecoder::loadNoise(const at::Tensor& rows) {
    if (rows.dim() != 2 || rows.size(0) < 1) fail(ErrorKind::Internal, "AR static decoder: noise rows must be [k, V]");
    if (!m_noise.defined() || m_noise.size(0) < rows.size(0) || m_noise.size(1) != rows.size(1)) {
        m_noise = at::ones({std::max<std::int64_t>(rows.size(0), 8), rows.size(1)},
                           at::TensorOptions().dtype(at::kFloat).device(m_model.device()));
        m_graphs.drop("draw ");
    }
    m_noise.narrow(0, 0, rows.size(0)).copy_(rows);
}

namespace {

// The sampler settings a whole-step graph has as constants, as text (its key).
std::string settingsKey(const SamplerSettings& s, bool maskEos) {
    char buf[320];
    std::snprintf(buf, sizeof buf, "%a %lld %a %a %a %a %lld %lld %lld %d", s.temperature, static_cast<long long>(s.topK),
                  s.topP, s.typicalP, s.freqPenalty, s.presencePenalty, static_cast<long long>(s.window),
                  static_cast<long long>(s.nText), static_cast<long long>(s.eos), maskEos ? 1 : 0);
    return buf;
}

}  // namespace

at::Tensor ArStaticDecoder::wholeStep(std::int64_t span, const SamplerSettings& s, bool maskEos) {
    at::Tensor logits = m_model.decodeStepStatic(m_token, m_position, span, m_cache);
    if (maskEos) logits.narrow(0, s.eos, 1).fill_(-std::numeric_limits<double>::infinity());
    // The repetition window: slots generated - W .. generated - 1 of the drawn ids, the negative
    // ones (early in the run) weighted 0, and all of them 0 before the third id (the reference
    // applies the penalty from n > 1 on). Counts are sums of ones: exact in any order.
    const at::Tensor slots = m_generated - s.window + at::arange(s.window, m_generated.options());
    const at::Tensor weights = slots.ge(0).logical_and(m_generated.gt(1)).to(at::kFloat);
    const at::Tensor counts = at::zeros({logits.size(0)}, weights.options())
                                  .index_add_(0, m_drawn.index_select(0, slots.clamp_min(0)), weights);
    const at::Tensor probs = samplerProbabilitiesStatic(logits, counts, m_eosPenalty, s);
    const at::Tensor id = at::argmax(probs / m_noise.index_select(0, m_noiseRow).squeeze(0)).reshape({1});
    m_drawn.index_copy_(0, m_generated, id);
    m_token.copy_(id);
    return probs;
}

at::Tensor ArStaticDecoder::stepAndDraw(const at::Tensor& token, std::int64_t position, std::int64_t generated,
                                        double eosPenalty, std::int64_t noiseRow, const SamplerSettings& s, bool maskEos) {
    if (token.numel() != 1) fail(ErrorKind::InvalidArgument, "AR decode: one token per step");
    checkPosition(position);
    if (!m_drawn.defined() || generated < 1 || generated >= m_drawn.size(0))
        fail(ErrorKind::Internal, "AR static decoder: generated count " + std::to_string(generated) + " outside the drawn-id buffer");
    if (!m_noise.defined() || noiseRow < 0 || noiseRow >= m_noise.size(0))
        fail(ErrorKind::Internal, "AR static decoder: noise row " + std::to_string(noiseRow) + " not loaded");
    if (s.window <= 0 || s.eos < 0 || s.eos >= m_model.hp().vocabSize())
        fail(ErrorKind::InvalidArgument, "AR static decoder: sampler window or EOS id out of range");
    const std::int64_t span = spanFor(std::min(position + 1, m_cache.capacity()), m_cache.capacity(), m_minSpan);
    if (!token.is_same(m_token)) m_token.copy_(token.reshape({1}));
    m_position.fill_(position);
    m_generated.fill_(generated);
    m_eosPenalty.fill_(eosPenalty);
    m_noiseRow.fill_(noiseRow);
    // the whole step keeps its draw in m_token: the capture's warm-up must give the input back
    const at::Tensor probs = m_graphs.run("draw " + std::to_string(span) + " " + settingsKey(s, maskEos), [&] {
        return std::vector<at::Tensor>{wholeStep(span, s, maskEos)};
    }, {m_token})[0];
    m_cache.markWritten(position + 1);
    return probs;
}

}  // namespace mars5
