// A text of any length spoken in one voice: the pipeline for texts longer than a piece.
//
// With InferenceConfig::piece_chars at 0 (the default), or a text that fits in one piece, this is
// Mars5Engine::tts, result for result. Otherwise the text is cut with splitIntoPieces
// (mars5/text_pieces.h) and each piece is a run of its own on one prepared voice (the reference
// is encoded once), deep or shallow as the config says, each conditioned on the user's reference
// rather than on the piece before, so a bad piece does not carry into the next (spec §9). The
// pieces' trimmed audio is joined with piece_pause seconds of silence, each piece faded in and
// out over 5 ms so that no cut clicks.
//
// Seeds: the first piece runs with config.seed (or a fresh one), piece k with that seed + k, so
// the take's one seed repeats the whole text. Stop keeps: the piece running ends its AR, is
// refined and vocoded, and the pieces after it are not spoken (a Stop that leaves a piece nothing
// to refine keeps the pieces before it). Cancel discards them all.
// Progress reports carry the piece (EngineProgress::piece of pieces) and the characters of it and
// of the pieces after it, for the whole text's time left (mars5/piece_time_left.h).
#pragma once

#include "mars5/engine.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mars5 {

// On an error, *failedPiece (when given) is the index of the piece whose run failed, or -1 when
// the failure was not a piece's (the settings, the reference's encoding, a text spoken at once).
// `pieceSeeds`, when given, are the pieces' seeds in order (a take one of whose pieces was spoken
// again, rendered again); pieces past its end take the first piece's seed + k as usual, and a
// text spoken at once (one piece) takes the first.
Result<TtsResult> ttsLongText(Mars5Engine& engine, const std::string& text, const AudioBuffer& reference,
                              std::optional<std::string> transcript, const InferenceConfig& config,
                              const ProgressCallback& progress = {}, RunControl* control = nullptr,
                              const RefineOptions& refineOptions = {}, int* failedPiece = nullptr,
                              const std::vector<std::uint64_t>& pieceSeeds = {});
// The same from a prepared voice (Mars5Engine::prepareVoice).
Result<TtsResult> ttsLongText(Mars5Engine& engine, const std::string& text, const VoicePrompt& voice, const InferenceConfig& config,
                              const ProgressCallback& progress = {}, RunControl* control = nullptr,
                              const RefineOptions& refineOptions = {}, int* failedPiece = nullptr,
                              const std::vector<std::uint64_t>& pieceSeeds = {});

// One piece of a take spoken in pieces, spoken again: a voice designer hears one bad sentence in
// a long take and wants that sentence again, not the whole text. Piece `piece` (from 0) of
// `take` (a ttsLongText result with pieces) is run alone, its text on the voice with `config`
// (its seed the new run's: -1 draws one), and put in the old piece's place: the other pieces'
// audio, codes and seeds are the take's, untouched. `pieceCount` is how many pieces the text was
// cut into (more than take.pieces after a Stop), for the notices' "piece 3 of 5". Progress
// reports name the piece. Stop keeps the piece as far as it got; Cancel returns an error and
// nothing else. The result's timings are the piece's run: what speaking it again cost.
Result<TtsResult> ttsPieceAgain(Mars5Engine& engine, const TtsResult& take, int piece, int pieceCount, const AudioBuffer& reference,
                                std::optional<std::string> transcript, const InferenceConfig& config,
                                const ProgressCallback& progress = {}, RunControl* control = nullptr,
                                const RefineOptions& refineOptions = {});

// `take` with piece `piece` replaced by `run`, a tts() run of that piece's text (what
// ttsPieceAgain returns): the audio cut at the piece's span and the run's trimmed audio faded in
// its place (a piece that was or becomes silent adds or drops its pause), its frames spliced into
// the codes and L0 row, the pieces after it moved, its own notices in place of the old piece's.
// Refused, with the take untouched, when the piece is not the take's or the take's audio and
// codes do not match its pieces (a take made before the pieces' frames were kept).
Result<TtsResult> replacePiece(const TtsResult& take, int piece, int pieceCount, TtsResult run, double pauseSeconds);

// Piece k's seed when the first piece's is `first`: first + k, wrapped within the 53 bits a seed
// has (InferenceConfig::seed is a JSON number). pieceSeed(s, 0) is s brought within them.
constexpr std::uint64_t pieceSeed(std::uint64_t first, std::size_t k) {
    return (first + static_cast<std::uint64_t>(k)) & ((std::uint64_t{1} << 53) - 1);
}

// The pieces a text is spoken in under `config` (one, the text itself, when it is not cut).
std::vector<std::string> spokenPieces(const std::string& text, const InferenceConfig& config);

// The pieces' results as one (what ttsLongText returns): the audio joined with `pauseSeconds`
// of silence, ids and codes one after another, timings added up. `texts` are the text's pieces,
// results[k] piece k's run (fewer when a Stop left pieces unspoken). A piece the trim left silent
// adds no pause and a warning. A piece's own warnings (its AR's and NAR's) name the piece
// (Notice::piece); those that come with every piece (the voice's) are said once.
TtsResult joinPieces(std::vector<TtsResult> results, const std::vector<std::string>& texts, double pauseSeconds);

}  // namespace mars5
