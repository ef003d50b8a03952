// A long text spoken in pieces (mars5/long_text.h) with the tiny fixture models: the reference's
// result when pieces are off or the text fits, each piece the run its seed gives, the audio
// joined with the pause, one seed repeating the whole text, Stop keeping the pieces spoken,
// Cancel discarding them, progress naming the piece, and bad settings refused before any work.
#include "mars5/engine.h"
#include "mars5/long_text.h"
#include "mars5/text_pieces.h"

#include "tiny_engine.h"

#include <QtTest>

#include <cmath>
#include <optional>

using namespace mars5;

namespace {

// Three sentences of 25, 28 and 17 characters: pieces of 40 hold one each.
const std::string kText = "Please keep the light on. The door stays shut tonight. We leave at dawn.";
const std::vector<std::string> kPieces = {"Please keep the light on.", "The door stays shut tonight.", "We leave at dawn."};

// Shallow clone, 8 diffusion steps, a short budget: the tiny models stay fast.
InferenceConfig fastConfig(std::int64_t pieceChars, std::int64_t seed = 11) {
    InferenceConfig c;
    c.deep_clone = false;
    c.nar_steps = 8;
    c.q0_override_steps = 2;
    c.seed = seed;
    c.generate_max_len_override = 60;
    c.piece_chars = pieceChars;
    c.piece_pause = 0.25;
    return c;
}

int kind(const Error& e) { return static_cast<int>(e.kind); }

}  // namespace

class TestLongText : public QObject {
    Q_OBJECT

    std::optional<Mars5Engine> m_engine;
    AudioBuffer m_ref;

    Mars5Engine& engine() { return *m_engine; }

private Q_SLOTS:
    void initTestCase() {
        Result<Mars5Engine> e = Mars5Engine::load(test::tinyModelPaths());
        QVERIFY2(e.ok(), e.ok() ? "" : e.message().c_str());
        m_engine.emplace(std::move(*e));
        Result<AudioBuffer> ref = test::tinyReference();
        QVERIFY2(ref.ok(), ref.ok() ? "" : ref.message().c_str());
        m_ref = *ref;
    }

    void theTextIsCutIntoItsSentences() {
        QCOMPARE(spokenPieces(kText, fastConfig(40)), kPieces);
        QCOMPARE(spokenPieces(kText, fastConfig(0)), std::vector<std::string>{kText});     // off: as typed
        QCOMPARE(spokenPieces(kText, fastConfig(500)), std::vector<std::string>{kText});   // fits: as typed
    }

