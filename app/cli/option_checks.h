// Checks every numeric option of every subcommand gets, on top of its own: CLI11 converts
// "nan" into a float that passes any range check (every comparison with NaN is false), and
// reads "-1" into an unsigned option as a huge number; both then reach code that trusts them.
#pragma once

#include <CLI/CLI.hpp>

namespace mars5::cli {

// FLOAT options: a finite number. UINT options: a non-negative integer that fits 64 bits.
// --threads: 1 to kMaxThreads (a thread count far past the machine's only slows a run down,
// and a huge one never finishes starting its threads).
void addValueChecks(CLI::App& app);

inline constexpr int kMaxThreads = 1024;

}  // namespace mars5::cli
