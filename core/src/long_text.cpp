#include "mars5/long_text.h"

#include "mars5/text_pieces.h"

#include "error_notices.h"
#include "run_notices.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

namespace mars5 {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// A text spoken at once is its one piece: a given first seed is its seed.
InferenceConfig firstPieceSeed(InferenceConfig config, const std::vector<std::uint64_t>& pieceSeeds) {
    if (!pieceSeeds.empty()) config.seed = static_cast<std::int64_t>(pieceSeed(pieceSeeds.front(), 0));
    return config;
}

// Each piece's characters (pieceCharacters), counted once for every piece's reports.
std::vector<std::int64_t> characterCounts(const std::vector<std::string>& pieces) {
    std::vector<std::int64_t> counts;
    counts.reserve(pieces.size());
    for (const std::string& piece : pieces) counts.push_back(static_cast<std::int64_t>(pieceCharacters(piece)));
    return counts;
}

// Piece k's reports: its place among the pieces and the characters of it and of those after it.
ProgressCallback forPiece(const ProgressCallback& progress, const std::vector<std::int64_t>& characters, int piece) {
    if (!progress) return {};
    const auto k = static_cast<std::size_t>(piece);
    std::int64_t later = 0;
    for (std::size_t j = k + 1; j < characters.size(); ++j) later += characters[j];
    return [progress, piece, n = static_cast<int>(characters.size()), chars = characters[k], later](const EngineProgress& p) {
        EngineProgress q = p;
        q.piece = piece;
        q.pieces = n;
        q.pieceChars = chars;
        q.laterChars = later;
        progress(q);
    };
}

// Where a piece's audio goes in a take spoken in pieces (joinPieces, and replacePiece when it
// lays a take out again): after a pause when speech came before it; a silent piece adds none and
// sits at the end of that speech. Appends the pause and returns the piece's first sample; the
// caller appends the piece's audio.
std::int64_t placePiece(std::vector<float>& take, bool speaks, std::size_t pauseSamples) {
    if (speaks && !take.empty()) take.insert(take.end(), pauseSamples, 0.0f);  // only speech and its pauses are there
    return static_cast<std::int64_t>(take.size());
}

// A piece's start and end ramp over `fadeSamples` (at most half the piece), so that the cut of
// the trim and the silence after it do not click.
void appendFaded(std::vector<float>& out, const std::vector<float>& piece, std::size_t fadeSamples) {
    const std::size_t n = piece.size();
    const std::size_t fade = std::min(fadeSamples, n / 2);
    const std::size_t first = out.size();
    out.insert(out.end(), piece.begin(), piece.end());
    for (std::size_t i = 0; i < fade; ++i) {
        const float g = static_cast<float>(i + 1) / static_cast<float>(fade + 1);
        out[first + i] *= g;
        out[first + n - 1 - i] *= g;
    }
}

void appendCodes(CodecCodes& joined, const CodecCodes& piece) {
    if (piece.numFrames == 0) return;
    if (joined.numFrames == 0) {
        joined = piece;
        return;
    }
    if (piece.numCodebooks != joined.numCodebooks) return;  // never: every piece has the NAR's 8
    // Row-major [codebook][frame]: each codebook's row grows by the piece's frames.
    std::vector<std::int64_t> values;
    values.reserve(joined.values.size() + piece.values.size());
    for (int q = 0; q < joined.numCodebooks; ++q) {
        const auto a = joined.values.begin() + q * joined.numFrames;
        values.insert(values.end(), a, a + joined.numFrames);
        const auto b = piece.values.begin() + q * piece.numFrames;
        values.insert(values.end(), b, b + piece.numFrames);
    }
    joined.values = std::move(values);
    joined.numFrames += piece.numFrames;
}

CoarseStop worse(CoarseStop a, CoarseStop b) {
    // A stop says the most (the user ended the run), then a length budget reached.
    for (CoarseStop s : {CoarseStop::Stopped, CoarseStop::MaxLength, CoarseStop::ForcedLength})
        if (a == s || b == s) return s;
    return CoarseStop::Eos;
}

}  // namespace

