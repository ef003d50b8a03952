// mars5-cli rate-stats DB|CSV: the statistics of blind A/B rating judgements, read from the
// studio's ratings database (read-only, through libsqlite3) or from an exported CSV. The
// numbers are the studio's statistics view's: both call mars5::rating::computeStats.
#include "commands.h"

#include "mars5/rating_csv.h"
#include "mars5/rating_schema.h"
#include "mars5/rating_stats.h"

#include <sqlite3.h>

#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>

namespace mars5::cli {

namespace {

bool looksLikeSqlite(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 && std::memcmp(header, "SQLite format 3", 16) == 0;
}

std::string columnText(sqlite3_stmt* statement, int column) {
    const unsigned char* text = sqlite3_column_text(statement, column);
    return text ? reinterpret_cast<const char*>(text) : std::string();
}

// SQLite's first complaint about the database (PRAGMA integrity_check, which also compares the
// indexes with their tables), or an empty text when it has none.
std::string firstIntegrityProblem(sqlite3* db) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check(1)", -1, &raw, nullptr) != SQLITE_OK) return sqlite3_errmsg(db);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, &sqlite3_finalize);
    if (sqlite3_step(statement.get()) != SQLITE_ROW) return sqlite3_errmsg(db);
    const std::string first = columnText(statement.get(), 0);
    return first == "ok" ? std::string() : first;
}

Result<std::vector<rating::JudgementRow>> readDatabase(const std::string& path, const std::string& session) {
    sqlite3* raw = nullptr;
    // Read-only: the studio may be writing judgements at the same time (WAL lets both work).
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, &sqlite3_close);
    if (rc != SQLITE_OK)
        return Error{ErrorKind::Io, path + ": cannot open the database (" +
                                        std::string(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)) + ")"};
    sqlite3_busy_timeout(db.get(), 5000);
    // As the studio checks the file it opens: a damaged page read as no rows, and a damaged index
    // hid rows from the queries that went through it (found by fuzz_rating_database).
    if (const std::string problem = firstIntegrityProblem(db.get()); !problem.empty())
        return Error{ErrorKind::Format, path + ": not a readable MARS5 ratings database (damaged: " + problem + ")"};
    std::string sql = rating::schema::kJudgementRowsQuery;
    if (!session.empty()) sql += rating::schema::kJudgementRowsWhereSession;
    sql += rating::schema::kJudgementRowsOrder;
    sqlite3_stmt* rawStatement = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &rawStatement, nullptr) != SQLITE_OK)
        return Error{ErrorKind::Format, path + ": not a MARS5 ratings database, or a damaged one (" +
                                            std::string(sqlite3_errmsg(db.get())) + ")"};
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(rawStatement, &sqlite3_finalize);
    if (!session.empty()) sqlite3_bind_text(statement.get(), 1, session.c_str(), -1, SQLITE_TRANSIENT);

    std::vector<rating::JudgementRow> rows;
    int step;
    while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = statement.get();
        rating::JudgementRow r;
        r.sessionUuid = columnText(s, 0);
        r.session = columnText(s, 1);
        r.rater = columnText(s, 2);
        r.trial = sqlite3_column_int(s, 3);
        r.item = columnText(s, 4);
        r.leftId = columnText(s, 5);
        r.rightId = columnText(s, 6);
        r.leftFile = columnText(s, 7);
        r.rightFile = columnText(s, 8);
        if (!rating::parseChoice(columnText(s, 9), r.choice))
            return Error{ErrorKind::Format, path + ": a judgement has the unknown choice '" + columnText(s, 9) + "'"};
        if (sqlite3_column_type(s, 10) != SQLITE_NULL) r.strength = sqlite3_column_int(s, 10);
        r.timeMs = sqlite3_column_int64(s, 11);
        r.replaysA = sqlite3_column_int(s, 12);
        r.replaysB = sqlite3_column_int(s, 13);
        r.comment = columnText(s, 14);
        r.presentedAt = columnText(s, 15);
        r.answeredAt = columnText(s, 16);
        rows.push_back(std::move(r));
    }
    if (step != SQLITE_DONE)
        return Error{ErrorKind::Format, path + ": reading the judgements failed (" +
                                            std::string(sqlite3_errmsg(db.get())) + "); the database may be damaged"};
    return rows;
}

}  // namespace

void addRateStatsCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("rate-stats",
                                   "Statistics of blind A/B ratings: win rates (Wilson 95%), sign tests, "
                                   "Bradley-Terry ranking with bootstrap intervals");
    struct Options {
        std::string input, session;
        bool json = false;
        int bootstrap = 1000;
        std::uint64_t seed = 20240601;
    };
    auto options = std::make_shared<Options>();
    cmd->add_option("input", options->input, "The studio's ratings database (ratings.sqlite) or an exported CSV")
        ->required();
    cmd->add_option("--session", options->session, "Only this session (its name or uuid); default: all sessions");
    cmd->add_flag("--json", options->json, "Print JSON instead of tables");
    cmd->add_option("--bootstrap", options->bootstrap, "Bootstrap resamples for the Bradley-Terry intervals")
        ->check(CLI::Range(0, 100000));
    cmd->add_option("--seed", options->seed, "Seed of the bootstrap (results are reproducible)");
    cmd->callback([options] {
        const std::string& path = options->input;
        {
            std::ifstream probe(path, std::ios::binary);
            if (!probe) return reportError(path + ": cannot open the file (does it exist?)");
        }
        Result<std::vector<rating::JudgementRow>> rows =
            looksLikeSqlite(path) ? readDatabase(path, options->session) : rating::readCsvFile(path);
        if (!rows.ok()) return reportError(rows.message());
        std::vector<rating::Judgement> judgements;
        for (const auto& r : rows.value())
            if (looksLikeSqlite(path) || options->session.empty() || r.session == options->session ||
                r.sessionUuid == options->session)
                judgements.push_back(r.judgement());
        if (judgements.empty())
            return reportError(path + ": no judgements" +
                               (options->session.empty() ? std::string() : " in session '" + options->session + "'"));
        rating::StatsOptions statsOptions;
        statsOptions.bootstrapSamples = options->bootstrap;
        statsOptions.bootstrapSeed = options->seed;
        const rating::RatingStats stats = rating::computeStats(judgements, statsOptions);
        std::cout << (options->json ? rating::formatStatsJson(stats) : rating::formatStatsText(stats));
    });
}

}  // namespace mars5::cli
