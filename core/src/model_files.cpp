// The catalogue of published model files, discovery on disk and verification (model_files.h).
// The structural checks that need libtorch are in model_validation.cpp.
#include "mars5/model_files.h"

#include "ascii_text.h"
#include "atomic_file.h"
#include "failure.h"
#include "sha256.h"

#include "mars5/checkpoint_info.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace mars5 {

namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

const char* kHf = "https://huggingface.co/";

std::vector<KnownModelFile> buildCatalogue() {
    std::vector<KnownModelFile> f;
    const auto hf = [&](ModelRole role, const std::string& repo, const std::string& name, const std::string& install,
                        std::uint64_t bytes, const std::string& sha, bool recommended, const std::string& note) {
        KnownModelFile k;
        k.role = role;
        k.fileName = name;
        k.source = "Hugging Face " + repo;
        k.mirrorPath = repo + "/resolve/main/" + name;
        k.url = kHf + k.mirrorPath;
        k.installPath = install;
        k.hfRepo = repo;
        k.approxBytes = bytes;
        k.sha256 = sha;
        k.recommended = recommended;
        k.note = note;
        f.push_back(k);
        return &f.back();
    };
    const auto gh = [&](ModelRole role, const std::string& stem, const std::string& release, bool safetensors,
                        std::uint64_t bytes) {
        for (const char* ext : {".safetensors", ".pt"}) {
            if (!safetensors && std::string(ext) == ".safetensors") continue;
            KnownModelFile k;
            k.role = role;
            k.fileName = stem + ext;
            k.source = "GitHub release " + release;
            k.mirrorPath = "Camb-ai/MARS5-TTS/releases/download/" + release + "/" + k.fileName;
            k.url = "https://github.com/" + k.mirrorPath;
            k.installPath = k.fileName;
            k.inTorchHub = true;  // hubconf.py fetches them with torch.hub.load_state_dict_from_url
            k.approxBytes = bytes;
            k.note = "no published sha256: checked by structure";
            f.push_back(k);
        }
    };

    // MARS5 AR: the Hugging Face upload is the one with a published sha256 (spec §1.1).
    {
        KnownModelFile* ar = hf(ModelRole::Mars5Ar, "CAMB-AI/MARS5-TTS", "mars5_ar.safetensors", "mars5_ar.safetensors",
                                1530000000ull, "dfedb7630bf88b429b27ff4ad4b1365658c0782d7a119ae09046b552a9ccedb2", true,
                                "Hugging Face upload #5 (2024-06-24)");
        ar->earlierUploadPrefix = "afc73f90";  // upload #3: only these digits are known
        ar->earlierUploadSuffix = "2a72b";
    }
    gh(ModelRole::Mars5Ar, "mars5_en_checkpoints_ar-3000000", "v0.4", true, 1524713390ull);  // 1.42 GiB
    gh(ModelRole::Mars5Ar, "mars5_en_checkpoints_ar-2000000", "v0.3", true, 0);
    gh(ModelRole::Mars5Ar, "mars5_en_checkpoints_ar-1700000", "v0.2", true, 0);
    gh(ModelRole::Mars5Ar, "mars5_en_checkpoints_ar-1680000", "v0.1-checkpoints", false, 0);

    hf(ModelRole::Mars5Nar, "CAMB-AI/MARS5-TTS", "mars5_nar.safetensors", "mars5_nar.safetensors", 905000000ull,
       "a2297342323a38980a83c8803fd2f3b0fca66497c404e3365bbf8af7bda673b7", true, "Hugging Face upload");
    gh(ModelRole::Mars5Nar, "mars5_en_checkpoints_nar-1980000", "v0.3", true, 904921088ull);  // 863 MiB
    gh(ModelRole::Mars5Nar, "mars5_en_checkpoints_nar-1750000", "v0.2", true, 0);
    gh(ModelRole::Mars5Nar, "mars5_en_checkpoints_nar-1260000", "v0.1-checkpoints", false, 0);

    {
        KnownModelFile k;
        k.role = ModelRole::Encodec;
        k.fileName = "encodec_24khz-d7cc33bc.th";
        k.source = "Meta (facebookresearch/encodec)";
        k.mirrorPath = "encodec/v0/" + k.fileName;
        k.url = "https://dl.fbaipublicfiles.com/" + k.mirrorPath;
        k.installPath = k.fileName;
        k.inTorchHub = true;  // encodec's own loader caches it there
        k.approxBytes = 93218406ull;  // 88.9 MiB
        // The name carries the first 8 digits (Encodec's own check); the full value is the one
        // other projects pin for this URL.
        k.sha256 = "d7cc33bcf1aad7f2dad9836f36431530744abeace3ca033005e3290ed4fa47bf";
        k.sha256Prefix = "d7cc33bc";
        k.recommended = true;
        k.note = "the original Encodec 24 kHz checkpoint";
        f.push_back(k);
    }
    hf(ModelRole::Encodec, "facebook/encodec_24khz", "model.safetensors", "encodec/model.safetensors", 93100000ull, "",
       false, "Hugging Face transformers names; any one Encodec file is enough");
    hf(ModelRole::Encodec, "facebook/encodec_24khz", "pytorch_model.bin", "encodec/pytorch_model.bin", 93200000ull, "",
       false, "Hugging Face transformers names; any one Encodec file is enough");

    hf(ModelRole::VocosConfig, "charactr/vocos-encodec-24khz", "config.yaml", "vocos/config.yaml", 503, "", true,
       "keep it next to the Vocos weights");
    hf(ModelRole::VocosWeights, "charactr/vocos-encodec-24khz", "pytorch_model.bin", "vocos/pytorch_model.bin",
       40400000ull, "", true, "the vocoder MARS5 uses (bandwidth id 1)");
    return f;
}

