#include "tokenizer.h"

#include "failure.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <queue>

namespace mars5 {

namespace {

// ---------------------------------------------------------------------------------------
// UTF-8

// Length of the well-formed sequence starting at s[i], or 0 if it is ill-formed. On
// failure *consumed is the length of the maximal ill-formed subpart (at least 1): the
// unit Python's errors="replace" turns into one U+FFFD (Unicode §3.9, "best practice").
std::size_t utf8SequenceAt(std::string_view s, std::size_t i, std::size_t* consumed) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        if (lead == 0xE0) lo = 0xA0;       // no overlong 3-byte forms
        if (lead == 0xED) hi = 0x9F;       // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        if (lead == 0xF0) lo = 0x90;       // no overlong 4-byte forms
        if (lead == 0xF4) hi = 0x8F;       // nothing above U+10FFFF
    } else {
        *consumed = 1;  // C0, C1, F5..FF or a stray continuation byte
        return 0;
    }
    for (std::size_t k = 1; k <= need; ++k) {
        const bool inRange = i + k < s.size() && byte(i + k) >= (k == 1 ? lo : 0x80) && byte(i + k) <= (k == 1 ? hi : 0xBF);
        if (!inRange) {
            *consumed = k;
            return 0;
        }
    }
    return need + 1;
}

// The code point at s[i] of text already known to be valid; sets *len.
char32_t codePointAt(std::string_view s, std::size_t i, std::size_t* len) {
    const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    const char32_t lead = b(0);
    if (lead < 0x80) { *len = 1; return lead; }
    if (lead < 0xE0) { *len = 2; return ((lead & 0x1F) << 6) | (b(1) & 0x3F); }
    if (lead < 0xF0) { *len = 3; return ((lead & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); }
    *len = 4;
    return ((lead & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

// Python's str.isspace() (bidirectional class WS/B/S or category Zs). The U+001C..U+001F
// information separators are included, unlike Unicode's White_Space property.
bool isPythonSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

// The code point ending just before `end` in valid UTF-8 text.
char32_t codePointBefore(std::string_view s, std::size_t end, std::size_t* len) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return codePointAt(s, start, len);
}

// Python's str.split() without arguments: runs of whitespace separate fields.
std::vector<std::string_view> splitPythonWhitespace(std::string_view s) {
    std::vector<std::string_view> fields;
    std::size_t i = 0, start = std::string_view::npos;
    while (i < s.size()) {
        std::size_t len = 1;
        const char32_t c = codePointAt(s, i, &len);
        if (isPythonSpace(c)) {
            if (start != std::string_view::npos) fields.push_back(s.substr(start, i - start));
            start = std::string_view::npos;
        } else if (start == std::string_view::npos) {
            start = i;
        }
        i += len;
    }
    if (start != std::string_view::npos) fields.push_back(s.substr(start));
    return fields;
}

std::string hexByte(unsigned char b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02x", b);
    return buf;
}

// ---------------------------------------------------------------------------------------
// model-text parsing

// A line for an error message: quoted, cut (at a code point boundary) when long.
std::string quoted(std::string_view line) {
    constexpr std::size_t kShown = 60;
    std::size_t cut = line.size();
    if (cut > kShown) {
        cut = kShown;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    }
    // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on "'" + string.
    std::string out(1, '\'');
    out.append(line.substr(0, cut));
    if (cut < line.size()) out += "...";
    out += '\'';
    return out;
}

// A non-negative decimal id that fits an int; nullopt otherwise.
std::optional<int> parseId(std::string_view field) {
    if (field.empty() || field.size() > 10) return std::nullopt;
    std::int64_t v = 0;
    for (char c : field) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (v > std::numeric_limits<int>::max()) return std::nullopt;
    return static_cast<int>(v);
}

// Lines split the way Python's text mode reads them (universal newlines: \n, \r\n and a
// lone \r all end a line), each stripped like line.strip(), numbered from 1.
struct Line {
    int number;
    std::string_view text;
};

std::vector<Line> modelLines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t start = 0;
    int number = 1;
    while (start < text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back({number++, stripPythonWhitespace(text.substr(start, end - start))});
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        start = end + 1;
    }
    return lines;
}

[[noreturn]] void formatError(const std::string& origin, int line, const std::string& what) {
    fail(ErrorKind::Format, origin + ": line " + std::to_string(line) + ": " + what);
}

std::uint64_t pairKey(int first, int second) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(first)) << 32) | static_cast<std::uint32_t>(second);
}

