// How many time labels a plot's x axis asks for: about one per 80 px ("0.25" and a gap), so
// the narrow side-by-side plots of the take comparison do not run their labels together.
// Called after each layout, when the axis rect's width is known.
#pragma once

#include <qcustomplot.h>

#include <algorithm>

namespace mars5::ui {

inline void fitTimeTicksToWidth(QCPAxis* axis, int pixels) {
    axis->ticker()->setTickCount(std::clamp(pixels / 80, 2, 6));
}

}  // namespace mars5::ui