std::string repoFolderName(const std::string& repo) {
    std::string s = "models--";
    for (char c : repo) s += c == '/' ? std::string("--") : std::string(1, c);
    return s;
}

std::string shortRev(const std::string& rev) { return rev.size() > 7 ? rev.substr(0, 7) : rev; }

std::int64_t mtimeNs(const fs::path& p, std::error_code& ec) {
    const auto t = fs::last_write_time(p, ec);
    return static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count());
}

// What role a file plays, from its name and (for generic names) its folder or content.
std::optional<ModelRole> classify(const fs::path& file, const KnownModelFile** known) {
    *known = nullptr;
    const std::string name = asciiLower(file.filename().string());
    const std::string folder = asciiLower(file.parent_path().filename().string());
    const bool generic = name == "pytorch_model.bin" || name == "model.safetensors" || name == "config.yaml";

    if (!generic) {
        for (const auto& k : knownModelFiles())
            if (asciiLower(k.fileName) == name) {
                *known = &k;
                return k.role;
            }
    }
    const auto isWeights = [](const std::string& n) {
        return n.ends_with(".safetensors") || n.ends_with(".pt") || n.ends_with(".th") || n.ends_with(".bin");
    };
    const auto knownIn = [&](ModelRole role, const std::string& repo) {
        for (const auto& k : knownModelFiles())
            if (k.role == role && k.hfRepo == repo && asciiLower(k.fileName) == name) *known = &k;
    };
    if (name == "config.yaml" || name.ends_with(".yaml") || name.ends_with(".yml")) {
        bool vocos = name.starts_with("vocos") || folder.find("vocos") != std::string::npos;
        if (!vocos) {
            std::ifstream in(file, std::ios::binary);
            std::string head(4096, '\0');
            in.read(head.data(), static_cast<std::streamsize>(head.size()));
            head.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
            vocos = asciiLower(head).find("vocos") != std::string::npos;
        }
        if (!vocos) return std::nullopt;
        knownIn(ModelRole::VocosConfig, "charactr/vocos-encodec-24khz");
        return ModelRole::VocosConfig;
    }
    if (!isWeights(name)) return std::nullopt;
    // A safetensors header is cheap to read: its tensor names say what it is (this also keeps
    // look-alikes such as golden-output files out).
    const auto sniff = [&]() -> std::optional<ModelRole> {
        const auto info = inspectCheckpoint(file.string());
        if (!info.ok()) return std::nullopt;
        switch (info->model) {
        case ModelKind::Mars5Ar: return ModelRole::Mars5Ar;
        case ModelKind::Mars5Nar: return ModelRole::Mars5Nar;
        case ModelKind::Encodec24k:
        case ModelKind::Encodec24kHf: knownIn(ModelRole::Encodec, "facebook/encodec_24khz"); return ModelRole::Encodec;
        case ModelKind::Vocos: knownIn(ModelRole::VocosWeights, "charactr/vocos-encodec-24khz"); return ModelRole::VocosWeights;
        case ModelKind::Unknown: break;
        }
        return std::nullopt;
    };
    if (name.ends_with(".safetensors")) return sniff();
    if (generic) {  // pytorch_model.bin: the folder says which repository it came from, else its content
        if (folder.find("vocos") != std::string::npos) {
            knownIn(ModelRole::VocosWeights, "charactr/vocos-encodec-24khz");
            return ModelRole::VocosWeights;
        }
        if (folder.find("encodec") != std::string::npos) {
            knownIn(ModelRole::Encodec, "facebook/encodec_24khz");
            return ModelRole::Encodec;
        }
        return sniff();
    }
    // Pickles (.pt/.th/.bin) are costly to open: their names decide; verification checks them.
    const std::string stem = name.substr(0, name.rfind('.'));
    if (name.ends_with(".pt") && (stem.ends_with("_ar") || stem.find("_ar-") != std::string::npos)) return ModelRole::Mars5Ar;
    if (name.ends_with(".pt") && (stem.ends_with("_nar") || stem.find("_nar-") != std::string::npos)) return ModelRole::Mars5Nar;
    if (name.starts_with("encodec")) return ModelRole::Encodec;
    if (name.starts_with("vocos")) return ModelRole::VocosWeights;
    return std::nullopt;
}

