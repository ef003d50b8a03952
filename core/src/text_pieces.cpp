#include "mars5/text_pieces.h"

#include "text_walk.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>

namespace mars5 {

namespace {

// A stretch of the text in UTF-16 code units, [start, end).
struct Span {
    int32_t start = 0, end = 0;
    int32_t length() const { return end - start; }
};

bool isSpaceAt(const icu::UnicodeString& u, int32_t i) { return text::isSpace(u.char32At(i)); }

Span trimmed(const icu::UnicodeString& u, Span s) {
    while (s.start < s.end && isSpaceAt(u, s.start)) s.start = u.moveIndex32(s.start, 1);
    while (s.end > s.start && isSpaceAt(u, u.moveIndex32(s.end, -1))) s.end = u.moveIndex32(s.end, -1);
    return s;
}

std::string utf8(const icu::UnicodeString& u, Span s) {
    std::string out;
    u.tempSubStringBetween(s.start, s.end).toUTF8String(out);
    return out;
}

std::unique_ptr<icu::BreakIterator> iterator(bool sentences, const icu::UnicodeString& u) {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard": ICU's list of abbreviations after which a point ends no sentence (Mr., etc.).
    std::unique_ptr<icu::BreakIterator> it(sentences ? icu::BreakIterator::createSentenceInstance(
                                                           icu::Locale::createFromName("en@ss=standard"), status)
                                                     : icu::BreakIterator::createLineInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !it) return nullptr;
    it->setText(u);
    return it;
}

// The sentences, spaces around each removed; one ended by an abbreviation's point ICU does not
// know ("No. 5", "approx. 3") goes on into the next.
std::vector<Span> sentencesOf(const icu::UnicodeString& u) {
    std::vector<Span> out;
    auto it = iterator(true, u);
    if (!it) {
        // No sentence rules (an ICU without its data): the cuts inside a sentence still work.
        const Span all = trimmed(u, {0, u.length()});
        if (all.length() > 0) out.push_back(all);
        return out;
    }
    bool glue = false;
    for (int32_t start = it->first(), end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const Span s = trimmed(u, {start, end});
        if (s.length() == 0) continue;
        if (glue && !out.empty())
            out.back().end = s.end;
        else
            out.push_back(s);
        // Only this sentence's end decides (a run of glued sentences is not read again each time).
        const std::string words = utf8(u, {std::max(s.start, s.end - 16), s.end});
        glue = !words.empty() && words.back() == '.' && text::endsAbbreviation(words, words.size());
    }
    return out;
}

bool isClauseMark(UChar32 c) { return c == ',' || c == ';' || c == ':' || c == 0x2013 || c == 0x2014 || c == 0x2026; }

// Whether the text that ends at `end` ends a clause: a comma, semicolon, colon, dash or ellipsis,
// also inside a closing quote or bracket (",”") and as a hyphen between spaces (" - ").
bool endsClause(const icu::UnicodeString& u, int32_t start, int32_t end) {
    int32_t i = u.moveIndex32(end, -1);
    UChar32 c = u.char32At(i);
    if ((c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == ')' || c == ']') && i > start) {
        i = u.moveIndex32(i, -1);
        c = u.char32At(i);
    }
    if (c == '-') return i > start && text::isSpace(u.char32At(u.moveIndex32(i, -1)));
    return isClauseMark(c);
}

// A sentence longer than a piece, cut into pieces of at most maxCharacters: after the clause end
// (comma, semicolon, colon, dash, ellipsis) nearest the limit, else at the word that makes the
// pieces most even (a 230-character sentence in pieces of 200 is two of 115, not 200 and 30).
void cutSentence(const icu::UnicodeString& u, Span sentence, int32_t maxCharacters, icu::BreakIterator* lines,
                 std::vector<Span>& out) {
    int32_t pos = sentence.start;
    while (sentence.end - pos > maxCharacters) {
        const int32_t remaining = sentence.end - pos;
        const int32_t count = (remaining + maxCharacters - 1) / maxCharacters;
        const int32_t target = (remaining + count - 1) / count;
        const int32_t limit = pos + maxCharacters;
        int32_t wordCut = -1, wordLength = 0, clauseCut = -1;
        if (lines) {
            // Line breaks fall after the space that follows a word: look at what ends before it.
            for (int32_t b = lines->preceding(limit + 1); b != icu::BreakIterator::DONE && b > pos; b = lines->preceding(b)) {
                const Span before = trimmed(u, {pos, b});
                // A clause end in the first third would leave a stub of a piece.
                if (before.length() < maxCharacters / 3) break;
                if (wordCut < 0 || std::abs(before.length() - target) < std::abs(wordLength - target)) {
                    wordCut = b;
                    wordLength = before.length();
                }
                if (endsClause(u, before.start, before.end)) {
                    clauseCut = b;
                    break;
                }
            }
        }
        int32_t cut = clauseCut > 0 ? clauseCut : wordCut > 0 ? wordCut : limit;
        if (cut == limit && U16_IS_TRAIL(u.charAt(cut)) && cut - 1 > pos) --cut;  // keep a surrogate pair whole
        const Span piece = trimmed(u, {pos, cut});
        if (piece.length() > 0) out.push_back(piece);
        pos = cut;
    }
    const Span rest = trimmed(u, {pos, sentence.end});
    if (rest.length() > 0) out.push_back(rest);
}

// ICU's strings hold up to 2^31 units; a text beyond (never typed) is read up to there.
icu::UnicodeString unicode(std::string_view text) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX))));
}

}  // namespace

std::size_t pieceCharacters(std::string_view text) { return static_cast<std::size_t>(unicode(text).length()); }

std::vector<std::string> splitIntoPieces(std::string_view text, std::size_t maxCharacters) {
    const icu::UnicodeString u = unicode(text);
    const auto max = static_cast<int32_t>(std::clamp<std::size_t>(maxCharacters, 2, INT32_MAX / 2));
    std::vector<Span> spans;
    std::optional<Span> current;
    auto lines = iterator(false, u);
    for (const Span& s : sentencesOf(u)) {
        if (current && s.end - current->start <= max) {
            current->end = s.end;  // packed: the text between them stays as typed
            continue;
        }
        if (current) spans.push_back(*current);
        current.reset();
        if (s.length() <= max) {
            current = s;
            continue;
        }
        std::vector<Span> cut;
        cutSentence(u, s, max, lines.get(), cut);
        if (cut.empty()) continue;
        spans.insert(spans.end(), cut.begin(), cut.end() - 1);
        current = cut.back();  // a sentence after it may still join its last piece
    }
    if (current) spans.push_back(*current);

    std::vector<std::string> pieces;
    pieces.reserve(spans.size());
    for (const Span& s : spans) pieces.push_back(utf8(u, s));
    return pieces;
}

}  // namespace mars5
