#include "mars5/inference_config.h"

#include "translatable.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace mars5 {

namespace {

using Type = InferenceConfigField::Type;

struct FieldBinding {
    InferenceConfigField meta;
    double InferenceConfig::*real = nullptr;
    std::int64_t InferenceConfig::*integer = nullptr;
    bool InferenceConfig::*flag = nullptr;
};

constexpr double kBig = 1e9;

FieldBinding realField(const char* name, const char* group, double def, double lo, double hi, bool loExclusive,
                       const char* help, double InferenceConfig::*m, bool ignored = false) {
    return {{name, group, Type::Float, def, lo, hi, loExclusive, help, ignored}, m, nullptr, nullptr};
}
FieldBinding intField(const char* name, const char* group, double def, double lo, double hi, const char* help,
                      std::int64_t InferenceConfig::*m, bool ignored = false) {
    return {{name, group, Type::Int, def, lo, hi, false, help, ignored}, nullptr, m, nullptr};
}
FieldBinding boolField(const char* name, const char* group, bool def, const char* help, bool InferenceConfig::*m) {
    return {{name, group, Type::Bool, def ? 1.0 : 0.0, 0, 1, false, help, false}, nullptr, nullptr, m};
}

const std::vector<FieldBinding>& bindings() {
    static const std::vector<FieldBinding> table = [] {
        const char* ar = "AR sampling";
        const char* nar = "NAR diffusion";
        const char* out = "Reference and output";
        const InferenceConfig d;
        return std::vector<FieldBinding>{
            realField("temperature", ar, d.temperature, 0, 10, true, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "AR logits are divided by it (lower: more conservative)"),
                      &InferenceConfig::temperature),
            intField("top_k", ar, double(d.top_k), 0, kBig, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "keep only the k most likely ids (ties kept); 0 disables"),
                     &InferenceConfig::top_k),
            realField("top_p", ar, d.top_p, 0, 1, false, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "nucleus mass; 1.0 disables"), &InferenceConfig::top_p),
            realField("typical_p", ar, d.typical_p, 0, 1, false, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "typical-sampling mass; above 0.999 disables"),
                      &InferenceConfig::typical_p),
            realField("freq_penalty", ar, d.freq_penalty, 0, 100, false,
                      QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "subtracted from an id's logit once per recent occurrence (fewer repetitions)"),
                      &InferenceConfig::freq_penalty),
            realField("presence_penalty", ar, d.presence_penalty, 0, 100, false,
                      QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "subtracted once from every recently generated id (more diversity)"), &InferenceConfig::presence_penalty),
            intField("rep_penalty_window", ar, double(d.rep_penalty_window), 1, kBig,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "how many of the last generated ids the penalties look at (80 is about 5 s)"),
                     &InferenceConfig::rep_penalty_window),
            realField("eos_penalty_decay", ar, d.eos_penalty_decay, 0, 10, false,
                      QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "exponent of the early-end penalty: 0 constant, 1 linear in the remaining length"),
                      &InferenceConfig::eos_penalty_decay),
            realField("eos_penalty_factor", ar, d.eos_penalty_factor, 0, 100, false,
                      QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "scale of the early-end penalty; 0 disables"), &InferenceConfig::eos_penalty_factor),
            realField("eos_estimated_gen_length_factor", ar, d.eos_estimated_gen_length_factor, 0, 100, false,
                      QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "expected generated tokens = round(factor x characters of the text)"),
                      &InferenceConfig::eos_estimated_gen_length_factor),
            intField("timesteps", nar, double(d.timesteps), 1, 100000,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "accepted for preset compatibility; the reference ignores it (nar_steps sets the step count)"),
                     &InferenceConfig::timesteps, true),
            realField("x_0_temp", nar, d.x_0_temp, 0, 10, true, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "temperature of the guided x0 prediction"),
                      &InferenceConfig::x_0_temp),
            intField("q0_override_steps", nar, double(d.q0_override_steps), 0, 100000,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "the AR codes are re-imposed on codebook 0 after every step with t above this"),
                     &InferenceConfig::q0_override_steps),
            realField("nar_guidance_w", nar, d.nar_guidance_w, 0, 100, false, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "classifier-free guidance weight"),
                      &InferenceConfig::nar_guidance_w),
            // at most the 200 steps of the schedule the NAR was trained with (kNarScheduleSteps)
            intField("nar_steps", nar, double(d.nar_steps), 1, 200,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "diffusion steps: 200 = the reference; fewer evaluate the model at evenly spaced t of its "
                     "200-step schedule and skip the rest (about proportionally faster)"),
                     &InferenceConfig::nar_steps),
            intField("jump_len", nar, double(d.jump_len), 1, 100000, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "RePaint jump length (1: no jumps, the reference; jumps need all 200 steps)"),
                     &InferenceConfig::jump_len),
            intField("jump_n_sample", nar, double(d.jump_n_sample), 1, 100000,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "RePaint resampling count (1: no resampling, the reference)"), &InferenceConfig::jump_n_sample),
            realField("max_prompt_dur", out, d.max_prompt_dur, 0, 3600, true,
                      QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "seconds; a longer reference draws a warning"), &InferenceConfig::max_prompt_dur),
            intField("generate_max_len_override", out, double(d.generate_max_len_override), -1, kBig,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "if above 1, the total AR sequence budget (prompt + generated ids) instead of 2000"),
                     &InferenceConfig::generate_max_len_override),
            boolField("deep_clone", out, d.deep_clone, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "condition on the reference transcript and codes (needs the transcript)"),
                      &InferenceConfig::deep_clone),
            boolField("use_kv_cache", out, d.use_kv_cache, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "reuse attention keys/values between tokens (speed only)"),
                      &InferenceConfig::use_kv_cache),
            realField("trim_db", out, d.trim_db, 0, 200, true, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "silence threshold in dB of the final trim"),
                      &InferenceConfig::trim_db),
            intField("beam_width", out, double(d.beam_width), 1, 1, QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "only 1 is supported (as in the reference)"),
                     &InferenceConfig::beam_width),
            realField("ref_audio_pad", out, d.ref_audio_pad, 0, 60, false,
                      QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "seconds of silence prepended to the reference before encoding"), &InferenceConfig::ref_audio_pad),
            intField("vocos_bandwidth_id", out, double(d.vocos_bandwidth_id), 0, 3,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "Vocos bandwidth embedding row (0..3 = 1.5, 3, 6, 12 kbps); the reference decodes its 8 codebooks with 1, the 3 kbps row"),
                     &InferenceConfig::vocos_bandwidth_id),
            intField("piece_chars", "Long texts", double(d.piece_chars), 0, 100000,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "a longer text is spoken sentence by sentence in pieces of at most this many characters, "
                     "joined with a pause (0: the whole text at once, as the reference; else at least 40)"),
                     &InferenceConfig::piece_chars),
            realField("piece_pause", "Long texts", d.piece_pause, 0, 5, false,
                      QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "seconds of silence between the pieces of a long text"), &InferenceConfig::piece_pause),
            intField("seed", "Reproducibility", double(d.seed), -1, 9007199254740991.0,
                     QT_TRANSLATE_NOOP("mars5::InferenceConfigField", "a fixed seed makes a run repeatable; -1 picks a fresh one"), &InferenceConfig::seed),
        };
    }();
    return table;
}

