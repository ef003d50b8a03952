// Fuzz target: numbers in words (mars5/spelled_numbers.h), on any text a user types or pastes.
// Beyond "no crash": the count the studio shows is the count spelled out; valid UTF-8 stays valid;
// what comes out has nothing left to spell (the studio's link goes once it is clicked); and the
// text between the numbers is kept, so no digit that was left as typed goes missing.
#include "fuzz_support.h"
#include "fuzz_utf8.h"
#include "mars5/spelled_numbers.h"

#include <string>

namespace {

using mars5::fuzz::validUtf8;

std::size_t digits(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += c >= '0' && c <= '9' ? 1 : 0;
    return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto spelled = mars5::spellOutNumbers(text);
    if (!spelled) mars5::fuzz::finding("ICU's English rules did not load", spelled.error().message);
    mars5::fuzz::tell("spelled", std::to_string(spelled->numbers) + " number(s): " + spelled->text);
    if (mars5::countNumbersToSpell(text) != spelled->numbers) mars5::fuzz::finding("the count differs from the numbers spelled", text);
    if (validUtf8(text) && !validUtf8(spelled->text)) mars5::fuzz::finding("valid UTF-8 came out invalid", spelled->text);
    if (spelled->numbers == 0 && spelled->text != text) mars5::fuzz::finding("no number spelled, yet the text changed", spelled->text);
    if (mars5::countNumbersToSpell(spelled->text) != 0) mars5::fuzz::finding("numbers are left to spell after spelling", spelled->text);
    // Every number spelled takes at least one digit; none are added.
    if (digits(spelled->text) + static_cast<std::size_t>(spelled->numbers) > digits(text))
        mars5::fuzz::finding("digits appeared, or a number was spelled without taking one", spelled->text);
    return 0;
}
