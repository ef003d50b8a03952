#include "mars5/rating_stats.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <sstream>

namespace mars5::rating {

const char* toString(Choice choice) {
    switch (choice) {
    case Choice::A: return "A";
    case Choice::B: return "B";
    case Choice::Tie: return "tie";
    }
    return "tie";
}

bool parseChoice(const std::string& raw, Choice& out) {
    std::string text;
    for (char c : raw)
        if (c != ' ' && c != '\t' && c != '\r') text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text == "a" || text == "left" || text == "1") { out = Choice::A; return true; }
    if (text == "b" || text == "right" || text == "2") { out = Choice::B; return true; }
    if (text == "tie" || text == "none" || text == "0" || text == "no preference" || text == "nopreference") {
        out = Choice::Tie;
        return true;
    }
    return false;
}

Interval wilsonInterval(long successes, long trials, double z) {
    if (trials <= 0) return {0.0, 1.0};
    const double n = static_cast<double>(trials);
    const double p = static_cast<double>(successes) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double signTestTwoSided(long wins, long losses) {
    const long n = wins + losses;
    if (n <= 0) return 1.0;
    const long k = std::min(wins, losses);
    // Sum of the lower tail P(X <= k), in logs so that n in the thousands stays exact enough.
    const double logHalfN = -static_cast<double>(n) * std::log(2.0);
    double tail = 0.0;
    for (long i = 0; i <= k; ++i) {
        const double logC = std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0);
        tail += std::exp(logC + logHalfN);
    }
    return std::min(1.0, 2.0 * tail);
}

namespace {

struct Tallies {
    std::vector<std::string> systems;            // sorted
    std::map<std::string, int> index;
    std::vector<std::vector<double>> wins;       // wins[i][j]: i preferred to j
};

Tallies tally(const std::vector<Judgement>& judgements) {
    Tallies t;
    for (const auto& j : judgements) {
        t.index.emplace(j.systemA, 0);
        t.index.emplace(j.systemB, 0);
    }
    for (auto& [name, i] : t.index) {
        i = static_cast<int>(t.systems.size());
        t.systems.push_back(name);
    }
    const std::size_t n = t.systems.size();
    t.wins.assign(n, std::vector<double>(n, 0.0));
    for (const auto& j : judgements) {
        if (j.choice == Choice::Tie || j.systemA == j.systemB) continue;
        const int a = t.index[j.systemA], b = t.index[j.systemB];
        if (j.choice == Choice::A) t.wins[a][b] += 1.0;
        else t.wins[b][a] += 1.0;
    }
    return t;
}

// The MLE exists iff the directed "beat" graph is strongly connected (Zermelo/Ford).
bool mleExists(const std::vector<std::vector<double>>& wins) {
    const std::size_t n = wins.size();
    if (n < 2) return true;
    auto reachesAll = [&](bool forward) {
        std::vector<char> seen(n, 0);
        std::vector<std::size_t> stack{0};
        seen[0] = 1;
        while (!stack.empty()) {
            const std::size_t i = stack.back();
            stack.pop_back();
            for (std::size_t j = 0; j < n; ++j)
                if (!seen[j] && (forward ? wins[i][j] : wins[j][i]) > 0) {
                    seen[j] = 1;
                    stack.push_back(j);
                }
        }
        return std::all_of(seen.begin(), seen.end(), [](char c) { return c != 0; });
    };
    return reachesAll(true) && reachesAll(false);
}

// Hunter's MM update p_i <- W_i / sum_j n_ij / (p_i + p_j), renormalised each sweep.
void mmFit(const std::vector<std::vector<double>>& wins, std::vector<double>& logScores, int& iterations,
           bool& converged, int maxIterations, double tolerance) {
    const std::size_t n = wins.size();
    std::vector<double> p(n, 1.0), next(n, 1.0);
    converged = n < 2;
    iterations = 0;
    for (int it = 0; it < maxIterations && !converged; ++it) {
        iterations = it + 1;
        for (std::size_t i = 0; i < n; ++i) {
            double w = 0.0, denominator = 0.0;
            for (std::size_t j = 0; j < n; ++j) {
                if (i == j) continue;
                w += wins[i][j];
                const double nij = wins[i][j] + wins[j][i];
                if (nij > 0) denominator += nij / (p[i] + p[j]);
            }
            next[i] = denominator > 0 ? w / denominator : p[i];
            if (next[i] <= 0) next[i] = 1e-300;
        }
        double logMean = 0.0;
        for (double v : next) logMean += std::log(v);
        logMean /= static_cast<double>(n);
        const double scale = std::exp(-logMean);
        double change = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            next[i] *= scale;
            change = std::max(change, std::fabs(std::log(next[i]) - std::log(p[i])));
        }
        p.swap(next);
        converged = change < tolerance;
    }
    logScores.resize(n);
    double mean = 0.0;
    for (std::size_t i = 0; i < n; ++i) mean += (logScores[i] = std::log(p[i]));
    mean /= n > 0 ? static_cast<double>(n) : 1.0;
    for (double& s : logScores) s -= mean;
}

