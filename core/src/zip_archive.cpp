#include "zip_archive.h"

#include "failure.h"
#include "mapped_file.h"

#include <array>
#include <cstring>

namespace mars5 {

namespace {

constexpr std::uint32_t kLocalHeaderSig = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSig = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirSig = 0x06054b50;
constexpr std::uint32_t kZip64EndSig = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::uint64_t kEocdSize = 22;
constexpr std::uint64_t kMaxCommentSize = 0xFFFF;

// Bounds-checked little-endian reads from the mapping; every read names the file on failure.
class Reader {
public:
    Reader(const std::string& path, const std::uint8_t* data, std::uint64_t size)
        : m_path(path), m_data(data), m_size(size) {}

    void need(std::uint64_t offset, std::uint64_t bytes, const char* what) const {
        if (offset > m_size || bytes > m_size - offset)
            fail(ErrorKind::Format, m_path + ": " + what + " at byte " + std::to_string(offset) +
                                        " lies beyond the end of the file (" + std::to_string(m_size) +
                                        " bytes): is the file truncated?");
    }
    std::uint16_t u16(std::uint64_t off, const char* what) const {
        need(off, 2, what);
        return static_cast<std::uint16_t>(m_data[off] | (m_data[off + 1] << 8));
    }
    std::uint32_t u32(std::uint64_t off, const char* what) const {
        need(off, 4, what);
        std::uint32_t v = 0;
        for (int i = 3; i >= 0; --i) v = (v << 8) | m_data[off + i];
        return v;
    }
    std::uint64_t u64(std::uint64_t off, const char* what) const {
        need(off, 8, what);
        std::uint64_t v = 0;
        for (int i = 7; i >= 0; --i) v = (v << 8) | m_data[off + i];
        return v;
    }
    std::string str(std::uint64_t off, std::uint64_t len, const char* what) const {
        need(off, len, what);
        return std::string(reinterpret_cast<const char*>(m_data + off), len);
    }

private:
    const std::string& m_path;
    const std::uint8_t* m_data;
    std::uint64_t m_size;
};

const std::array<std::uint32_t, 256>& crcTable() {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

}  // namespace

std::uint32_t crc32(const std::uint8_t* data, std::uint64_t size, std::uint32_t seed) {
    const auto& t = crcTable();
    std::uint32_t c = ~seed;
    for (std::uint64_t i = 0; i < size; ++i) c = t[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return ~c;
}

ZipArchive ZipArchive::open(const std::string& path) {
    ZipArchive zip;
    zip.m_file = MappedFile::open(path);
    const std::uint64_t size = zip.m_file->size();
    const std::uint8_t* data = zip.m_file->data();
    const Reader r(path, data, size);

    if (size < 4 || r.u32(0, "signature") != kLocalHeaderSig)
        fail(ErrorKind::Format, path + ": not a zip archive (no \"PK\\x03\\x04\" signature at the start)");
    if (size < kEocdSize)
        fail(ErrorKind::Format, path + ": zip archive is truncated (" + std::to_string(size) + " bytes)");

    // The end-of-central-directory record sits in the last 22 + comment bytes.
    std::uint64_t eocd = UINT64_MAX;
    const std::uint64_t lowest = size - kEocdSize > kMaxCommentSize ? size - kEocdSize - kMaxCommentSize : 0;
    for (std::uint64_t off = size - kEocdSize + 1; off-- > lowest;) {
        if (data[off] == 0x50 && r.u32(off, "end record") == kEndOfCentralDirSig &&
            off + kEocdSize + r.u16(off + 20, "comment length") == size) {
            eocd = off;
            break;
        }
    }
    if (eocd == UINT64_MAX)
        fail(ErrorKind::Format, path + ": zip archive has no end-of-central-directory record: "
                                       "the file is truncated or damaged (an interrupted download?)");

    std::uint64_t entryCount = r.u16(eocd + 10, "entry count");
    std::uint64_t cdSize = r.u32(eocd + 12, "central directory size");
    std::uint64_t cdOffset = r.u32(eocd + 16, "central directory offset");
    if (entryCount == 0xFFFF || cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu) {
        if (eocd < 20 || r.u32(eocd - 20, "zip64 locator") != kZip64LocatorSig)
            fail(ErrorKind::Format, path + ": zip64 archive without its zip64 locator record");
        const std::uint64_t z64 = r.u64(eocd - 20 + 8, "zip64 end record offset");
        if (r.u32(z64, "zip64 end record") != kZip64EndSig)
            fail(ErrorKind::Format, path + ": zip64 end-of-central-directory record is missing or damaged");
        entryCount = r.u64(z64 + 32, "zip64 entry count");
        cdSize = r.u64(z64 + 40, "zip64 central directory size");
        cdOffset = r.u64(z64 + 48, "zip64 central directory offset");
    }
    if (entryCount > kMaxEntries)
        fail(ErrorKind::Format, path + ": zip archive claims " + std::to_string(entryCount) +
                                    " entries, more than any checkpoint has");
    r.need(cdOffset, cdSize, "central directory");
    if (cdOffset + cdSize > eocd)
        fail(ErrorKind::Format, path + ": zip central directory overlaps its end record");

    std::uint64_t off = cdOffset;
    zip.m_entries.reserve(entryCount);
    for (std::uint64_t i = 0; i < entryCount; ++i) {
        if (off + 46 > cdOffset + cdSize || r.u32(off, "central directory entry") != kCentralHeaderSig)
            fail(ErrorKind::Format, path + ": zip central directory entry " + std::to_string(i) + " is damaged");
        ZipEntry e;
        const std::uint16_t flags = r.u16(off + 8, "flags");
        e.method = r.u16(off + 10, "method");
        e.crc32 = r.u32(off + 16, "crc");
        e.compressedSize = r.u32(off + 20, "compressed size");
        e.size = r.u32(off + 24, "size");
        const std::uint16_t nameLen = r.u16(off + 28, "name length");
        const std::uint16_t extraLen = r.u16(off + 30, "extra length");
        const std::uint16_t commentLen = r.u16(off + 32, "comment length");
        e.localHeaderOffset = r.u32(off + 42, "local header offset");
        e.name = r.str(off + 46, nameLen, "entry name");
        if (flags & 0x1)
            fail(ErrorKind::Unsupported, path + ": zip entry '" + e.name + "' is encrypted");

        // Zip64 extended information: present fields replace the 0xFFFFFFFF placeholders, in order.
        std::uint64_t x = off + 46 + nameLen;
        const std::uint64_t xEnd = x + extraLen;
        r.need(x, extraLen, "extra field");
        while (x + 4 <= xEnd) {
            const std::uint16_t id = r.u16(x, "extra id");
            const std::uint16_t len = r.u16(x + 2, "extra length");
            if (x + 4 + len > xEnd) break;
            if (id == 0x0001) {
                std::uint64_t p = x + 4;
                auto take = [&](std::uint64_t& field) {
                    if (p + 8 > x + 4 + len)
                        fail(ErrorKind::Format, path + ": zip entry '" + e.name + "' has a short zip64 field");
                    field = r.u64(p, "zip64 field");
                    p += 8;
                };
                if (e.size == 0xFFFFFFFFu) take(e.size);
                if (e.compressedSize == 0xFFFFFFFFu) take(e.compressedSize);
                if (e.localHeaderOffset == 0xFFFFFFFFu) take(e.localHeaderOffset);
            }
            x += 4 + len;
        }
        off = xEnd + commentLen;

        // The data begins after the *local* header, whose extra field may differ from the central one.
        const std::uint64_t lh = e.localHeaderOffset;
        if (r.u32(lh, "local header") != kLocalHeaderSig)
            fail(ErrorKind::Format, path + ": zip entry '" + e.name + "' points to a damaged local header");
        const std::uint64_t localName = r.u16(lh + 26, "local name length");
        const std::uint64_t localExtra = r.u16(lh + 28, "local extra length");
        e.dataOffset = lh + 30 + localName + localExtra;
        if (e.dataOffset > size || e.compressedSize > size - e.dataOffset)
            fail(ErrorKind::Format, path + ": zip entry '" + e.name + "' (" + std::to_string(e.compressedSize) +
                                        " bytes) extends beyond the end of the file: is the file truncated?");
        if (e.dataOffset + e.compressedSize > cdOffset && lh < cdOffset)
            fail(ErrorKind::Format, path + ": zip entry '" + e.name + "' overlaps the central directory");
        if (e.method == 0 && e.compressedSize != e.size)
            fail(ErrorKind::Format, path + ": stored zip entry '" + e.name + "' has different packed and unpacked sizes");
        if (!zip.m_index.emplace(e.name, zip.m_entries.size()).second)
            fail(ErrorKind::Format, path + ": zip archive holds two entries named '" + e.name + "'");
        zip.m_entries.push_back(std::move(e));
    }
    return zip;
}

const std::string& ZipArchive::path() const { return m_file->path(); }
std::uint64_t ZipArchive::fileSize() const { return m_file->size(); }

const ZipEntry* ZipArchive::find(const std::string& name) const {
    const auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_entries[it->second];
}

ZipBytes ZipArchive::read(const ZipEntry& entry, bool verifyCrc) const {
    if (entry.method != 0)
        fail(ErrorKind::Unsupported, path() + ": zip entry '" + entry.name + "' is compressed (method " +
                                         std::to_string(entry.method) +
                                         "); torch.save writes uncompressed entries: was the file re-zipped?");
    ZipBytes bytes{m_file->data() + entry.dataOffset, entry.size};
    if (verifyCrc && crc32(bytes.data, bytes.size) != entry.crc32)
        fail(ErrorKind::Format, path() + ": zip entry '" + entry.name + "' fails its CRC check: the file is damaged");
    return bytes;
}

}  // namespace mars5
