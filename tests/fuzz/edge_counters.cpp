// Coverage for libFuzzer from GCC's instrumentation.
//
// GCC's -fsanitize-coverage=trace-pc calls __sanitizer_cov_trace_pc() at every basic block,
// but libFuzzer no longer reads that callback (it wants clang's inline counters). It does
// read any 8-bit counters placed in the "__libfuzzer_extra_counters" section, so this file
// turns each call into an edge count there, AFL's way: the edge is the hashed pair of this
// block and the previous one. libFuzzer implements GCC's integer comparison callbacks
// (__sanitizer_cov_trace_cmp1..8, const_cmp, switch) itself; the floating-point ones are below.
//
// This file must not be instrumented itself (it would call itself); tests/fuzz/CMakeLists.txt
// compiles it without coverage, and links a copy of libFuzzer whose own, refusing
// __sanitizer_cov_trace_pc is made weak so that this one is used.
#include <cstdint>

namespace {
constexpr std::uintptr_t kCounters = 1u << 16;
thread_local std::uintptr_t previousBlock = 0;
}  // namespace

__attribute__((section("__libfuzzer_extra_counters"))) std::uint8_t mars5FuzzEdgeCounters[kCounters];

extern "C" void __sanitizer_cov_trace_pc() {
    const auto pc = reinterpret_cast<std::uintptr_t>(__builtin_return_address(0));
    const std::uintptr_t block = (pc ^ (pc >> 15)) & (kCounters - 1);
    ++mars5FuzzEdgeCounters[block ^ previousBlock];
    // Shifted so that A->B and B->A, and A->A and B->B, count apart.
    previousBlock = block >> 1;
}

// GCC also reports floating-point comparisons, which libFuzzer has no use for (it guides
// mutations by integer operands only); they are accepted and ignored.
extern "C" void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" void __sanitizer_cov_trace_cmpd(double, double) {}
