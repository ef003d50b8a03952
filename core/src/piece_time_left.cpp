#include "mars5/piece_time_left.h"

namespace mars5 {

void PieceTimeLeft::reset() {
    m_pieces = BatchProgress{};
    m_piece = -1;
    m_pieceSince = 0.0;
}

std::optional<double> PieceTimeLeft::update(const EngineProgress& progress, double nowSeconds, bool stopping) {
    if (progress.pieces <= 1) return std::nullopt;
    if (progress.piece < m_piece) reset();  // a new run's first piece
    if (progress.piece != m_piece && progress.stage != EngineStage::EncodeReference) {
        // A piece starts: the one before it (if any) ended now and gives the rate its time.
        if (m_piece >= 0) m_pieces.finished(BatchProgress::Ending::Made, nowSeconds - m_pieceSince, false);
        m_pieces.started(progress.pieceChars, nowSeconds);
        m_piece = progress.piece;
        m_pieceSince = nowSeconds;
    }
    if (m_piece < 0) return std::nullopt;
    return m_pieces.secondsLeft(stopping ? 0 : progress.laterChars, nowSeconds);
}

}  // namespace mars5
