// The history's list of takes: a table whose selected rows drag out as files (the model's
// mimeData). A drag starts only from a row that was already selected when pressed, so
// pressing on another row and moving selects rows, as in any list, and makes no file that
// nobody asked for; click a take, then drag it.
#pragma once

#include <QTableView>

namespace mars5::ui::takes {

class TakeTableView : public QTableView {
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    void mousePressEvent(QMouseEvent* event) override;
};

}  // namespace mars5::ui::takes
