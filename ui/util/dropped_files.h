// What files a drop carries, sorted for the studio: a clip (any file that is not a .txt, since a
// text file is never audio) and the words that came with it (one .txt: a dataset's
// speaker.wav and speaker.txt, dropped together). The reference panel and the text boxes
// read drops the same way through here.
#pragma once

#include <QString>
#include <QStringList>

class QDropEvent;
class QEvent;
class QMimeData;

namespace mars5::ui {

// The local files among the dropped URLs (none for dragged text or a web link).
QStringList droppedLocalFiles(const QMimeData* mime);

bool isTextFile(const QString& path);  // a .txt, any case
bool isJsonFile(const QString& path);  // a .json, any case: settings (a preset, an exported take's sidecar)

// Takes a drag or a drop (QDragEnterEvent and QDragMoveEvent derive from QDropEvent) as a
// copy, whatever the source proposed: the studio reads a dropped file and leaves it where it
// is, and a move (Shift while dragging) would let the file manager delete the original.
void acceptAsCopy(QDropEvent* event);

// For an event filter on a widget that takes file drops: a drag or a drop of local files is
// taken as a copy and `handled` (the filter returns true); on the drop itself `dropped` holds
// the files (empty while they are dragged over). Anything else, dragged text included, is not
// handled and goes on to the widget.
struct FileDropEvent {
    bool handled = false;
    QStringList dropped;
};
FileDropEvent takeFileDrop(QEvent* event);

struct DroppedFiles {
    QString clip;       // the first file that is not a .txt, or ""
    int otherClips = 0; // the files after it that are not .txt either (one clip is used)
    QString words;      // the one .txt among them, or "" (none, or several)
    QStringList texts;  // every .txt, in the drop's order
};
DroppedFiles sortDroppedFiles(const QStringList& paths);

}  // namespace mars5::ui
