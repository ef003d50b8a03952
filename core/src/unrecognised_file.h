// Which container a checkpoint file is, from its first bytes, and the one message for a file
// given as a checkpoint that is none (checkpoint_info and the loaders sniff the same
// containers): a folder, an empty file, or something else, each said as such.
#pragma once

#include "error_notices.h"
#include "failure.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace mars5 {

enum class CheckpointContainer { Safetensors, TorchZip, LegacyPickle, Unknown };

inline CheckpointContainer sniffCheckpointContainer(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorKind::Io, cannotOpenFileNotice(path));
    unsigned char head[9] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const auto got = in.gcount();
    if (got >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0) return CheckpointContainer::TorchZip;
    if (got >= 2 && head[0] == 0x80 && head[1] <= 5) return CheckpointContainer::LegacyPickle;
    // safetensors: an 8-byte little-endian header length, then the JSON header.
    if (got >= 9 && head[8] == '{') return CheckpointContainer::Safetensors;
    return CheckpointContainer::Unknown;
}

[[noreturn]] inline void failUnrecognisedCheckpoint(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) fail(ErrorKind::InvalidArgument, folderNotCheckpointNotice(path));
    const bool empty = std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0 && !ec;
    fail(ErrorKind::Format, empty ? emptyCheckpointNotice(path) : notACheckpointNotice(path));
}

}  // namespace mars5
