// A long text cut into pieces the model can speak one at a time.
//
// MARS5 speaks a text in one autoregressive run whose prompt and output share a budget of 2,000
// ids; a paragraph runs past it (the speech is cut short), and a long run may drift from the
// voice before that. The reference has no answer; its roadmap suggests sentence pieces of about
// 120 characters (spec §9). Here a text is cut at ICU's sentence boundaries (BreakIterator, English
// with its abbreviation suppressions, so "Mr. Smith" stays whole), and neighbouring sentences
// are packed into one piece while they fit, since a piece of one short sentence costs a whole
// prompt pass and loses the sentences' flow. A sentence longer than a piece is cut after the
// last comma, semicolon, colon or dash that fits, else at the last word that fits (ICU's line
// breaks, so text without spaces still has places to cut), else after maxCharacters.
//
// Characters are counted in UTF-16 code units, as the studio's text box counts them. Each piece
// is the text's own words from its first sentence to its last, spaces around it removed; nothing
// is dropped but the space between pieces.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mars5 {

// The text in pieces of at most maxCharacters (2 or more, so that a character outside the BMP
// fits). A text that fits is one piece, as it
// is; an empty or all-space text gives none. Invalid UTF-8 reads as U+FFFD.
std::vector<std::string> splitIntoPieces(std::string_view text, std::size_t maxCharacters);

// The text's length as splitIntoPieces counts it.
std::size_t pieceCharacters(std::string_view text);

}  // namespace mars5
