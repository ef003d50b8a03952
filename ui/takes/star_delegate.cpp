#include "takes/star_delegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace mars5::ui {

namespace {

const QChar kFilledStar(0x2605);   // ★
const QChar kOutlineStar(0x2606);  // ☆

// A star a little larger than the row's text, so its outline reads at a glance.
QFont starFont(const QStyleOptionViewItem& option) {
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 1.25);
    return font;
}

bool isStarred(const QModelIndex& index) {
    return index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
}

}  // namespace

void StarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    // The row's background, selection and focus as the style draws them, without the check box.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool starred = isStarred(index);
    const bool selected = option.state & QStyle::State_Selected;
    QColor colour;
    if (starred) colour = selected ? QColor(0xff, 0xd5, 0x4f) : QColor(0xd9, 0x96, 0x00);  // gold, lighter on the highlight
    else colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->save();
    painter->setFont(starFont(option));
    painter->setPen(colour);
    painter->drawText(option.rect, Qt::AlignCenter, QString(starred ? kFilledStar : kOutlineStar));
    painter->restore();
}

QSize StarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(QFontMetrics(starFont(option)).horizontalAdvance(kFilledStar) + 12);
    return size;
}

bool StarDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                               const QModelIndex& index) {
    const Qt::ItemFlags flags = model->flags(index);
    if (!(flags & Qt::ItemIsUserCheckable) || !(flags & Qt::ItemIsEnabled)) return false;
    switch (event->type()) {
    case QEvent::MouseButtonDblClick: {
        // A double click is one toggle, its first click's: the view does not pass on the release
        // that ends it, and this swallows the double click itself (no activated(); the history
        // panel plays a take on a double click anywhere but here).
        const auto* mouse = static_cast<QMouseEvent*>(event);
        return mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint());
    }
    case QEvent::MouseButtonRelease: {
        // The whole cell is the target, not only a check box's few pixels.
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint())) return false;
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select) return false;
        break;
    }
    default: return false;
    }
    return model->setData(index, isStarred(index) ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

}  // namespace mars5::ui
