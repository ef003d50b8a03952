// Turning comparisons into a blind rating session: which pairs to compare (every pair, or a
// tournament schedule that spreads the pairs evenly over the items), in what order, and
// which side is heard as A. Everything comes from one 64-bit seed through splitmix64 and
// integer arithmetic only, so the same seed gives the same session on every machine and
// compiler (std::shuffle and std::uniform_int_distribution are not specified that tightly).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mars5::rating {

// One side of a comparison: a system's rendering of an item.
struct Stimulus {
    std::string system;
    std::string file;
};

// One item as several systems rendered it (two for A/B, N for a tournament).
struct ItemRenderings {
    std::string item;
    std::string transcript;          // may be empty
    std::vector<Stimulus> stimuli;   // one per system, in a fixed order
};

struct PlannedTrial {
    std::string item;
    std::string transcript;
    Stimulus a, b;     // as presented
    bool swapped = false;  // a/b is the reverse of the scheduled pair order
};

struct PlanOptions {
    std::uint64_t seed = 0;
    // Tournament: pairs compared per item (0 = every pair of systems for every item). The
    // pairs rotate through the items so every system and every pair gets the same exposure
    // to within one comparison.
    int pairsPerItem = 0;
    bool shuffleOrder = true;
    bool randomiseSides = true;
};

// Bounded draw in [0, n) without modulo bias, from the generator's raw output.
std::uint64_t uniformBelow(std::uint64_t n, std::uint64_t& state);

std::vector<PlannedTrial> planTrials(const std::vector<ItemRenderings>& items, const PlanOptions& options);

// A fresh seed from the clock and std::random_device, for new sessions.
std::uint64_t freshSeed();

}  // namespace mars5::rating
