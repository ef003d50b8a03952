// The one message for a file given as a checkpoint that is none (checkpoint_info and the codec
// loader sniff the same containers): a folder, an empty file, or something else, each said as such.
#pragma once

#include "error_notices.h"
#include "failure.h"

#include <filesystem>
#include <string>
#include <system_error>

namespace mars5 {

[[noreturn]] inline void failUnrecognisedCheckpoint(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) fail(ErrorKind::InvalidArgument, folderNotCheckpointNotice(path));
    const bool empty = std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0 && !ec;
    fail(ErrorKind::Format, empty ? emptyCheckpointNotice(path) : notACheckpointNotice(path));
}

}  // namespace mars5
