// The name a person reads for each sampler setting ("Guidance weight" for the reference's
// nar_guidance_w), shared by the settings panel and every view that lists settings (the take
// comparison), so one setting never shows under two names.
#pragma once

#include <mars5/inference_config.h>

#include <QString>

namespace mars5::ui {

// The readable label, translated; a field core adds later falls back to its name with spaces.
QString settingLabel(const mars5::InferenceConfigField& field);
QString settingLabel(const QString& fieldName);
// The setting's help text (core's InferenceConfigField::help), translated.
QString settingHelp(const mars5::InferenceConfigField& field);
// The heading of a group of settings (core's InferenceConfigField::group), translated; a group
// core adds later shows as it is.
QString settingGroupLabel(const char* group);

}  // namespace mars5::ui
