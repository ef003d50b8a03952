// The style's standard icons, made once per icon and shared.
//
// QStyle::standardIcon builds a new QIcon at every call, loading and converting its pixmaps
// again, and each conversion left a little behind: the play buttons asked for one at every
// change of state, and the studio's heap grew with every take (studio_soak_bench). A QIcon is
// implicitly shared, so handing out the one kept here costs nothing. The application style's
// icons (a style sheet's per-widget style draws the same ones). GUI thread only.
#pragma once

#include <QIcon>
#include <QStyle>

namespace mars5::ui {

QIcon styleIcon(const QWidget* widget, QStyle::StandardPixmap which);

}  // namespace mars5::ui
