// A file's path as a status line shows it: native separators, and the home folder as "~"
// ("~/.local/share/MARS5 Studio/mars5-studio/ratings.sqlite"), the way a terminal user reads it.
#pragma once

#include <QString>

namespace mars5::ui {

QString displayPath(const QString& path);

}  // namespace mars5::ui
