// `mars5-cli selftest mars5 --fixtures DIR`: parity of the MARS5 port against the
// reference goldens in DIR (see tests/fixtures/mars5/README.md).
//
// The checks are split by area into golden groups, each in its own file, that register
// themselves at start-up (tokenizer, ar, sampler, nar, diffusion, trim, tts, ...). The
// command runs every registered group in order; a group runs the goldens whose files it
// finds in DIR through the same code paths a user's run takes, and reports one line per
// golden: max abs error against its tolerance. Nothing about fixture sizes is hard-coded.
#pragma once

#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

namespace mars5::cli {

// Counts checks and failures and prints one aligned line per check.
class GoldenReport {
public:
    // A numeric comparison already reduced to its max abs error.
    void check(const std::string& name, double maxAbsError, double tolerance, const std::string& note = {}) {
        const bool ok = maxAbsError <= tolerance;  // NaN fails
        line(ok, name, maxAbsError, tolerance, note);
    }
    // Exact comparisons (ids, codes, indices): mismatches is the number of differing elements.
    void checkExact(const std::string& name, long long mismatches, const std::string& note = {}) {
        line(mismatches == 0, name, static_cast<double>(mismatches), 0.0,
             note.empty() ? "exact (mismatching elements)" : note);
    }
    // A check that could not run (missing model, shape mismatch): counts as a failure.
    void failure(const std::string& message) {
        ++m_checks;
        ++m_failures;
        std::cout << "  FAIL " << message << '\n';
    }
    void info(const std::string& message) { std::cout << "  " << message << '\n'; }

    int checks() const { return m_checks; }
    int failures() const { return m_failures; }

private:
    void line(bool ok, const std::string& name, double err, double tol, const std::string& note) {
        ++m_checks;
        if (!ok) ++m_failures;
        char buf[64];
        std::snprintf(buf, sizeof buf, "  %s %-48s ", ok ? "ok  " : "FAIL", name.c_str());
        std::cout << buf;
        std::snprintf(buf, sizeof buf, "max_abs_err %.3e  tol %.1e", err, tol);
        std::cout << buf << (note.empty() ? "" : "  (" + note + ")") << '\n';
    }
    int m_checks = 0;
    int m_failures = 0;
};

struct Mars5SelftestContext {
    std::filesystem::path dir;  // the fixture folder
    c10::Device device{c10::kCPU};
    GoldenReport& report;
};

using Mars5GoldenGroup = std::function<void(Mars5SelftestContext&)>;

// Registers a group; `order` sorts the groups (lower first). Use at namespace scope:
//   static const Mars5GoldenGroupRegistration registration{"sampler", 30, &runSamplerGoldens};
struct Mars5GoldenGroupRegistration {
    Mars5GoldenGroupRegistration(std::string name, int order, Mars5GoldenGroup run);
};

struct Mars5GoldenGroupEntry {
    std::string name;
    int order;
    Mars5GoldenGroup run;
};
// The registered groups, sorted by order.
std::vector<Mars5GoldenGroupEntry> mars5GoldenGroups();

// Max abs difference of two tensors of the same shape (float64 on the CPU); a shape
// mismatch returns +infinity so the check fails (and the note should say why).
double maxAbsError(const at::Tensor& actual, const at::Tensor& golden);

}  // namespace mars5::cli