BradleyTerryFit fitTallies(const Tallies& t, double virtualWins, bool autoRegularise, int maxIterations,
                           double tolerance) {
    BradleyTerryFit fit;
    fit.systems = t.systems;
    auto wins = t.wins;
    const std::size_t n = wins.size();
    auto addVirtual = [&](double v) {
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (i != j && (t.wins[i][j] + t.wins[j][i]) > 0) wins[i][j] += v;
    };
    if (virtualWins > 0) addVirtual(virtualWins);
    if (autoRegularise && !mleExists(wins)) {
        // Connect every pair lightly so a system that won everything gets a large but
        // finite score instead of infinity, and separate groups stay comparable.
        const double v = 0.5;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (i != j) wins[i][j] += v;
        fit.regularised = true;
    }
    mmFit(wins, fit.scores, fit.iterations, fit.converged, maxIterations, tolerance);
    return fit;
}

std::string fmt(const char* format, double a, double b = 0.0, double c = 0.0) {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, format, a, b, c);
    return buffer;
}

std::string pText(double p) {
    return p < 0.0001 ? std::string("<0.0001") : fmt("%.4f", p);
}

}  // namespace

BradleyTerryFit fitBradleyTerry(const std::vector<Judgement>& judgements, double virtualWins, bool autoRegularise,
                                int maxIterations, double tolerance) {
    return fitTallies(tally(judgements), virtualWins, autoRegularise, maxIterations, tolerance);
}

