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

std::optional<mars5::ModelPaths> rearrangedModelFiles(const mars5::ModelPaths& paths, const std::vector<mars5::ModelRole>& refused) {
    mars5::ModelPaths result = paths;
    std::vector<mars5::ModelRole> slots;
    std::vector<std::string> files;
    for (mars5::ModelRole role : refused)
        if (std::string* slot = slotOf(result, role); slot && !slot->empty()) {
            slots.push_back(role);
            files.push_back(*slot);
        }
    if (slots.size() < 2) return std::nullopt;
    // At most 4 slots: every permutation (24) with each (file, slot) check done once.
    std::map<std::pair<std::size_t, std::size_t>, bool> fits;
    auto fileFits = [&](std::size_t file, std::size_t slot) {
        const auto key = std::make_pair(file, slot);
        if (auto it = fits.find(key); it != fits.end()) return it->second;
        return fits[key] = mars5::validateModelFile(files[file], slots[slot]).ok();
    };
    std::vector<std::size_t> order(slots.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    while (std::next_permutation(order.begin(), order.end())) {  // skips the arrangement already refused
        bool all = true;
        for (std::size_t s = 0; s < slots.size() && all; ++s) all = fileFits(order[s], s);
        if (!all) continue;
        for (std::size_t s = 0; s < slots.size(); ++s) *slotOf(result, slots[s]) = files[order[s]];
        return result;
    }
    return std::nullopt;
}

}  // namespace mars5::ui
