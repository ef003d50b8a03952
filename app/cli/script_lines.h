// `tts --lines FILE`: a script, one text per line, spoken one WAV each.
#pragma once

#include "mars5/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mars5::cli {

// The non-empty lines of a script file (mars5/script_text.h); also an error when there are none.
Result<std::vector<std::string>> readScriptLines(const std::string& path);

// "007.wav" for line 7 of 120 (suffix "wav"): numbered from 1, zero-padded to at least 3 digits
// so the files sort in script order.
std::string scriptAudioName(std::size_t lineNumber, std::size_t lineCount, const std::string& suffix);

// One line of a spoken script, for FOLDER/lines.tsv.
struct ScriptIndexRow {
    std::string file;    // "007.wav", empty when the line failed
    std::string text;
    double seconds = 0;  // of audio
    std::int64_t seed = 0;
    std::size_t arTokens = 0;
    std::string status;  // "ok: end of speech", "failed: <why>", ...
};

// Writes the index as tab-separated values with a header line (file, seconds, seed, ar_tokens,
// status, text; tabs and line breaks inside a field become spaces), complete or not at all.
Result<void> writeScriptIndex(const std::string& path, const std::vector<ScriptIndexRow>& rows);

}  // namespace mars5::cli