// The GPT-4 (cl100k) split pattern of the reference,
//   '(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]++[\r\n]*|\s*[\r\n]|\s+(?!\S)|\s+
// with \s spelled out. The reference's `regex` module matches \s against the Unicode
// White_Space property; PCRE2's UCP \s is "Zs or \h or \v", which (in 10.42 at least) also
// takes U+180E. The explicit class keeps the split identical whatever the PCRE2 version.
std::string gpt4SplitPattern() {
    const std::string ws =
        R"(\t\n\x{0B}\f\r\x{20}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000})";
    return R"('(?i:[sdmt]|ll|ve|re))"
           R"(|[^\r\n\p{L}\p{N}]?+\p{L}+)"
           R"(|\p{N}{1,3})"
           R"(| ?[^)" + ws + R"(\p{L}\p{N}]++[\r\n]*)"
           R"(|[)" + ws + R"(]*[\r\n])"
           R"(|[)" + ws + R"(]+(?![^)" + ws + R"(]))"
           R"(|[)" + ws + R"(]+)";
}

std::string pcre2Message(int code) {
    PCRE2_UCHAR buf[256];
    if (pcre2_get_error_message(code, buf, sizeof buf) < 0) return "PCRE2 error " + std::to_string(code);
    return reinterpret_cast<const char*>(buf);
}

}  // namespace

// ---------------------------------------------------------------------------------------
// The compiled split pattern, shared by every text tokenizer of the process (compiled code
// is read-only during matching, so concurrent encodes are fine; match data is per call).

struct BpeTokenizer::SplitRegex {
    pcre2_code* code = nullptr;
    ~SplitRegex() { pcre2_code_free(code); }
};

std::shared_ptr<const BpeTokenizer::SplitRegex> BpeTokenizer::splitRegex() {
    static const std::shared_ptr<const SplitRegex> compiled = [] {
        const std::string pattern = gpt4SplitPattern();
        int error = 0;
        PCRE2_SIZE offset = 0;
        auto regex = std::make_shared<SplitRegex>();
        regex->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                    PCRE2_UTF | PCRE2_UCP, &error, &offset, nullptr);
        if (!regex->code)
            fail(ErrorKind::Internal, "the tokenizer split pattern does not compile (PCRE2 built without Unicode "
                                      "support?): " + pcre2Message(error) + " at offset " + std::to_string(offset));
        // JIT is an optimisation only: without it (some platforms, or a PCRE2 built
        // without JIT) pcre2_match interprets the same pattern with the same result.
        pcre2_jit_compile(regex->code, PCRE2_JIT_COMPLETE);
        return std::shared_ptr<const SplitRegex>(std::move(regex));
    }();
    return compiled;
}

// ---------------------------------------------------------------------------------------
// loading

