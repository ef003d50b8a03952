#include "atomic_file.h"

#include "failure.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace mars5 {

namespace {

namespace fs = std::filesystem;

std::string siblingTemporary(const std::string& target, const std::string& folderOverride = {}) {
    static std::atomic<unsigned> counter{0};
    const auto slash = target.find_last_of('/');
    std::string dir = slash == std::string::npos ? std::string() : target.substr(0, slash + 1);
    if (!folderOverride.empty()) dir = folderOverride + "/";
    const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
    return dir + "." + base + ".part-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

// Where the content goes. An existing file: the operating system's own answer (realpath),
// which also handles /dev/stdout and /proc/self/fd/N, whose link text ("pipe:[123]") is no
// path; a device or pipe keeps the name it was given (it is opened, not replaced). A link to a
// file not made yet: its target, followed link by link (relative ones against the link's
// folder). A loop of links (more than 40 hops, the kernel's own limit) is refused.
std::string followLinks(const std::string& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (fs::exists(status)) {
        if (!fs::is_regular_file(status)) return path;
        const fs::path real = fs::canonical(path, ec);
        return ec ? path : real.string();
    }
    fs::path current(path);
    for (int hops = 0; hops <= 40; ++hops) {
        if (!fs::is_symlink(fs::symlink_status(current, ec))) return current.string();
        const fs::path target = fs::read_symlink(current, ec);
        if (ec) return current.string();  // unreadable: the rename then says why
        current = target.is_absolute() ? target : (current.parent_path() / target).lexically_normal();
    }
    fail(ErrorKind::Io, path + ": a loop of symbolic links");
}

}  // namespace

AtomicFile::AtomicFile(std::string targetPath) : m_target(std::move(targetPath)), m_resolved(followLinks(m_target)) {
    std::error_code ec;
    const fs::file_status status = fs::status(m_resolved, ec);
    if (fs::is_directory(status)) fail(ErrorKind::Io, m_target + ": is a folder, not a file name");
    m_throughStream = fs::exists(status) && !fs::is_regular_file(status);
    m_temporary = m_throughStream ? siblingTemporary(m_resolved, fs::temp_directory_path(ec).string())
                                  : siblingTemporary(m_resolved);
}

AtomicFile::~AtomicFile() {
    if (!m_committed) std::remove(m_temporary.c_str());
}

void AtomicFile::commit() {
    if (m_throughStream) {
        writeThrough();
        return;
    }
    const int fd = ::open(m_temporary.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(ErrorKind::Io, m_target + ": the temporary file vanished before it was complete");
    const bool synced = ::fsync(fd) == 0;
    const int syncErr = errno;
    ::close(fd);
    if (!synced) fail(ErrorKind::Io, m_target + ": cannot flush to disk: " + std::strerror(syncErr));
    if (std::rename(m_temporary.c_str(), m_resolved.c_str()) != 0)
        fail(ErrorKind::Io, m_target + ": cannot write: " + std::strerror(errno));
    m_committed = true;
}

void AtomicFile::writeThrough() {
    std::FILE* in = std::fopen(m_temporary.c_str(), "rb");
    if (!in) fail(ErrorKind::Io, m_target + ": the temporary file vanished before it was complete");
    const int fd = ::open(m_resolved.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        std::fclose(in);
        fail(ErrorKind::Io, m_target + ": cannot write: " + std::strerror(err));
    }
    char buffer[1 << 16];
    bool ok = true;
    int err = 0;
    for (std::size_t n; ok && (n = std::fread(buffer, 1, sizeof buffer, in)) > 0;) {
        for (std::size_t done = 0; done < n;) {
            const ssize_t wrote = ::write(fd, buffer + done, n - done);
            if (wrote < 0) {
                if (errno == EINTR) continue;
                ok = false;
                err = errno;
                break;
            }
            done += static_cast<std::size_t>(wrote);
        }
    }
    std::fclose(in);
    ::close(fd);
    if (!ok) fail(ErrorKind::Io, m_target + ": cannot write: " + std::strerror(err));
    std::remove(m_temporary.c_str());
    m_committed = true;
}

}  // namespace mars5
