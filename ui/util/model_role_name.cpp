#include "util/model_role_name.h"

#include <QCoreApplication>

namespace mars5::ui {

QString modelRoleName(mars5::ModelRole role) {
    switch (role) {
    case mars5::ModelRole::Mars5Ar: return QCoreApplication::translate("mars5::ui::ModelRole", "MARS5 AR");
    case mars5::ModelRole::Mars5Nar: return QCoreApplication::translate("mars5::ui::ModelRole", "MARS5 NAR");
    case mars5::ModelRole::Encodec: return QCoreApplication::translate("mars5::ui::ModelRole", "Encodec 24 kHz");
    case mars5::ModelRole::VocosWeights: return QCoreApplication::translate("mars5::ui::ModelRole", "Vocos weights");
    case mars5::ModelRole::VocosConfig: return QCoreApplication::translate("mars5::ui::ModelRole", "Vocos config");
    }
    return QString::fromLatin1(mars5::describe(role));
}

}  // namespace mars5::ui
