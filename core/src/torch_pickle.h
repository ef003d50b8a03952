// A defensive reader for the pickle subset that torch.save writes (spec codec.md §6.4).
//
// It never executes anything: GLOBAL opcodes are checked against an explicit whitelist
// (collections.OrderedDict, the torch._utils tensor/parameter rebuild functions and the
// torch.*Storage types) and any other global is an error naming it, raised the moment it
// is read. Every size is bounded (pickle length, memo, stack, nesting depth, tensor rank,
// storage extents), so a hostile or damaged file is a Failure(Format), never a crash.
//
// The result is a small value tree (None/bool/int/float/str/tuple/list/dict/tensor);
// stateDict() picks the ordered name -> tensor map out of it (a plain state dict, or the
// `model` entry of a MARS5 {model, vocab} checkpoint).
//
// Internal API: throws mars5::Failure naming the file and the problem.
#pragma once

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mars5 {

class PickleValue;
using PickleValuePtr = std::shared_ptr<PickleValue>;

class PickleValue {
public:
    enum class Kind { None, Bool, Int, Float, String, Tuple, List, Dict, Tensor, Global, Storage };

    Kind kind = Kind::None;
    bool boolean = false;
    std::int64_t integer = 0;
    double real = 0.0;
    std::string text;                                              // String; Global "module.name"
    std::vector<PickleValuePtr> items;                             // Tuple, List
    std::vector<std::pair<PickleValuePtr, PickleValuePtr>> entries;  // Dict, in insertion order
    at::Tensor tensor;                                             // Tensor; Storage (1-D, whole storage)
    bool isParameter = false;                                      // saved as nn.Parameter
    int depth = 0;                                                 // container nesting (bounded)
    bool sealed = false;                                           // inserted into a container: immutable

    bool isDict() const { return kind == Kind::Dict; }
    bool isString() const { return kind == Kind::String; }
    bool isTensor() const { return kind == Kind::Tensor; }
    // Dict lookup by string key; nullptr when absent or not a dict.
    const PickleValue* find(const std::string& key) const;
    // "dict", "tensor", "int 3", ... for error messages.
    std::string describe() const;
};

struct PickleLimits {
    std::uint64_t maxPickleBytes = 512ull << 20;  // data.pkl of the real models is < 1 MB
    std::uint64_t maxMemoEntries = 10'000'000;
    std::uint64_t maxStackDepth = 10'000'000;
    int maxNesting = 64;
    int maxTensorRank = 16;
};

// Produces the storage for a persistent id ('storage', <type>, key, location, numel):
// a 1-D tensor of `numel` elements of `dtype`.
using StorageLoader =
    std::function<at::Tensor(const std::string& key, c10::ScalarType dtype, std::int64_t numel, const std::string& location)>;

// Interprets a pickle. `context` (usually the file name) prefixes every error message.
PickleValuePtr unpickle(const std::uint8_t* data, std::uint64_t size, const StorageLoader& storages,
                        const std::string& context, const PickleLimits& limits = {});

// A torch.save zip checkpoint, read: its top-level object with every tensor materialised
// (zero-copy views of the file's mapping when aligned and contiguous).
struct TorchCheckpoint {
    std::string path;
    std::string archiveFolder;  // the top folder inside the zip ("archive", "pytorch_model", ...)
    PickleValuePtr root;
};

TorchCheckpoint loadTorchCheckpoint(const std::string& path, const PickleLimits& limits = {});

using NamedTensors = std::vector<std::pair<std::string, at::Tensor>>;

// The state dict held by a checkpoint's top object: the object itself when it is a dict of
// tensors, else its "model" or "state_dict" entry. Fails naming the first non-tensor value.
NamedTensors stateDict(const PickleValue& root, const std::string& context);

// String-valued entries of a dict (e.g. a MARS5 checkpoint's "vocab"); non-strings are skipped.
std::vector<std::pair<std::string, std::string>> stringEntries(const PickleValue* dict);

}  // namespace mars5
