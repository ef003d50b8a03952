#include "script_lines.h"

#include "atomic_file.h"
#include "failure.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

namespace mars5::cli {

namespace {

constexpr std::size_t kMaxScriptBytes = 16u << 20;  // far beyond any script; a stray binary is refused

std::string trimmed(const std::string& s) {
    const auto isSpace = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && isSpace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

}  // namespace

Result<std::vector<std::string>> readScriptLines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ErrorKind::Io, path + ": cannot be opened"};
    std::string text;
    text.resize(kMaxScriptBytes + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxScriptBytes) return Error{ErrorKind::InvalidArgument, path + ": larger than 16 MiB: not a script of lines"};
    if (text.find('\0') != std::string::npos) return Error{ErrorKind::Format, path + ": not a text file (it holds NUL bytes)"};
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        if (std::string t = trimmed(line); !t.empty()) lines.push_back(std::move(t));
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

std::string scriptWavName(std::size_t lineNumber, std::size_t lineCount) {
    const std::size_t width = std::max<std::size_t>(3, std::to_string(lineCount).size());
    std::string n = std::to_string(lineNumber);
    return std::string(width > n.size() ? width - n.size() : 0, '0') + n + ".wav";
}

}  // namespace mars5::cli
