// Whether a window shows every line of its word-wrapped text: a label squeezed below the
// height its lines need at its width has lost its last lines (Qt sizes top-level windows
// without the height that wrapped text needs; see ui/util/wrapped_text_height.h).
#pragma once

#include <QDebug>
#include <QLabel>
#include <QWidget>

namespace mars5::test {

// Every visible word-wrapped label in `window` is as tall as its lines at its width; the first
// one that is not is named in a warning.
inline bool wrappedTextIsWhole(const QWidget* window) {
    for (const QLabel* label : window->findChildren<QLabel*>())
        if (label->isVisible() && label->wordWrap() && !label->text().isEmpty() &&
            label->height() < label->heightForWidth(label->width())) {
            qWarning() << "cut:" << label->text().left(60) << label->height() << "<" << label->heightForWidth(label->width());
            return false;
        }
    return true;
}

}  // namespace mars5::test
