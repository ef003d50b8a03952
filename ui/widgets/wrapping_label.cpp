#include "widgets/wrapping_label.h"

#include <QResizeEvent>

#include <algorithm>

namespace mars5::ui {

WrappingLabel::WrappingLabel(QWidget* parent) : QLabel(parent) { setWordWrap(true); }

QSize WrappingLabel::minimumSizeHint() const {
    QSize size = QLabel::minimumSizeHint();
    // Before the first layout the width is not known yet; the plain hint is all there is.
    if (width() > 0 && !text().isEmpty()) size.setHeight(std::max(size.height(), heightForWidth(width())));
    return size;
}

void WrappingLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    // Only the width changes the wrapping; a height change alone must not start another layout.
    if (event->size().width() != event->oldSize().width()) updateGeometry();
}

}  // namespace mars5::ui
