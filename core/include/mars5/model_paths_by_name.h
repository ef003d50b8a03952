// The model files among some given files, told apart by their names alone with the rules
// ModelPaths::fromFolder uses for a folder (files dropped on the studio's Set up model, say). A
// file inside a folder named encodec/ or vocos/ counts as that subfolder's, as in the published
// layouts (encodec/model.safetensors, vocos/pytorch_model.bin). Nothing is opened: the loaders
// check the contents.
#pragma once

#include "mars5/engine.h"

#include <string>
#include <vector>

namespace mars5 {

struct NamedModelFiles {
    ModelPaths paths;  // each role's file among them, or ""
    // The files given a role by no rule, or whose role an earlier file took, in the given order.
    std::vector<std::string> unrecognised;
};

NamedModelFiles modelPathsByName(const std::vector<std::string>& files);

}  // namespace mars5
