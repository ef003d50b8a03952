// A warning for the user, kept as a template and the values that fill it, so that a front end
// can say it in the user's language: core has no translations (and no Qt), the studio does.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mars5 {

// One value for a numbered place (%1 .. %9) of a Notice. A number keeps its kind so that a
// front end writes it the user's way ("0,50 s" in German); words are said as they are.
struct NoticeValue {
    enum class Kind { Text, Integer, Real };
    Kind kind = Kind::Text;
    std::string text;     // Kind::Text: a name or a library's own message, not translated
    double number = 0;    // Kind::Integer and Kind::Real
    int decimals = 0;     // Kind::Real: digits after the point

    static NoticeValue words(std::string text);
    static NoticeValue integer(std::int64_t value);
    static NoticeValue real(double value, int decimals);
    // A duration in seconds with at least `decimals` digits after the point, and more (up to 6)
    // when it is so short that its first digit would not show: "0.004 s", not "0.0 s", which
    // reads as nothing at all.
    static NoticeValue seconds(double value, int decimals);
};

struct Notice {
    // In English, with %1 .. %9 where the values go. The exact text is the key a translation is
    // looked up by: core marks each one for Qt's lupdate in the context "mars5::Notice".
    std::string pattern;
    std::vector<NoticeValue> values;
    // A long text spoken in pieces (mars5/long_text.h): the piece (from 1) of how many this notice
    // is about, said before it as pieceNoticePattern() says; 0 of 0: the whole run's.
    std::int64_t piece = 0;
    std::int64_t pieces = 0;

    // In English, numbers with a point: what the CLI prints and the tests read.
    std::string text() const;
};

// Each %1 .. %9 in `pattern` replaced by that value's text; a place with no value, and a lone %,
// stay as they are. The CLI's English and the studio's translations both fill templates with it
// (UTF-8: no byte of a multi-byte character is a % or a digit).
std::string fillNoticePattern(const std::string& pattern, const std::vector<std::string>& values);

// "piece %1 of %2: %3": a piece's notice, %3 being its own text (translated in "mars5::Notice").
const char* pieceNoticePattern();

}  // namespace mars5
