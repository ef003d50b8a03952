// Respellings: the user's own list of how to say the words MARS5 gets wrong (names, brands,
// abbreviations: "Nguyen" -> "win", "SQL" -> "sequel", "GIF" -> "jif").
//
// MARS5 has no phonemes and no lexicon: it reads letters. A word spelled the way it sounds is the
// one handle a voice designer has on how it is said, and a list kept once saves retyping it in
// every text. As with numbers in words (mars5/spelled_numbers.h), the list is applied as a change
// the user sees and can take back (the studio's Respell link) or asks for (`mars5-cli tts
// --respellings FILE`), never behind the user's back.
//
// The list's file (the studio keeps it as respellings.json in its data folder):
//   { "format": "mars5-respellings", "version": 1,
//     "respellings": [ { "written": "SQL", "said": "sequel", "match_case": true }, ... ] }
#pragma once

#include "mars5/error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mars5 {

struct Respelling {
    std::string written;     // a word or words as typed, matched whole (UTF-8)
    std::string said;        // what the model is given instead
    bool matchCase = false;  // false: "sql" and "Sql" match "SQL" too
    bool operator==(const Respelling&) const = default;
};

// The longest written or said form a respelling may have, in characters (code points): a word or
// a short phrase; anything longer is a paste gone wrong.
inline constexpr std::size_t kMaxRespellingCharacters = 200;

// Why a respelling cannot be used (an empty form, a line break, a form too long), or nothing.
std::optional<Notice> respellingProblem(const Respelling& respelling);

// Two respellings that would match the same text (the same written form, told apart by case only
// where both match case): the index of the later one of the first such pair, or nothing.
std::optional<std::size_t> repeatedRespelling(const std::vector<Respelling>& list);

struct RespelledText {
    std::string text;  // the whole text, each match replaced
    int words = 0;     // how many matches were replaced
};

// Each whole-word match of a written form replaced by its said form; where several match at one
// place, the longest wins. A match that starts a sentence or a line starts with a capital, as the
// text around it does. Matches never overlap, and a said form is not matched again.
RespelledText respell(std::string_view utf8, const std::vector<Respelling>& list);
// How many matches respell() would replace (cheap enough for every keystroke).
int countRespellings(std::string_view utf8, const std::vector<Respelling>& list);

// The list file: refused with a message naming the file when it is not one, is not UTF-8 JSON, or
// holds an entry that respellingProblem() or repeatedRespelling() refuses.
Result<std::vector<Respelling>> readRespellings(const std::string& path);
// Written atomically (a crash never leaves half a list); refused when an entry is unusable.
Result<void> writeRespellings(const std::string& path, const std::vector<Respelling>& list);

}  // namespace mars5
