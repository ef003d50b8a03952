#include "torch_pickle.h"

#include "error_notices.h"
#include "failure.h"
#include "mapped_file.h"
#include "zip_archive.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <unordered_map>

static_assert(std::endian::native == std::endian::little,
              "torch.save storages are little-endian; a big-endian host would need byte swapping");

namespace mars5 {

namespace {

using Kind = PickleValue::Kind;

struct StorageType {
    const char* name;
    c10::ScalarType dtype;
};
constexpr StorageType kStorageTypes[] = {
    {"FloatStorage", c10::ScalarType::Float}, {"DoubleStorage", c10::ScalarType::Double},
    {"HalfStorage", c10::ScalarType::Half},   {"BFloat16Storage", c10::ScalarType::BFloat16},
    {"LongStorage", c10::ScalarType::Long},   {"IntStorage", c10::ScalarType::Int},
    {"ShortStorage", c10::ScalarType::Short}, {"CharStorage", c10::ScalarType::Char},
    {"ByteStorage", c10::ScalarType::Byte},   {"BoolStorage", c10::ScalarType::Bool},
};

constexpr const char* kCallables[] = {
    "collections.OrderedDict",
    "torch._utils._rebuild_tensor",
    "torch._utils._rebuild_tensor_v2",
    "torch._utils._rebuild_parameter",
    "torch._utils._rebuild_parameter_with_state",
};

const StorageType* storageType(const std::string& global) {
    if (global.rfind("torch.", 0) != 0) return nullptr;
    const std::string name = global.substr(6);
    for (const auto& s : kStorageTypes)
        if (name == s.name) return &s;
    return nullptr;
}

bool whitelisted(const std::string& global) {
    for (const char* c : kCallables)
        if (global == c) return true;
    return storageType(global) != nullptr;
}

PickleValuePtr make(Kind kind) {
    auto v = std::make_shared<PickleValue>();
    v->kind = kind;
    return v;
}

class Unpickler {
public:
    Unpickler(const std::uint8_t* data, std::uint64_t size, const StorageLoader& storages, const std::string& context,
              const PickleLimits& limits)
        : m_data(data), m_size(size), m_storages(storages), m_ctx(context), m_limits(limits) {}