BpeTokenizer BpeTokenizer::fromString(std::string_view modelText, BpeAlphabet alphabet, const std::string& origin) {
    const auto error = [&](int line, const std::string& what) { formatError(origin, line, what); };
    if (modelText.size() > kMaxModelBytes)
        fail(ErrorKind::Format, origin + ": " + std::to_string(modelText.size()) +
                                    " bytes; a tokenizer model is at most " + std::to_string(kMaxModelBytes >> 20) + " MiB");
    if (const auto bad = firstInvalidUtf8(modelText)) {
        // Line ends counted like modelLines(): \n, \r\n or a lone \r.
        int line = 1;
        for (std::size_t i = 0; i < *bad; ++i)
            if (modelText[i] == '\n' || (modelText[i] == '\r' && (i + 1 >= modelText.size() || modelText[i + 1] != '\n'))) ++line;
        error(line, "not valid UTF-8 (byte " + hexByte(static_cast<unsigned char>(modelText[*bad])) + ")");
    }

    BpeTokenizer tok;
    tok.m_origin = origin;
    tok.m_alphabet = alphabet;
    tok.m_base = alphabet == BpeAlphabet::Bytes ? 256 : kSpeechCodebookSize;

    const std::vector<Line> lines = modelLines(modelText);
    if (lines.empty() || lines[0].text != "minbpe v1")
        error(1, "expected the header 'minbpe v1', found " + (lines.empty() ? std::string("nothing") : quoted(lines[0].text)) +
                     " (is this a minbpe tokenizer model?)");
    if (lines.size() < 2) error(2, "the model ends after its header; expected the split pattern");
    tok.m_patternLine = std::string(lines[1].text);
    if (lines.size() < 3) error(3, "the model ends after the split pattern; expected the number of special tokens");

    const auto count = parseId(lines[2].text);
    if (!count) error(3, "expected the number of special tokens, found " + quoted(lines[2].text));
    if (*count > kMaxSpecialTokens)
        error(3, std::to_string(*count) + " special tokens declared; at most " + std::to_string(kMaxSpecialTokens) +
                     " are supported");
    if (lines.size() < 3 + static_cast<std::size_t>(*count))
        error(static_cast<int>(lines.size()), "the model declares " + std::to_string(*count) +
                                                  " special tokens but ends after " + std::to_string(lines.size() - 3));

    std::vector<int> specialLines;  // for the id check once the merges are known
    for (int k = 0; k < *count; ++k) {
        const Line& line = lines[3 + k];
        const auto fields = splitPythonWhitespace(line.text);
        if (fields.size() != 2)
            error(line.number, "expected a special token as '<token> <id>', found " + quoted(line.text));
        const auto id = parseId(fields[1]);
        if (!id) error(line.number, "special token " + std::string(fields[0]) + ": invalid id " + quoted(fields[1]));
        for (const auto& s : tok.m_specials) {
            if (s.text == fields[0]) error(line.number, "special token " + s.text + " is listed twice");
            // The reference's vocab[id] would keep the last one, so the first would decode as the
            // second (<|startoftext|> as <|endoftext|>): a damaged model.
            if (s.id == *id)
                error(line.number, "special tokens " + s.text + " and " + std::string(fields[0]) + " share the id " +
                                       std::to_string(*id));
        }
        tok.m_specials.push_back({std::string(fields[0]), *id});
        specialLines.push_back(line.number);
        tok.m_specialTextById[*id] = std::string(fields[0]);
    }

    // Merges: merge k gets id base + k, so both parents must already exist (a base id or an
    // earlier merge); the reference's vocabulary rebuild would fail on anything else.
    std::vector<std::uint64_t> units(tok.m_base, 1);  // bytes or codes per id, to bound token sizes
    for (std::size_t li = 3 + static_cast<std::size_t>(*count); li < lines.size(); ++li) {
        const Line& line = lines[li];
        if (line.text.empty()) continue;  // a trailing blank line is harmless (the reference would crash)
        const auto fields = splitPythonWhitespace(line.text);
        if (fields.size() != 2) error(line.number, "expected a merge as '<idA> <idB>', found " + quoted(line.text));
        const auto a = parseId(fields[0]);
        const auto b = parseId(fields[1]);
        if (!a || !b) error(line.number, "expected a merge of two non-negative ids, found " + quoted(line.text));
        if (tok.mergeCount() >= kMaxMerges)
            error(line.number, "more than " + std::to_string(kMaxMerges) + " merges; not a MARS5 tokenizer");
        const int id = tok.m_base + tok.mergeCount();
        for (int parent : {*a, *b})
            if (parent >= id)
                error(line.number, "merge " + quoted(line.text) + " uses id " + std::to_string(parent) +
                                       ", which is not defined before it (this merge becomes id " + std::to_string(id) +
                                       "; merges must be listed in the order they were learnt)");
        const auto [it, inserted] = tok.m_mergeId.emplace(pairKey(*a, *b), id);
        if (!inserted)
            error(line.number, "merge " + quoted(line.text) + " repeats the merge that became id " + std::to_string(it->second));
        const std::uint64_t size = units[*a] + units[*b];
        if (size > kMaxTokenUnits)
            error(line.number, "merge " + quoted(line.text) + " makes a token of " + std::to_string(size) +
                                   (alphabet == BpeAlphabet::Bytes ? " bytes" : " codes") + "; at most " +
                                   std::to_string(kMaxTokenUnits) + " are supported");
        units.push_back(size);
        tok.m_merges.emplace_back(*a, *b);
    }

    const int contiguous = tok.m_base + tok.mergeCount();
    // A special token on a byte, code or merge id would make that token decode as the special
    // text (the reference's vocab[id] = special): a damaged model, never a trained one, whose
    // specials come after the merges.
    for (std::size_t k = 0; k < tok.m_specials.size(); ++k) {
        const SpecialToken& special = tok.m_specials[k];
        if (special.id >= contiguous) continue;
        std::string taken;
        if (special.id >= tok.m_base) {
            const auto& [a, b] = tok.m_merges[static_cast<std::size_t>(special.id - tok.m_base)];
            taken = "merge '" + std::to_string(a) + " " + std::to_string(b) + "'";
        } else if (alphabet == BpeAlphabet::Bytes) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", special.id);
            taken = std::string("the byte ") + hex;
        } else {
            taken = "the code " + std::to_string(special.id);
        }
        error(specialLines[k], "special token " + special.text + " has id " + std::to_string(special.id) + ", which is " +
                                   taken + "; special ids come after the base and merge ids (from " +
                                   std::to_string(contiguous) + ")");
    }
    tok.m_vocabSize = contiguous;
    tok.m_maxId = contiguous - 1;
    for (const auto& [id, text] : tok.m_specialTextById) {
        if (id >= contiguous) ++tok.m_vocabSize;
        tok.m_maxId = std::max(tok.m_maxId, id);
    }
    if (alphabet == BpeAlphabet::Bytes) tok.m_regex = splitRegex();
    return tok;
}

