// What every fuzz target shares: the bytes as a file (the readers take paths, because they
// memory-map), and the rule the targets check: a reader given any bytes either succeeds or
// throws mars5::Failure with a message. Anything else (another exception, a crash, a
// sanitizer report, a hang) is a finding.
#pragma once

#include "failure.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <unistd.h>

namespace mars5::fuzz {

// One file per process, rewritten for each input: the fuzzer runs millions of inputs and
// creating a new file each time would dominate.
inline const std::string& inputPath() {
    static const std::string path = [] {
        const char* dir = std::getenv("TMPDIR");
        std::string p = std::string(dir && *dir ? dir : "/tmp") + "/mars5-fuzz-" + std::to_string(::getpid());
        return p;
    }();
    return path;
}

inline const std::string& writeInput(const std::uint8_t* data, std::size_t size) {
    const std::string& path = inputPath();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || (size > 0 && std::fwrite(data, 1, size, f) != size) || std::fclose(f) != 0) {
        std::perror(path.c_str());
        std::abort();
    }
    return path;
}

// Removes the input file at exit, so a long fuzzing run leaves nothing behind. The path is
// made first: statics are destroyed in the reverse order of their making, so the path must
// outlive this (it did not, and every run left its file in /tmp).
struct RemoveInputAtExit {
    RemoveInputAtExit() { inputPath(); }
    ~RemoveInputAtExit() { std::remove(inputPath().c_str()); }
};

[[noreturn]] inline void finding(const char* what, const std::string& detail) {
    std::fprintf(stderr, "FUZZ FINDING: %s: %s\n", what, detail.c_str());
    std::abort();
}

// MARS5_FUZZ_VERBOSE=1 prints what became of each input (to read a corpus, or a finding).
inline void tell(const char* outcome, const std::string& detail = {}) {
    static const bool verbose = std::getenv("MARS5_FUZZ_VERBOSE") != nullptr;
    if (verbose) std::fprintf(stderr, "  %s%s%s\n", outcome, detail.empty() ? "" : ": ", detail.c_str());
}

// Runs fn(); a mars5::Failure is the expected way to refuse bad bytes, anything else aborts
// (so that libFuzzer keeps the input, and the corpus replay test fails).
template <class Fn>
void expectSuccessOrFailure(Fn&& fn) {
    try {
        fn();
        tell("accepted");
    } catch (const Failure& f) {
        tell("refused", f.what());
        if (std::string(f.what()).empty()) finding("a Failure without a message", "");
    } catch (const std::exception& e) {
        finding("an exception other than mars5::Failure", withoutBacktrace(e.what()));
    }
}

}  // namespace mars5::fuzz
