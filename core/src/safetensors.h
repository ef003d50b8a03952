// Reader and writer of the safetensors format (8-byte little-endian header length,
// a JSON header, then raw little-endian tensor data), as used by the MARS5 and
// Hugging Face checkpoints and by our own goldens and conversions.
//
// The file is memory-mapped; tensor() returns a view into the mapping whenever the
// stored dtype is the one asked for and the data is aligned, so opening a 1.5 GB
// checkpoint costs no copy. Every header field is validated before anything is
// trusted: a malformed file is a Failure(Format) naming the file and the problem.
//
// Internal API: methods throw mars5::Failure; public entry points wrap them in guarded().
#pragma once

#include <ATen/core/Tensor.h>
#include <c10/core/ScalarType.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mars5 {

class MappedFile;

struct SafetensorsEntry {
    std::string name;
    std::string dtype;               // as spelled in the file: "F32", "F16", "BF16", ...
    c10::ScalarType scalarType;      // the matching libtorch dtype
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0;         // byte range relative to the start of the data section
    std::uint64_t end = 0;

    std::int64_t numel() const;
};

class SafetensorsFile {
public:
    // Largest header accepted (the real MARS5 NAR header, tokenizers included, is ~250 kB).
    static constexpr std::uint64_t kMaxHeaderBytes = 100ull << 20;

    static SafetensorsFile open(const std::string& path);

    const std::string& path() const;
    std::uint64_t fileSize() const;
    // Entries in header order (the order the writer emitted them).
    const std::vector<SafetensorsEntry>& entries() const { return m_entries; }
    const SafetensorsEntry* find(const std::string& name) const;
    bool contains(const std::string& name) const { return find(name) != nullptr; }
    const std::map<std::string, std::string>& metadata() const { return m_metadata; }

    // The tensor in its stored dtype: a zero-copy view of the mapping where possible.
    at::Tensor tensor(const std::string& name) const;
    // The tensor converted to `dtype` (F16/BF16 -> F32 and so on); a copy when it differs.
    at::Tensor tensor(const std::string& name, c10::ScalarType dtype) const;

private:
    std::shared_ptr<const MappedFile> m_file;
    std::uint64_t m_dataStart = 0;
    std::vector<SafetensorsEntry> m_entries;
    std::map<std::string, std::size_t> m_index;
    std::map<std::string, std::string> m_metadata;
};

// Writes tensors (any device, made contiguous on the CPU) in the given order, with the
// data sorted by dtype size then name like the reference writer, into `path` atomically
// (a temporary file renamed over the target once complete).
void writeSafetensors(const std::string& path,
                      const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                      const std::map<std::string, std::string>& metadata = {});

// "F32" -> at::kFloat etc.; throws Failure(Format) for an unknown name.
c10::ScalarType scalarTypeFromSafetensorsName(const std::string& dtype, const std::string& context);
std::string safetensorsNameFromScalarType(c10::ScalarType type);

}  // namespace mars5
