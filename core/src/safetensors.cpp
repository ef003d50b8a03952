#include "safetensors.h"

#include "atomic_file.h"
#include "failure.h"
#include "mapped_file.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>
#include <limits>

static_assert(std::endian::native == std::endian::little,
              "safetensors data is little-endian; a big-endian host would need byte swapping");

namespace mars5 {

namespace {

using Json = nlohmann::json;

struct DTypeName {
    const char* name;
    c10::ScalarType type;
};
// The dtypes the checkpoints and goldens of this project use, plus the other plain ones.
constexpr DTypeName kDTypes[] = {
    {"F32", c10::ScalarType::Float},  {"F16", c10::ScalarType::Half},
    {"BF16", c10::ScalarType::BFloat16}, {"F64", c10::ScalarType::Double},
    {"I64", c10::ScalarType::Long},   {"I32", c10::ScalarType::Int},
    {"I16", c10::ScalarType::Short},  {"I8", c10::ScalarType::Char},
    {"U8", c10::ScalarType::Byte},    {"BOOL", c10::ScalarType::Bool},
};

std::uint64_t readLittleEndian64(const std::uint8_t* p) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

SafetensorsEntry parseEntry(const std::string& where, const std::string& name, const Json& spec,
                            std::uint64_t dataSize) {
    const std::string ctx = where + ": tensor '" + name + "'";
    if (!spec.is_object()) fail(ErrorKind::Format, ctx + ": header entry is not a JSON object");
    for (const char* key : {"dtype", "shape", "data_offsets"})
        if (!spec.contains(key)) fail(ErrorKind::Format, ctx + ": header entry has no \"" + key + "\"");

    SafetensorsEntry e;
    e.name = name;
    if (!spec["dtype"].is_string()) fail(ErrorKind::Format, ctx + ": \"dtype\" is not a string");
    e.dtype = spec["dtype"].get<std::string>();
    e.scalarType = scalarTypeFromSafetensorsName(e.dtype, ctx);

    const Json& shape = spec["shape"];
    if (!shape.is_array()) fail(ErrorKind::Format, ctx + ": \"shape\" is not a list");
    std::uint64_t numel = 1;
    for (const Json& d : shape) {
        if (!d.is_number_integer() || d.get<std::int64_t>() < 0)
            fail(ErrorKind::Format, ctx + ": shape " + shape.dump() + " has a dimension that is not a non-negative integer");
        const auto dim = d.get<std::uint64_t>();
        if (__builtin_mul_overflow(numel, dim, &numel))
            fail(ErrorKind::Format, ctx + ": shape " + shape.dump() + " is too large");
        e.shape.push_back(static_cast<std::int64_t>(dim));
    }

    const Json& offsets = spec["data_offsets"];
    if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() ||
        !offsets[1].is_number_unsigned())
        fail(ErrorKind::Format, ctx + ": \"data_offsets\" must be two non-negative integers, got " + offsets.dump());
    e.begin = offsets[0].get<std::uint64_t>();
    e.end = offsets[1].get<std::uint64_t>();
    if (e.begin > e.end)
        fail(ErrorKind::Format, ctx + ": data range [" + std::to_string(e.begin) + ", " +
                                    std::to_string(e.end) + ") ends before it begins");
    if (e.end > dataSize)
        fail(ErrorKind::Format, ctx + ": data range [" + std::to_string(e.begin) + ", " +
                                    std::to_string(e.end) + ") lies beyond the end of the file (" +
                                    std::to_string(dataSize) + " data bytes): is the file truncated?");
    std::uint64_t bytes = 0;
    if (__builtin_mul_overflow(numel, static_cast<std::uint64_t>(c10::elementSize(e.scalarType)), &bytes) ||
        bytes != e.end - e.begin)
        fail(ErrorKind::Format, ctx + ": shape " + shapeText(e.shape) + " of " + e.dtype + " needs " +
                                    std::to_string(numel) + " x " + std::to_string(c10::elementSize(e.scalarType)) +
                                    " bytes but its data range holds " + std::to_string(e.end - e.begin));
    return e;
}

}  // namespace

