// What Linux says of this machine's CPUs: the physical cores a process may run on (sysfs) and
// the instruction sets it has (/proc/cpuinfo), read by functions that take the files' place in tests.
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

// Whether /proc/cpuinfo's text lists bfloat16 instructions: x86's avx512_bf16 or amx_bf16 in a
// "flags" line, or ARM's bf16 in a "Features" line.
bool cpuInfoListsBFloat16(const std::string& procCpuinfo);

}  // namespace mars5