BpeTokenizer BpeTokenizer::fromFile(const std::string& path, BpeAlphabet alphabet) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorKind::Io, path + ": cannot open the tokenizer model (missing or no permission)");
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::uint64_t>(in.tellg());
    if (size > kMaxModelBytes)
        fail(ErrorKind::Format, path + ": " + std::to_string(size) + " bytes; a tokenizer model is at most " +
                                    std::to_string(kMaxModelBytes >> 20) + " MiB");
    in.seekg(0, std::ios::beg);
    std::string text(size, '\0');
    if (!in.read(text.data(), static_cast<std::streamsize>(size))) fail(ErrorKind::Io, path + ": read error");
    return fromString(text, alphabet, path);
}

// ---------------------------------------------------------------------------------------
// vocabulary

std::optional<int> BpeTokenizer::specialId(std::string_view text) const {
    for (const auto& s : m_specials)
        if (s.text == text) return s.id;
    return std::nullopt;
}

bool BpeTokenizer::contains(int id) const {
    return (id >= 0 && id < m_base + mergeCount()) || isSpecial(id);
}

template <class Leaf>
void BpeTokenizer::forEachBaseId(int id, Leaf&& leaf) const {
    // Merge trees can be deep (a long run of one code merges into a chain), so walk them
    // with an explicit stack rather than recursion.
    std::vector<int> stack{id};
    while (!stack.empty()) {
        const int x = stack.back();
        stack.pop_back();
        if (x < m_base) {
            leaf(x);
            continue;
        }
        const auto& [first, second] = m_merges[static_cast<std::size_t>(x - m_base)];
        stack.push_back(second);
        stack.push_back(first);
    }
}

void BpeTokenizer::appendBaseIds(int id, std::vector<int>& out) const {
    if (id < 0 || id >= m_base + mergeCount())
        fail(ErrorKind::InvalidArgument, m_origin + ": id " + std::to_string(id) + " is not a base or merge id");
    forEachBaseId(id, [&](int b) { out.push_back(b); });
}

