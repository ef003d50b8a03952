// The reference clip kept from one session of the studio to the next, like the text and the
// transcript that go with it: a recording, or a clip trimmed by hand, was lost when the studio
// closed, and the transcript then came back without its voice.
//
//   <folder>/reference.json   where the clip came from: name, file, sha256, edited, rate
//   <folder>/reference.wav    the samples exactly (32-bit float), for a recording or an
//                             edited clip; a file opened and left as it was is kept by its path
#pragma once

#include "studio/reference_panel.h"

#include "mars5/error.h"

#include <QString>

namespace mars5::ui {

// The folder the studio keeps it in: <AppDataLocation>/session.
QString keptReferenceFolder();

// Keeps `clip` in `folder` (each file written whole or not at all); with no clip, removes what
// was kept.
Result<void> keepReference(const ReferencePanel::ClipState& clip, const QString& folder);

// Brings the kept clip back into `panel` as the clip its session starts with. Empty when it
// came back or nothing was kept; else why not, in a sentence for the reference panel's message
// line (a file opened last time that is gone; a kept file that does not read).
QString restoreReference(ReferencePanel* panel, const QString& folder);

}  // namespace mars5::ui
