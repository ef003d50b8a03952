// The data behind the codebook heatmap: a take's 8 x T codes (the diffusion output, so in
// deep clone the reference's frames come first and are marked) and the diffusion snapshots
// a slider scrubs through. Step index snapshotCount() is the final result; 0..count-1 are
// the kept steps in the order the diffusion ran them (t falling).
#pragma once

#include "mars5/codec.h"

#include <cstdint>
#include <vector>

namespace mars5::ui::takes {

class CodebookHeatmapModel {
public:
    void setCodes(mars5::CodecCodes finalCodes, std::int64_t referenceFrames,
                  std::vector<mars5::CodecCodes> snapshots = {}, std::vector<std::int64_t> snapshotT = {});

    int codebooks() const { return m_final.numCodebooks; }
    std::int64_t frames() const { return m_final.numFrames; }
    std::int64_t referenceFrames() const { return m_referenceFrames; }
    int snapshotCount() const { return static_cast<int>(m_snapshots.size()); }
    int stepCount() const { return snapshotCount() + 1; }  // the snapshots and the final codes
    // The diffusion time of a step (-1 for the final codes, or when unknown).
    std::int64_t stepT(int step) const;

    void setStep(int step);  // clamped to [0, snapshotCount()]
    int step() const { return m_step; }
    bool showingFinal() const { return m_step >= snapshotCount(); }
    const mars5::CodecCodes& shown() const;

    // The code of codebook q at frame t in the shown step.
    std::int64_t value(int q, std::int64_t t) const { return shown().value(q, t); }
    // Codes in the shown step that differ from the final result (0 when showing it).
    std::int64_t differencesFromFinal() const;

private:
    mars5::CodecCodes m_final;
    std::vector<mars5::CodecCodes> m_snapshots;
    std::vector<std::int64_t> m_snapshotT;
    std::int64_t m_referenceFrames = 0;
    int m_step = 0;
};

}  // namespace mars5::ui::takes
