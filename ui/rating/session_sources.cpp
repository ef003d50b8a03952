#include "rating/session_sources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace mars5::ui::rating {

namespace {
Error formatError(const QString& m) { return Error{ErrorKind::Format, m.toStdString()}; }
Error ioError(const QString& m) { return Error{ErrorKind::Io, m.toStdString()}; }
}  // namespace

QMap<QString, QString> audioFilesByStem(const QString& folder) {
    QMap<QString, QString> files;
    const QStringList filters{QStringLiteral("*.wav"), QStringLiteral("*.flac"), QStringLiteral("*.ogg"),
                              QStringLiteral("*.mp3"), QStringLiteral("*.opus"), QStringLiteral("*.WAV")};
    const QFileInfoList entries = QDir(folder).entryInfoList(filters, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& info : entries) files.insert(info.completeBaseName(), info.absoluteFilePath());
    return files;
}

Result<SourceScan> pairFolders(const QList<FolderSource>& folders) {
    if (folders.size() < 2) return Error{ErrorKind::InvalidArgument, QObject::tr("Choose at least two folders to compare.").toStdString()};
    QSet<QString> labels;
    QList<QMap<QString, QString>> files;
    for (const FolderSource& f : folders) {
        if (!QFileInfo(f.folder).isDir()) return ioError(QObject::tr("The folder %1 does not exist.").arg(f.folder));
        if (f.label.trimmed().isEmpty() || labels.contains(f.label))
            return Error{ErrorKind::InvalidArgument,
                         QObject::tr("Every folder needs its own system name (“%1” is empty or used twice).").arg(f.label).toStdString()};
        labels.insert(f.label);
        files << audioFilesByStem(f.folder);
        if (files.back().isEmpty()) return formatError(QObject::tr("%1 holds no audio files.").arg(f.folder));
    }
    SourceScan scan;
    QSet<QString> common(files[0].keyBegin(), files[0].keyEnd());
    for (int i = 1; i < files.size(); ++i) common &= QSet<QString>(files[i].keyBegin(), files[i].keyEnd());
    QStringList stems = common.values();
    stems.sort();
    for (const QString& stem : stems) {
        mars5::rating::ItemRenderings item;
        item.item = stem.toStdString();
        for (int i = 0; i < folders.size(); ++i)
            item.stimuli.push_back({folders[i].label.toStdString(), files[i].value(stem).toStdString()});
        scan.items.push_back(std::move(item));
    }
    for (int i = 0; i < folders.size(); ++i) {
        const int unmatched = static_cast<int>(files[i].size()) - static_cast<int>(stems.size());
        if (unmatched > 0)
            scan.notes << QObject::tr("%n file(s) in %1 have no partner with the same name in every other folder and were left out.",
                                      nullptr, unmatched).arg(QDir::toNativeSeparators(folders[i].folder));
    }
    if (scan.items.empty())
        return formatError(QObject::tr("No file name appears in every folder: the folders are paired by name "
                                       "(e.g. a/0001.wav with b/0001.wav)."));
    return scan;
}