std::vector<std::string> spokenPieces(const std::string& text, const InferenceConfig& config) {
    if (config.piece_chars <= 0 || pieceCharacters(text) <= static_cast<std::size_t>(config.piece_chars)) return {text};
    std::vector<std::string> pieces = splitIntoPieces(text, static_cast<std::size_t>(config.piece_chars));
    if (pieces.empty()) return {text};
    return pieces;
}

TtsResult joinPieces(std::vector<TtsResult> results, const std::vector<std::string>& texts, double pauseSeconds) {
    TtsResult out;
    if (results.empty()) return out;
    const int rate = results.front().audio.sampleRate;
    const auto pause = static_cast<std::size_t>(std::llround(std::max(0.0, pauseSeconds) * rate));
    const auto fade = static_cast<std::size_t>(rate / 200);  // 5 ms
    const std::size_t pieces = std::max(results.size(), texts.size());  // Stop may leave pieces unspoken

    // The first piece's prompt and settings stand for the run's (its seed is the take's seed).
    out.coarse = results.front().coarse;
    out.coarse.generatedIds.clear();
    out.coarse.l0Codes.clear();
    out.coarse.stepStats.clear();
    out.coarse.warnings.clear();
    out.coarse.expectedTokens = out.coarse.steps = out.coarse.readBacks = out.coarse.cudaGraphsCaptured = 0;
    out.coarse.firstTokenSeconds = out.coarse.decodeSeconds = 0;
    out.refined.stepsRun = results.front().refined.stepsRun;
    out.refined.referenceRoute = results.front().refined.referenceRoute;
    out.refined.forwardSeconds = -1;
    out.voiceFromCache = results.front().voiceFromCache;
    out.audio.sampleRate = rate;

    std::set<std::string> said;  // the voice's warnings come with every piece: say each once
    // The pad-class codes each piece's vocoder replaced: one count for the take, not one per piece.
    const std::set<std::string> padPatterns{padCodesReplacedNotice(1).pattern, padCodesReplacedNotice(2).pattern};
    const std::string graphCapturePattern = graphCaptureFailedNotice({}).pattern;
    std::int64_t padCodesReplaced = 0;
    for (std::size_t k = 0; k < results.size(); ++k) {
        TtsResult& r = results[k];
        const ArResult& c = r.coarse;
        out.coarse.generatedIds.insert(out.coarse.generatedIds.end(), c.generatedIds.begin(), c.generatedIds.end());
        // In deep clone a piece's L0 codes start with the reference's frames, which its final
        // codes drop: the take's L0 row keeps each piece's new frames, in step with its codes.
        const auto newFrames = static_cast<std::size_t>(r.refined.codes.numFrames);  // > 0: tts() refuses none
        const std::size_t drop = c.l0Codes.size() > newFrames ? c.l0Codes.size() - newFrames : 0;
        out.coarse.l0Codes.insert(out.coarse.l0Codes.end(), c.l0Codes.begin() + static_cast<std::ptrdiff_t>(drop), c.l0Codes.end());
        out.coarse.stepStats.insert(out.coarse.stepStats.end(), c.stepStats.begin(), c.stepStats.end());
        out.coarse.expectedTokens += c.expectedTokens;
        out.coarse.steps += c.steps;
        out.coarse.readBacks += c.readBacks;
        out.coarse.cudaGraphsCaptured += c.cudaGraphsCaptured;
        out.coarse.firstTokenSeconds += c.firstTokenSeconds;
        out.coarse.decodeSeconds += c.decodeSeconds;
        out.coarse.stop = k == 0 ? c.stop : worse(out.coarse.stop, c.stop);

        appendCodes(out.refined.codes, r.refined.codes);
        out.refined.modelFrames = std::max(out.refined.modelFrames, r.refined.modelFrames);
        out.refined.padClassCodes += r.refined.padClassCodes;
        out.refined.cudaGraphsCaptured += r.refined.cudaGraphsCaptured;
        if (r.refined.forwardSeconds >= 0) out.refined.forwardSeconds = std::max(0.0, out.refined.forwardSeconds) + r.refined.forwardSeconds;

        // A piece the trim left silent adds no pause: the pieces around it keep one between them.
        const bool silent = r.audio.samples.empty();
        if (silent) out.warnings.push_back(silentPieceNotice(static_cast<std::int64_t>(k) + 1, static_cast<std::int64_t>(pieces)));
        TtsPiece piece;
        piece.text = k < texts.size() ? texts[k] : std::string();
        piece.seed = c.seed;
        piece.startSample = placePiece(out.audio.samples, !silent, pause);
        piece.samples = static_cast<std::int64_t>(r.audio.samples.size());
        piece.frames = r.refined.codes.numFrames;
        piece.startFrame = out.refined.codes.numFrames - piece.frames;  // its codes are appended above
        piece.arTokens = static_cast<std::int64_t>(c.generatedIds.size());
        piece.stop = c.stop;
        out.pieces.push_back(std::move(piece));
        appendFaded(out.audio.samples, r.audio.samples, fade);
        out.untrimmedSamples += r.untrimmedSamples + (k > 0 && !silent ? static_cast<std::int64_t>(pause) : 0);

        out.timings.coarseSeconds += r.timings.coarseSeconds;
        out.timings.refineSeconds += r.timings.refineSeconds;
        out.timings.vocodeSeconds += r.timings.vocodeSeconds;
        out.timings.trimSeconds += r.timings.trimSeconds;
        out.timings.totalSeconds += r.timings.totalSeconds;
        // The piece's own warnings (its AR's and NAR's: "reached the length budget") name it, so
        // that the user knows which sentence to listen to; a failed CUDA graph capture is the
        // device's, said once like the voice's.
        std::set<std::string> own;
        const std::vector<Notice>& narWarnings = r.refined.warnings;
        for (const std::vector<Notice>* list : {&c.warnings, &narWarnings})
            for (const Notice& n : *list)
                if (n.pattern != graphCapturePattern) own.insert(n.text());
        for (Notice& n : r.warnings) {
            if (padPatterns.count(n.pattern)) {
                padCodesReplaced += r.refined.padClassCodes;
                continue;
            }
            if (pieces > 1 && own.count(n.text())) {
                n.piece = static_cast<std::int64_t>(k) + 1;
                n.pieces = static_cast<std::int64_t>(pieces);
            }
            if (said.insert(n.text()).second) out.warnings.push_back(std::move(n));
        }
    }
    if (padCodesReplaced > 0) out.warnings.push_back(padCodesReplacedNotice(padCodesReplaced));
    // Without the reference's frames or a single diffusion: what the take's views show.
    out.refined.fullCodes = out.refined.codes;
    return out;
}

