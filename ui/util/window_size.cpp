#include "util/window_size.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace mars5::ui {

QSize firstRunWindowSize(const QSize& available) {
    // 90 %: the window should not look maximised, and on desktops with a dock or panel the
    // reported available area is not always exact.
    const auto fit = [](int screen, int smallest, int roomy) { return std::clamp(screen * 9 / 10, smallest, roomy); };
    if (!available.isValid() || available.isEmpty()) return kSmallestDesignedWindow;
    const QSize designed{fit(available.width(), kSmallestDesignedWindow.width(), kRoomyWindow.width()),
                         fit(available.height(), kSmallestDesignedWindow.height(), kRoomyWindow.height())};
    return fittedToScreen(designed, available);
}

QSize fittedToScreen(const QSize& wanted, const QSize& available) {
    if (!available.isValid() || available.isEmpty()) return wanted;
    return wanted.boundedTo(available);
}

void resizeWithinScreen(QWidget* window, const QSize& wanted) {
    const QWidget* placed = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen* screen = placed->screen() ? placed->screen() : QGuiApplication::primaryScreen();
    window->resize(screen ? fittedToScreen(wanted, screen->availableGeometry().size()) : wanted);
}

}  // namespace mars5::ui