struct Collector {
    ModelInventory inv;
    std::set<std::string> seen;  // canonical paths

    void add(ModelRole role, const fs::path& path, LocationKind kind, const std::string& location, const KnownModelFile* known) {
        std::error_code ec;
        const fs::path real = fs::canonical(path, ec);
        if (ec) return;  // a dangling symlink (an interrupted hub download): nothing usable there
        if (!fs::is_regular_file(real, ec)) return;
        if (!seen.insert(real.string()).second) return;
        FoundModelFile f;
        f.role = role;
        f.path = path.string();
        f.resolvedPath = real.string();
        f.locationKind = kind;
        f.location = location;
        f.bytes = fs::file_size(real, ec);
        f.known = known;
        inv.files.push_back(std::move(f));
    }
};

std::vector<fs::path> regularFilesIn(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (const auto& e : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec)) {
        const std::string name = e.path().filename().string();
        if (name.empty() || name[0] == '.' || name.ends_with(".part") || name.ends_with(".incomplete")) continue;
        std::error_code ec2;
        if (fs::is_regular_file(e.path(), ec2)) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

void scanFolder(Collector& c, const ModelSearchLocation& loc) {
    std::error_code ec;
    const fs::path root(loc.path);
    std::vector<fs::path> dirs{root};
    if (fs::is_directory(root, ec)) {
        std::vector<fs::path> subs;
        for (const auto& e : fs::directory_iterator(root, fs::directory_options::skip_permission_denied, ec)) {
            const std::string name = e.path().filename().string();
            std::error_code ec2;
            if (!name.empty() && name[0] != '.' && fs::is_directory(e.path(), ec2)) subs.push_back(e.path());
        }
        std::sort(subs.begin(), subs.end());
        dirs.insert(dirs.end(), subs.begin(), subs.end());
    }
    for (const auto& dir : dirs)
        for (const auto& file : regularFilesIn(dir)) {
            const KnownModelFile* known = nullptr;
            if (const auto role = classify(file, &known)) {
                std::string where = std::string(describe(loc.kind)) + ", " + loc.path;
                if (dir != root) where += " (" + dir.filename().string() + "/)";
                c.add(*role, file, loc.kind, where, known);
            }
        }
}

void scanHuggingFaceCache(Collector& c, const ModelSearchLocation& loc) {
    std::set<std::string> repos;
    for (const auto& k : knownModelFiles())
        if (!k.hfRepo.empty()) repos.insert(k.hfRepo);
    for (const auto& repo : repos) {
        const fs::path base = fs::path(loc.path) / repoFolderName(repo);
        std::error_code ec;
        if (!fs::is_directory(base / "snapshots", ec)) continue;
        std::string mainRev;
        {
            std::ifstream ref(base / "refs" / "main");
            std::getline(ref, mainRev);
        }
        std::vector<std::string> revs;
        for (const auto& e : fs::directory_iterator(base / "snapshots", ec))
            if (e.is_directory(ec)) revs.push_back(e.path().filename().string());
        std::sort(revs.begin(), revs.end());
        std::stable_partition(revs.begin(), revs.end(), [&](const std::string& r) { return r == mainRev; });
        for (const auto& rev : revs)
            for (const auto& k : knownModelFiles()) {
                if (k.hfRepo != repo) continue;
                const fs::path p = base / "snapshots" / rev / k.fileName;
                if (!fs::exists(fs::symlink_status(p, ec))) continue;
                c.add(k.role, p, loc.kind,
                      std::string("Hugging Face cache, ") + repo + " snapshot " + shortRev(rev) + (rev == mainRev ? " (main)" : ""),
                      &k);
            }
    }
}

void scanTorchHub(Collector& c, const ModelSearchLocation& loc) {
    for (const auto& k : knownModelFiles()) {
        if (!k.inTorchHub) continue;
        const fs::path p = fs::path(loc.path) / k.fileName;
        std::error_code ec;
        if (fs::is_regular_file(p, ec)) c.add(k.role, p, loc.kind, std::string("torch hub cache, ") + loc.path, &k);
    }
}

int rank(const FoundModelFile& f) {
    if (f.validation == ValidationState::Invalid) return 5;
    switch (f.checksum) {
    case ChecksumState::Verified: return 0;
    case ChecksumState::EarlierUpload: return 1;
    case ChecksumState::NoKnownValue: return f.validation == ValidationState::Valid ? 2 : 3;
    case ChecksumState::NotComputed: return f.validation == ValidationState::Valid ? 2 : 3;
    case ChecksumState::Mismatch: return 4;
    }
    return 3;
}

}  // namespace

