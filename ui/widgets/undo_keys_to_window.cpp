#include "widgets/undo_keys_to_window.h"

#include <QAbstractSpinBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace mars5::ui {

namespace {

class UndoKeysFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore();  // not claimed: the window's shortcut gets the key
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

void sendUndoKeysToWindow(QWidget* root) {
    auto* filter = new UndoKeysFilter(root);
    for (QAbstractSpinBox* spin : root->findChildren<QAbstractSpinBox*>()) {
        spin->installEventFilter(filter);
        // the override goes to whichever of the two has the focus
        for (QLineEdit* edit : spin->findChildren<QLineEdit*>()) edit->installEventFilter(filter);
    }
}

}  // namespace mars5::ui
