// Rating statistics, randomisation and the long-format CSV against values worked out by hand
// (core only: no widgets, no database).
#include "mars5/rating_csv.h"
#include "mars5/rating_plan.h"
#include "mars5/rating_stats.h"

#include <QtTest>

#include <cmath>
#include <set>

using namespace mars5::rating;

namespace {

std::vector<Judgement> repeat(const std::string& a, const std::string& b, Choice c, int n) {
    return std::vector<Judgement>(static_cast<std::size_t>(n), Judgement{"item", a, b, c});
}

void append(std::vector<Judgement>& to, const std::vector<Judgement>& more) { to.insert(to.end(), more.begin(), more.end()); }

const SystemStats& find(const RatingStats& s, const std::string& name) {
    for (const auto& x : s.systems)
        if (x.name == name) return x;
    throw std::runtime_error("no system " + name);
}

std::vector<ItemRenderings> items(int count, const std::vector<std::string>& systems) {
    std::vector<ItemRenderings> list;
    for (int i = 0; i < count; ++i) {
        ItemRenderings item;
        item.item = "item" + std::to_string(i);
        for (const auto& s : systems) item.stimuli.push_back({s, s + "/item" + std::to_string(i) + ".wav"});
        list.push_back(item);
    }
    return list;
}

}  // namespace

class TestRatingStats : public QObject {
    Q_OBJECT
private slots:
    void wilsonIntervalMatchesHandComputation() {
        // 8 of 10, z = 1.959964: centre (0.8 + z²/20) / (1 + z²/10) = 0.716741,
        // half-width z / (1 + z²/10) * sqrt(0.016 + z²/400) = 0.226578.
        const Interval ci = wilsonInterval(8, 10);
        QVERIFY(std::fabs(ci.low - 0.490163) < 1e-5);
        QVERIFY(std::fabs(ci.high - 0.943319) < 1e-5);
        // 0 of 5: [0, z²/(5 + z²)] = [0, 0.434482].
        const Interval zero = wilsonInterval(0, 5);
        QCOMPARE(zero.low, 0.0);
        QVERIFY(std::fabs(zero.high - 0.434482) < 1e-5);
        const Interval none = wilsonInterval(0, 0);
        QCOMPARE(none.low, 0.0);
        QCOMPARE(none.high, 1.0);
    }

    void signTestMatchesBinomialSums() {
        // 8-2: 2 * (1 + 10 + 45) / 1024; 9-1: 2 * (1 + 10) / 1024; 10-0: 2 / 1024.
        QVERIFY(std::fabs(signTestTwoSided(8, 2) - 112.0 / 1024.0) < 1e-12);
        QVERIFY(std::fabs(signTestTwoSided(2, 8) - 112.0 / 1024.0) < 1e-12);
        QVERIFY(std::fabs(signTestTwoSided(9, 1) - 22.0 / 1024.0) < 1e-12);
        QVERIFY(std::fabs(signTestTwoSided(10, 0) - 2.0 / 1024.0) < 1e-12);
        QCOMPARE(signTestTwoSided(5, 5), 1.0);
        QCOMPARE(signTestTwoSided(0, 0), 1.0);
        // Large n stays finite and symmetric.
        const double p = signTestTwoSided(600, 400);
        QVERIFY(p > 0 && p < 1e-9);
    }

    void tiesAreReportedNotCounted() {
        auto j = repeat("x", "y", Choice::A, 8);
        append(j, repeat("x", "y", Choice::B, 2));
        append(j, repeat("y", "x", Choice::Tie, 3));
        const RatingStats s = computeStats(j);
        QCOMPARE(s.judgements, 13L);
        QCOMPARE(s.ties, 3L);
        QCOMPARE(s.decisive, 10L);
        QCOMPARE(s.pairs.size(), std::size_t(1));
        const PairStats& p = s.pairs[0];
        QCOMPARE(p.first, std::string("x"));
        QCOMPARE(p.firstWins, 8L);
        QCOMPARE(p.secondWins, 2L);
        QCOMPARE(p.ties, 3L);
        QVERIFY(std::fabs(p.pValue - 112.0 / 1024.0) < 1e-12);
        QVERIFY(std::fabs(p.firstWinRate - 0.8) < 1e-12);
        QVERIFY(std::fabs(p.firstWinRateCi.low - 0.490163) < 1e-5);
        QCOMPARE(find(s, "x").ties, 3L);
    }

