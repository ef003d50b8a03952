// A model file's role as the studio names it ("Vocos weights", "Vocos-Gewichte"): core's
// describe(ModelRole) is the CLI's English.
#pragma once

#include "mars5/model_files.h"

#include <QString>

namespace mars5::ui {

QString modelRoleName(mars5::ModelRole role);

}  // namespace mars5::ui
