// The public Codec facade over encodec.h / vocos.h / codec_loading.h.
#include "mars5/codec.h"

#include "ascii_text.h"
#include "codec_loading.h"
#include "error_notices.h"
#include "failure.h"
#include "safetensors.h"
#include "torch_types.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <c10/core/InferenceMode.h>

#include <cmath>
#include <filesystem>
#include <optional>
#include <sstream>

namespace mars5 {

struct Codec::Impl {
    CodecOptions options;
    std::optional<EncodecWeights> encodec;
    std::optional<VocosWeights> vocos;
};

namespace {

// A kernel libtorch lacks for a reduced precision on this device: say so, with what to use
// instead, rather than only quoting the kernel's name. Other errors keep their own message.
template <class Fn>
auto run(const CodecOptions& options, Fn&& fn) {
    return guarded([&] {
        try {
            c10::InferenceMode inference;
            return fn();
        } catch (const Failure&) {
            throw;
        } catch (const std::exception& e) {
            if (options.dtype == ComputeDType::Float32 || !isMissingKernelError(e)) throw;
            fail(ErrorKind::Unsupported, std::string(toString(options.dtype)) + " on " + toString(options.device) +
                                             " is not supported by this libtorch for the codec (" +
                                             withoutBacktrace(e.what()) + "); use --dtype float32");
        }
    });
}

void validateCodes(const CodecCodes& codes, int bins, int maxCodebooks, const char* vocoderName) {
    if (codes.numCodebooks < 1) fail(ErrorKind::InvalidArgument, "the codes have no codebooks");
    if (codes.numCodebooks > maxCodebooks)
        fail(ErrorKind::InvalidArgument, std::string(vocoderName) + " takes at most " + std::to_string(maxCodebooks) +
                                             " codebooks; the codes have " + std::to_string(codes.numCodebooks));
    if (codes.numFrames < 1) fail(ErrorKind::InvalidArgument, "the codes have no frames (nothing to decode)");
    if (codes.values.size() != static_cast<std::size_t>(codes.numCodebooks) * static_cast<std::size_t>(codes.numFrames))
        fail(ErrorKind::InvalidArgument, "the codes hold " + std::to_string(codes.values.size()) + " values, not " +
                                             std::to_string(codes.numCodebooks) + " x " + std::to_string(codes.numFrames));
    for (int q = 0; q < codes.numCodebooks; ++q)
        for (std::int64_t t = 0; t < codes.numFrames; ++t) {
            const auto v = codes.value(q, t);
            if (v < 0 || v >= bins)
                fail(ErrorKind::InvalidArgument,
                     "code " + std::to_string(v) + " at codebook " + std::to_string(q) + ", frame " + std::to_string(t) +
                         " is outside 0.." + std::to_string(bins - 1) +
                         (v == bins ? " (it is the NAR padding class, which must never reach the vocoder)" : ""));
        }
}

}  // namespace

const char* toString(ComputeDevice device) { return device == ComputeDevice::Cuda ? "cuda" : "cpu"; }

const char* toString(ComputeDType dtype) {
    switch (dtype) {
    case ComputeDType::Float16: return "float16";
    case ComputeDType::BFloat16: return "bfloat16";
    case ComputeDType::Float32: break;
    }
    return "float32";
}

Result<ComputeDevice> parseComputeDevice(const std::string& text) {
    const std::string t = asciiLower(text);
    if (t == "cpu") return ComputeDevice::Cpu;
    if (t == "cuda" || t == "gpu") return ComputeDevice::Cuda;
    return Error{ErrorKind::InvalidArgument, "unknown device '" + text + "' (expected cpu or cuda)"};
}

Result<ComputeDType> parseComputeDType(const std::string& text) {
    const std::string t = asciiLower(text);
    if (t == "float32" || t == "fp32" || t == "f32" || t == "float") return ComputeDType::Float32;
    if (t == "float16" || t == "fp16" || t == "f16" || t == "half") return ComputeDType::Float16;
    if (t == "bfloat16" || t == "bf16") return ComputeDType::BFloat16;
    return Error{ErrorKind::InvalidArgument, "unknown dtype '" + text + "' (expected float32, float16 or bfloat16)"};
}

bool cudaAvailable() {
    try {
        return at::hasCUDA() && at::detail::getCUDAHooks().getNumGPUs() > 0;
    } catch (...) {
        return false;
    }
}

ComputeDevice automaticDevice() { return cudaAvailable() ? ComputeDevice::Cuda : ComputeDevice::Cpu; }

ComputeDType automaticDType(ComputeDevice device) {
    return device == ComputeDevice::Cuda ? ComputeDType::Float16 : ComputeDType::Float32;
}

Result<void> saveCodes(const std::string& path, const CodecCodes& codes) {
    return guarded([&] {
        if (codes.values.size() != static_cast<std::size_t>(codes.numCodebooks) * static_cast<std::size_t>(codes.numFrames))
            fail(ErrorKind::InvalidArgument, path + ": codes hold " + std::to_string(codes.values.size()) +
                                                 " values, not codebooks x frames");
        at::Tensor t = at::empty({codes.numCodebooks, codes.numFrames}, at::kLong);
        std::copy(codes.values.begin(), codes.values.end(), t.data_ptr<std::int64_t>());
        std::ostringstream bw;
        bw << codes.bandwidthKbps;
        writeSafetensors(path, {{"codes", t}},
                         {{"format", "mars5-codes"}, {"layout", "codebooks x frames"},
                          {"sample_rate", "24000"}, {"bandwidth_kbps", bw.str()}});
    });
}

Result<CodecCodes> loadCodes(const std::string& path) {
    return guarded([&] {
        const SafetensorsFile file = SafetensorsFile::open(path);
        const SafetensorsEntry* e = file.find("codes");
        if (!e) fail(ErrorKind::Format, path + ": has no tensor named 'codes' (not a codes file from `mars5-cli encode`?)");
        if (e->scalarType != at::kLong && e->scalarType != at::kInt)
            fail(ErrorKind::Format, path + ": 'codes' is " + e->dtype + ", expected integer codes (I64)");
        at::Tensor t = file.tensor("codes", at::kLong);
        if (t.dim() == 3 && t.size(0) == 1) t = t[0];
        if (t.dim() != 2)
            fail(ErrorKind::Format, path + ": 'codes' has " + std::to_string(t.dim()) +
                                        " dimensions; expected (codebooks, frames)");
        t = t.contiguous();
        CodecCodes codes;
        codes.numCodebooks = static_cast<int>(t.size(0));
        codes.numFrames = t.size(1);
        codes.values.assign(t.data_ptr<std::int64_t>(), t.data_ptr<std::int64_t>() + t.numel());
        if (const auto it = file.metadata().find("bandwidth_kbps"); it != file.metadata().end()) {
            try {
                codes.bandwidthKbps = std::stod(it->second);
            } catch (...) {
            }
        }
        return codes;
    });
}

namespace {

// Where load() and createRandom() put the models, after checking the device and applying the
// thread count.
struct CodecPlacement {
    c10::Device device;
    c10::ScalarType vocosDType, encodecDType;
};

CodecPlacement placementFor(const CodecOptions& options) {
    if (options.device == ComputeDevice::Cuda && !cudaAvailable())
        fail(ErrorKind::Unsupported, cudaUnavailableNotice());
    if (options.cpuThreads > 0) at::set_num_threads(options.cpuThreads);
    // cuDNN runs float32 convolutions and LSTMs in TF32 (a 10-bit mantissa, float16's) unless told
    // not to: Encodec "in float32" would then pick other codes than float32 does, and it stays
    // float32 on a GPU precisely so the codes hold (codec.h). Process-wide, which costs nothing
    // else here: the AR and NAR have no convolutions, and half-precision convolutions are not
    // affected. Matrix products are float32 already (libtorch's default precision for them).
    if (options.device == ComputeDevice::Cuda) at::globalContext().setAllowTF32CuDNN(false);
    return {torchDevice(options.device), torchDType(options.dtype), torchDType(options.encodecDType.value_or(options.dtype))};
}

}  // namespace

Result<Codec> Codec::load(const CodecPaths& paths, const CodecOptions& options) {
    return guarded([&] {
        if (paths.encodec.empty() && paths.vocos.empty())
            fail(ErrorKind::InvalidArgument, "no codec model given (an Encodec and/or a Vocos file is needed)");
        const CodecPlacement place = placementFor(options);
        auto impl = std::make_shared<Impl>();
        impl->options = options;
        if (!paths.encodec.empty()) impl->encodec = loadEncodecWeights(paths.encodec).to(place.device, place.encodecDType);
        if (!paths.vocos.empty()) impl->vocos = loadVocosWeights(paths.vocos, paths.vocosConfig).to(place.device, place.vocosDType);
        return Codec(std::move(impl));
    });
}

Result<Codec> Codec::createRandom(const CodecOptions& options, std::uint64_t seed) {
    return guarded([&] {
        const CodecPlacement place = placementFor(options);
        auto impl = std::make_shared<Impl>();
        impl->options = options;
        const EncodecConfig encodec;
        impl->encodec = encodecFromTensors(randomEncodecTensors(encodec, seed), "random Encodec").to(place.device, place.encodecDType);
        const VocosConfig vocos;
        impl->vocos = vocosFromTensors(randomVocosTensors(vocos, seed), vocos, "random Vocos").to(place.device, place.vocosDType);
        return Codec(std::move(impl));
    });
}

CodecInfo Codec::info() const {
    CodecInfo info;
    info.hasEncodec = m_impl->encodec.has_value();
    info.hasVocos = m_impl->vocos.has_value();
    if (m_impl->encodec) {
        const auto& c = m_impl->encodec->config;
        info.sampleRate = c.sampleRate;
        info.hopLength = c.hopLength();
        info.frameRate = c.frameRate();
        info.codebookSize = c.bins;
        info.encodecCodebooks = c.numCodebooks;
        info.bandwidths = c.targetBandwidths;
    }
    if (m_impl->vocos) {
        const auto& c = m_impl->vocos->config;
        info.sampleRate = c.sampleRate;
        info.hopLength = c.hopLength;
        info.frameRate = (c.sampleRate + c.hopLength - 1) / c.hopLength;
        info.codebookSize = c.bins;
        info.vocosCodebooks = c.tableCodebooks;
        for (const double kbps : c.bandwidths) info.vocosCodebooksPerBandwidthId.push_back(c.codebooksAt(kbps));
    }
    return info;
}

CodecOptions Codec::options() const { return m_impl->options; }

Result<CodecCodes> Codec::encode(const AudioBuffer& audio, double bandwidthKbps) const {
    return run(m_impl->options, [&] {
        if (!m_impl->encodec) fail(ErrorKind::InvalidArgument, "no Encodec model is loaded: encoding needs one");
        const EncodecWeights& w = *m_impl->encodec;
        if (audio.samples.empty()) fail(ErrorKind::InvalidArgument, "the audio is empty (no samples to encode)");
        if (audio.sampleRate <= 0) fail(ErrorKind::InvalidArgument, "the audio has no sample rate");
        const int nq = w.config.codebooksForBandwidth(bandwidthKbps);
        std::vector<float> samples = audio.samples;
        if (audio.sampleRate != w.config.sampleRate) {
            auto resampled = resample(audio, w.config.sampleRate);
            if (!resampled) fail(resampled.error());
            samples = std::move(resampled->samples);
        }
        for (float s : samples)
            if (!std::isfinite(s)) fail(ErrorKind::InvalidArgument, "the audio holds NaN or infinite samples");
        const auto length = static_cast<std::int64_t>(samples.size());
        const at::Tensor wav = at::from_blob(samples.data(), {1, 1, length}, at::kFloat).clone();
        const at::Tensor latent = encodecEncode(w, wav);
        const at::Tensor codes = rvqEncode(w, latent, nq).to(at::kCPU).contiguous();  // (1, nq, T)
        CodecCodes out;
        out.numCodebooks = nq;
        out.numFrames = codes.size(2);
        out.values.assign(codes.data_ptr<std::int64_t>(), codes.data_ptr<std::int64_t>() + codes.numel());
        out.bandwidthKbps = bandwidthKbps;
        return out;
    });
}

Result<CodecCodes> Codec::encodeFile(const std::string& path, double bandwidthKbps,
                                     std::vector<Notice>* readerWarnings) const {
    auto audio = loadAudioForModel(path);
    if (!audio) return audio.error();
    if (readerWarnings) *readerWarnings = audio->warnings;
    auto codes = encode(*audio, bandwidthKbps);
    if (!codes) return Error{codes.error().kind, path + ": " + codes.message()};
    return codes;
}

Result<AudioBuffer> Codec::decode(const CodecCodes& codes, Vocoder vocoder, int bandwidthId) const {
    return run(m_impl->options, [&] {
        const c10::Device device = torchDevice(m_impl->options.device);
        AudioBuffer out;
        at::Tensor wav;
        if (vocoder == Vocoder::Vocos) {
            if (!m_impl->vocos) fail(ErrorKind::InvalidArgument, "no Vocos model is loaded: decoding with Vocos needs one");
            const VocosWeights& w = *m_impl->vocos;
            validateCodes(codes, w.config.bins, w.config.tableCodebooks, "Vocos");
            const at::Tensor c = at::tensor(codes.values, at::kLong).view({codes.numCodebooks, codes.numFrames}).to(device);
            wav = vocosHead(w, vocosBackbone(w, vocosFeatures(w, c), bandwidthId));
            out.sampleRate = w.config.sampleRate;
        } else {
            if (!m_impl->encodec) fail(ErrorKind::InvalidArgument, "no Encodec model is loaded: decoding with Encodec needs one");
            const EncodecWeights& w = *m_impl->encodec;
            validateCodes(codes, w.config.bins, w.config.numCodebooks, "Encodec");
            const at::Tensor c = at::tensor(codes.values, at::kLong).view({1, codes.numCodebooks, codes.numFrames}).to(device);
            wav = encodecDecode(w, rvqDecode(w, c));
            out.sampleRate = w.config.sampleRate;
        }
        const at::Tensor flat = wav.to(at::kCPU, at::kFloat).contiguous().view({-1});
        out.samples.assign(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
        return out;
    });
}

Result<ConvertReport> convertToSafetensors(const std::string& input, const std::string& output,
                                           const std::string& vocosConfig) {
    return guarded([&] {
        std::error_code ec;
        if (std::filesystem::equivalent(input, output, ec))
            fail(ErrorKind::InvalidArgument, output + ": the output would overwrite the input");
        const TensorFile f = readTensorFile(input);
        ConvertReport report;
        report.format = f.format;
        report.tensors = f.tensors.size();
        for (const auto& [name, t] : f.tensors) report.parameters += static_cast<std::uint64_t>(t.numel());
        std::map<std::string, std::string> metadata = f.metadata;
        metadata["format"] = "pt";
        metadata["converted_from"] = std::filesystem::path(input).filename().string();
        metadata["converted_by"] = "mars5-cli convert";
        switch (identifyCodecModel(f.tensors)) {
        case CodecFileModel::Encodec: {
            const EncodecWeights w = encodecFromTensors(f.tensors, input);  // validates every tensor
            report.model = "Encodec (" + std::to_string(w.config.nFilters) + " filters, dimension " +
                           std::to_string(w.config.dimension) + ")";
            break;
        }
        case CodecFileModel::Vocos: {
            VocosConfig config;
            if (!vocosConfig.empty()) {
                config = vocosConfigFromYaml(vocosConfig);
            } else if (const auto it = f.metadata.find("vocos_config"); it != f.metadata.end()) {
                config = vocosConfigFromJson(it->second, input);
            } else {
                const auto sibling = std::filesystem::path(input).parent_path() / "config.yaml";
                if (!std::filesystem::exists(sibling, ec))
                    fail(ErrorKind::InvalidArgument, input + ": a Vocos file needs its config.yaml (pass --config, or "
                                                              "put config.yaml next to it)");
                config = vocosConfigFromYaml(sibling.string());
            }
            const VocosWeights w = vocosFromTensors(f.tensors, config, input);  // validates every tensor
            metadata["vocos_config"] = vocosConfigToJson(w.config);
            report.model = "Vocos (dim " + std::to_string(w.config.dim) + ", " + std::to_string(w.config.numLayers) +
                           " layers)";
            break;
        }
        case CodecFileModel::Unknown:
            report.model = "not a codec model (tensors copied as they are)";
            break;
        }
        writeSafetensors(output, f.tensors, metadata);
        return report;
    });
}

}  // namespace mars5
