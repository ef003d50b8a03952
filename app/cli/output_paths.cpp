#include "output_paths.h"

#include <filesystem>
#include <set>
#include <system_error>

#include <sys/stat.h>

namespace mars5::cli {

namespace {

namespace fs = std::filesystem;

std::string named(const NamedPath& p) { return p.option + " " + p.path; }

// The name with links and ".." resolved as far as the path exists, made absolute first, so
// that "x.wav", "./x.wav" and "$PWD/x.wav" all come out the same.
fs::path canonicalName(const std::string& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec) return fs::path(path).lexically_normal();
    const fs::path resolved = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : resolved;
}

// The same file on disk (after links): the same device and inode. std::filesystem::equivalent
// refuses pipes and devices ("operation not supported"), and /dev/stdout is often a pipe.
bool sameInode(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

struct KnownInput {
    const NamedPath* named;
    fs::path canonical;
    bool exists;
};

}  // namespace

std::string checkOutputPaths(const std::vector<NamedPath>& outputs, const std::vector<NamedPath>& inputs) {
    // Each path is resolved once (a script of thousands of lines names thousands of outputs).
    std::vector<KnownInput> known;
    for (const NamedPath& in : inputs) {
        if (in.path.empty()) continue;
        std::error_code ec;
        known.push_back({&in, canonicalName(in.path), fs::exists(in.path, ec)});
    }
    std::error_code ec;
    const fs::file_status stdoutStatus = fs::status("/dev/stdout", ec);
    const bool stdoutIsData = !ec && (fs::is_regular_file(stdoutStatus) || fs::is_fifo(stdoutStatus));
    std::set<fs::path> taken;
    std::vector<const NamedPath*> takenBy;
    for (const NamedPath& out : outputs) {
        if (out.path.empty()) continue;
        const fs::file_status status = fs::status(out.path, ec);
        if (fs::is_directory(status)) return named(out) + ": is a folder, not a file name";
        const bool exists = fs::exists(status);
        // Standard output carries the command's reports: the data would be mixed into them.
        if (exists && stdoutIsData && sameInode(out.path, "/dev/stdout"))
            return named(out) + ": is this command's standard output, where it prints its reports; give a file name";
        const bool stream = exists && !fs::is_regular_file(status);  // /dev/null, a pipe
        if (!exists) {
            fs::path folder = fs::path(out.path).parent_path();
            if (folder.empty()) folder = ".";
            if (!fs::is_directory(folder, ec)) return named(out) + ": the folder " + folder.string() + " does not exist";
        }
        if (stream) continue;
        const fs::path canonical = canonicalName(out.path);
        for (const KnownInput& in : known) {
            const bool same = exists && in.exists ? sameInode(out.path, in.named->path) : canonical == in.canonical;
            if (same) return named(out) + ": is the same file as " + named(*in.named) + "; writing it would destroy that input";
        }
        if (!taken.insert(canonical).second)
            for (const NamedPath* earlier : takenBy)
                if (canonicalName(earlier->path) == canonical)
                    return out.option + " and " + earlier->option + " name the same file (" + out.path + "): give each its own";
        takenBy.push_back(&out);
    }
    return {};
}

}  // namespace mars5::cli