// ---- roles and catalogue --------------------------------------------------------------------

const char* describe(ModelRole role) {
    switch (role) {
    case ModelRole::Mars5Ar: return "MARS5 AR";
    case ModelRole::Mars5Nar: return "MARS5 NAR";
    case ModelRole::Encodec: return "Encodec 24 kHz";
    case ModelRole::VocosConfig: return "Vocos config";
    case ModelRole::VocosWeights: return "Vocos weights";
    }
    return "?";
}

const char* roleKey(ModelRole role) {
    switch (role) {
    case ModelRole::Mars5Ar: return "ar";
    case ModelRole::Mars5Nar: return "nar";
    case ModelRole::Encodec: return "encodec";
    case ModelRole::VocosConfig: return "vocos-config";
    case ModelRole::VocosWeights: return "vocos";
    }
    return "?";
}

std::optional<ModelRole> parseModelRole(const std::string& key) {
    for (ModelRole r : kAllModelRoles)
        if (asciiLower(key) == roleKey(r)) return r;
    return std::nullopt;
}

const std::vector<KnownModelFile>& knownModelFiles() {
    static const std::vector<KnownModelFile> files = buildCatalogue();
    return files;
}

const KnownModelFile& recommendedFile(ModelRole role) {
    for (const auto& k : knownModelFiles())
        if (k.role == role && k.recommended) return k;
    return knownModelFiles().front();  // unreachable: every role has a recommended file
}

std::vector<const KnownModelFile*> knownFilesNamed(const std::string& fileName) {
    std::vector<const KnownModelFile*> out;
    for (const auto& k : knownModelFiles())
        if (k.fileName == fileName) out.push_back(&k);
    return out;
}

std::string downloadUrl(const KnownModelFile& file, const std::string& mirrorBase, const std::string& hfEndpoint) {
    const auto trimmed = [](std::string s) {
        while (!s.empty() && (s.back() == '/' || std::isspace(static_cast<unsigned char>(s.back())))) s.pop_back();
        return s;
    };
    if (!trimmed(mirrorBase).empty()) return trimmed(mirrorBase) + "/" + file.mirrorPath;
    if (!file.hfRepo.empty() && !trimmed(hfEndpoint).empty()) return trimmed(hfEndpoint) + "/" + file.mirrorPath;
    return file.url;
}