std::string BpeTokenizer::tokenBytes(int id) const {
    // Special tokens overwrite whatever the id was before (the reference's vocab rebuild
    // adds them last); a merge built on such an id still uses the id's merged bytes.
    if (const auto it = m_specialTextById.find(id); it != m_specialTextById.end()) return it->second;
    if (!contains(id))
        fail(ErrorKind::InvalidArgument, m_origin + ": id " + std::to_string(id) + " is not in the vocabulary (ids 0.." +
                                             std::to_string(m_maxId) + ")");
    std::string bytes;
    forEachBaseId(id, [&](int b) {
        if (m_alphabet == BpeAlphabet::Bytes) {
            bytes.push_back(static_cast<char>(b));
        } else {
            char code[24];  // " %04d" of any int fits
            std::snprintf(code, sizeof code, " %04d", b);
            bytes += code;
        }
    });
    return bytes;
}

std::string BpeTokenizer::decode(std::span<const int> ids) const {
    std::string bytes;
    for (int id : ids) bytes += tokenBytes(id);
    return decodeUtf8Replacing(bytes);
}

// ---------------------------------------------------------------------------------------
// BPE

std::vector<int> BpeTokenizer::applyMerges(std::vector<int> ids) const {
    // The reference rescans the whole chunk once per merge it applies (chunk length x
    // merges on a long chunk). Here every adjacent pair that is a merge sits in a min-heap keyed by
    // (merge id, position) over a linked list of the symbols. That applies the same merges
    // in the same order: a merge's id is larger than its parents' ids, so a merge never
    // creates a pair of its own or a lower rank, and all occurrences of the lowest-ranked
    // pair are taken left to right before anything else, exactly as minbpe's merge() does
    // (an occurrence overlapping one just merged is stale and skipped).
    const std::size_t n = ids.size();
    if (n < 2 || m_merges.empty()) return ids;
    if (n >= std::numeric_limits<std::uint32_t>::max())
        fail(ErrorKind::InvalidArgument, "cannot tokenize more than 4 billion symbols at once");

    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> next(n), prev(n);
    for (std::size_t i = 0; i < n; ++i) {
        next[i] = i + 1 < n ? static_cast<std::uint32_t>(i + 1) : kNone;
        prev[i] = i > 0 ? static_cast<std::uint32_t>(i - 1) : kNone;
    }
    std::vector<bool> alive(n, true);

    struct Candidate {
        int mergeId;
        std::uint32_t pos;  // left symbol; positions keep sequence order as symbols merge
        int first, second;
        bool operator>(const Candidate& o) const { return mergeId != o.mergeId ? mergeId > o.mergeId : pos > o.pos; }
    };
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> heap;
    const auto consider = [&](std::uint32_t left) {
        if (left == kNone || next[left] == kNone) return;
        const int a = ids[left], b = ids[next[left]];
        if (const auto it = m_mergeId.find(pairKey(a, b)); it != m_mergeId.end()) heap.push({it->second, left, a, b});
    };
    for (std::size_t i = 0; i + 1 < n; ++i) consider(static_cast<std::uint32_t>(i));

    while (!heap.empty()) {
        const Candidate c = heap.top();
        heap.pop();
        const std::uint32_t right = next[c.pos];
        // Stale if either symbol has been merged away or changed since the pair was seen.
        if (!alive[c.pos] || right == kNone || ids[c.pos] != c.first || ids[right] != c.second) continue;
        ids[c.pos] = c.mergeId;
        alive[right] = false;
        next[c.pos] = next[right];
        if (next[right] != kNone) prev[next[right]] = c.pos;
        consider(prev[c.pos]);
        consider(c.pos);
    }

    std::vector<int> out;
    out.reserve(n);
    for (std::uint32_t i = 0; i != kNone; i = next[i]) out.push_back(ids[i]);
    return out;
}

// ---------------------------------------------------------------------------------------
// text encoding

void BpeTokenizer::requireText(const char* what) const {
    if (m_alphabet != BpeAlphabet::Bytes)
        fail(ErrorKind::InvalidArgument, m_origin + ": " + what + " needs the text tokenizer, not the speech tokenizer");
}

