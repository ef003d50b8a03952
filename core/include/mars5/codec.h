// The audio codec of MARS5, torch-free: Encodec 24 kHz turns audio into discrete codes
// (8 codebooks x 75 frames/s at 6 kbps), and Vocos (or Encodec's own decoder) turns codes
// back into 24 kHz audio. Loads the published files directly:
//
//   encodec_24khz-d7cc33bc.th, facebook/encodec_24khz model.safetensors or pytorch_model.bin,
//   charactr/vocos-encodec-24khz pytorch_model.bin (+ config.yaml), or safetensors copies.
//
// A Codec is cheap to copy (shared, immutable weights) and safe to use from several threads.
#pragma once

#include "mars5/audio.h"
#include "mars5/error.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mars5 {

enum class ComputeDevice { Cpu, Cuda };
enum class ComputeDType { Float32, Float16, BFloat16 };

const char* toString(ComputeDevice device);
const char* toString(ComputeDType dtype);
// "cpu"/"cuda" and "float32"/"fp32"/"float16"/"fp16"/"half"/"bfloat16"/"bf16".
Result<ComputeDevice> parseComputeDevice(const std::string& text);
Result<ComputeDType> parseComputeDType(const std::string& text);
// Whether this build of libtorch can run on CUDA and a GPU is present.
bool cudaAvailable();
// "auto", as `mars5-cli tts` and the studio read it: the GPU when cudaAvailable(), and there
// float16 (the precision the speed targets are set for); on the CPU float32, the reference's
// own precision (libtorch's CPU half-precision kernels are slow or missing).
ComputeDevice automaticDevice();
ComputeDType automaticDType(ComputeDevice device);

struct CodecOptions {
    ComputeDevice device = ComputeDevice::Cpu;
    ComputeDType dtype = ComputeDType::Float32;
    int cpuThreads = 0;  // > 0: sets libtorch's (process-wide) intra-op thread count at load
    // Encodec's own dtype (unset: `dtype`). Mars5Engine keeps Encodec in float32 whatever its
    // dtype: in half precision the encoder picks other codes (bfloat16, measured by bench-codec:
    // 2.4 % of codebook-0 codes and up to 15 % of the finer ones differ), and a reference is
    // encoded once per voice, so float32 costs little. Vocos follows `dtype` (36.7 dB SNR in
    // bfloat16 against float32, docs/PERFORMANCE.md).
    std::optional<ComputeDType> encodecDType = std::nullopt;
};

// Codes, codebook-major: value(q, t) = values[q * numFrames + t]. q = 0 is the coarsest codebook.
struct CodecCodes {
    int numCodebooks = 0;
    std::int64_t numFrames = 0;
    std::vector<std::int64_t> values;
    double bandwidthKbps = 0.0;  // informational (0 when unknown)

    std::int64_t value(int q, std::int64_t t) const { return values[static_cast<std::size_t>(q * numFrames + t)]; }
};

// Codes files: safetensors with an I64 tensor "codes" of shape (codebooks, frames).
Result<void> saveCodes(const std::string& path, const CodecCodes& codes);
// Also accepts (1, codebooks, frames); fails on any other layout or dtype.
Result<CodecCodes> loadCodes(const std::string& path);

enum class Vocoder { Vocos, Encodec };

struct CodecPaths {
    std::string encodec;      // Encodec weights (needed to encode, and for Vocoder::Encodec)
    std::string vocos;        // Vocos weights (needed for Vocoder::Vocos)
    std::string vocosConfig;  // Vocos config.yaml; empty: stored in the file or config.yaml beside it
};

struct CodecInfo {
    bool hasEncodec = false;
    bool hasVocos = false;
    int sampleRate = 24000;
    int hopLength = 0;       // samples per frame
    int frameRate = 0;       // frames per second
    int codebookSize = 0;    // entries per codebook
    int encodecCodebooks = 0;
    int vocosCodebooks = 0;  // most codebooks Vocos accepts
    // Codebooks each Vocos bandwidth id was trained on (index = id; published: 2, 4, 8, 16). Vocos
    // decodes any count with any id; MARS5 decodes its 8 with id 1, the 3 kbps row, and keeps it.
    std::vector<int> vocosCodebooksPerBandwidthId;
    std::vector<double> bandwidths;  // kbps Encodec supports
};

class Codec {
public:
    static Result<Codec> load(const CodecPaths& paths, const CodecOptions& options = {});
    // Both models at the published sizes (Encodec 24 kHz, vocos-encodec-24khz) with random
    // weights: for benchmarks on machines without the real files. The audio is meaningless.
    static Result<Codec> createRandom(const CodecOptions& options = {}, std::uint64_t seed = 0);

    CodecInfo info() const;
    CodecOptions options() const;

    // Audio at any rate is resampled to 24 kHz first. 6 kbps = 8 codebooks (MARS5).
    Result<CodecCodes> encode(const AudioBuffer& audio, double bandwidthKbps = 6.0) const;
    // Reads any audio file (any rate, any channel count) and encodes it. What the reader
    // noticed (a truncated or damaged file) goes to `readerWarnings` when given.
    Result<CodecCodes> encodeFile(const std::string& path, double bandwidthKbps = 6.0,
                                  std::vector<Notice>* readerWarnings = nullptr) const;
    // 24 kHz audio of exactly hop * frames samples. Vocos uses `bandwidthId` (MARS5: 1).
    Result<AudioBuffer> decode(const CodecCodes& codes, Vocoder vocoder = Vocoder::Vocos, int bandwidthId = 1) const;

    struct Impl;

private:
    explicit Codec(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}
    std::shared_ptr<const Impl> m_impl;
};

// Converts a PyTorch checkpoint (or any file the codec loader reads) to safetensors with the
// same tensor names and values. For a Vocos file the config (vocosConfig, or config.yaml
// beside the input) is stored as metadata, so the output loads on its own.
struct ConvertReport {
    std::string format;       // input container
    std::string model;        // what the tensors look like
    std::size_t tensors = 0;
    std::uint64_t parameters = 0;
};
Result<ConvertReport> convertToSafetensors(const std::string& input, const std::string& output,
                                           const std::string& vocosConfig = "");

}  // namespace mars5
