#include "util/dropped_files.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace mars5::ui {

QStringList droppedLocalFiles(const QMimeData* mime) {
    QStringList paths;
    if (mime && mime->hasUrls())
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile()) paths << url.toLocalFile();
    return paths;
}

void acceptAsCopy(QDropEvent* event) {
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

FileDropEvent takeFileDrop(QEvent* event) {
    const bool drag = event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove;
    if (!drag && event->type() != QEvent::Drop) return {};
    auto* drop = static_cast<QDropEvent*>(event);  // the drag events derive from it
    QStringList files = droppedLocalFiles(drop->mimeData());
    if (files.isEmpty()) return {};
    acceptAsCopy(drop);
    return {true, drag ? QStringList() : std::move(files)};
}

bool isTextFile(const QString& path) { return QFileInfo(path).suffix().compare(QStringLiteral("txt"), Qt::CaseInsensitive) == 0; }
bool isJsonFile(const QString& path) { return QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0; }

DroppedFiles sortDroppedFiles(const QStringList& paths) {
    DroppedFiles sorted;
    for (const QString& path : paths) {
        if (isTextFile(path))
            sorted.texts << path;
        else if (sorted.clip.isEmpty())
            sorted.clip = path;
        else
            ++sorted.otherClips;
    }
    if (sorted.texts.size() == 1) sorted.words = sorted.texts.first();
    return sorted;
}

}  // namespace mars5::ui
