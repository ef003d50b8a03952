#include "mars5/process_setup.h"

#include "cpu_probe.h"

#include <ATen/Parallel.h>

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace mars5 {

namespace {

const char* g_threadsSource = "libtorch's default";

bool isSet(const char* name) {
    const char* v = std::getenv(name);
    return v != nullptr && *v != '\0';
}

// Sets OMP_WAIT_POLICY=PASSIVE and starts the program again; returns when it did not.
void restartWithPassiveOpenMpWaits(char** argv) {
    if (argv == nullptr || argv[0] == nullptr) return;
    if (std::getenv("OMP_WAIT_POLICY") != nullptr) return;
    if (const char* keep = std::getenv("MARS5_KEEP_OPENMP_ENV"); keep != nullptr && std::strcmp(keep, "1") == 0) return;
    if (::setenv("OMP_WAIT_POLICY", "PASSIVE", 1) != 0) return;
    // Only returns on failure (no /proc, say): then the process goes on with the default policy,
    // and the variable, now set, tells openMpWaitPolicy() nothing true, so take it back.
    ::execv("/proc/self/exe", argv);
    ::unsetenv("OMP_WAIT_POLICY");
}

void useThePhysicalCores() {
    if (isSet("OMP_NUM_THREADS")) {
        g_threadsSource = "OMP_NUM_THREADS";
        return;
    }
    if (isSet("MKL_NUM_THREADS")) {
        g_threadsSource = "MKL_NUM_THREADS";
        return;
    }
    at::set_num_threads(defaultCpuThreads());
    g_threadsSource = "the physical cores this process may use";
}

}  // namespace

void prepareProcess(char** argv) {
    restartWithPassiveOpenMpWaits(argv);
    useThePhysicalCores();
}

const char* openMpWaitPolicy() {
    const char* v = std::getenv("OMP_WAIT_POLICY");
    return v != nullptr && *v != '\0' ? v : "default (spinning)";
}

int defaultCpuThreads() {
    const std::vector<int> cpus = cpusOfThisProcess();
    if (cpus.empty()) return at::get_num_threads();
    return countPhysicalCores(cpus);
}

int cpuThreadsInForce() { return at::get_num_threads(); }

const char* cpuThreadsSource() { return g_threadsSource; }

}  // namespace mars5
