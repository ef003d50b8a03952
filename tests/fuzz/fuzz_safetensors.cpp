// Fuzz target: a safetensors file (header length, JSON header, data), as every MARS5, Vocos
// and Hugging Face Encodec checkpoint and our goldens are stored. Opening validates the
// header; each tensor is then read as stored and as float32, which touches every byte range
// the header claims.
#include "fuzz_support.h"
#include "safetensors.h"

#include <ATen/ATen.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit cleanup;
    const std::string& path = mars5::fuzz::writeInput(data, size);
    mars5::fuzz::expectSuccessOrFailure([&] {
        const mars5::SafetensorsFile file = mars5::SafetensorsFile::open(path);
        for (const auto& [key, value] : file.metadata()) (void)(key.size() + value.size());
        for (const mars5::SafetensorsEntry& entry : file.entries()) {
            if (file.find(entry.name) == nullptr) mars5::fuzz::finding("an entry that find() does not know", entry.name);
            const at::Tensor stored = file.tensor(entry.name);
            if (stored.numel() != entry.numel()) mars5::fuzz::finding("numel differs from the header", entry.name);
            // Summing reads every element (a view into the mapping must lie inside it).
            if (entry.numel() <= (1 << 20)) (void)file.tensor(entry.name, at::kFloat).sum().item<float>();
        }
    });
    return 0;
}