    void sidesAreNormalisedIntoOnePair() {
        // y heard as A and winning counts for y, whichever side it was on.
        std::vector<Judgement> j{{"i", "y", "x", Choice::A}, {"i", "x", "y", Choice::B}, {"i", "x", "y", Choice::A}};
        const RatingStats s = computeStats(j);
        QCOMPARE(s.pairs.size(), std::size_t(1));
        QCOMPARE(s.pairs[0].firstWins, 1L);   // x
        QCOMPARE(s.pairs[0].secondWins, 2L);  // y
        QCOMPARE(s.chosenA, 2L);
        QCOMPARE(s.chosenB, 1L);
    }

    void bradleyTerryRecoversAKnownMatrix() {
        // Strengths (4, 2, 1) satisfy the likelihood equations exactly for these counts:
        // A-B 2:1, B-C 2:1, A-C 4:1 (expected wins of A: 3*4/6 + 5*4/5 = 6 = 2 + 4, etc.).
        std::vector<Judgement> j;
        append(j, repeat("A", "B", Choice::A, 2));
        append(j, repeat("A", "B", Choice::B, 1));
        append(j, repeat("B", "C", Choice::A, 2));
        append(j, repeat("C", "B", Choice::A, 1));
        append(j, repeat("C", "A", Choice::B, 4));
        append(j, repeat("C", "A", Choice::A, 1));
        const BradleyTerryFit fit = fitBradleyTerry(j);
        QVERIFY(fit.converged);
        QVERIFY(!fit.regularised);
        QCOMPARE(fit.systems, (std::vector<std::string>{"A", "B", "C"}));
        const double ln2 = std::log(2.0);
        QVERIFY2(std::fabs(fit.scores[0] - ln2) < 1e-6, std::to_string(fit.scores[0]).c_str());
        QVERIFY(std::fabs(fit.scores[1]) < 1e-6);
        QVERIFY(std::fabs(fit.scores[2] + ln2) < 1e-6);

        // Two systems, 3:1 -> odds 3, scores ±ln(3)/2.
        auto two = repeat("p", "q", Choice::A, 3);
        append(two, repeat("p", "q", Choice::B, 1));
        const BradleyTerryFit f2 = fitBradleyTerry(two);
        QVERIFY(std::fabs(f2.scores[0] - std::log(3.0) / 2) < 1e-6);
    }

    void rankingIsSortedByLowerBoundWithBootstrapIntervals() {
        std::vector<Judgement> j;
        append(j, repeat("good", "mid", Choice::A, 30));
        append(j, repeat("good", "mid", Choice::B, 10));
        append(j, repeat("mid", "bad", Choice::A, 30));
        append(j, repeat("mid", "bad", Choice::B, 10));
        append(j, repeat("good", "bad", Choice::A, 35));
        append(j, repeat("good", "bad", Choice::B, 5));
        const RatingStats s = computeStats(j);
        QCOMPARE(s.systems.size(), std::size_t(3));
        QCOMPARE(s.systems[0].name, std::string("good"));
        QCOMPARE(s.systems[1].name, std::string("mid"));
        QCOMPARE(s.systems[2].name, std::string("bad"));
        for (std::size_t i = 0; i + 1 < s.systems.size(); ++i) QVERIFY(s.systems[i].btCi.low >= s.systems[i + 1].btCi.low);
        for (const auto& sys : s.systems) {
            QVERIFY(sys.btCi.low <= sys.btScore && sys.btScore <= sys.btCi.high);
            QVERIFY(sys.btCi.high - sys.btCi.low > 0.05);
        }
        QVERIFY(s.warnings.empty());
        // Deterministic: the same seed gives the same intervals.
        const RatingStats again = computeStats(j);
        QCOMPARE(again.systems[0].btCi.low, s.systems[0].btCi.low);
    }

    void tooFewTrialsAndPerfectRecordsWarn() {
        auto j = repeat("a", "b", Choice::A, 4);
        const RatingStats s = computeStats(j);
        QVERIFY(s.fit.regularised);  // a won everything: the plain MLE is infinite
        QVERIFY(std::isfinite(s.systems[0].btScore));
        bool pairWarning = false, totalWarning = false;
        for (const auto& w : s.warnings) {
            pairWarning |= w.find("Too few trials: a vs b has 4 decisive") != std::string::npos;
            totalWarning |= w.find("Too few trials overall") != std::string::npos;
        }
        QVERIFY(pairWarning);
        QVERIFY(totalWarning);
        const std::string text = formatStatsText(s);
        QVERIFY(text.find("warning: Too few trials") != std::string::npos);
        QVERIFY(formatStatsJson(s).find("\"warnings\"") != std::string::npos);
    }

