// Counting the physical cores a process may run on, from Linux's sysfs (testable on a fake tree).
#pragma once

#include <string>
#include <vector>

namespace mars5 {

// The number of distinct physical cores among `cpus` (logical CPU numbers), read from
// `<sysfsCpuDir>/cpuN/topology/{physical_package_id,core_id}`: hyperthreads of one core count
// once. A CPU whose topology cannot be read counts as a core of its own. At least 1.
int countPhysicalCores(const std::vector<int>& cpus, const std::string& sysfsCpuDir = "/sys/devices/system/cpu");

// The logical CPUs this process may run on (sched_getaffinity); empty if that cannot be read.
std::vector<int> cpusOfThisProcess();

}  // namespace mars5