std::int64_t SafetensorsEntry::numel() const {
    std::int64_t n = 1;
    for (auto d : shape) n *= d;
    return n;
}

c10::ScalarType scalarTypeFromSafetensorsName(const std::string& dtype, const std::string& context) {
    for (const auto& d : kDTypes)
        if (dtype == d.name) return d.type;
    fail(ErrorKind::Format, context + ": unknown dtype \"" + dtype +
                                "\" (expected one of F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)");
}

std::string safetensorsNameFromScalarType(c10::ScalarType type) {
    for (const auto& d : kDTypes)
        if (type == d.type) return d.name;
    fail(ErrorKind::Unsupported, std::string("safetensors cannot store dtype ") + c10::toString(type));
}

SafetensorsFile SafetensorsFile::open(const std::string& path) {
    SafetensorsFile f;
    f.m_file = MappedFile::open(path);
    const std::uint64_t size = f.m_file->size();
    if (size < 8)
        fail(ErrorKind::Format, path + ": too short to be a safetensors file (" + std::to_string(size) + " bytes)");
    const std::uint64_t headerLen = readLittleEndian64(f.m_file->data());
    if (headerLen < 2)
        fail(ErrorKind::Format, path + ": header length " + std::to_string(headerLen) + " is too small for a JSON header");
    if (headerLen > kMaxHeaderBytes)
        fail(ErrorKind::Format, path + ": header length " + std::to_string(headerLen) +
                                    " bytes is implausibly large: not a safetensors file?");
    if (headerLen > size - 8)
        fail(ErrorKind::Format, path + ": header length " + std::to_string(headerLen) + " is larger than the file (" +
                                    std::to_string(size) + " bytes): is the file truncated?");
    const char* headerBegin = reinterpret_cast<const char*>(f.m_file->data() + 8);
    if (headerBegin[0] != '{')
        fail(ErrorKind::Format, path + ": header does not start with a JSON object: not a safetensors file?");

    Json header;
    try {
        header = Json::parse(headerBegin, headerBegin + headerLen);
    } catch (const Json::exception& e) {  // parse_error, and out_of_range for a number too large for a double
        fail(ErrorKind::Format, path + ": header is not valid JSON (" + std::string(e.what()) + ")");
    }
    if (!header.is_object()) fail(ErrorKind::Format, path + ": header is not a JSON object");

    f.m_dataStart = 8 + headerLen;
    const std::uint64_t dataSize = size - f.m_dataStart;
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == "__metadata__") {
            if (!it.value().is_object()) fail(ErrorKind::Format, path + ": \"__metadata__\" is not a JSON object");
            for (auto m = it.value().begin(); m != it.value().end(); ++m) {
                if (!m.value().is_string())
                    fail(ErrorKind::Format, path + ": metadata \"" + m.key() + "\" is not a string");
                f.m_metadata[m.key()] = m.value().get<std::string>();
            }
            continue;
        }
        f.m_entries.push_back(parseEntry(path, it.key(), it.value(), dataSize));
    }

    // nlohmann's json object is sorted by key; keep the entries in the file's data order
    // (the writer's order), which is also what a user expects to see in `info`.
    std::stable_sort(f.m_entries.begin(), f.m_entries.end(),
                     [](const auto& a, const auto& b) { return a.begin < b.begin; });
    for (std::size_t i = 0; i < f.m_entries.size(); ++i) {
        const auto& e = f.m_entries[i];
        if (i > 0 && e.begin < f.m_entries[i - 1].end && e.begin != e.end)
            fail(ErrorKind::Format, path + ": tensors '" + f.m_entries[i - 1].name + "' and '" + e.name +
                                        "' overlap in the file (byte ranges [" + std::to_string(f.m_entries[i - 1].begin) +
                                        ", " + std::to_string(f.m_entries[i - 1].end) + ") and [" +
                                        std::to_string(e.begin) + ", " + std::to_string(e.end) + "))");
        f.m_index[e.name] = i;
    }
    return f;
}

