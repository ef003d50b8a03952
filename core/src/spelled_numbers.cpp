// Numbers in words (mars5/spelled_numbers.h). Two halves: finding each number and the reading
// its context asks for (a Reading: plain bytes and positions, no ICU), and saying a Reading in
// words (ICU's English spell-out rules). Counting needs only the first half.
#include "mars5/spelled_numbers.h"

#include "text_walk.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace mars5 {
namespace {

using text::codePointAt;
using text::codePointBefore;
using text::isAlnum;
using text::isSpace;
using text::startsSentence;

// ---------------------------------------------------------------------------------------------
// Finding the numbers

// Longer digit runs are codes (card numbers, ids), read digit by digit; 18 digits fit int64.
constexpr std::size_t kMaxDigitsAsNumber = 18;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool startsWith(std::string_view s, std::size_t i, std::string_view what) {
    return s.size() >= i + what.size() && s.substr(i, what.size()) == what;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

enum class Currency { None, Dollar, Pound, Euro };

// A currency symbol at byte i, and its length.
Currency currencyAt(std::string_view s, std::size_t i, std::size_t* length) {
    if (startsWith(s, i, "$")) return *length = 1, Currency::Dollar;
    if (startsWith(s, i, "\xC2\xA3")) return *length = 2, Currency::Pound;     // £
    if (startsWith(s, i, "\xE2\x82\xAC")) return *length = 3, Currency::Euro;  // €
    return *length = 0, Currency::None;
}

Currency currencyBefore(std::string_view s, std::size_t i, std::size_t* length) {
    for (std::size_t n : {1u, 2u, 3u}) {
        std::size_t found = 0;
        if (i >= n)
            if (Currency c = currencyAt(s, i - n, &found); c != Currency::None && found == n) return *length = n, c;
    }
    return *length = 0, Currency::None;
}

// What may stand before a minus sign for it to be one ("-5", "(-5"), rather than a hyphen.
bool opensTerm(UChar32 c) {
    return c < 0 || isSpace(c) || c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018;
}

// A number's digits, as written: "1,234.50" is int "1234" (grouped), fraction "50".
struct Numeral {
    std::string integer;        // digits only
    bool grouped = false;       // written with thousands commas
    std::string_view fraction;  // the digits after the point; empty: none
    bool hasFraction = false;
    std::string_view rest;      // what the word goes on with after the number
};

Numeral readNumeral(std::string_view word) {
    Numeral n;
    std::size_t k = 0;
    while (k < word.size() && isDigit(word[k])) ++k;
    n.integer.assign(word.substr(0, k));
    // Thousands groups: 1-3 digits (not starting with 0: "0,125" is a decimal comma), then
    // exactly three after each comma.
    if (k <= 3 && word[0] != '0') {
        while (k + 3 < word.size() && word[k] == ',' && isDigit(word[k + 1]) && isDigit(word[k + 2]) &&
               isDigit(word[k + 3]) && (k + 4 == word.size() || !isDigit(word[k + 4]))) {
            n.integer.append(word.substr(k + 1, 3));
            n.grouped = true;
            k += 4;
        }
    }
    if (k + 1 < word.size() && word[k] == '.' && isDigit(word[k + 1])) {
        std::size_t f = k + 1;
        while (f < word.size() && isDigit(word[f])) ++f;
        n.fraction = word.substr(k + 1, f - k - 1);
        n.hasFraction = true;
        k = f;
    }
    n.rest = word.substr(k);
    return n;
}

// A number's reading, decided from its context; said in words later.
enum class Kind { Number, Year, Digits, Ordinal, Decade, Time, Money, MoneyRange, Range, YearRange, DigitGroups };

struct Reading {
    std::size_t begin = 0, end = 0;  // the bytes replaced
    Kind kind = Kind::Number;
    bool negative = false;
    bool percent = false;
    bool capitalise = false;                 // it starts a sentence or a line
    std::vector<Numeral> numerals;           // one; two for a range; the groups of a code
    Currency currency = Currency::None;
    std::string_view scale;                  // money: "thousand", "million", ...
    int hour = 0, minute = 0;                // minute -1: the hour alone (10am)
    std::string_view meridiem;               // "a.m." or "p.m.", or none
};

// The end of the word starting at byte i: letters and digits, and the punctuation inside them
// ("1,234.5", "10:30", "1990's", "1.2.3", "12/25"), not what ends a sentence after them.
std::size_t wordEnd(std::string_view s, std::size_t i) {
    while (i < s.size()) {
        std::size_t length = 0;
        const UChar32 c = codePointAt(s, i, &length);
        if (isAlnum(c)) {
            i += length;
            continue;
        }
        const bool inner = c == '.' || c == ',' || c == ':' || c == '/' || c == '\'' || c == 0x2019;
        if (inner && length > 0 && isAlnum(codePointAt(s, i + length))) {
            i += length;
            continue;
        }
        break;
    }
    return i;
}

// A hyphen or an en dash at byte i followed by a digit: numbers joined into a range or a code.
std::size_t joinerLength(std::string_view s, std::size_t i) {
    std::size_t n = 0;
    if (startsWith(s, i, "-")) n = 1;
    else if (startsWith(s, i, "\xE2\x80\x93")) n = 3;  // –
    return n > 0 && i + n < s.size() && isDigit(s[i + n]) ? n : 0;
}

bool isPlainInteger(const Numeral& n) { return n.rest.empty() && !n.hasFraction; }
bool hasLeadingZero(const Numeral& n) { return n.integer.size() > 1 && n.integer[0] == '0'; }
bool spokenAsDigits(const Numeral& n) {
    return (!n.grouped && hasLeadingZero(n)) || n.integer.size() > kMaxDigitsAsNumber;
}
long long valueOf(std::string_view digits) {
    long long v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}
// a < b for digit strings of any length without leading zeros (valueOf holds 18 digits at most).
bool lessThan(std::string_view a, std::string_view b) { return a.size() != b.size() ? a.size() < b.size() : a < b; }

// Four digits read as a year ("nineteen ninety-nine") rather than a count.
bool isYearDigits(std::string_view digits) {
    if (digits.size() != 4 || digits[0] == '0') return false;
    const long long v = valueOf(digits);
    return v >= 1100 && v <= 2099;
}
bool isYear(const Numeral& n) { return isPlainInteger(n) && !n.grouped && isYearDigits(n.integer); }

// "am", "PM", "a.m" (the word's last point is not part of it) as "a.m." or "p.m.".
std::string_view meridiemOf(std::string_view word) {
    if (equalsIgnoringCase(word, "am") || equalsIgnoringCase(word, "a.m")) return "a.m.";
    if (equalsIgnoringCase(word, "pm") || equalsIgnoringCase(word, "p.m")) return "p.m.";
    return {};
}

// " am", " p.m." after a time: the meridiem and its length, the point after "a.m" included.
std::string_view meridiemAt(std::string_view s, std::size_t i, std::size_t* length) {
    *length = 0;
    if (i >= s.size() || s[i] != ' ') return {};
    const std::size_t end = wordEnd(s, i + 1);
    const std::string_view word = s.substr(i + 1, end - i - 1);
    const std::string_view m = meridiemOf(word);
    if (m.empty()) return {};
    const bool dotted = word.size() == 3;  // "a.m": its closing point goes with it
    *length = end - i + (dotted && startsWith(s, end, ".") ? 1 : 0);
    return m;
}

std::string_view scaleOfSuffix(std::string_view suffix) {
    if (suffix == "k" || suffix == "K") return "thousand";
    if (suffix == "m" || suffix == "M" || suffix == "mn") return "million";
    if (suffix == "b" || suffix == "B" || suffix == "bn" || suffix == "BN") return "billion";
    return {};
}

// " million" (any case) after a money amount: the scale moves before the currency's name.
std::string_view scaleWordAt(std::string_view s, std::size_t i, std::size_t* length) {
    *length = 0;
    if (i >= s.size() || s[i] != ' ') return {};
    for (std::string_view scale : {"thousand", "million", "billion", "trillion"}) {
        const std::size_t end = i + 1 + scale.size();
        if (end <= s.size() && equalsIgnoringCase(s.substr(i + 1, scale.size()), scale) && !isAlnum(codePointAt(s, end))) {
            *length = end - i;
            return scale;
        }
    }
    return {};
}

struct Scan {
    std::optional<Reading> reading;
    std::size_t resume = 0;  // where scanning goes on
};

// Past a number left as typed, and past any numbers joined to it by hyphens, so that no part of
// it is spelled on its own.
std::size_t skipTangle(std::string_view s, std::size_t i) {
    i = wordEnd(s, i);
    while (std::size_t j = joinerLength(s, i)) i = wordEnd(s, i + j);
    return i;
}

// The number whose first digit is at byte d (the byte before it is no digit).
Scan readNumberAt(std::string_view s, std::size_t d) {
    Reading r;
    std::size_t begin = d;
    std::size_t currencyLength = 0;
    r.currency = currencyBefore(s, begin, &currencyLength);
    begin -= currencyLength;
    std::size_t minusLength = 0;
    const UChar32 minus = codePointBefore(s, begin, &minusLength);
    if ((minus == '-' || minus == 0x2212) && opensTerm(codePointBefore(s, begin - minusLength))) {
        r.negative = true;
        begin -= minusLength;
    }
    // Joined on the left to letters, digits or punctuation that make it part of something else
    // (A4, 1.5 after a point, 12/25's second half, #3, +49): left as typed.
    const UChar32 before = codePointBefore(s, begin);
    const bool joined = isAlnum(before) || before == '_' || before == '.' || before == ',' || before == ':' ||
                        before == '/' || before == '\\' || before == '#' || before == '@' || before == '&' ||
                        before == '+' || before == '=' || before == '*' || before == '^' || before == '~';
    if (joined) return {std::nullopt, skipTangle(s, d)};

    const std::size_t end = wordEnd(s, d);
    const Numeral n = readNumeral(s.substr(d, end - d));
    const UChar32 apostrophe = codePointBefore(s, d);
    r.begin = begin;
    r.end = end;
    r.numerals = {n};
    const std::string_view rest = n.rest;
    auto unsigned_ = [&] {  // a reading that takes no minus sign and no currency
        if (r.currency != Currency::None) return false;
        if (r.negative) r.begin += minusLength, r.negative = false;  // the minus stays a hyphen
        return true;
    };

    if (rest.empty()) {
        r.kind = r.currency != Currency::None ? Kind::Money : spokenAsDigits(n) ? Kind::Digits : Kind::Number;
    } else if (!n.hasFraction && (equalsIgnoringCase(rest, "st") || equalsIgnoringCase(rest, "nd") ||
                                  equalsIgnoringCase(rest, "rd") || equalsIgnoringCase(rest, "th"))) {
        if (!unsigned_() || spokenAsDigits(n)) return {std::nullopt, skipTangle(s, d)};
        r.kind = Kind::Ordinal;
    } else if (!n.hasFraction && !n.grouped && n.integer.size() >= 2 && n.integer.size() <= 4 && n.integer.back() == '0' &&
               !hasLeadingZero(n) && (rest == "s" || rest == "'s" || rest == "\xE2\x80\x99s")) {
        if (!unsigned_()) return {std::nullopt, skipTangle(s, d)};
        r.kind = Kind::Decade;
        if (apostrophe == '\'' || apostrophe == 0x2019) {  // '90s: the apostrophe goes with it
            std::size_t length = 0;
            codePointBefore(s, d, &length);
            r.begin = d - length;
        }
    } else if (!n.hasFraction && !n.grouped && n.integer.size() <= 2 && rest.size() >= 3 && rest[0] == ':' &&
               isDigit(rest[1]) && isDigit(rest[2]) && (rest.size() == 3 || !meridiemOf(rest.substr(3)).empty())) {
        // 10:30, 9:05pm
        r.hour = static_cast<int>(valueOf(n.integer));
        r.minute = static_cast<int>(valueOf(rest.substr(1, 2)));
        r.meridiem = meridiemOf(rest.substr(3));
        const int lastHour = r.meridiem.empty() ? 24 : 12;
        if (!unsigned_() || r.hour > lastHour || r.minute > 59 || (!r.meridiem.empty() && r.hour == 0))
            return {std::nullopt, skipTangle(s, d)};
        r.kind = Kind::Time;
    } else if (!n.hasFraction && !n.grouped && n.integer.size() <= 2 && !meridiemOf(rest).empty()) {
        // 10am, 7PM
        r.hour = static_cast<int>(valueOf(n.integer));
        r.minute = -1;
        r.meridiem = meridiemOf(rest);
        if (!unsigned_() || r.hour < 1 || r.hour > 12) return {std::nullopt, skipTangle(s, d)};
        r.kind = Kind::Time;
    } else if (r.currency != Currency::None && !scaleOfSuffix(rest).empty()) {
        r.kind = Kind::Money;
        r.scale = scaleOfSuffix(rest);
    } else {
        return {std::nullopt, skipTangle(s, d)};  // MP3's digits, 4K, 1.2.3, 12/25, 3:2, 1,5
    }

    if (r.kind == Kind::Time && r.meridiem.empty()) {  // 10:30 pm
        std::size_t length = 0;
        r.meridiem = meridiemAt(s, r.end, &length);
        if (!r.meridiem.empty() && (r.hour < 1 || r.hour > 12)) r.meridiem = {};
        else r.end += length;
    } else if (r.kind == Kind::Time && rest.size() >= 3 && rest[rest.size() - 2] == '.' && startsWith(s, r.end, ".")) {
        r.end += 1;  // 9:05p.m. — the closing point is the meridiem's
    }
    if (r.kind == Kind::Number && isPlainInteger(n) && !n.grouped && !r.negative) {
        const long long v = valueOf(n.integer);
        std::size_t length = 0;
        if (v >= 1 && v <= 12) {  // 10 am
            if (const std::string_view m = meridiemAt(s, r.end, &length); !m.empty()) {
                r.kind = Kind::Time;
                r.hour = static_cast<int>(v);
                r.minute = -1;
                r.meridiem = m;
                r.end += length;
            }
        }
        // An area code in brackets before a local number, "(555) 123-4567": said digit by digit.
        auto digitsAt = [&s](std::size_t at, std::size_t count) {
            for (std::size_t k = 0; k < count; ++k)
                if (at + k >= s.size() || !isDigit(s[at + k])) return false;
            return true;
        };
        const std::size_t local = r.end + 2;
        if (before == '(' && n.integer.size() == 3 && startsWith(s, r.end, ") ") && digitsAt(local, 3) &&
            local + 3 < s.size() && (s[local + 3] == '-' || s[local + 3] == ' ') && digitsAt(local + 4, 4))
            r.kind = Kind::Digits;
    }

    if (r.kind == Kind::Number || r.kind == Kind::Money) {  // (a year is told from a number below)
        // A currency after the amount (5€), the amount's scale (€3 million), a percent sign.
        if (r.currency == Currency::None) {
            std::size_t length = 0;
            if (Currency c = currencyAt(s, r.end, &length); c != Currency::None && !isAlnum(codePointAt(s, r.end + length))) {
                r.currency = c;
                r.kind = Kind::Money;
                r.end += length;
            }
        }
        if (r.kind == Kind::Money && r.scale.empty()) {
            std::size_t length = 0;
            r.scale = scaleWordAt(s, r.end, &length);
            r.end += length;
        }
        if (r.kind != Kind::Money && startsWith(s, r.end, "%")) {
            r.percent = true;
            r.end += 1;
        }
    }

    // Money joined to another amount: a range of money ($5-10, $5-$10, €2.50–€4).
    if (r.kind == Kind::Money && r.scale.empty() && !r.negative) {
        std::size_t j = 0;
        if (startsWith(s, r.end, "-")) j = 1;
        else if (startsWith(s, r.end, "\xE2\x80\x93")) j = 3;
        std::size_t symbol = 0;
        if (j > 0 && currencyAt(s, r.end + j, &symbol) != r.currency) symbol = 0;
        const std::size_t from = r.end + j + symbol;
        if (j > 0 && from < s.size() && isDigit(s[from])) {
            const std::size_t partEnd = wordEnd(s, from);
            const Numeral second = readNumeral(s.substr(from, partEnd - from));
            if (second.rest.empty() && !spokenAsDigits(second) && !spokenAsDigits(n) && n.rest.empty()) {
                r.kind = Kind::MoneyRange;
                r.numerals = {n, second};
                r.end = partEnd;
                std::size_t after = 0;  // 5€-10€: the second symbol goes with it
                if (currencyAt(s, r.end, &after) == r.currency && !isAlnum(codePointAt(s, r.end + after))) r.end += after;
                std::size_t length = 0;
                r.scale = scaleWordAt(s, r.end, &length);  // $5-10 million
                r.end += length;
            }
        }
    }

    // Numbers joined by hyphens: a range (10-20, 1999-2004, 1000-2000) or a code (555-1234).
    if ((r.kind == Kind::Number || r.kind == Kind::Digits) && !r.percent && !r.negative && joinerLength(s, r.end) > 0) {
        std::vector<Numeral> parts{n};
        std::size_t at = r.end;
        while (std::size_t j = joinerLength(s, at)) {
            const std::size_t partEnd = wordEnd(s, at + j);
            parts.push_back(readNumeral(s.substr(at + j, partEnd - at - j)));
            at = partEnd;
        }
        const bool allIntegers = std::all_of(parts.begin(), parts.end(), [](const Numeral& p) { return isPlainInteger(p) && !p.grouped; });
        std::size_t digits = 0;
        for (const Numeral& p : parts) digits += p.integer.size();
        // A range's ends: numbers, not codes (no leading zero, not too long to say).
        auto amount = [](const Numeral& p) { return p.rest.empty() && !hasLeadingZero(p) && !spokenAsDigits(p); };
        const bool isoDate = parts.size() == 3 && parts[0].integer.size() == 4 && parts[1].integer.size() == 2 && parts[2].integer.size() == 2;
        // Seven digits or more without commas are a code (555-1234, 1234-5678, 2023-10456) unless
        // the ends are round, as the ends of a range are (250-1000, 1000-2000).
        const bool round = parts.size() == 2 && (parts[0].grouped || parts[0].integer.ends_with("0")) &&
                           (parts[1].grouped || parts[1].integer.ends_with("00"));
        const bool code = allIntegers && digits >= 7 && !round;
        // A second end below a first of four digits or more is a slip or a code (1999-2), not a
        // range; a score (3-1, 102-98) is said as a range.
        const bool falling = parts.size() == 2 && allIntegers && parts[0].integer.size() >= 4 &&
                             lessThan(parts[1].integer, parts[0].integer);
        if (parts.size() == 2 && isYear(parts[0]) && isYear(parts[1])) r.kind = Kind::YearRange;
        else if (parts.size() == 2 && amount(parts[0]) && amount(parts[1]) && !code && !falling) r.kind = Kind::Range;
        else if (allIntegers && !isoDate && (parts.size() >= 3 || digits >= 7)) r.kind = Kind::DigitGroups;
        else return {std::nullopt, skipTangle(s, d)};  // 2024-12-07, 1999-2: no one reading
        r.numerals = std::move(parts);
        r.end = at;
        std::size_t symbol = 0;
        const Currency after = currencyAt(s, r.end, &symbol);
        if (r.kind != Kind::DigitGroups && startsWith(s, r.end, "%")) {
            r.percent = true;
            r.end += 1;
        } else if (r.kind == Kind::Range && after != Currency::None && !isAlnum(codePointAt(s, r.end + symbol))) {
            r.kind = Kind::MoneyRange;  // 5-10€
            r.currency = after;
            r.end += symbol;
        }
    } else if (r.kind == Kind::Number && !r.negative && !r.percent && isYear(n)) {
        r.kind = Kind::Year;
    }
    r.capitalise = startsSentence(s, r.begin);
    return {r, std::max(r.end, d + 1)};
}

std::vector<Reading> findNumbers(std::string_view s) {
    std::vector<Reading> found;
    std::size_t i = 0;
    while (i < s.size()) {
        if (!isDigit(s[i])) {
            ++i;
            continue;
        }
        Scan scan = readNumberAt(s, i);
        if (scan.reading) found.push_back(*scan.reading);
        i = std::max(scan.resume, i + 1);
    }
    return found;
}

// ---------------------------------------------------------------------------------------------
// Saying them

// ICU's English spell-out rules, one formatter per thread (ICU formatters may be shared only
// through const calls; one each keeps that obvious).
class Speller {
public:
    static Result<Speller*> forThisThread() {
        thread_local std::unique_ptr<Speller> speller;
        if (!speller) {
            UErrorCode status = U_ZERO_ERROR;
            auto format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale::getEnglish(), status);
            if (U_FAILURE(status))
                return Error(ErrorKind::Internal, std::string("ICU's English number words could not be loaded (") +
                                                      u_errorName(status) + "): is ICU's data library installed?");
            speller.reset(new Speller(std::move(format)));
        }
        return speller.get();
    }

    Result<std::string> cardinal(long long v) const { return say(v, u"%spellout-cardinal"); }
    Result<std::string> year(long long v) const { return say(v, u"%spellout-numbering-year"); }
    Result<std::string> ordinal(long long v) const { return say(v, u"%spellout-ordinal"); }

private:
    explicit Speller(std::unique_ptr<icu::RuleBasedNumberFormat> format) : m_format(std::move(format)) {}

    Result<std::string> say(long long v, const char16_t* ruleSet) const {
        icu::UnicodeString words;
        icu::FieldPosition position;
        UErrorCode status = U_ZERO_ERROR;
        m_format->format(static_cast<int64_t>(v), icu::UnicodeString(ruleSet), words, position, status);
        if (U_FAILURE(status))
            return Error(ErrorKind::Internal, std::string("ICU could not say a number in words (") + u_errorName(status) + ")");
        std::string utf8;
        words.toUTF8String(utf8);
        return utf8;
    }

    std::unique_ptr<icu::RuleBasedNumberFormat> m_format;
};

constexpr std::array<const char*, 10> kDigitWords = {"zero", "one", "two", "three", "four",
                                                     "five", "six", "seven", "eight", "nine"};

std::string digitByDigit(std::string_view digits) {
    std::string words;
    for (char c : digits) {
        if (!words.empty()) words += ' ';
        words += kDigitWords[static_cast<std::size_t>(c - '0')];
    }
    return words;
}

// An integer part's words: digit by digit where it is a code, else the cardinal.
Result<std::string> integerWords(const Speller& speller, const Numeral& n) {
    if (spokenAsDigits(n)) return digitByDigit(n.integer);
    return speller.cardinal(valueOf(n.integer));
}

Result<std::string> numberWords(const Speller& speller, const Numeral& n) {
    Result<std::string> words = integerWords(speller, n);
    if (words && n.hasFraction) words.value() += " point " + digitByDigit(n.fraction);
    return words;
}

struct CurrencyNames {
    const char *one, *many, *centOne, *centMany;
};
CurrencyNames namesOf(Currency c) {
    switch (c) {
    case Currency::Pound: return {"pound", "pounds", "penny", "pence"};
    case Currency::Euro: return {"euro", "euros", "cent", "cents"};
    default: return {"dollar", "dollars", "cent", "cents"};
    }
}

Result<std::string> moneyWords(const Speller& speller, const Reading& r) {
    const Numeral& n = r.numerals.front();
    const CurrencyNames names = namesOf(r.currency);
    Result<std::string> amount = numberWords(speller, n);
    if (!amount) return amount;
    if (!r.scale.empty()) return *amount + " " + std::string(r.scale) + " " + names.many;
    if (!n.hasFraction || n.fraction.size() != 2 || spokenAsDigits(n))
        return *amount + " " + (!n.hasFraction && n.integer == "1" ? names.one : names.many);
    // Two digits after the point: whole units and cents ($2.50: two dollars and fifty cents).
    const long long whole = valueOf(n.integer), cents = valueOf(n.fraction);
    Result<std::string> wholeWords = speller.cardinal(whole), centWords = speller.cardinal(cents);
    if (!wholeWords) return wholeWords;
    if (!centWords) return centWords;
    const std::string unit = *wholeWords + " " + (whole == 1 ? names.one : names.many);
    const std::string cent = *centWords + " " + (cents == 1 ? names.centOne : names.centMany);
    if (cents == 0) return unit;
    if (whole == 0) return cent;
    return unit + " and " + cent;
}

// "ninety" -> "nineties", "nineteen hundred" -> "nineteen hundreds".
std::string plural(std::string words) {
    if (!words.empty() && words.back() == 'y') return words.substr(0, words.size() - 1) + "ies";
    return words + "s";
}

Result<std::string> timeWords(const Speller& speller, const Reading& r) {
    Result<std::string> hour = speller.cardinal(r.hour);
    if (!hour) return hour;
    const std::string meridiem = r.meridiem.empty() ? std::string() : " " + std::string(r.meridiem);
    if (r.minute < 0 || (r.minute == 0 && !meridiem.empty())) return *hour + meridiem;  // ten a.m.
    if (r.minute == 0) return *hour + (r.hour >= 1 && r.hour <= 12 ? " o'clock" : " hundred");
    if (r.minute < 10) return *hour + " oh " + kDigitWords[static_cast<std::size_t>(r.minute)] + meridiem;
    Result<std::string> minute = speller.cardinal(r.minute);
    if (!minute) return minute;
    return *hour + " " + *minute + meridiem;
}

// $5-10: "five to ten dollars"; with cents on either end, each amount in full.
Result<std::string> moneyRangeWords(const Speller& speller, const Reading& r) {
    const Numeral &a = r.numerals[0], &b = r.numerals[1];
    const bool cents = (a.hasFraction && a.fraction.size() == 2) || (b.hasFraction && b.fraction.size() == 2);
    if (cents && r.scale.empty()) {
        Reading first = r, second = r;
        first.numerals = {a};
        second.numerals = {b};
        Result<std::string> x = moneyWords(speller, first), y = moneyWords(speller, second);
        if (!x) return x;
        if (!y) return y;
        return *x + " to " + *y;
    }
    Result<std::string> x = numberWords(speller, a), y = numberWords(speller, b);
    if (!x) return x;
    if (!y) return y;
    const CurrencyNames names = namesOf(r.currency);
    return *x + " to " + *y + (r.scale.empty() ? "" : " " + std::string(r.scale)) + " " + names.many;
}

Result<std::string> words(const Speller& speller, const Reading& r) {
    const Numeral& n = r.numerals.front();
    Result<std::string> said = std::string();
    switch (r.kind) {
    case Kind::Number: said = numberWords(speller, n); break;
    case Kind::Digits:  // a code: every digit on its own, whatever its length
        said = digitByDigit(n.integer) + (n.hasFraction ? " point " + digitByDigit(n.fraction) : std::string());
        break;
    case Kind::Year: said = speller.year(valueOf(n.integer)); break;
    case Kind::Ordinal: said = speller.ordinal(valueOf(n.integer)); break;
    case Kind::Decade: {
        const long long v = valueOf(n.integer);
        if (v == 100 || v == 1000) {  // the 1000s of people: "thousands"
            said = std::string(v == 100 ? "hundreds" : "thousands");
            break;
        }
        Result<std::string> w = isYearDigits(n.integer) ? speller.year(v) : speller.cardinal(v);
        if (w) said = plural(*w);
        else said = w;
        break;
    }
    case Kind::Time: said = timeWords(speller, r); break;
    case Kind::Money: said = moneyWords(speller, r); break;
    case Kind::MoneyRange: said = moneyRangeWords(speller, r); break;
    case Kind::Range:
    case Kind::YearRange: {
        const bool years = r.kind == Kind::YearRange;
        Result<std::string> a = years ? speller.year(valueOf(r.numerals[0].integer)) : numberWords(speller, r.numerals[0]);
        Result<std::string> b = years ? speller.year(valueOf(r.numerals[1].integer)) : numberWords(speller, r.numerals[1]);
        if (!a) return a;
        if (!b) return b;
        said = *a + " to " + *b;
        break;
    }
    case Kind::DigitGroups: {
        std::string groups;
        for (const Numeral& part : r.numerals) groups += (groups.empty() ? "" : ", ") + digitByDigit(part.integer);
        said = groups;
        break;
    }
    }
    if (!said) return said;
    std::string text = (r.negative ? "minus " : "") + *said + (r.percent ? " percent" : "");
    return r.capitalise ? text::capitaliseFirst(std::move(text)) : text;
}

}  // namespace

Result<SpelledText> spellOutNumbers(std::string_view utf8) {
    const std::vector<Reading> found = findNumbers(utf8);
    SpelledText spelled;
    if (found.empty()) {
        spelled.text.assign(utf8);
        return spelled;
    }
    Result<Speller*> speller = Speller::forThisThread();
    if (!speller) return speller.error();
    spelled.text.reserve(utf8.size() + found.size() * 16);
    std::size_t copied = 0;
    for (const Reading& r : found) {
        Result<std::string> said = words(**speller, r);
        if (!said) return said.error();
        spelled.text.append(utf8.substr(copied, r.begin - copied));
        spelled.text += *said;
        copied = r.end;
    }
    spelled.text.append(utf8.substr(copied));
    spelled.numbers = static_cast<int>(found.size());
    return spelled;
}

int countNumbersToSpell(std::string_view utf8) { return static_cast<int>(findNumbers(utf8).size()); }

}  // namespace mars5
