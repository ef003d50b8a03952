// Golden group "trim": the librosa-style output trimming against goldens_trim.safetensors:
// per case (every `trim.<case>.wave` in the file) the frame dB, the non-silent flags and
// the kept region [start, end). top_db from goldens.json when given (default 27).
#include "selftest_mars5.h"

#include "safetensors.h"
#include "trim.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace mars5::cli {

namespace {

constexpr double kFrameDbTol = 1e-3;  // fixture README: trim.*.frame_db atol 1e-3 dB

void runTrimGoldens(Mars5SelftestContext& ctx) {
    const auto path = ctx.dir / "goldens_trim.safetensors";
    if (!std::filesystem::exists(path)) {
        ctx.report.info("no goldens_trim.safetensors: skipped");
        return;
    }
    auto& report = ctx.report;
    const auto file = SafetensorsFile::open(path.string());
    TrimOptions options;
    {
        std::ifstream in(ctx.dir / "goldens.json");
        if (in) {
            const auto j = nlohmann::json::parse(in);
            const auto* cfg = j.contains("tts_shallow_greedy") ? &j["tts_shallow_greedy"] : nullptr;
            if (cfg && cfg->contains("inference_config"))
                options.topDb = (*cfg)["inference_config"].value("trim_db", options.topDb);
        }
    }
    const std::string prefix = "trim.", suffix = ".wave";
    int cases = 0;
    for (const auto& entry : file.entries()) {
        const auto& name = entry.name;
        if (name.rfind(prefix, 0) != 0 || name.size() <= prefix.size() + suffix.size() ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string base = name.substr(0, name.size() - suffix.size());
        ++cases;
        const auto wave = file.tensor(name, at::kFloat).contiguous();
        const std::vector<float> samples(wave.data_ptr<float>(), wave.data_ptr<float>() + wave.numel());
        TrimAnalysis a;
        const auto trimmed = trimSilence(samples, options, &a);

        if (file.contains(base + ".frame_db")) {
            const auto db = at::from_blob(a.frameDb.data(), {static_cast<int64_t>(a.frameDb.size())}, at::kFloat);
            report.check(base + ".frame_db", maxAbsError(db, file.tensor(base + ".frame_db", at::kFloat)), kFrameDbTol);
        }
        if (file.contains(base + ".nonsilent")) {
            const auto golden = file.tensor(base + ".nonsilent", at::kLong);
            long long bad = golden.numel() == static_cast<int64_t>(a.nonSilent.size()) ? 0 : golden.numel();
            for (int64_t i = 0; bad == 0 && i < golden.numel(); ++i)
                bad += (golden[i].item<int64_t>() != 0) != a.nonSilent[static_cast<size_t>(i)];
            report.checkExact(base + ".nonsilent", bad);
        }
        if (file.contains(base + ".start_end")) {
            const auto golden = file.tensor(base + ".start_end", at::kLong);
            const long long bad = (golden[0].item<int64_t>() != a.start) + (golden[1].item<int64_t>() != a.end) +
                                  (static_cast<int64_t>(trimmed.size()) != a.end - a.start);
            report.checkExact(base + ".start_end", bad,
                              "exact: [" + std::to_string(a.start) + ", " + std::to_string(a.end) + ")");
        }
    }
    if (cases == 0) report.failure("goldens_trim.safetensors holds no trim.<case>.wave input");
}

const Mars5GoldenGroupRegistration registration{"trim", 60, &runTrimGoldens};

}  // namespace

}  // namespace mars5::cli
