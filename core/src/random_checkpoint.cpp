#include "random_checkpoint.h"

#include "failure.h"
#include "safetensors.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <utility>

namespace mars5 {

namespace {

// The pattern line the published tokenizers carry (informative only, spec §2.1).
const char* const kPatternLine =
    R"('(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]++[\r\n]*|\s*[\r\n]|\s+(?!\S)|\s+)";

// `merges` merges over `base` units, each new id made of two existing ids drawn by `pick`,
// no pair twice, no token longer than `maxUnits` units.
template <class Pick>
std::string mergeLines(int base, int merges, int maxUnits, Pick&& pick) {
    std::vector<int> units(static_cast<std::size_t>(base), 1);
    std::set<std::pair<int, int>> seen;
    std::ostringstream out;
    for (int m = 0; m < merges; ++m) {
        for (int attempt = 0;; ++attempt) {
            const auto [a, b] = pick(static_cast<int>(units.size()));
            if (attempt < 1000 && (units[a] + units[b] > maxUnits || seen.count({a, b}))) continue;
            if (seen.count({a, b})) fail(ErrorKind::Internal, "random tokenizer: no free merge pair left");
            seen.insert({a, b});
            units.push_back(units[a] + units[b]);
            out << a << ' ' << b << '\n';
            break;
        }
    }
    return out.str();
}

bool isEmbeddingTable(const std::string& name) {
    return name == "embed.weight" || name == "text_embed.weight" || name.find(".embs.") != std::string::npos;
}

int layerIndex(const std::string& name) {
    static const std::regex re(R"((^|\.)layers\.(\d+)\.)");
    std::smatch m;
    return std::regex_search(name, m, re) ? std::stoi(m[2].str()) : -1;
}

}  // namespace

std::string randomTextTokenizerModel(int vocab, std::uint64_t seed) {
    const int merges = vocab - 258;
    if (merges < 0) fail(ErrorKind::InvalidArgument, "text vocabulary " + std::to_string(vocab) + " is below 258 (256 bytes + 2 specials)");
    std::mt19937_64 rng(seed ^ 0x7465787474ull);
    // Parents: a lowercase letter, a space or an earlier merge, so English words compress.
    const std::string alphabet = " abcdefghijklmnopqrstuvwxyzeeeaaooiinnttrrss";
    std::ostringstream out;
    out << "minbpe v1\n" << kPatternLine << "\n2\n<|startoftext|> " << 256 + merges << "\n<|endoftext|> " << 257 + merges << "\n";
    out << mergeLines(256, merges, 12, [&](int n) {
        auto one = [&]() -> int {
            if (n == 256 || rng() % 2 == 0) return static_cast<unsigned char>(alphabet[rng() % alphabet.size()]);
            return 256 + static_cast<int>(rng() % static_cast<std::uint64_t>(n - 256));
        };
        return std::pair<int, int>{one(), one()};
    });
    return out.str();
}

std::string randomSpeechTokenizerModel(int vocab, std::uint64_t seed) {
    const int merges = vocab - 1025;
    if (merges < 0) fail(ErrorKind::InvalidArgument, "speech vocabulary " + std::to_string(vocab) + " is below 1025 (1024 codes + 1 special)");
    std::mt19937_64 rng(seed ^ 0x73706565636full);
    std::ostringstream out;
    out << "minbpe v1\n" << kPatternLine << "\n1\n<|endofspeech|> " << 1024 + merges << "\n";
    out << mergeLines(1024, merges, 8, [&](int n) {
        return std::pair<int, int>{static_cast<int>(rng() % static_cast<std::uint64_t>(n)),
                                   static_cast<int>(rng() % static_cast<std::uint64_t>(n))};
    });
    return out.str();
}

RandomCheckpointSummary writeRandomMars5Checkpoint(const std::string& manifestPath, const std::string& outPath,
                                                   const RandomCheckpointOptions& options) {
    std::ifstream in(manifestPath);
    if (!in) fail(ErrorKind::Io, manifestPath + ": cannot open the manifest");
    nlohmann::json manifest;
    try {
        in >> manifest;
    } catch (const std::exception& e) {
        fail(ErrorKind::Format, manifestPath + ": not JSON (" + e.what() + ")");
    }
    if (!manifest.is_object()) fail(ErrorKind::Format, manifestPath + ": the manifest is not a JSON object");

    RandomCheckpointSummary summary;
    summary.textVocab = options.textVocab;
    summary.speechVocab = options.speechVocab;
    const std::int64_t symbolV = options.textVocab + options.speechVocab, symbolVt = options.textVocab + 1;
    nlohmann::json vocabDims = nlohmann::json::object();
    if (manifest.contains("__metadata__")) {
        const auto& meta = manifest["__metadata__"];
        summary.description = meta.value("description", "");
        if (meta.contains("vocab_dependent_dims")) vocabDims = meta["vocab_dependent_dims"];
    }

    at::Generator gen = at::detail::createCPUGenerator(options.seed);
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (const auto& [name, entry] : manifest.items()) {
        if (name == "__metadata__") continue;
        if (options.maxLayers >= 0 && layerIndex(name) >= options.maxLayers) continue;
        const std::string context = manifestPath + ": " + name;
        if (!entry.is_object() || !entry.contains("shape") || !entry.contains("dtype"))
            fail(ErrorKind::Format, context + ": expected {\"dtype\", \"shape\"}");
        std::vector<std::int64_t> shape;
        try {
            shape = entry["shape"].get<std::vector<std::int64_t>>();
        } catch (const nlohmann::json::exception&) {
            fail(ErrorKind::Format, context + ": the shape is not a list of whole numbers");
        }
        // Every dimension positive, and no tensor beyond 2^32 values (16 GiB in float32: the
        // largest full-size MARS5 tensor holds ~12.6 million), before libtorch is asked for it.
        constexpr std::int64_t kMostValues = std::int64_t{1} << 32;
        std::int64_t values = 1;
        for (const std::int64_t d : shape) {
            if (d <= 0) fail(ErrorKind::Format, context + ": dimension " + std::to_string(d) + " of the shape is not positive");
            if (values > kMostValues / d)
                fail(ErrorKind::Format, context + ": the shape holds more than 2^32 values, far beyond any MARS5 tensor");
            values *= d;
        }
        if (vocabDims.contains(name)) {
            const auto axis = vocabDims[name].value("axis", 0);
            const std::string symbol = vocabDims[name].value("symbol", "");
            if (axis < 0 || axis >= static_cast<int>(shape.size())) fail(ErrorKind::Format, context + ": bad vocab axis");
            if (symbol == "V") shape[static_cast<std::size_t>(axis)] = symbolV;
            else if (symbol == "Vt") shape[static_cast<std::size_t>(axis)] = symbolVt;
            else fail(ErrorKind::Format, context + ": unknown vocabulary symbol '" + symbol + "'");
        }
        const c10::ScalarType dtype = scalarTypeFromSafetensorsName(entry["dtype"].get<std::string>(), context);
        at::Tensor t;
        const bool isBias = name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0;
        if (isBias) {
            t = at::zeros(shape, at::kFloat);
        } else if (shape.size() <= 1) {
            t = at::ones(shape, at::kFloat);
        } else {
            std::int64_t fanIn = 1;
            for (std::size_t i = 1; i < shape.size(); ++i) fanIn *= shape[i];
            const double stddev = isEmbeddingTable(name) ? 1.0 : 1.0 / std::sqrt(static_cast<double>(fanIn));
            t = at::normal(0.0, stddev, shape, gen, at::TensorOptions().dtype(at::kFloat));
        }
        t = t.to(dtype);
        summary.parameters += t.numel();
        summary.dataBytes += static_cast<std::int64_t>(t.numel() * t.element_size());
        tensors.emplace_back(name, std::move(t));
    }
    if (tensors.empty()) fail(ErrorKind::Format, manifestPath + ": the manifest lists no tensors");
    summary.tensors = static_cast<std::int64_t>(tensors.size());

    const std::map<std::string, std::string> metadata{
        {"texttok.model", randomTextTokenizerModel(options.textVocab, options.tokenizerSeed)},
        {"speechtok.model", randomSpeechTokenizerModel(options.speechVocab, options.tokenizerSeed)},
    };
    writeSafetensors(outPath, tensors, metadata);
    return summary;
}

}  // namespace mars5