    PickleValuePtr run() {
        if (m_size > m_limits.maxPickleBytes)
            error("pickle of " + std::to_string(m_size) + " bytes is larger than the limit of " +
                  std::to_string(m_limits.maxPickleBytes) + " bytes");
        while (true) {
            if (m_pos >= m_size) error("pickle ends without a STOP opcode: the file is truncated or damaged");
            m_opPos = m_pos;
            const std::uint8_t op = m_data[m_pos++];
            switch (op) {
            case 0x80: {  // PROTO
                const auto proto = u8();
                if (proto > 5) error("unknown pickle protocol " + std::to_string(proto));
                break;
            }
            case 0x95: bytes(8); break;  // FRAME: length hint only
            case '.':                    // STOP
                if (m_stack.empty()) error("STOP with an empty stack");
                return m_stack.back();
            case '(': m_marks.push_back(m_stack.size()); break;
            case '0': pop(); break;                       // POP
            case '1': popMark(); break;                   // POP_MARK
            case '2': push(top()); break;                 // DUP
            case 'c': {                                   // GLOBAL
                std::string module = line();
                std::string name = line();
                pushGlobal(module + "." + name);
                break;
            }
            case 0x93: {  // STACK_GLOBAL
                auto name = pop();
                auto module = pop();
                if (!name->isString() || !module->isString()) error("STACK_GLOBAL operands are not strings");
                pushGlobal(module->text + "." + name->text);
                break;
            }
            case 'q': memoPut(u8()); break;                 // BINPUT
            case 'r': memoPut(u32()); break;                // LONG_BINPUT
            case 0x94: memoPut(m_memo.size()); break;       // MEMOIZE
            case 'h': memoGet(u8()); break;                 // BINGET
            case 'j': memoGet(u32()); break;                // LONG_BINGET
            case ')': push(make(Kind::Tuple)); break;       // EMPTY_TUPLE
            case 't': push(tuple(popMark())); break;        // TUPLE
            case 0x85: push(tuple(popN(1))); break;         // TUPLE1
            case 0x86: push(tuple(popN(2))); break;         // TUPLE2
            case 0x87: push(tuple(popN(3))); break;         // TUPLE3
            case ']': push(make(Kind::List)); break;        // EMPTY_LIST
            case 'l': {                                     // LIST
                auto list = make(Kind::List);
                for (auto& item : popMark()) attach(*list, item);
                push(list);
                break;
            }
            case 'a': {  // APPEND
                auto item = pop();
                attach(expect(top(), Kind::List, "APPEND target"), item);
                break;
            }
            case 'e': {  // APPENDS
                auto items = popMark();
                auto& list = expect(top(), Kind::List, "APPENDS target");
                for (auto& item : items) attach(list, item);
                break;
            }
            case '}': push(make(Kind::Dict)); break;  // EMPTY_DICT
            case 'd': {                               // DICT
                auto dict = make(Kind::Dict);
                setItems(*dict, popMark());
                push(dict);
                break;
            }
            case 's': {  // SETITEM
                auto value = pop();
                auto key = pop();
                setItems(expect(top(), Kind::Dict, "SETITEM target"), {key, value});
                break;
            }
            case 'u': {  // SETITEMS
                auto items = popMark();
                setItems(expect(top(), Kind::Dict, "SETITEMS target"), items);
                break;
            }
            case 'J': {  // BININT (signed 32-bit)
                std::int32_t v;
                std::memcpy(&v, bytes(4), 4);
                pushInt(v);
                break;
            }
            case 'K': pushInt(u8()); break;  // BININT1
            case 'M': {                      // BININT2
                const auto* b = bytes(2);
                pushInt(b[0] | (b[1] << 8));
                break;
            }
            case 0x8a: {  // LONG1
                const auto n = u8();
                if (n > 8) error("integer of " + std::to_string(n) + " bytes does not fit in 64 bits");
                const auto* b = bytes(n);
                std::uint64_t v = 0;
                for (int i = n - 1; i >= 0; --i) v = (v << 8) | b[i];
                if (n > 0 && n < 8 && (b[n - 1] & 0x80)) v |= ~std::uint64_t(0) << (8 * n);  // sign-extend
                pushInt(static_cast<std::int64_t>(v));
                break;
            }
            case 'X': pushString(u32()); break;      // BINUNICODE
            case 0x8c: pushString(u8()); break;      // SHORT_BINUNICODE
            case 0x8d: pushString(u64()); break;     // BINUNICODE8
            case 'T': pushString(u32()); break;      // BINSTRING (protocol 1 bytes, read as text)
            case 'U': pushString(u8()); break;       // SHORT_BINSTRING
            case 'G': {                              // BINFLOAT: big-endian double
                const auto* b = bytes(8);
                std::uint64_t bits = 0;
                for (int i = 0; i < 8; ++i) bits = (bits << 8) | b[i];
                auto v = make(Kind::Float);
                std::memcpy(&v->real, &bits, 8);
                push(v);
                break;
            }
            case 'N': push(make(Kind::None)); break;
            case 0x88: pushBool(true); break;
            case 0x89: pushBool(false); break;
            case 'R': {  // REDUCE
                auto args = pop();
                auto callable = pop();
                push(reduce(*callable, *args));
                break;
            }
            case 'b': {  // BUILD
                auto state = pop();
                const auto& target = top();
                // torch.save: an OrderedDict gets its `_metadata` attribute this way; it is not needed.
                if (target->kind != Kind::Dict)
                    error("BUILD (object state) applied to a " + target->describe() +
                          "; only the _metadata of a state dict is expected");
                break;
            }
            case 'Q': {  // BINPERSID
                auto pid = pop();
                push(persistentLoad(*pid));
                break;
            }
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", op);
                error(std::string("unsupported pickle opcode ") + hex +
                      " (not something torch.save writes for a state dict)");
            }
            }
        }
    }

private:
    [[noreturn]] void error(const std::string& what) const {
        fail(ErrorKind::Format, m_ctx + ": " + what + " (pickle byte " + std::to_string(m_opPos) + ")");
    }