const char* describe(ChecksumState state) {
    switch (state) {
    case ChecksumState::NotComputed: return "sha256 not computed";
    case ChecksumState::NoKnownValue: return "no published sha256";
    case ChecksumState::Verified: return "sha256 verified";
    case ChecksumState::EarlierUpload: return "sha256 of a known earlier upload";
    case ChecksumState::Mismatch: return "sha256 differs from the published file";
    }
    return "?";
}

bool hasKnownChecksum(const KnownModelFile& k) {
    return !k.sha256.empty() || !k.sha256Prefix.empty() || !k.earlierUploadPrefix.empty();
}

ChecksumState compareSha256(const KnownModelFile& k, const std::string& sha256Hex) {
    if (sha256Hex.empty()) return ChecksumState::NotComputed;
    const std::string h = asciiLower(sha256Hex);
    if (!k.sha256.empty() && h == k.sha256) return ChecksumState::Verified;
    if (!k.earlierUploadPrefix.empty() && h.starts_with(k.earlierUploadPrefix) && h.ends_with(k.earlierUploadSuffix))
        return ChecksumState::EarlierUpload;
    if (!k.sha256.empty()) return ChecksumState::Mismatch;
    if (!k.sha256Prefix.empty()) return h.starts_with(k.sha256Prefix) ? ChecksumState::Verified : ChecksumState::Mismatch;
    return ChecksumState::NoKnownValue;
}

// ---- sha256 and its cache ---------------------------------------------------------------------

Result<std::string> computeSha256(const std::string& path, const HashProgress& progress) {
    return guarded([&] { return sha256File(path, progress); });
}

Sha256Cache::Sha256Cache(std::string cacheFile) : m_file(std::move(cacheFile)) {
    std::ifstream in(m_file);
    if (!in) return;
    try {
        const nlohmann::json j = nlohmann::json::parse(in);
        if (j.value("version", 0) != 1 || !j.contains("entries") || !j["entries"].is_object()) return;
        for (const auto& [path, e] : j["entries"].items()) {
            Entry entry;
            entry.size = e.at("size").get<std::uint64_t>();
            entry.mtimeNs = e.at("mtime_ns").get<std::int64_t>();
            entry.sha256 = e.at("sha256").get<std::string>();
            if (entry.sha256.size() == 64) m_entries[path] = entry;
        }
    } catch (const std::exception&) {
        m_entries.clear();  // a damaged cache is only a cache: start again
    }
}

std::string Sha256Cache::defaultLocation() {
    std::string base = env("XDG_CACHE_HOME");
    if (base.empty()) base = env("HOME") + "/.cache";
    return base + "/mars5-studio/sha256-cache.json";
}

std::optional<std::string> Sha256Cache::lookup(const std::string& path) const {
    std::error_code ec;
    const fs::path real = fs::canonical(path, ec);
    if (ec) return std::nullopt;
    const auto it = m_entries.find(real.string());
    if (it == m_entries.end()) return std::nullopt;
    const std::uint64_t size = fs::file_size(real, ec);
    if (ec || size != it->second.size) return std::nullopt;
    const std::int64_t mt = mtimeNs(real, ec);
    if (ec || mt != it->second.mtimeNs) return std::nullopt;
    return it->second.sha256;
}

void Sha256Cache::store(const std::string& path, const std::string& sha256) {
    std::error_code ec;
    const fs::path real = fs::canonical(path, ec);
    if (ec) return;
    Entry e;
    e.size = fs::file_size(real, ec);
    if (ec) return;
    e.mtimeNs = mtimeNs(real, ec);
    if (ec) return;
    e.sha256 = sha256;
    m_entries[real.string()] = e;
}

Result<std::string> Sha256Cache::sha256(const std::string& path, bool* fromCache, const HashProgress& progress) {
    if (fromCache) *fromCache = false;
    if (auto hit = lookup(path)) {
        if (fromCache) *fromCache = true;
        return *hit;
    }
    Result<std::string> sha = computeSha256(path, progress);
    if (!sha.ok()) return sha;
    store(path, *sha);
    (void)save();  // a cache that cannot be written only costs time later
    return sha;
}

