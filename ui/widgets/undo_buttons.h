// Undo and Redo for one panel's own history: two small buttons that follow a QUndoStack
// (enabled when there is something to undo or redo, the step's name in the tooltip). The
// reference clip and the settings each keep a history of their own, so each panel shows its
// own pair beside what it undoes.
#pragma once

class QToolButton;
class QUndoStack;
class QWidget;

namespace mars5::ui {

struct UndoButtons {
    QToolButton* undo = nullptr;
    QToolButton* redo = nullptr;
};

// The buttons are children of `parent`; `stack` may be destroyed first or after them.
UndoButtons makeUndoButtons(QUndoStack* stack, QWidget* parent);

}  // namespace mars5::ui
