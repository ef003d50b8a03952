#include "mars5/notice.h"

#include "translatable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>

namespace mars5 {

NoticeValue NoticeValue::words(std::string text) {
    NoticeValue v;
    v.text = std::move(text);
    return v;
}

NoticeValue NoticeValue::integer(std::int64_t value) {
    NoticeValue v;
    v.kind = Kind::Integer;
    v.number = static_cast<double>(value);
    return v;
}

NoticeValue NoticeValue::real(double value, int decimals) {
    NoticeValue v;
    v.kind = Kind::Real;
    v.number = value;
    v.decimals = decimals;
    return v;
}

NoticeValue NoticeValue::seconds(double value, int decimals) {
    constexpr int kMostDecimals = 6;
    const double magnitude = std::fabs(value);
    if (magnitude > 0 && magnitude < std::pow(10.0, -decimals))
        decimals = std::min(kMostDecimals, static_cast<int>(std::ceil(-std::log10(magnitude))));
    return real(value, decimals);
}

std::string fillNoticePattern(const std::string& pattern, const std::vector<std::string>& values) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size()) {
            const char next = pattern[i + 1];
            if (next >= '1' && next <= '9' && static_cast<std::size_t>(next - '1') < values.size()) {
                out += values[static_cast<std::size_t>(next - '1')];
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string Notice::text() const {
    std::vector<std::string> english;
    english.reserve(values.size());
    for (const NoticeValue& v : values) {
        char buf[64];
        switch (v.kind) {
        case NoticeValue::Kind::Text: english.push_back(v.text); continue;
        case NoticeValue::Kind::Integer: std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v.number)); break;
        case NoticeValue::Kind::Real: std::snprintf(buf, sizeof buf, "%.*f", v.decimals, v.number); break;
        }
        english.emplace_back(buf);
    }
    const std::string own = fillNoticePattern(pattern, english);
    if (pieces <= 0) return own;
    return fillNoticePattern(pieceNoticePattern(), {std::to_string(piece), std::to_string(pieces), own});
}

const char* pieceNoticePattern() { return QT_TRANSLATE_NOOP("mars5::Notice", "piece %1 of %2: %3"); }

}  // namespace mars5
