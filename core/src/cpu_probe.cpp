#include "cpu_probe.h"

#include "mars5/cpu_info.h"

#include <fstream>
#include <sstream>
#include <set>
#include <utility>

#include <sched.h>

namespace mars5 {

namespace {

bool readNumber(const std::string& path, long& value) {
    std::ifstream in(path);
    return static_cast<bool>(in >> value);
}

}  // namespace

int countPhysicalCores(const std::vector<int>& cpus, const std::string& sysfsCpuDir) {
    std::set<std::pair<long, long>> cores;
    int unknown = 0;
    for (const int cpu : cpus) {
        const std::string topology = sysfsCpuDir + "/cpu" + std::to_string(cpu) + "/topology/";
        long package = 0, core = 0;
        if (readNumber(topology + "physical_package_id", package) && readNumber(topology + "core_id", core))
            cores.emplace(package, core);
        else
            ++unknown;
    }
    const int n = static_cast<int>(cores.size()) + unknown;
    return n > 0 ? n : 1;
}

std::vector<int> cpusOfThisProcess() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0) return {};
    std::vector<int> cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &set)) cpus.push_back(cpu);
    return cpus;
}

bool cpuInfoListsBFloat16(const std::string& procCpuinfo) {
    std::istringstream lines(procCpuinfo);
    for (std::string line; std::getline(lines, line);) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        const std::string key = line.substr(0, line.find_first_of(" \t:"));
        if (key != "flags" && key != "Features") continue;
        std::istringstream words(line.substr(colon + 1));
        for (std::string w; words >> w;)
            if (w == "avx512_bf16" || w == "amx_bf16" || w == "bf16") return true;
    }
    return false;
}

bool cpuHasBFloat16Instructions() {
    static const bool has = [] {
        std::ifstream in("/proc/cpuinfo");
        std::ostringstream text;
        text << in.rdbuf();
        return cpuInfoListsBFloat16(text.str());
    }();
    return has;
}

}  // namespace mars5
