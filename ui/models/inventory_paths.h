// The model manager's findings as the engine's ModelPaths: the best usable file of each role.
// Shared by Models… ("Use these files") and Set up model (a folder, the usual places).
#pragma once

#include "mars5/engine.h"
#include "mars5/model_files.h"

namespace mars5::ui {

// `base` with each role the inventory has a usable file for replaced by that file; the other
// roles keep base's paths (so only what is still missing needs choosing by hand).
inline ModelPaths withFoundFiles(const ModelInventory& inventory, ModelPaths base = {}) {
    const std::pair<ModelRole, std::string*> roles[] = {{ModelRole::Mars5Ar, &base.ar},
                                                        {ModelRole::Mars5Nar, &base.nar},
                                                        {ModelRole::Encodec, &base.encodec},
                                                        {ModelRole::VocosWeights, &base.vocos},
                                                        {ModelRole::VocosConfig, &base.vocosConfig}};
    for (const auto& [role, into] : roles)
        if (const FoundModelFile* f = inventory.best(role)) *into = f->path;
    return base;
}

}  // namespace mars5::ui