std::vector<TextPiece> BpeTokenizer::splitSpecial(std::string_view text) const {
    requireText("splitting on special tokens");
    requireUtf8(text, "text");
    // The next occurrence of each special token, searched again only once the cursor has
    // passed it, so each token's occurrences are found in about one pass over the text.
    std::vector<std::size_t> nextAt(m_specials.size());
    for (std::size_t k = 0; k < m_specials.size(); ++k) nextAt[k] = text.find(m_specials[k].text);
    std::vector<TextPiece> pieces;
    std::size_t cursor = 0;
    for (;;) {
        std::size_t best = std::string_view::npos;
        std::size_t bestToken = 0;
        for (std::size_t k = 0; k < m_specials.size(); ++k) {
            if (nextAt[k] != std::string_view::npos && nextAt[k] < cursor) nextAt[k] = text.find(m_specials[k].text, cursor);
            // Leftmost occurrence wins; at one position the token listed first (regex alternation).
            if (nextAt[k] < best) {
                best = nextAt[k];
                bestToken = k;
            }
        }
        if (best == std::string_view::npos) break;
        pieces.push_back({text.substr(cursor, best - cursor), -1});
        pieces.push_back({text.substr(best, m_specials[bestToken].text.size()), m_specials[bestToken].id});
        cursor = best + m_specials[bestToken].text.size();
    }
    pieces.push_back({text.substr(cursor), -1});
    return pieces;
}

std::vector<std::string_view> BpeTokenizer::splitChunks(std::string_view text) const {
    requireText("the regex split");
    requireUtf8(text, "text");
    std::vector<std::string_view> chunks;
    if (text.empty()) return chunks;
    const auto matchData = std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)>(
        pcre2_match_data_create_from_pattern(m_regex->code, nullptr), &pcre2_match_data_free);
    if (!matchData) fail(ErrorKind::Internal, "out of memory");
    const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    std::size_t offset = 0;
    while (offset < text.size()) {
        // The text was validated once above; without NO_UTF_CHECK PCRE2 would re-check the
        // whole remaining subject on every call (quadratic on long texts).
        const int rc = pcre2_match(m_regex->code, subject, text.size(), offset, PCRE2_NO_UTF_CHECK, matchData.get(), nullptr);
        if (rc == PCRE2_ERROR_NOMATCH) break;
        if (rc < 0) fail(ErrorKind::Internal, "splitting the text failed: " + pcre2Message(rc));
        const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(matchData.get());
        const std::size_t begin = ovector[0], end = ovector[1];
        if (end == begin) {
            // Every alternative of the pattern consumes a character, so this cannot happen;
            // stepping over one code point keeps the loop finite regardless.
            std::size_t len = 1;
            codePointAt(text, end, &len);
            offset = end + len;
            continue;
        }
        chunks.push_back(text.substr(begin, end - begin));
        offset = end;
    }
    return chunks;
}

std::vector<int> BpeTokenizer::encodeChunk(std::string_view bytes) const {
    requireText("byte-level BPE");
    std::vector<int> ids(bytes.size());
    std::transform(bytes.begin(), bytes.end(), ids.begin(), [](char c) { return static_cast<unsigned char>(c); });
    return applyMerges(std::move(ids));
}

std::vector<int> BpeTokenizer::encodeOrdinary(std::string_view text) const {
    std::vector<int> ids;
    for (std::string_view chunk : splitChunks(text)) {
        const std::vector<int> chunkIds = encodeChunk(chunk);
        ids.insert(ids.end(), chunkIds.begin(), chunkIds.end());
    }
    return ids;
}

std::vector<int> BpeTokenizer::encode(std::string_view text) const {
    std::vector<int> ids;
    for (const TextPiece& piece : splitSpecial(text)) {
        if (piece.specialId >= 0) {
            ids.push_back(piece.specialId);
        } else if (!piece.text.empty()) {
            const std::vector<int> pieceIds = encodeOrdinary(piece.text);
            ids.insert(ids.end(), pieceIds.begin(), pieceIds.end());
        }
    }
    return ids;
}

