// The Engine API (mars5/engine.h) end to end with the tiny fixture models: the MARS5 AR/NAR of
// tests/fixtures/mars5 and the tiny Encodec + Vocos of tests/fixtures/codec. They fit together:
// MARS5 reads 8 codebooks of 1024 codes at 75 frames/s, which is what the tiny Encodec (32 x 1024,
// hop 320) gives at 6 kbps and what the tiny Vocos (16-codebook table of 1024 rows) reads; the
// Encodec latent size (5 here, 128 real) never reaches MARS5, which embeds the codes itself.
// The bit-exact parity with the reference's tts() runs is `selftest mars5` group "tts".
//
// Runs use nar_steps = 8 (a real config field) to stay fast; the pipeline is the same.
#include "safetensors.h"

#include "mars5/engine.h"

#include <QTemporaryDir>
#include "tiny_engine.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

using namespace mars5;
namespace fs = std::filesystem;

namespace {

const fs::path kMars5 = fs::path(MARS5_TEST_FIXTURES) / "mars5";
const fs::path kCodec = fs::path(MARS5_TEST_FIXTURES) / "codec";
const std::string kText = "  Please keep the light on, slowly.  ";
const std::string kTranscript = "Well, the weather's been strange lately; 3 storms in 2 weeks!";

ModelPaths tinyPaths() { return test::tinyModelPaths(); }

InferenceConfig fastConfig(bool deep, std::int64_t seed = 11) {
    InferenceConfig c;
    c.deep_clone = deep;
    c.nar_steps = 8;
    c.q0_override_steps = 2;  // L0 re-imposed after steps t > 2
    c.seed = seed;
    c.generate_max_len_override = deep ? 300 : 60;
    return c;
}

bool allFinite(const std::vector<float>& v) {
    for (float x : v)
        if (!std::isfinite(x)) return false;
    return true;
}

bool contains(const std::vector<Notice>& list, const std::string& part) {
    for (const auto& notice : list)
        if (notice.text().find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

class TestEngine : public QObject {
    Q_OBJECT

    std::optional<Mars5Engine> m_engine;
    AudioBuffer m_ref;

    Mars5Engine& engine() { return *m_engine; }

private Q_SLOTS:
    void initTestCase() {
        Result<Mars5Engine> e = Mars5Engine::load(tinyPaths());
        QVERIFY2(e.ok(), e.ok() ? "" : e.message().c_str());
        m_engine.emplace(std::move(*e));
        const EngineInfo info = engine().info();
        QVERIFY(info.hasEncoder && info.hasVocoder);
        QCOMPARE(info.textVocab, 402);  // the fixture's n_text, from the tokenizer
        Result<AudioBuffer> ref = test::tinyReference();
        QVERIFY2(ref.ok(), ref.ok() ? "" : ref.message().c_str());
        m_ref = *ref;
        QCOMPARE(m_ref.sampleRate, kModelSampleRate);
    }

    void fullTtsShallowProducesFiniteAudio() {
        Result<TtsResult> r = engine().tts(kText, m_ref, std::nullopt, fastConfig(false));
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QCOMPARE(r->refined.codes.numCodebooks, 8);
        // shallow: the final codes are the NAR output, one frame per L0 code
        QCOMPARE(r->refined.codes.numFrames, static_cast<std::int64_t>(r->coarse.l0Codes.size()));
        QCOMPARE(r->untrimmedSamples, r->refined.codes.numFrames * 320);
        QVERIFY(!r->audio.samples.empty());
        QVERIFY(static_cast<std::int64_t>(r->audio.samples.size()) <= r->untrimmedSamples);
        QCOMPARE(r->audio.sampleRate, kModelSampleRate);
        QVERIFY(allFinite(r->audio.samples));
        QCOMPARE(r->refined.stepsRun, 8);
        QVERIFY(!r->coarse.deepClone);
        QCOMPARE(r->refined.modelFrames, r->refined.fullCodes.numFrames);  // nothing prepended
        QCOMPARE(r->coarse.seed, std::uint64_t{11});
        QCOMPARE(r->coarse.stepStats.size(), static_cast<std::size_t>(r->coarse.steps));
        QVERIFY(r->timings.totalSeconds >= r->timings.refineSeconds);
        QVERIFY(r->timings.refineSeconds > 0.0);
        for (const auto v : r->refined.codes.values) QVERIFY(v >= 0 && v <= 1024);
    }

    void fullTtsDeepDropsTheReferenceFrames() {
        Result<VoicePrompt> voice = engine().prepareVoice(m_ref, kTranscript);
        QVERIFY2(voice.ok(), voice.ok() ? "" : voice.message().c_str());
        QCOMPARE(voice->frames(), static_cast<std::int64_t>((m_ref.samples.size() + 319) / 320));  // ceil(N / 320)
        Result<TtsResult> r = engine().tts(kText, *voice, fastConfig(true));
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QVERIFY(r->coarse.deepClone);
        QCOMPARE(r->refined.fullCodes.numFrames, static_cast<std::int64_t>(r->coarse.l0Codes.size()));
        QCOMPARE(r->refined.codes.numFrames, r->refined.fullCodes.numFrames - voice->frames());
        // The forward passes read the reference twice: prepended, and at the head of x_AR (spec §5.2).
        QCOMPARE(r->refined.modelFrames, voice->frames() + r->refined.fullCodes.numFrames);
        QCOMPARE(r->untrimmedSamples, r->refined.codes.numFrames * 320);
        QVERIFY(allFinite(r->audio.samples));
    }

    void seedMakesARunRepeatable() {
        const InferenceConfig c = fastConfig(false, 5);
        Result<TtsResult> a = engine().tts(kText, m_ref, std::nullopt, c);
        Result<TtsResult> b = engine().tts(kText, m_ref, std::nullopt, c);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->coarse.generatedIds == b->coarse.generatedIds);
        QVERIFY(a->refined.codes.values == b->refined.codes.values);
        QVERIFY(a->audio.samples == b->audio.samples);
        // refining the same coarse result again continues the same random stream
        Result<VoicePrompt> voice = engine().prepareVoice(m_ref, std::nullopt);
        QVERIFY(voice.ok());
        Result<NarResult> again = engine().refine(a->coarse, *voice, c);
        QVERIFY(again.ok());
        QVERIFY(again->codes.values == a->refined.codes.values);
        // another seed draws another diffusion (8 x T codes of 1025 classes: equal by chance is out of reach)
        Result<TtsResult> other = engine().tts(kText, m_ref, std::nullopt, fastConfig(false, 6));
        QVERIFY(other.ok());
        QVERIFY(other->refined.codes.values != a->refined.codes.values);
    }

    void diffusionDrawsFollowTheChosenStream() {
        // The CPU keeps the reference's stream whatever RefineOptions::referenceDraws says; the GPU's
        // route (MARS5_DIFFUSION_DRAWS=device: its own generator, short draws) is another stream,
        // repeatable per seed, with the same rules (L0 kept, codes in range).
        const InferenceConfig c = fastConfig(true, 8);
        Result<VoicePrompt> voice = engine().prepareVoice(m_ref, kTranscript);
        QVERIFY(voice.ok());
        Result<ArResult> coarse = engine().generateCoarse(kText, *voice, c);
        QVERIFY(coarse.ok());
        Result<NarResult> plain = engine().refine(*coarse, *voice, c);
        RefineOptions reference;
        reference.referenceDraws = true;
        Result<NarResult> asked = engine().refine(*coarse, *voice, c, {}, nullptr, reference);
        QVERIFY(plain.ok() && asked.ok());
        QVERIFY(plain->fullCodes.values == asked->fullCodes.values);

        qputenv("MARS5_DIFFUSION_DRAWS", "device");
        Result<NarResult> device1 = engine().refine(*coarse, *voice, c);
        Result<NarResult> device2 = engine().refine(*coarse, *voice, c, {}, nullptr, reference);  // the variable wins
        qunsetenv("MARS5_DIFFUSION_DRAWS");
        QVERIFY(device1.ok() && device2.ok());
        QVERIFY(device1->fullCodes.values == device2->fullCodes.values);
        QVERIFY(device1->fullCodes.values != plain->fullCodes.values);
        const CodecCodes l0 = firstCodebooks(device1->fullCodes, 1);
        QCOMPARE(l0.values, std::vector<std::int64_t>(coarse->l0Codes.begin(), coarse->l0Codes.end()));
        for (const auto v : device1->fullCodes.values) QVERIFY(v >= 0 && v <= 1024);
        QVERIFY(plain->referenceRoute);
        QVERIFY(!device1->referenceRoute);
    }

    void halfPrecisionOnTheCpuTakesTheShortRoute() {
        // bfloat16 cannot give the reference's codes, so its diffusion takes the short draws and
        // the 3-pass posterior (and narrowed heads); referenceDraws still asks for the reference's.
        EngineOptions options;
        options.dtype = ComputeDType::BFloat16;
        Result<Mars5Engine> bf16 = Mars5Engine::load(tinyPaths(), options);
        QVERIFY2(bf16.ok(), bf16.ok() ? "" : bf16.message().c_str());
        const InferenceConfig c = fastConfig(true, 9);
        Result<VoicePrompt> voice = bf16->prepareVoice(m_ref, kTranscript);
        QVERIFY(voice.ok());
        Result<ArResult> coarse = bf16->generateCoarse(kText, *voice, c);
        QVERIFY(coarse.ok());
        Result<NarResult> plain = bf16->refine(*coarse, *voice, c);
        QVERIFY2(plain.ok(), plain.ok() ? "" : plain.message().c_str());
        QVERIFY(!plain->referenceRoute);
        QCOMPARE(plain->modelFrames, voice->frames() + plain->fullCodes.numFrames);
        for (const auto v : plain->fullCodes.values) QVERIFY(v >= 0 && v <= 1024);
        const CodecCodes l0 = firstCodebooks(plain->fullCodes, 1);
        QCOMPARE(l0.values, std::vector<std::int64_t>(coarse->l0Codes.begin(), coarse->l0Codes.end()));
        Result<NarResult> again = bf16->refine(*coarse, *voice, c);  // a seed repeats the run
        QVERIFY(again.ok() && again->fullCodes.values == plain->fullCodes.values);
        RefineOptions reference;
        reference.referenceDraws = true;
        Result<NarResult> asked = bf16->refine(*coarse, *voice, c, {}, nullptr, reference);
        QVERIFY(asked.ok() && asked->referenceRoute);
    }

    void voiceCacheAvoidsReEncoding() {
        engine().clearVoiceCache();
        Result<VoicePrompt> first = engine().prepareVoice(m_ref, std::nullopt);
        Result<VoicePrompt> second = engine().prepareVoice(m_ref, kTranscript);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!first->fromCache());
        QVERIFY(second->fromCache());
        QCOMPARE(second->contentHash(), first->contentHash());
        QVERIFY(second->codes().values == first->codes().values);
        QCOMPARE(second->transcript().value(), kTranscript);  // the transcript is per request
        QVERIFY(second->arSpeakerVector() == first->arSpeakerVector());
        QCOMPARE(first->arSpeakerVector().size(), std::size_t{64});
        QCOMPARE(first->narSpeakerVector().size(), std::size_t{32});
        // other encoding settings are another voice
        Result<VoicePrompt> padded = engine().prepareVoice(m_ref, std::nullopt, 0.5);
        QVERIFY(padded.ok());
        QVERIFY(!padded->fromCache());
        QCOMPARE(padded->frames(), first->frames() + 38);  // 12000 more samples: ceil((N + 12000) / 320)
        Result<TtsResult> r = engine().tts(kText, m_ref, std::nullopt, fastConfig(false));
        QVERIFY(r.ok());
        QVERIFY(r->voiceFromCache);
    }

    void stopKeepsThePartialResult() {
        const InferenceConfig c = fastConfig(false);
        Result<TtsResult> full = engine().tts(kText, m_ref, std::nullopt, c);
        QVERIFY(full.ok());
        QVERIFY2(full->coarse.generatedIds.size() > 4, "the tiny AR must run longer than the stop point");
        RunControl control;
        const ProgressCallback stopAt3 = [&](const EngineProgress& p) {
            if (p.stage == EngineStage::Coarse && p.current >= 3) control.requestStop();
        };
        Result<TtsResult> r = engine().tts(kText, m_ref, std::nullopt, c, stopAt3, &control);
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QCOMPARE(static_cast<int>(r->coarse.stop), static_cast<int>(CoarseStop::Stopped));
        QCOMPARE(r->coarse.generatedIds.size(), std::size_t{3});
        // the same tokens as the full run up to the stop (same seed)
        QVERIFY(std::equal(r->coarse.generatedIds.begin(), r->coarse.generatedIds.end(), full->coarse.generatedIds.begin()));
        QVERIFY(!r->audio.samples.empty());
        QCOMPARE(r->untrimmedSamples, static_cast<std::int64_t>(r->coarse.l0Codes.size()) * 320);
    }

    void cancelDiscardsTheRun() {
        for (const EngineStage stage : {EngineStage::Coarse, EngineStage::Refine}) {
            RunControl control;
            int after = 0;
            const ProgressCallback cancel = [&](const EngineProgress& p) {
                if (control.cancelRequested()) ++after;
                if (p.stage == stage && p.current >= 2) control.requestCancel();
            };
            Result<TtsResult> r = engine().tts(kText, m_ref, std::nullopt, fastConfig(false), cancel, &control);
            QVERIFY(!r.ok());
            QCOMPARE(static_cast<int>(r.error().kind), static_cast<int>(ErrorKind::Cancelled));
            QVERIFY(after <= 1);  // ended at the next token / step
        }
        // Pressed while the vocoder runs (it cannot stop midway): still discarded.
        RunControl inVocoder;
        const ProgressCallback cancelInVocoder = [&](const EngineProgress& p) {
            if (p.stage == EngineStage::Vocode && p.current == 0) inVocoder.requestCancel();
        };
        Result<TtsResult> late = engine().tts(kText, m_ref, std::nullopt, fastConfig(false), cancelInVocoder, &inVocoder);
        QVERIFY(!late.ok());
        QCOMPARE(static_cast<int>(late.error().kind), static_cast<int>(ErrorKind::Cancelled));
        RunControl early;
        early.requestCancel();
        Result<TtsResult> r = engine().tts(kText, m_ref, std::nullopt, fastConfig(false), {}, &early);
        QVERIFY(!r.ok());
        QCOMPARE(static_cast<int>(r.error().kind), static_cast<int>(ErrorKind::Cancelled));
    }

    void progressIsMonotoneAndReachesTheEnd() {
        engine().clearVoiceCache();
        std::vector<EngineProgress> events;
        Result<TtsResult> r =
            engine().tts(kText, m_ref, std::nullopt, fastConfig(false), [&](const EngineProgress& p) { events.push_back(p); });
        QVERIFY(r.ok());
        QVERIFY(!events.empty());
        int stage = -1;
        std::int64_t last = -1;
        std::vector<int> finished(4, 0);
        for (const auto& e : events) {
            const int s = static_cast<int>(e.stage);
            QVERIFY2(s >= stage, "stages run in order");
            if (s != stage) last = -1;
            stage = s;
            QVERIFY(e.current >= last);
            last = e.current;
            if (e.finished) {
                ++finished[static_cast<std::size_t>(s)];
                QCOMPARE(e.current, e.total);
            }
        }
        for (int f : finished) QCOMPARE(f, 1);
        const auto lastOf = [&](EngineStage s) {
            EngineProgress found;
            for (const auto& e : events)
                if (e.stage == s) found = e;
            return found;
        };
        QCOMPARE(lastOf(EngineStage::Refine).current, std::int64_t{8});
        QCOMPARE(lastOf(EngineStage::Coarse).current, static_cast<std::int64_t>(r->coarse.generatedIds.size()));
        QCOMPARE(static_cast<int>(events.back().stage), static_cast<int>(EngineStage::Vocode));
    }

    void fewerStepsVisitTheTrainedSchedule() {
        // nar_steps = 8 evaluates the NAR at 8 evenly spaced t of its 200-step schedule.
        const InferenceConfig c = fastConfig(false);
        Result<VoicePrompt> voice = engine().prepareVoice(m_ref, std::nullopt);
        QVERIFY(voice.ok());
        Result<ArResult> coarse = engine().generateCoarse(kText, *voice, c);
        QVERIFY2(coarse.ok(), coarse.ok() ? "" : coarse.message().c_str());
        RefineOptions options;
        options.keepSnapshots = true;
        Result<NarResult> refined = engine().refine(*coarse, *voice, c, {}, nullptr, options);
        QVERIFY2(refined.ok(), refined.ok() ? "" : refined.message().c_str());
        QCOMPARE(refined->stepsRun, 8);
        QVERIFY(refined->snapshotT == (std::vector<std::int64_t>{199, 174, 149, 124, 99, 74, 49, 24}));
        // RePaint jumps need all 200 steps: refused before the AR spends any time.
        InferenceConfig jumps = c;
        jumps.jump_len = 2;
        Result<TtsResult> r = engine().tts(kText, m_ref, std::nullopt, jumps);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().find("need all 200 diffusion steps") != std::string::npos, r.message().c_str());
    }

