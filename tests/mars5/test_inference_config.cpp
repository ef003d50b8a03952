// InferenceConfig (the torch-free public header): reference defaults, the field table the UI
// and CLI are built from, and validation of out-of-range values with messages naming the field
// and its range.
#include "mars5/inference_config.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <set>

using namespace mars5;

class TestInferenceConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheReference() {
        const InferenceConfig c;
        QCOMPARE(c.temperature, 0.7);
        QCOMPARE(c.top_k, std::int64_t(200));
        QCOMPARE(c.top_p, 0.2);
        QCOMPARE(c.typical_p, 1.0);
        QCOMPARE(c.freq_penalty, 3.0);
        QCOMPARE(c.presence_penalty, 0.4);
        QCOMPARE(c.rep_penalty_window, std::int64_t(80));
        QCOMPARE(c.eos_penalty_decay, 0.5);
        QCOMPARE(c.eos_penalty_factor, 1.0);
        QCOMPARE(c.eos_estimated_gen_length_factor, 1.0);
        QCOMPARE(c.timesteps, std::int64_t(200));
        QCOMPARE(c.x_0_temp, 0.7);
        QCOMPARE(c.q0_override_steps, std::int64_t(20));
        QCOMPARE(c.nar_guidance_w, 3.0);
        QCOMPARE(c.max_prompt_dur, 12.0);
        QCOMPARE(c.generate_max_len_override, std::int64_t(-1));
        QVERIFY(c.deep_clone);
        QVERIFY(c.use_kv_cache);
        QCOMPARE(c.trim_db, 27.0);
        QCOMPARE(c.beam_width, std::int64_t(1));
        QCOMPARE(c.ref_audio_pad, 0.0);
        QCOMPARE(c.nar_steps, std::int64_t(200));
        QCOMPARE(c.jump_len, std::int64_t(1));
        QCOMPARE(c.jump_n_sample, std::int64_t(1));
        QCOMPARE(c.maxSequenceLength(), std::int64_t(2000));
        QVERIFY(c.validate().empty());
    }

    void fieldTableCoversEveryField() {
        const InferenceConfig c;
        std::set<std::string> names;
        for (const auto& f : inferenceConfigFields()) {
            QVERIFY2(names.insert(f.name).second, f.name);
            const auto v = c.get(f.name);
            QVERIFY2(v.has_value(), f.name);
            QCOMPARE(*v, f.defaultValue);
            QVERIFY2(f.help && *f.help, f.name);
        }
        QCOMPARE(names.size(), std::size_t(28));
        QVERIFY(findInferenceConfigField("timesteps")->ignoredByReference);
        QVERIFY(!c.get("no_such_field").has_value());
    }

    void longTextPiecesAreOffOrAtLeastFortyCharacters() {
        InferenceConfig c;
        QCOMPARE(c.piece_chars, std::int64_t(0));  // off: the whole text at once, as the reference
        QCOMPARE(c.piece_pause, 0.3);
        for (std::int64_t ok : {0, 40, 200, 100000}) {
            c.piece_chars = ok;
            QVERIFY2(c.validate().empty(), c.validate().c_str());
        }
        for (std::int64_t bad : {1, 39}) {
            c.piece_chars = bad;
            QVERIFY2(c.validate().find("must be 0 (the whole text at once) or at least 40") != std::string::npos, c.validate().c_str());
        }
        c.piece_chars = 0;
        QVERIFY(!c.set("piece_pause", -0.1).empty());
        QVERIFY(!c.set("piece_chars", 100001).empty());
    }

    void repaintJumpsNeedAllTheSteps() {
        InferenceConfig c;
        c.jump_len = 2;
        QVERIFY(c.validate().empty());  // with the 200 steps of the schedule
        c.nar_steps = 100;
        QVERIFY2(c.validate().find("need all 200 diffusion steps") != std::string::npos, c.validate().c_str());
        c.jump_len = 1;
        QVERIFY(c.validate().empty());  // fewer steps without jumps: the skip-step sampler
        c.jump_n_sample = 3;
        QVERIFY(!c.validate().empty());
    }

    void rejectsOutOfRangeValues() {
        const auto bad = [](const char* field, double value, const char* expectInMessage) {
            InferenceConfig c;
            const std::string err = c.set(field, value);
            QVERIFY2(err.find(field) != std::string::npos, err.c_str());
            QVERIFY2(err.find(expectInMessage) != std::string::npos, err.c_str());
            QVERIFY2(c.get(field) == InferenceConfig{}.get(field), "a rejected value must not be stored");
        };
        bad("temperature", 0.0, "(0, 10]");
        bad("temperature", -1.0, "out of range");
        bad("top_p", 1.5, "[0, 1]");
        bad("typical_p", -0.1, "[0, 1]");
        bad("top_k", -1, "an integer in [0, 1000000000]");
        bad("top_k", 2.5, "must be an integer");
        bad("rep_penalty_window", 0, "[1, ");
        bad("beam_width", 2, "{1}");
        bad("trim_db", 0, "(0, 200]");
        bad("deep_clone", 2, "0 or 1");
        bad("nar_steps", 0, "[1, 200]");
        bad("nar_steps", 201, "[1, 200]");  // the NAR's schedule has 200 steps: fewer skip some, more have no t
        bad("x_0_temp", std::numeric_limits<double>::quiet_NaN(), "not a finite number");
        bad("generate_max_len_override", -2, "[-1, ");
        InferenceConfig c;
        QVERIFY(c.set("bogus", 1).find("unknown inference setting 'bogus'") != std::string::npos);
        // validate() on a struct edited directly names the first bad field and its range
        c.top_p = 2;
        QVERIFY2(c.validate().find("top_p = 2 is out of range: must be in [0, 1]") != std::string::npos, c.validate().c_str());
        c = InferenceConfig{};
        c.rep_penalty_window = 0;
        QVERIFY(c.validate().find("rep_penalty_window") != std::string::npos);
        c = InferenceConfig{};
        c.temperature = std::numeric_limits<double>::infinity();
        QVERIFY(c.validate().find("temperature") != std::string::npos);
        // accepted values are stored
        c = InferenceConfig{};
        QVERIFY(c.set("top_k", 100).empty());
        QVERIFY(c.set("deep_clone", 0).empty());
        QVERIFY(c.set("generate_max_len_override", 300).empty());
        QCOMPARE(c.top_k, std::int64_t(100));
        QVERIFY(!c.deep_clone);
        QCOMPARE(c.maxSequenceLength(), std::int64_t(300));
        QVERIFY(c.validate().empty());
    }
};

QTEST_GUILESS_MAIN(TestInferenceConfig)
#include "test_inference_config.moc"
