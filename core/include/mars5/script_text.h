// A script: a plain UTF-8 text file of lines to speak, read one way by the studio (File ▸ Open
// script…, or a dropped .txt) and by `mars5-cli tts --lines`.
#pragma once

#include "mars5/error.h"

#include <cstddef>
#include <string>
#include <vector>

namespace mars5 {

// A script of lines is far smaller (about 10,000 lines); a stray large file is refused.
inline constexpr std::size_t kMaxScriptBytes = std::size_t{1} << 20;

// The file's text, valid UTF-8, without a byte-order mark, CR LF read as LF. Errors name the
// path: unreadable, larger than kMaxScriptBytes, NUL bytes (not a text file), not UTF-8.
Result<std::string> readScriptText(const std::string& path);

// The non-empty lines of a script's text, each without surrounding spaces and tabs.
std::vector<std::string> scriptLines(const std::string& text);

}  // namespace mars5
