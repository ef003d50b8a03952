// Each mars5-cli subcommand lives in its own cmd_*.cpp and registers itself here.
// A command's callback returns the process exit code: 0 on success, 1 when the
// operation failed (the message is already printed to stderr).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace mars5::cli {

// Set by a command's callback; main() returns it.
int& exitCode();

// Prints "mars5-cli: error: <message>" to stderr and records exit code 1.
void reportError(const std::string& message);

void addInfoCommand(CLI::App& app);
void addConvertCommand(CLI::App& app);
void addEncodeCommand(CLI::App& app);
void addDecodeCommand(CLI::App& app);
void addSelftestCommand(CLI::App& app);
// Adds `selftest mars5` (after addSelftestCommand, whose `selftest` it extends).
void addSelftestMars5Command(CLI::App& app);
void addCodecBenchCommand(CLI::App& app);
// `make-random` and `bench`: random full-size checkpoints and the per-stage pipeline benchmark.
void addMakeRandomCommand(CLI::App& app);
void addBenchCommand(CLI::App& app);
// `tts`: the whole MARS5 pipeline (cmd_tts.cpp).
void addTtsCommand(CLI::App& app);
void addRateStatsCommand(CLI::App& app);
void addModelsCommand(CLI::App& app);

}  // namespace mars5::cli
