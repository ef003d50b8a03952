// Window sizes that suit the screen they open on.
//
// The studio's size on its first start, before any geometry was saved: 1280x720 is the
// smallest the layout is designed for (and the size screenshots use), but on a desktop
// screen that leaves the studio cramped and, once the Takes dock opens below it, scrolling.
// So the first window takes most of a large screen, up to the size at which every panel
// and the Takes dock have room. On a screen smaller than the design the window takes the
// screen's available area and its panels scroll: a window larger than the screen would
// put the menu bar and the window's edges out of reach.
#pragma once

#include <QSize>

class QWidget;

namespace mars5::ui {

inline constexpr QSize kSmallestDesignedWindow{1280, 720};
inline constexpr QSize kRoomyWindow{1600, 1000};  // every panel at its preferred size, Takes dock included

// `available`: the screen's available geometry (without panels and task bars). The result
// is 90 % of it, kept between kSmallestDesignedWindow and kRoomyWindow, and never larger
// than `available` itself.
QSize firstRunWindowSize(const QSize& available);

// `wanted`, cut to `available` where it is larger (an invalid `available` leaves it as it is).
QSize fittedToScreen(const QSize& wanted, const QSize& available);

// Resizes a top-level window or dialog to `wanted`, cut to the available area of the screen
// it will show on (its own, its parent's, or the primary one).
void resizeWithinScreen(QWidget* window, const QSize& wanted);

}  // namespace mars5::ui
