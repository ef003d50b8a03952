// mars5-cli encode IN -o CODES.safetensors [--bandwidth 6] --encodec MODEL
// Any audio file (any rate, any channel count) -> Encodec codes (codebooks x frames, I64).
#include "commands.h"
#include "output_paths.h"

#include "mars5/codec.h"

#include <iostream>
#include <string>
#include <vector>

namespace mars5::cli {

void addEncodeCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("encode", "Encode an audio file to Encodec codes (a .safetensors codes file)");
    auto input = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto model = std::make_shared<std::string>();
    auto bandwidth = std::make_shared<double>(6.0);
    auto device = std::make_shared<std::string>("cpu");
    auto dtype = std::make_shared<std::string>("float32");
    cmd->add_option("IN", *input, "audio file (WAV, FLAC, ...; any sample rate and channel count)")->required();
    cmd->add_option("-o,--output", *output, "codes file to write (.safetensors)")->required();
    cmd->add_option("--encodec", *model,
                    "Encodec weights: encodec_24khz-d7cc33bc.th, or facebook/encodec_24khz model.safetensors")
        ->required();
    cmd->add_option("--bandwidth", *bandwidth, "kbps: 1.5, 3, 6 (MARS5: 8 codebooks), 12 or 24")->capture_default_str();
    cmd->add_option("--device", *device, "cpu or cuda")->capture_default_str();
    cmd->add_option("--dtype", *dtype, "float32, float16 or bfloat16")->capture_default_str();
    cmd->callback([=] {
        if (const std::string bad = checkOutputPaths({{"-o", *output}}, {{"IN", *input}, {"--encodec", *model}}); !bad.empty())
            return reportError(bad);
        const auto dev = parseComputeDevice(*device);
        if (!dev) return reportError(dev.message());
        const auto dt = parseComputeDType(*dtype);
        if (!dt) return reportError(dt.message());
        const auto codec = Codec::load({*model, "", ""}, {*dev, *dt});
        if (!codec) return reportError(codec.message());
        std::vector<mars5::Notice> warnings;  // what the reader noticed: a truncated or damaged file
        const auto codes = codec->encodeFile(*input, *bandwidth, &warnings);
        for (const auto& w : warnings) std::cerr << "warning: " << *input << ": " << w.text() << '\n';
        if (!codes) return reportError(codes.message());
        const auto saved = saveCodes(*output, *codes);
        if (!saved) return reportError(saved.message());
        std::cout << *output << ": " << codes->numCodebooks << " codebooks x " << codes->numFrames << " frames ("
                  << *bandwidth << " kbps, " << static_cast<double>(codes->numFrames) / codec->info().frameRate
                  << " s)\n";
    });
}

}  // namespace mars5::cli
