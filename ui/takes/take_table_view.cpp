#include "takes/take_table_view.h"

#include <QMouseEvent>

namespace mars5::ui::takes {

void TakeTableView::mousePressEvent(QMouseEvent* event) {
    // Qt decides between a drag and a drag-select at the first move, from dragEnabled.
    const QModelIndex pressed = indexAt(event->position().toPoint());
    setDragEnabled(pressed.isValid() && selectionModel() && selectionModel()->isRowSelected(pressed.row(), pressed.parent()));
    QTableView::mousePressEvent(event);
}

}  // namespace mars5::ui::takes
