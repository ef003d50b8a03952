#include "script_lines.h"

#include "atomic_file.h"
#include "failure.h"

#include "mars5/script_text.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

namespace mars5::cli {

Result<std::vector<std::string>> readScriptLines(const std::string& path) {
    Result<std::string> text = readScriptText(path);
    if (!text) return text.error();
    std::vector<std::string> lines = scriptLines(*text);
    if (lines.empty()) return Error{ErrorKind::InvalidArgument, path + ": no text to speak (every line is empty)"};
    return lines;
}

Result<void> writeScriptIndex(const std::string& path, const std::vector<ScriptIndexRow>& rows) {
    const auto field = [](std::string s) {
        std::replace_if(s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
        return s;
    };
    return guarded([&] {
        AtomicFile file(path);
        {
            std::ofstream out(file.temporaryPath(), std::ios::binary);
            out << "file\tseconds\tseed\tar_tokens\tstatus\ttext\n";
            for (const ScriptIndexRow& r : rows) {
                char seconds[32];
                std::snprintf(seconds, sizeof seconds, "%.3f", r.seconds);
                out << r.file << '\t' << (r.file.empty() ? "" : seconds) << '\t' << (r.file.empty() ? "" : std::to_string(r.seed))
                    << '\t' << (r.file.empty() ? "" : std::to_string(r.arTokens)) << '\t' << field(r.status) << '\t'
                    << field(r.text) << '\n';
            }
            if (!out.flush()) fail(ErrorKind::Io, path + ": cannot be written");
        }
        file.commit();
    });
}

std::string scriptAudioName(std::size_t lineNumber, std::size_t lineCount, const std::string& suffix) {
    const std::size_t width = std::max<std::size_t>(3, std::to_string(lineCount).size());
    std::string n = std::to_string(lineNumber);
    return std::string(width > n.size() ? width - n.size() : 0, '0') + n + "." + suffix;
}

}  // namespace mars5::cli
