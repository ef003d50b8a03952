// The model files MARS5 Studio needs, where they come from and where they may already be:
//
//   * the catalogue of published files (MARS5 AR + NAR, Encodec 24 kHz, Vocos config + weights):
//     names, roles, download URLs, published sizes and the sha256 values we know
//     (spec mars5-model.md §1.1, codec.md §2 and §6.1);
//   * discovery in the places other tools leave them: the Hugging Face hub cache, torch hub's
//     checkpoint folder, the studio's own data folder (XDG) and any folder the user picks;
//   * verification: sha256 (computed once, then cached by path + size + mtime) against the
//     known value, and structural validation through the real loaders (names, shapes, dtypes;
//     a truncated or corrupt file is refused with the loader's message).
//
// Torch-free and Qt-free: the CLI and the studio both use it. Downloading lives in net/
// (Qt Network); this header only says what to download from where.
#pragma once

#include "mars5/error.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mars5 {

// What a file is for. A complete set has one usable file per role.
enum class ModelRole { Mars5Ar, Mars5Nar, Encodec, VocosConfig, VocosWeights };
inline constexpr std::array<ModelRole, 5> kAllModelRoles{ModelRole::Mars5Ar, ModelRole::Mars5Nar, ModelRole::Encodec,
                                                         ModelRole::VocosConfig, ModelRole::VocosWeights};
const char* describe(ModelRole role);  // "MARS5 AR", "MARS5 NAR", "Encodec 24 kHz", "Vocos config", "Vocos weights"
const char* roleKey(ModelRole role);   // "ar", "nar", "encodec", "vocos-config", "vocos" (CLI spelling)
std::optional<ModelRole> parseModelRole(const std::string& key);

// ---- the catalogue --------------------------------------------------------------------------

struct KnownModelFile {
    ModelRole role = ModelRole::Mars5Ar;
    std::string fileName;     // the published name ("mars5_ar.safetensors", "pytorch_model.bin")
    std::string source;       // "Hugging Face CAMB-AI/MARS5-TTS", "GitHub release v0.4", ...
    std::string url;          // where it is published
    std::string mirrorPath;   // the same file below a mirror's base URL (host-relative path of `url`)
    std::string installPath;  // where the studio puts it, relative to its models folder
    std::string hfRepo;       // "CAMB-AI/MARS5-TTS" when it lives in a Hugging Face repository, else ""
    bool inTorchHub = false;  // torch.hub.load_state_dict_from_url caches it (GitHub release, Encodec)
    std::uint64_t approxBytes = 0;  // published size (approximate: for display and free-space checks)
    std::string sha256;             // full lowercase hex when known, else ""
    std::string sha256Prefix;       // known leading hex digits (Encodec names carry 8), else ""
    // A known earlier upload under the same name (MARS5 AR upload #3), by its first and last digits.
    std::string earlierUploadPrefix, earlierUploadSuffix;
    bool recommended = false;  // the one `download` fetches for its role
    std::string note;          // one line for the user
};

// Every published file this build knows about, recommended ones first within each role.
const std::vector<KnownModelFile>& knownModelFiles();
// The file `download` fetches for a role (always present).
const KnownModelFile& recommendedFile(ModelRole role);
// Catalogue entries with this file name (a name such as pytorch_model.bin is used by two repositories).
std::vector<const KnownModelFile*> knownFilesNamed(const std::string& fileName);

// Where a file is downloaded from: its published URL, or `mirrorBase` + "/" + mirrorPath when a
// mirror is set (a mirror reproduces the hosts' paths: CAMB-AI/MARS5-TTS/resolve/main/...,
// Camb-ai/MARS5-TTS/releases/download/..., encodec/v0/...). `hfEndpoint` (the HF_ENDPOINT
// convention) replaces https://huggingface.co for Hugging Face files when no mirror is set.
std::string downloadUrl(const KnownModelFile& file, const std::string& mirrorBase = "",
                        const std::string& hfEndpoint = "");

enum class ChecksumState {
    NotComputed,    // no sha256 yet
    NoKnownValue,   // computed; nothing published to compare with
    Verified,       // equals the published value (or its known prefix for Encodec names)
    EarlierUpload,  // a known earlier upload of the same file
    Mismatch,       // a published name with another sha256: modified, corrupt or a different file
};
const char* describe(ChecksumState state);
// How `sha256Hex` compares with what is known about `known`.
ChecksumState compareSha256(const KnownModelFile& known, const std::string& sha256Hex);
// True when `known` carries any value to compare with (full, prefix or earlier upload).
bool hasKnownChecksum(const KnownModelFile& known);

// ---- sha256, computed once ------------------------------------------------------------------

// progress(bytesDone, bytesTotal) is called every few MB; returning false cancels (ErrorKind::Cancelled).
using HashProgress = std::function<bool(std::uint64_t, std::uint64_t)>;
// Lowercase hex sha256 of a file (OpenSSL, streamed).
Result<std::string> computeSha256(const std::string& path, const HashProgress& progress = {});

// A small JSON cache of sha256 values keyed by canonical path + size + mtime, so a 1.5 GB
// checkpoint is hashed once. A missing or unreadable cache file is an empty cache.
class Sha256Cache {
public:
    explicit Sha256Cache(std::string cacheFile);
    // $XDG_CACHE_HOME/mars5-studio/sha256-cache.json (~/.cache/... without XDG_CACHE_HOME).
    static std::string defaultLocation();

