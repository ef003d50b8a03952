#include "output_paths.h"

#include <filesystem>
#include <system_error>

namespace mars5::cli {

namespace {

namespace fs = std::filesystem;

std::string named(const NamedPath& p) { return p.option + " " + p.path; }

bool sameFile(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec) && !ec;
    // Not both there yet: the same name once links and ".." are resolved.
    const fs::path ca = fs::weakly_canonical(a, ec);
    if (ec) return false;
    const fs::path cb = fs::weakly_canonical(b, ec);
    return !ec && ca == cb;
}

}  // namespace

std::string checkOutputPaths(const std::vector<NamedPath>& outputs, const std::vector<NamedPath>& inputs) {
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const NamedPath& out = outputs[i];
        if (out.path.empty()) continue;
        std::error_code ec;
        const fs::file_status status = fs::status(out.path, ec);
        if (fs::is_directory(status)) return named(out) + ": is a folder, not a file name";
        const bool stream = fs::exists(status) && !fs::is_regular_file(status);  // /dev/null, a pipe
        if (!fs::exists(status)) {
            fs::path folder = fs::path(out.path).parent_path();
            if (folder.empty()) folder = ".";
            if (!fs::is_directory(folder, ec))
                return named(out) + ": the folder " + folder.string() + " does not exist";
        }
        for (const NamedPath& in : inputs)
            if (!in.path.empty() && !stream && sameFile(out.path, in.path))
                return named(out) + ": is the same file as " + named(in) + "; writing it would destroy that input";
        for (std::size_t j = 0; j < i; ++j)
            if (!outputs[j].path.empty() && !stream && sameFile(out.path, outputs[j].path))
                return out.option + " and " + outputs[j].option + " name the same file (" + out.path + "): give each its own";
    }
    return {};
}

}  // namespace mars5::cli
