// Where the comparisons of a new rating session come from, found on disk:
//  - folders paired by name: two or more folders of renderings; a file stem present in
//    every folder is one item (take vs take, preset vs preset, a tournament of N)
//  - a dataset folder (LJSpeech metadata.csv with wavs/, or name.wav + name.txt pairs) as
//    ground truth, against a folder of takes named after the dataset's items
// Folders are read only; every problem comes back as notes a person can act on.
#pragma once

#include "mars5/error.h"
#include "mars5/rating_plan.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace mars5::ui::rating {

struct FolderSource {
    QString label;   // the system's name in the statistics (never shown while judging)
    QString folder;
};

struct SourceScan {
    std::vector<mars5::rating::ItemRenderings> items;
    QStringList notes;  // e.g. "3 files in takes/ have no partner and were left out"
};

// Audio files directly in `folder`, by file stem (wav, flac, ogg, mp3, opus).
QMap<QString, QString> audioFilesByStem(const QString& folder);

Result<SourceScan> pairFolders(const QList<FolderSource>& folders);

struct DatasetItem {
    QString id, audioFile, transcript;
    QString speaker;  // empty: the dataset's one speaker
};
// metadata.csv (id|transcript[|normalised]; audio in wavs/ or beside it) or name.wav + name.txt.
//
// Speakers (which clips may lend their voice to each other when synthesizing, see
// session_synthesis.h):
//  - metadata.csv is one speaker (LJSpeech), unless its first line is a header naming a
//    `speaker` column (e.g. `id|transcript|speaker`): then that column says who speaks.
//  - name.wav + name.txt pairs directly in the folder are one speaker; each immediate
//    subfolder holding such pairs is a speaker of its own, named after the subfolder (an id
//    that appears under two speakers becomes `speaker_name`).
Result<QList<DatasetItem>> readDataset(const QString& folder);

// Ground truth from the dataset against takes named after the dataset items.
Result<SourceScan> datasetAgainstTakes(const QString& datasetFolder, const FolderSource& takes,
                                       const QString& groundTruthLabel = QStringLiteral("ground truth"));

}  // namespace mars5::ui::rating
