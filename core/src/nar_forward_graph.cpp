#include "nar_forward_graph.h"

#include "failure.h"

#include <ATen/ATen.h>

#include <vector>

namespace mars5 {

NarForwardGraph::NarForwardGraph(const NarModel& model, const NarConditioning& cond, bool useGraphs, const NarHeadRows& rows)
    : m_model(model), m_cond(cond), m_graphs(useGraphs, model.device()), m_rows(rows) {
    if (!cond.encoderInput.defined()) fail(ErrorKind::InvalidArgument, "MARS5 NAR: no conditioning");
}

at::Tensor NarForwardGraph::predict(const at::Tensor& x, std::int64_t t, bool withUncond) {
    if (x.dim() != 2 || x.size(1) != m_model.hyperParams().codebooks)
        fail(ErrorKind::InvalidArgument, "MARS5 NAR: the diffusion state must be [T, " +
                                             std::to_string(m_model.hyperParams().codebooks) + "]");
    if (!m_x.defined() || m_x.sizes() != x.sizes()) {
        m_x = at::empty(x.sizes(), at::TensorOptions().dtype(at::kLong).device(m_model.device()));
        m_graphs.drop("");  // a new length: the graphs read the old buffer
    }
    // The decoder adds the model's cached position table, whose address a graph keeps. Should
    // the cache have let it go and made a new one, the graphs read the old one: capture again.
    const at::Tensor positions = m_model.positionTable(x.size(0), m_model.dtype());
    if (m_positions.defined() && !positions.is_same(m_positions)) m_graphs.drop("");
    m_positions = positions;
    const at::Tensor embedding = m_model.timestepEmbeddingFor(t);
    if (!m_embedding.defined()) m_embedding = at::empty_like(embedding);
    // Queued on the current stream, no read-back: two device-to-device copies.
    m_x.copy_(x);
    m_embedding.copy_(embedding);
    return m_graphs.run(withUncond ? "guided" : "cond", [&] {
        return std::vector<at::Tensor>{m_model.forwardWithEmbedding(m_cond, m_x, m_embedding, withUncond, m_rows)};
    })[0];
}

}  // namespace mars5
