// Checks a command's output names before it does any work: a synthesis or a load that takes
// minutes must not end in "cannot create the file", and an output must never overwrite one of
// the command's own inputs (`encode a.wav -o a.wav` would have turned the recording into codes).
#pragma once

#include <string>
#include <vector>

namespace mars5::cli {

struct NamedPath {
    std::string option;  // "-o", "--save-codes", "--ref", "IN", ...
    std::string path;    // empty: not given (skipped)
};

// "" when every output can be written: its folder exists, it is not a folder itself, it is not
// the same file as any input (links followed), and no two outputs share a name. Otherwise the
// first problem, naming the options involved. A device such as /dev/null is a fine output.
std::string checkOutputPaths(const std::vector<NamedPath>& outputs, const std::vector<NamedPath>& inputs);

}  // namespace mars5::cli