    void coarseCodesCanBeListenedTo() {
        Result<VoicePrompt> voice = engine().prepareVoice(m_ref, std::nullopt);
        QVERIFY(voice.ok());
        Result<ArResult> coarse = engine().generateCoarse(kText, *voice, fastConfig(false));
        QVERIFY(coarse.ok());
        Result<AudioBuffer> l0 = engine().vocodeCoarse(*coarse);
        QVERIFY2(l0.ok(), l0.ok() ? "" : l0.message().c_str());
        QCOMPARE(static_cast<std::int64_t>(l0->samples.size()), static_cast<std::int64_t>(coarse->l0Codes.size()) * 320);
        QVERIFY(allFinite(l0->samples));
        Result<NarResult> refined = engine().refine(*coarse, *voice, fastConfig(false));
        QVERIFY(refined.ok());
        Result<AudioBuffer> four = engine().vocode(firstCodebooks(refined->codes, 4));
        QVERIFY(four.ok());
        QCOMPARE(static_cast<std::int64_t>(four->samples.size()), refined->codes.numFrames * 320);
        // the NAR's pad class never reaches the vocoder: it is replaced, with a warning
        CodecCodes withPad = refined->codes;
        withPad.values[1] = 1024;
        Result<AudioBuffer> padded = engine().vocode(withPad);
        QVERIFY2(padded.ok(), padded.ok() ? "" : padded.message().c_str());
        QVERIFY(contains(padded->warnings, "pad-class"));
        // the trim is the reference's: an all-zero clip is kept whole
        AudioBuffer zeros;
        zeros.sampleRate = kModelSampleRate;
        zeros.samples.assign(4096, 0.0f);
        QCOMPARE(Mars5Engine::trim(zeros, 27.0).samples.size(), std::size_t{4096});
    }

