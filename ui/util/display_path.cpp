#include "util/display_path.h"

#include <QDir>

namespace mars5::ui {

QString displayPath(const QString& path) {
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    const QString home = QDir::cleanPath(QDir::homePath());
    // Only a whole folder name matches: "/home/ann2/x" is not under "/home/ann".
    if (home.size() > 1 && clean.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(QStringLiteral("~") + clean.mid(home.size()));
    return QDir::toNativeSeparators(clean);
}

}  // namespace mars5::ui