const std::string& SafetensorsFile::path() const { return m_file->path(); }
std::uint64_t SafetensorsFile::fileSize() const { return m_file->size(); }

const SafetensorsEntry* SafetensorsFile::find(const std::string& name) const {
    const auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_entries[it->second];
}

at::Tensor SafetensorsFile::tensor(const std::string& name) const {
    const SafetensorsEntry* e = find(name);
    if (!e) fail(ErrorKind::Format, path() + ": has no tensor named '" + name + "'");
    auto* bytes = const_cast<std::uint8_t*>(m_file->data() + m_dataStart + e->begin);
    const auto options = at::TensorOptions().dtype(e->scalarType);
    const auto itemSize = c10::elementSize(e->scalarType);
    if (reinterpret_cast<std::uintptr_t>(bytes) % itemSize == 0) {
        // The deleter holds the mapping alive for as long as the tensor (or a view of it) lives.
        auto keepAlive = m_file;
        return at::from_blob(bytes, e->shape, [keepAlive](void*) {}, options);
    }
    at::Tensor copy = at::empty(e->shape, options);
    if (e->end > e->begin) std::memcpy(copy.data_ptr(), bytes, e->end - e->begin);
    return copy;
}

at::Tensor SafetensorsFile::tensor(const std::string& name, c10::ScalarType dtype) const {
    at::Tensor t = tensor(name);
    return t.scalar_type() == dtype ? t : t.to(dtype);
}

void writeSafetensors(const std::string& path,
                      const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                      const std::map<std::string, std::string>& metadata) {
    struct Item {
        std::string name;
        at::Tensor data;
    };
    std::vector<Item> items;
    for (const auto& [name, t] : tensors) {
        if (name == "__metadata__") fail(ErrorKind::InvalidArgument, path + ": a tensor cannot be named __metadata__");
        items.push_back({name, t.detach().to(at::kCPU).contiguous()});
    }
    // 8-byte dtypes first, then by name: every tensor starts at a multiple of its element size.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        const auto sa = a.data.element_size(), sb = b.data.element_size();
        return sa != sb ? sa > sb : a.name < b.name;
    });

    nlohmann::ordered_json header;
    if (!metadata.empty()) {
        nlohmann::ordered_json md = nlohmann::ordered_json::object();
        for (const auto& [k, v] : metadata) md[k] = v;
        header["__metadata__"] = md;
    }
    std::uint64_t offset = 0;
    for (const auto& item : items) {
        const std::uint64_t bytes = item.data.numel() * item.data.element_size();
        header[item.name] = {{"dtype", safetensorsNameFromScalarType(item.data.scalar_type())},
                             {"shape", item.data.sizes().vec()},
                             {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
    }
    std::string json = header.dump();
    json.append((8 - json.size() % 8) % 8, ' ');  // data section starts 8-byte aligned

    AtomicFile out(path);
    {
        std::ofstream os(out.temporaryPath(), std::ios::binary | std::ios::trunc);
        if (!os) fail(ErrorKind::Io, path + ": cannot create file in that folder");
        const std::uint64_t len = json.size();
        os.write(reinterpret_cast<const char*>(&len), sizeof len);
        os.write(json.data(), static_cast<std::streamsize>(json.size()));
        for (const auto& item : items)
            os.write(static_cast<const char*>(item.data.data_ptr()),
                     static_cast<std::streamsize>(item.data.numel() * item.data.element_size()));
        os.flush();
        if (!os) fail(ErrorKind::Io, path + ": write failed (disk full?)");
    }
    out.commit();
}

}  // namespace mars5
