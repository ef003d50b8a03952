// Writing a file so that a crash, a full disk or a cancelled run never leaves a
// half-written file under the name the user asked for: write to a temporary
// sibling, then rename it over the target (atomic on POSIX file systems).
#pragma once

#include <string>

namespace mars5 {

class AtomicFile {
public:
    explicit AtomicFile(std::string targetPath);
    ~AtomicFile();  // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Where to write the content (same folder as the target, hidden, unique).
    const std::string& temporaryPath() const { return m_temporary; }
    // Flushes the temporary file to disk and renames it to the target; throws Failure(Io).
    void commit();

private:
    std::string m_target;
    std::string m_temporary;
    bool m_committed = false;
};

}  // namespace mars5