    const std::uint8_t* bytes(std::uint64_t n) {
        if (n > m_size - m_pos) error("pickle is truncated (an opcode needs more bytes than are left)");
        const auto* p = m_data + m_pos;
        m_pos += n;
        return p;
    }
    std::uint8_t u8() { return *bytes(1); }
    std::uint32_t u32() {
        std::uint32_t v;
        std::memcpy(&v, bytes(4), 4);
        return v;
    }
    std::uint64_t u64() {
        std::uint64_t v;
        std::memcpy(&v, bytes(8), 8);
        return v;
    }
    std::string line() {
        constexpr std::uint64_t kMaxLine = 256;
        const std::uint64_t start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != '\n') {
            if (m_pos - start > kMaxLine) error("GLOBAL name longer than " + std::to_string(kMaxLine) + " bytes");
            ++m_pos;
        }
        if (m_pos >= m_size) error("pickle is truncated inside a GLOBAL name");
        std::string s(reinterpret_cast<const char*>(m_data + start), m_pos - start);
        ++m_pos;
        return s;
    }

    void push(PickleValuePtr v) {
        if (m_stack.size() >= m_limits.maxStackDepth) error("pickle stack grows beyond its limit");
        m_stack.push_back(std::move(v));
    }
    PickleValuePtr pop() {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
            error("pickle pops from an empty stack (damaged file)");
        auto v = std::move(m_stack.back());
        m_stack.pop_back();
        return v;
    }
    const PickleValuePtr& top() const {
        if (m_stack.empty()) error("pickle reads the top of an empty stack (damaged file)");
        return m_stack.back();
    }
    std::vector<PickleValuePtr> popN(std::size_t n) {
        std::vector<PickleValuePtr> out(n);
        for (std::size_t i = n; i-- > 0;) out[i] = pop();
        return out;
    }
    std::vector<PickleValuePtr> popMark() {
        if (m_marks.empty()) error("pickle uses a MARK that was never set (damaged file)");
        const std::size_t mark = m_marks.back();
        m_marks.pop_back();
        if (mark > m_stack.size()) error("pickle MARK lies above the stack (damaged file)");
        std::vector<PickleValuePtr> out(std::make_move_iterator(m_stack.begin() + mark),
                                        std::make_move_iterator(m_stack.end()));
        m_stack.resize(mark);
        return out;
    }
    PickleValue& expect(const PickleValuePtr& v, Kind kind, const char* what) const {
        if (v->kind != kind) error(std::string(what) + " is a " + v->describe());
        return *v;
    }

    void memoPut(std::uint64_t index) {
        if (index >= m_limits.maxMemoEntries) error("memo index " + std::to_string(index) + " is beyond the limit");
        if (m_memo.size() >= m_limits.maxMemoEntries) error("pickle memo grows beyond its limit");
        m_memo[static_cast<std::uint32_t>(index)] = top();
    }
    void memoGet(std::uint64_t index) {
        const auto it = m_memo.find(static_cast<std::uint32_t>(index));
        if (it == m_memo.end()) error("memo entry " + std::to_string(index) + " is read before it is written");
        push(it->second);
    }

    void pushInt(std::int64_t v) {
        auto p = make(Kind::Int);
        p->integer = v;
        push(p);
    }
    void pushBool(bool b) {
        auto p = make(Kind::Bool);
        p->boolean = b;
        push(p);
    }
    void pushString(std::uint64_t length) {
        auto p = make(Kind::String);
        const auto* b = bytes(length);
        p->text.assign(reinterpret_cast<const char*>(b), length);
        push(p);
    }
    void pushGlobal(const std::string& name) {
        if (!whitelisted(name))
            error("refers to the global '" + name +
                  "', which is not allowed: a checkpoint needs only collections.OrderedDict, the "
                  "torch._utils tensor rebuild functions and torch storage types, so this file is "
                  "either damaged or not a plain checkpoint (nothing in it was executed)");
        auto p = make(Kind::Global);
        p->text = name;
        push(p);
    }

