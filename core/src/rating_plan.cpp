#include "mars5/rating_plan.h"

#include <chrono>
#include <random>
#include <utility>

namespace mars5::rating {

namespace {

// splitmix64: a fully specified generator, so plans never depend on the standard library.
std::uint64_t next(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

}  // namespace

std::uint64_t uniformBelow(std::uint64_t n, std::uint64_t& state) {
    if (n <= 1) return 0;
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;  // reject the biased tail
    std::uint64_t r;
    do r = next(state);
    while (r >= limit);
    return r % n;
}

std::vector<PlannedTrial> planTrials(const std::vector<ItemRenderings>& items, const PlanOptions& options) {
    std::vector<PlannedTrial> trials;
    std::size_t rotation = 0;  // where the tournament schedule continues for the next item
    for (const auto& item : items) {
        const std::size_t n = item.stimuli.size();
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) pairs.emplace_back(i, j);
        if (pairs.empty()) continue;
        std::size_t count = pairs.size();
        if (options.pairsPerItem > 0 && static_cast<std::size_t>(options.pairsPerItem) < pairs.size())
            count = static_cast<std::size_t>(options.pairsPerItem);
        for (std::size_t k = 0; k < count; ++k) {
            const auto& [i, j] = pairs[(rotation + k) % pairs.size()];
            PlannedTrial t;
            t.item = item.item;
            t.transcript = item.transcript;
            t.a = item.stimuli[i];
            t.b = item.stimuli[j];
            trials.push_back(std::move(t));
        }
        rotation = (rotation + count) % pairs.size();
    }

    std::uint64_t state = options.seed;
    if (options.shuffleOrder)  // Fisher–Yates
        for (std::size_t i = trials.size(); i > 1; --i) std::swap(trials[i - 1], trials[uniformBelow(i, state)]);
    if (options.randomiseSides)
        for (auto& t : trials)
            if (uniformBelow(2, state) == 1) {
                std::swap(t.a, t.b);
                t.swapped = true;
            }
    return trials;
}

std::uint64_t freshSeed() {
    std::random_device device;
    const auto now = static_cast<std::uint64_t>(std::chrono::high_resolution_clock::now().time_since_epoch().count());
    std::uint64_t seed = (static_cast<std::uint64_t>(device()) << 32) ^ device() ^ now;
    return seed & 0x7fffffffffffffffull;  // fits SQLite's signed INTEGER and JSON readers
}

}  // namespace mars5::rating
