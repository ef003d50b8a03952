// A take brought back into the studio, to go on from it: its voice (the reference clip as it
// was sent, with its transcript), its text, and its settings with the seed it used. A voice
// designer finds yesterday's best take and wants to try it with a lower temperature, or to
// speak a new line in the same voice; Render again only repeats a take.
//
// Each part lands as one undo step where it lands: the clip in the reference's history, each
// text in its editor's, the settings in theirs. So nothing the user had is lost.
#pragma once

#include "takes/take_store.h"

#include <QFlags>
#include <QString>

namespace mars5::ui {
class ReferencePanel;
class SettingsPanel;
class TextPanel;
}  // namespace mars5::ui

namespace mars5::ui::takes {

enum class TakePart {
    Voice = 1,     // the reference clip and its transcript
    Text = 2,      // the text to speak
    Settings = 4,  // every setting, with the seed the take used fixed
};
Q_DECLARE_FLAGS(TakeParts, TakePart)
Q_DECLARE_OPERATORS_FOR_FLAGS(TakeParts)
constexpr TakeParts kWholeTake = TakeParts(TakePart::Voice) | TakePart::Text | TakePart::Settings;

struct StudioPanels {
    ReferencePanel* reference = nullptr;
    TextPanel* text = nullptr;
    SettingsPanel* settings = nullptr;
};

// Puts `parts` of `take` (whose files `files` reads) into the panels. On success, a sentence for
// the status line saying what changed; an error, and nothing changed, when a part cannot be
// given (the take's clip is gone or does not read).
Result<QString> useTake(const TakeRecord& take, const TakeFiles& files, TakeParts parts, const StudioPanels& panels);

}  // namespace mars5::ui::takes
