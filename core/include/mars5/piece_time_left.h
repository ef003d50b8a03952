// How long a long text spoken in pieces (mars5/long_text.h) has left, as a whole: the studio
// shows "Piece 2 of 5 · ~1:20 left", `mars5-cli tts` prints "piece 2 of 5, about 1:20 left".
//
// Each stage's own estimate (the AR's tokens, the NAR's steps) says nothing of the pieces still to
// come, and a text of twenty sentences runs for many minutes on a CPU. The pieces are runs of
// one batch (mars5/batch_progress.h): the seconds per character of the pieces finished so far,
// applied to the rest of the running piece and to the characters of the pieces after it. The
// reference's encoding (reported as piece 0's) happens once, so it does not start piece 0's clock:
// the rate is the pieces' own.
#pragma once

#include "mars5/batch_progress.h"
#include "mars5/engine.h"

#include <optional>

namespace mars5 {

class PieceTimeLeft {
public:
    // One progress report at `nowSeconds` (any clock that only goes forward). Returns the seconds
    // until the last piece is done: nothing for a text spoken at once, before a piece has
    // finished (no rate yet), or when nothing is left by the estimate. `stopping`: Stop was
    // asked for, so the running piece is the last (the pieces after it will not be spoken).
    std::optional<double> update(const EngineProgress& progress, double nowSeconds, bool stopping = false);
    // A new run begins (a report of an earlier piece than the last one also starts one).
    void reset();

private:
    BatchProgress m_pieces;
    int m_piece = -1;             // the running piece, -1 before its first report
    double m_pieceSince = 0.0;
};

}  // namespace mars5
