// mars5-cli make-random --manifest M.json -o FILE.safetensors [--seed N] [--tokenizer-seed N]
//                       [--text-vocab N] [--speech-vocab N] [--max-layers N]
// A MARS5 checkpoint with the real names, shapes and dtypes of a manifest
// (tests/fixtures/mars5/manifest_full_{ar,nar}.json), random values of a sensible scale and
// tokenizers of a realistic vocabulary size in the metadata, so the full-size model can be
// benchmarked without the published weights (core/src/random_checkpoint.h).
#include "commands.h"
#include "output_paths.h"

#include "failure.h"
#include "random_checkpoint.h"

#include <chrono>
#include <cstdio>

namespace mars5::cli {

void addMakeRandomCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("make-random", "Write a random MARS5 checkpoint from a manifest (for benchmarks)");
    auto manifest = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto options = std::make_shared<RandomCheckpointOptions>();
    cmd->add_option("--manifest", *manifest, "manifest JSON (name -> dtype, shape)")->required()->check(CLI::ExistingFile);
    cmd->add_option("-o,--output", *output, "the .safetensors file to write")->required();
    cmd->add_option("--seed", options->seed, "random seed of the weights")->capture_default_str();
    cmd->add_option("--tokenizer-seed", options->tokenizerSeed,
                    "random seed of the tokenizers: keep it equal for an AR and a NAR meant to load together")
        ->capture_default_str();
    cmd->add_option("--text-vocab", options->textVocab, "n_text: text tokenizer vocabulary (>= 258)")
        ->check(CLI::Range(258, 1 << 20))->capture_default_str();
    cmd->add_option("--speech-vocab", options->speechVocab, "n_speech: speech tokenizer vocabulary (>= 1025)")
        ->check(CLI::Range(1025, 1 << 20))->capture_default_str();
    cmd->add_option("--max-layers", options->maxLayers, "keep only layers 0..N-1 of every layer stack (a mid-size model)")
        ->check(CLI::Range(1, 1000));
    cmd->callback([=] {
        if (const std::string bad = checkOutputPaths({{"-o", *output}}, {{"--manifest", *manifest}}); !bad.empty())
            return reportError(bad);
        const auto start = std::chrono::steady_clock::now();
        const Result<RandomCheckpointSummary> s =
            guarded([&] { return writeRandomMars5Checkpoint(*manifest, *output, *options); });
        if (!s) return reportError(s.message());
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("wrote %s: %lld tensors, %lld parameters, %.1f MiB of data, vocabularies %d text + %d speech, %.1f s\n",
                    output->c_str(), static_cast<long long>(s->tensors), static_cast<long long>(s->parameters),
                    static_cast<double>(s->dataBytes) / (1024.0 * 1024.0), s->textVocab, s->speechVocab, seconds);
    });
}

}  // namespace mars5::cli
