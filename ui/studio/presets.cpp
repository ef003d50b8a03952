#include "studio/presets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace mars5::ui {

namespace {

const char* const kFormat = "mars5-studio-preset";

// lupdate files these free tr() calls under the enclosing namespace: look them up there.
QString tr(const char* text) { return QCoreApplication::translate("mars5::ui", text); }

}  // namespace

QList<SettingsPreset> builtInPresets() {
    SettingsPreset defaults{tr("Reference defaults"), mars5::InferenceConfig{}, true, {}};
    mars5::InferenceConfig readme;  // MARS5 README / demo / cog "recommended" set (spec §4.1)
    readme.deep_clone = true;
    readme.rep_penalty_window = 100;
    readme.top_k = 100;
    readme.temperature = 0.7;
    readme.freq_penalty = 3;
    SettingsPreset recommended{tr("README recommended"), readme, true, {}};
    return {defaults, recommended};
}

QJsonObject configToJson(const mars5::InferenceConfig& config) {
    QJsonObject o;
    for (const auto& f : mars5::inferenceConfigFields()) {
        const double v = config.get(f.name).value_or(f.defaultValue);
        if (f.type == mars5::InferenceConfigField::Type::Bool)
            o.insert(QLatin1String(f.name), v != 0.0);
        else if (f.type == mars5::InferenceConfigField::Type::Int)
            o.insert(QLatin1String(f.name), static_cast<qint64>(std::llround(v)));
        else
            o.insert(QLatin1String(f.name), v);
    }
    return o;
}

mars5::InferenceConfig configFromJson(const QJsonObject& json, QString* error, QStringList* warnings) {
    mars5::InferenceConfig config;
    if (error) error->clear();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        if (!mars5::findInferenceConfigField(name.toStdString())) {
            if (warnings) *warnings << tr("unknown setting \"%1\" ignored").arg(it.key());
            continue;
        }
        double value = 0.0;
        if (it->isBool())
            value = it->toBool() ? 1.0 : 0.0;
        else if (it->isDouble())
            value = it->toDouble();
        else {
            if (error && error->isEmpty()) *error = tr("%1 is not a number").arg(it.key());
            continue;
        }
        // Presets saved when the steps went up to 400 (an N-step schedule): 200 is now the most
        // there are (fewer skip steps of the model's 200-step schedule), so take those.
        if (name == "nar_steps" && value > 200) {
            if (warnings) *warnings << tr("nar_steps %1 is above the 200 steps of the model's schedule: 200 used").arg(value);
            value = 200;
        }
        const std::string problem = config.set(name.toStdString(), value);
        if (!problem.empty() && error && error->isEmpty()) *error = QString::fromStdString(problem);
    }
    return config;
}

PresetStore::PresetStore(QString folder) : m_folder(std::move(folder)) {}

QString PresetStore::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/presets");
}

QString PresetStore::fileFor(const QString& name) const {
    // A file name from the preset name: letters, digits, space, - and _ kept.
    QString base = name.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[^\\w \\-]+"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("_"));
    if (base.isEmpty()) base = QStringLiteral("preset");
    return QDir(m_folder).filePath(base + QStringLiteral(".json"));
}

QList<SettingsPreset> PresetStore::userPresets(QStringList* problems) const {
    QList<SettingsPreset> out;
    const QDir dir(m_folder);
    for (const QString& entry : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::IgnoreCase)) {
        SettingsPreset p;
        QString error;
        if (load(dir.filePath(entry), &p, &error))
            out << p;
        else if (problems)
            *problems << error;
    }
    return out;
}

bool PresetStore::load(const QString& file, SettingsPreset* preset, QString* error) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read (%2)").arg(QDir::toNativeSeparators(file), f.errorString());
        return false;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject()) {
        *error = tr("%1: not a preset (JSON error: %2)").arg(QDir::toNativeSeparators(file), parse.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String(kFormat) || !o.value(QLatin1String("config")).isObject()) {
        *error = tr("%1: not a MARS5 Studio preset").arg(QDir::toNativeSeparators(file));
        return false;
    }
    QString problem;
    preset->config = configFromJson(o.value(QLatin1String("config")).toObject(), &problem);
    if (!problem.isEmpty()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(file), problem);
        return false;
    }
    preset->name = o.value(QLatin1String("name")).toString();
    if (preset->name.isEmpty()) preset->name = QFileInfo(file).completeBaseName();
    preset->builtIn = false;
    preset->file = file;
    return true;
}

bool readSettingsFile(const QString& path, SettingsFile* file, QString* error) {
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read (%2).").arg(name, f.errorString());
        return false;
    }
    constexpr qint64 kMostBytes = 1 << 20;  // a preset or a sidecar is a few KiB
    if (f.size() > kMostBytes) {
        *error = tr("%1 is too large to hold settings.").arg(name);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() == QLatin1String(kFormat)) {
        file->kind = SettingsFile::Kind::Preset;
        return PresetStore::load(path, &file->preset, error);
    }
    // An export's sidecar: "config" is every setting as used, "seed" the seed the take was made with.
    if (!o.value(QLatin1String("config")).isObject() || !o.value(QLatin1String("app_version")).isString()) {
        *error = tr("%1 holds neither a preset nor the settings of an exported take.").arg(name);
        return false;
    }
    QString problem;
    file->kind = SettingsFile::Kind::ExportedTake;
    file->preset = SettingsPreset{};
    file->preset.config = configFromJson(o.value(QLatin1String("config")).toObject(), &problem);
    if (const QJsonValue seed = o.value(QLatin1String("seed")); problem.isEmpty() && seed.isDouble()) {
        if (const auto set = file->preset.config.set("seed", seed.toDouble()); !set.empty()) problem = QString::fromStdString(set);
    }
    if (!problem.isEmpty()) {
        *error = tr("%1: %2").arg(name, problem);
        return false;
    }
    file->preset.file = path;
    return true;
}

QString PresetStore::save(const QString& name, const mars5::InferenceConfig& config) const {
    if (name.trimmed().isEmpty()) return tr("A preset needs a name.");
    const std::string invalid = config.validate();
    if (!invalid.empty()) return QString::fromStdString(invalid);
    if (!QDir().mkpath(m_folder)) return tr("The presets folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder));
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormat));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("name"), name.trimmed());
    o.insert(QStringLiteral("config"), configToJson(config));
    QSaveFile file(fileFor(name));
    if (!file.open(QIODevice::WriteOnly)) return tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString());
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit()) return tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString());
    return {};
}

bool PresetStore::remove(const QString& name) const { return QFile::remove(fileFor(name)); }

}  // namespace mars5::ui