RatingStats computeStats(const std::vector<Judgement>& judgements, const StatsOptions& options) {
    RatingStats stats;
    stats.judgements = static_cast<long>(judgements.size());

    std::map<std::pair<std::string, std::string>, PairStats> pairs;
    std::map<std::string, SystemStats> systems;
    for (const auto& j : judgements) {
        systems[j.systemA].name = j.systemA;
        systems[j.systemB].name = j.systemB;
        if (j.choice == Choice::Tie) {
            ++stats.ties;
            ++systems[j.systemA].ties;
            ++systems[j.systemB].ties;
        } else {
            ++stats.decisive;
            ++(j.choice == Choice::A ? stats.chosenA : stats.chosenB);
            const std::string& winner = j.choice == Choice::A ? j.systemA : j.systemB;
            const std::string& loser = j.choice == Choice::A ? j.systemB : j.systemA;
            ++systems[winner].wins;
            ++systems[loser].losses;
        }
        if (j.systemA == j.systemB) continue;
        const bool aFirst = j.systemA < j.systemB;
        auto& pair = pairs[aFirst ? std::make_pair(j.systemA, j.systemB) : std::make_pair(j.systemB, j.systemA)];
        pair.first = aFirst ? j.systemA : j.systemB;
        pair.second = aFirst ? j.systemB : j.systemA;
        if (j.choice == Choice::Tie) ++pair.ties;
        else if ((j.choice == Choice::A) == aFirst) ++pair.firstWins;
        else ++pair.secondWins;
    }
    stats.sideBiasPValue = signTestTwoSided(stats.chosenA, stats.chosenB);

    for (auto& [key, pair] : pairs) {
        const long d = pair.decisive();
        pair.firstWinRate = d > 0 ? static_cast<double>(pair.firstWins) / d : 0.5;
        pair.firstWinRateCi = wilsonInterval(pair.firstWins, d);
        pair.pValue = signTestTwoSided(pair.firstWins, pair.secondWins);
        if (d < options.minDecisivePerPair)
            stats.warnings.push_back("Too few trials: " + pair.first + " vs " + pair.second + " has " +
                                     std::to_string(d) + " decisive judgement" + (d == 1 ? "" : "s") +
                                     " (at least " + std::to_string(options.minDecisivePerPair) +
                                     " are needed for a useful interval).");
        stats.pairs.push_back(pair);
    }
    if (stats.decisive < options.minDecisiveTotal)
        stats.warnings.push_back("Too few trials overall: " + std::to_string(stats.decisive) +
                                 " decisive judgements; rankings from fewer than " +
                                 std::to_string(options.minDecisiveTotal) + " are unreliable.");

    const Tallies t = tally(judgements);
    stats.fit = fitTallies(t, 0.0, true, 10000, 1e-10);
    if (stats.fit.regularised && t.systems.size() >= 2)
        stats.warnings.push_back("Bradley–Terry: some system won or lost every comparison (or the systems "
                                 "were not all compared with each other), so its score was shrunk with 0.5 "
                                 "virtual wins per pair; treat the ranking as provisional.");

    // Bootstrap: resample the decisive judgements with replacement and refit.
    // Each as (winner, loser) indices, looked up once: two map lookups by name per draw made a
    // 30,000-judgement export take seconds.
    std::vector<std::pair<int, int>> decisive;
    for (const auto& j : judgements)
        if (j.choice != Choice::Tie && j.systemA != j.systemB) {
            const int a = t.index.at(j.systemA), b = t.index.at(j.systemB);
            decisive.push_back(j.choice == Choice::A ? std::make_pair(a, b) : std::make_pair(b, a));
        }
    const std::size_t n = t.systems.size();
    std::vector<std::vector<double>> samples(n);
    if (!decisive.empty() && n >= 2 && options.bootstrapSamples > 0) {
        std::mt19937_64 rng(options.bootstrapSeed);
        Tallies resampled;
        resampled.systems = t.systems;
        resampled.index = t.index;
        for (int b = 0; b < options.bootstrapSamples; ++b) {
            resampled.wins.assign(n, std::vector<double>(n, 0.0));
            for (std::size_t k = 0; k < decisive.size(); ++k) {
                const auto [winner, loser] = decisive[rng() % decisive.size()];
                resampled.wins[winner][loser] += 1.0;
            }
            const BradleyTerryFit f = fitTallies(resampled, 0.0, true, 2000, 1e-8);
            for (std::size_t i = 0; i < n; ++i) samples[i].push_back(f.scores[i]);
        }
    }

    for (std::size_t i = 0; i < n; ++i) {
        SystemStats s = systems[t.systems[i]];
        const long d = s.wins + s.losses;
        s.winRate = d > 0 ? static_cast<double>(s.wins) / d : 0.5;
        s.winRateCi = wilsonInterval(s.wins, d);
        s.btScore = stats.fit.scores.empty() ? 0.0 : stats.fit.scores[i];
        s.btWinProbability = 1.0 / (1.0 + std::exp(-s.btScore));
        if (!samples[i].empty()) {
            auto v = samples[i];
            std::sort(v.begin(), v.end());
            auto at = [&](double q) {
                const double pos = q * static_cast<double>(v.size() - 1);
                const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
                const std::size_t hi = std::min(v.size() - 1, lo + 1);
                return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
            };
            s.btCi = {at(0.025), at(0.975)};
        } else {
            s.btCi = {s.btScore, s.btScore};
        }
        stats.systems.push_back(s);
    }
    std::stable_sort(stats.systems.begin(), stats.systems.end(), [](const SystemStats& a, const SystemStats& b) {
        if (a.btCi.low != b.btCi.low) return a.btCi.low > b.btCi.low;
        return a.btScore > b.btScore;
    });
    return stats;
}

