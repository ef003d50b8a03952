// Test helper: writes torch.save-shaped files (stored zip + protocol-2 pickle) byte by byte,
// so the malformed-file tests need neither Python nor torch. Header-only, test code only.
#pragma once

#include "zip_archive.h"  // crc32

#include <ATen/ATen.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace mars5::test {

// Pickle opcode emitter (protocol 2, the subset torch.save uses).
class PickleWriter {
public:
    PickleWriter() { m_out += "\x80\x02"; }
    PickleWriter& raw(const std::string& bytes) { m_out += bytes; return *this; }
    PickleWriter& global(const std::string& module, const std::string& name) {
        m_out += 'c' + module + '\n' + name + '\n';
        return *this;
    }
    PickleWriter& str(const std::string& s) {
        m_out += 'X';
        u32(static_cast<std::uint32_t>(s.size()));
        m_out += s;
        return *this;
    }
    PickleWriter& integer(std::int64_t v) {
        m_out += 'J';
        u32(static_cast<std::uint32_t>(static_cast<std::int32_t>(v)));
        return *this;
    }
    PickleWriter& mark() { m_out += '('; return *this; }
    PickleWriter& tuple() { m_out += 't'; return *this; }
    PickleWriter& reduce() { m_out += 'R'; return *this; }
    PickleWriter& stop() { m_out += '.'; return *this; }
    PickleWriter& orderedDict() { return global("collections", "OrderedDict").raw(")").reduce(); }

    // _rebuild_tensor_v2(('storage', <type>, key, 'cpu', numel), offset, size, stride, False, OrderedDict())
    PickleWriter& tensor(const std::string& key, const std::string& storageType, std::int64_t numel, std::int64_t offset,
                         const std::vector<std::int64_t>& size, const std::vector<std::int64_t>& stride) {
        global("torch._utils", "_rebuild_tensor_v2").mark();
        mark().str("storage").global("torch", storageType).str(key).str("cpu").integer(numel).tuple().raw("Q");
        integer(offset);
        mark();
        for (auto s : size) integer(s);
        tuple().mark();
        for (auto s : stride) integer(s);
        tuple().raw("\x89");
        orderedDict();
        return tuple().reduce();
    }

    const std::string& bytes() const { return m_out; }

private:
    void u32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i) m_out += static_cast<char>((v >> (8 * i)) & 0xFF);
    }
    std::string m_out;
};

// Stored zip with torch's 64-byte data alignment (padding in the local extra field).
class ZipWriter {
public:
    void add(const std::string& name, const std::string& data, std::uint16_t method = 0) {
        m_entries.push_back({name, data, method});
    }
    std::string bytes() const {
        std::string out, central;
        for (const auto& e : m_entries) {
            const std::uint32_t offset = static_cast<std::uint32_t>(out.size());
            const std::uint32_t crc = crc32(reinterpret_cast<const std::uint8_t*>(e.data.data()), e.data.size());
            const std::size_t headerEnd = out.size() + 30 + e.name.size() + 4;
            const std::size_t pad = (64 - headerEnd % 64) % 64;
            const std::uint16_t extraLen = static_cast<std::uint16_t>(4 + pad);
            le32(out, 0x04034b50); le16(out, 20); le16(out, 0); le16(out, e.method); le16(out, 0); le16(out, 0);
            le32(out, crc); le32(out, static_cast<std::uint32_t>(e.data.size())); le32(out, static_cast<std::uint32_t>(e.data.size()));
            le16(out, static_cast<std::uint16_t>(e.name.size())); le16(out, extraLen);
            out += e.name;
            le16(out, 0xCAFE); le16(out, static_cast<std::uint16_t>(pad));
            out.append(pad, '\0');
            out += e.data;

            le32(central, 0x02014b50); le16(central, 20); le16(central, 20); le16(central, 0); le16(central, e.method);
            le16(central, 0); le16(central, 0); le32(central, crc); le32(central, static_cast<std::uint32_t>(e.data.size()));
            le32(central, static_cast<std::uint32_t>(e.data.size())); le16(central, static_cast<std::uint16_t>(e.name.size()));
            le16(central, 0); le16(central, 0); le16(central, 0); le16(central, 0); le32(central, 0); le32(central, offset);
            central += e.name;
        }
        const std::uint32_t cdOffset = static_cast<std::uint32_t>(out.size());
        out += central;
        le32(out, 0x06054b50); le16(out, 0); le16(out, 0);
        le16(out, static_cast<std::uint16_t>(m_entries.size())); le16(out, static_cast<std::uint16_t>(m_entries.size()));
        le32(out, static_cast<std::uint32_t>(central.size())); le32(out, cdOffset); le16(out, 0);
        return out;
    }

private:
    struct Entry {
        std::string name, data;
        std::uint16_t method;
    };
    static void le16(std::string& s, std::uint16_t v) { s += static_cast<char>(v & 0xFF); s += static_cast<char>(v >> 8); }
    static void le32(std::string& s, std::uint32_t v) {
        for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xFF);
    }
    std::vector<Entry> m_entries;
};

inline void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream os(path, std::ios::binary | std::ios::trunc);
    os.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline const char* storageTypeFor(c10::ScalarType t) {
    switch (t) {
    case at::kFloat: return "FloatStorage";
    case at::kHalf: return "HalfStorage";
    case at::kLong: return "LongStorage";
    case at::kDouble: return "DoubleStorage";
    default: return "ByteStorage";
    }
}

// A torch.save({name: tensor, ...}) as an OrderedDict state dict, one storage per tensor.
inline std::string torchSaveStateDict(const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                                      const std::string& folder = "archive") {
    PickleWriter p;
    p.orderedDict().mark();
    ZipWriter zip;
    std::vector<std::pair<std::string, std::string>> storages;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        const at::Tensor t = tensors[i].second.contiguous();
        std::vector<std::int64_t> stride(t.dim(), 1);
        for (std::int64_t d = t.dim() - 2; d >= 0; --d) stride[d] = stride[d + 1] * t.size(d + 1);
        p.str(tensors[i].first).tensor(std::to_string(i), storageTypeFor(t.scalar_type()), t.numel(), 0, t.sizes().vec(), stride);
        storages.emplace_back(std::to_string(i), std::string(static_cast<const char*>(t.data_ptr()), t.numel() * t.element_size()));
    }
    p.raw("u").stop();
    zip.add(folder + "/data.pkl", p.bytes());
    for (const auto& [key, data] : storages) zip.add(folder + "/data/" + key, data);
    zip.add(folder + "/version", "3\n");
    return zip.bytes();
}

}  // namespace mars5::test
