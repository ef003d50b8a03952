// Fuzz target: a long text cut into sentence pieces (mars5/text_pieces.h), on any text a user types,
// pastes or opens as a script, at any piece length (the first byte picks it, 2-121, so that texts
// are cut often). Beyond "no crash": every piece is non-empty, within the length and valid UTF-8;
// and of a valid UTF-8 text nothing is lost or reordered but the white space between pieces.
#include "fuzz_support.h"
#include "fuzz_utf8.h"
#include "mars5/text_pieces.h"

#include <unicode/uchar.h>

#include <string>

namespace {

// The text's code points without white space; false when it is not valid UTF-8.
bool visible(const std::string& s, std::u32string& out) {
    return mars5::fuzz::forEachCodePoint(s, [&](UChar32 c) {
        if (!u_isUWhiteSpace(c)) out += static_cast<char32_t>(c);
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t max = 2 + data[0] % 120;
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    const std::vector<std::string> pieces = mars5::splitIntoPieces(text, max);
    mars5::fuzz::tell("pieces", std::to_string(pieces.size()) + " of at most " + std::to_string(max));
    std::u32string joined;
    for (const std::string& piece : pieces) {
        if (piece.empty()) mars5::fuzz::finding("an empty piece", text);
        if (mars5::pieceCharacters(piece) > max) mars5::fuzz::finding("a piece longer than the limit", piece);
        if (!visible(piece, joined)) mars5::fuzz::finding("a piece that is not valid UTF-8", piece);
    }
    std::u32string original;
    if (visible(text, original) && joined != original) mars5::fuzz::finding("the pieces lost or moved part of the text", text);
    return 0;
}
