// Walking UTF-8 text by code point, with ICU's character properties: what the text helpers
// (numbers in words, respellings) share. Bytes that are not UTF-8 read as negative code points
// (one byte each), which are no letter, digit or space.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mars5::text {

// The code point at byte i, and its length in bytes (0 at the end). Decoded from a window of at
// most four bytes, so texts of any length work with ICU's 32-bit offsets.
inline UChar32 codePointAt(std::string_view s, std::size_t i, std::size_t* length = nullptr) {
    if (i >= s.size()) {
        if (length) *length = 0;
        return U_SENTINEL;
    }
    const auto* p = reinterpret_cast<const uint8_t*>(s.data() + i);
    const auto n = static_cast<int32_t>(std::min<std::size_t>(4, s.size() - i));
    int32_t k = 0;
    UChar32 c;
    U8_NEXT(p, k, n, c);
    if (length) *length = static_cast<std::size_t>(k);
    return c;
}

// The code point that ends just before byte i, and its length (0 at the start).
inline UChar32 codePointBefore(std::string_view s, std::size_t i, std::size_t* length = nullptr) {
    if (i == 0) {
        if (length) *length = 0;
        return U_SENTINEL;
    }
    const auto w = static_cast<int32_t>(std::min<std::size_t>(4, i));
    const auto* p = reinterpret_cast<const uint8_t*>(s.data() + i - static_cast<std::size_t>(w));
    int32_t k = w;
    UChar32 c;
    U8_PREV(p, 0, k, c);
    if (length) *length = static_cast<std::size_t>(w - k);
    return c;
}

inline bool isAlnum(UChar32 c) { return c >= 0 && u_isalnum(c); }
inline bool isSpace(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }

// Whether the point that ends just before byte i closes an abbreviation rather than a sentence:
// a single letter (e.g., U.S.) or a common short title or label (No., Dr., vs.).
inline bool endsAbbreviation(std::string_view s, std::size_t i) {
    std::size_t start = i - 1;  // the point
    while (start > 0 && ((s[start - 1] >= 'a' && s[start - 1] <= 'z') || (s[start - 1] >= 'A' && s[start - 1] <= 'Z'))) --start;
    const std::string_view word = s.substr(start, i - 1 - start);
    if (word.size() == 1) return true;
    for (std::string_view a : {"No", "Nr", "Dr", "Mr", "Mrs", "Ms", "St", "Mt", "Jr", "Sr", "Prof", "vs", "etc", "approx", "ca",
                               "cf", "Vol", "vol", "Fig", "fig", "pp", "ch", "Ch", "Inc", "Ltd", "Co", "Ave", "Rd", "Nos"})
        if (word == a) return true;
    return false;
}

// Whether words put in at byte i start a sentence or a line, and so start with a capital as the
// text around them does: the start of the text, a line, or a sentence ended by . ! or ? and a
// space (not the point of an abbreviation: "No. 5"); an opening quote or bracket right before
// goes with the sentence.
inline bool startsSentence(std::string_view s, std::size_t i) {
    for (std::size_t length = 0; i > 0; i -= length) {
        const UChar32 c = codePointBefore(s, i, &length);
        if (c != '"' && c != '\'' && c != '(' && c != '[' && c != 0x201C && c != 0x2018) break;
    }
    bool space = false;
    while (i > 0) {
        std::size_t length = 0;
        const UChar32 c = codePointBefore(s, i, &length);
        if (c == '\n') return true;
        if (c == '.' && space) return !endsAbbreviation(s, i);
        if (!isSpace(c)) return space && (c == '!' || c == '?');
        space = true;
        i -= length;
    }
    return true;
}

// `words` with its first letter a capital (where it has one).
inline std::string capitaliseFirst(std::string words) {
    std::size_t length = 0;
    const UChar32 first = codePointAt(words, 0, &length);
    const UChar32 upper = first >= 0 ? u_toupper(first) : first;
    if (upper == first) return words;
    char bytes[U8_MAX_LENGTH];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(bytes), n, U8_MAX_LENGTH, upper, error);
    if (error) return words;
    return std::string(bytes, static_cast<std::size_t>(n)) + words.substr(length);
}

}  // namespace mars5::text
