#include "widgets/undo_buttons.h"

#include <QCoreApplication>
#include <QIcon>
#include <QToolButton>
#include <QUndoStack>

namespace mars5::ui {

namespace {

// The tooltip names the step the button takes back or brings back.
QString undoTip(const QString& step) {
    return step.isEmpty() ? QCoreApplication::translate("mars5::ui::UndoButtons", "Undo")
                          : QCoreApplication::translate("mars5::ui::UndoButtons", "Undo %1 (Ctrl+Z)").arg(step);
}
QString redoTip(const QString& step) {
    return step.isEmpty() ? QCoreApplication::translate("mars5::ui::UndoButtons", "Redo")
                          : QCoreApplication::translate("mars5::ui::UndoButtons", "Redo %1 (Ctrl+Shift+Z)").arg(step);
}

// A symbol (the theme's icon, else ↶ / ↷), the words in the tooltip and the accessible name:
// in German "Rückgängig" and "Wiederholen" alone pushed the reference panel's row, and with it
// the window, past 1280 pixels.
QToolButton* historyButton(const QString& name, const char* themeIcon, QChar glyph, QWidget* parent) {
    const QIcon icon = QIcon::fromTheme(QLatin1String(themeIcon));
    auto* b = new QToolButton(parent);
    b->setIcon(icon);
    if (icon.isNull()) b->setText(QString(glyph));
    b->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    b->setToolTip(name);
    b->setAccessibleName(name);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

}  // namespace

UndoButtons makeUndoButtons(QUndoStack* stack, QWidget* parent) {
    UndoButtons b;
    b.undo = historyButton(undoTip({}), "edit-undo", QChar(0x21B6), parent);
    b.redo = historyButton(redoTip({}), "edit-redo", QChar(0x21B7), parent);
    QObject::connect(b.undo, &QToolButton::clicked, stack, &QUndoStack::undo);
    QObject::connect(b.redo, &QToolButton::clicked, stack, &QUndoStack::redo);
    QObject::connect(stack, &QUndoStack::canUndoChanged, b.undo, &QWidget::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, b.redo, &QWidget::setEnabled);
    // The buttons, not a panel, as the receivers: a stack clears itself (and says so) as it is
    // destroyed, after its panel's own destructor has run (UBSan saw the panel used then).
    QObject::connect(stack, &QUndoStack::undoTextChanged, b.undo, [button = b.undo](const QString& t) { button->setToolTip(undoTip(t)); });
    QObject::connect(stack, &QUndoStack::redoTextChanged, b.redo, [button = b.redo](const QString& t) { button->setToolTip(redoTip(t)); });
    b.undo->setEnabled(stack->canUndo());
    b.redo->setEnabled(stack->canRedo());
    return b;
}

}  // namespace mars5::ui
