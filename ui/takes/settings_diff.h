// What differs between two takes' settings: every InferenceConfig field (from
// mars5::inferenceConfigFields(), so a new field is compared without touching this), the
// seed, the texts, the clone mode, the preset and the reference. Only differing fields are
// listed, in the field table's order.
#pragma once

#include "takes/take_store.h"

#include <QList>
#include <QString>

namespace mars5::ui::takes {

struct SettingDifference {
    QString field;  // "temperature", "seed used", "text", ...: the reference's name, for tooltips and tests
    QString label;  // what people read: "Temperature", "Seed used", "Text" (util/setting_labels)
    QString group;  // the field table's group, or "Take"
    QString a, b;   // the two values as people read them
};

QList<SettingDifference> settingsDiff(const TakeRecord& a, const TakeRecord& b);

// "0.7", "200", "on"/"off": one field's value as the diff shows it.
QString formatFieldValue(const mars5::InferenceConfigField& field, double value);

}  // namespace mars5::ui::takes