// ---------------------------------------------------------------------------------------
// UTF-8 and Python string helpers

std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        // ASCII fast path: most text is ASCII.
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t consumed = 0;
        const std::size_t len = utf8SequenceAt(bytes, i, &consumed);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

void requireUtf8(std::string_view bytes, const char* what) {
    if (const auto bad = firstInvalidUtf8(bytes))
        fail(ErrorKind::InvalidArgument, std::string(what) + " is not valid UTF-8 (byte " +
                                             hexByte(static_cast<unsigned char>(bytes[*bad])) + " at offset " +
                                             std::to_string(*bad) + ")");
}

std::string decodeUtf8Replacing(std::string_view bytes) {
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::size_t consumed = 0;
        const std::size_t len = utf8SequenceAt(bytes, i, &consumed);
        if (len > 0) {
            out.append(bytes.substr(i, len));
            i += len;
        } else {
            out.append(kReplacement);
            i += consumed;
        }
    }
    return out;
}

std::size_t countCodePoints(std::string_view utf8) {
    // Every code point has exactly one byte that is not a continuation byte.
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string_view stripPythonWhitespace(std::string_view utf8) {
    requireUtf8(utf8, "text");  // the scan below decodes multi-byte sequences
    std::size_t begin = 0, end = utf8.size();
    while (begin < end) {
        std::size_t len = 1;
        if (!isPythonSpace(codePointAt(utf8, begin, &len))) break;
        begin += len;
    }
    while (end > begin) {
        std::size_t len = 1;
        if (!isPythonSpace(codePointBefore(utf8, end, &len))) break;
        end -= len;
    }
    return utf8.substr(begin, end - begin);
}

// ---------------------------------------------------------------------------------------
// speech

namespace {

void requireSpeech(const BpeTokenizer& speech, const char* what) {
    if (speech.alphabet() != BpeAlphabet::Codebook)
        fail(ErrorKind::InvalidArgument, speech.origin() + ": " + what + " needs the speech tokenizer, not the text tokenizer");
}

}  // namespace

std::vector<int> encodeSpeech(const BpeTokenizer& speech, std::span<const int> codes) {
    requireSpeech(speech, "encoding L0 codes");
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (codes[i] < 0 || codes[i] >= speech.baseSize())
            fail(ErrorKind::InvalidArgument, "L0 code " + std::to_string(codes[i]) + " at frame " + std::to_string(i) +
                                                 " is outside 0.." + std::to_string(speech.baseSize() - 1));
    return speech.applyMerges(std::vector<int>(codes.begin(), codes.end()));
}

std::vector<SpeechUnit> decodeSpeechUnits(const BpeTokenizer& speech, std::span<const int> ids) {
    requireSpeech(speech, "decoding speech ids");
    std::vector<SpeechUnit> units;
    std::vector<int> codes;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const int id = ids[i];
        if (!speech.contains(id))
            fail(ErrorKind::InvalidArgument, speech.origin() + ": speech id " + std::to_string(id) + " at position " +
                                                 std::to_string(i) + " is not in the vocabulary (ids 0.." +
                                                 std::to_string(speech.maxId()) + ")");
        if (speech.isSpecial(id)) {
            units.push_back({-1, id});
            continue;
        }
        codes.clear();
        speech.appendBaseIds(id, codes);
        for (int c : codes) units.push_back({c, -1});
    }
    return units;
}

std::vector<int> decodeSpeechCodes(const BpeTokenizer& speech, std::span<const int> ids) {
    std::vector<int> codes;
    for (const SpeechUnit& u : decodeSpeechUnits(speech, ids))
        if (u.isCode()) codes.push_back(u.code);
    return codes;
}

// ---------------------------------------------------------------------------------------
// AR id space