const FieldBinding* findBinding(std::string_view name) {
    for (const auto& b : bindings())
        if (name == b.meta.name) return &b;
    return nullptr;
}

std::string number(double v) {
    char buf[64];
    // Whole numbers in full (the seed's bound 2^53 - 1 printed as 9.007199255e+15 was itself
    // out of range when typed back in), the rest to 10 digits.
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e18)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string rangeError(const InferenceConfigField& f, double value) {
    return std::string(f.name) + " = " + number(value) + " is out of range: must be " +
           (f.type == Type::Int ? "an integer in " : f.type == Type::Bool ? "" : "in ") + describeRange(f) + " (" + f.help + ")";
}

std::string check(const InferenceConfigField& f, double value) {
    if (!std::isfinite(value)) return std::string(f.name) + " = " + number(value) + " is not a finite number";
    if (f.type != Type::Float && value != std::floor(value))
        return std::string(f.name) + " = " + number(value) + " must be " + (f.type == Type::Bool ? "0 or 1" : "an integer");
    const bool below = f.minExclusive ? value <= f.minValue : value < f.minValue;
    if (below || value > f.maxValue) return rangeError(f, value);
    return {};
}

}  // namespace

const std::vector<InferenceConfigField>& inferenceConfigFields() {
    static const std::vector<InferenceConfigField> fields = [] {
        std::vector<InferenceConfigField> out;
        for (const auto& b : bindings()) out.push_back(b.meta);
        return out;
    }();
    return fields;
}

