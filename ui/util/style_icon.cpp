#include "util/style_icon.h"

#include <QHash>
#include <QPair>
#include <QWidget>

namespace mars5::ui {

QIcon styleIcon(const QWidget* widget, QStyle::StandardPixmap which) {
    QStyle* style = widget->style();
    // Keyed by the style too: a widget with a style of its own gets that style's icons.
    static QHash<QPair<const QStyle*, int>, QIcon> made;
    const QPair<const QStyle*, int> key(style, int(which));
    auto it = made.find(key);
    if (it == made.end()) it = made.insert(key, style->standardIcon(which, nullptr, widget));
    return *it;
}

}  // namespace mars5::ui
