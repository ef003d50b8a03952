// Fuzz target: the pickle (data.pkl) inside a torch.save file. The reader must refuse every
// global outside its whitelist, every out-of-range size and every malformed opcode with a
// Failure; stateDict() then picks the tensors out of whatever value came back.
#include "fuzz_support.h"
#include "torch_pickle.h"

#include <ATen/ATen.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Storages are small zero tensors: the fuzzer explores the pickle, not the tensor data.
    // Limits below the defaults keep each input fast; they are checked the same way.
    const mars5::StorageLoader storages = [](const std::string& key, c10::ScalarType dtype, std::int64_t numel,
                                             const std::string&) {
        if (numel < 0 || numel > (1 << 16)) mars5::fail(mars5::ErrorKind::Format, "storage " + key + ": too large for the fuzzer");
        return at::zeros({numel}, at::TensorOptions().dtype(dtype));
    };
    mars5::PickleLimits limits;
    limits.maxMemoEntries = 100'000;
    limits.maxStackDepth = 100'000;
    mars5::fuzz::expectSuccessOrFailure([&] {
        const mars5::PickleValuePtr root = mars5::unpickle(data, size, storages, "fuzz.pkl", limits);
        if (!root) mars5::fuzz::finding("unpickle returned no value", "");
        (void)root->describe();
        for (const auto& [name, tensor] : mars5::stateDict(*root, "fuzz.pkl")) (void)(name.size() + tensor.numel());
    });
    return 0;
}
