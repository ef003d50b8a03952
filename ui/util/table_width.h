// The width a table needs to show every visible column whole, and a stretched last column that
// can still shrink to it.
//
// A QHeaderView's stretched last section never gets narrower than its width when stretching
// began (100 px by default), and columnWidth() of a stretched section is whatever the viewport
// gave it: neither says what the column needs. Both the rating statistics tables and the
// session list size their panels from what the cells and headers need instead.
#pragma once

class QTableView;

namespace mars5::ui {

// Frame, every visible column's cells or header (whichever is wider), and the vertical scroll
// bar when it shows or the rows will need it.
int tableContentWidth(const QTableView* table);

// Makes the last section stretch from its minimum size, so that it shrinks to what it needs.
void stretchLastColumnFromMinimum(QTableView* table);

}  // namespace mars5::ui
