// Ctrl+Z / Ctrl+Shift+Z in a spin box reach the window's Edit ▸ Undo / Redo.
//
// A spin box's line edit claims those keys for its own text undo (ShortcutOverride), which
// undoes nothing a user can see once a value is in: so Ctrl+Z with the keyboard in a setting
// did nothing, while the settings' history (which has every value change) sat unused. The text
// editors keep their own Ctrl+Z: there the typing is the history.
#pragma once

class QWidget;

namespace mars5::ui {

// Every spin box under `root` (now, not ones made later) lets the undo keys through.
void sendUndoKeysToWindow(QWidget* root);

}  // namespace mars5::ui
