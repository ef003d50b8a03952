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

// The wait policy this process runs with: the OMP_WAIT_POLICY value, or "default (spinning)".
const char* openMpWaitPolicy();

}  // namespace mars5
