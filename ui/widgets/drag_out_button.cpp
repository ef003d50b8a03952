#include "widgets/drag_out_button.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace mars5::ui {

DragOutButton::DragOutButton(QWidget* parent) : QToolButton(parent) { setCursor(Qt::OpenHandCursor); }

void DragOutButton::mousePressEvent(QMouseEvent* event) {
    m_pressed = event->button() == Qt::LeftButton;
    m_dragTried = false;
    m_pressedAt = event->position().toPoint();
    QToolButton::mousePressEvent(event);
}

void DragOutButton::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragTried) return;  // the press is spent: no pressing the button again on the way back
    if (!m_pressed || !(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressedAt).manhattanLength() < QApplication::startDragDistance()) {
        QToolButton::mouseMoveEvent(event);
        return;
    }
    // A drag, not a click: the button comes up now and does not click at the release.
    m_pressed = false;
    m_dragTried = true;
    setDown(false);
    QMimeData* data = m_source ? m_source() : nullptr;
    if (!data) return;
    auto* drag = new QDrag(this);  // Qt deletes it when the drag ends
    drag->setMimeData(data);
    emit dragStarted(data);
    drag->exec(Qt::CopyAction);
}

void DragOutButton::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragTried) setDown(false);  // Qt's button then ends the press without a click
    QToolButton::mouseReleaseEvent(event);
    m_dragTried = false;
}

}  // namespace mars5::ui