    // Containers form a DAG of bounded depth: a container is immutable once it is inside another.
    void attach(PickleValue& container, const PickleValuePtr& child) {
        if (container.sealed) error("pickle modifies a container after storing it elsewhere (not from torch.save)");
        if (child.get() == &container) error("pickle puts a container inside itself (not from torch.save)");
        child->sealed = true;
        container.depth = std::max(container.depth, child->depth + 1);
        if (container.depth > m_limits.maxNesting)
            error("containers nested deeper than " + std::to_string(m_limits.maxNesting) + " levels");
        if (container.kind == Kind::Dict) return;  // setItems stores the pair itself
        container.items.push_back(child);
    }
    PickleValuePtr tuple(std::vector<PickleValuePtr> items) {
        auto t = make(Kind::Tuple);
        for (auto& item : items) attach(*t, item);
        return t;
    }
    void setItems(PickleValue& dict, const std::vector<PickleValuePtr>& kv) {
        if (kv.size() % 2 != 0) error("SETITEMS with an odd number of items");
        for (std::size_t i = 0; i < kv.size(); i += 2) {
            attach(dict, kv[i]);
            attach(dict, kv[i + 1]);
            // Python dict semantics: assigning an existing key replaces its value in place.
            bool replaced = false;
            if (kv[i]->isString())
                for (auto& e : dict.entries)
                    if (e.first->isString() && e.first->text == kv[i]->text) {
                        e.second = kv[i + 1];
                        replaced = true;
                        break;
                    }
            if (!replaced) dict.entries.emplace_back(kv[i], kv[i + 1]);
        }
    }

    std::int64_t intArg(const PickleValue& v, const char* what) const {
        if (v.kind != Kind::Int) error(std::string(what) + " is a " + v.describe() + ", expected an int");
        return v.integer;
    }
    std::vector<std::int64_t> intTuple(const PickleValue& v, const char* what) const {
        if (v.kind != Kind::Tuple) error(std::string(what) + " is a " + v.describe() + ", expected a tuple");
        if (static_cast<int>(v.items.size()) > m_limits.maxTensorRank)
            error(std::string(what) + " has " + std::to_string(v.items.size()) + " dimensions");
        std::vector<std::int64_t> out;
        for (const auto& item : v.items) {
            const auto x = intArg(*item, what);
            if (x < 0) error(std::string(what) + " holds a negative value " + std::to_string(x));
            out.push_back(x);
        }
        return out;
    }

    PickleValuePtr reduce(const PickleValue& callable, const PickleValue& args) {
        if (callable.kind != Kind::Global) error("REDUCE calls a " + callable.describe() + ", not a known function");
        if (args.kind != Kind::Tuple) error("REDUCE arguments are a " + args.describe() + ", not a tuple");
        const std::string& fn = callable.text;
        const auto& a = args.items;
        if (fn == "collections.OrderedDict") {
            if (!a.empty()) error("collections.OrderedDict called with arguments (not from torch.save)");
            return make(Kind::Dict);
        }
        if (fn == "torch._utils._rebuild_tensor_v2" || fn == "torch._utils._rebuild_tensor") {
            const bool v2 = fn.back() == '2';
            if (v2 ? (a.size() < 6 || a.size() > 7) : a.size() != 4)
                error(fn + " called with " + std::to_string(a.size()) + " arguments");
            return rebuildTensor(*a[0], intArg(*a[1], "storage offset"), intTuple(*a[2], "tensor size"),
                                 intTuple(*a[3], "tensor stride"));
        }
        if (fn == "torch._utils._rebuild_parameter" || fn == "torch._utils._rebuild_parameter_with_state") {
            if (a.empty() || a[0]->kind != Kind::Tensor) error(fn + " is not given a tensor");
            auto p = make(Kind::Tensor);
            p->tensor = a[0]->tensor;
            p->isParameter = true;
            return p;
        }
        error("the global '" + fn + "' cannot be called");
    }

    PickleValuePtr rebuildTensor(const PickleValue& storage, std::int64_t offset, const std::vector<std::int64_t>& size,
                                 const std::vector<std::int64_t>& stride) {
        if (storage.kind != Kind::Storage) error("tensor rebuilt from a " + storage.describe() + ", not a storage");
        if (size.size() != stride.size())
            error("tensor size has " + std::to_string(size.size()) + " dimensions but stride has " +
                  std::to_string(stride.size()));
        if (offset < 0) error("negative storage offset");
        const std::int64_t available = storage.tensor.numel();
        std::int64_t numel = 1, last = offset;
        for (std::size_t i = 0; i < size.size(); ++i) {
            if (__builtin_mul_overflow(numel, size[i], &numel)) error("tensor size overflows");
        }
        if (numel > 0) {
            for (std::size_t i = 0; i < size.size(); ++i) {
                std::int64_t step = 0;
                if (__builtin_mul_overflow(size[i] - 1, stride[i], &step) || __builtin_add_overflow(last, step, &last))
                    error("tensor extent overflows");
            }
            if (last >= available)
                error("tensor reaches element " + std::to_string(last) + " of a storage holding only " +
                      std::to_string(available) + " elements");
        }
        auto t = make(Kind::Tensor);
        t->tensor = storage.tensor.as_strided(size, stride, offset);
        return t;
    }

