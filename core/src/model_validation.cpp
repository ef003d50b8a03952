// validateModelFile (model_files.h): structural validation through the real loaders, without
// converting a 1.5 GB checkpoint to float32. MARS5 checkpoints are checked from their tensor
// names, shapes and dtypes plus the two tokenizers (the same derivation and checks as
// loadMars5Checkpoint); Encodec and Vocos are loaded by their loaders (tens of MB).
#include "mars5/model_files.h"

#include "codec_loading.h"
#include "error_notices.h"
#include "failure.h"
#include "mars5_checkpoint.h"
#include "tokenizer.h"

#include "mars5/checkpoint_info.h"

#include <filesystem>

namespace mars5 {

namespace {

std::string checkMars5(const std::string& path, Mars5ModelKind kind) {
    Result<CheckpointInfo> info = inspectCheckpoint(path);  // a truncated file fails here
    if (!info.ok()) fail(info.error());
    std::vector<Mars5TensorSpec> specs;
    std::vector<std::string> dtypes;
    for (const auto& t : info->tensors) {
        specs.push_back({t.name, t.shape});
        dtypes.push_back(t.dtype);
    }
    requireMars5Kind(specs, dtypes, kind, path);
    const auto md = [&](const char* key) {
        const auto it = info->metadata.find(key);
        if (it == info->metadata.end() || it->second.empty())
            fail(ErrorKind::Format, path + ": the tokenizer " + key + " is missing: every MARS5 checkpoint carries both tokenizers");
        return it->second;
    };
    const std::string fileName = std::filesystem::path(path).filename().string();
    const Mars5Tokenizers tok = loadMars5Tokenizers(md("texttok.model"), md("speechtok.model"), fileName);
    std::optional<Mars5ConfigOverride> override;
    if (const std::string sidecar = findMars5ConfigSidecar(path); !sidecar.empty()) override = loadMars5ConfigOverride(sidecar);
    const Mars5ConfigOverride* o = override ? &*override : nullptr;
    std::string summary;
    if (kind == Mars5ModelKind::Ar) {
        const ArHyperParams hp = deriveArHyperParams(specs, tok.ids.nText, tok.ids.nSpeech, o, path);
        checkMars5Tensors(specs, dtypes, expectedArTensors(hp), path, std::string(describe(kind)) + " with " + summarize(hp));
        summary = summarize(hp);
    } else {
        const NarHyperParams hp = deriveNarHyperParams(specs, tok.ids.nText, o, path);
        checkMars5Tensors(specs, dtypes, expectedNarTensors(hp), path, std::string(describe(kind)) + " with " + summarize(hp));
        summary = summarize(hp);
    }
    return std::string(describe(kind)) + ", " + info->format + ", " + std::to_string(specs.size()) + " tensors, " + summary;
}

}  // namespace

Result<std::string> validateModelFile(const std::string& path, ModelRole role) {
    return guarded([&]() -> std::string {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) fail(ErrorKind::InvalidArgument, folderNotCheckpointNotice(path));
        if (!std::filesystem::is_regular_file(path, ec)) fail(ErrorKind::Io, noSuchFileNotice(path));
        switch (role) {
        case ModelRole::Mars5Ar: return checkMars5(path, Mars5ModelKind::Ar);
        case ModelRole::Mars5Nar: return checkMars5(path, Mars5ModelKind::Nar);
        case ModelRole::Encodec: {
            const EncodecWeights w = loadEncodecWeights(path);
            return "Encodec, " + std::to_string(w.config.nFilters) + " filters, dimension " +
                   std::to_string(w.config.dimension) + ", " + std::to_string(w.config.numCodebooks) + " codebooks";
        }
        case ModelRole::VocosWeights: {
            const VocosWeights w = loadVocosWeights(path);
            return "Vocos, dim " + std::to_string(w.config.dim) + ", " + std::to_string(w.config.numLayers) +
                   " ConvNeXt blocks, n_fft " + std::to_string(w.config.nFft);
        }
        case ModelRole::VocosConfig: {
            const VocosConfig c = vocosConfigFromYaml(path);
            return "Vocos config: dim " + std::to_string(c.dim) + ", " + std::to_string(c.numLayers) + " layers, hop " +
                   std::to_string(c.hopLength);
        }
        }
        fail(ErrorKind::InvalidArgument, "unknown model role");
    });
}

}  // namespace mars5
