// Loading a MARS5 AR or NAR checkpoint (spec mars5-model.md §1): the published
// `.safetensors` (fp16 tensors, tokenizers in `__metadata__` under `texttok.model` and
// `speechtok.model`) or `.pt` (torch.save of {model, vocab}, read with the whitelisting
// pickle reader), as an ordered name -> tensor map in the requested dtype and device,
// plus the two tokenizer texts and the hyper-parameters derived from them.
//
// Hyper-parameters come from tensor shapes and the tokenizers (§1.5, §1.6); the few that no
// shape reveals (AR head_dim and sliding window, NAR heads) are the reference constants
// (64, 3000, 16) unless a JSON override supplies them (the fixtures' tiny_config.json, same
// layout: {"ar": {"head_dim", "sliding_window", "n_heads", ...}, "nar": {"n_heads", ...}}).
// Any size the override states that a shape also reveals must agree with the shape.
//
// Every expected name and shape is checked and ALL problems are reported in one message
// (missing, unexpected, wrong shape, non-float dtype). The GitHub release names and the
// Hugging Face names are recognised and known sha256 values verified; an unknown but
// structurally valid file is accepted (`recognition` says which case applies).
//
// Internal API: throws mars5::Failure naming the file and the problem.
#pragma once

#include "mars5_config.h"
#include "sha256.h"  // sha256File
#include "torch_pickle.h"  // NamedTensors

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mars5 {

enum class Mars5ModelKind { Ar, Nar };
const char* describe(Mars5ModelKind kind);  // "MARS5 AR (CodecLM)" / "MARS5 NAR (ResidualTransformer)"

// How the file compares with the published checkpoints (spec §1.1).
enum class Mars5Recognition {
    Unrecognised,      // unknown file name: accepted when structurally valid
    KnownName,         // a published name without a known sha256 (GitHub release files)
    Verified,          // a published name and its known sha256
    ChecksumMismatch,  // a published name but another sha256 (a modified or different upload)
    NotChecked,        // a published name with a known sha256, verification switched off
};
const char* describe(Mars5Recognition recognition);

struct Mars5KnownFile {
    std::string fileName;     // e.g. "mars5_ar.safetensors"
    Mars5ModelKind kind;
    std::string source;       // "GitHub release v0.4", "Hugging Face CAMB-AI/MARS5-TTS", ...
    std::string sha256;       // full lowercase hex, empty when unknown
};
// The published checkpoint files this build knows about.
const std::vector<Mars5KnownFile>& mars5KnownFiles();

// One expected tensor: its state-dict name and shape.
struct Mars5TensorSpec {
    std::string name;
    std::vector<std::int64_t> shape;
};

// The tensors a model with these hyper-parameters has, in the reference state-dict order.
std::vector<Mars5TensorSpec> expectedArTensors(const ArHyperParams& hp);
std::vector<Mars5TensorSpec> expectedNarTensors(const NarHyperParams& hp);

// The optional override (tiny_config.json layout). Fields left unset keep the derived value
// or the reference constant.
struct Mars5ConfigOverride {
    std::string origin;  // the JSON file, for messages
    // AR
    std::optional<std::int64_t> arHeadDim, arHeads, arKvHeads, arSlidingWindow, arSpkHeads;
    std::optional<double> arRopeTheta, arNormEps, arSpkLayerNormEps;
    // sizes a shape also reveals: checked against the checkpoint
    std::optional<std::int64_t> arDim, arLayers, arHiddenDim, arVocab, arSpkLayers, arSpkFfDim;
    // NAR
    std::optional<std::int64_t> narHeads, narHeadDim;
    std::optional<double> narLayerNormEps, narHeadLayerNormEps;
    std::optional<std::int64_t> narDim, narFfDim, narTEmbDim, narEncLayers, narDecLayers, narSpkLayers, narTextVocab;
};
Mars5ConfigOverride parseMars5ConfigOverride(const std::string& json, const std::string& origin);
Mars5ConfigOverride loadMars5ConfigOverride(const std::string& path);
// A sidecar next to a checkpoint (`mars5_config.json`, then `tiny_config.json` in the same
// folder), or an empty string when there is none.
std::string findMars5ConfigSidecar(const std::string& checkpointPath);

// Derives the hyper-parameters from names/shapes and the tokenizers' vocabulary sizes.
// Fails (one message, every problem) when a size cannot be derived or disagrees with the override.
ArHyperParams deriveArHyperParams(const std::vector<Mars5TensorSpec>& tensors, std::int64_t nText,
                                  std::int64_t nSpeech, const Mars5ConfigOverride* override,
                                  const std::string& context);
NarHyperParams deriveNarHyperParams(const std::vector<Mars5TensorSpec>& tensors, std::int64_t nText,
                                    const Mars5ConfigOverride* override, const std::string& context);

// One-line summaries for messages and `info`: "D=64 L=2 H=4x64 Hkv=4 F=149 W=64 S=1 (4 heads) Fs=192 V=402+1101".
std::string summarize(const ArHyperParams& hp);
std::string summarize(const NarHyperParams& hp);

// Compares what a file holds with what is expected; fails with one message listing every
// missing, unexpected and mis-shaped tensor (and tensors that are not floating point).
void checkMars5Tensors(const std::vector<Mars5TensorSpec>& actual, const std::vector<std::string>& actualDtypes,
                       const std::vector<Mars5TensorSpec>& expected, const std::string& context,
                       const std::string& modelDescription);

struct Mars5LoadOptions {
    c10::ScalarType dtype = c10::ScalarType::Float;  // every tensor is converted to this
    c10::Device device = c10::Device(c10::DeviceType::CPU);
    std::string configOverridePath;  // optional JSON override (empty: none)
    bool verifySha256 = true;        // hash a file whose name is a published one with a known sha256
};

struct Mars5Checkpoint {
    std::string path;
    std::string format;  // "safetensors" / "PyTorch zip (torch.save)"
    Mars5ModelKind kind = Mars5ModelKind::Ar;
    NamedTensors tensors;  // in file order, converted to options.dtype on options.device
    std::string texttokModel;    // minbpe v1 text of the text tokenizer
    std::string speechtokModel;  // minbpe v1 text of the speech tokenizer
    ArHyperParams ar;            // valid when kind == Ar
    NarHyperParams nar;          // valid when kind == Nar
    Mars5Recognition recognition = Mars5Recognition::Unrecognised;
    std::string recognitionNote;  // e.g. "mars5_ar.safetensors (Hugging Face CAMB-AI/MARS5-TTS), sha256 verified"
    std::string sha256;           // computed when a known name was verified, else empty

    std::map<std::string, std::size_t> index;  // name -> position in `tensors`

    // Matrices the models multiply by the same input, stored as one tensor at load: AR q/k/v
    // and w1/w3, and the SwiGLU W/V of every PyTorch-style layer. Keyed by the name of the
    // group's first member; `tensors` holds the members as views into it (row blocks, in group
    // order), so the models run one matrix product per group without a second copy of the
    // weights, and loading never holds both (each member is converted, copied in, released).
    std::map<std::string, at::Tensor> stacks;

    // The tensor called `name`; Failure(Format) naming the file when absent.
    const at::Tensor& tensor(const std::string& name) const;
    // The stack whose first member is `firstMember`; undefined when there is none.
    at::Tensor stackOf(const std::string& firstMember) const;
    bool contains(const std::string& name) const { return index.count(name) != 0; }
};

// Loads and validates. `kind` is what the caller needs: a file holding the other model is an
// error that says so.
Mars5Checkpoint loadMars5Checkpoint(const std::string& path, Mars5ModelKind kind, const Mars5LoadOptions& options = {});

// Which MARS5 model a set of tensor names belongs to (nullopt: neither).
std::optional<Mars5ModelKind> identifyMars5Model(const std::vector<Mars5TensorSpec>& tensors);
// Fails unless the tensors are those of a `kind` checkpoint, saying whose they are instead: the
// other MARS5 stage (AR and NAR swapped), Encodec, Vocos, or no model this program reads. The
// loader and validateModelFile both call it, before they look for the tokenizers.
void requireMars5Kind(const std::vector<Mars5TensorSpec>& specs, const std::vector<std::string>& dtypes,
                      Mars5ModelKind kind, const std::string& path);

// The AR and the NAR must share the text vocabulary (NAR text_embed has n_text + 1 rows and the
// text ids mean the same tokens): Failure(Format) naming both files otherwise.
void checkMars5VocabulariesMatch(const Mars5Checkpoint& ar, const Mars5Checkpoint& nar);

// sha256File(path): lowercase hex sha256 of a file, from sha256.h (OpenSSL).

}  // namespace mars5
