// mars5-cli selftest mars5 --fixtures DIR [--device cpu|cuda] [--only GROUP,...]
// The command and the golden-group registry; the groups live in selftest_mars5_*.cpp.
#include "commands.h"
#include "selftest_mars5.h"

#include "failure.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

namespace mars5::cli {

namespace {

std::vector<Mars5GoldenGroupEntry>& registry() {
    static std::vector<Mars5GoldenGroupEntry> groups;
    return groups;
}

c10::Device parseDevice(const std::string& name) {
    if (name == "cpu") return c10::kCPU;
    if (name == "cuda") {
        if (!at::hasCUDA())
            fail(ErrorKind::InvalidArgument, "--device cuda: this libtorch has no CUDA support or no GPU is visible");
        // float32 as the goldens were made: no TF32 (a 10-bit mantissa) in products or convolutions,
        // whatever an environment variable asks (as in `selftest codec`).
        at::globalContext().setAllowTF32CuBLAS(false);
        at::globalContext().setAllowTF32CuDNN(false);
        return c10::Device(c10::kCUDA, 0);
    }
    fail(ErrorKind::InvalidArgument, "--device must be cpu or cuda, not '" + name + "'");
}

int runSelftest(const std::string& dir, const std::string& deviceName, int threads, const std::string& only) {
    if (!std::filesystem::is_directory(dir))
        fail(ErrorKind::InvalidArgument, "--fixtures " + dir + ": not a folder");
    if (threads > 0) at::set_num_threads(threads);
    std::set<std::string> wanted;
    std::stringstream list(only);
    for (std::string name; std::getline(list, name, ',');)
        if (!name.empty()) wanted.insert(name);

    c10::InferenceMode inference;
    GoldenReport report;
    Mars5SelftestContext ctx{dir, parseDevice(deviceName), report};
    std::cout << "mars5 selftest: " << dir << " (device " << ctx.device << ", float32, " << at::get_num_threads()
              << " threads)\n";
    int ran = 0;
    for (const auto& group : mars5GoldenGroups()) {
        if (!wanted.empty() && !wanted.count(group.name)) continue;
        std::cout << "[" << group.name << "]\n";
        ++ran;
        // One group's failure to load something must not hide the other groups' results.
        const auto r = guarded([&] { group.run(ctx); });
        if (!r) report.failure(group.name + ": " + r.message());
    }
    if (ran == 0) fail(ErrorKind::InvalidArgument, "no golden group matched --only " + only);
    std::cout << "summary: " << report.checks() << " checks, " << report.checks() - report.failures() << " passed, "
              << report.failures() << " failed\n";
    if (report.checks() == 0) fail(ErrorKind::Format, dir + ": no goldens found: is this a MARS5 fixture folder?");
    return report.failures() == 0 ? 0 : 1;
}

}  // namespace

Mars5GoldenGroupRegistration::Mars5GoldenGroupRegistration(std::string name, int order, Mars5GoldenGroup run) {
    registry().push_back({std::move(name), order, std::move(run)});
}

std::vector<Mars5GoldenGroupEntry> mars5GoldenGroups() {
    auto groups = registry();
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    return groups;
}

double maxAbsError(const at::Tensor& actual, const at::Tensor& golden) {
    if (actual.sizes() != golden.sizes()) return std::numeric_limits<double>::infinity();
    if (actual.numel() == 0) return 0.0;
    const auto a = actual.detach().to(at::kCPU, at::kDouble);
    const auto g = golden.detach().to(at::kCPU, at::kDouble);
    return (a - g).abs().max().item<double>();
}

void addSelftestMars5Command(CLI::App& app) {
    CLI::App* selftest = nullptr;
    try {
        selftest = app.get_subcommand("selftest");
    } catch (const CLI::OptionNotFound&) {
        selftest = app.add_subcommand("selftest", "Check the ports against reference goldens");
        selftest->require_subcommand(1);
    }
    auto* cmd = selftest->add_subcommand("mars5", "MARS5 tokenizer/AR/sampler/NAR/diffusion/trim parity against a fixture folder");
    auto dir = std::make_shared<std::string>();
    auto device = std::make_shared<std::string>("cpu");
    auto threads = std::make_shared<int>(0);
    auto only = std::make_shared<std::string>();
    cmd->add_option("--fixtures", *dir, "folder with the tiny checkpoints, tokenizers and goldens_*.safetensors")->required();
    cmd->add_option("--device", *device, "cpu or cuda")->capture_default_str();
    cmd->add_option("--threads", *threads, "CPU threads (default: OMP_NUM_THREADS, else one per physical core this process may use)");
    cmd->add_option("--only", *only, "comma-separated golden groups to run (default: all)");
    cmd->callback([=] {
        const auto r = guarded([&] { return runSelftest(*dir, *device, *threads, *only); });
        if (!r) return reportError(r.message());
        if (*r != 0) reportError("selftest mars5: some checks failed");
    });
}

}  // namespace mars5::cli