    PickleValuePtr persistentLoad(const PickleValue& pid) {
        if (pid.kind != Kind::Tuple || pid.items.size() != 5 || !pid.items[0]->isString() ||
            pid.items[0]->text != "storage")
            error("persistent id is not a ('storage', type, key, location, numel) tuple");
        const auto& type = *pid.items[1];
        const auto& key = *pid.items[2];
        const auto& location = *pid.items[3];
        const StorageType* st = type.kind == Kind::Global ? storageType(type.text) : nullptr;
        if (!st) error("storage type is a " + type.describe() + ", not a torch storage type");
        if (!key.isString() || key.text.empty() || key.text.size() > 64) error("storage key is not a short string");
        for (char ch : key.text)
            if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_')
                error("storage key '" + key.text + "' has unexpected characters");
        const std::int64_t numel = intArg(*pid.items[4], "storage size");
        if (numel < 0) error("negative storage size");

        auto& cached = m_storageCache[key.text];
        if (cached) {
            if (cached->tensor.scalar_type() != st->dtype)
                error("storage '" + key.text + "' is used with two different dtypes");
            return cached;
        }
        auto s = make(Kind::Storage);
        s->tensor = m_storages(key.text, st->dtype, numel, location.isString() ? location.text : std::string());
        cached = s;
        return s;
    }

    const std::uint8_t* m_data;
    std::uint64_t m_size;
    const StorageLoader& m_storages;
    const std::string& m_ctx;
    const PickleLimits& m_limits;
    std::uint64_t m_pos = 0;
    std::uint64_t m_opPos = 0;
    std::vector<PickleValuePtr> m_stack;
    std::vector<std::size_t> m_marks;
    std::unordered_map<std::uint32_t, PickleValuePtr> m_memo;
    std::unordered_map<std::string, PickleValuePtr> m_storageCache;
};

}  // namespace

const PickleValue* PickleValue::find(const std::string& key) const {
    if (kind != Kind::Dict) return nullptr;
    for (const auto& [k, v] : entries)
        if (k->isString() && k->text == key) return v.get();
    return nullptr;
}

std::string PickleValue::describe() const {
    switch (kind) {
    case Kind::None: return "None";
    case Kind::Bool: return boolean ? "bool True" : "bool False";
    case Kind::Int: return "int " + std::to_string(integer);
    case Kind::Float: return "float";
    case Kind::String: return "string";
    case Kind::Tuple: return "tuple of " + std::to_string(items.size());
    case Kind::List: return "list of " + std::to_string(items.size());
    case Kind::Dict: return "dict of " + std::to_string(entries.size());
    case Kind::Tensor: return "tensor";
    case Kind::Global: return "global " + text;
    case Kind::Storage: return "storage";
    }
    return "value";
}

PickleValuePtr unpickle(const std::uint8_t* data, std::uint64_t size, const StorageLoader& storages,
                        const std::string& context, const PickleLimits& limits) {
    return Unpickler(data, size, storages, context, limits).run();
}

