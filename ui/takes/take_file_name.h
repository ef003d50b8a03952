// The name a take's exported file gets: its number first, zero-padded, so the files sort in
// the order the takes were made (a script's lines in script order), then its name made safe
// for any file system. Batch export and the files dragged out of the history share it.
#pragma once

#include "studio/export_options.h"
#include "takes/take_store.h"

#include <QString>

namespace mars5::ui::takes {

// "Warm take #2" -> "Warm-take-2": letters, digits, '_', '.', '-' only, at most 40 of them.
QString safeFileName(const QString& name);

// "0012-Warm-take-2.flac"
QString exportFileName(const TakeRecord& take, const ExportOptions& options);

}  // namespace mars5::ui::takes
