#include "mars5/rating_csv.h"

#include "error_notices.h"
#include "tokenizer.h"  // firstInvalidUtf8
#include "translatable.h"

#include <algorithm>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

namespace mars5::rating {

std::string JudgementRow::winner() const {
    return choice == Choice::A ? leftId : choice == Choice::B ? rightId : std::string();
}

namespace {

// A malformed export's error, said by a Notice so that the studio gives it in the user's
// language. Line numbers are words, not numbers: an editor shows "line 1024", never "1,024".
Error csvError(const char* pattern, std::vector<NoticeValue> values) {
    return Error::said(ErrorKind::Format, Notice{pattern, std::move(values)});
}

NoticeValue lineOf(int line) { return NoticeValue::words(std::to_string(line)); }

// Splits the text into records of fields. Quoted fields may hold commas, quotes ("") and
// line breaks. `lines[i]` is the line number where record i starts.
Result<std::vector<std::vector<std::string>>> splitRecords(const std::string& text, const std::string& source,
                                                           std::vector<int>& lines) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool inQuotes = false, fieldStarted = false, afterQuote = false;
    int line = 1, recordLine = 1;
    std::size_t i = 0;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // UTF-8 byte order mark from spreadsheets
    auto endRecord = [&] {
        record.push_back(std::move(field));
        field.clear();
        const bool blank = record.size() == 1 && record[0].empty();
        if (!blank) {
            records.push_back(std::move(record));
            lines.push_back(recordLine);
        }
        record.clear();
        fieldStarted = afterQuote = false;
    };
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
            fieldStarted = afterQuote = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == '"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else {
            if (afterQuote)
                return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: text after a closing quote (a quote inside a "
                                                                      "field must be doubled: \"\")"),
                                {NoticeValue::words(source), lineOf(line)});
            fieldStarted = true;
            field += c;
        }
    }
    if (inQuotes)
        return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: a quoted field is never closed (the file may be "
                                                              "truncated)"),
                        {NoticeValue::words(source), lineOf(recordLine)});
    if (!field.empty() || !record.empty()) endRecord();
    return records;
}

bool parseInt(const std::string& s, long long& out) {
    if (s.empty()) return false;
    std::size_t used = 0;
    try {
        out = std::stoll(s, &used);
    } catch (...) {
        return false;
    }
    return used == s.size();
}

}  // namespace

std::string csvField(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos && (field.empty() || (field.front() != ' ' && field.back() != ' ')))
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string formatCsv(const std::vector<JudgementRow>& rows) {
    std::ostringstream out;
    bool first = true;
    for (const char* column : kCsvColumns) {
        out << (first ? "" : ",") << column;
        first = false;
    }
    out << "\r\n";
    for (const auto& r : rows) {
        const std::string fields[] = {r.sessionUuid, r.session, r.rater, std::to_string(r.trial), r.item, r.leftId,
                                      r.rightId, r.leftFile, r.rightFile, toString(r.choice),
                                      r.strength ? std::to_string(*r.strength) : std::string(),
                                      std::to_string(r.timeMs), std::to_string(r.replaysA),
                                      std::to_string(r.replaysB), r.comment, r.presentedAt, r.answeredAt, r.winner()};
        for (std::size_t i = 0; i < std::size(fields); ++i) out << (i ? "," : "") << csvField(fields[i]);
        out << "\r\n";
    }
    return out.str();
}

namespace {

// The header's columns by name; an error naming what is missing when the row is not a rating
// export's header.
Result<std::map<std::string, std::size_t>> readHeader(const std::vector<std::string>& header, const std::string& source) {
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string name = header[i];
        while (!name.empty() && name.back() == ' ') name.pop_back();
        while (!name.empty() && name.front() == ' ') name.erase(0, 1);
        column.emplace(name, i);
    }
    for (const char* required : {"item", "left_id", "right_id", "choice"})
        if (!column.count(required)) {
            std::string h;
            for (const auto& f : header) h += (h.empty() ? "" : ",") + f;
            // A binary file's first "line" is no header to quote back.
            const bool text = !firstInvalidUtf8(h) && std::none_of(h.begin(), h.end(), [](char c) {
                return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f;
            });
            if (!text)
                return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1: not a rating export (its first line is not text)"),
                                {NoticeValue::words(source)});
            if (h.size() > 200) h = h.substr(0, h.find_last_of(',', 200) == std::string::npos ? 200 : h.find_last_of(',', 200)) + ",...";
            return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1: the header row has no '%2' column; is this a MARS5 "
                                                                  "rating export? (header: %3)"),
                            {NoticeValue::words(source), NoticeValue::words(required), NoticeValue::words(h)});
        }
    return column;
}

}  // namespace