    // --- bad input -------------------------------------------------------------------------------

    void emptyTextIsRejected() {
        for (const std::string text : {"", "   \n\t "}) {
            Result<TtsResult> r = engine().tts(text, m_ref, std::nullopt, fastConfig(false));
            QVERIFY(!r.ok());
            QCOMPARE(static_cast<int>(r.error().kind), static_cast<int>(ErrorKind::InvalidArgument));
            QVERIFY(r.message().find("empty") != std::string::npos);
            // Said by a notice, so that the studio can say it in the user's language.
            QVERIFY(!r.error().notice.pattern.empty());
            QCOMPARE(r.error().notice.text(), r.error().message);
            Result<VoicePrompt> voice = engine().prepareVoice(m_ref, std::nullopt);
            QVERIFY(voice.ok());
            Result<ArResult> c = engine().generateCoarse(text, *voice, fastConfig(false));
            QVERIFY(!c.ok());
            QCOMPARE(static_cast<int>(c.error().kind), static_cast<int>(ErrorKind::InvalidArgument));
        }
    }

    void textBeyondTheBudgetNamesTheLimit() {
        InferenceConfig c = fastConfig(false);
        c.generate_max_len_override = 12;
        std::string longText;
        for (int i = 0; i < 10; ++i) longText += "Please keep the light on. ";
        Result<TtsResult> r = engine().tts(longText, m_ref, std::nullopt, c);
        QVERIFY(!r.ok());
        QCOMPARE(static_cast<int>(r.error().kind), static_cast<int>(ErrorKind::InvalidArgument));
        QVERIFY2(r.message().find("at most 12 ids") != std::string::npos, r.message().c_str());
        QCOMPARE(r.error().notice.values.size(), std::size_t{3});  // the prompt's ids, its text's, the limit
        QCOMPARE(r.error().notice.values.back().number, 12.0);
        // a prompt that fits but leaves too little room draws a warning
        c.generate_max_len_override = 25;
        Result<TtsResult> w = engine().tts(kText, m_ref, std::nullopt, c);
        QVERIFY2(w.ok(), w.ok() ? "" : w.message().c_str());
        QVERIFY(contains(w->warnings, "budget"));
    }