TorchCheckpoint loadTorchCheckpoint(const std::string& path, const PickleLimits& limits) {
    {
        std::ifstream in(path, std::ios::binary);
        if (!in) fail(ErrorKind::Io, cannotOpenFileNotice(path));
        unsigned char head[2] = {};
        in.read(reinterpret_cast<char*>(head), 2);
        if (in.gcount() == 2 && head[0] == 0x80 && head[1] <= 5)
            fail(ErrorKind::Unsupported, legacyTorchCheckpointNotice(path));
    }
    const ZipArchive zip = ZipArchive::open(path);

    // torch.save puts everything under one top folder whose name varies; find its data.pkl.
    const ZipEntry* pkl = nullptr;
    for (const auto& e : zip.entries()) {
        const auto slash = e.name.find('/');
        if (slash != std::string::npos && e.name.compare(slash, std::string::npos, "/data.pkl") == 0) {
            if (pkl) fail(ErrorKind::Format, path + ": holds more than one data.pkl record");
            pkl = &e;
        }
    }
    if (!pkl) fail(ErrorKind::Format, path + ": a zip file without a <folder>/data.pkl record: not a torch.save checkpoint");
    TorchCheckpoint ckpt;
    ckpt.path = path;
    ckpt.archiveFolder = pkl->name.substr(0, pkl->name.size() - std::strlen("/data.pkl"));
    if (const ZipEntry* order = zip.find(ckpt.archiveFolder + "/byteorder")) {
        const ZipBytes b = zip.read(*order);
        const std::string text(reinterpret_cast<const char*>(b.data), std::min<std::uint64_t>(b.size, 16));
        if (text != "little")
            fail(ErrorKind::Unsupported, path + ": tensors stored with byte order '" + text + "' (only little-endian is read)");
    }

    const std::string folder = ckpt.archiveFolder;
    const StorageLoader loader = [&zip, &path, &folder](const std::string& key, c10::ScalarType dtype, std::int64_t numel,
                                                        const std::string&) -> at::Tensor {
        const std::string record = folder + "/data/" + key;
        const ZipEntry* e = zip.find(record);
        if (!e) fail(ErrorKind::Format, path + ": storage record '" + record + "' is missing: is the file truncated?");
        const ZipBytes bytes = zip.read(*e);
        const auto item = static_cast<std::uint64_t>(c10::elementSize(dtype));
        std::uint64_t needed = 0;
        if (__builtin_mul_overflow(static_cast<std::uint64_t>(numel), item, &needed) || needed > bytes.size)
            fail(ErrorKind::Format, path + ": storage record '" + record + "' holds " + std::to_string(bytes.size) +
                                        " bytes but the pickle needs " + std::to_string(numel) + " x " +
                                        std::to_string(item));
        const auto options = at::TensorOptions().dtype(dtype);
        auto* ptr = const_cast<std::uint8_t*>(bytes.data);
        if (reinterpret_cast<std::uintptr_t>(ptr) % item == 0) {
            auto keepAlive = zip.mapping();
            return at::from_blob(ptr, {numel}, [keepAlive](void*) {}, options);
        }
        at::Tensor copy = at::empty({numel}, options);
        if (needed) std::memcpy(copy.data_ptr(), ptr, needed);
        return copy;
    };
    const ZipBytes pickle = zip.read(*pkl, /*verifyCrc=*/true);
    ckpt.root = unpickle(pickle.data, pickle.size, loader, path, limits);
    return ckpt;
}

NamedTensors stateDict(const PickleValue& root, const std::string& context) {
    if (!root.isDict())
        fail(ErrorKind::Format, context + ": the checkpoint holds a " + root.describe() + ", not a state dict");
    const PickleValue* dict = &root;
    bool allTensors = !root.entries.empty();
    for (const auto& [k, v] : root.entries) allTensors = allTensors && v->isTensor();
    if (!allTensors) {
        for (const char* key : {"model", "state_dict"}) {
            const PickleValue* inner = root.find(key);
            if (inner && inner->isDict()) {
                dict = inner;
                break;
            }
        }
    }
    NamedTensors out;
    out.reserve(dict->entries.size());
    for (const auto& [k, v] : dict->entries) {
        if (!k->isString()) fail(ErrorKind::Format, context + ": the state dict has a " + k->describe() + " key");
        if (!v->isTensor())
            fail(ErrorKind::Format, context + ": state dict entry '" + k->text + "' is a " + v->describe() +
                                        ", not a tensor");
        out.emplace_back(k->text, v->tensor.contiguous());
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> stringEntries(const PickleValue* dict) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!dict || !dict->isDict()) return out;
    for (const auto& [k, v] : dict->entries)
        if (k->isString() && v->isString()) out.emplace_back(k->text, v->text);
    return out;
}

}  // namespace mars5
