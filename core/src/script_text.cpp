#include "mars5/script_text.h"

#include "tokenizer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace mars5 {

Result<std::string> readScriptText(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Error{ErrorKind::InvalidArgument, path + ": is a folder, not a text file"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ErrorKind::Io, path + ": cannot be opened"};
    std::string text(kMaxScriptBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxScriptBytes)
        return Error{ErrorKind::InvalidArgument,
                     path + ": larger than " + std::to_string(kMaxScriptBytes >> 10) + " KiB: not a script of lines"};
    if (text.find('\0') != std::string::npos) return Error{ErrorKind::Format, path + ": not a text file (it holds NUL bytes)"};
    if (const auto bad = firstInvalidUtf8(text))
        return Error{ErrorKind::Format, path + ": not UTF-8 text (byte " + std::to_string(*bad) + ")"};
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    std::string lf;
    lf.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) lf += text[i];
    return lf;
}

std::vector<std::string> scriptLines(const std::string& text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) {
        std::size_t b = 0, e = line.size();
        while (b < e && isSpace(line[b])) ++b;
        while (e > b && isSpace(line[e - 1])) --e;
        if (e > b) lines.push_back(line.substr(b, e - b));
    }
    return lines;
}

}  // namespace mars5
