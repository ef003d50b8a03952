#include "util/style_icon.h"

#include <QApplication>
#include <QHash>
#include <QPointer>
#include <QWidget>

namespace mars5::ui {

namespace {

// The application style's icons. A widget's own style sheet style is made per widget and
// freed with it, so the cache goes by the application's style; it is emptied when that style
// changes or goes, and before QApplication goes (icons hold pixmaps).
struct IconCache {
    QPointer<QStyle> style;
    QHash<int, QIcon> icons;
};

IconCache& cache() {
    static IconCache c;
    static const bool cleared = [] {
        qAddPostRoutine([] { cache().icons.clear(); });
        return true;
    }();
    (void)cleared;
    return c;
}

}  // namespace

QIcon styleIcon(const QWidget* widget, QStyle::StandardPixmap which) {
    QStyle* style = QApplication::style();
    IconCache& c = cache();
    if (c.style != style) {
        c.icons.clear();
        c.style = style;
    }
    auto it = c.icons.find(int(which));
    if (it == c.icons.end()) it = c.icons.insert(int(which), style->standardIcon(which, nullptr, widget));
    return *it;
}

}  // namespace mars5::ui
