// Fuzz target: any file handed to `mars5-cli info` or the studio's model slots. The public
// inspectCheckpoint() sniffs the container (safetensors or torch.save zip), reads the
// tensor table and recognises the model. Bad bytes must come back as a Format, Unsupported
// or Io error with a message, never as an Internal one (an exception core did not expect).
#include "fuzz_support.h"
#include "mars5/checkpoint_info.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit cleanup;
    const std::string& path = mars5::fuzz::writeInput(data, size);
    const mars5::Result<mars5::CheckpointInfo> info = mars5::inspectCheckpoint(path);
    if (info) mars5::fuzz::tell("accepted", mars5::describe(info->model));
    if (!info) {
        mars5::fuzz::tell("refused", info.error().message);
        if (info.error().kind == mars5::ErrorKind::Internal) mars5::fuzz::finding("an internal error", info.error().message);
        if (info.error().message.empty()) mars5::fuzz::finding("an error without a message", "");
    }
    return 0;
}
