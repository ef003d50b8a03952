// The take history as a table for a spreadsheet or a client: one row per take, with its
// number, time, name, star, note, text, preset, seed, length and folder, so the takes kept
// and why can be read and sorted without the studio. RFC 4180 CSV in UTF-8, quoted as the
// ratings export quotes, every field as stored (a note that starts with "=" stays text here;
// a spreadsheet may read it otherwise).
#pragma once

#include "takes/take_store.h"

#include "mars5/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mars5::ui::takes {

// The header and one line per take, in the order given; `takesFolder` is the folder holding
// the takes' folders (TakeStore::folder() + "/takes").
QByteArray takeListCsv(const QList<TakeRecord>& takes, const QString& takesFolder);

// Writes takeListCsv to `path` whole or not at all (QSaveFile).
Result<void> writeTakeListCsv(const QString& path, const QList<TakeRecord>& takes, const QString& takesFolder);

}  // namespace mars5::ui::takes
