#include "widgets/dice_icon.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace mars5::ui {

namespace {

QPixmap drawDie(int size, const QColor& ink, const QColor& face) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pen = std::max<qreal>(1.0, size / 14.0);
    const QRectF body = QRectF(0, 0, size, size).adjusted(pen, pen, -pen, -pen);
    p.setPen(QPen(ink, pen));
    p.setBrush(face);
    p.drawRoundedRect(body, size * 0.2, size * 0.2);
    // five pips: the corners and the centre, at a quarter of the face from each edge
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    const qreal r = size * 0.085;
    const QPointF c = body.center();
    const qreal d = body.width() * 0.26;
    for (const QPointF offset : {QPointF(-d, -d), QPointF(d, -d), QPointF(0, 0), QPointF(-d, d), QPointF(d, d)})
        p.drawEllipse(c + offset, r, r);
    return pixmap;
}

}  // namespace

QIcon diceIcon(const QPalette& palette) {
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(drawDie(size, palette.color(QPalette::Active, QPalette::ButtonText), palette.color(QPalette::Active, QPalette::Base)),
                       QIcon::Normal);
        icon.addPixmap(drawDie(size, palette.color(QPalette::Disabled, QPalette::ButtonText), palette.color(QPalette::Disabled, QPalette::Base)),
                       QIcon::Disabled);
    }
    return icon;
}

}  // namespace mars5::ui