std::string formatStatsText(const RatingStats& stats) {
    std::ostringstream out;
    out << "judgements: " << stats.judgements << " (" << stats.decisive << " decisive, " << stats.ties
        << " ties reported, not counted)\n";
    if (stats.decisive > 0)
        out << "side bias:  A chosen " << stats.chosenA << ", B chosen " << stats.chosenB
            << " (sign test p=" << pText(stats.sideBiasPValue) << ")\n";
    out << "\nsystems (Bradley-Terry, sorted by the lower bound of the 95% bootstrap interval)\n";
    char line[512];
    std::snprintf(line, sizeof line, "  %-4s %-24s %8s %19s %6s %6s %5s %8s %17s\n", "rank", "system", "BT score",
                  "BT 95% CI", "wins", "losses", "ties", "win rate", "Wilson 95% CI");
    out << line;
    int rank = 1;
    for (const auto& s : stats.systems) {
        std::snprintf(line, sizeof line, "  %-4d %-24s %8.3f  [%7.3f, %7.3f] %6ld %6ld %5ld %7.1f%%   [%5.1f%%, %5.1f%%]\n",
                      rank++, s.name.c_str(), s.btScore, s.btCi.low, s.btCi.high, s.wins, s.losses, s.ties,
                      100.0 * s.winRate, 100.0 * s.winRateCi.low, 100.0 * s.winRateCi.high);
        out << line;
    }
    out << "\npairs (win rate of the first system; ties reported, not counted)\n";
    std::snprintf(line, sizeof line, "  %-24s %-24s %6s %6s %5s %8s %17s %9s\n", "first", "second", "wins", "losses",
                  "ties", "win rate", "Wilson 95% CI", "sign p");
    out << line;
    for (const auto& p : stats.pairs) {
        std::snprintf(line, sizeof line, "  %-24s %-24s %6ld %6ld %5ld %7.1f%%   [%5.1f%%, %5.1f%%] %9s\n",
                      p.first.c_str(), p.second.c_str(), p.firstWins, p.secondWins, p.ties, 100.0 * p.firstWinRate,
                      100.0 * p.firstWinRateCi.low, 100.0 * p.firstWinRateCi.high, pText(p.pValue).c_str());
        out << line;
    }
    if (!stats.warnings.empty()) {
        out << '\n';
        for (const auto& w : stats.warnings) out << "warning: " << w << '\n';
    }
    return out.str();
}

std::string formatStatsJson(const RatingStats& stats) {
    nlohmann::ordered_json j;
    j["judgements"] = stats.judgements;
    j["decisive"] = stats.decisive;
    j["ties"] = stats.ties;
    j["chosen_a"] = stats.chosenA;
    j["chosen_b"] = stats.chosenB;
    j["side_bias_p"] = stats.sideBiasPValue;
    auto systems = nlohmann::ordered_json::array();
    for (const auto& s : stats.systems)
        systems.push_back({{"system", s.name}, {"bt_score", s.btScore}, {"bt_ci", {s.btCi.low, s.btCi.high}},
                           {"bt_win_probability", s.btWinProbability}, {"wins", s.wins}, {"losses", s.losses},
                           {"ties", s.ties}, {"win_rate", s.winRate},
                           {"win_rate_ci", {s.winRateCi.low, s.winRateCi.high}}});
    j["systems"] = systems;
    auto pairs = nlohmann::ordered_json::array();
    for (const auto& p : stats.pairs)
        pairs.push_back({{"first", p.first}, {"second", p.second}, {"first_wins", p.firstWins},
                         {"second_wins", p.secondWins}, {"ties", p.ties}, {"first_win_rate", p.firstWinRate},
                         {"first_win_rate_ci", {p.firstWinRateCi.low, p.firstWinRateCi.high}},
                         {"sign_test_p", p.pValue}});
    j["pairs"] = pairs;
    j["bradley_terry"] = {{"iterations", stats.fit.iterations}, {"converged", stats.fit.converged},
                          {"regularised", stats.fit.regularised}};
    j["warnings"] = stats.warnings;
    return j.dump(2) + "\n";
}

}  // namespace mars5::rating
