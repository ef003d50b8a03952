// Model files chosen for the wrong slots (the AR's file as the NAR and the NAR's as the AR, the
// Vocos weights as Encodec and Encodec as Vocos): the arrangement in which the most refused
// files pass, so that Set up model can offer to put each file in its place with one click.
#pragma once

#include "mars5/engine.h"
#include "mars5/model_files.h"

#include <optional>
#include <vector>

namespace mars5::ui {

struct ModelArrangement {
    mars5::ModelPaths paths;
    bool complete = false;  // every refused file passes where it is put
};

// `refused`: the slots whose files failed their check (an empty slot among them can receive a
// file). Only those files move, and only among those slots (the four weight files; the Vocos
// config is not a candidate). Of the arrangements, the one in which the most files pass, with
// the fewest moves; a file that fits nowhere takes a slot another file left. Empty when no file
// passes anywhere else. Validates each file against the other slots, so it runs where the checks
// run: on the worker thread.
std::optional<ModelArrangement> rearrangedModelFiles(const mars5::ModelPaths& paths, const std::vector<mars5::ModelRole>& refused);

}  // namespace mars5::ui
