// A structure-aware mutator for the targets whose input is JSON (the studio's presets and
// ratings session exports), linked only into the fuzzing build.
//
// Why: libFuzzer's byte mutations almost never keep a long JSON document valid, so in a
// 5-minute run of rating_import nearly every input was refused by the JSON parser and the
// import's own checks (each trial's numbers, texts and choices) were barely reached (README).
// Here an input that parses as JSON gets one change of its structure: a value replaced by
// another of any type (numbers at the edges readers get wrong: negative, fractional, beyond
// an int, beyond 2^53, 1e300), a key or element removed, an element repeated, a key renamed
// or added, a value copied from elsewhere in the document. The result is written back as
// JSON. A quarter of the time, and for any input that is not JSON (a ratings CSV), libFuzzer's
// own byte mutation runs instead, so the byte-level exploration goes on as before.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t maxSize);

namespace {

using Json = nlohmann::ordered_json;

// Where a value sits: its parent (null for the root) and its key or index there.
struct Place {
    Json* value;
    Json* parent;
    std::string key;  // in an object
    std::size_t index = 0;  // in an array
};

void collect(Json& value, Json* parent, const std::string& key, std::size_t index, std::vector<Place>& out) {
    out.push_back({&value, parent, key, index});
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) collect(it.value(), &value, it.key(), 0, out);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) collect(value[i], &value, {}, i, out);
    }
}

// The keys and strings of the document: a reader's own words are the likeliest to matter.
void collectWords(const Json& value, std::vector<std::string>& keys, std::vector<std::string>& strings) {
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            keys.push_back(it.key());
            collectWords(it.value(), keys, strings);
        }
    } else if (value.is_array()) {
        for (const Json& element : value) collectWords(element, keys, strings);
    } else if (value.is_string()) {
        strings.push_back(value.get<std::string>());
    }
}

template <class T>
const T& pick(const std::vector<T>& from, std::mt19937& rng) {
    return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

Json edgeNumber(std::mt19937& rng) {
    static const std::vector<Json> numbers = {
        0, 1, -1, 2, -5, 0.5, 2.5, -0.0, 1e-300, 1e300, -1e300, 1e308,
        std::int64_t{2147483647}, std::int64_t{2147483648}, std::int64_t{-2147483649}, std::int64_t{4294967296},
        std::int64_t{9007199254740991}, std::int64_t{9007199254740992}, std::numeric_limits<std::int64_t>::max(),
        std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::uint64_t>::max(),
        -40, -10, -40.5, -9.5};  // and the ends of the loudness range the studio allows
    return pick(numbers, rng);
}

Json anyValue(const std::vector<Place>& places, const std::vector<std::string>& strings, std::mt19937& rng) {
    switch (std::uniform_int_distribution<int>(0, 9)(rng)) {
    case 0: return nullptr;
    case 1: return std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    case 2: return Json::array();
    case 3: return Json::object();
    case 4: return std::string();
    case 5: return strings.empty() ? Json("A") : Json(pick(strings, rng));
    case 6: return std::string(std::uniform_int_distribution<int>(1, 300)(rng), 'x');
    case 7: return edgeNumber(rng).dump();  // a number written as text
    case 8: return *pick(places, rng).value;  // a copy of another value of the document
    default: return edgeNumber(rng);
    }
}

// One change of `root`'s structure; false if the chosen change could not apply.
bool mutateOnce(Json& root, std::mt19937& rng) {
    std::vector<Place> places;
    collect(root, nullptr, {}, 0, places);
    std::vector<std::string> keys, strings;
    collectWords(root, keys, strings);
    const Place& at = pick(places, rng);
    switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
    case 0:
    case 1:  // the root stays: a document that is one number tells a reader nothing new
        if (!at.parent) return false;
        *at.value = anyValue(places, strings, rng);
        return true;
    case 2:  // remove it
        if (!at.parent) return false;
        if (at.parent->is_object()) at.parent->erase(at.key);
        else at.parent->erase(at.index);
        return true;
    case 3:  // repeat an element (more trials), or a value's neighbour
        if (!at.value->is_array() || at.value->empty()) return false;
        at.value->push_back((*at.value)[std::uniform_int_distribution<std::size_t>(0, at.value->size() - 1)(rng)]);
        return true;
    case 4: {  // rename a key to another of the document's keys (a key lost, one doubled)
        if (!at.parent || !at.parent->is_object() || keys.empty()) return false;
        const std::string to = pick(keys, rng);
        if (to == at.key) return false;
        Json moved = std::move(*at.value);
        at.parent->erase(at.key);
        (*at.parent)[to] = std::move(moved);
        return true;
    }
    default:  // add a key of the document to an object
        if (!at.value->is_object() || keys.empty()) return false;
        (*at.value)[pick(keys, rng)] = anyValue(places, strings, rng);
        return true;
    }
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed) {
    // MARS5_FUZZ_BYTES_ONLY=1: libFuzzer's byte mutations alone, as before this mutator (to compare).
    static const bool bytesOnly = std::getenv("MARS5_FUZZ_BYTES_ONLY") != nullptr;
    std::mt19937 rng(seed);
    if (bytesOnly || std::uniform_int_distribution<int>(0, 3)(rng) == 0) return LLVMFuzzerMutate(data, size, maxSize);
    Json root = Json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded() || !(root.is_object() || root.is_array())) return LLVMFuzzerMutate(data, size, maxSize);
    // One to three changes; a change that does not apply (removing the root, repeating an
    // element of what is no array) is drawn again, a few times.
    const int changes = std::uniform_int_distribution<int>(1, 3)(rng);
    int made = 0;
    for (int tries = 0; tries < 16 && made < changes; ++tries) made += mutateOnce(root, rng) ? 1 : 0;
    if (made == 0) return LLVMFuzzerMutate(data, size, maxSize);
    const std::string text = root.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() > maxSize) return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, text.data(), text.size());
    return text.size();
}