Result<QList<DatasetItem>> readDataset(const QString& folder) {
    if (!QFileInfo(folder).isDir()) return ioError(QObject::tr("The dataset folder %1 does not exist.").arg(folder));
    const QDir dir(folder);
    QList<DatasetItem> items;
    if (QFileInfo::exists(dir.filePath(QStringLiteral("metadata.csv")))) {
        QFile file(dir.filePath(QStringLiteral("metadata.csv")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return ioError(QObject::tr("Cannot read %1 (%2).").arg(file.fileName(), file.errorString()));
        const QDir wavs(dir.filePath(QStringLiteral("wavs")));
        QTextStream in(&file);
        int lineNumber = 0, missing = 0;
        // An optional header (`id|transcript|speaker`, any order) names the columns.
        int idColumn = 0, textColumn = 1, normalisedColumn = 2, speakerColumn = -1;
        while (!in.atEnd()) {
            const QString line = in.readLine();
            ++lineNumber;
            if (line.trimmed().isEmpty()) continue;
            const QStringList fields = line.split(QLatin1Char('|'));
            if (items.isEmpty() && missing == 0) {
                QStringList names;
                for (const QString& f : fields) names << f.trimmed().toLower();
                if (names.contains(QStringLiteral("speaker")) && names.contains(QStringLiteral("id"))) {
                    idColumn = static_cast<int>(names.indexOf(QStringLiteral("id")));
                    speakerColumn = static_cast<int>(names.indexOf(QStringLiteral("speaker")));
                    textColumn = static_cast<int>(names.indexOf(QStringLiteral("transcript")));
                    if (textColumn < 0) textColumn = static_cast<int>(names.indexOf(QStringLiteral("text")));
                    normalisedColumn = static_cast<int>(names.indexOf(QStringLiteral("normalised")));
                    if (normalisedColumn < 0) normalisedColumn = static_cast<int>(names.indexOf(QStringLiteral("normalized")));
                    if (textColumn < 0)
                        return formatError(QObject::tr("%1: the header names a speaker column but no transcript (or text) column.")
                                               .arg(file.fileName()));
                    continue;
                }
            }
            const int needed = std::max({idColumn, textColumn, speakerColumn}) + 1;
            if (fields.size() < needed || fields[idColumn].trimmed().isEmpty())
                return formatError(QObject::tr("%1 line %2: expected “id|transcript” (LJSpeech format).").arg(file.fileName()).arg(lineNumber));
            DatasetItem item;
            item.id = fields[idColumn].trimmed();
            // LJSpeech's third column is the normalised transcript: what the model should say.
            const bool hasNormalised = normalisedColumn >= 0 && fields.size() > normalisedColumn &&
                                       !fields[normalisedColumn].trimmed().isEmpty();
            item.transcript = (hasNormalised ? fields[normalisedColumn] : fields[textColumn]).trimmed();
            if (speakerColumn >= 0) item.speaker = fields[speakerColumn].trimmed();
            for (const QString& candidate : {wavs.filePath(item.id + QStringLiteral(".wav")), dir.filePath(item.id + QStringLiteral(".wav"))})
                if (QFileInfo::exists(candidate)) {
                    item.audioFile = QFileInfo(candidate).absoluteFilePath();
                    break;
                }
            if (item.audioFile.isEmpty()) {
                ++missing;
                continue;
            }
            items << item;
        }
        if (items.isEmpty())
            return formatError(QObject::tr("%1 lists %2 item(s) but none of their WAV files is in %3 or wavs/.")
                                   .arg(file.fileName()).arg(missing).arg(folder));
        return items;
    }
    // name.wav + name.txt: the folder itself is one speaker, each subfolder with pairs another.
    auto pairsIn = [](const QString& path, const QString& speaker) {
        QList<DatasetItem> found;
        const QDir d(path);
        const auto audio = audioFilesByStem(path);
        for (auto it = audio.begin(); it != audio.end(); ++it) {
            QFile text(d.filePath(it.key() + QStringLiteral(".txt")));
            if (!text.open(QIODevice::ReadOnly | QIODevice::Text)) continue;
            found << DatasetItem{it.key(), it.value(), QString::fromUtf8(text.readAll()).trimmed(), speaker};
        }
        return found;
    };
    items = pairsIn(folder, QString());
    QSet<QString> ids;
    for (const DatasetItem& d : items) ids.insert(d.id);
    const QStringList subfolders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    for (const QString& sub : subfolders) {
        for (DatasetItem d : pairsIn(dir.filePath(sub), sub)) {
            if (ids.contains(d.id)) d.id = sub + QLatin1Char('_') + d.id;
            ids.insert(d.id);
            items << d;
        }
    }
    if (items.isEmpty())
        return formatError(QObject::tr("%1 has neither a metadata.csv (LJSpeech) nor name.wav + name.txt pairs.").arg(folder));
    return items;
}

Result<SourceScan> datasetAgainstTakes(const QString& datasetFolder, const FolderSource& takes,
                                       const QString& groundTruthLabel) {
    auto dataset = readDataset(datasetFolder);
    if (!dataset.ok()) return dataset.error();
    if (!QFileInfo(takes.folder).isDir()) return ioError(QObject::tr("The takes folder %1 does not exist.").arg(takes.folder));
    if (takes.label == groundTruthLabel)
        return Error{ErrorKind::InvalidArgument, QObject::tr("The takes need a name other than “%1”.").arg(groundTruthLabel).toStdString()};
    const auto takeFiles = audioFilesByStem(takes.folder);
    SourceScan scan;
    int withoutTake = 0;
    for (const DatasetItem& d : dataset.value()) {
        const QString take = takeFiles.value(d.id);
        if (take.isEmpty()) {
            ++withoutTake;
            continue;
        }
        mars5::rating::ItemRenderings item;
        item.item = d.id.toStdString();
        item.transcript = d.transcript.toStdString();
        item.stimuli.push_back({groundTruthLabel.toStdString(), d.audioFile.toStdString()});
        item.stimuli.push_back({takes.label.toStdString(), take.toStdString()});
        scan.items.push_back(std::move(item));
    }
    if (withoutTake > 0)
        scan.notes << QObject::tr("%n dataset item(s) have no take named after them in %1 and were left out.", nullptr,
                                  withoutTake).arg(QDir::toNativeSeparators(takes.folder));
    if (scan.items.empty())
        return formatError(QObject::tr("None of the %1 dataset items has a take in %2 (takes are matched by item id, "
                                       "e.g. LJ001-0001.wav).").arg(dataset.value().size()).arg(takes.folder));
    return scan;
}

}  // namespace mars5::ui::rating