Result<void> Sha256Cache::save() const {
    return guarded([&] {
        std::error_code ec;
        const fs::path target(m_file);
        if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
        nlohmann::json j;
        j["version"] = 1;
        j["entries"] = nlohmann::json::object();
        for (const auto& [path, e] : m_entries)
            j["entries"][path] = {{"size", e.size}, {"mtime_ns", e.mtimeNs}, {"sha256", e.sha256}};
        AtomicFile file(m_file);
        {
            std::ofstream out(file.temporaryPath(), std::ios::binary | std::ios::trunc);
            out << j.dump(1) << '\n';
            out.flush();
            if (!out) fail(ErrorKind::Io, m_file + ": cannot write the sha256 cache");
        }
        file.commit();
    });
}

// ---- discovery --------------------------------------------------------------------------------

const char* describe(LocationKind kind) {
    switch (kind) {
    case LocationKind::HuggingFaceCache: return "Hugging Face cache";
    case LocationKind::TorchHub: return "torch hub cache";
    case LocationKind::StudioData: return "studio models folder";
    case LocationKind::UserFolder: return "folder";
    }
    return "?";
}

ModelSearchEnvironment ModelSearchEnvironment::fromProcess() {
    ModelSearchEnvironment e;
    e.hfHubCache = env("HF_HUB_CACHE");
    e.hfHome = env("HF_HOME");
    e.torchHome = env("TORCH_HOME");
    e.xdgDataHome = env("XDG_DATA_HOME");
    e.xdgCacheHome = env("XDG_CACHE_HOME");
    e.home = env("HOME");
    return e;
}

std::string huggingFaceHubCache(const ModelSearchEnvironment& e) {
    if (!e.hfHubCache.empty()) return e.hfHubCache;
    if (!e.hfHome.empty()) return e.hfHome + "/hub";
    const std::string cache = e.xdgCacheHome.empty() ? e.home + "/.cache" : e.xdgCacheHome;
    return cache + "/huggingface/hub";
}

std::string torchHubCheckpoints(const ModelSearchEnvironment& e) {
    if (!e.torchHome.empty()) return e.torchHome + "/hub/checkpoints";
    const std::string cache = e.xdgCacheHome.empty() ? e.home + "/.cache" : e.xdgCacheHome;
    return cache + "/torch/hub/checkpoints";
}

std::string studioModelsFolder(const ModelSearchEnvironment& e) {
    const std::string data = e.xdgDataHome.empty() ? e.home + "/.local/share" : e.xdgDataHome;
    return data + "/mars5-studio/models";
}

std::vector<ModelSearchLocation> defaultSearchLocations(const ModelSearchEnvironment& e) {
    return {{LocationKind::StudioData, studioModelsFolder(e)},
            {LocationKind::HuggingFaceCache, huggingFaceHubCache(e)},
            {LocationKind::TorchHub, torchHubCheckpoints(e)}};
}

const char* describe(ValidationState state) {
    switch (state) {
    case ValidationState::NotChecked: return "not checked";
    case ValidationState::Valid: return "valid";
    case ValidationState::Invalid: return "invalid";
    }
    return "?";
}

const FoundModelFile* ModelInventory::best(ModelRole role) const {
    if (role == ModelRole::VocosConfig) {
        // The config that sits next to the chosen weights, when there is one.
        if (const FoundModelFile* weights = best(ModelRole::VocosWeights)) {
            const fs::path dir = fs::path(weights->path).parent_path();
            for (const auto& f : files)
                if (f.role == role && f.usable() && fs::path(f.path).parent_path() == dir) return &f;
        }
    }
    for (const auto& f : files)
        if (f.role == role && f.usable()) return &f;
    return nullptr;
}

std::vector<const FoundModelFile*> ModelInventory::candidates(ModelRole role) const {
    std::vector<const FoundModelFile*> out;
    for (const auto& f : files)
        if (f.role == role) out.push_back(&f);
    return out;
}

std::vector<ModelRole> ModelInventory::missing() const {
    std::vector<ModelRole> out;
    for (ModelRole r : kAllModelRoles)
        if (!best(r)) out.push_back(r);
    return out;
}

