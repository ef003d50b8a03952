// mars5-cli decode CODES -o OUT.wav [--vocoder vocos|encodec]
// Codes (codebooks x frames) -> 24 kHz audio with Vocos (bandwidth id 1, as MARS5) or Encodec's decoder.
#include "commands.h"
#include "output_paths.h"
#include "wav_output.h"

#include "mars5/codec.h"
#include "mars5/inference_config.h"

#include <algorithm>
#include <iostream>

namespace mars5::cli {

namespace {

// Vocos decodes any number of codebooks with any bandwidth id, but each id's normalisation was
// trained on one count (published: ids 0..3 = 2, 4, 8, 16 codebooks). MARS5 decodes its 8 with
// id 1 (the 3 kbps row; spec codec.md §3, kept for parity), so that pairing is expected; any
// other mismatch is almost always a mistake that only shows as worse audio. Say which ids fit.
constexpr int kMars5Codebooks = 8;
const int kMars5BandwidthId = static_cast<int>(InferenceConfig{}.vocos_bandwidth_id);

void warnOnBandwidthMismatch(const std::string& input, const CodecCodes& codes, const CodecInfo& info, int bandwidthId) {
    const auto& trained = info.vocosCodebooksPerBandwidthId;
    if (bandwidthId < 0 || bandwidthId >= static_cast<int>(trained.size())) return;  // decode says why
    if (trained[static_cast<std::size_t>(bandwidthId)] == codes.numCodebooks) return;
    if (bandwidthId == kMars5BandwidthId && codes.numCodebooks == kMars5Codebooks) return;
    std::cerr << "warning: " << input << ": " << codes.numCodebooks << " codebooks, but Vocos's --bandwidth-id "
              << bandwidthId << " was trained on " << trained[static_cast<std::size_t>(bandwidthId)] << " (";
    if (codes.numCodebooks == kMars5Codebooks) std::cerr << "MARS5 decodes its 8 with id 1";
    const auto fits = std::find(trained.begin(), trained.end(), codes.numCodebooks);
    if (fits != trained.end())
        std::cerr << (codes.numCodebooks == kMars5Codebooks ? ", " : "") << "Vocos's own id for "
                  << codes.numCodebooks << " is " << (fits - trained.begin());
    else if (codes.numCodebooks != kMars5Codebooks)
        std::cerr << "no id was trained on " << codes.numCodebooks;
    std::cerr << ")\n";
}

}  // namespace

void addDecodeCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("decode", "Decode a codes file to a 24 kHz WAV with Vocos or Encodec");
    auto input = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto vocoder = std::make_shared<std::string>("vocos");
    auto encodec = std::make_shared<std::string>();
    auto vocos = std::make_shared<std::string>();
    auto vocosConfig = std::make_shared<std::string>();
    auto bandwidthId = std::make_shared<int>(kMars5BandwidthId);
    auto device = std::make_shared<std::string>("cpu");
    auto dtype = std::make_shared<std::string>("float32");
    auto asFloat = std::make_shared<bool>(false);
    auto format = std::make_shared<std::string>();
    cmd->add_option("CODES", *input, "codes file written by `mars5-cli encode` (.safetensors, I64 codes)")->required();
    cmd->add_option("-o,--output", *output, "audio file to write (FLAC when it ends in .flac, else WAV)")->required();
    cmd->add_option("--vocoder", *vocoder, "vocos (what MARS5 uses) or encodec")
        ->check(CLI::IsMember({"vocos", "encodec"}))
        ->capture_default_str();
    cmd->add_option("--encodec", *encodec, "Encodec weights (for --vocoder encodec)");
    cmd->add_option("--vocos", *vocos, "Vocos weights: charactr/vocos-encodec-24khz pytorch_model.bin or a safetensors copy");
    cmd->add_option("--vocos-config", *vocosConfig, "Vocos config.yaml (default: stored in the file, or config.yaml beside it)");
    cmd->add_option("--bandwidth-id", *bandwidthId, "Vocos adaptive-norm row: MARS5 uses 1 (the 3 kbps row) for its 8 codebooks; Vocos itself uses 0..3 for 2, 4, 8, 16")->capture_default_str();
    cmd->add_option("--device", *device, "cpu or cuda")->capture_default_str();
    cmd->add_option("--dtype", *dtype, "float32, float16 or bfloat16")->capture_default_str();
    cmd->add_option("--format", *format,
                    "wav16, wav24, wav-float, flac16 or flac24 (default: flac16 for a .flac name, else wav16)");
    cmd->add_flag("--float", *asFloat, "the same as --format wav-float");
    cmd->callback([=] {
        const bool useVocos = *vocoder == "vocos";
        if (useVocos && vocos->empty()) return reportError("--vocoder vocos needs --vocos MODEL");
        if (!useVocos && encodec->empty()) return reportError("--vocoder encodec needs --encodec MODEL");
        if (const std::string bad = checkOutputPaths(
                {{"-o", *output}},
                {{"CODES", *input}, {"--vocos", *vocos}, {"--vocos-config", *vocosConfig}, {"--encodec", *encodec}});
            !bad.empty())
            return reportError(bad);
        const auto outputFormat = chooseOutputFormat(*output, *format, *asFloat, "--float");
        if (!outputFormat) return reportError(outputFormat.message());
        const auto dev = parseComputeDevice(*device);
        if (!dev) return reportError(dev.message());
        const auto dt = parseComputeDType(*dtype);
        if (!dt) return reportError(dt.message());
        const auto codes = loadCodes(*input);
        if (!codes) return reportError(codes.message());
        CodecPaths paths;
        if (useVocos) paths = {"", *vocos, *vocosConfig};
        else paths = {*encodec, "", ""};
        const auto codec = Codec::load(paths, {*dev, *dt});
        if (!codec) return reportError(codec.message());
        if (useVocos) warnOnBandwidthMismatch(*input, *codes, codec->info(), *bandwidthId);
        const auto audio = codec->decode(*codes, useVocos ? Vocoder::Vocos : Vocoder::Encodec, *bandwidthId);
        if (!audio) return reportError(*input + ": " + audio.message());
        const auto written = writeOutputAudio(*output, *audio, *outputFormat);
        if (!written) return reportError(written.message());
        std::cout << *output << ": " << audio->samples.size() << " samples at " << audio->sampleRate << " Hz ("
                  << audio->durationSeconds() << " s, " << formatName(*outputFormat) << ") from " << codes->numCodebooks
                  << " x " << codes->numFrames << " codes with " << *vocoder << "\n";
    });
}

}  // namespace mars5::cli