    void piecesOffOrATextThatFitsIsTheReferenceRun() {
        Result<TtsResult> plain = engine().tts(kText, m_ref, std::nullopt, fastConfig(0));
        QVERIFY(plain.ok());
        for (std::int64_t chars : {std::int64_t{0}, std::int64_t{500}}) {
            Result<TtsResult> r = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(chars));
            QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
            QVERIFY(r->pieces.empty());
            QVERIFY(r->audio.samples == plain->audio.samples);
            QVERIFY(r->coarse.generatedIds == plain->coarse.generatedIds);
        }
    }

    void eachPieceIsItsOwnRunJoinedWithThePause() {
        const InferenceConfig c = fastConfig(40, 21);
        Result<TtsResult> r = ttsLongText(engine(), kText, m_ref, std::nullopt, c);
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QCOMPARE(r->pieces.size(), std::size_t{3});
        QCOMPARE(r->coarse.seed, std::uint64_t{21});
        const auto pause = static_cast<std::int64_t>(std::llround(0.25 * kModelSampleRate));
        std::int64_t at = 0, frames = 0;
        std::size_t ids = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            const TtsPiece& p = r->pieces[k];
            QCOMPARE(p.text, kPieces[k]);
            QCOMPARE(p.seed, std::uint64_t{21 + k});
            QCOMPARE(p.startSample, at);
            QVERIFY(p.samples > 0);
            // The piece is what a run of its own with its seed gives, faded over 5 ms at its ends.
            InferenceConfig one = c;
            one.piece_chars = 0;
            one.seed = static_cast<std::int64_t>(p.seed);
            Result<TtsResult> alone = engine().tts(kPieces[k], m_ref, std::nullopt, one);
            QVERIFY(alone.ok());
            QCOMPARE(static_cast<std::int64_t>(alone->audio.samples.size()), p.samples);
            QCOMPARE(p.arTokens, static_cast<std::int64_t>(alone->coarse.generatedIds.size()));
            const std::int64_t fade = kModelSampleRate / 200;
            for (std::int64_t i = fade; i < p.samples - fade; ++i)
                QCOMPARE(r->audio.samples[static_cast<std::size_t>(p.startSample + i)], alone->audio.samples[static_cast<std::size_t>(i)]);
            QVERIFY(std::fabs(r->audio.samples[static_cast<std::size_t>(p.startSample)]) <= std::fabs(alone->audio.samples[0]));
            // Silence between the pieces.
            if (k < 2)
                for (std::int64_t i = 0; i < pause; ++i) QCOMPARE(r->audio.samples[static_cast<std::size_t>(p.startSample + p.samples + i)], 0.0f);
            at = p.startSample + p.samples + pause;
            frames += alone->refined.codes.numFrames;
            ids += alone->coarse.generatedIds.size();
        }
        QCOMPARE(static_cast<std::int64_t>(r->audio.samples.size()), at - pause);
        // The codes and ids one after another; no reference frames, no snapshots.
        QCOMPARE(r->refined.codes.numFrames, frames);
        QCOMPARE(r->refined.codes.numCodebooks, 8);
        QCOMPARE(static_cast<std::int64_t>(r->refined.codes.values.size()), 8 * frames);
        QCOMPARE(r->refined.fullCodes.numFrames, frames);
        QVERIFY(r->refined.snapshots.empty());
        QCOMPARE(r->coarse.generatedIds.size(), ids);
        QCOMPARE(r->coarse.l0Codes.size(), static_cast<std::size_t>(frames));
        QVERIFY(r->timings.totalSeconds >= r->timings.refineSeconds);
    }

    void oneSeedRepeatsTheWholeText() {
        Result<TtsResult> a = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, 5));
        Result<TtsResult> b = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, 5));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->audio.samples == b->audio.samples);
        // A fresh seed: the take's seed is the first piece's, the others follow it.
        Result<TtsResult> fresh = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, -1));
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->pieces[1].seed, fresh->coarse.seed + 1);
        Result<TtsResult> again = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, static_cast<std::int64_t>(fresh->coarse.seed)));
        QVERIFY(again.ok());
        QVERIFY(again->audio.samples == fresh->audio.samples);
    }

    void aPreparedVoiceGivesTheSameTake() {
        // The rating sessions' way: the voice encoded first, then the text in pieces on it.
        Result<VoicePrompt> voice = engine().prepareVoice(m_ref, std::nullopt);
        QVERIFY(voice.ok());
        Result<TtsResult> fromVoice = ttsLongText(engine(), kText, *voice, fastConfig(40, 8));
        Result<TtsResult> fromAudio = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, 8));
        QVERIFY(fromVoice.ok() && fromAudio.ok());
        QCOMPARE(fromVoice->pieces.size(), std::size_t{3});
        QVERIFY(fromVoice->audio.samples == fromAudio->audio.samples);
        QCOMPARE(fromVoice->timings.encodeSeconds, 0.0);
        // A text that fits is the engine's own run from the voice.
        Result<TtsResult> plain = engine().tts(kPieces[0], *voice, fastConfig(0, 8));
        Result<TtsResult> fits = ttsLongText(engine(), kPieces[0], *voice, fastConfig(40, 8));
        QVERIFY(plain.ok() && fits.ok());
        QVERIFY(fits->pieces.empty());
        QVERIFY(fits->audio.samples == plain->audio.samples);
    }

    void progressNamesThePiece() {
        // Each piece's reports: its index, the count, its characters and those after it.
        std::vector<std::vector<std::int64_t>> seen;
        const ProgressCallback note = [&](const EngineProgress& p) {
            if (seen.empty() || seen.back()[0] != p.piece) seen.push_back({p.piece, p.pieces, p.pieceChars, p.laterChars});
        };
        Result<TtsResult> r = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40), note);
        QVERIFY(r.ok());
        const std::vector<std::string> texts = spokenPieces(kText, fastConfig(40));
        QCOMPARE(texts.size(), std::size_t{3});
        const auto chars = [&](std::size_t k) { return static_cast<std::int64_t>(pieceCharacters(texts[k])); };
        QCOMPARE(seen, (std::vector<std::vector<std::int64_t>>{{0, 3, chars(0), chars(1) + chars(2)},
                                                                {1, 3, chars(1), chars(2)},
                                                                {2, 3, chars(2), 0}}));
    }

    void stopKeepsThePiecesSpoken() {
        // Stop in the second piece's AR: it is refined and vocoded, the third is not spoken.
        RunControl control;
        const ProgressCallback stop = [&](const EngineProgress& p) {
            if (p.piece == 1 && p.stage == EngineStage::Coarse && p.current >= 2) control.requestStop();
        };
        Result<TtsResult> r = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40), stop, &control);
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QCOMPARE(r->pieces.size(), std::size_t{2});
        QCOMPARE(static_cast<int>(r->coarse.stop), static_cast<int>(CoarseStop::Stopped));
        QCOMPARE(static_cast<int>(r->pieces[1].stop), static_cast<int>(CoarseStop::Stopped));
        // Stop during a piece's diffusion: that piece is kept whole, no later one starts.
        RunControl late;
        const ProgressCallback stopInNar = [&](const EngineProgress& p) {
            if (p.piece == 0 && p.stage == EngineStage::Refine && p.current >= 2) late.requestStop();
        };
        Result<TtsResult> one = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40), stopInNar, &late);
        QVERIFY2(one.ok(), one.ok() ? "" : one.message().c_str());
        QCOMPARE(one->pieces.size(), std::size_t{1});
        QCOMPARE(static_cast<int>(one->coarse.stop), static_cast<int>(CoarseStop::Stopped));
    }

    void cancelDiscardsEveryPiece() {
        RunControl control;
        const ProgressCallback cancel = [&](const EngineProgress& p) {
            if (p.piece == 2 && p.stage == EngineStage::Coarse) control.requestCancel();
        };
        Result<TtsResult> r = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40), cancel, &control);
        QVERIFY(!r.ok());
        QCOMPARE(kind(r.error()), static_cast<int>(ErrorKind::Cancelled));
        RunControl early;
        early.requestCancel();
        r = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40), {}, &early);
        QVERIFY(!r.ok());
        QCOMPARE(kind(r.error()), static_cast<int>(ErrorKind::Cancelled));
    }

    void badSettingsAreRefusedBeforeAnyWork() {
        int reports = 0;
        const ProgressCallback count = [&](const EngineProgress&) { ++reports; };
        InferenceConfig tooShort = fastConfig(10);
        Result<TtsResult> r = ttsLongText(engine(), kText, m_ref, std::nullopt, tooShort, count);
        QVERIFY(!r.ok());
        QCOMPARE(kind(r.error()), static_cast<int>(ErrorKind::InvalidArgument));
        QVERIFY2(r.error().message.find("piece_chars = 10") != std::string::npos, r.error().message.c_str());
        InferenceConfig deep = fastConfig(40);
        deep.deep_clone = true;
        r = ttsLongText(engine(), kText, m_ref, std::nullopt, deep, count);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("transcript") != std::string::npos, r.error().message.c_str());
        QCOMPARE(reports, 0);
        // An empty text says what tts() says.
        r = ttsLongText(engine(), "   ", m_ref, std::nullopt, fastConfig(40));
        QVERIFY(!r.ok());
        QCOMPARE(kind(r.error()), static_cast<int>(ErrorKind::InvalidArgument));
    }

    void aFailingPieceIsNamed() {
        // The second piece's prompt is past the budget: the error is its run's, and says which.
        InferenceConfig c = fastConfig(40);
        c.generate_max_len_override = 20;  // the first piece's prompt has fewer ids, the second's 21
        const std::string text = "Hi there. Nobody has crossed the old bridge here.";
        QCOMPARE(spokenPieces(text, c).size(), std::size_t{2});
        int failed = -2;
        Result<TtsResult> r = ttsLongText(engine(), text, m_ref, std::nullopt, c, {}, nullptr, {}, &failed);
        QVERIFY(!r.ok());
        QCOMPARE(failed, 1);
        QVERIFY2(r.error().message.find("at most 20 ids") != std::string::npos, r.error().message.c_str());
        // Not a piece's failure: -1.
        InferenceConfig bad = fastConfig(10);
        r = ttsLongText(engine(), text, m_ref, std::nullopt, bad, {}, nullptr, {}, &failed);
        QVERIFY(!r.ok());
        QCOMPARE(failed, -1);
    }

    void deepCloneSpeaksEachPieceOnTheTranscript() {
        InferenceConfig c = fastConfig(40);
        c.deep_clone = true;
        c.generate_max_len_override = 300;
        Result<TtsResult> r =
            ttsLongText(engine(), kText, m_ref, std::string("Well, the weather's been strange lately; 3 storms in 2 weeks!"), c);
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QCOMPARE(r->pieces.size(), std::size_t{3});
        QVERIFY(r->coarse.deepClone);
        // No reference frames in the joined codes: the views show the new speech alone, and the
        // L0 row (a piece's starts with the reference's frames) keeps the new frames in step.
        QCOMPARE(r->refined.fullCodes.numFrames, r->refined.codes.numFrames);
        QCOMPARE(static_cast<std::int64_t>(r->coarse.l0Codes.size()), r->refined.codes.numFrames);
        for (std::int64_t t = 0; t < r->refined.codes.numFrames; ++t)
            QCOMPARE(r->coarse.l0Codes[static_cast<std::size_t>(t)], r->refined.codes.value(0, t));
    }

    void eachPieceSaysWhereItsCodesLie() {
        Result<TtsResult> r = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, 21));
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        std::int64_t frames = 0;
        for (const TtsPiece& p : r->pieces) {
            QCOMPARE(p.startFrame, frames);
            QVERIFY(p.frames > 0);
            frames += p.frames;
        }
        QCOMPARE(frames, r->refined.codes.numFrames);
        QCOMPARE(static_cast<std::int64_t>(r->coarse.l0Codes.size()), frames);
    }

    void givenSeedsSpeakEachPieceWithItsOwn() {
        Result<TtsResult> usual = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, 21));
        Result<TtsResult> given = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, 21), {}, nullptr, {}, nullptr, {21, 22, 23});
        QVERIFY(usual.ok() && given.ok());
        QVERIFY(given->audio.samples == usual->audio.samples);  // seed + k, given: the same take
        Result<TtsResult> other = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, 21), {}, nullptr, {}, nullptr, {21, 99});
        QVERIFY(other.ok());
        QCOMPARE(other->pieces[1].seed, std::uint64_t{99});
        QCOMPARE(other->pieces[2].seed, std::uint64_t{23});  // past the list: the first's + k
        static_assert(pieceSeed(21, 2) == 23 && pieceSeed((std::uint64_t{1} << 53) - 1, 1) == 0);  // wraps within 53 bits
        QVERIFY(other->coarse.generatedIds != usual->coarse.generatedIds);
        // A text that fits in one piece is that piece: the first given seed is its seed.
        Result<TtsResult> whole = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(500, 21), {}, nullptr, {}, nullptr, {7});
        Result<TtsResult> seven = engine().tts(kText, m_ref, std::nullopt, fastConfig(500, 7));
        QVERIFY(whole.ok() && seven.ok());
        QCOMPARE(whole->coarse.seed, std::uint64_t{7});
        QVERIFY(whole->audio.samples == seven->audio.samples);
    }

    // The heart of it: piece 2 spoken again is the take the whole text with that piece's new seed
    // gives, bit for bit (audio, codes, L0 row, ids), the other pieces untouched.
    void aPieceSpokenAgainIsTheTakeWithThatPiecesSeed() {
        const InferenceConfig c = fastConfig(40, 21);
        Result<TtsResult> take = ttsLongText(engine(), kText, m_ref, std::nullopt, c);
        QVERIFY(take.ok());
        InferenceConfig again = c;
        again.seed = 99;
        int reports = 0;
        const ProgressCallback names = [&](const EngineProgress& p) {
            ++reports;
            QCOMPARE(p.piece, 1);
            QCOMPARE(p.pieces, 3);
            QCOMPARE(p.laterChars, std::int64_t{0});
        };
        Result<TtsResult> r = ttsPieceAgain(engine(), *take, 1, 3, m_ref, std::nullopt, again, names);
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QVERIFY(reports > 0);
        Result<TtsResult> expected = ttsLongText(engine(), kText, m_ref, std::nullopt, c, {}, nullptr, {}, nullptr, {21, 99, 23});
        QVERIFY(expected.ok());
        QVERIFY(r->audio.samples == expected->audio.samples);
        QVERIFY(r->refined.codes.values == expected->refined.codes.values);
        QCOMPARE(r->refined.codes.numFrames, expected->refined.codes.numFrames);
        QVERIFY(r->coarse.l0Codes == expected->coarse.l0Codes);
        QVERIFY(r->coarse.generatedIds == expected->coarse.generatedIds);
        QCOMPARE(r->pieces.size(), std::size_t{3});
        for (std::size_t k = 0; k < 3; ++k) {
            QCOMPARE(r->pieces[k].seed, expected->pieces[k].seed);
            QCOMPARE(r->pieces[k].startSample, expected->pieces[k].startSample);
            QCOMPARE(r->pieces[k].samples, expected->pieces[k].samples);
            QCOMPARE(r->pieces[k].startFrame, expected->pieces[k].startFrame);
            QCOMPARE(r->pieces[k].frames, expected->pieces[k].frames);
            QCOMPARE(r->pieces[k].arTokens, expected->pieces[k].arTokens);
        }
        QCOMPARE(r->untrimmedSamples, expected->untrimmedSamples);
        // Spoken again: the first piece is the take's, sample for sample.
        const auto first = static_cast<std::size_t>(take->pieces[0].samples);
        QVERIFY(std::equal(take->audio.samples.begin(), take->audio.samples.begin() + static_cast<std::ptrdiff_t>(first), r->audio.samples.begin()));
        // The timings are the piece's run: less than the whole take's three.
        QVERIFY(r->timings.totalSeconds > 0);
    }

    void aPieceSpokenAgainIsRefusedWhenItCannotBePutBack() {
        Result<TtsResult> take = ttsLongText(engine(), kText, m_ref, std::nullopt, fastConfig(40, 21));
        QVERIFY(take.ok());
        int reports = 0;
        const ProgressCallback count = [&](const EngineProgress&) { ++reports; };
        for (int piece : {-1, 3}) {
            Result<TtsResult> r = ttsPieceAgain(engine(), *take, piece, 3, m_ref, std::nullopt, fastConfig(40), count);
            QVERIFY(!r.ok());
            QCOMPARE(kind(r.error()), static_cast<int>(ErrorKind::InvalidArgument));
            QVERIFY2(r.error().message.find("the take has 3 pieces") != std::string::npos, r.error().message.c_str());
        }
        Result<TtsResult> atOnce = engine().tts(kText, m_ref, std::nullopt, fastConfig(0));
        QVERIFY(atOnce.ok());
        QVERIFY(!ttsPieceAgain(engine(), *atOnce, 0, 1, m_ref, std::nullopt, fastConfig(40), count).ok());  // no pieces
        // Pieces that do not say where their codes lie (a take from before they were kept).
        TtsResult old = *take;
        for (TtsPiece& p : old.pieces) p.startFrame = p.frames = 0;
        Result<TtsResult> r = ttsPieceAgain(engine(), old, 1, 3, m_ref, std::nullopt, fastConfig(40), count);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("before they were kept") != std::string::npos, r.error().message.c_str());
        TtsResult cut = *take;
        cut.audio.samples.resize(cut.audio.samples.size() / 2);  // audio shorter than its pieces
        QVERIFY(!ttsPieceAgain(engine(), cut, 1, 3, m_ref, std::nullopt, fastConfig(40), count).ok());
        TtsResult shortCodes = *take;
        shortCodes.refined.codes.values.pop_back();  // fewer codes than 8 x frames
        QVERIFY(!ttsPieceAgain(engine(), shortCodes, 1, 3, m_ref, std::nullopt, fastConfig(40), count).ok());
        QCOMPARE(reports, 0);  // refused before any work
        // Cancel: nothing comes back.
        RunControl cancelled;
        cancelled.requestCancel();
        r = ttsPieceAgain(engine(), *take, 1, 3, m_ref, std::nullopt, fastConfig(40), {}, &cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(kind(r.error()), static_cast<int>(ErrorKind::Cancelled));
    }

    // Without a model: a piece that was silent gets its pause, one that becomes silent takes its
    // pause with it, and the notices follow the piece.
    void aSilentPieceGainsOrLosesItsPause() {
        TtsResult a, b, c, silent;
        for (TtsResult* r : {&a, &b, &c, &silent}) {
            r->audio.sampleRate = kModelSampleRate;
            r->refined.codes.numCodebooks = 8;
        }
        const auto frames = [](TtsResult& r, std::int64_t n, std::int64_t value) {
            r.refined.codes.numFrames = n;
            r.refined.codes.values.assign(static_cast<std::size_t>(8 * n), value);
            r.coarse.l0Codes.assign(static_cast<std::size_t>(n), value);
            r.untrimmedSamples = n * 320;
        };
        a.audio.samples.assign(1000, 1.0f);
        frames(a, 4, 1);
        b.audio.samples.assign(2000, 2.0f);
        frames(b, 7, 2);
        c.audio.samples.assign(500, 3.0f);
        frames(c, 2, 3);
        frames(silent, 3, 9);
        const TtsResult take = joinPieces({a, silent, c}, {"a", "quiet", "c"}, 0.1);  // 1000 + 2400 + 500
        QCOMPARE(take.audio.samples.size(), std::size_t{3900});

        // The silent piece spoken again: its pause before it, the third moved on.
        Result<TtsResult> loud = replacePiece(take, 1, 3, b, 0.1);
        QVERIFY2(loud.ok(), loud.ok() ? "" : loud.message().c_str());
        const TtsResult joined = joinPieces({a, b, c}, {"a", "quiet", "c"}, 0.1);
        QVERIFY(loud->audio.samples == joined.audio.samples);
        QCOMPARE(loud->pieces[1].startSample, std::int64_t{3400});
        QCOMPARE(loud->pieces[2].startSample, joined.pieces[2].startSample);
        QCOMPARE(loud->pieces[2].startFrame, std::int64_t{11});
        QVERIFY(loud->refined.codes.values == joined.refined.codes.values);
        QVERIFY(loud->warnings.empty());  // "piece 2 came out silent" is gone with it

        // And silent again: back to the first take, the notice back.
        Result<TtsResult> quiet = replacePiece(*loud, 1, 3, silent, 0.1);
        QVERIFY(quiet.ok());
        QVERIFY(quiet->audio.samples == take.audio.samples);
        QCOMPARE(quiet->pieces[2].startSample, take.pieces[2].startSample);
        QCOMPARE(quiet->warnings.size(), std::size_t{1});
        QCOMPARE(quiet->warnings[0].text(), std::string("piece 2 of 3 came out silent after the trim and was left out of the take"));

        // The first piece silent: the pause after it goes, the next piece starts the take.
        Result<TtsResult> firstQuiet = replacePiece(joined, 0, 3, silent, 0.1);
        QVERIFY(firstQuiet.ok());
        QVERIFY(firstQuiet->audio.samples == joinPieces({silent, b, c}, {"a", "b", "c"}, 0.1).audio.samples);
        QCOMPARE(firstQuiet->pieces[1].startSample, std::int64_t{0});

        // Silent pieces after the one replaced stay at the end of the speech before them.
        const auto samePlaces = [](const TtsResult& r, const TtsResult& expected) {
            if (r.audio.samples != expected.audio.samples || r.pieces.size() != expected.pieces.size()) return false;
            for (std::size_t j = 0; j < r.pieces.size(); ++j)
                if (r.pieces[j].startSample != expected.pieces[j].startSample || r.pieces[j].samples != expected.pieces[j].samples ||
                    r.pieces[j].startFrame != expected.pieces[j].startFrame || r.pieces[j].frames != expected.pieces[j].frames)
                    return false;
            return true;
        };
        const TtsResult aQuietC = joinPieces({a, silent, c}, {"a", "q", "c"}, 0.1);
        Result<TtsResult> twoQuiet = replacePiece(aQuietC, 0, 3, silent, 0.1);
        QVERIFY(twoQuiet.ok());
        QVERIFY(samePlaces(*twoQuiet, joinPieces({silent, silent, c}, {"a", "q", "c"}, 0.1)));
        Result<TtsResult> loudAgain = replacePiece(*twoQuiet, 0, 3, a, 0.1);
        QVERIFY(loudAgain.ok());
        QVERIFY(samePlaces(*loudAgain, aQuietC));
        Result<TtsResult> middleToo = replacePiece(*twoQuiet, 1, 3, b, 0.1);  // then the first spoken again too
        QVERIFY(middleToo.ok());
        QVERIFY(samePlaces(*middleToo, joinPieces({silent, b, c}, {"a", "q", "c"}, 0.1)));
        QVERIFY(samePlaces(*replacePiece(*middleToo, 0, 3, a, 0.1), joined));

        // A take stopped in its second piece with a third unspoken stays stopped when the second
        // is spoken again whole; with every piece spoken, it ends as its pieces do.
        TtsResult stopped = joinPieces({a, b}, {"a", "b"}, 0.1);
        stopped.coarse.stop = stopped.pieces[1].stop = CoarseStop::Stopped;
        QCOMPARE(static_cast<int>(replacePiece(stopped, 1, 3, b, 0.1)->coarse.stop), static_cast<int>(CoarseStop::Stopped));
        QCOMPARE(static_cast<int>(replacePiece(stopped, 1, 2, b, 0.1)->coarse.stop), static_cast<int>(CoarseStop::Eos));
        QCOMPARE(static_cast<int>(replacePiece(stopped, 0, 2, a, 0.1)->coarse.stop), static_cast<int>(CoarseStop::Stopped));

        // A piece's own notice goes with it and the new run's comes named; the voice's stays once.
        const Notice voice{"the reference is %1 s long", {NoticeValue::real(1.5, 1)}};
        const Notice budget{"the AR reached the length budget of %1 ids", {NoticeValue::integer(900)}};
        TtsResult bWarned = b;
        bWarned.warnings = {voice, budget};
        bWarned.coarse.warnings = {budget};
        TtsResult aVoice = a, cVoice = c;
        aVoice.warnings = cVoice.warnings = {voice};
        const TtsResult warned = joinPieces({aVoice, bWarned, cVoice}, {"a", "b", "c"}, 0.1);
        QCOMPARE(warned.warnings.size(), std::size_t{2});
        TtsResult bAgain = b;
        bAgain.warnings = {voice};
        Result<TtsResult> clean = replacePiece(warned, 1, 3, bAgain, 0.1);
        QVERIFY(clean.ok());
        QCOMPARE(clean->warnings.size(), std::size_t{1});
        QCOMPARE(clean->warnings[0].text(), std::string("the reference is 1.5 s long"));
        Result<TtsResult> warnedAgain = replacePiece(joined, 2, 5, bWarned, 0.1);  // 5: a Stop left two unspoken
        QVERIFY(warnedAgain.ok());
        QCOMPARE(warnedAgain->warnings.size(), std::size_t{2});
        QCOMPARE(warnedAgain->warnings[1].piece, std::int64_t{3});
        QCOMPARE(warnedAgain->warnings[1].pieces, std::int64_t{5});

        // A take whose frames do not add up is refused untouched.
        TtsResult wrong = joined;
        wrong.pieces[2].frames += 1;
        Result<TtsResult> refused = replacePiece(wrong, 0, 3, b, 0.1);
        QVERIFY(!refused.ok());
        QCOMPARE(kind(refused.error()), static_cast<int>(ErrorKind::InvalidArgument));
    }

    void joinWithoutPauseOrPieces() {
        QVERIFY(joinPieces({}, {}, 0.3).audio.samples.empty());
        TtsResult a, b;
        a.audio.sampleRate = b.audio.sampleRate = kModelSampleRate;
        a.audio.samples.assign(1000, 1.0f);
        b.audio.samples.assign(3, 1.0f);  // shorter than two fades: faded over half of it
        const TtsResult j = joinPieces({a, b}, {"a", "b"}, 0.0);
        QCOMPARE(j.audio.samples.size(), std::size_t{1003});
        QCOMPARE(j.pieces[1].startSample, std::int64_t{1000});
        QVERIFY(j.audio.samples[0] < 0.01f && j.audio.samples[500] == 1.0f && j.audio.samples[999] < 0.01f);
        QVERIFY(j.audio.samples[1001] == 1.0f);

        // A piece the trim left silent adds no pause and is named; the pieces around it keep one.
        TtsResult silent;
        silent.audio.sampleRate = kModelSampleRate;
        const TtsResult withSilent = joinPieces({a, silent, b}, {"a", "quiet", "b"}, 0.1);
        QCOMPARE(withSilent.audio.samples.size(), std::size_t{1000 + 2400 + 3});
        QCOMPARE(withSilent.pieces[1].samples, std::int64_t{0});
        QCOMPARE(withSilent.pieces[2].startSample, std::int64_t{3400});
        QCOMPARE(withSilent.warnings.size(), std::size_t{1});
        QCOMPARE(withSilent.warnings[0].text(), std::string("piece 2 of 3 came out silent after the trim and was left out of the take"));

        // Warnings: the voice's (in every piece) said once; the pad-class codes each piece's
        // vocoder replaced said as one count; a piece's own (its AR's) with the piece, and a
        // failed graph capture (the device's) once, without one.
        const Notice voice{"the reference is %1 s long", {NoticeValue::real(1.5, 1)}};
        const Notice budget{"the AR reached the length budget of %1 ids", {NoticeValue::integer(900)}};
        const Notice graphs{"CUDA graph capture failed, running without graphs: %1", {NoticeValue::words("busy")}};
        a.warnings = {voice, {"1 pad-class code (1024) replaced by a neighbouring frame's code", {}}, graphs};
        a.coarse.warnings = {graphs};
        a.refined.padClassCodes = 1;
        b.warnings = {voice, budget, {"%1 pad-class codes (1024) replaced by neighbouring frames' codes", {NoticeValue::integer(2)}}, graphs};
        b.coarse.warnings = {budget, graphs};
        b.refined.padClassCodes = 2;
        std::vector<std::string> said;
        const TtsResult joined = joinPieces({a, b}, {"a", "b"}, 0.0);
        for (const Notice& n : joined.warnings) said.push_back(n.text());
        QCOMPARE(said, (std::vector<std::string>{"the reference is 1.5 s long",
                                                 "CUDA graph capture failed, running without graphs: busy",
                                                 "piece 2 of 2: the AR reached the length budget of 900 ids",
                                                 "3 pad-class codes (1024) replaced by neighbouring frames' codes"}));
        QCOMPARE(joined.warnings[2].piece, std::int64_t{2});
        QCOMPARE(joined.warnings[2].pattern, budget.pattern);  // the studio translates the piece's own text
    }
};

QTEST_GUILESS_MAIN(TestLongText)
#include "test_long_text.moc"