namespace {

// The pieces (two or more) spoken on one voice and joined; *failedPiece names the piece whose run
// failed.
Result<TtsResult> speakPieces(Mars5Engine& engine, const std::vector<std::string>& pieces, const VoicePrompt& voice,
                              const InferenceConfig& config, const ProgressCallback& progress, RunControl* control,
                              const RefineOptions& refineOptions, int* failedPiece, const std::vector<std::uint64_t>& pieceSeeds) {
    const auto t0 = Clock::now();
    const int n = static_cast<int>(pieces.size());
    // The joined take has no one diffusion to watch: no snapshots.
    RefineOptions pieceRefine = refineOptions;
    pieceRefine.keepSnapshots = false;
    std::vector<TtsResult> results;
    const std::vector<std::int64_t> characters = characterCounts(pieces);
    InferenceConfig pieceConfig = config;
    bool stopped = false;
    for (int k = 0; k < n && !stopped; ++k) {
        if (k > 0) {
            // Stop during the last piece's diffusion or vocoding: that piece is kept, no more start.
            if (control && control->stopRequested()) {
                stopped = true;
                break;
            }
            pieceConfig.seed = static_cast<std::int64_t>(pieceSeed(results.front().coarse.seed, static_cast<std::size_t>(k)));
        }
        if (static_cast<std::size_t>(k) < pieceSeeds.size())
            pieceConfig.seed = static_cast<std::int64_t>(pieceSeed(pieceSeeds[static_cast<std::size_t>(k)], 0));
        Result<TtsResult> r = engine.tts(pieces[static_cast<std::size_t>(k)], voice, pieceConfig, forPiece(progress, characters, k), control,
                                         pieceRefine);
        if (!r) {
            // A Stop that came as this piece began can leave it nothing to refine: the pieces
            // spoken before it are kept, as Stop promises.
            if (r.error().kind != ErrorKind::Cancelled && control && control->stopRequested() && !results.empty()) {
                stopped = true;
                break;
            }
            if (failedPiece) *failedPiece = k;
            return r.error();
        }
        stopped = r->coarse.stop == CoarseStop::Stopped;
        results.push_back(std::move(*r));
    }
    TtsResult joined = joinPieces(std::move(results), pieces, config.piece_pause);
    if (stopped) joined.coarse.stop = CoarseStop::Stopped;
    joined.timings.totalSeconds = secondsSince(t0);
    return joined;
}

}  // namespace