ArIdSpace makeArIdSpace(const BpeTokenizer& text, const BpeTokenizer& speech) {
    if (text.alphabet() != BpeAlphabet::Bytes || speech.alphabet() != BpeAlphabet::Codebook)
        fail(ErrorKind::Internal, "makeArIdSpace: tokenizers passed in the wrong order");
    for (std::string_view needed : {kStartOfText, kEndOfText})
        if (!text.specialId(needed))
            fail(ErrorKind::Format, text.origin() + ": no special token " + std::string(needed) +
                                        " (every MARS5 prompt starts and ends with one)");
    const auto endOfSpeech = speech.specialId(kEndOfSpeech);
    if (!endOfSpeech)
        fail(ErrorKind::Format, speech.origin() + ": no special token " + std::string(kEndOfSpeech) +
                                    " (it is the AR model's stop token)");
    // Speech ids are stored as n_text + id: an id at or above a vocabulary's size would
    // alias the other tokenizer's ids or fall outside the AR embedding.
    for (const BpeTokenizer* tok : {&text, &speech})
        for (const auto& s : tok->specialTokens())
            if (s.id >= tok->vocabSize())
                fail(ErrorKind::Format, tok->origin() + ": special token " + s.text + " has id " + std::to_string(s.id) +
                                            " but the vocabulary has only " + std::to_string(tok->vocabSize()) +
                                            " ids; text and speech ids would overlap in the AR id space");
    ArIdSpace space;
    space.nText = text.vocabSize();
    space.nSpeech = speech.vocabSize();
    space.eos = space.nText + *endOfSpeech;
    return space;
}

std::vector<int> speechIdsToAr(const ArIdSpace& space, std::span<const int> speechIds) {
    std::vector<int> out;
    out.reserve(speechIds.size());
    for (int id : speechIds) out.push_back(space.arFromSpeech(id));
    return out;
}

std::vector<int> arIdsToSpeech(const ArIdSpace& space, std::span<const int> arIds) {
    std::vector<int> out;
    out.reserve(arIds.size());
    for (int id : arIds) out.push_back(space.speechFromAr(id));
    return out;
}

Mars5Tokenizers loadMars5Tokenizers(std::string_view texttokModel, std::string_view speechtokModel,
                                    const std::string& origin) {
    BpeTokenizer text = BpeTokenizer::fromString(texttokModel, BpeAlphabet::Bytes, origin + ": texttok.model");
    BpeTokenizer speech = BpeTokenizer::fromString(speechtokModel, BpeAlphabet::Codebook, origin + ": speechtok.model");
    const ArIdSpace ids = makeArIdSpace(text, speech);
    return {std::move(text), std::move(speech), ids};
}

// ---------------------------------------------------------------------------------------
// prompts

std::string textPromptString(std::string_view text, std::optional<std::string_view> refTranscript) {
    requireUtf8(text, "the target text");
    std::string prompt(kStartOfText);
    if (refTranscript) {
        requireUtf8(*refTranscript, "the reference transcript");
        prompt += *refTranscript;
        prompt += ' ';
    }
    prompt += stripPythonWhitespace(text);
    prompt += kEndOfText;
    return prompt;
}

std::vector<int> encodeTextPrompt(const BpeTokenizer& text, std::string_view targetText,
                                  std::optional<std::string_view> refTranscript) {
    return text.encode(textPromptString(targetText, refTranscript));
}

std::vector<int> encodeSpeechPrompt(const BpeTokenizer& speech, const ArIdSpace& space, std::span<const int> l0Codes) {
    const std::vector<int> ids = encodeSpeech(speech, l0Codes);
    return speechIdsToAr(space, ids);
}

std::int64_t estimatedGenerationLength(std::string_view text, double factor) {
    requireUtf8(text, "the target text");
    // The range of the factor is the config's business; this only keeps the arithmetic exact.
    if (!std::isfinite(factor) || std::fabs(factor) > 1e6)
        fail(ErrorKind::InvalidArgument, "eos_estimated_gen_length_factor must be a finite number between -1e6 and 1e6");
    const double x = factor * static_cast<double>(countCodePoints(text));
    // Python's round(): half to even (round(2.5) == 2), not std::round's half away from zero.
    const double below = std::floor(x);
    const double frac = x - below;
    double r = below;
    if (frac > 0.5 || (frac == 0.5 && std::fmod(below, 2.0) != 0.0)) r = below + 1.0;
    return static_cast<std::int64_t>(r);
}

}  // namespace mars5
