// One piece of a take spoken in pieces (a long text, mars5/long_text.h): what was spoken, where
// it lies in the take's audio and how its run ended. The result view marks the pieces on the
// waveform, so that a warning about "piece 3 of 5" can be found and listened to. The take's
// record keeps them (run_json's "piece_list"), so that an export from the history, days later,
// still lists where each sentence lies in the file (the sidecar's run.piece_list).
#pragma once

#include "mars5/engine.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <vector>

namespace mars5::ui::takes {

struct TakePiece {
    QString text;
    quint64 seed = 0;
    qint64 startSample = 0;  // in the take's audio (after the trim and the pauses)
    qint64 samples = 0;      // 0: the trim left it silent (it was left out)
    qint64 startFrame = 0;   // in the take's codes: where a piece spoken again goes (both 0 in
    qint64 frames = 0;       // takes made before the studio kept them: those are not spoken again)
    qint64 arTokens = 0;
    QString stop;            // as mars5::toString(CoarseStop) says it: "EOS", "max length", "stopped"

    bool operator==(const TakePiece&) const = default;
};

QList<TakePiece> takePieces(const std::vector<mars5::TtsPiece>& pieces);
// Back to the engine's (a piece spoken again: mars5::ttsPieceAgain).
std::vector<mars5::TtsPiece> ttsPieces(const QList<TakePiece>& pieces);
// The seeds each piece was spoken with, when one was spoken again (so that they are not the first
// piece's + k): what a render of the take again gives the engine; empty when they are the usual.
std::vector<std::uint64_t> unusualPieceSeeds(const QList<TakePiece>& pieces);

QJsonArray takePiecesToJson(const QList<TakePiece>& pieces);
// What a record holds, each piece's span clamped to the take's `takeSamples` (a record edited by
// hand or cut short must not mark past the audio); anything that is not a list of objects: none.
QList<TakePiece> takePiecesFromJson(const QJsonValue& value, qint64 takeSamples);

}  // namespace mars5::ui::takes
