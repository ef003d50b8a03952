// mars5-cli info FILE: what a checkpoint holds and which model it looks like.
#include "commands.h"

#include "mars5/checkpoint_info.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace mars5::cli {

namespace {

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::string humanCount(std::uint64_t n) {
    char buf[32];
    if (n >= 1000000000ull) std::snprintf(buf, sizeof buf, "%.2f G", n / 1e9);
    else if (n >= 1000000ull) std::snprintf(buf, sizeof buf, "%.2f M", n / 1e6);
    else if (n >= 1000ull) std::snprintf(buf, sizeof buf, "%.1f k", n / 1e3);
    else std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(n));
    return buf;
}

void printText(const CheckpointInfo& info, bool listTensors) {
    std::cout << "file:        " << info.path << '\n'
              << "format:      " << info.format << ", " << humanCount(info.fileBytes) << "B\n"
              << "looks like:  " << describe(info.model) << '\n'
              << "tensors:     " << info.tensors.size() << '\n'
              << "parameters:  " << info.totalParameters << " (" << humanCount(info.totalParameters) << ")\n"
              << "dtypes:     ";
    for (const auto& [dtype, count] : info.dtypeCounts) std::cout << ' ' << dtype << " x" << count;
    std::cout << "\nmetadata:   ";
    if (info.metadata.empty()) std::cout << " (none)";
    for (const auto& [key, value] : info.metadata) std::cout << ' ' << key << " (" << value.size() << " chars)";
    std::cout << '\n';
    if (listTensors) {
        std::cout << '\n';
        for (const auto& t : info.tensors) std::cout << "  " << t.name << "  " << t.dtype << ' ' << shapeText(t.shape) << '\n';
    }
}

void printJson(const CheckpointInfo& info) {
    nlohmann::ordered_json j;
    j["path"] = info.path;
    j["format"] = info.format;
    j["file_bytes"] = info.fileBytes;
    j["model"] = describe(info.model);
    j["tensor_count"] = info.tensors.size();
    j["parameters"] = info.totalParameters;
    j["dtypes"] = info.dtypeCounts;
    auto keys = nlohmann::ordered_json::array();
    for (const auto& kv : info.metadata) keys.push_back(kv.first);
    j["metadata_keys"] = keys;
    auto tensors = nlohmann::ordered_json::object();
    for (const auto& t : info.tensors) tensors[t.name] = {{"dtype", t.dtype}, {"shape", t.shape}};
    j["tensors"] = tensors;
    std::cout << j.dump(2) << '\n';
}

}  // namespace

void addInfoCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("info", "Show what a checkpoint file holds and which model it looks like");
    auto file = std::make_shared<std::string>();
    auto listTensors = std::make_shared<bool>(false);
    auto json = std::make_shared<bool>(false);
    cmd->add_option("FILE", *file, "a .safetensors checkpoint")->required();
    cmd->add_flag("-t,--tensors", *listTensors, "also list every tensor with its dtype and shape");
    cmd->add_flag("--json", *json, "print machine-readable JSON instead of text");
    cmd->callback([=] {
        const auto info = inspectCheckpoint(*file);
        if (!info) return reportError(info.message());
        if (*json) printJson(*info);
        else printText(*info, *listTensors);
    });
}

}  // namespace mars5::cli