    void deepCloneWithoutTranscriptIsAnError() {
        Result<TtsResult> r = engine().tts(kText, m_ref, std::nullopt, fastConfig(true));
        QVERIFY(!r.ok());
        QCOMPARE(static_cast<int>(r.error().kind), static_cast<int>(ErrorKind::InvalidArgument));
        QVERIFY(r.message().find("transcript") != std::string::npos);
        Result<VoicePrompt> voice = engine().prepareVoice(m_ref, std::nullopt);
        QVERIFY(voice.ok());
        Result<ArResult> c = engine().generateCoarse(kText, *voice, fastConfig(true));
        QVERIFY(!c.ok());
        QVERIFY(c.message().find("transcript") != std::string::npos);
        // an empty transcript is a transcript (as in the reference)
        Result<TtsResult> ok = engine().tts(kText, m_ref, std::string(), fastConfig(true));
        QVERIFY2(ok.ok() || ok.message().find("no new audio") != std::string::npos, ok.ok() ? "" : ok.message().c_str());
    }

    void shortAndLongReferencesWarn() {
        AudioBuffer shortRef = m_ref;
        shortRef.samples.resize(12000);  // 0.5 s
        Result<VoicePrompt> s = engine().prepareVoice(shortRef, std::nullopt);
        QVERIFY(s.ok());
        QVERIFY(contains(s->warnings(), "shorter than 1 s"));
        AudioBuffer clickRef = m_ref;
        clickRef.samples.resize(96);  // 4 ms: said as such, not as "0.00 s"
        Result<VoicePrompt> click = engine().prepareVoice(clickRef, std::nullopt);
        QVERIFY2(click.ok(), click.ok() ? "" : click.message().c_str());
        QVERIFY2(contains(click->warnings(), "the reference is 0.004 s long"), click->warnings().empty() ? "" : click->warnings()[0].text().c_str());
        AudioBuffer longRef;
        longRef.sampleRate = kModelSampleRate;
        while (longRef.samples.size() < 13u * 24000u)
            longRef.samples.insert(longRef.samples.end(), m_ref.samples.begin(), m_ref.samples.end());
        longRef.samples.back() = 0.25f;  // the last sample must survive the cut
        Result<VoicePrompt> l = engine().prepareVoice(longRef, std::nullopt);
        QVERIFY(l.ok());
        QVERIFY(contains(l->warnings(), "only its last 12.00 s are used"));
        QCOMPARE(l->referenceSeconds(), 12.0);
        QCOMPARE(l->frames(), std::int64_t{900});  // 12 s at 75 frames/s
        Result<VoicePrompt> ok = engine().prepareVoice(m_ref, std::nullopt);
        QVERIFY(ok.ok());
        QVERIFY(ok->warnings().empty());
        // a muted input: digital silence, or a clip far below any speech level
        AudioBuffer silent = m_ref;
        std::fill(silent.samples.begin(), silent.samples.end(), 0.0f);
        Result<VoicePrompt> z = engine().prepareVoice(silent, std::nullopt);
        QVERIFY(z.ok());
        QVERIFY(contains(z->warnings(), "digital silence"));
        AudioBuffer hum = silent;
        for (std::size_t i = 0; i < hum.samples.size(); ++i) hum.samples[i] = (i % 2 ? 1.0f : -1.0f) * 0.001f;
        Result<VoicePrompt> q = engine().prepareVoice(hum, std::nullopt);
        QVERIFY(q.ok());
        QVERIFY(contains(q->warnings(), "nearly silent (peak -60 dBFS)"));
        // a floating-point file far above full scale: said, not silently turned into noise
        AudioBuffer loud = m_ref;
        for (float& v : loud.samples) v *= 1e6f;
        Result<VoicePrompt> over = engine().prepareVoice(loud, std::nullopt);
        QVERIFY(over.ok());
        QVERIFY2(contains(over->warnings(), "above full scale"), over->warnings().empty() ? "" : over->warnings().front().text().c_str());
        // a 13 s reference with max_prompt_dur raised is kept whole
        Result<VoicePrompt> whole = engine().prepareVoice(longRef, std::nullopt, 0.0, 20.0);
        QVERIFY(whole.ok());
        QCOMPARE(whole->frames(), static_cast<std::int64_t>((longRef.samples.size() + 319) / 320));
        AudioBuffer empty;
        empty.sampleRate = kModelSampleRate;
        QVERIFY(!engine().prepareVoice(empty, std::nullopt).ok());
    }

