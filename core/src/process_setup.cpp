#include "mars5/process_setup.h"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace mars5 {

void prepareProcess(char** argv) {
    if (argv == nullptr || argv[0] == nullptr) return;
    if (std::getenv("OMP_WAIT_POLICY") != nullptr) return;
    if (const char* keep = std::getenv("MARS5_KEEP_OPENMP_ENV"); keep != nullptr && std::strcmp(keep, "1") == 0) return;
    if (::setenv("OMP_WAIT_POLICY", "PASSIVE", 1) != 0) return;
    // Only returns on failure (no /proc, say): then the process goes on with the default policy,
    // and the variable, now set, tells openMpWaitPolicy() nothing true, so take it back.
    ::execv("/proc/self/exe", argv);
    ::unsetenv("OMP_WAIT_POLICY");
}

const char* openMpWaitPolicy() {
    const char* v = std::getenv("OMP_WAIT_POLICY");
    return v != nullptr && *v != '\0' ? v : "default (spinning)";
}

}  // namespace mars5