Result<TtsResult> ttsLongText(Mars5Engine& engine, const std::string& text, const VoicePrompt& voice, const InferenceConfig& config,
                              const ProgressCallback& progress, RunControl* control, const RefineOptions& refineOptions,
                              int* failedPiece, const std::vector<std::uint64_t>& pieceSeeds) {
    if (failedPiece) *failedPiece = -1;
    const std::vector<std::string> pieces = spokenPieces(text, config);
    if (pieces.size() <= 1) return engine.tts(text, voice, firstPieceSeed(config, pieceSeeds), progress, control, refineOptions);
    if (const std::string err = config.validate(); !err.empty()) return Error{ErrorKind::InvalidArgument, err};
    return speakPieces(engine, pieces, voice, config, progress, control, refineOptions, failedPiece, pieceSeeds);
}

Result<TtsResult> ttsLongText(Mars5Engine& engine, const std::string& text, const AudioBuffer& reference,
                              std::optional<std::string> transcript, const InferenceConfig& config,
                              const ProgressCallback& progress, RunControl* control, const RefineOptions& refineOptions,
                              int* failedPiece, const std::vector<std::uint64_t>& pieceSeeds) {
    if (failedPiece) *failedPiece = -1;
    const std::vector<std::string> pieces = spokenPieces(text, config);
    if (pieces.size() <= 1)
        return engine.tts(text, reference, std::move(transcript), firstPieceSeed(config, pieceSeeds), progress, control, refineOptions);

    // tts()'s cheap checks, before the reference is encoded.
    if (const std::string err = config.validate(); !err.empty()) return Error{ErrorKind::InvalidArgument, err};
    if (config.deep_clone && !transcript) return Error::said(ErrorKind::InvalidArgument, deepCloneNeedsTranscriptNotice());
    if (control && control->cancelRequested()) return Error{ErrorKind::Cancelled, "synthesis cancelled"};

    const auto t0 = Clock::now();
    Result<VoicePrompt> voice =
        engine.prepareVoice(reference, std::move(transcript), config.ref_audio_pad, config.max_prompt_dur,
                            forPiece(progress, characterCounts(pieces), 0));
    if (!voice) return voice.error();
    const double encodeSeconds = secondsSince(t0);
    Result<TtsResult> joined = speakPieces(engine, pieces, *voice, config, progress, control, refineOptions, failedPiece, pieceSeeds);
    if (!joined) return joined;
    joined->timings.encodeSeconds = encodeSeconds;
    joined->timings.totalSeconds += encodeSeconds;
    return joined;
}

