#include "text_rewrites.h"

#include "commands.h"

#include <iostream>

// Without ICU (a core-only build, as on the GPU machines) the options are there but say why they
// cannot work: the rewriting below needs mars5text.
#ifdef MARS5_CLI_HAS_SPELLED_NUMBERS
#include "mars5/respellings.h"
#include "mars5/spelled_numbers.h"

#include <functional>
#endif

namespace mars5::cli {

#ifdef MARS5_CLI_HAS_SPELLED_NUMBERS
namespace {

// One rewrite of a text: its count of changes, or an error.
using Rewrite = std::function<Result<int>(std::string&)>;

// The option's rewrite applied to every text; a note per option for a script's lines. False after
// reporting an error.
bool applyToAll(const char* option, const char* changed, const Rewrite& rewrite, std::string& text,
                std::vector<std::string>& lines, std::string& transcript, bool* textChanged, bool* transcriptChanged) {
    for (auto [t, flag] : {std::pair{&transcript, transcriptChanged}, std::pair{&text, textChanged}}) {
        const Result<int> n = rewrite(*t);
        if (!n) {
            reportError(n.message());
            return false;
        }
        *flag = *flag || *n > 0;
    }
    int changes = 0, linesChanged = 0;
    for (std::string& line : lines) {
        const Result<int> n = rewrite(line);
        if (!n) {
            reportError(n.message());
            return false;
        }
        changes += *n;
        linesChanged += *n > 0 ? 1 : 0;
    }
    if (!lines.empty())
        std::cerr << "note: " << option << ": " << changes << ' ' << changed << " in " << linesChanged
                  << " line(s) (lines.tsv has each line as spoken)\n";
    return true;
}

}  // namespace
#endif

bool rewriteTexts(const TextRewrites& rewrites, std::string& text, std::vector<std::string>& lines, std::string& transcript) {
    if (!rewrites.any()) return true;
#ifdef MARS5_CLI_HAS_SPELLED_NUMBERS
    std::string options;  // the options that changed a text, for its note
    const std::string given = rewrites.respellingsPath.empty() ? "--spell-numbers"
                              : rewrites.spellNumbers          ? "--respellings --spell-numbers"
                                                               : "--respellings";
    bool textChanged = false, transcriptChanged = false;
    if (!rewrites.respellingsPath.empty()) {
        const Result<std::vector<Respelling>> list = readRespellings(rewrites.respellingsPath);
        if (!list) {
            reportError(list.message());
            return false;
        }
        const Rewrite respellText = [&](std::string& t) -> Result<int> {
            RespelledText r = respell(t, *list);
            t = std::move(r.text);
            return r.words;
        };
        bool text1 = false, transcript1 = false;
        if (!applyToAll("--respellings", "word(s) respelled", respellText, text, lines, transcript, &text1, &transcript1)) return false;
        if (text1 || transcript1) options += "--respellings";
        textChanged |= text1;
        transcriptChanged |= transcript1;
    }
    if (rewrites.spellNumbers) {
        const Rewrite spell = [](std::string& t) -> Result<int> {
            Result<SpelledText> r = spellOutNumbers(t);
            if (!r) return r.error();
            t = std::move(r->text);
            return r->numbers;
        };
        bool text1 = false, transcript1 = false;
        if (!applyToAll("--spell-numbers", "number(s) spelled out", spell, text, lines, transcript, &text1, &transcript1)) return false;
        if (text1 || transcript1) options += options.empty() ? "--spell-numbers" : " --spell-numbers";
        textChanged |= text1;
        transcriptChanged |= transcript1;
    }
    if (transcriptChanged) std::cerr << "note: " << options << ": the transcript given to the model: \"" << transcript << "\"\n";
    if (lines.empty()) {
        if (textChanged) std::cerr << "note: " << options << ": the text spoken: \"" << text << "\"\n";
        else std::cerr << "note: " << given << ": nothing in the text to change\n";
    }
    return true;
#else
    (void)text, (void)lines, (void)transcript;
    reportError(std::string(rewrites.spellNumbers ? "--spell-numbers" : "--respellings") +
                ": this mars5-cli was built without ICU (libicu-dev), which it needs to read words");
    return false;
#endif
}

}  // namespace mars5::cli
