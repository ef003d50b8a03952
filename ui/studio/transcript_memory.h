// The transcript each reference file was last synthesized with, so opening the file again
// (Open, Recent, a drop) brings its transcript back: a voice designer switching between a few
// voices otherwise types or pastes each clip's transcript anew, and deep clone needs it exact.
//
// Files are known by the sha256 of their bytes, so a clip moved or renamed is still known and a
// file overwritten with other audio is not. A pairing is kept when a synthesis is queued with the
// file as it was opened (not trimmed or cut) and a transcript: the user made a take with it.
// The most recent 200 are kept in the studio's settings.
#pragma once

#include <QString>

namespace mars5::ui {

class TranscriptMemory {
public:
    static constexpr int kKept = 200;
    // A 12 s clip says a few hundred characters; a longer "transcript" is a paste gone wrong,
    // and kept 200 times it would swell the settings file. It is not kept (and the file's
    // older pairing goes, as it is no longer what the file was last used with).
    static constexpr int kLongest = 2000;

    // The transcript last used with the file of this sha256; "" when none.
    static QString recall(const QString& fileSha256);
    // Keeps `transcript` for the file (the most recent first; the oldest beyond kKept dropped).
    // Nothing for an empty sha256 or transcript; a transcript over kLongest forgets the file.
    static void remember(const QString& fileSha256, const QString& transcript);
};

}  // namespace mars5::ui
