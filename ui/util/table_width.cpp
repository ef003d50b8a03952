#include "util/table_width.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace mars5::ui {

int tableContentWidth(const QTableView* table) {
    const QAbstractItemView* view = table;  // QTableView hides the public sizeHintForColumn()
    const QHeaderView* header = table->horizontalHeader();
    int width = 2 * table->frameWidth();
    for (int c = 0; c < header->count(); ++c)
        if (!table->isColumnHidden(c)) width += std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
    // Shown, or about to be (more rows than the viewport holds, before the first layout).
    const QScrollBar* bar = table->verticalScrollBar();
    if (bar->isVisible()) width += bar->width();
    else if (table->verticalHeader()->length() > table->viewport()->height()) width += bar->sizeHint().width();
    return width;
}

void stretchLastColumnFromMinimum(QTableView* table) {
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    int last = header->count() - 1;
    while (last > 0 && header->isSectionHidden(last)) --last;
    if (last >= 0) header->resizeSection(last, header->minimumSectionSize());
    header->setStretchLastSection(true);
}

}  // namespace mars5::ui
