#include "atomic_file.h"

#include "failure.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace mars5 {

namespace {
std::string siblingTemporary(const std::string& target) {
    static std::atomic<unsigned> counter{0};
    const auto slash = target.find_last_of('/');
    const std::string dir = slash == std::string::npos ? std::string() : target.substr(0, slash + 1);
    const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
    return dir + "." + base + ".part-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}
}  // namespace

AtomicFile::AtomicFile(std::string targetPath)
    : m_target(std::move(targetPath)), m_temporary(siblingTemporary(m_target)) {}

AtomicFile::~AtomicFile() {
    if (!m_committed) std::remove(m_temporary.c_str());
}

void AtomicFile::commit() {
    const int fd = ::open(m_temporary.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(ErrorKind::Io, m_target + ": the temporary file vanished before it was complete");
    const bool synced = ::fsync(fd) == 0;
    const int syncErr = errno;
    ::close(fd);
    if (!synced) fail(ErrorKind::Io, m_target + ": cannot flush to disk: " + std::strerror(syncErr));
    if (std::rename(m_temporary.c_str(), m_target.c_str()) != 0)
        fail(ErrorKind::Io, m_target + ": cannot write: " + std::strerror(errno));
    m_committed = true;
}

}  // namespace mars5
