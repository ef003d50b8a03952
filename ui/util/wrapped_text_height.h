// Keeps a dialog tall enough for its word-wrapped text.
//
// Qt gives a top-level window the minimum size of its layout, and that minimum ignores
// height-for-width. When a word-wrapped label's text grows (a long error in a status line),
// the layout squeezes the labels below the lines they wrap into and their last lines are cut
// off. This keeps the window's minimum height at what its layout needs at the window's own
// current width (never above the screen's available height); a larger minimum grows the
// window, and stretchable parts such as lists give up their slack first.
//
// Not WrappingLabel (widgets/wrapping_label.h), which serves labels in splitters: in a
// dialog that is built before it is shown, each label's own width is a placeholder until
// the first layout, and a label's height at that width would make the dialog open far too
// tall. The window's width is the one that counts.
#pragma once

class QWidget;

namespace mars5::ui {

// Installs the watch on `window` (a top-level window or dialog with a layout); it lives as
// long as the window.
void keepWrappedTextWhole(QWidget* window);

}  // namespace mars5::ui
