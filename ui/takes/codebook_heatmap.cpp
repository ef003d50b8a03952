#include "takes/codebook_heatmap.h"

#include <algorithm>

namespace mars5::ui::takes {

void CodebookHeatmapModel::setCodes(mars5::CodecCodes finalCodes, std::int64_t referenceFrames,
                                    std::vector<mars5::CodecCodes> snapshots, std::vector<std::int64_t> snapshotT) {
    m_final = std::move(finalCodes);
    m_referenceFrames = std::clamp<std::int64_t>(referenceFrames, 0, m_final.numFrames);
    m_snapshots.clear();
    // Only snapshots shaped like the final codes can be compared with them.
    for (auto& s : snapshots)
        if (s.numCodebooks == m_final.numCodebooks && s.numFrames == m_final.numFrames) m_snapshots.push_back(std::move(s));
    m_snapshotT = std::move(snapshotT);
    m_step = snapshotCount();
}

std::int64_t CodebookHeatmapModel::stepT(int step) const {
    if (step < 0 || step >= snapshotCount() || step >= static_cast<int>(m_snapshotT.size())) return -1;
    return m_snapshotT[static_cast<std::size_t>(step)];
}

void CodebookHeatmapModel::setStep(int step) { m_step = std::clamp(step, 0, snapshotCount()); }

const mars5::CodecCodes& CodebookHeatmapModel::shown() const {
    return showingFinal() ? m_final : m_snapshots[static_cast<std::size_t>(m_step)];
}

std::int64_t CodebookHeatmapModel::differencesFromFinal() const {
    if (showingFinal()) return 0;
    const auto& a = shown().values;
    std::int64_t n = 0;
    for (std::size_t i = 0; i < a.size() && i < m_final.values.size(); ++i) n += a[i] != m_final.values[i];
    return n;
}

}  // namespace mars5::ui::takes
