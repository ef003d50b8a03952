// `tts --lines FILE`: a script, one text per line, spoken one WAV each.
#pragma once

#include "mars5/error.h"

#include <string>
#include <vector>

namespace mars5::cli {

// The non-empty lines of a UTF-8 text file, each without surrounding whitespace (CR LF and LF
// both end a line; a UTF-8 byte-order mark is skipped). Errors: unreadable, not UTF-8 text
// (a NUL byte), no non-empty line, larger than 16 MiB.
Result<std::vector<std::string>> readScriptLines(const std::string& path);

// "007.wav" for line 7 of 120: numbered from 1, zero-padded to at least 3 digits so the files
// sort in script order.
std::string scriptWavName(std::size_t lineNumber, std::size_t lineCount);

}  // namespace mars5::cli
