// Walking UTF-8 text by code point, with ICU's character properties: what the text helpers
// (numbers in words, respellings) share. Bytes that are not UTF-8 read as negative code points
// (one byte each), which are no letter, digit or space.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
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

// Whether words put in at byte i start a sentence or a line, and so start with a capital as the
// text around them does: the start of the text, a line, or a sentence ended by . ! or ? and a
// space; an opening quote or bracket right before goes with the sentence.
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
        if (!isSpace(c)) return space && (c == '.' || c == '!' || c == '?');
        space = true;
        i -= length;
    }
    return true;
}

}  // namespace mars5::text