namespace {

Error pieceRefusal(const std::string& why) { return Error{ErrorKind::InvalidArgument, "cannot speak the piece again: " + why}; }

// The take's pieces against its audio and codes: each piece's frames follow the one before, they
// add up to the codes (and the L0 row), and each span lies in the audio in order.
std::string takeMismatch(const TtsResult& take) {
    std::int64_t frames = 0;
    std::int64_t sampleEnd = 0;
    const auto audioSamples = static_cast<std::int64_t>(take.audio.samples.size());
    for (const TtsPiece& p : take.pieces) {
        if (p.startFrame != frames || p.frames < 0) return "the take's pieces do not say where their codes lie (a take made before they were kept)";
        frames += p.frames;
        if (p.startSample < sampleEnd || p.samples < 0 || p.startSample + p.samples > audioSamples)
            return "the take's pieces do not match its audio";
        sampleEnd = p.startSample + p.samples;
    }
    if (frames != take.refined.codes.numFrames) return "the take's pieces do not say where their codes lie (a take made before they were kept)";
    if (static_cast<std::int64_t>(take.coarse.l0Codes.size()) != frames) return "the take's L0 codes do not match its codes";
    const CodecCodes& codes = take.refined.codes;
    if (codes.numCodebooks < 0 || static_cast<std::int64_t>(codes.values.size()) != codes.numCodebooks * codes.numFrames)
        return "the take's codes are not as many as their shape says";
    return {};
}

// `codes` with frames [start, start + count) replaced by `piece`'s (row-major [codebook][frame]).
CodecCodes spliceCodes(const CodecCodes& codes, std::int64_t start, std::int64_t count, const CodecCodes& piece) {
    CodecCodes out;
    out.numCodebooks = codes.numCodebooks;
    out.numFrames = codes.numFrames - count + piece.numFrames;
    out.values.reserve(static_cast<std::size_t>(out.numCodebooks * out.numFrames));
    for (int q = 0; q < codes.numCodebooks; ++q) {
        const auto row = codes.values.begin() + q * codes.numFrames;
        out.values.insert(out.values.end(), row, row + start);
        const auto p = piece.values.begin() + q * piece.numFrames;
        out.values.insert(out.values.end(), p, p + piece.numFrames);
        out.values.insert(out.values.end(), row + start + count, row + codes.numFrames);
    }
    return out;
}

template <typename T>
std::vector<T> spliced(const std::vector<T>& v, std::size_t start, std::size_t count, const std::vector<T>& insert) {
    std::vector<T> out;
    out.reserve(v.size() - count + insert.size());
    out.insert(out.end(), v.begin(), v.begin() + static_cast<std::ptrdiff_t>(start));
    out.insert(out.end(), insert.begin(), insert.end());
    out.insert(out.end(), v.begin() + static_cast<std::ptrdiff_t>(start + count), v.end());
    return out;
}

}  // namespace

