// ModelPaths::fromFolder: the published file names in one model folder (see engine.h).
#include "mars5/model_paths_by_name.h"

#include "mars5/engine.h"

#include "ascii_text.h"
#include "failure.h"
#include "mars5_checkpoint.h"

#include <algorithm>
#include <filesystem>
#include <functional>

namespace mars5 {

namespace fs = std::filesystem;

namespace {

// Regular files of `dir` (sorted, so the choice is stable), empty when it is not a folder.
std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file(ec)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// The first file whose lower-case name satisfies one predicate, predicates tried in order.
std::string pick(const std::vector<fs::path>& files, const std::vector<std::function<bool(const std::string&)>>& rules) {
    for (const auto& rule : rules)
        for (const auto& f : files)
            if (rule(asciiLower(f.filename().string()))) return f.string();
    return {};
}

bool isCheckpointExt(const std::string& n) { return n.ends_with(".safetensors") || n.ends_with(".pt"); }

std::string findMars5(const std::vector<fs::path>& files, Mars5ModelKind kind) {
    const std::string tag = kind == Mars5ModelKind::Ar ? "_ar" : "_nar";
    std::vector<std::function<bool(const std::string&)>> rules;
    for (const auto& known : mars5KnownFiles())  // published names first, newest release first
        if (known.kind == kind) {
            const std::string name = asciiLower(known.fileName);
            rules.push_back([name](const std::string& n) { return n == name; });
        }
    rules.push_back([tag](const std::string& n) {
        return isCheckpointExt(n) && (n.find(tag + ".") != std::string::npos || n.find(tag + "-") != std::string::npos);
    });
    return pick(files, rules);
}

// The rules of fromFolder, over the files of one folder and of its encodec/ and vocos/
// subfolders: each role's file, or "".
ModelPaths assignByName(const std::vector<fs::path>& files, const std::vector<fs::path>& encodecDir,
                        const std::vector<fs::path>& vocosDir) {
    ModelPaths p;
    p.ar = findMars5(files, Mars5ModelKind::Ar);
    p.nar = findMars5(files, Mars5ModelKind::Nar);
    const auto weights = [](const std::string& n) {
        return n.ends_with(".th") || n.ends_with(".safetensors") || n.ends_with(".bin") || n.ends_with(".pt");
    };
    p.encodec = pick(files, {[](const std::string& n) { return n == "encodec_24khz-d7cc33bc.th"; },
                             [&](const std::string& n) { return n.rfind("encodec", 0) == 0 && weights(n); }});
    if (p.encodec.empty()) p.encodec = pick(encodecDir, {[&](const std::string& n) { return weights(n); }});
    p.vocos = pick(files, {[&](const std::string& n) { return n.rfind("vocos", 0) == 0 && weights(n); }});
    if (p.vocos.empty())
        p.vocos = pick(vocosDir, {[](const std::string& n) { return n == "pytorch_model.bin"; },
                                  [&](const std::string& n) { return weights(n); }});
    if (p.vocos.empty()) p.vocos = pick(files, {[](const std::string& n) { return n == "pytorch_model.bin"; }});
    const auto yaml = [](const std::string& n) { return n.ends_with(".yaml") || n.ends_with(".yml"); };
    p.vocosConfig = pick(files, {[&](const std::string& n) { return n.rfind("vocos", 0) == 0 && yaml(n); }});
    if (p.vocosConfig.empty()) p.vocosConfig = pick(vocosDir, {[](const std::string& n) { return n == "config.yaml"; }});
    if (p.vocosConfig.empty()) p.vocosConfig = pick(files, {[](const std::string& n) { return n == "config.yaml"; }});
    return p;
}

}  // namespace

Result<ModelPaths> ModelPaths::fromFolder(const std::string& dir) {
    return guarded([&]() -> ModelPaths {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) fail(ErrorKind::Io, dir + ": not a folder");
        const fs::path root(dir);
        std::vector<fs::path> files = filesIn(root);
        const std::vector<fs::path> encodecDir = filesIn(root / "encodec");
        const std::vector<fs::path> vocosDir = filesIn(root / "vocos");

        ModelPaths p = assignByName(files, encodecDir, vocosDir);

        std::vector<std::string> missing;
        if (p.ar.empty())
            missing.push_back("the MARS5 AR checkpoint (mars5_ar.safetensors, mars5_en_checkpoints_ar-3000000.pt/.safetensors "
                              "or any *_ar.safetensors / *_ar.pt)");
        if (p.nar.empty())
            missing.push_back("the MARS5 NAR checkpoint (mars5_nar.safetensors, mars5_en_checkpoints_nar-1980000.pt/.safetensors "
                              "or any *_nar.safetensors / *_nar.pt)");
        if (p.encodec.empty())
            missing.push_back("the Encodec weights (encodec_24khz-d7cc33bc.th, encodec*.th / encodec*.safetensors, or "
                              "encodec/model.safetensors)");
        if (p.vocos.empty())
            missing.push_back("the Vocos weights (vocos*.bin / vocos*.safetensors, vocos/pytorch_model.bin or pytorch_model.bin)");
        if (!missing.empty()) {
            std::string msg = dir + ": missing ";
            for (std::size_t i = 0; i < missing.size(); ++i) msg += (i ? "; " : "") + missing[i];
            fail(ErrorKind::Io, msg);
        }
        return p;
    });
}

NamedModelFiles modelPathsByName(const std::vector<std::string>& files) {
    // A file in a folder named encodec/ or vocos/ (as the published layouts keep
    // model.safetensors and pytorch_model.bin) counts as that subfolder's, as fromFolder has it.
    std::vector<fs::path> plain, encodecDir, vocosDir;
    for (const std::string& file : files) {
        const fs::path path(file);
        const std::string parent = asciiLower(path.parent_path().filename().string());
        (parent == "encodec" ? encodecDir : parent == "vocos" ? vocosDir : plain).push_back(path);
    }
    NamedModelFiles named;
    named.paths = assignByName(plain, encodecDir, vocosDir);
    const ModelPaths& p = named.paths;
    for (const std::string& file : files) {
        const std::string path = fs::path(file).string();
        const bool placed = path == p.ar || path == p.nar || path == p.encodec || path == p.vocos || path == p.vocosConfig;
        if (!placed) named.unrecognised.push_back(file);
    }
    return named;
}

}  // namespace mars5
