// Statistics of blind A/B preference judgements: win rates with Wilson 95% intervals, the
// two-sided sign test, and a Bradley–Terry ranking with bootstrap intervals. Plain C++ (no
// Qt, no torch), shared by the studio's statistics view and `mars5-cli rate-stats`.
//
// Conventions
//  - A "system" is whatever produced one side of a comparison: ground truth, a preset, a
//    seed, a folder. Items are the sentences both sides say.
//  - Ties ("no preference") are reported everywhere but counted nowhere: the sign test,
//    the win rates and the Bradley–Terry fit use decisive judgements only.
//  - Everything is deterministic: the bootstrap draws from a seeded mt19937_64.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mars5::rating {

enum class Choice { A, B, Tie };

const char* toString(Choice choice);          // "A", "B", "tie"
bool parseChoice(const std::string& text, Choice& out);  // also accepts left/right/none/0/1/2

// What the statistics need of one judgement.
struct Judgement {
    std::string item;
    std::string systemA;  // the system heard as A
    std::string systemB;
    Choice choice = Choice::Tie;
};

struct Interval {
    double low = 0.0;
    double high = 1.0;
};

// Wilson score interval for `successes` out of `trials` (z = 1.959964 for 95%). With no
// trials the interval is [0, 1].
Interval wilsonInterval(long successes, long trials, double z = 1.959963984540054);

// Exact two-sided sign test of `wins` against `losses` (ties are left out by the caller):
// P(|X - n/2| >= |wins - n/2|) for X ~ Binomial(wins + losses, 1/2). 1 when n = 0.
double signTestTwoSided(long wins, long losses);

// One unordered pair of systems, first < second by name.
struct PairStats {
    std::string first, second;
    long firstWins = 0, secondWins = 0, ties = 0;
    long decisive() const { return firstWins + secondWins; }
    long total() const { return decisive() + ties; }
    double firstWinRate = 0.5;  // firstWins / decisive (0.5 when none)
    Interval firstWinRateCi;    // Wilson 95%
    double pValue = 1.0;        // two-sided sign test, ties not counted
};

struct SystemStats {
    std::string name;
    long wins = 0, losses = 0, ties = 0;
    double winRate = 0.5;  // wins / (wins + losses)
    Interval winRateCi;
    // Bradley–Terry strength on the log scale, centred so the systems average 0. exp(a - b)
    // is the fitted odds that a is preferred to b.
    double btScore = 0.0;
    Interval btCi;          // bootstrap percentile 95% interval of btScore
    double btWinProbability = 0.5;  // fitted chance of beating an average (score 0) system
};

struct BradleyTerryFit {
    std::vector<std::string> systems;  // sorted by name
    std::vector<double> scores;        // log strengths, mean 0, in the order of `systems`
    int iterations = 0;
    bool converged = false;
    bool regularised = false;  // the plain MLE did not exist; 0.5 virtual wins per compared pair were added
};

// Minorisation–maximisation fit (Hunter 2004) of the decisive judgements. `virtualWins`
// adds that many wins to each side of every compared pair (a shrinkage prior); with
// `autoRegularise` a fit whose maximum-likelihood estimate does not exist (a system that
// won or lost everything, or a comparison graph in separate pieces) is redone with 0.5.
BradleyTerryFit fitBradleyTerry(const std::vector<Judgement>& judgements, double virtualWins = 0.0,
                                bool autoRegularise = true, int maxIterations = 10000, double tolerance = 1e-10);

struct StatsOptions {
    int bootstrapSamples = 1000;
    std::uint64_t bootstrapSeed = 20240601;
    // Fewer decisive judgements than this for a pair (or a system) draws a warning.
    long minDecisivePerPair = 10;
    long minDecisiveTotal = 30;
};

struct RatingStats {
    long judgements = 0, decisive = 0, ties = 0;
    // How often side A was chosen among decisive judgements, and the sign test of it against
    // 50%: a small p-value means the raters favour one side whatever plays there.
    long chosenA = 0, chosenB = 0;
    double sideBiasPValue = 1.0;
    std::vector<PairStats> pairs;      // sorted by (first, second)
    std::vector<SystemStats> systems;  // sorted by Bradley–Terry lower bound, best first
    BradleyTerryFit fit;
    std::vector<std::string> warnings;  // in words, e.g. "too few trials" notes
};

RatingStats computeStats(const std::vector<Judgement>& judgements, const StatsOptions& options = {});

// The statistics as aligned plain text (what mars5-cli prints) or as JSON text.
std::string formatStatsText(const RatingStats& stats);
std::string formatStatsJson(const RatingStats& stats);

}  // namespace mars5::rating
