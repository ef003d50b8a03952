// What `tts --respellings FILE` and `tts --spell-numbers` do to the texts before the model reads
// them: the user's respellings (mars5/respellings.h), then numbers in words
// (mars5/spelled_numbers.h), in the text, each script line and the transcript. The model then
// reads words the user did not type, so notes on stderr say what it was given.
#pragma once

#include <string>
#include <vector>

namespace mars5::cli {

struct TextRewrites {
    std::string respellingsPath;  // empty: none
    bool spellNumbers = false;
    bool any() const { return !respellingsPath.empty() || spellNumbers; }
};

// The texts rewritten in place. False after an error was reported (a list that does not read, a
// build without ICU): nothing has been spoken yet.
bool rewriteTexts(const TextRewrites& rewrites, std::string& text, std::vector<std::string>& lines, std::string& transcript);

}  // namespace mars5::cli
