// A path field that takes a dropped file or folder as its path. Left to itself, a QLineEdit
// pastes a dropped file's URL ("file:///home/…") into its text, which no path check reads.
#pragma once

class QLineEdit;

namespace mars5::ui {

enum class DroppedPath {
    Folder,        // a dropped folder, or the folder a dropped file is in (a dataset's metadata.csv)
    FileToWrite,   // a dropped file; a dropped folder keeps the field's file name, in that folder
};

// From now on `field` takes drops of local files this way (text drops stay the field's own).
void acceptPathDrops(QLineEdit* field, DroppedPath kind);

}  // namespace mars5::ui