ModelInventory discoverModels(const std::vector<ModelSearchLocation>& where) {
    Collector c;
    c.inv.searched = where;
    for (const auto& loc : where) {
        switch (loc.kind) {
        case LocationKind::HuggingFaceCache: scanHuggingFaceCache(c, loc); break;
        case LocationKind::TorchHub: scanTorchHub(c, loc); break;
        case LocationKind::StudioData:
        case LocationKind::UserFolder: scanFolder(c, loc); break;
        }
    }
    // Per role in role order, keeping the order locations were searched in.
    std::stable_sort(c.inv.files.begin(), c.inv.files.end(), [](const FoundModelFile& a, const FoundModelFile& b) {
        return static_cast<int>(a.role) < static_cast<int>(b.role);
    });
    return std::move(c.inv);
}

// ---- verification -----------------------------------------------------------------------------

Result<void> verifyModelFile(FoundModelFile& f, Sha256Cache* cache, const VerifyOptions& options) {
    std::error_code ec;
    const std::string real = f.resolvedPath.empty() ? f.path : f.resolvedPath;
    f.bytes = fs::file_size(real, ec);
    if (ec) {
        f.validation = ValidationState::Invalid;
        f.validationMessage = f.path + ": cannot read the file (" + ec.message() + ")";
        f.notice = "unreadable";
        return {};
    }
    if (options.computeSha256) {
        Result<std::string> sha = cache ? cache->sha256(real, &f.sha256FromCache, options.progress)
                                        : computeSha256(real, options.progress);
        if (!sha.ok()) {
            if (sha.error().kind == ErrorKind::Cancelled) return sha.error();
            f.validation = ValidationState::Invalid;
            f.validationMessage = sha.message();
            f.notice = "unreadable";
            return {};
        }
        f.sha256 = *sha;
        f.checksum = f.known ? compareSha256(*f.known, f.sha256) : ChecksumState::NoKnownValue;
    } else if (cache) {
        if (auto hit = cache->lookup(real)) {
            f.sha256 = *hit;
            f.sha256FromCache = true;
            f.checksum = f.known ? compareSha256(*f.known, f.sha256) : ChecksumState::NoKnownValue;
        }
    }

    const bool provenByHash = f.known && !f.known->sha256.empty() && f.checksum == ChecksumState::Verified;
    if (options.validateStructure && (options.alwaysValidate || !provenByHash)) {
        Result<std::string> v = validateModelFile(real, f.role);
        if (v.ok()) {
            f.validation = ValidationState::Valid;
            f.validationMessage = *v;
        } else {
            f.validation = ValidationState::Invalid;
            f.validationMessage = v.message();
        }
    } else if (provenByHash) {
        f.validation = ValidationState::Valid;
        f.validationMessage = "the published file (" + f.known->source + "), sha256 verified";
    }

    // One line for the user.
    if (f.validation == ValidationState::Invalid) {
        f.notice = f.known ? "corrupt, truncated or not this model: download it again" : "not usable (see why)";
    } else if (f.checksum == ChecksumState::Mismatch) {
        f.notice = "sha256 differs from the published " + f.known->fileName +
                   " (modified, damaged or another upload): download it again to be sure";
    } else if (f.checksum == ChecksumState::EarlierUpload) {
        f.notice = "an earlier upload of " + f.known->fileName + " (usable)";
    } else if (!f.known && f.validation == ValidationState::Valid) {
        f.notice = "unrecognised but structurally valid";
    } else if (f.known && !hasKnownChecksum(*f.known) && f.validation == ValidationState::Valid) {
        f.notice = "published name, no published sha256: structure valid";
    } else {
        f.notice.clear();
    }
    return {};
}

Result<void> verifyInventory(ModelInventory& inv, Sha256Cache* cache, const VerifyOptions& options) {
    for (auto& f : inv.files) {
        Result<void> r = verifyModelFile(f, cache, options);
        if (!r.ok()) return r;
    }
    std::stable_sort(inv.files.begin(), inv.files.end(), [](const FoundModelFile& a, const FoundModelFile& b) {
        if (a.role != b.role) return static_cast<int>(a.role) < static_cast<int>(b.role);
        return rank(a) < rank(b);
    });
    return {};
}

}  // namespace mars5
