#include "codec_loading.h"

#include "error_notices.h"
#include "failure.h"
#include "finite_weights.h"
#include "safetensors.h"
#include "unrecognised_file.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace mars5 {

namespace {

using TensorMap = std::unordered_map<std::string, at::Tensor>;

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> parts;
    std::string cur;
    for (char c : s) {
        if (c == sep) {
            parts.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts.push_back(cur);
    return parts;
}

bool parseIndex(const std::string& s, int& out) {
    if (s.empty() || s.size() > 6) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    out = std::stoi(s);
    return true;
}

TensorMap toMap(const NamedTensors& tensors) {
    TensorMap m;
    for (const auto& [name, t] : tensors) m.emplace(name, t);
    return m;
}

// Size of dimension `dim` of a named tensor, or `fallback` when it is absent or too small.
std::int64_t dimOf(const TensorMap& m, const std::string& name, int dim, std::int64_t fallback) {
    const auto it = m.find(name);
    if (it == m.end() || it->second.dim() <= dim) return fallback;
    return it->second.size(dim);
}

// Largest N such that "<prefix>N<suffix>" exists for all 0..N-1 (consecutive count).
int countIndexed(const TensorMap& m, const std::string& prefix, const std::string& suffix) {
    int n = 0;
    while (n < 100000 && m.count(prefix + std::to_string(n) + suffix)) ++n;
    return n;
}

// Largest layer index used under "<part>.model.".
int maxLayerIndex(const NamedTensors& tensors, const std::string& part) {
    int best = -1;
    const std::string prefix = part + ".model.";
    for (const auto& [name, t] : tensors) {
        if (!name.starts_with(prefix)) continue;
        int idx = 0;
        if (parseIndex(split(name.substr(prefix.size()), '.')[0], idx)) best = std::max(best, idx);
    }
    return best;
}

void addConv(std::vector<TensorExpectation>& out, const std::string& prefix, std::int64_t outCh, std::int64_t inCh,
             std::int64_t kernel) {
    out.push_back({prefix + ".bias", {outCh}});
    out.push_back({prefix + ".weight_g", {outCh, 1, 1}});
    out.push_back({prefix + ".weight_v", {outCh, inCh, kernel}});
}

void addConvTranspose(std::vector<TensorExpectation>& out, const std::string& prefix, std::int64_t inCh,
                      std::int64_t outCh, std::int64_t kernel) {
    out.push_back({prefix + ".bias", {outCh}});
    out.push_back({prefix + ".weight_g", {inCh, 1, 1}});
    out.push_back({prefix + ".weight_v", {inCh, outCh, kernel}});
}

void addResidual(std::vector<TensorExpectation>& out, const std::string& prefix, std::int64_t dim,
                 const EncodecConfig& c) {
    const std::int64_t hidden = dim / c.compress;
    addConv(out, prefix + ".block.1.conv.conv", hidden, dim, c.residualKernelSize);
    addConv(out, prefix + ".block.3.conv.conv", dim, hidden, 1);
    addConv(out, prefix + ".shortcut.conv.conv", dim, dim, 1);
}

void addLstm(std::vector<TensorExpectation>& out, const std::string& prefix, std::int64_t hidden, int layers) {
    for (int l = 0; l < layers; ++l) {
        const std::string s = std::to_string(l);
        out.push_back({prefix + ".weight_ih_l" + s, {4 * hidden, hidden}});
        out.push_back({prefix + ".weight_hh_l" + s, {4 * hidden, hidden}});
        out.push_back({prefix + ".bias_ih_l" + s, {4 * hidden}});
        out.push_back({prefix + ".bias_hh_l" + s, {4 * hidden}});
    }
}

std::string encLayer(int i) { return "encoder.model." + std::to_string(i); }
std::string decLayer(int i) { return "decoder.model." + std::to_string(i); }

const at::Tensor& get(const TensorMap& m, const std::string& name) {
    const auto it = m.find(name);
    if (it == m.end()) fail(ErrorKind::Internal, "tensor '" + name + "' vanished after the check");
    return it->second;
}

// W = g * V / ||V|| over all dimensions but 0, no epsilon (the reference's _weight_norm).
ConvWeights foldConv(const TensorMap& m, const std::string& prefix, int stride) {
    const at::Tensor v = get(m, prefix + ".weight_v").to(at::kFloat);
    const at::Tensor g = get(m, prefix + ".weight_g").to(at::kFloat);
    return {at::_weight_norm(v, g, 0).contiguous(), get(m, prefix + ".bias").to(at::kFloat).contiguous(), stride};
}

ResidualBlockWeights residualWeights(const TensorMap& m, const std::string& prefix) {
    return {foldConv(m, prefix + ".block.1.conv.conv", 1), foldConv(m, prefix + ".block.3.conv.conv", 1),
            foldConv(m, prefix + ".shortcut.conv.conv", 1)};
}

LstmWeights lstmWeights(const TensorMap& m, const std::string& prefix, int layers) {
    LstmWeights l;
    l.layers = layers;
    for (int i = 0; i < layers; ++i)
        for (const char* p : {"weight_ih_l", "weight_hh_l", "bias_ih_l", "bias_hh_l"})
            l.params.push_back(get(m, prefix + "." + p + std::to_string(i)).to(at::kFloat).contiguous());
    return l;
}

std::string describeEncodec(const EncodecConfig& c) {
    std::ostringstream os;
    os << "Encodec (" << c.nFilters << " filters, dimension " << c.dimension << ", " << c.numCodebooks << " x "
       << c.bins << " codebooks)";
    return os.str();
}

std::string describeVocos(const VocosConfig& c) {
    std::ostringstream os;
    os << "Vocos (input " << c.inputChannels << ", dim " << c.dim << ", intermediate " << c.intermediateDim << ", "
       << c.numLayers << " layers, n_fft " << c.nFft << ")";
    return os.str();
}

int tableCodebooksFor(const VocosConfig& c) {
    if (c.bandwidths.empty()) return 0;  // validateVocosConfig says so
    return c.codebooksAt(*std::max_element(c.bandwidths.begin(), c.bandwidths.end()));
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Expected tensor sets

std::vector<TensorExpectation> expectedEncodecTensors(const EncodecConfig& c) {
    std::vector<TensorExpectation> out;
    const int stages = static_cast<int>(c.ratios.size());
    const std::int64_t hidden = c.lstmHidden();
    addConv(out, encLayer(0) + ".conv.conv", c.nFilters, c.channels, c.kernelSize);
    for (int s = 0; s < stages; ++s) {
        const std::int64_t width = static_cast<std::int64_t>(c.nFilters) << s;
        const int ratio = c.ratios[stages - 1 - s];
        addResidual(out, encLayer(1 + 3 * s), width, c);
        addConv(out, encLayer(3 + 3 * s) + ".conv.conv", 2 * width, width, 2 * ratio);
    }
    addLstm(out, encLayer(1 + 3 * stages) + ".lstm", hidden, c.lstmLayers);
    addConv(out, encLayer(3 + 3 * stages) + ".conv.conv", c.dimension, hidden, c.lastKernelSize);
    for (int q = 0; q < c.numCodebooks; ++q) {
        const std::string p = "quantizer.vq.layers." + std::to_string(q) + "._codebook.";
        out.push_back({p + "inited", {1}});
        out.push_back({p + "cluster_size", {c.bins}});
        out.push_back({p + "embed", {c.bins, c.dimension}});
        out.push_back({p + "embed_avg", {c.bins, c.dimension}});
    }
    addConv(out, decLayer(0) + ".conv.conv", hidden, c.dimension, c.kernelSize);
    addLstm(out, decLayer(1) + ".lstm", hidden, c.lstmLayers);
    for (int s = 0; s < stages; ++s) {
        const std::int64_t width = hidden >> s;
        addConvTranspose(out, decLayer(3 + 3 * s) + ".convtr.convtr", width, width / 2, 2 * c.ratios[s]);
        addResidual(out, decLayer(4 + 3 * s), width / 2, c);
    }
    addConv(out, decLayer(3 + 3 * stages) + ".conv.conv", c.channels, c.nFilters, c.lastKernelSize);
    return out;
}

std::vector<TensorExpectation> expectedVocosTensors(const VocosConfig& c) {
    std::vector<TensorExpectation> out;
    out.push_back({"feature_extractor.codebook_weights",
                   {static_cast<std::int64_t>(c.tableCodebooks) * c.bins, c.inputChannels}});
    out.push_back({"backbone.embed.weight", {c.dim, c.inputChannels, c.kernel}});
    out.push_back({"backbone.embed.bias", {c.dim}});
    out.push_back({"backbone.norm.scale.weight", {c.adanormEmbeddings, c.dim}});
    out.push_back({"backbone.norm.shift.weight", {c.adanormEmbeddings, c.dim}});
    for (int i = 0; i < c.numLayers; ++i) {
        const std::string p = "backbone.convnext." + std::to_string(i) + ".";
        out.push_back({p + "gamma", {c.dim}});
        out.push_back({p + "dwconv.weight", {c.dim, 1, c.kernel}});
        out.push_back({p + "dwconv.bias", {c.dim}});
        out.push_back({p + "norm.scale.weight", {c.adanormEmbeddings, c.dim}});
        out.push_back({p + "norm.shift.weight", {c.adanormEmbeddings, c.dim}});
        out.push_back({p + "pwconv1.weight", {c.intermediateDim, c.dim}});
        out.push_back({p + "pwconv1.bias", {c.intermediateDim}});
        out.push_back({p + "pwconv2.weight", {c.dim, c.intermediateDim}});
        out.push_back({p + "pwconv2.bias", {c.dim}});
    }
    out.push_back({"backbone.final_layer_norm.weight", {c.dim}});
    out.push_back({"backbone.final_layer_norm.bias", {c.dim}});
    out.push_back({"head.out.weight", {c.nFft + 2, c.dim}});
    out.push_back({"head.out.bias", {c.nFft + 2}});
    out.push_back({"head.istft.window", {c.nFft}});
    return out;
}

// ---------------------------------------------------------------------------------------------
// Names

std::string encodecNameToHf(const std::string& original) {
    std::string s = original;
    replaceAll(s, "encoder.model.", "encoder.layers.");
    replaceAll(s, "decoder.model.", "decoder.layers.");
    replaceAll(s, ".conv.conv.", ".conv.");
    replaceAll(s, ".convtr.convtr.", ".conv.");
    if (s.starts_with("quantizer.vq.layers.")) {
        s = "quantizer.layers." + s.substr(std::strlen("quantizer.vq.layers."));
        replaceAll(s, "._codebook.", ".codebook.");
    }
    return s;
}

NamedTensors normalizeEncodecNames(const NamedTensors& tensors) {
    // Stages follow from the largest encoder index (3 * stages + 3); decoder transposed
    // convs sit at 3 + 3s, which HF names do not distinguish from plain convs.
    int maxEncoder = -1;
    for (const auto& [name, t] : tensors) {
        if (!name.starts_with("encoder.layers.")) continue;
        int idx = 0;
        if (parseIndex(split(name, '.')[2], idx)) maxEncoder = std::max(maxEncoder, idx);
    }
    const int stages = maxEncoder >= 6 ? (maxEncoder - 3) / 3 : 4;

    NamedTensors out;
    out.reserve(tensors.size());
    for (const auto& [original, t] : tensors) {
        std::string name = original;
        if (name.ends_with(".parametrizations.weight.original0"))
            name = name.substr(0, name.size() - std::strlen(".parametrizations.weight.original0")) + ".weight_g";
        else if (name.ends_with(".parametrizations.weight.original1"))
            name = name.substr(0, name.size() - std::strlen(".parametrizations.weight.original1")) + ".weight_v";

        auto parts = split(name, '.');
        int idx = 0;
        if (parts.size() >= 5 && parts[0] == "quantizer" && parts[1] == "layers" && parts[3] == "codebook") {
            name = "quantizer.vq.layers." + parts[2] + "._codebook." + parts[4];
            for (std::size_t i = 5; i < parts.size(); ++i) name += "." + parts[i];
        } else if (parts.size() >= 4 && (parts[0] == "encoder" || parts[0] == "decoder") && parts[1] == "layers" &&
                   parseIndex(parts[2], idx)) {
            const std::vector<std::string> rest(parts.begin() + 3, parts.end());
            std::string mapped;
            if (rest.size() == 2 && rest[0] == "conv") {
                const bool transposed = parts[0] == "decoder" && idx >= 3 && (idx - 3) % 3 == 0 && (idx - 3) / 3 < stages;
                mapped = (transposed ? "convtr.convtr." : "conv.conv.") + rest[1];
            } else if (rest.size() == 4 && rest[0] == "block" && rest[2] == "conv") {
                mapped = "block." + rest[1] + ".conv.conv." + rest[3];
            } else if (rest.size() == 3 && rest[0] == "shortcut" && rest[1] == "conv") {
                mapped = "shortcut.conv.conv." + rest[2];
            } else {
                mapped = rest[0];
                for (std::size_t i = 1; i < rest.size(); ++i) mapped += "." + rest[i];
            }
            name = parts[0] + ".model." + parts[2] + "." + mapped;
        }
        out.emplace_back(name, t);
    }
    return out;
}

CodecFileModel identifyCodecModel(const NamedTensors& tensors) {
    bool encoder = false, quantizer = false, vocos = false;
    for (const auto& [name, t] : tensors) {
        encoder = encoder || name.starts_with("encoder.model.") || name.starts_with("encoder.layers.");
        quantizer = quantizer || name.starts_with("quantizer.vq.layers.") || name.starts_with("quantizer.layers.");
        vocos = vocos || name == "backbone.embed.weight" || name == "feature_extractor.codebook_weights" ||
                name == "head.out.weight" || (name.starts_with("backbone.convnext.") && name.ends_with(".weight"));
    }
    if (vocos) return CodecFileModel::Vocos;
    if (encoder && quantizer) return CodecFileModel::Encodec;
    return CodecFileModel::Unknown;
}

// ---------------------------------------------------------------------------------------------
// Files

TensorFile readTensorFile(const std::string& path) {
    TensorFile f;
    f.path = path;
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorKind::Io, cannotOpenFileNotice(path));
    unsigned char head[9] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const auto got = in.gcount();
    in.close();
    if (got >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0) {
        const TorchCheckpoint ckpt = loadTorchCheckpoint(path);
        f.format = "PyTorch zip (torch.save)";
        f.tensors = stateDict(*ckpt.root, path);
        return f;
    }
    if (got >= 2 && head[0] == 0x80 && head[1] <= 5)
        fail(ErrorKind::Unsupported, legacyTorchCheckpointNotice(path));
    if (got >= 9 && head[8] == '{') {
        const SafetensorsFile st = SafetensorsFile::open(path);
        f.format = "safetensors";
        f.metadata = st.metadata();
        for (const auto& e : st.entries()) f.tensors.emplace_back(e.name, st.tensor(e.name));
        return f;
    }
    failUnrecognisedCheckpoint(path);
}

void checkTensors(const NamedTensors& tensors, const std::vector<TensorExpectation>& expected,
                  const std::string& context, const std::string& modelDescription,
                  const std::vector<std::string>& ignoredPrefixes) {
    std::unordered_map<std::string, const at::Tensor*> actual;
    for (const auto& [name, t] : tensors) actual.emplace(name, &t);
    std::unordered_map<std::string, bool> wanted;
    for (const auto& e : expected) wanted.emplace(e.name, true);

    std::vector<std::string> missing, wrongShape, wrongType, unexpected;
    for (const auto& e : expected) {
        const auto it = actual.find(e.name);
        if (it == actual.end()) {
            missing.push_back("  missing:     " + e.name + " " + shapeText(e.shape));
            continue;
        }
        const at::Tensor& t = *it->second;
        if (t.sizes().vec() != e.shape)
            wrongShape.push_back("  wrong shape: " + e.name + " is " + shapeText(t.sizes().vec()) + ", expected " +
                                 shapeText(e.shape));
        if (!at::isFloatingType(t.scalar_type()) || t.scalar_type() == at::kDouble)
            wrongType.push_back("  wrong dtype: " + e.name + " is " + std::string(c10::toString(t.scalar_type())) +
                                ", expected F32 (or F16/BF16)");
    }
    for (const auto& [name, t] : tensors) {
        if (wanted.count(name)) continue;
        bool ignored = false;
        for (const auto& p : ignoredPrefixes) ignored = ignored || name.starts_with(p);
        if (!ignored) unexpected.push_back("  unexpected:  " + name + " " + shapeText(t.sizes().vec()));
    }
    const std::size_t problems = missing.size() + wrongShape.size() + wrongType.size() + unexpected.size();
    if (problems == 0) return;

    std::ostringstream os;
    os << context << ": does not match " << modelDescription << ": " << missing.size() << " missing, "
       << wrongShape.size() << " with the wrong shape, " << wrongType.size() << " with the wrong dtype, "
       << unexpected.size() << " unexpected";
    if (missing.size() == expected.size())
        os << " (no expected tensor is present: is this the right kind of file?)";
    constexpr std::size_t kMaxLines = 60;
    std::size_t shown = 0;
    for (const auto* list : {&missing, &wrongShape, &wrongType, &unexpected})
        for (const auto& line : *list)
            if (shown++ < kMaxLines) os << '\n' << line;
    if (shown > kMaxLines) os << "\n  ... and " << (shown - kMaxLines) << " more";
    fail(ErrorKind::Format, os.str());
}

// ---------------------------------------------------------------------------------------------
// Encodec

EncodecConfig inferEncodecConfig(const NamedTensors& normalized) {
    const TensorMap m = toMap(normalized);
    EncodecConfig c;  // published defaults for anything the file does not show
    const int maxEncoder = maxLayerIndex(normalized, "encoder");
    const int stages = (maxEncoder >= 6 && (maxEncoder - 3) % 3 == 0) ? (maxEncoder - 3) / 3
                                                                      : static_cast<int>(c.ratios.size());
    std::vector<int> encoderRatios;
    for (int s = 0; s < stages; ++s) {
        const int fallback = s < static_cast<int>(c.ratios.size()) ? c.ratios[c.ratios.size() - 1 - s] : 2;
        encoderRatios.push_back(
            static_cast<int>(dimOf(m, encLayer(3 + 3 * s) + ".conv.conv.weight_v", 2, 2 * fallback) / 2));
    }
    c.ratios.assign(encoderRatios.rbegin(), encoderRatios.rend());
    c.nFilters = static_cast<int>(dimOf(m, "encoder.model.0.conv.conv.weight_v", 0, c.nFilters));
    c.channels = static_cast<int>(dimOf(m, "encoder.model.0.conv.conv.weight_v", 1, c.channels));
    c.kernelSize = static_cast<int>(dimOf(m, "encoder.model.0.conv.conv.weight_v", 2, c.kernelSize));
    const std::string last = encLayer(3 + 3 * stages) + ".conv.conv.weight_v";
    c.dimension = static_cast<int>(dimOf(m, last, 0, c.dimension));
    c.lastKernelSize = static_cast<int>(dimOf(m, last, 2, c.lastKernelSize));
    c.residualKernelSize = static_cast<int>(dimOf(m, "encoder.model.1.block.1.conv.conv.weight_v", 2, c.residualKernelSize));
    const std::int64_t hidden = dimOf(m, "encoder.model.1.block.1.conv.conv.weight_v", 0, 0);
    if (hidden > 0 && c.nFilters % hidden == 0) c.compress = static_cast<int>(c.nFilters / hidden);
    const int layers = countIndexed(m, encLayer(1 + 3 * stages) + ".lstm.weight_ih_l", "");
    if (layers > 0) c.lstmLayers = layers;
    const int codebooks = countIndexed(m, "quantizer.vq.layers.", "._codebook.embed");
    if (codebooks > 0) c.numCodebooks = codebooks;
    c.bins = static_cast<int>(dimOf(m, "quantizer.vq.layers.0._codebook.embed", 0, c.bins));
    return c;
}

EncodecWeights encodecFromTensors(const NamedTensors& tensors, const std::string& context) {
    const NamedTensors named = normalizeEncodecNames(tensors);
    const EncodecConfig c = inferEncodecConfig(named);
    if (c.nFilters < 1 || c.dimension < 1 || c.bins < 2 || c.compress < 1 || c.ratios.empty())
        fail(ErrorKind::Format, context + ": implausible Encodec sizes in the file");
    checkTensors(named, expectedEncodecTensors(c), context, describeEncodec(c));

    const TensorMap m = toMap(named);
    const int stages = static_cast<int>(c.ratios.size());
    EncodecWeights w;
    w.config = c;
    w.encoderIn = foldConv(m, encLayer(0) + ".conv.conv", 1);
    for (int s = 0; s < stages; ++s) {
        w.encoderBlocks.push_back(residualWeights(m, encLayer(1 + 3 * s)));
        w.encoderDown.push_back(foldConv(m, encLayer(3 + 3 * s) + ".conv.conv", c.ratios[stages - 1 - s]));
    }
    w.encoderLstm = lstmWeights(m, encLayer(1 + 3 * stages) + ".lstm", c.lstmLayers);
    w.encoderOut = foldConv(m, encLayer(3 + 3 * stages) + ".conv.conv", 1);
    w.decoderIn = foldConv(m, decLayer(0) + ".conv.conv", 1);
    w.decoderLstm = lstmWeights(m, decLayer(1) + ".lstm", c.lstmLayers);
    for (int s = 0; s < stages; ++s) {
        w.decoderUp.push_back(foldConv(m, decLayer(3 + 3 * s) + ".convtr.convtr", c.ratios[s]));
        w.decoderBlocks.push_back(residualWeights(m, decLayer(4 + 3 * s)));
    }
    w.decoderOut = foldConv(m, decLayer(3 + 3 * stages) + ".conv.conv", 1);
    std::vector<at::Tensor> books;
    for (int q = 0; q < c.numCodebooks; ++q)  // `embed` only: embed_avg is an un-normalised training sum
        books.push_back(get(m, "quantizer.vq.layers." + std::to_string(q) + "._codebook.embed").to(at::kFloat));
    w.codebooks = at::stack(books, 0).contiguous();
    return w;
}

namespace {

// A MARS5 checkpoint given as a codec file is said to be one, rather than reported as a few
// hundred missing tensors.
void rejectMars5Tensors(const NamedTensors& tensors, const std::string& path, const char* expected) {
    std::vector<TensorSummary> names;  // guessModel looks at the names only
    for (const auto& [name, t] : tensors) names.push_back({name, {}, {}});
    const ModelKind holds = guessModel(names);
    if (holds == ModelKind::Mars5Ar || holds == ModelKind::Mars5Nar)
        fail(ErrorKind::InvalidArgument, wrongModelFileNotice(path, holds, expected));
}

}  // namespace

EncodecWeights loadEncodecWeights(const std::string& path) {
    const TensorFile f = readTensorFile(path);
    if (identifyCodecModel(f.tensors) == CodecFileModel::Vocos)
        fail(ErrorKind::InvalidArgument, vocosGivenAsEncodecNotice(path));
    rejectMars5Tensors(f.tensors, path, "Encodec 24 kHz");
    requireFiniteWeights(f.tensors, path);
    return encodecFromTensors(f.tensors, path);
}

NamedTensors randomEncodecTensors(const EncodecConfig& config, std::uint64_t seed) {
    at::Generator gen = at::detail::createCPUGenerator(seed);
    NamedTensors out;
    for (const auto& e : expectedEncodecTensors(config)) {
        at::Tensor t;
        const auto leaf = e.name.substr(e.name.rfind('.') + 1);
        std::int64_t fanIn = 1;
        for (std::size_t d = 1; d < e.shape.size(); ++d) fanIn *= e.shape[d];
        if (leaf == "bias" || leaf.starts_with("bias_")) t = at::zeros(e.shape);
        else if (leaf == "weight_g") t = at::ones(e.shape);  // folded weight = V / ||V||
        else if (leaf == "inited" || leaf == "cluster_size") t = at::ones(e.shape);
        else if (leaf == "embed" || leaf == "embed_avg") t = at::normal(0.0, 0.1, e.shape, gen);
        else t = at::normal(0.0, 1.0 / std::sqrt(static_cast<double>(std::max<std::int64_t>(fanIn, 1))), e.shape, gen);
        out.emplace_back(e.name, t);
    }
    return out;
}

NamedTensors randomVocosTensors(const VocosConfig& config, std::uint64_t seed) {
    at::Generator gen = at::detail::createCPUGenerator(seed + 1);
    NamedTensors out;
    for (const auto& e : expectedVocosTensors(config)) {
        at::Tensor t;
        std::int64_t fanIn = 1;
        for (std::size_t d = 1; d < e.shape.size(); ++d) fanIn *= e.shape[d];
        if (e.name == "head.istft.window") t = at::hann_window(config.nFft, /*periodic=*/true);
        else if (e.name.ends_with("scale.weight") || e.name == "backbone.final_layer_norm.weight") t = at::ones(e.shape);
        else if (e.name.ends_with("shift.weight") || e.name.ends_with("bias")) t = at::zeros(e.shape);
        else if (e.name.ends_with("gamma")) t = at::full(e.shape, 1.0 / config.numLayers);
        else if (e.name == "feature_extractor.codebook_weights") t = at::normal(0.0, 0.1, e.shape, gen);
        else t = at::normal(0.0, 1.0 / std::sqrt(static_cast<double>(std::max<std::int64_t>(fanIn, 1))), e.shape, gen);
        out.emplace_back(e.name, t);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Vocos

namespace {

template <class T>
T yamlValue(const YAML::Node& node, const std::string& path, const std::string& key) {
    if (!node || !node[key])
        fail(ErrorKind::Format, path + ": Vocos config has no '" + key + "' setting");
    try {
        return node[key].as<T>();
    } catch (const YAML::Exception&) {
        fail(ErrorKind::Format, path + ": Vocos config setting '" + key + "' has the wrong type");
    }
}

// A setting the Hub's file may leave out: `fallback` when absent, else checked like yamlValue.
template <class T>
T yamlValueOr(const YAML::Node& node, const std::string& path, const std::string& key, T fallback) {
    return node[key] ? yamlValue<T>(node, path, key) : fallback;
}

void validateVocosConfig(const VocosConfig& c, const std::string& context) {
    auto bad = [&](const std::string& what) { fail(ErrorKind::Format, context + ": Vocos config: " + what); };
    if (c.inputChannels < 1 || c.dim < 1 || c.intermediateDim < 1 || c.numLayers < 0 || c.adanormEmbeddings < 1)
        bad("sizes must be positive");
    if (c.dim > 65536 || c.intermediateDim > 1 << 20 || c.numLayers > 1024 || c.nFft > 1 << 20)
        bad("implausibly large sizes");
    if (c.hopLength < 1 || c.nFft <= c.hopLength || (c.nFft - c.hopLength) % 2 != 0)
        bad("n_fft (" + std::to_string(c.nFft) + ") must exceed hop_length (" + std::to_string(c.hopLength) +
            ") by an even number of samples for 'same' padding");
    if (c.bandwidths.empty()) bad("no bandwidths");
}

}  // namespace

VocosConfig vocosConfigFromYaml(const std::string& yamlPath) {
    YAML::Node root;
    try {
        root = YAML::LoadFile(yamlPath);
    } catch (const YAML::BadFile&) {
        fail(ErrorKind::Io, yamlPath + ": cannot open the Vocos config file");
    } catch (const YAML::Exception& e) {
        fail(ErrorKind::Format, yamlPath + ": not valid YAML (" + e.msg + ")");
    }
    if (!root.IsMap()) fail(ErrorKind::Format, yamlPath + ": not a Vocos config.yaml (no mapping at the top)");
    auto section = [&](const char* name, const char* classSuffix) {
        const YAML::Node s = root[name];
        if (!s || !s.IsMap()) fail(ErrorKind::Format, yamlPath + ": Vocos config has no '" + name + "' section");
        const auto cls = yamlValue<std::string>(s, yamlPath, "class_path");
        if (!cls.ends_with(classSuffix))
            fail(ErrorKind::Unsupported, yamlPath + ": " + name + " is " + cls + "; only " + classSuffix +
                                             " (the Encodec variant of Vocos) is supported");
        const YAML::Node args = s["init_args"];
        if (!args || !args.IsMap()) fail(ErrorKind::Format, yamlPath + ": '" + name + "' has no init_args");
        return args;
    };
    const YAML::Node fe = section("feature_extractor", "EncodecFeatures");
    const YAML::Node bb = section("backbone", "VocosBackbone");
    const YAML::Node head = section("head", "ISTFTHead");

    VocosConfig c;
    const auto model = yamlValueOr<std::string>(fe, yamlPath, "encodec_model", "encodec_24khz");
    if (model != "encodec_24khz")
        fail(ErrorKind::Unsupported, yamlPath + ": Vocos for " + model + "; only encodec_24khz is supported");
    c.bandwidths = yamlValue<std::vector<double>>(fe, yamlPath, "bandwidths");
    c.inputChannels = yamlValue<int>(bb, yamlPath, "input_channels");
    c.dim = yamlValue<int>(bb, yamlPath, "dim");
    c.intermediateDim = yamlValue<int>(bb, yamlPath, "intermediate_dim");
    c.numLayers = yamlValue<int>(bb, yamlPath, "num_layers");
    c.adanormEmbeddings = yamlValueOr<int>(bb, yamlPath, "adanorm_num_embeddings", 0);
    if (c.adanormEmbeddings == 0)
        fail(ErrorKind::Unsupported, yamlPath + ": a Vocos backbone without adaptive LayerNorm is not the Encodec variant");
    const int headDim = yamlValue<int>(head, yamlPath, "dim");
    if (headDim != c.dim)
        fail(ErrorKind::Format, yamlPath + ": head dim " + std::to_string(headDim) + " differs from backbone dim " +
                                    std::to_string(c.dim));
    c.nFft = yamlValue<int>(head, yamlPath, "n_fft");
    c.hopLength = yamlValue<int>(head, yamlPath, "hop_length");
    const auto padding = yamlValueOr<std::string>(head, yamlPath, "padding", "same");
    if (padding != "same")
        fail(ErrorKind::Unsupported, yamlPath + ": ISTFT padding '" + padding + "'; only 'same' is supported");
    if (static_cast<int>(c.bandwidths.size()) != c.adanormEmbeddings)
        fail(ErrorKind::Format, yamlPath + ": " + std::to_string(c.bandwidths.size()) + " bandwidths but " +
                                    std::to_string(c.adanormEmbeddings) + " adaptive-norm embeddings");
    // Encodec 24 kHz: 75 frames/s, 10 bits per codebook -> 16 codebooks at 12 kbps.
    c.tableCodebooks = tableCodebooksFor(c);
    validateVocosConfig(c, yamlPath);
    return c;
}

std::string vocosConfigToJson(const VocosConfig& c) {
    nlohmann::ordered_json j;
    j["bandwidths"] = c.bandwidths;
    j["bins"] = c.bins;
    j["table_codebooks"] = c.tableCodebooks;
    j["input_channels"] = c.inputChannels;
    j["dim"] = c.dim;
    j["intermediate_dim"] = c.intermediateDim;
    j["num_layers"] = c.numLayers;
    j["adanorm_num_embeddings"] = c.adanormEmbeddings;
    j["n_fft"] = c.nFft;
    j["hop_length"] = c.hopLength;
    j["padding"] = "same";
    return j.dump();
}

VocosConfig vocosConfigFromJson(const std::string& json, const std::string& context) {
    VocosConfig c;
    try {
        const auto j = nlohmann::json::parse(json);
        c.bandwidths = j.at("bandwidths").get<std::vector<double>>();
        c.bins = j.at("bins").get<int>();
        c.tableCodebooks = j.at("table_codebooks").get<int>();
        c.inputChannels = j.at("input_channels").get<int>();
        c.dim = j.at("dim").get<int>();
        c.intermediateDim = j.at("intermediate_dim").get<int>();
        c.numLayers = j.at("num_layers").get<int>();
        c.adanormEmbeddings = j.at("adanorm_num_embeddings").get<int>();
        c.nFft = j.at("n_fft").get<int>();
        c.hopLength = j.at("hop_length").get<int>();
    } catch (const nlohmann::json::exception& e) {
        fail(ErrorKind::Format, context + ": the stored Vocos config is damaged (" + std::string(e.what()) + ")");
    }
    validateVocosConfig(c, context);
    return c;
}

VocosConfig inferVocosConfig(const NamedTensors& tensors) {
    const TensorMap m = toMap(tensors);
    VocosConfig c;
    c.dim = static_cast<int>(dimOf(m, "backbone.embed.weight", 0, c.dim));
    c.inputChannels = static_cast<int>(dimOf(m, "backbone.embed.weight", 1, c.inputChannels));
    c.kernel = static_cast<int>(dimOf(m, "backbone.embed.weight", 2, c.kernel));
    c.intermediateDim = static_cast<int>(dimOf(m, "backbone.convnext.0.pwconv1.weight", 0, c.intermediateDim));
    c.numLayers = countIndexed(m, "backbone.convnext.", ".dwconv.weight");
    c.adanormEmbeddings = static_cast<int>(dimOf(m, "backbone.norm.scale.weight", 0, c.adanormEmbeddings));
    c.nFft = static_cast<int>(dimOf(m, "head.istft.window", 0, c.nFft));
    c.hopLength = c.nFft / 4;
    c.bandwidths.clear();
    for (int i = 0; i < c.adanormEmbeddings; ++i) c.bandwidths.push_back(1.5 * (1 << i));
    c.tableCodebooks = tableCodebooksFor(c);
    return c;
}

VocosWeights vocosFromTensors(const NamedTensors& tensors, const VocosConfig& config, const std::string& context) {
    VocosConfig c = config;
    // Codebook entries per Encodec codebook follow from the table height when it divides evenly.
    const TensorMap m = toMap(tensors);
    const std::int64_t rows = dimOf(m, "feature_extractor.codebook_weights", 0, 0);
    if (rows > 0 && c.tableCodebooks > 0 && rows % c.tableCodebooks == 0) c.bins = static_cast<int>(rows / c.tableCodebooks);
    checkTensors(tensors, expectedVocosTensors(c), context, describeVocos(c), {"feature_extractor.encodec."});

    auto f32 = [&](const std::string& name) { return get(m, name).to(at::kFloat).contiguous(); };
    VocosWeights w;
    w.config = c;
    w.codebookTable = f32("feature_extractor.codebook_weights");
    w.embedWeight = f32("backbone.embed.weight");
    w.embedBias = f32("backbone.embed.bias");
    w.normScale = f32("backbone.norm.scale.weight");
    w.normShift = f32("backbone.norm.shift.weight");
    for (int i = 0; i < c.numLayers; ++i) {
        const std::string p = "backbone.convnext." + std::to_string(i) + ".";
        w.blocks.push_back({f32(p + "dwconv.weight"), f32(p + "dwconv.bias"), f32(p + "norm.scale.weight"),
                            f32(p + "norm.shift.weight"), f32(p + "pwconv1.weight"), f32(p + "pwconv1.bias"),
                            f32(p + "pwconv2.weight"), f32(p + "pwconv2.bias"), f32(p + "gamma")});
    }
    w.finalNormWeight = f32("backbone.final_layer_norm.weight");
    w.finalNormBias = f32("backbone.final_layer_norm.bias");
    w.headWeight = f32("head.out.weight");
    w.headBias = f32("head.out.bias");
    w.window = f32("head.istft.window");
    return w;
}

VocosWeights loadVocosWeights(const std::string& path, const std::string& configPath) {
    const TensorFile f = readTensorFile(path);
    if (identifyCodecModel(f.tensors) == CodecFileModel::Encodec)
        fail(ErrorKind::InvalidArgument, encodecGivenAsVocosNotice(path));
    rejectMars5Tensors(f.tensors, path, "Vocos");
    VocosConfig config;
    if (!configPath.empty()) {
        config = vocosConfigFromYaml(configPath);
    } else if (const auto it = f.metadata.find("vocos_config"); it != f.metadata.end()) {
        config = vocosConfigFromJson(it->second, path);
    } else {
        const auto sibling = std::filesystem::path(path).parent_path() / "config.yaml";
        std::error_code ec;
        config = std::filesystem::exists(sibling, ec) ? vocosConfigFromYaml(sibling.string()) : inferVocosConfig(f.tensors);
    }
    requireFiniteWeights(f.tensors, path);
    return vocosFromTensors(f.tensors, config, path);
}

}  // namespace mars5
