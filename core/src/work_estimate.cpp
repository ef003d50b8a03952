#include "work_estimate.h"

namespace mars5 {

double arDecodeWeightBytes(const ArHyperParams& hp, int bytesPerElement) {
    const double D = static_cast<double>(hp.dim), F = static_cast<double>(hp.hiddenDim);
    const double q = static_cast<double>(hp.nHeads * hp.headDim), kv = static_cast<double>(hp.nKvHeads * hp.headDim);
    const double perLayer = D * q + 2 * D * kv + q * D  // wq, wk, wv, wo
                            + 3 * D * F                 // w1, w3, w2
                            + 2 * D;                    // attention_norm, ffn_norm
    const double elements = static_cast<double>(hp.nLayers) * perLayer + D  // final norm
                            + static_cast<double>(hp.vocabSize()) * D       // output head
                            + D;                                            // the token's embedding row
    return elements * bytesPerElement;
}

namespace {

// 2·rows·in·out for a linear layer
double linear(double rows, double in, double out) { return 2.0 * rows * in * out; }

// scores (q·kᵀ) and the weighted sum of values: 2·2·queries·keys·d in all heads together
double attention(double queries, double keys, double d) { return 2.0 * 2.0 * queries * keys * d; }

}  // namespace

double narStepFlops(const NarHyperParams& hp, std::int64_t frames, std::int64_t filledFrames, std::int64_t conditionTokens,
                    int passes) {
    const double d = static_cast<double>(hp.dim), ff = static_cast<double>(hp.ffDim);
    const double T = static_cast<double>(frames), E = static_cast<double>(conditionTokens);
    const auto ffn = [&](double rows) { return linear(rows, d, 2 * ff) + linear(rows, ff, d); };  // [W; V], linear2
    const double encoderLayer = linear(E, d, 3 * d) + attention(E, E, d) + linear(E, d, d) + ffn(E);
    const double decoderLayer = linear(T, d, 3 * d) + attention(T, T, d) + linear(T, d, d)        // self-attention
                                + linear(T, d, d) + linear(E, d, 2 * d) + attention(T, E, d) + linear(T, d, d)  // cross
                                + ffn(T);
    // codebook 0 comes from the AR: its head is never needed
    const double heads = static_cast<double>(hp.codebooks - 1) * linear(static_cast<double>(filledFrames), d, static_cast<double>(hp.codeClasses));
    const double pass = static_cast<double>(hp.encLayers) * encoderLayer + static_cast<double>(hp.decLayers) * decoderLayer + heads;
    return passes * pass;
}

}  // namespace mars5
