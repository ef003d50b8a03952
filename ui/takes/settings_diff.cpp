#include "takes/settings_diff.h"

#include "util/setting_labels.h"

#include <QLocale>
#include <QObject>

#include <string_view>

namespace mars5::ui::takes {

QString formatFieldValue(const mars5::InferenceConfigField& field, double value) {
    // A negative seed asks for a fresh one each run (the settings panel's "Random" button).
    if (std::string_view(field.name) == "seed" && value < 0) return QObject::tr("random");
    switch (field.type) {
    case mars5::InferenceConfigField::Type::Bool: return value != 0.0 ? QObject::tr("on") : QObject::tr("off");
    case mars5::InferenceConfigField::Type::Int: return QString::number(static_cast<qint64>(value));
    case mars5::InferenceConfigField::Type::Float: return QLocale().toString(value, 'g', 10);  // "0,7" in German, as the panel shows it
    }
    return QString::number(value);
}

QList<SettingDifference> settingsDiff(const TakeRecord& a, const TakeRecord& b) {
    QList<SettingDifference> out;
    const QString take = QObject::tr("Take");
    auto add = [&](const QString& field, const QString& label, const QString& va, const QString& vb) {
        if (va != vb) out.append({field, label, take, va, vb});
    };
    add(QStringLiteral("text"), QObject::tr("Text"), a.text, b.text);
    add(QStringLiteral("transcript"), QObject::tr("Transcript"), a.transcript, b.transcript);
    add(QStringLiteral("reference"), QObject::tr("Reference"), a.referenceAudioSha256 == b.referenceAudioSha256 ? a.referenceName : a.referenceName + QStringLiteral(" (") + a.referenceAudioSha256.left(8) + QLatin1Char(')'),
        a.referenceAudioSha256 == b.referenceAudioSha256 ? a.referenceName : b.referenceName + QStringLiteral(" (") + b.referenceAudioSha256.left(8) + QLatin1Char(')'));
    add(QStringLiteral("preset"), QObject::tr("Preset"), a.presetName, b.presetName);
    add(QStringLiteral("seed used"), QObject::tr("Seed used"), QString::number(a.seed), QString::number(b.seed));
    for (const mars5::InferenceConfigField& field : mars5::inferenceConfigFields()) {
        const double va = a.config.get(field.name).value_or(0.0);
        const double vb = b.config.get(field.name).value_or(0.0);
        if (va == vb) continue;
        out.append({QString::fromUtf8(field.name), settingLabel(field), QString::fromUtf8(field.group), formatFieldValue(field, va),
                    formatFieldValue(field, vb)});
    }
    return out;
}

}  // namespace mars5::ui::takes
