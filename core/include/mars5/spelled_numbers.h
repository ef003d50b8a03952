// Numbers written in digits, put in English words the way a reader would say them.
//
// MARS5 reads its text exactly as typed: neither it nor the reference expands numbers (spec
// §2.6), so "1999" leaves the model to guess whether it hears a year or a count, and "$5" or
// "3rd" whether the symbol is said at all. Spelled out, the words decide. This is never applied
// behind the user's back (the engine stays the reference's): the studio offers it as one edit
// the user sees and can take back, and `mars5-cli tts --spell-numbers` asks for it.
//
// The words come from ICU's English spell-out rules (RuleBasedNumberFormat, "%spellout-…"),
// which handle every size of number, years and ordinals; this file only decides which reading a
// number in its context gets:
//
//   42, 1,234,567, -5      cardinal ("forty-two", "minus five")
//   1999, 2024 (1100-2099) year ("nineteen ninety-nine", "twenty twenty-four")
//   3.14                   "three point one four"
//   3rd, 21st              ordinal ("third", "twenty-first")
//   1990s, '90s, 1000s     decade ("nineteen nineties", "nineties", "thousands")
//   10:30, 9:05, 7:00      time ("ten thirty", "nine oh five", "seven o'clock")
//   10am, 3:30 p.m.        "ten a.m.", "three thirty p.m."
//   50%, 10-20%            "fifty percent", "ten to twenty percent"
//   $5, £2.50, €1.5m, 5€   money ("five dollars", "two pounds and fifty pence", "one point
//                          five million euros", "five euros"; "$3 million", "$5-10" too)
//   1999-2004, 10-20       range ("nineteen ninety-nine to two thousand four", "ten to twenty")
//   007, 555-1234          codes, digit by digit ("zero zero seven", "five five five, one two
//                          three four"): leading zeros, long runs, hyphenated groups, three
//                          digits then four (a phone number) unless both are round hundreds,
//                          an area code in brackets
//
// A number joined to letters or to other numbers in ways that have no single reading (MP3,
// 4K, 1.2.3, 12/25, 3:2, 1,5, 0,125, +49, 2024-12-07) is left as typed. English only: MARS5
// speaks English.
#pragma once

#include "mars5/error.h"

#include <string>
#include <string_view>

namespace mars5 {

struct SpelledText {
    std::string text;   // the whole text (UTF-8), its numbers in words
    int numbers = 0;    // how many numbers were spelled out
};

// The text with its numbers in words. Fails only when ICU's English rules cannot be loaded.
// Bytes that are not UTF-8 are kept as they are.
Result<SpelledText> spellOutNumbers(std::string_view utf8);

// How many numbers spellOutNumbers would spell out: the same rules, without making the words
// (cheap enough to run on every keystroke of a long script).
int countNumbersToSpell(std::string_view utf8);

}  // namespace mars5
