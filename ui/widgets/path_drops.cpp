#include "widgets/path_drops.h"

#include "util/dropped_files.h"

#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QLineEdit>

namespace mars5::ui {

namespace {

class PathDropFilter : public QObject {
public:
    PathDropFilter(QLineEdit* field, DroppedPath kind) : QObject(field), m_field(field), m_kind(kind) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        const bool isDrag = event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove;
        if (watched != m_field || (!isDrag && event->type() != QEvent::Drop)) return false;
        auto* drop = static_cast<QDropEvent*>(event);  // the drag events derive from it
        const QStringList files = droppedLocalFiles(drop->mimeData());
        if (files.isEmpty()) return false;  // text: the field's own drop
        acceptAsCopy(drop);
        if (!isDrag) {
            m_field->setText(QDir::toNativeSeparators(pathFor(files.first())));
            m_field->setFocus(Qt::OtherFocusReason);
        }
        return true;
    }

private:
    QString pathFor(const QString& dropped) const {
        const QFileInfo info(dropped);
        if (m_kind == DroppedPath::Folder) return info.isDir() ? dropped : info.absolutePath();
        if (!info.isDir()) return dropped;
        const QString name = QFileInfo(m_field->text()).fileName();
        return name.isEmpty() ? dropped : QDir(dropped).filePath(name);
    }

    QLineEdit* m_field;
    DroppedPath m_kind;
};

}  // namespace

void acceptPathDrops(QLineEdit* field, DroppedPath kind) { field->installEventFilter(new PathDropFilter(field, kind)); }

}  // namespace mars5::ui