Result<TtsResult> replacePiece(const TtsResult& take, int piece, int pieceCount, TtsResult run, double pauseSeconds) {
    const auto n = static_cast<int>(take.pieces.size());
    if (piece < 0 || piece >= n)
        return pieceRefusal("the take has " + std::to_string(n) + " piece" + (n == 1 ? "" : "s") + ", not a piece " + std::to_string(piece + 1));
    if (const std::string why = takeMismatch(take); !why.empty()) return pieceRefusal(why);
    const int rate = take.audio.sampleRate;
    if (run.audio.sampleRate != rate) return pieceRefusal("the new piece's sample rate is not the take's");
    if (take.refined.codes.numFrames > 0 && run.refined.codes.numFrames > 0 && run.refined.codes.numCodebooks != take.refined.codes.numCodebooks)
        return pieceRefusal("the new piece has another number of codebooks");
    pieceCount = std::max(pieceCount, n);
    const auto k = static_cast<std::size_t>(piece);
    const TtsPiece& old = take.pieces[k];

    TtsResult out;
    out.coarse = take.coarse;
    out.refined = take.refined;
    out.refined.snapshots.clear();
    out.refined.snapshotT.clear();
    out.voiceFromCache = run.voiceFromCache;
    out.timings = run.timings;  // what speaking the piece again cost
    out.audio.sampleRate = rate;
    out.pieces = take.pieces;

    // The audio, laid out again as joinPieces lays it (placePiece; with `pauseSeconds`, which must
    // be the take's own: the studio and ttsPieceAgain pass the take's config): the other pieces'
    // spans sample for sample, the new one faded as joinPieces fades. So a piece that was silent
    // gains its pause and one that becomes silent takes its pause with it, wherever silent ones lie.
    const auto pause = static_cast<std::size_t>(std::llround(std::max(0.0, pauseSeconds) * rate));
    const auto pauses = [](const std::vector<TtsPiece>& pieces) {
        std::int64_t speaking = 0;
        for (const TtsPiece& q : pieces) speaking += q.samples > 0;
        return std::max<std::int64_t>(0, speaking - 1);
    };
    out.audio.samples.reserve(take.audio.samples.size() + run.audio.samples.size() + pause);
    for (std::size_t j = 0; j < take.pieces.size(); ++j) {
        const TtsPiece& q = take.pieces[j];
        const std::size_t samples = j == k ? run.audio.samples.size() : static_cast<std::size_t>(q.samples);
        out.pieces[j].startSample = placePiece(out.audio.samples, samples > 0, pause);
        out.pieces[j].samples = static_cast<std::int64_t>(samples);
        if (j == k) {
            appendFaded(out.audio.samples, run.audio.samples, static_cast<std::size_t>(rate / 200));
        } else {
            const auto from = take.audio.samples.begin() + static_cast<std::ptrdiff_t>(q.startSample);
            out.audio.samples.insert(out.audio.samples.end(), from, from + static_cast<std::ptrdiff_t>(q.samples));
        }
    }
    const std::int64_t pauseChange = (pauses(out.pieces) - pauses(take.pieces)) * static_cast<std::int64_t>(pause);
    const bool nowSilent = run.audio.samples.empty();

    // The codes and the L0 row: the run's new frames (in deep clone its L0 row starts with the
    // reference's frames, which its codes drop) in the old piece's frames.
    const std::int64_t newFrames = run.refined.codes.numFrames;
    std::vector<int> l0 = run.coarse.l0Codes;
    if (static_cast<std::int64_t>(l0.size()) > newFrames) l0.erase(l0.begin(), l0.end() - newFrames);
    out.refined.codes = take.refined.codes.numFrames > 0 ? spliceCodes(take.refined.codes, old.startFrame, old.frames, run.refined.codes)
                                                        : run.refined.codes;
    out.refined.fullCodes = out.refined.codes;
    out.coarse.l0Codes = spliced(take.coarse.l0Codes, static_cast<std::size_t>(old.startFrame), static_cast<std::size_t>(old.frames), l0);
    // The take's count of replaced pad-class codes is the pieces' sum, which does not say the old
    // piece's share: it stays, and the new piece's come with it (its notice names the piece).
    out.refined.padClassCodes += run.refined.padClassCodes;
    out.refined.modelFrames = std::max(out.refined.modelFrames, run.refined.modelFrames);
    const std::int64_t frameShift = newFrames - old.frames;
    const std::int64_t hop = newFrames > 0 ? run.untrimmedSamples / newFrames : 0;
    out.untrimmedSamples = take.untrimmedSamples + run.untrimmedSamples - old.frames * hop + pauseChange;

    // The AR's ids, when the take has them (a take rebuilt from its files keeps only the count).
    std::int64_t idsBefore = 0, ids = 0;
    for (int j = 0; j < n; ++j) {
        if (j < piece) idsBefore += take.pieces[static_cast<std::size_t>(j)].arTokens;
        ids += take.pieces[static_cast<std::size_t>(j)].arTokens;
    }
    if (static_cast<std::int64_t>(take.coarse.generatedIds.size()) == ids)
        out.coarse.generatedIds = spliced(take.coarse.generatedIds, static_cast<std::size_t>(idsBefore),
                                          static_cast<std::size_t>(old.arTokens), run.coarse.generatedIds);
    else
        out.coarse.generatedIds.clear();

    TtsPiece& p = out.pieces[k];  // its place and length are set with the audio above
    p.seed = run.coarse.seed;
    p.frames = newFrames;
    p.arTokens = static_cast<std::int64_t>(run.coarse.generatedIds.size());
    p.stop = run.coarse.stop;
    for (std::size_t j = k + 1; j < out.pieces.size(); ++j) out.pieces[j].startFrame += frameShift;

    // How the take ended: a stopped take whose text has pieces left unspoken stays stopped, as
    // does one stopped elsewhere than in a piece; otherwise the pieces' worst ending, as
    // joinPieces says it (the piece a Stop cut short, spoken again whole, ends it no more).
    bool pieceStopped = false;
    for (const TtsPiece& q : take.pieces) pieceStopped = pieceStopped || q.stop == CoarseStop::Stopped;
    const bool stoppedBetween = take.coarse.stop == CoarseStop::Stopped && (!pieceStopped || n < pieceCount);
    out.coarse.stop = out.pieces.front().stop;
    for (const TtsPiece& q : out.pieces) out.coarse.stop = worse(out.coarse.stop, q.stop);
    if (stoppedBetween) out.coarse.stop = CoarseStop::Stopped;

    // The notices: the old piece's go, the new run's own come, named as the piece's.
    const auto number = static_cast<std::int64_t>(piece) + 1;
    const std::string oldSilent = silentPieceNotice(number, pieceCount).text();
    out.warnings.clear();
    std::set<std::string> said;
    for (const Notice& w : take.warnings) {
        if (w.piece == number || w.text() == oldSilent) continue;
        said.insert(w.text());
        out.warnings.push_back(w);
    }
    if (nowSilent) out.warnings.push_back(silentPieceNotice(number, pieceCount));
    const std::string graphCapturePattern = graphCaptureFailedNotice({}).pattern;
    const std::set<std::string> padPatterns{padCodesReplacedNotice(1).pattern, padCodesReplacedNotice(2).pattern};
    std::set<std::string> own;
    for (const std::vector<Notice>* list : {&run.coarse.warnings, &run.refined.warnings})
        for (const Notice& w : *list)
            if (w.pattern != graphCapturePattern) own.insert(w.text());
    for (Notice& w : run.warnings) {
        if (own.count(w.text()) || padPatterns.count(w.pattern)) {
            w.piece = number;
            w.pieces = pieceCount;
        } else if (said.count(w.text())) {
            continue;  // the voice's, already said with the take
        }
        out.warnings.push_back(std::move(w));
    }
    return out;
}

