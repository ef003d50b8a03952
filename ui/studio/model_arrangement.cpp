#include "studio/model_arrangement.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <utility>

namespace mars5::ui {

namespace {

std::string* slotOf(mars5::ModelPaths& paths, mars5::ModelRole role) {
    switch (role) {
    case mars5::ModelRole::Mars5Ar: return &paths.ar;
    case mars5::ModelRole::Mars5Nar: return &paths.nar;
    case mars5::ModelRole::Encodec: return &paths.encodec;
    case mars5::ModelRole::VocosWeights: return &paths.vocos;
    case mars5::ModelRole::VocosConfig: break;
    }
    return nullptr;
}

}  // namespace

std::optional<ModelArrangement> rearrangedModelFiles(const mars5::ModelPaths& paths, const std::vector<mars5::ModelRole>& refused) {
    mars5::ModelPaths start = paths;
    std::vector<mars5::ModelRole> slots;
    std::vector<std::string> files;  // files[i] is in slots[i] now; "" for an empty slot
    std::size_t chosen = 0;
    for (mars5::ModelRole role : refused)
        if (std::string* slot = slotOf(start, role)) {
            slots.push_back(role);
            files.push_back(*slot);
            chosen += slot->empty() ? 0 : 1;
        }
    if (slots.size() < 2 || chosen == 0) return std::nullopt;
    // At most 4 slots: every permutation (24) with each (file, slot) check done once.
    std::map<std::pair<std::size_t, std::size_t>, bool> fits;
    auto fileFits = [&](std::size_t file, std::size_t slot) {
        if (files[file].empty()) return false;
        const auto key = std::make_pair(file, slot);
        if (auto it = fits.find(key); it != fits.end()) return it->second;
        return fits[key] = mars5::validateModelFile(files[file], slots[slot]).ok();
    };
    std::vector<std::size_t> order(slots.size()), best;
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::size_t bestPassing = 0, bestMoves = 0;
    // The arrangement already refused (the identity) passes nothing; next_permutation skips it.
    while (std::next_permutation(order.begin(), order.end())) {
        std::size_t passing = 0, moves = 0;
        for (std::size_t s = 0; s < slots.size(); ++s) {
            passing += fileFits(order[s], s) ? 1 : 0;
            moves += order[s] != s && !files[order[s]].empty() ? 1 : 0;
        }
        if (passing > bestPassing || (passing == bestPassing && passing > 0 && moves < bestMoves)) {
            best = order;
            bestPassing = passing;
            bestMoves = moves;
        }
    }
    if (bestPassing == 0) return std::nullopt;
    ModelArrangement result{paths, bestPassing == chosen};
    for (std::size_t s = 0; s < slots.size(); ++s) *slotOf(result.paths, slots[s]) = files[best[s]];
    return result;
}

}  // namespace mars5::ui
