// Process-wide settings that must be in place before libtorch does any work. Call
// mars5::prepareProcess(argv) first thing in main(), before any other mars5 or Qt call.
#pragma once

namespace mars5 {

// libtorch's OpenMP runtime (libgomp) spin-waits between parallel regions by default, and
// OpenBLAS runs its matrix products on threads of its own: on a machine with few cores the
// spinning OpenMP threads take the cores the BLAS threads need. Measured on the 2-vCPU dev
// machine, mid-size model: AR decode 23 -> 65 tokens/s, NAR 2.8 -> 1.45 s with
// OMP_WAIT_POLICY=PASSIVE (docs/PERFORMANCE.md). libgomp reads the variable once, when it is
// loaded (before main), so when it is unset this sets it and starts the same program again
// (execv of /proc/self/exe with the same arguments), once.
//
// Nothing happens when OMP_WAIT_POLICY is already set (the user's choice is kept), when
// MARS5_KEEP_OPENMP_ENV=1, or where the restart is not possible (then the process simply goes on).
void prepareProcess(char** argv);

//
// It then sets libtorch's intra-op thread count to defaultCpuThreads(), unless OMP_NUM_THREADS or
// MKL_NUM_THREADS is set (the user's choice is kept). EngineOptions::threads still overrides it.

// The wait policy this process runs with: the OMP_WAIT_POLICY value, or "default (spinning)".
const char* openMpWaitPolicy();

// The physical cores this process may run on: its CPU affinity mask, with hyperthreads of one core
// counted once (Linux sysfs topology). libtorch's own default is the physical core count its
// cpuinfo library sees, which ignores the affinity mask (a container pinned to 2 CPUs of a 64-core
// host got 32 threads) and on some virtual machines is too low: on the 2-vCPU dev machine (2 cores,
// 1 thread each, says sysfs) it gave 1, so every elementwise pass, softmax and bfloat16 product
// (oneDNN) ran on one core while OpenBLAS used both. Full-size model, bfloat16, 2 threads
// instead of 1: AR decode 7.7 -> 10.7 tokens/s, NAR 1.5x faster (docs/PERFORMANCE.md).
int defaultCpuThreads();

// The intra-op thread count in force, and where it came from ("OMP_NUM_THREADS", "cores", ...),
// for benchmark headers and logs.
int cpuThreadsInForce();
const char* cpuThreadsSource();

}  // namespace mars5
