// Fuzz target: a ratings CSV (what the studio imports and `mars5-cli rate-stats` reads).
// Whatever parses must survive formatCsv() and parse again to the same rows.
#include "fuzz_support.h"
#include "mars5/rating_csv.h"

#include <string>

namespace {

bool sameRow(const mars5::rating::JudgementRow& a, const mars5::rating::JudgementRow& b) {
    return a.sessionUuid == b.sessionUuid && a.session == b.session && a.rater == b.rater && a.trial == b.trial &&
           a.item == b.item && a.leftId == b.leftId && a.rightId == b.rightId && a.leftFile == b.leftFile &&
           a.rightFile == b.rightFile && a.choice == b.choice && a.strength == b.strength && a.timeMs == b.timeMs &&
           a.replaysA == b.replaysA && a.replaysB == b.replaysB && a.comment == b.comment &&
           a.presentedAt == b.presentedAt && a.answeredAt == b.answeredAt;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto rows = mars5::rating::parseCsv(text, "fuzz.csv");
    if (!rows) {
        mars5::fuzz::tell("refused", rows.error().message);
        if (rows.error().kind == mars5::ErrorKind::Internal) mars5::fuzz::finding("an internal error", rows.error().message);
        return 0;
    }
    mars5::fuzz::tell("accepted", std::to_string(rows->size()) + " rows");
    const std::string again = mars5::rating::formatCsv(*rows);
    const auto reparsed = mars5::rating::parseCsv(again, "fuzz.csv (written back)");
    if (!reparsed) mars5::fuzz::finding("what was read cannot be read back", reparsed.error().message);
    if (reparsed->size() != rows->size()) mars5::fuzz::finding("the row count changed on the way back", again);
    for (std::size_t i = 0; i < rows->size(); ++i)
        if (!sameRow((*rows)[i], (*reparsed)[i])) mars5::fuzz::finding("a row changed on the way back", again);
    return 0;
}
