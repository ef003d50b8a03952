// Every setting of a MARS5 synthesis (spec mars5-model.md §4.1, §7): the reference's
// InferenceConfig fields with the same names and defaults, plus the few the reference
// hard-codes and this port makes real (NAR step count, RePaint jumps, vocoder bandwidth, seed),
// and the port's own long-text pieces.
//
// Torch-free. inferenceConfigFields() describes each field (type, default, valid range, group,
// help text) so the studio can build its settings panel and the CLI its `--name value`
// options from one table; validate() names the first out-of-range field and its range, or the
// fields that do not go together (RePaint jumps with fewer than 200 diffusion steps).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mars5 {

// The shortest piece a long text is cut into (InferenceConfig::piece_chars).
inline constexpr std::int64_t kMinPieceChars = 40;

struct InferenceConfig {
    // --- AR sampling (applied in this order each step: penalties, mask, early-EOS penalty,
    //     temperature, top-k, top-p, typical-p, mask, draw) ------------------------------------
    double temperature = 0.7;           // logits are divided by it
    std::int64_t top_k = 200;           // keep logits >= the k-th largest (ties kept); 0 disables
    double top_p = 0.2;                 // nucleus mass; 1.0 disables
    double typical_p = 1.0;             // typical-sampling mass; disabled above 0.999
    double freq_penalty = 3;            // subtracted count times from a recently generated id
    double presence_penalty = 0.4;      // subtracted once from every recently generated id
    std::int64_t rep_penalty_window = 80;  // how many of the last generated ids the penalties see
    double eos_penalty_decay = 0.5;     // exponent of the early-EOS penalty
    double eos_penalty_factor = 1;      // scale of the early-EOS penalty; 0 disables
    double eos_estimated_gen_length_factor = 1.0;  // expected tokens = round(factor * characters of the text)

    // --- NAR diffusion ---------------------------------------------------------------------
    std::int64_t timesteps = 200;       // kept for preset compatibility: the reference ignores it (see nar_steps)
    double x_0_temp = 0.7;              // temperature of the guided x0 logits
    std::int64_t q0_override_steps = 20;  // L0 is re-imposed after every step with t > this
    double nar_guidance_w = 3;          // classifier-free guidance weight
    std::int64_t nar_steps = 200;       // diffusion steps, 1-200: fewer skip steps of the 200-step schedule (the reference: 200)
    std::int64_t jump_len = 1;          // RePaint jump length (1 = no jumps, the reference)
    std::int64_t jump_n_sample = 1;     // RePaint resampling count (1 = none, the reference)

    // --- reference audio, length, output ---------------------------------------------------
    double max_prompt_dur = 12;         // seconds; a longer reference draws a warning
    std::int64_t generate_max_len_override = -1;  // if > 1, replaces the total AR sequence budget of 2000 ids
    bool deep_clone = true;             // condition on the reference transcript and codes (needs the transcript)
    bool use_kv_cache = true;           // speed only
    double trim_db = 27;                // silence threshold of the final trim
    std::int64_t beam_width = 1;        // only 1 is supported (as in the reference)
    double ref_audio_pad = 0;           // seconds of silence prepended to the reference before encoding
    std::int64_t vocos_bandwidth_id = 1;  // Vocos bandwidth embedding row: 1 (3 kbps) even for 8 codebooks, as the reference

    // --- long texts (this port's; the reference speaks any text at once) -------------------
    // A text longer than piece_chars characters is spoken sentence by sentence, in pieces of at
    // most that many (sentences packed together, an over-long one cut at a comma, then a word),
    // each a run of its own on the same voice, joined with piece_pause seconds of silence
    // (mars5/long_text.h). 0: the whole text at once, as the reference; else at least 40.
    std::int64_t piece_chars = 0;
    double piece_pause = 0.3;

    // --- reproducibility ----------------------------------------------------------------------
    std::int64_t seed = -1;             // >= 0: repeatable run; -1: a fresh random seed per run

    // The total AR sequence budget (prompt + generated ids, spec §4.4).
    std::int64_t maxSequenceLength() const { return generate_max_len_override > 1 ? generate_max_len_override : 2000; }

    // Empty when every field is in range; else a message naming the first bad field and its
    // valid range, e.g. "top_p = 1.5 is out of range: must be in [0, 1] (nucleus mass; 1.0 disables)".
    std::string validate() const;

    // Generic access by field name (numbers as double; booleans 0/1), for the CLI and the UI.
    std::optional<double> get(std::string_view name) const;
    // Sets and range-checks one field: empty on success, else the message validate() would give
    // (an unknown name, a non-integer for an integer field, an out-of-range value).
    std::string set(std::string_view name, double value);
};

struct InferenceConfigField {
    enum class Type { Float, Int, Bool };
    const char* name;       // as in the reference (and as the CLI option --name)
    const char* group;      // "AR sampling", "NAR diffusion", "Reference and output", "Long texts", "Reproducibility"
    Type type;
    double defaultValue;
    double minValue;
    double maxValue;
    bool minExclusive;      // the range is (min, max] rather than [min, max]
    const char* help;       // one line for a tooltip
    bool ignoredByReference;  // the reference accepts but does not use it (kept for presets)
};

// Every field of InferenceConfig, in declaration order.
const std::vector<InferenceConfigField>& inferenceConfigFields();
const InferenceConfigField* findInferenceConfigField(std::string_view name);

// "[0, 1]", "(0, 10]", "{1}", "0 or 1": the range as validate() prints it.
std::string describeRange(const InferenceConfigField& field);

}  // namespace mars5
