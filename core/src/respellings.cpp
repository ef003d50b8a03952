// Respellings (mars5/respellings.h): whole-word matching by code point with ICU's simple case
// folding (one code point to one, so positions stay in step), and the list's JSON file.
#include "mars5/respellings.h"

#include "atomic_file.h"
#include "error_notices.h"
#include "failure.h"
#include "text_walk.h"
#include "translatable.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <unordered_map>

namespace mars5 {
namespace {

using text::codePointAt;
using text::isAlnum;

// A hand-kept list is a few kilobytes, a names database's some megabytes; anything far larger is
// not a list.
constexpr std::size_t kMaxListFileBytes = std::size_t{16} << 20;

// A word goes on through letters, digits and underscores (SQL_TABLE is one word).
bool isWordChar(UChar32 c) { return isAlnum(c) || c == '_'; }

UChar32 folded(UChar32 c, bool matchCase) { return matchCase ? c : u_foldCase(c, U_FOLD_CASE_DEFAULT); }

// The code points of `s`; nothing when it is not UTF-8.
std::optional<std::vector<UChar32>> codePoints(std::string_view s) {
    std::vector<UChar32> out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 0;
        const UChar32 c = codePointAt(s, i, &length);
        if (c < 0) return std::nullopt;
        out.push_back(c);
        i += length;
    }
    return out;
}

// The list prepared for matching: each written form as folded code points, and the entries that
// may start with a code point, longest first.
class Matcher {
public:
    explicit Matcher(const std::vector<Respelling>& list) : m_list(list) {
        for (std::size_t e = 0; e < list.size(); ++e) {
            const auto points = codePoints(list[e].written);
            if (!points || points->empty()) {
                m_forms.emplace_back();
                continue;
            }
            std::vector<UChar32> form;
            for (UChar32 c : *points) form.push_back(folded(c, list[e].matchCase));
            m_byFirst[u_foldCase(points->front(), U_FOLD_CASE_DEFAULT)].push_back(e);
            m_forms.push_back(std::move(form));
        }
        for (auto& [first, entries] : m_byFirst)
            std::stable_sort(entries.begin(), entries.end(),
                             [this](std::size_t a, std::size_t b) { return m_forms[a].size() > m_forms[b].size(); });
    }

    struct Match {
        std::size_t begin = 0, end = 0, entry = 0;
    };

    // Every match in `s`, in order, none overlapping.
    std::vector<Match> find(std::string_view s) const {
        std::vector<Match> found;
        if (m_byFirst.empty()) return found;
        bool afterAlnum = false;
        for (std::size_t i = 0; i < s.size();) {
            std::size_t length = 0;
            const UChar32 c = codePointAt(s, i, &length);
            if (!afterAlnum && c >= 0) {
                if (const auto it = m_byFirst.find(u_foldCase(c, U_FOLD_CASE_DEFAULT)); it != m_byFirst.end()) {
                    if (const auto m = matchAt(s, i, it->second)) {
                        found.push_back(*m);
                        afterAlnum = false;  // the code point after a match is no word's (matchAt checks)
                        i = m->end;
                        continue;
                    }
                }
            }
            afterAlnum = isWordChar(c);
            i += std::max<std::size_t>(length, 1);
        }
        return found;
    }

private:
    std::optional<Match> matchAt(std::string_view s, std::size_t begin, const std::vector<std::size_t>& entries) const {
        for (std::size_t e : entries) {
            const std::vector<UChar32>& form = m_forms[e];
            const bool matchCase = m_list[e].matchCase;
            std::size_t at = begin;
            bool same = true;
            for (UChar32 want : form) {
                std::size_t length = 0;
                const UChar32 c = codePointAt(s, at, &length);
                if (c < 0 || folded(c, matchCase) != want) {
                    same = false;
                    break;
                }
                at += length;
            }
            // Whole words only: "SQL" is not respelled inside "MySQL" or "SQLite".
            if (same && !isWordChar(codePointAt(s, at))) return Match{begin, at, e};
        }
        return std::nullopt;
    }

    const std::vector<Respelling>& m_list;
    std::vector<std::vector<UChar32>> m_forms;
    std::unordered_map<UChar32, std::vector<std::size_t>> m_byFirst;
};

// The said form, with a capital first letter where it starts a sentence.
std::string saidAt(std::string_view s, std::size_t at, const std::string& said) {
    return text::startsSentence(s, at) ? text::capitaliseFirst(said) : said;
}

Notice entryNotice(const std::string& path, std::size_t index) {
    return {QT_TRANSLATE_NOOP("mars5::Notice",
                              "%1: entry %2 is not a respelling (a written and a said form, each at most %3 "
                              "characters on one line, and no written form twice)"),
            {NoticeValue::words(path), NoticeValue::integer(static_cast<std::int64_t>(index + 1)),
             NoticeValue::integer(static_cast<std::int64_t>(kMaxRespellingCharacters))}};
}

}  // namespace

