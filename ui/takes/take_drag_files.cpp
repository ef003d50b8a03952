#include "takes/take_drag_files.h"

#include "takes/batch_export.h"
#include "takes/take_file_name.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace mars5::ui::takes {

QString draggedFolderName(const ExportOptions& options) {
    QString name = QStringLiteral("%1-%2hz").arg(QString::fromLatin1(mars5::formatName(options.format))).arg(options.sampleRate);
    // Loudness targets are negative: "at-16lufs" reads as "at -16 LUFS".
    name += options.loudnessLufs ? QStringLiteral("-at%1lufs").arg(*options.loudnessLufs) : QStringLiteral("-as-made");
    return name;
}

QString draggedFilePath(const TakeFiles& files, const TakeRecord& take, const ExportOptions& options) {
    return QDir(files.takeFolder(take.uuid))
        .filePath(QStringLiteral("dragged/%1/%2").arg(draggedFolderName(options), exportFileName(take, options)));
}

bool hasDraggedFiles(const TakeFiles& files, const TakeRecord& take) {
    QDirIterator it(QDir(files.takeFolder(take.uuid)).filePath(QStringLiteral("dragged")), QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

FilesToMake filesToMake(const TakeFiles& files, const QList<TakeRecord>& takes, const ExportOptions& options) {
    FilesToMake toMake;
    for (const TakeRecord& take : takes) {
        if (QFileInfo(draggedFilePath(files, take, options)).isFile()) continue;
        ++toMake.takes;
        toMake.seconds += take.seconds();
    }
    return toMake;
}

bool tooMuchToMakeAtOnce(const FilesToMake& toMake) {
    // One take is always made, however long: there is no fewer to ask for.
    return toMake.takes > kMostFilesMadeAtOnce || (toMake.takes > 1 && toMake.seconds > kMostSecondsMadeAtOnce);
}

DraggedTakeFiles filesForDrag(const TakeFiles& files, const QList<TakeRecord>& takes, const ExportOptions& options) {
    DraggedTakeFiles result;
    for (const TakeRecord& take : takes) {
        const QString path = draggedFilePath(files, take, options);
        // exportTake writes the audio and its sidecar together or not at all, so an audio
        // file that is there was written whole.
        if (QFileInfo(path).isFile()) {
            result.paths << path;
            continue;
        }
        const auto fail = [&](const QString& why) { result.problems << QStringLiteral("%1: %2").arg(take.displayName(), why); };
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            fail(QObject::tr("cannot make the folder %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
            continue;
        }
        const TakeExportResult written = exportStoredTake(files, take, path, options);
        if (!written.ok()) {
            fail(written.error);
            continue;
        }
        result.paths << path;
        ++result.written;
    }
    return result;
}

QMimeData* takeFilesMimeData(const QStringList& paths) {
    auto* data = new QMimeData;
    QList<QUrl> urls;
    QByteArray gnome = "copy";
    for (const QString& path : paths) {
        const QUrl url = QUrl::fromLocalFile(path);
        urls << url;
        gnome += '\n' + url.toEncoded();
    }
    data->setUrls(urls);
    data->setData(QStringLiteral("x-special/gnome-copied-files"), gnome);
    return data;
}

}  // namespace mars5::ui::takes