Result<TtsResult> ttsPieceAgain(Mars5Engine& engine, const TtsResult& take, int piece, int pieceCount, const AudioBuffer& reference,
                                std::optional<std::string> transcript, const InferenceConfig& config, const ProgressCallback& progress,
                                RunControl* control, const RefineOptions& refineOptions) {
    // Refused before any work: the take must be one whose piece can be put back.
    const auto n = static_cast<int>(take.pieces.size());
    if (piece < 0 || piece >= n)
        return pieceRefusal("the take has " + std::to_string(n) + " piece" + (n == 1 ? "" : "s") + ", not a piece " + std::to_string(piece + 1));
    if (const std::string why = takeMismatch(take); !why.empty()) return pieceRefusal(why);
    pieceCount = std::max(pieceCount, n);

    // The piece alone, as speakPieces runs it: no snapshots, never cut again.
    InferenceConfig pieceConfig = config;
    pieceConfig.piece_chars = 0;
    RefineOptions pieceRefine = refineOptions;
    pieceRefine.keepSnapshots = false;
    std::vector<std::int64_t> characters(static_cast<std::size_t>(pieceCount), 0);
    characters[static_cast<std::size_t>(piece)] = static_cast<std::int64_t>(pieceCharacters(take.pieces[static_cast<std::size_t>(piece)].text));
    Result<TtsResult> run = engine.tts(take.pieces[static_cast<std::size_t>(piece)].text, reference, std::move(transcript), pieceConfig,
                                       forPiece(progress, characters, piece), control, pieceRefine);
    if (!run) return run.error();
    return replacePiece(take, piece, pieceCount, std::move(*run), config.piece_pause);
}

}  // namespace mars5
