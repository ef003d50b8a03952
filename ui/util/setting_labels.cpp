#include "util/setting_labels.h"

#include <QCoreApplication>
#include <QHash>

#include <cstring>

namespace mars5::ui {

namespace {

// The labels keep the settings panel's translation context, where they were first translated.
constexpr const char* kContext = "mars5::ui::SettingsPanel";

const QHash<QString, const char*>& labels() {
    static const QHash<QString, const char*> table{
        {QStringLiteral("temperature"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Temperature")},
        {QStringLiteral("top_k"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Top-k")},
        {QStringLiteral("top_p"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Top-p (nucleus)")},
        {QStringLiteral("typical_p"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Typical-p")},
        {QStringLiteral("freq_penalty"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Frequency penalty")},
        {QStringLiteral("presence_penalty"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Presence penalty")},
        {QStringLiteral("rep_penalty_window"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Penalty window")},
        {QStringLiteral("eos_penalty_decay"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Early-end decay")},
        {QStringLiteral("eos_penalty_factor"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Early-end penalty")},
        {QStringLiteral("eos_estimated_gen_length_factor"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Length factor")},
        {QStringLiteral("timesteps"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Timesteps")},
        {QStringLiteral("x_0_temp"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "x₀ temperature")},
        {QStringLiteral("q0_override_steps"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "L0 override below t")},
        {QStringLiteral("nar_guidance_w"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Guidance weight")},
        {QStringLiteral("nar_steps"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Diffusion steps")},
        {QStringLiteral("jump_len"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "RePaint jump length")},
        {QStringLiteral("jump_n_sample"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "RePaint resamples")},
        {QStringLiteral("max_prompt_dur"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Max reference (s)")},
        {QStringLiteral("generate_max_len_override"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Max length (ids)")},
        {QStringLiteral("deep_clone"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Deep clone")},
        {QStringLiteral("use_kv_cache"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "KV cache")},
        {QStringLiteral("trim_db"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Trim threshold (dB)")},
        {QStringLiteral("beam_width"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Beam width")},
        {QStringLiteral("ref_audio_pad"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Reference pad (s)")},
        {QStringLiteral("vocos_bandwidth_id"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Vocos bandwidth id")},
        {QStringLiteral("piece_chars"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Piece length (characters)")},
        {QStringLiteral("piece_pause"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Pause between pieces (s)")},
        {QStringLiteral("seed"), QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Seed")},
    };
    return table;
}

}  // namespace

QString settingHelp(const mars5::InferenceConfigField& field) {
    // core/src/inference_config.cpp marks each help text in this context for lupdate.
    return QCoreApplication::translate("mars5::InferenceConfigField", field.help);
}

QString settingGroupLabel(const char* group) {
    static const char* const kGroups[] = {QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "AR sampling"),
                                          QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "NAR diffusion"),
                                          QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Reference and output"),
                                          QT_TRANSLATE_NOOP("mars5::ui::SettingsPanel", "Long texts")};
    for (const char* known : kGroups)
        if (std::strcmp(known, group) == 0) return QCoreApplication::translate(kContext, known);
    return QString::fromUtf8(group);
}

QString settingLabel(const QString& fieldName) {
    if (const char* source = labels().value(fieldName, nullptr)) return QCoreApplication::translate(kContext, source);
    return QString(fieldName).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString settingLabel(const mars5::InferenceConfigField& field) { return settingLabel(QString::fromLatin1(field.name)); }

}  // namespace mars5::ui
