// mars5-cli convert IN OUT.safetensors [--config config.yaml]
// A torch.save checkpoint (read without Python and without executing anything) -> safetensors
// with the same tensor names; codec models are validated first, Vocos keeps its config as metadata.
#include "commands.h"

#include "mars5/codec.h"

#include <iostream>

namespace mars5::cli {

void addConvertCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("convert", "Convert a PyTorch checkpoint (.th/.bin/.pt) to safetensors");
    auto input = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto config = std::make_shared<std::string>();
    cmd->add_option("IN", *input, "PyTorch zip checkpoint (torch.save), or a safetensors file")->required();
    cmd->add_option("OUT", *output, "safetensors file to write")->required();
    cmd->add_option("--config", *config, "Vocos config.yaml (default: config.yaml beside IN)");
    cmd->callback([=] {
        const auto report = convertToSafetensors(*input, *output, *config);
        if (!report) return reportError(report.message());
        std::cout << *output << ": " << report->tensors << " tensors, " << report->parameters << " values from "
                  << report->format << "; " << report->model << "\n";
    });
}

}  // namespace mars5::cli
