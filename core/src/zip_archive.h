// Read-only access to the "stored" (uncompressed) zip archives that torch.save writes
// (spec codec.md §6.1): the central directory is parsed and bounds-checked, zip64 records
// are understood, and each entry's data offset is taken from its *local* header (torch
// pads the local extra field so that tensor data starts 64-byte aligned).
//
// The file is memory-mapped; read() returns a pointer into the mapping. Compressed
// entries are listed but cannot be read (torch never compresses; a re-zipped file can).
//
// Internal API: throws mars5::Failure naming the file and the problem.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mars5 {

class MappedFile;

struct ZipEntry {
    std::string name;
    std::uint16_t method = 0;          // 0 = stored, 8 = deflate, ...
    std::uint32_t crc32 = 0;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0;            // uncompressed
    std::uint64_t localHeaderOffset = 0;
    std::uint64_t dataOffset = 0;      // absolute file offset of the entry's data
};

struct ZipBytes {
    const std::uint8_t* data = nullptr;
    std::uint64_t size = 0;
};

class ZipArchive {
public:
    // More entries than this is not a checkpoint (the real ones have a few hundred).
    static constexpr std::uint64_t kMaxEntries = 1'000'000;

    static ZipArchive open(const std::string& path);

    const std::string& path() const;
    std::uint64_t fileSize() const;
    const std::vector<ZipEntry>& entries() const { return m_entries; }
    const ZipEntry* find(const std::string& name) const;

    // The bytes of a stored entry (a view of the mapping). Failure(Unsupported) for a
    // compressed entry; verifyCrc also checks the CRC-32 (cheap for small records).
    ZipBytes read(const ZipEntry& entry, bool verifyCrc = false) const;

    // Keeps the mapping alive for views handed out by read().
    std::shared_ptr<const MappedFile> mapping() const { return m_file; }

private:
    std::shared_ptr<const MappedFile> m_file;
    std::vector<ZipEntry> m_entries;
    std::map<std::string, std::size_t> m_index;
};

std::uint32_t crc32(const std::uint8_t* data, std::uint64_t size, std::uint32_t seed = 0);

}  // namespace mars5
