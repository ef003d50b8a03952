// The ★ column of the take history: a star (filled gold when kept, an outline when not) in
// place of a check box, so a column of stars reads at a glance as "which takes I kept".
// It draws and toggles the item's Qt::CheckStateRole, so the model, the keyboard (Space) and
// accessibility keep seeing an ordinary checkable item.
#pragma once

#include <QStyledItemDelegate>

namespace mars5::ui {

class StarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

}  // namespace mars5::ui
