// The studio's size on its first start, before any geometry was saved: 1280x720 is the
// smallest the layout is designed for (and the size screenshots use), but on a desktop
// screen that leaves the studio cramped and, once the Takes dock opens below it, scrolling.
// So the first window takes most of a large screen, up to the size at which every panel
// and the Takes dock have room.
#pragma once

#include <QSize>

namespace mars5::ui {

inline constexpr QSize kSmallestDesignedWindow{1280, 720};
inline constexpr QSize kRoomyWindow{1600, 1000};  // every panel at its preferred size, Takes dock included

// `available`: the screen's available geometry (without panels and task bars). The result
// is 90 % of it, kept between kSmallestDesignedWindow and kRoomyWindow.
QSize firstRunWindowSize(const QSize& available);

}  // namespace mars5::ui
