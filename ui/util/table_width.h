// Tables sized to their contents: the width a table needs to show every visible column whole,
// a stretched last column that can still shrink to it, and name columns that give way first.
//
// A QHeaderView's stretched last section never gets narrower than its width when stretching
// began (100 px by default), and columnWidth() of a stretched section is whatever the viewport
// gave it: neither says what the column needs. The rating statistics tables and the session
// list size their panels from what the cells and headers need instead.
#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace mars5::ui {

// Frame, every visible column's cells or header (whichever is wider), and the vertical scroll
// bar when it shows or the rows will need it.
int tableContentWidth(const QTableView* table);

// Makes the last section stretch from its minimum size, so that it shrinks to what it needs.
void stretchLastColumnFromMinimum(QTableView* table);

// The name columns of a table share the width its number columns leave: each gets what its
// cells need and a share of any room left over; when the table is narrower than its cells, the
// names are elided (their cells carry tooltips), never a number. Refits whenever the viewport
// is resized; call fit() after new rows.
class NameColumnFitter : public QObject {
public:
    NameColumnFitter(QTableView* table, QList<int> nameColumns);
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    // Compared by address only: the viewport sends events while the table is being destroyed,
    // when asking the table for it would call into a half-destroyed object (UBSan saw it).
    const QObject* m_viewport;
    QList<int> m_names;
};

}  // namespace mars5::ui
