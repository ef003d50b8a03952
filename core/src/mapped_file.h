// A read-only view of a whole file through mmap, shared by every tensor that
// points into it so the mapping lives as long as the last of them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace mars5 {

class MappedFile {
public:
    // Throws Failure(Io) naming the path when the file cannot be opened or mapped.
    static std::shared_ptr<const MappedFile> open(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const std::uint8_t* data() const { return m_data; }
    std::uint64_t size() const { return m_size; }
    const std::string& path() const { return m_path; }

private:
    MappedFile() = default;
    std::string m_path;
    std::uint8_t* m_data = nullptr;
    std::uint64_t m_size = 0;
};

}  // namespace mars5