const InferenceConfigField* findInferenceConfigField(std::string_view name) {
    const FieldBinding* b = findBinding(name);
    return b ? &b->meta : nullptr;
}

std::string describeRange(const InferenceConfigField& f) {
    if (f.type == Type::Bool) return "0 or 1";
    // (a std::string first, not "{" + ...: GCC 12 warns falsely on literal + string&&, -Wrestrict)
    if (f.minValue == f.maxValue) return std::string("{") + number(f.minValue) + "}";
    return std::string(f.minExclusive ? "(" : "[") + number(f.minValue) + ", " + number(f.maxValue) + "]";
}

std::optional<double> InferenceConfig::get(std::string_view name) const {
    const FieldBinding* b = findBinding(name);
    if (!b) return std::nullopt;
    if (b->real) return this->*(b->real);
    if (b->integer) return static_cast<double>(this->*(b->integer));
    return (this->*(b->flag)) ? 1.0 : 0.0;
}

std::string InferenceConfig::set(std::string_view name, double value) {
    const FieldBinding* b = findBinding(name);
    if (!b) return "unknown inference setting '" + std::string(name) + "'";
    if (auto err = check(b->meta, value); !err.empty()) return err;
    if (b->real) this->*(b->real) = value;
    else if (b->integer) this->*(b->integer) = static_cast<std::int64_t>(value);
    else this->*(b->flag) = value != 0;
    return {};
}

std::string InferenceConfig::validate() const {
    for (const auto& b : bindings()) {
        const double v = *get(b.meta.name);
        if (b.integer) {
            // int64 values beyond double precision are still out of every range here
            const std::int64_t iv = this->*(b.integer);
            if (static_cast<double>(iv) < b.meta.minValue || static_cast<double>(iv) > b.meta.maxValue)
                return rangeError(b.meta, static_cast<double>(iv));
            continue;
        }
        if (auto err = check(b.meta, v); !err.empty()) return err;
    }
    // A piece shorter than a sentence or two says words alone, each a run that costs a whole
    // prompt pass: 1-39 is a slip, not a choice.
    if (piece_chars > 0 && piece_chars < kMinPieceChars)
        return "piece_chars = " + std::to_string(piece_chars) + " is out of range: must be 0 (the whole text at once) or at least " +
               std::to_string(kMinPieceChars) + " characters";
    // Valid one by one, not together: RePaint goes back up the schedule one step at a time.
    if ((jump_len > 1 || jump_n_sample > 1) && nar_steps != 200)
        return "RePaint jumps (jump_len " + std::to_string(jump_len) + ", jump_n_sample " + std::to_string(jump_n_sample) +
               ") need all 200 diffusion steps, not nar_steps = " + std::to_string(nar_steps) +
               ": set jump_len and jump_n_sample to 1, or nar_steps to 200";
    return {};
}

}  // namespace mars5
