// What a checkpoint file holds, without loading a model: used by `mars5-cli info`
// and by the studio's model setup to tell a user what a file is before using it.
#pragma once

#include "mars5/error.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mars5 {

struct TensorSummary {
    std::string name;
    std::string dtype;  // safetensors spelling: F32, F16, BF16, I64, ...
    std::vector<std::int64_t> shape;
};

enum class ModelKind {
    Unknown,
    Mars5Ar,       // MARS5 AR "CodecLM"
    Mars5Nar,      // MARS5 NAR "ResidualTransformer"
    Encodec24k,    // Encodec, original facebookresearch names
    Encodec24kHf,  // Encodec, Hugging Face transformers names
    Vocos,         // Vocos, encodec variant
};

const char* describe(ModelKind kind);

struct CheckpointInfo {
    std::string path;
    std::string format;  // "safetensors" or "PyTorch zip (torch.save)"
    std::uint64_t fileBytes = 0;
    std::vector<TensorSummary> tensors;             // in file order
    std::map<std::string, std::size_t> dtypeCounts;  // dtype -> number of tensors
    std::uint64_t totalParameters = 0;               // total elements over all tensors
    std::map<std::string, std::string> metadata;     // safetensors __metadata__
    ModelKind model = ModelKind::Unknown;
};

// Recognises the model from its tensor names (and shapes where names are shared).
ModelKind guessModel(const std::vector<TensorSummary>& tensors);

Result<CheckpointInfo> inspectCheckpoint(const std::string& path);

}  // namespace mars5
