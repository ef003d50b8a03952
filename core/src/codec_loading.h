// Loading Encodec and Vocos weights from the files users actually have (spec codec.md §2, §6):
//
//   * encodec_24khz-d7cc33bc.th (torch.save zip, original names)
//   * facebook/encodec_24khz model.safetensors / pytorch_model.bin (Hugging Face names,
//     weight_g/weight_v or parametrizations.weight.original0/1)
//   * charactr/vocos-encodec-24khz pytorch_model.bin + config.yaml, or a safetensors copy
//
// Names are normalised to the original scheme, the model sizes are inferred from the tensors
// (nothing about sizes is hard-coded) or read from the Vocos config.yaml, every expected name,
// shape and dtype is checked with ALL mismatches reported in one message, and weight norm is
// folded once in float32.
//
// Internal API: throws mars5::Failure naming the file and the problem.
#pragma once

#include "encodec.h"
#include "torch_pickle.h"  // NamedTensors
#include "vocos.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mars5 {

struct TensorExpectation {
    std::string name;
    std::vector<std::int64_t> shape;
};

// The tensors a model of this configuration has, original names, in state-dict order.
std::vector<TensorExpectation> expectedEncodecTensors(const EncodecConfig& config);
std::vector<TensorExpectation> expectedVocosTensors(const VocosConfig& config);

// Original Encodec name -> Hugging Face transformers name (spec §2.3).
std::string encodecNameToHf(const std::string& original);
// Any accepted spelling (original, HF, HF parametrizations) -> original names.
NamedTensors normalizeEncodecNames(const NamedTensors& tensors);

// A checkpoint's tensors in file order: safetensors or a torch.save zip (state dict, or
// the `model` entry of a {model, ...} checkpoint).
struct TensorFile {
    std::string path;
    std::string format;  // "safetensors" / "PyTorch zip (torch.save)"
    NamedTensors tensors;
    std::map<std::string, std::string> metadata;  // safetensors __metadata__
};
TensorFile readTensorFile(const std::string& path);

// Fails with one message listing every missing, unexpected, mis-shaped or non-float tensor.
// Names starting with one of `ignoredPrefixes` are tolerated extras.
void checkTensors(const NamedTensors& tensors, const std::vector<TensorExpectation>& expected,
                  const std::string& context, const std::string& modelDescription,
                  const std::vector<std::string>& ignoredPrefixes = {});

EncodecConfig inferEncodecConfig(const NamedTensors& normalized);
EncodecWeights encodecFromTensors(const NamedTensors& tensors, const std::string& context);
EncodecWeights loadEncodecWeights(const std::string& path);

// Vocos config.yaml (the Hub file's layout); fails naming the key that is missing or wrong.
VocosConfig vocosConfigFromYaml(const std::string& yamlPath);
// The same settings as JSON (stored in converted safetensors files as metadata "vocos_config").
std::string vocosConfigToJson(const VocosConfig& config);
VocosConfig vocosConfigFromJson(const std::string& json, const std::string& context);
VocosConfig inferVocosConfig(const NamedTensors& tensors);
VocosWeights vocosFromTensors(const NamedTensors& tensors, const VocosConfig& config, const std::string& context);
// configPath empty: the file's "vocos_config" metadata, else config.yaml next to the file,
// else sizes inferred from the tensors (hop = n_fft / 4 as in the published model).
VocosWeights loadVocosWeights(const std::string& path, const std::string& configPath = "");

// Tensors with the names and shapes of a model of this configuration and random values of a
// sensible scale (fan-in normalised), for benchmarks and tests.
NamedTensors randomEncodecTensors(const EncodecConfig& config, std::uint64_t seed);
NamedTensors randomVocosTensors(const VocosConfig& config, std::uint64_t seed);

enum class CodecFileModel { Unknown, Encodec, Vocos };
// Which codec model a tensor set holds, from its names.
CodecFileModel identifyCodecModel(const NamedTensors& tensors);

}  // namespace mars5
