// Fuzz target: a settings preset file (the studio's presets folder; one JSON file each, which
// users copy between machines and edit by hand). PresetStore::load either reads it or says
// why not, with the file's name. What it reads must be a valid configuration, and must come
// back unchanged from the JSON the studio would save for it. The same file dropped on the
// settings (readSettingsFile, which also takes an exported take's .json) reads as valid
// settings or is refused in words.
#include "fuzz_support.h"
#include "studio/presets.h"

#include <QJsonDocument>
#include <QString>

namespace {

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit removeInput;
    const QString path = QString::fromStdString(mars5::fuzz::writeInput(data, size));
    // The same bytes dropped on the settings (readSettingsFile: a preset, or an exported take's
    // .json with its seed): settings that are valid, or a refusal in words.
    mars5::ui::SettingsFile dropped;
    QString why;
    if (mars5::ui::readSettingsFile(path, &dropped, &why)) {
        if (const std::string invalid = dropped.preset.config.validate(); !invalid.empty())
            mars5::fuzz::finding("a dropped settings file read into an invalid configuration", invalid);
    } else if (why.isEmpty()) {
        mars5::fuzz::finding("a dropped settings file refused without a word", "");
    }

    mars5::ui::SettingsPreset preset;
    QString error;
    if (!mars5::ui::PresetStore::load(path, &preset, &error)) {
        mars5::fuzz::tell("refused", error.toStdString());
        if (!error.startsWith(path)) mars5::fuzz::finding("a refusal that does not name the file", error.toStdString());
        return 0;
    }
    mars5::fuzz::tell("accepted", preset.name.toStdString());
    if (preset.name.isEmpty()) mars5::fuzz::finding("a preset without a name", "");
    if (const std::string invalid = preset.config.validate(); !invalid.empty())
        mars5::fuzz::finding("a preset read into an invalid configuration", invalid);
    const QJsonObject saved = mars5::ui::configToJson(preset.config);
    QString again;
    const mars5::InferenceConfig reread = mars5::ui::configFromJson(saved, &again);
    if (!again.isEmpty()) mars5::fuzz::finding("what the studio saves for a preset it read is refused", again.toStdString());
    if (compact(mars5::ui::configToJson(reread)) != compact(saved))
        mars5::fuzz::finding("a preset changed on its way through the saved form", compact(saved).toStdString());
    return 0;
}
