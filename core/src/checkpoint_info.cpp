#include "mars5/checkpoint_info.h"

#include "error_notices.h"
#include "failure.h"
#include "safetensors.h"
#include "torch_pickle.h"
#include "unrecognised_file.h"

#include <cstdio>
#include <cstring>
#include <fstream>

namespace mars5 {

namespace {

bool hasPrefix(const std::vector<TensorSummary>& tensors, const char* prefix) {
    const std::size_t n = std::strlen(prefix);
    for (const auto& t : tensors)
        if (t.name.compare(0, n, prefix) == 0) return true;
    return false;
}


}  // namespace

const char* describe(ModelKind kind) {
    switch (kind) {
    case ModelKind::Mars5Ar: return "MARS5 AR model (CodecLM)";
    case ModelKind::Mars5Nar: return "MARS5 NAR model (ResidualTransformer)";
    case ModelKind::Encodec24k: return "Encodec 24 kHz codec (original names)";
    case ModelKind::Encodec24kHf: return "Encodec 24 kHz codec (Hugging Face names)";
    case ModelKind::Vocos: return "Vocos vocoder (encodec variant)";
    case ModelKind::Unknown: break;
    }
    return "unknown model";
}

ModelKind guessModel(const std::vector<TensorSummary>& tensors) {
    if (hasPrefix(tensors, "ar.layers.") && hasPrefix(tensors, "spk_encoder.")) return ModelKind::Mars5Ar;
    if (hasPrefix(tensors, "tfm.encoder.") && hasPrefix(tensors, "residual_decoder.")) return ModelKind::Mars5Nar;
    if (hasPrefix(tensors, "encoder.model.") && hasPrefix(tensors, "quantizer.vq.layers.")) return ModelKind::Encodec24k;
    if (hasPrefix(tensors, "encoder.layers.") && hasPrefix(tensors, "quantizer.layers.")) return ModelKind::Encodec24kHf;
    if (hasPrefix(tensors, "backbone.convnext.") && hasPrefix(tensors, "head.out.")) return ModelKind::Vocos;
    return ModelKind::Unknown;
}

Result<CheckpointInfo> inspectCheckpoint(const std::string& path) {
    return guarded([&] {
        CheckpointInfo info;
        info.path = path;
        switch (sniffCheckpointContainer(path)) {
        case CheckpointContainer::Safetensors: {
            const SafetensorsFile file = SafetensorsFile::open(path);
            info.format = "safetensors";
            info.fileBytes = file.fileSize();
            info.metadata = file.metadata();
            for (const auto& e : file.entries()) info.tensors.push_back({e.name, e.dtype, e.shape});
            break;
        }
        case CheckpointContainer::TorchZip: {
            // Read with the whitelisting pickle reader (nothing in the file is executed).
            const TorchCheckpoint ckpt = loadTorchCheckpoint(path);
            info.format = "PyTorch zip (torch.save)";
            std::ifstream in(path, std::ios::binary | std::ios::ate);
            info.fileBytes = static_cast<std::uint64_t>(in.tellg());
            for (const auto& [name, t] : stateDict(*ckpt.root, path))
                info.tensors.push_back({name, safetensorsNameFromScalarType(t.scalar_type()), t.sizes().vec()});
            // A MARS5 checkpoint {model, vocab}: the tokenizer texts play the role of metadata.
            for (auto& [key, value] : stringEntries(ckpt.root->find("vocab"))) info.metadata[key] = value;
            break;
        }
        case CheckpointContainer::LegacyPickle:
            fail(ErrorKind::Unsupported, legacyTorchCheckpointNotice(path));
        case CheckpointContainer::Unknown:
            failUnrecognisedCheckpoint(path);
        }
        for (const auto& t : info.tensors) {
            std::uint64_t n = 1;
            for (auto d : t.shape) n *= static_cast<std::uint64_t>(d);
            info.totalParameters += n;
            ++info.dtypeCounts[t.dtype];
        }
        info.model = guessModel(info.tensors);
        return info;
    });
}

}  // namespace mars5
