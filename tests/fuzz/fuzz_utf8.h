// UTF-8 walked by code point with ICU, for the fuzz targets of the text tools (those built with
// ICU; fuzz_support.h serves targets built without it too).
#pragma once

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace mars5::fuzz {

// Calls visit(code point) for each code point of s, in order; false at the first byte sequence
// that is not UTF-8 (no call for it).
template <class Visit>
bool forEachCodePoint(const std::string& s, Visit visit) {
    for (std::size_t i = 0; i < s.size();) {
        const auto* p = reinterpret_cast<const std::uint8_t*>(s.data() + i);
        const auto n = static_cast<std::int32_t>(std::min<std::size_t>(4, s.size() - i));
        std::int32_t k = 0;
        UChar32 c;
        U8_NEXT(p, k, n, c);
        if (c < 0) return false;
        visit(c);
        i += static_cast<std::size_t>(k);
    }
    return true;
}

inline bool validUtf8(const std::string& s) {
    return forEachCodePoint(s, [](UChar32) {});
}

}  // namespace mars5::fuzz
