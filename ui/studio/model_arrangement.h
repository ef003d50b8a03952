// Model files chosen for the wrong slots (the AR's file as the NAR and the NAR's as the AR, the
// Vocos weights as Encodec and Encodec as Vocos): the arrangement in which every refused file
// passes, so that Set up model can offer to put each file in its place with one click.
#pragma once

#include "mars5/engine.h"
#include "mars5/model_files.h"

#include <optional>
#include <vector>

namespace mars5::ui {

// `refused`: the slots whose files failed their check. Only those files move, and only among
// those slots (the four weight files; the Vocos config is not a candidate). Empty when no other
// arrangement lets every refused file pass. Validates each file against the other slots, so it
// runs where the checks run: on the worker thread.
std::optional<mars5::ModelPaths> rearrangedModelFiles(const mars5::ModelPaths& paths, const std::vector<mars5::ModelRole>& refused);

}  // namespace mars5::ui
