#include "util/table_width.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace mars5::ui {

namespace {

int columnNeeds(const QTableView* table, int column) {
    const QAbstractItemView* view = table;  // QTableView hides the public sizeHintForColumn()
    return std::max(view->sizeHintForColumn(column), table->horizontalHeader()->sectionSizeHint(column));
}

}  // namespace

int tableContentWidth(const QTableView* table) {
    int width = 2 * table->frameWidth();
    for (int c = 0; c < table->horizontalHeader()->count(); ++c)
        if (!table->isColumnHidden(c)) width += columnNeeds(table, c);
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

NameColumnFitter::NameColumnFitter(QTableView* table, QList<int> nameColumns)
    : QObject(table), m_table(table), m_viewport(table->viewport()), m_names(std::move(nameColumns)) {
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int c : std::as_const(m_names)) header->setSectionResizeMode(c, QHeaderView::Interactive);
    table->setTextElideMode(Qt::ElideRight);
    table->viewport()->installEventFilter(this);
}

void NameColumnFitter::fit() {
    const QHeaderView* header = m_table->horizontalHeader();
    int numbers = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!m_table->isColumnHidden(c) && !m_names.contains(c)) numbers += columnNeeds(m_table, c);
    QList<int> needs;
    int needed = 0;
    for (const int c : std::as_const(m_names)) {
        needs << columnNeeds(m_table, c);
        needed += needs.back();
    }
    if (needed <= 0) return;
    const int room = std::max(0, m_table->viewport()->width() - numbers);
    for (int i = 0; i < m_names.size(); ++i) {
        const int width = room >= needed ? needs[i] + (room - needed) / static_cast<int>(m_names.size())
                                         : std::max(header->minimumSectionSize(), needs[i] * room / needed);
        m_table->horizontalHeader()->resizeSection(m_names[i], width);
    }
}

bool NameColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    // Resize first: no resize comes while the table is being destroyed.
    if (event->type() == QEvent::Resize && watched == m_viewport) fit();
    return QObject::eventFilter(watched, event);
}

}  // namespace mars5::ui