    const std::string& file() const { return m_file; }
    std::optional<std::string> lookup(const std::string& path) const;  // only if size and mtime still match
    void store(const std::string& path, const std::string& sha256);
    // The cached value, or computes, stores and saves it. `fromCache` says which happened.
    Result<std::string> sha256(const std::string& path, bool* fromCache = nullptr, const HashProgress& progress = {});
    Result<void> save() const;  // atomic (temporary file + rename)

private:
    struct Entry {
        std::uint64_t size = 0;
        std::int64_t mtimeNs = 0;
        std::string sha256;
    };
    std::string m_file;
    std::map<std::string, Entry> m_entries;
};

// ---- discovery ----------------------------------------------------------------------------

enum class LocationKind { HuggingFaceCache, TorchHub, StudioData, UserFolder };
const char* describe(LocationKind kind);

struct ModelSearchLocation {
    LocationKind kind = LocationKind::UserFolder;
    std::string path;
};

// The environment discovery reads (a struct, so tests can point it at a temporary tree).
struct ModelSearchEnvironment {
    std::string hfHubCache;  // HF_HUB_CACHE
    std::string hfHome;      // HF_HOME
    std::string torchHome;   // TORCH_HOME
    std::string xdgDataHome, xdgCacheHome, home;
    static ModelSearchEnvironment fromProcess();
};

// Hugging Face hub cache: HF_HUB_CACHE, else HF_HOME/hub, else ~/.cache/huggingface/hub.
std::string huggingFaceHubCache(const ModelSearchEnvironment& env);
// torch hub checkpoints: TORCH_HOME/hub/checkpoints, else ~/.cache/torch/hub/checkpoints.
std::string torchHubCheckpoints(const ModelSearchEnvironment& env);
// The studio's models folder: XDG_DATA_HOME/mars5-studio/models, else ~/.local/share/mars5-studio/models.
std::string studioModelsFolder(const ModelSearchEnvironment& env);
// The three standard places, studio folder first.
std::vector<ModelSearchLocation> defaultSearchLocations(const ModelSearchEnvironment& env);

enum class ValidationState { NotChecked, Valid, Invalid };
const char* describe(ValidationState state);

struct FoundModelFile {
    ModelRole role = ModelRole::Mars5Ar;
    std::string path;          // as found (a Hugging Face snapshot entry is a symlink)
    std::string resolvedPath;  // the real file behind it (the blob)
    LocationKind locationKind = LocationKind::UserFolder;
    std::string location;      // for people: "Hugging Face cache, CAMB-AI/MARS5-TTS snapshot 3d2e1f0"
    std::uint64_t bytes = 0;
    const KnownModelFile* known = nullptr;  // a published file (by name, and repository in the HF cache)

    // Filled by verifyModelFile():
    std::string sha256;  // empty until computed
    bool sha256FromCache = false;
    ChecksumState checksum = ChecksumState::NotComputed;
    ValidationState validation = ValidationState::NotChecked;
    std::string validationMessage;  // the loader's message when invalid; a one-line summary when valid
    std::string notice;             // what the user should know ("unrecognised but structurally valid", ...)

    // Usable: not known to be bad (a mismatching sha256 with a valid structure is usable, flagged).
    bool usable() const { return validation != ValidationState::Invalid; }
    // Corrupt, truncated or not the published bytes: offer to download it again.
    bool offerRedownload() const { return validation == ValidationState::Invalid || checksum == ChecksumState::Mismatch; }
};

struct ModelInventory {
    std::vector<FoundModelFile> files;         // every candidate, per role best first
    std::vector<ModelSearchLocation> searched;  // where we looked

    // The file to use for a role: the first usable candidate (verified ones first once verified).
    const FoundModelFile* best(ModelRole role) const;
    std::vector<const FoundModelFile*> candidates(ModelRole role) const;
    std::vector<ModelRole> missing() const;  // roles without a usable file
    bool complete() const { return missing().empty(); }
};

// Looks in each location (a user folder: the folder itself and its direct subfolders, such as
// vocos/ and encodec/). Nothing is hashed or loaded here; this only stats files.
ModelInventory discoverModels(const std::vector<ModelSearchLocation>& where);

struct VerifyOptions {
    bool computeSha256 = true;
    bool validateStructure = true;
    // Structure is only loaded when no full published sha256 confirms the file (a verified
    // sha256 already proves it is the published file); set to always load it.
    bool alwaysValidate = false;
    HashProgress progress;  // per file
};
// Fills the verification fields of `file`. Only cancellation is an error; a bad file is a
// state (validation Invalid with the message), not an Error.
Result<void> verifyModelFile(FoundModelFile& file, Sha256Cache* cache, const VerifyOptions& options = {});
// Verifies every file, then reorders each role's candidates: verified, then valid, then the rest.
Result<void> verifyInventory(ModelInventory& inventory, Sha256Cache* cache, const VerifyOptions& options = {});

// Structural validation of one file for one role through the real loaders (MARS5 checkpoint
// names/shapes/tokenizers, Encodec and Vocos tensors, Vocos config.yaml). Returns a one-line
// summary ("MARS5 AR, 273 tensors, D=1536 L=26 ...") or the loader's error.
Result<std::string> validateModelFile(const std::string& path, ModelRole role);

}  // namespace mars5
