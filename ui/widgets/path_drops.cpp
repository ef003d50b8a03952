#include "widgets/path_drops.h"

#include "util/dropped_files.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>

namespace mars5::ui {

namespace {

class PathDropFilter : public QObject {
public:
    PathDropFilter(QLineEdit* field, DroppedPath kind) : QObject(field), m_field(field), m_kind(kind) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched != m_field) return false;
        const FileDropEvent drop = takeFileDrop(event);  // text: the field's own drop
        if (!drop.dropped.isEmpty()) {
            m_field->setText(QDir::toNativeSeparators(pathFor(drop.dropped.first())));
            m_field->setFocus(Qt::OtherFocusReason);
        }
        return drop.handled;
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