std::optional<Notice> respellingProblem(const Respelling& r) {
    const auto written = codePoints(r.written), said = codePoints(r.said);
    if (!written || !said) return Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: not UTF-8 text."), {NoticeValue::words(r.written)}};
    auto blank = [](const std::vector<UChar32>& points) { return std::all_of(points.begin(), points.end(), text::isSpace); };
    if (blank(*written)) return Notice{QT_TRANSLATE_NOOP("mars5::Notice", "Write the word as it is typed."), {}};
    const NoticeValue word = NoticeValue::words(r.written);
    if (blank(*said)) return Notice{QT_TRANSLATE_NOOP("mars5::Notice", "Write how %1 is said."), {word}};
    if (written->size() > kMaxRespellingCharacters || said->size() > kMaxRespellingCharacters)
        return Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: a respelling is a word or a short phrase, at most %2 characters."),
                      {word, NoticeValue::integer(static_cast<std::int64_t>(kMaxRespellingCharacters))}};
    auto lineBreak = [](const std::vector<UChar32>& points) {
        return std::any_of(points.begin(), points.end(), [](UChar32 c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; });
    };
    if (lineBreak(*written) || lineBreak(*said))
        return Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: a respelling fits on one line."), {word}};
    // Spaces at either end would never match whole words as the user meant.
    if (text::isSpace(written->front()) || text::isSpace(written->back()))
        return Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: no spaces before or after the written form."), {word}};
    return std::nullopt;
}

std::optional<std::size_t> repeatedRespelling(const std::vector<Respelling>& list) {
    // Two entries clash when their written forms fold to the same, unless both match case and
    // they differ as written ("US" and "us" are two words then). One pass with the folded forms.
    auto foldedKey = [](const std::string& written) {
        std::u32string out;
        for (std::size_t i = 0; i < written.size();) {
            std::size_t length = 0;
            const UChar32 c = codePointAt(written, i, &length);
            out += static_cast<char32_t>(c < 0 ? c : folded(c, false));
            i += std::max<std::size_t>(length, 1);
        }
        return out;
    };
    std::unordered_map<std::u32string, std::vector<std::size_t>> byFolded;
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::vector<std::size_t>& same = byFolded[foldedKey(list[i].written)];
        for (std::size_t earlier : same)
            if (!(list[earlier].matchCase && list[i].matchCase) || list[earlier].written == list[i].written) return i;
        same.push_back(i);
    }
    return std::nullopt;
}

RespelledText respell(std::string_view utf8, const std::vector<Respelling>& list) {
    const Matcher matcher(list);
    RespelledText out;
    std::size_t copied = 0;
    for (const Matcher::Match& m : matcher.find(utf8)) {
        out.text.append(utf8.substr(copied, m.begin - copied));
        out.text += saidAt(utf8, m.begin, list[m.entry].said);
        copied = m.end;
        ++out.words;
    }
    out.text.append(utf8.substr(copied));
    return out;
}

int countRespellings(std::string_view utf8, const std::vector<Respelling>& list) {
    return static_cast<int>(Matcher(list).find(utf8).size());
}

Result<std::vector<Respelling>> readRespellings(const std::string& path) {
    return guarded([&] {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw Failure(ErrorKind::Io, cannotOpenFileNotice(path));
        // Read in pieces up to the limit: a list is small, and a zeroed 16 MiB buffer per read is not.
        std::string bytes;
        char piece[1 << 16];
        while (bytes.size() <= kMaxListFileBytes && in.read(piece, sizeof piece).gcount() > 0)
            bytes.append(piece, static_cast<std::size_t>(in.gcount()));
        auto notAList = [&](const std::string& why) {
            return Failure(ErrorKind::Format,
                           Notice{QT_TRANSLATE_NOOP("mars5::Notice", "%1: not a respellings list (%2)"),
                                  {NoticeValue::words(path), NoticeValue::words(why)}});
        };
        if (bytes.size() > kMaxListFileBytes) throw notAList("larger than 16 MiB");
        const nlohmann::json j = nlohmann::json::parse(bytes, nullptr, false);
        if (j.is_discarded()) throw notAList("not JSON");
        if (!j.is_object() || !j.contains("format") || !j["format"].is_string() || j["format"].get<std::string>() != "mars5-respellings")
            throw notAList("no \"format\": \"mars5-respellings\"");
        if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<long long>() != 1)
            throw notAList("a version other than 1");
        if (!j.contains("respellings") || !j["respellings"].is_array()) throw notAList("no \"respellings\" list");
        std::vector<Respelling> list;
        const nlohmann::json& entries = j["respellings"];
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const nlohmann::json& e = entries[i];
            if (!e.is_object() || !e.contains("written") || !e["written"].is_string() || !e.contains("said") ||
                !e["said"].is_string() || (e.contains("match_case") && !e["match_case"].is_boolean()))
                throw Failure(ErrorKind::Format, entryNotice(path, i));
            Respelling r{e["written"].get<std::string>(), e["said"].get<std::string>(), e.value("match_case", false)};
            if (respellingProblem(r)) throw Failure(ErrorKind::Format, entryNotice(path, i));
            list.push_back(std::move(r));
        }
        if (const auto repeated = repeatedRespelling(list)) throw Failure(ErrorKind::Format, entryNotice(path, *repeated));
        return list;
    });
}

Result<void> writeRespellings(const std::string& path, const std::vector<Respelling>& list) {
    return guarded([&] {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (respellingProblem(list[i])) throw Failure(ErrorKind::InvalidArgument, entryNotice(path, i));
        if (const auto repeated = repeatedRespelling(list)) throw Failure(ErrorKind::InvalidArgument, entryNotice(path, *repeated));
        nlohmann::ordered_json j;
        j["format"] = "mars5-respellings";
        j["version"] = 1;
        j["respellings"] = nlohmann::ordered_json::array();
        for (const Respelling& r : list)
            j["respellings"].push_back({{"written", r.written}, {"said", r.said}, {"match_case", r.matchCase}});
        AtomicFile file(path);
        {
            std::ofstream out(file.temporaryPath(), std::ios::binary);
            out << j.dump(2) << '\n';
            if (!out.flush()) throw Failure(ErrorKind::Io, path + ": cannot write");
        }
        file.commit();
    });
}

}  // namespace mars5
