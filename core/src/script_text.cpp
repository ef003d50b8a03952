#include "mars5/script_text.h"

#include "error_notices.h"
#include "tokenizer.h"
#include "translatable.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mars5 {

Result<std::string> readScriptText(const std::string& path) {
    std::error_code ec;
    const NoticeValue file = NoticeValue::words(path);
    if (std::filesystem::is_directory(path, ec))
        return Error::said(ErrorKind::InvalidArgument,
                           {QT_TRANSLATE_NOOP("mars5::Notice", "%1: is a folder, not a text file"), {file}});
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::said(ErrorKind::Io, cannotOpenFileNotice(path));
    std::string text(kMaxScriptBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxScriptBytes)
        return Error::said(ErrorKind::InvalidArgument,
                           {QT_TRANSLATE_NOOP("mars5::Notice", "%1: larger than %2 KiB: not a script of lines"),
                            {file, NoticeValue::integer(static_cast<std::int64_t>(kMaxScriptBytes >> 10))}});
    if (text.find('\0') != std::string::npos)
        return Error::said(ErrorKind::Format,
                           {QT_TRANSLATE_NOOP("mars5::Notice", "%1: not a text file (it holds NUL bytes)"), {file}});
    if (const auto bad = firstInvalidUtf8(text))
        return Error::said(ErrorKind::Format, {QT_TRANSLATE_NOOP("mars5::Notice", "%1: not UTF-8 text (byte %2)"),
                                               {file, NoticeValue::integer(static_cast<std::int64_t>(*bad))}});
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
