// Takes dragged or copied (Ctrl+C) out of the history become files: the ones Export would
// write with the last export choices (format, rate, loudness); the drag carries the audio, and
// each file's sidecar stays beside it. They are made
// in the take's own folder, takes/<uuid>/dragged/<choices>/, and kept as long as the take:
// a program that refers to a dropped file where it is (a DAW that does not copy media in, a
// file manager that copies after the drop has returned) keeps finding it. The same take
// dragged again with the same choices reuses its file untouched, so a file in use never
// changes under the program using it; other choices get another folder.
#pragma once

#include "studio/export_options.h"
#include "takes/take_store.h"

#include <QList>
#include <QStringList>

class QMimeData;

namespace mars5::ui::takes {

struct DraggedTakeFiles {
    QStringList paths;     // one audio file per take made or found, in the takes' order
    QStringList problems;  // "<take>: why", one per take that has no file
    int written = 0;       // of `paths`, the files made now (the others were there from before)
};

// The folder, under the take's own, for files made with `options`: "flac24-48000hz-at-16lufs".
QString draggedFolderName(const ExportOptions& options);
QString draggedFilePath(const TakeFiles& files, const TakeRecord& take, const ExportOptions& options);

// Whether any file was made for this take to drag or copy out (with any choices): a program
// may use it where it is, so deleting the take for good (which removes its folder) asks first.
bool hasDraggedFiles(const TakeFiles& files, const TakeRecord& take);

// What of these takes has no file made with `options` yet.
struct FilesToMake {
    int takes = 0;
    double seconds = 0.0;  // of audio
};
FilesToMake filesToMake(const TakeFiles& files, const QList<TakeRecord>& takes, const ExportOptions& options);

// A drag must have its files before it starts, so one drag or copy makes at most this many,
// and this much audio: about a second at the slowest choices (28 ms a take of 8 s to FLAC at
// 48 kHz and -16 LUFS); one take alone is always made. Export writes any number, on a thread
// of its own.
inline constexpr int kMostFilesMadeAtOnce = 40;
inline constexpr double kMostSecondsMadeAtOnce = 320.0;
bool tooMuchToMakeAtOnce(const FilesToMake& toMake);

// Makes (or finds) each take's file. On the GUI thread: about 28 ms a take of 8 s to FLAC at
// 48 kHz and -16 LUFS, nothing for a file there from before.
DraggedTakeFiles filesForDrag(const TakeFiles& files, const QList<TakeRecord>& takes, const ExportOptions& options);

// The files as a drag or the clipboard carries them: file URLs (text/uri-list), and GNOME's
// list of copied files so that Paste in its file manager copies them. No plain text: dropped on
// a text box, a take is not its path.
QMimeData* takeFilesMimeData(const QStringList& paths);

}  // namespace mars5::ui::takes