Result<std::vector<JudgementRow>> parseCsv(const std::string& text, const std::string& source) {
    std::vector<int> lines;
    auto records = splitRecords(text, source, lines);
    if (!records.ok()) {
        // A file that is not a rating export at all (a README, a log) should be called that,
        // not reported by its first quoting slip hundreds of lines down.
        std::vector<int> headerLines;
        const auto first = splitRecords(text.substr(0, text.find_first_of("\r\n")), source, headerLines);
        if (first.ok() && !first.value().empty())
            if (auto header = readHeader(first.value()[0], source); !header.ok()) return header.error();
        return records.error();
    }
    const auto& recs = records.value();
    if (recs.empty()) return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1: the file is empty (expected a header row: %2)"),
                        {NoticeValue::words(source), NoticeValue::words("session,rater,trial,item,left_id,right_id,choice,...")});
    auto header = readHeader(recs[0], source);
    if (!header.ok()) return header.error();
    const std::map<std::string, std::size_t>& column = header.value();

    std::vector<JudgementRow> rows;
    for (std::size_t r = 1; r < recs.size(); ++r) {
        const auto& rec = recs[r];
        const NoticeValue file = NoticeValue::words(source), line = lineOf(lines[r]);
        if (rec.size() != recs[0].size())
            return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: %3 fields, but the header has %4"),
                            {file, line, NoticeValue::integer(static_cast<std::int64_t>(rec.size())),
                             NoticeValue::integer(static_cast<std::int64_t>(recs[0].size()))});
        auto get = [&](const char* name) -> std::string {
            auto it = column.find(name);
            return it == column.end() ? std::string() : rec[it->second];
        };
        JudgementRow row;
        row.sessionUuid = get("session_uuid");
        row.session = get("session");
        row.rater = get("rater");
        row.item = get("item");
        row.leftId = get("left_id");
        row.rightId = get("right_id");
        row.leftFile = get("left_file");
        row.rightFile = get("right_file");
        row.comment = get("comment");
        row.presentedAt = get("presented_at");
        row.answeredAt = get("answered_at");
        if (row.leftId.empty() || row.rightId.empty())
            return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: left_id and right_id must name the two "
                                                                  "systems compared"),
                            {file, line});
        // A session's JSON export holds trials by item, and refuses one without: an empty item
        // here would import, then not come back from the session's export (found by fuzzing).
        if (row.item.empty())
            return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: the item is empty; each row must name the "
                                                                  "item judged"),
                            {file, line});
        if (!parseChoice(get("choice"), row.choice))
            return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: choice '%3' is not A, B or tie"),
                            {file, line, NoticeValue::words(get("choice"))});
        const auto tooLarge = [&](const char* name, const std::string& text) {
            return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: %3 '%4' is too large"),
                            {file, line, NoticeValue::words(name), NoticeValue::words(text)});
        };
        long long v = 0;
        const std::string trial = get("trial");
        if (!trial.empty()) {
            if (!parseInt(trial, v) || v < 0)
                return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: trial '%3' is not a number"),
                                {file, line, NoticeValue::words(trial)});
            if (v > std::numeric_limits<int>::max()) return tooLarge("trial", trial);
            row.trial = static_cast<int>(v);
        } else {
            row.trial = static_cast<int>(rows.size());
        }
        const std::string strength = get("strength");
        if (!strength.empty()) {
            if (!parseInt(strength, v) || v < -3 || v > 3)
                return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: strength '%3' is not a whole number from -3 "
                                                                      "to 3"),
                                {file, line, NoticeValue::words(strength)});
            row.strength = static_cast<int>(v);
        }
        struct NumberField { const char* name; long long* target; };
        long long replaysA = 0, replaysB = 0;
        for (NumberField f : {NumberField{"time_ms", &row.timeMs}, NumberField{"replays_a", &replaysA},
                              NumberField{"replays_b", &replaysB}}) {
            const std::string s = get(f.name);
            if (s.empty()) continue;
            if (!parseInt(s, *f.target) || *f.target < 0)
                return csvError(QT_TRANSLATE_NOOP("mars5::Notice", "%1 line %2: %3 '%4' is not a non-negative number"),
                                {file, line, NoticeValue::words(f.name), NoticeValue::words(s)});
        }
        if (row.timeMs > kLargestTimeMs) return tooLarge("time_ms", get("time_ms"));
        // Stored as int: a larger count would wrap to a negative one (found by fuzz_rating_csv).
        if (replaysA > std::numeric_limits<int>::max()) return tooLarge("replays_a", get("replays_a"));
        if (replaysB > std::numeric_limits<int>::max()) return tooLarge("replays_b", get("replays_b"));
        row.replaysA = static_cast<int>(replaysA);
        row.replaysB = static_cast<int>(replaysB);
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<JudgementRow>> readCsvFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::said(ErrorKind::Io, cannotOpenFileNotice(path));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseCsv(buffer.str(), path);
}

}  // namespace mars5::rating
