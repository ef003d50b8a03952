// Settings presets: the built-in ones (the reference's defaults and the set the MARS5
// README recommends) and the user's own, one JSON file each in a presets folder:
//
//   { "format": "mars5-studio-preset", "version": 1, "name": "Warm narrator",
//     "config": { "temperature": 0.7, "top_k": 100, ... every InferenceConfig field ... } }
//
// Reading is strict about values (each goes through InferenceConfig::set, so an
// out-of-range number is refused with the field's range) and lenient about missing fields
// (they keep the reference default).
#pragma once

#include "mars5/inference_config.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mars5::ui {

struct SettingsPreset {
    QString name;
    mars5::InferenceConfig config;
    bool builtIn = false;
    QString file;  // user presets: where it is stored
};

// "Reference defaults" and "README recommended" (deep_clone, rep_penalty_window 100,
// top_k 100, temperature 0.7, freq_penalty 3; the rest default).
QList<SettingsPreset> builtInPresets();

QJsonObject configToJson(const mars5::InferenceConfig& config);
// Empty error on success; else the first problem in plain words. Warnings (unknown
// fields) go to `warnings` when given.
mars5::InferenceConfig configFromJson(const QJsonObject& json, QString* error, QStringList* warnings = nullptr);

// A settings file opened in the studio (dropped on the settings): a preset file, or the .json
// an export writes beside a take, whose settings come with the seed the take was made with so
// that the same reference and text make that take again.
struct SettingsFile {
    enum class Kind { Preset, ExportedTake };
    Kind kind = Kind::Preset;
    SettingsPreset preset;  // the settings; for a preset also its name (an exported take's is "")
};
// False, with why in `error`, for a file that is neither (or too large to be either: over 1 MiB).
bool readSettingsFile(const QString& path, SettingsFile* file, QString* error);

class PresetStore {
public:
    // folder: where user presets live (created on first save).
    explicit PresetStore(QString folder);
    // QStandardPaths::AppDataLocation/presets
    static QString defaultFolder();

    const QString& folder() const { return m_folder; }
    // User presets, sorted by name; files that cannot be read are skipped and named in `problems`.
    QList<SettingsPreset> userPresets(QStringList* problems = nullptr) const;
    // Writes (atomically) or replaces the preset of that name. Empty on success, else why not.
    QString save(const QString& name, const mars5::InferenceConfig& config) const;
    // Reads one preset file.
    static bool load(const QString& file, SettingsPreset* preset, QString* error);
    bool remove(const QString& name) const;
    QString fileFor(const QString& name) const;

private:
    QString m_folder;
};

}  // namespace mars5::ui
