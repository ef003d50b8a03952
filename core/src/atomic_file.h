// Writing a file so that a crash, a full disk or a cancelled run never leaves a
// half-written file under the name the user asked for: write to a temporary
// sibling, then rename it over the target (atomic on POSIX file systems).
//
// The name the user gave is honoured as a name, not replaced as an object: a symbolic link
// is followed (its target gets the new content, the link stays), and a target that is not a
// regular file (/dev/null, a named pipe) is written through at commit, never replaced by a
// regular file. A folder is refused.
#pragma once

#include <string>

namespace mars5 {

class AtomicFile {
public:
    explicit AtomicFile(std::string targetPath);  // throws Failure(Io) for a folder
    ~AtomicFile();  // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Where to write the content (same folder as the target, hidden, unique; the system's
    // temporary folder for a device or pipe).
    const std::string& temporaryPath() const { return m_temporary; }
    // Flushes the temporary file to disk and renames it to the target (or copies it into a
    // device or pipe); throws Failure(Io).
    void commit();

private:
    void writeThrough();  // commit() for a target that is not a regular file

    std::string m_target;  // the user's name, for messages
    std::string m_resolved;  // where the content goes (symbolic links followed)
    std::string m_temporary;
    bool m_throughStream = false;  // the target exists and is a device, pipe or socket
    bool m_committed = false;
};

}  // namespace mars5
