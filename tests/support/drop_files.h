// Files dragged onto a widget and dropped there, as a file manager's drag delivers them
// (file URLs), without a drag's own event loop. Shift is held, so the source proposes a move:
// a widget that takes the files must take them as a copy, or the file manager would delete
// the originals. As Qt does, the drop goes to the first widget from `on` up its parents that
// accepts drops (none: nothing takes it).
#pragma once

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QList>
#include <QMimeData>
#include <QStringList>
#include <QUrl>
#include <QWidget>

namespace mars5::test {

// Whether `on` took both the drag and the drop, as copies.
inline bool dropFiles(QWidget* on, const QStringList& paths) {
    while (on && !(on->isEnabled() && on->acceptDrops())) on = on->isWindow() ? nullptr : on->parentWidget();
    if (!on) return false;
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths) urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const Qt::DropActions offered = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(QPoint(5, 5), offered, &mime, Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(on, &enter);
    QDropEvent dropped(QPointF(5, 5), offered, &mime, Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(on, &dropped);
    return enter.isAccepted() && enter.dropAction() == Qt::CopyAction && dropped.isAccepted() &&
           dropped.dropAction() == Qt::CopyAction;
}

}  // namespace mars5::test