    void randomisationIsReproducibleFromTheSeed() {
        PlanOptions options;
        options.seed = 123456789;
        const auto all = items(12, {"gt", "take"});
        const auto first = planTrials(all, options);
        const auto second = planTrials(all, options);
        QCOMPARE(first.size(), std::size_t(12));
        int swapped = 0;
        bool reordered = false;
        for (std::size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].item, second[i].item);
            QCOMPARE(first[i].a.system, second[i].a.system);
            QCOMPARE(first[i].swapped, second[i].swapped);
            QCOMPARE(first[i].swapped, first[i].a.system == "take");
            swapped += first[i].swapped;
            reordered |= first[i].item != "item" + std::to_string(i);
        }
        QVERIFY(reordered);
        QVERIFY(swapped > 0 && swapped < 12);
        // Pinned: the plan must not change between builds, compilers or machines.
        QCOMPARE(first[0].item, std::string("item6"));
        QCOMPARE(first[0].a.system, std::string("gt"));
        QCOMPARE(first[1].item, std::string("item4"));
        QCOMPARE(first[1].a.system, std::string("take"));
        options.seed = 987654321;
        const auto other = planTrials(all, options);
        bool differs = false;
        for (std::size_t i = 0; i < other.size(); ++i) differs |= other[i].item != first[i].item || other[i].swapped != first[i].swapped;
        QVERIFY(differs);
    }

    void tournamentSpreadsPairsEvenly() {
        PlanOptions options;
        options.seed = 7;
        options.pairsPerItem = 2;
        const auto plan = planTrials(items(9, {"s1", "s2", "s3", "s4"}), options);  // 6 pairs, 18 trials
        QCOMPARE(plan.size(), std::size_t(18));
        std::map<std::pair<std::string, std::string>, int> pairCount;
        std::map<std::string, int> exposure;
        for (const auto& t : plan) {
            auto key = std::minmax(t.a.system, t.b.system);
            ++pairCount[{key.first, key.second}];
            ++exposure[t.a.system];
            ++exposure[t.b.system];
        }
        QCOMPARE(pairCount.size(), std::size_t(6));
        for (const auto& [pair, n] : pairCount) QCOMPARE(n, 3);
        for (const auto& [system, n] : exposure) QCOMPARE(n, 9);
        options.pairsPerItem = 0;
        QCOMPARE(planTrials(items(2, {"a", "b", "c"}), options).size(), std::size_t(6));
    }

    void csvRoundTripsAndQuotes() {
        JudgementRow r;
        r.sessionUuid = "u-1";
        r.session = "Session, \"quoted\"";
        r.rater = "Ana";
        r.trial = 3;
        r.item = "LJ001-0001";
        r.leftId = "take";
        r.rightId = "ground truth";
        r.leftFile = "/a/b.wav";
        r.rightFile = "/c/d.wav";
        r.choice = Choice::B;
        r.strength = 2;
        r.timeMs = 4512;
        r.replaysA = 2;
        r.replaysB = 3;
        r.comment = "line one\nline two, with comma";
        r.presentedAt = "2026-01-01T10:00:00.000Z";
        r.answeredAt = "2026-01-01T10:00:04.512Z";
        const std::string csv = formatCsv({r});
        QVERIFY(csv.rfind("session_uuid,session,rater,trial,item,left_id,right_id", 0) == 0);
        auto parsed = parseCsv(csv);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.message().c_str());
        QCOMPARE(parsed.value().size(), std::size_t(1));
        const JudgementRow& p = parsed.value()[0];
        QCOMPARE(p.session, r.session);
        QCOMPARE(p.comment, r.comment);
        QCOMPARE(p.choice, Choice::B);
        QCOMPARE(*p.strength, 2);
        QCOMPARE(p.timeMs, 4512LL);
        QCOMPARE(p.replaysB, 3);
        QCOMPARE(p.winner(), std::string("ground truth"));
    }

    void malformedCsvSaysWhereAndWhy() {
        auto noColumn = parseCsv("item,left,right,choice\nx,a,b,A\n", "r.csv");
        QVERIFY(!noColumn.ok());
        QVERIFY2(noColumn.message().find("no 'left_id' column") != std::string::npos, noColumn.message().c_str());
        auto badChoice = parseCsv("item,left_id,right_id,choice\nx,a,b,A\ny,a,b,maybe\n", "r.csv");
        QVERIFY(!badChoice.ok());
        QVERIFY2(badChoice.message().find("r.csv line 3: choice 'maybe' is not A, B or tie") != std::string::npos,
                 badChoice.message().c_str());
        // Found by fuzz_rating_csv: a trial or replay count beyond an int wrapped to a negative one.
        auto hugeTrial = parseCsv("item,left_id,right_id,choice,trial\nx,a,b,A,0888888888888888\n", "r.csv");
        QVERIFY(!hugeTrial.ok());
        QCOMPARE(hugeTrial.message(), std::string("r.csv line 2: trial '0888888888888888' is too large"));
        auto hugeReplays = parseCsv("item,left_id,right_id,choice,replays_b\nx,a,b,A,4294967296\n", "r.csv");
        QVERIFY(!hugeReplays.ok());
        QCOMPARE(hugeReplays.message(), std::string("r.csv line 2: replays_b '4294967296' is too large"));
        // Beyond 2^53 - 1 a time cannot go out in a session's JSON export and come back the same.
        auto hugeTime = parseCsv("item,left_id,right_id,choice,time_ms\nx,a,b,A,9007199254740992\n", "r.csv");
        QVERIFY(!hugeTime.ok());
        QCOMPARE(hugeTime.message(), std::string("r.csv line 2: time_ms '9007199254740992' is too large"));
        QVERIFY(parseCsv("item,left_id,right_id,choice,time_ms\nx,a,b,A,9007199254740991\n", "r.csv").ok());
        // Found by fuzz_rating_import: a row with no item imported, and the session's JSON export,
        // which holds trials by item, could then not be imported again.
        auto noItem = parseCsv("item,left_id,right_id,choice\nx,a,b,A\n,b,a,left\n", "r.csv");
        QVERIFY(!noItem.ok());
        QCOMPARE(noItem.message(), std::string("r.csv line 3: the item is empty; each row must name the item judged"));
        auto unclosed = parseCsv("item,left_id,right_id,choice\n\"x,a,b,A\n", "r.csv");
        QVERIFY(!unclosed.ok());
        QVERIFY(unclosed.message().find("never closed") != std::string::npos);
        auto fields = parseCsv("item,left_id,right_id,choice\nx,a,b\n", "r.csv");
        QVERIFY(!fields.ok());
        QVERIFY(fields.message().find("3 fields, but the header has 4") != std::string::npos);
        // Not a rating export at all (a README with a quote mid-word further down): said as such,
        // not as that quote's line; a rating export's own quoting slip still names its line.
        auto readme = parseCsv("# MARS5 Studio\n\nA desktop studio\nthe \"studio\"'s window\n", "README.md");
        QVERIFY(!readme.ok());
        QVERIFY2(readme.message().find("README.md: the header row has no 'item' column; is this a MARS5 rating export?") !=
                     std::string::npos,
                 readme.message().c_str());
        // A binary file (a WAV chosen by mistake) is not quoted back byte by byte.
        auto binary = parseCsv(std::string("RIFF\x24\0\0\0WAVEfmt \x10\0\0\0\x01\0,\xff\xfe\n", 26), "take.wav");
        QVERIFY(!binary.ok());
        QCOMPARE(binary.message(), std::string("take.wav: not a rating export (its first line is not text)"));
        auto slip = parseCsv("item,left_id,right_id,choice\n\"x\"y,a,b,A\n", "r.csv");
        QVERIFY(!slip.ok());
        QVERIFY2(slip.message().find("r.csv line 2: text after a closing quote") != std::string::npos, slip.message().c_str());
        auto strength = parseCsv("item,left_id,right_id,choice,strength\nx,a,b,A,7\n", "r.csv");
        QVERIFY(!strength.ok());
        QVERIFY(!parseCsv("", "r.csv").ok());
        // A spreadsheet's BOM and CRLF are fine.
        auto bom = parseCsv("\xEF\xBB\xBFitem,left_id,right_id,choice\r\nx,a,b,left\r\n", "r.csv");
        QVERIFY(bom.ok());
        QCOMPARE(bom.value()[0].choice, Choice::A);
    }
};

QTEST_GUILESS_MAIN(TestRatingStats)
#include "test_rating_stats.moc"
