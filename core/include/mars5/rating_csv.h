// The long-format CSV of rating judgements: one row per judgement, RFC 4180 quoting, UTF-8,
// a header row naming the columns. The studio exports and imports it, and
// `mars5-cli rate-stats` reads it. Readers find columns by name, so extra or reordered
// columns are fine; item, left_id, right_id and choice are required.
#pragma once

#include "mars5/error.h"
#include "mars5/rating_stats.h"

#include <optional>
#include <string>
#include <vector>

namespace mars5::rating {

inline constexpr const char* kCsvColumns[] = {
    "session_uuid", "session", "rater", "trial", "item", "left_id", "right_id", "left_file", "right_file",
    "choice", "strength", "time_ms", "replays_a", "replays_b", "comment", "presented_at", "answered_at",
    "winner"};

// The longest time a judgement may have taken, in ms: 2^53 - 1, the largest whole number a
// JSON export holds exactly (about 285,000 years: any real time fits).
inline constexpr long long kLargestTimeMs = 9007199254740991LL;

struct JudgementRow {
    std::string sessionUuid, session, rater;
    int trial = 0;  // 0-based presentation position
    std::string item;
    std::string leftId, rightId;      // the systems heard as A and as B
    std::string leftFile, rightFile;
    Choice choice = Choice::Tie;
    std::optional<int> strength;      // -3..+3, negative: A better
    long long timeMs = 0;             // 0 .. kLargestTimeMs
    int replaysA = 0, replaysB = 0;
    std::string comment, presentedAt, answeredAt;

    std::string winner() const;       // the preferred system, "" for a tie
    Judgement judgement() const { return {item, leftId, rightId, choice}; }
};

std::string formatCsv(const std::vector<JudgementRow>& rows);

// One CSV field as formatCsv writes it (RFC 4180): quoted, its quotes doubled, when it holds a
// comma, a quote or a line break, or starts or ends with a space (which a spreadsheet would
// trim). The studio's take list uses it too.
std::string csvField(const std::string& field);

// Errors name the line: "ratings.csv line 7: choice 'maybe' is not A, B or tie".
Result<std::vector<JudgementRow>> parseCsv(const std::string& text, const std::string& sourceName = "CSV");
Result<std::vector<JudgementRow>> readCsvFile(const std::string& path);

}  // namespace mars5::rating