    void outOfRangeConfigIsRejectedWithTheRange() {
        InferenceConfig c = fastConfig(false);
        c.top_p = 1.5;
        const std::string expected = c.validate();
        QVERIFY(!expected.empty());
        QVERIFY(expected.find("top_p") != std::string::npos);
        Result<TtsResult> r = engine().tts(kText, m_ref, std::nullopt, c);
        QVERIFY(!r.ok());
        QCOMPARE(static_cast<int>(r.error().kind), static_cast<int>(ErrorKind::InvalidArgument));
        QCOMPARE(r.message(), expected);
        Result<VoicePrompt> voice = engine().prepareVoice(m_ref, std::nullopt);
        QVERIFY(voice.ok());
        Result<ArResult> coarse = engine().generateCoarse(kText, *voice, c);
        QVERIFY(!coarse.ok());
        QCOMPARE(coarse.message(), expected);
        InferenceConfig steps = fastConfig(false);
        steps.nar_steps = 0;
        Result<TtsResult> s = engine().tts(kText, m_ref, std::nullopt, steps);
        QVERIFY(!s.ok());
        QVERIFY(s.message().find("nar_steps") != std::string::npos);
    }

    void mismatchedVocabulariesAreRefused() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path folder = dir.path().toStdString();
        // A NAR whose text tokenizer has the same size but another merge: its ids mean other tokens.
        const SafetensorsFile nar = SafetensorsFile::open((kMars5 / "mars5_tiny_nar.safetensors").string());
        std::vector<std::pair<std::string, at::Tensor>> tensors;
        for (const auto& e : nar.entries()) tensors.emplace_back(e.name, nar.tensor(e.name));
        std::map<std::string, std::string> meta = nar.metadata();
        std::string& texttok = meta.at("texttok.model");
        const auto at = texttok.find("\n104 101\n");
        QVERIFY(at != std::string::npos);
        texttok.replace(at, 9, "\n101 104\n");
        const fs::path bad = folder / "other_nar.safetensors";
        writeSafetensors(bad.string(), tensors, meta);
        fs::copy_file(kMars5 / "tiny_config.json", folder / "tiny_config.json");
        ModelPaths p = tinyPaths();
        p.nar = bad.string();
        Result<Mars5Engine> e = Mars5Engine::load(p);
        QVERIFY(!e.ok());
        QCOMPARE(static_cast<int>(e.error().kind), static_cast<int>(ErrorKind::Format));
        QVERIFY2(e.message().find("text tokenizer differs") != std::string::npos, e.message().c_str());
        // an AR given as the NAR is refused too
        p.nar = tinyPaths().ar;
        QVERIFY(!Mars5Engine::load(p).ok());
    }

    void missingModelFilesAreNamed() {
        ModelPaths p = tinyPaths();
        p.ar = "/nonexistent/mars5_ar.safetensors";
        p.vocos = "/nonexistent/vocos.bin";
        Result<Mars5Engine> e = Mars5Engine::load(p);
        QVERIFY(!e.ok());
        QCOMPARE(static_cast<int>(e.error().kind), static_cast<int>(ErrorKind::Io));
        QVERIFY(e.message().find("/nonexistent/mars5_ar.safetensors") != std::string::npos);
        QVERIFY(e.message().find("/nonexistent/vocos.bin") != std::string::npos);
        QVERIFY(!Mars5Engine::load(ModelPaths{}).ok());

        QTemporaryDir dir;
        const fs::path folder = dir.path().toStdString();
        Result<ModelPaths> none = ModelPaths::fromFolder(folder.string());
        QVERIFY(!none.ok());
        QCOMPARE(static_cast<int>(none.error().kind), static_cast<int>(ErrorKind::Io));
        for (const char* what : {"AR", "NAR", "Encodec", "Vocos"}) QVERIFY(none.message().find(what) != std::string::npos);
        // one folder with every file: found, and it loads (tiny_config.json is picked up beside the checkpoints)
        for (const char* f : {"mars5_tiny_ar.safetensors", "mars5_tiny_nar.safetensors", "tiny_config.json"})
            fs::copy_file(kMars5 / f, folder / f);
        for (const char* f : {"encodec_tiny.th", "vocos_tiny_pytorch_model.bin", "vocos_tiny_config.yaml"})
            fs::copy_file(kCodec / f, folder / f);
        Result<ModelPaths> found = ModelPaths::fromFolder(folder.string());
        QVERIFY2(found.ok(), found.ok() ? "" : found.message().c_str());
        QCOMPARE(fs::path(found->ar).filename().string(), std::string("mars5_tiny_ar.safetensors"));
        QCOMPARE(fs::path(found->nar).filename().string(), std::string("mars5_tiny_nar.safetensors"));
        QCOMPARE(fs::path(found->encodec).filename().string(), std::string("encodec_tiny.th"));
        QCOMPARE(fs::path(found->vocos).filename().string(), std::string("vocos_tiny_pytorch_model.bin"));
        QCOMPARE(fs::path(found->vocosConfig).filename().string(), std::string("vocos_tiny_config.yaml"));
        QVERIFY(Mars5Engine::load(*found).ok());
        fs::remove(folder / "encodec_tiny.th");
        Result<ModelPaths> partial = ModelPaths::fromFolder(folder.string());
        QVERIFY(!partial.ok());
        QVERIFY(partial.message().find("Encodec") != std::string::npos);
        QVERIFY(partial.message().find("MARS5 AR") == std::string::npos);
    }

    void reducedPrecisionLoadsOrSaysWhy() {
        EngineOptions half;
        half.dtype = ComputeDType::Float16;
        Result<Mars5Engine> e = Mars5Engine::load(tinyPaths(), half);
        if (e.ok()) {
            Result<TtsResult> r = e->tts(kText, m_ref, std::nullopt, fastConfig(false));
            QVERIFY(r.ok() || r.error().kind == ErrorKind::Unsupported);
        } else {
            QCOMPARE(static_cast<int>(e.error().kind), static_cast<int>(ErrorKind::Unsupported));
            QVERIFY2(e.message().find("float16") != std::string::npos, e.message().c_str());
        }
        EngineOptions cuda;
        cuda.device = ComputeDevice::Cuda;
        if (!cudaAvailable()) {
            Result<Mars5Engine> c = Mars5Engine::load(tinyPaths(), cuda);
            QVERIFY(!c.ok());
            QCOMPARE(static_cast<int>(c.error().kind), static_cast<int>(ErrorKind::Unsupported));
        }
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "test_engine.moc"
