#include "util/window_size.h"

#include <algorithm>

namespace mars5::ui {

QSize firstRunWindowSize(const QSize& available) {
    // 90 %: the window should not look maximised, and on desktops with a dock or panel the
    // reported available area is not always exact.
    const auto fit = [](int screen, int smallest, int roomy) { return std::clamp(screen * 9 / 10, smallest, roomy); };
    if (!available.isValid() || available.isEmpty()) return kSmallestDesignedWindow;
    return {fit(available.width(), kSmallestDesignedWindow.width(), kRoomyWindow.width()),
            fit(available.height(), kSmallestDesignedWindow.height(), kRoomyWindow.height())};
}

}  // namespace mars5::ui
