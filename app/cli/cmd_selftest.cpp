// mars5-cli selftest codec --fixtures DIR
//
// Parity check of the codec port against reference goldens. Every model file in DIR is
// loaded the way a user's file is (codec_loading: .th / .bin zips, HF safetensors, Vocos
// .bin + config.yaml, safetensors), every stage with a golden is run and compared, and one
// line per golden reports the max abs error against its tolerance. Nothing about the
// fixture's sizes is assumed: models and goldens are recognised by their tensor names.
//
// Tolerances (fixture README): codes exact; the top-level quantities listed in
// noise_floor.json get 10x the larger of the float32-2-threads and float64 differences,
// rounded up to 1/2/5 (on a GPU at least 1e-5 x max(1, max |golden|): cuDNN's own float32
// algorithms); every other float golden 2e-5 x max(1, max |golden|); head_mag elementwise
// 2e-5 x max(1, |golden|).
#include "commands.h"

#include "codec_loading.h"
#include "failure.h"
#include "mars5/codec.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

namespace mars5::cli {

namespace {

namespace fs = std::filesystem;

struct Tolerance {
    double value = 0.0;
    bool elementwiseRelative = false;  // error / max(1, |golden|) per element
    std::string source;
};

double roundUp125(double x) {
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (x <= m * p * (1 + 1e-12)) return m * p;
    return 10 * p;
}

// Noise floors of the top-level quantities, keyed like "encodec.main.encoder_latent".
std::map<std::string, double> readNoiseFloor(const fs::path& dir) {
    std::map<std::string, double> out;
    std::ifstream in(dir / "noise_floor.json");
    if (!in) return out;
    nlohmann::json j;
    try {
        in >> j;
    } catch (const std::exception&) {
        return out;
    }
    for (const char* run : {"float32_2threads", "float64_1thread"}) {
        if (!j.contains(run) || !j[run].is_object()) continue;
        for (auto it = j[run].begin(); it != j[run].end(); ++it)
            if (it.value().is_object() && it.value().contains("max_abs") && it.value()["max_abs"].is_number())
                out[it.key()] = std::max(out[it.key()], it.value()["max_abs"].get<double>());
    }
    return out;
}

class Report {
public:
    void check(const std::string& name, const at::Tensor& ours, const at::Tensor& golden, const Tolerance& tol) {
        char line[512];
        if (ours.sizes() != golden.sizes()) {
            std::snprintf(line, sizeof line, "  FAIL  %-36s shape %s, golden %s", name.c_str(),
                          shape(ours).c_str(), shape(golden).c_str());
            record(false, line);
            return;
        }
        if (!at::isFloatingType(golden.scalar_type())) {
            const auto differ = (ours.to(at::kLong) != golden.to(at::kLong)).sum().item<std::int64_t>();
            std::snprintf(line, sizeof line, "  %s  %-36s exact match required: %lld of %lld differ", differ ? "FAIL" : "PASS",
                          name.c_str(), static_cast<long long>(differ), static_cast<long long>(golden.numel()));
            record(differ == 0, line);
            return;
        }
        const at::Tensor a = ours.to(at::kDouble), g = golden.to(at::kDouble);
        const at::Tensor diff = (a - g).abs();
        const bool finite = at::isfinite(a).all().item<bool>();
        double err = diff.numel() ? diff.max().item<double>() : 0.0;
        bool ok = finite;
        if (tol.elementwiseRelative) {
            const double rel = diff.numel() ? (diff / g.abs().clamp_min(1.0)).max().item<double>() : 0.0;
            ok = ok && rel <= tol.value;
            std::snprintf(line, sizeof line, "  %s  %-36s max abs err %.3g, max rel err %.3g  tol %.3g x max(1,|golden|) (%s)",
                          ok ? "PASS" : "FAIL", name.c_str(), err, rel, tol.value, tol.source.c_str());
        } else {
            ok = ok && err <= tol.value;
            std::snprintf(line, sizeof line, "  %s  %-36s max abs err %.3g  tol %.3g (%s)", ok ? "PASS" : "FAIL",
                          name.c_str(), err, tol.value, tol.source.c_str());
        }
        if (!finite) std::snprintf(line + std::strlen(line), sizeof line - std::strlen(line), "  [non-finite output]");
        record(ok, line);
    }
    void failure(const std::string& what) { record(false, "  FAIL  " + what); }
    void note(const std::string& what) { std::cout << what << '\n'; }
    int checks() const { return m_checks; }
    int failures() const { return m_failures; }

private:
    static std::string shape(const at::Tensor& t) {
        std::string s = "[";
        for (std::int64_t i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.size(i));
        return s + "]";
    }
    void record(bool ok, const std::string& line) {
        ++m_checks;
        if (!ok) ++m_failures;
        std::cout << line << '\n';
    }
    int m_checks = 0;
    int m_failures = 0;
};

struct GoldenSet {
    fs::path path;
    std::map<std::string, at::Tensor> tensors;
};

struct SelftestContext {
    fs::path dir;
    std::map<std::string, double> noise;
    c10::Device device = c10::kCPU;
    Report report;
};

Tolerance toleranceFor(const SelftestContext& ctx, const std::string& model, const std::string& key,
                       const at::Tensor& golden) {
    const std::string leaf = key.substr(key.rfind('.') == std::string::npos ? 0 : key.rfind('.') + 1);
    if (leaf == "head_mag") return {2e-5, true, "README: relative, elementwise"};
    const double maxAbs = golden.numel() ? golden.abs().max().item<double>() : 0.0;
    const auto it = ctx.noise.find(model + "." + key);
    if (it != ctx.noise.end() && it->second > 0) {
        Tolerance t{roundUp125(10 * it->second), false, "noise floor x10"};
        // The noise floors were measured with the CPU's float32 (README). cuDNN picks its own
        // float32 algorithms (Winograd, FFT) and LSTM summation order, with errors a few times
        // larger on the same maths: on a GPU a floor of 1e-5 relative to the golden's scale.
        if (ctx.device.is_cuda() && t.value < 1e-5 * std::max(1.0, maxAbs))
            t = {1e-5 * std::max(1.0, maxAbs), false, "GPU floor: 1e-5 x max(1, max|golden|)"};
        return t;
    }
    return {2e-5 * std::max(1.0, maxAbs), false, "2e-5 x max(1, max|golden|)"};
}

void compareAll(SelftestContext& ctx, const std::string& model, const std::string& prefix, const GoldenSet& goldens,
                const std::map<std::string, at::Tensor>& produced, const std::set<std::string>& inputs) {
    for (const auto& [key, golden] : goldens.tensors) {
        if (key.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string name = key.substr(prefix.size());
        if (inputs.count(name)) continue;
        const auto it = produced.find(name);
        if (it == produced.end()) {
            ctx.report.note("  skip  " + key + " (no stage of the port produces it: a helper, not a reference output)");
            continue;
        }
        ctx.report.check(key, it->second, golden, toleranceFor(ctx, model, key, golden));
    }
}

std::vector<std::string> prefixesWith(const GoldenSet& g, const std::string& leaf) {
    std::vector<std::string> out;
    for (const auto& [key, t] : g.tensors)
        if (key.size() >= leaf.size() && key.compare(key.size() - leaf.size(), leaf.size(), leaf) == 0) {
            const std::string prefix = key.substr(0, key.size() - leaf.size());
            if (prefix.empty() || prefix.back() == '.') out.push_back(prefix);
        }
    return out;
}

LayerTap capture(std::map<std::string, at::Tensor>& produced) {
    return [&produced](const std::string& name, const at::Tensor& value) {
        produced[name] = value.detach().to(at::kCPU, value.is_floating_point() ? at::kFloat : value.scalar_type()).clone();
    };
}

void runEncodec(SelftestContext& ctx, const fs::path& modelPath, const std::vector<GoldenSet>& goldenSets) {
    const EncodecWeights w = loadEncodecWeights(modelPath.string()).to(ctx.device, at::kFloat);
    const auto& c = w.config;
    ctx.report.note("encodec model " + modelPath.filename().string() + ": " + std::to_string(c.nFilters) +
                    " filters, dimension " + std::to_string(c.dimension) + ", " + std::to_string(c.numCodebooks) +
                    " x " + std::to_string(c.bins) + " codebooks, hop " + std::to_string(c.hopLength()));
    for (const auto& g : goldenSets) {
        for (const auto& prefix : prefixesWith(g, "input_wav")) {
            ctx.report.note(" goldens " + g.path.filename().string() + " [" + (prefix.empty() ? "(no prefix)" : prefix) + "]");
            std::map<std::string, at::Tensor> produced;
            const auto tap = capture(produced);
            const at::Tensor input = g.tensors.at(prefix + "input_wav");
            const auto goldenCodes = g.tensors.find(prefix + "codes");
            const int nq = goldenCodes != g.tensors.end() ? static_cast<int>(goldenCodes->second.size(1))
                                                          : c.codebooksForBandwidth(6.0);
            const at::Tensor latent = encodecEncode(w, input, tap);
            const at::Tensor codes = rvqEncode(w, latent, nq, tap).to(at::kCPU);
            produced["codes"] = codes;
            produced["codes_t_by_q"] = codes[0].t().contiguous();
            // Downstream stages start from the golden codes, so one flipped code cannot mask them.
            const at::Tensor decodeFrom = goldenCodes != g.tensors.end() ? goldenCodes->second : codes;
            const at::Tensor quantized = rvqDecode(w, decodeFrom);
            tap("quantized_latent", quantized);
            tap("decoded_wav", encodecDecode(w, quantized, tap));
            compareAll(ctx, "encodec", prefix, g, produced, {"input_wav"});
        }
    }
}

void runVocos(SelftestContext& ctx, const fs::path& modelPath, const std::string& config,
              const std::vector<GoldenSet>& goldenSets) {
    const VocosWeights w = loadVocosWeights(modelPath.string(), config).to(ctx.device, at::kFloat);
    const auto& c = w.config;
    ctx.report.note("vocos model " + modelPath.filename().string() +
                    (config.empty() ? std::string() : " + " + fs::path(config).filename().string()) + ": dim " +
                    std::to_string(c.dim) + ", intermediate " + std::to_string(c.intermediateDim) + ", " +
                    std::to_string(c.numLayers) + " layers, n_fft " + std::to_string(c.nFft) + ", hop " +
                    std::to_string(c.hopLength));
    for (const auto& g : goldenSets) {
        for (const auto& prefix : prefixesWith(g, "head_mag")) {
            ctx.report.note(" goldens " + g.path.filename().string() + " [" + (prefix.empty() ? "(no prefix)" : prefix) + "]");
            at::Tensor codes;
            if (g.tensors.count(prefix + "codes")) codes = g.tensors.at(prefix + "codes");
            else if (g.tensors.count(prefix + "codes_t_by_q")) codes = g.tensors.at(prefix + "codes_t_by_q").t().contiguous();
            else {
                ctx.report.failure(g.path.filename().string() + ": Vocos goldens without input codes");
                continue;
            }
            const int bw = g.tensors.count(prefix + "bandwidth_id")
                               ? static_cast<int>(g.tensors.at(prefix + "bandwidth_id").view({-1})[0].item<std::int64_t>())
                               : 1;
            std::map<std::string, at::Tensor> produced;
            const auto tap = capture(produced);
            const at::Tensor features = vocosFeatures(w, codes);
            tap("features", features);
            const at::Tensor wav = vocosHead(w, vocosBackbone(w, features, bw, tap), tap);
            tap("wav", wav);
            compareAll(ctx, "vocos", prefix, g, produced, {"codes", "codes_t_by_q", "bandwidth_id"});
        }
    }
}

// The public API end to end: an audio file in DIR encoded by Codec::encodeFile must give the
// golden codes of the golden input with the same length.
void runEndToEnd(SelftestContext& ctx, const std::string& encodecPath, const std::vector<GoldenSet>& goldenSets,
                 const std::vector<fs::path>& audioFiles) {
    CodecOptions options;
    options.device = ctx.device.is_cuda() ? ComputeDevice::Cuda : ComputeDevice::Cpu;
    auto codec = Codec::load({encodecPath, "", ""}, options);
    if (!codec) return ctx.report.failure("Codec::load: " + codec.message());
    for (const auto& audio : audioFiles) {
        auto info = probeAudio(audio.string());
        if (!info) continue;
        for (const auto& g : goldenSets)
            for (const auto& prefix : prefixesWith(g, "input_wav")) {
                const auto& input = g.tensors.at(prefix + "input_wav");
                if (!g.tensors.count(prefix + "codes") || input.size(-1) != info->frames || info->sampleRate != 24000)
                    continue;
                const at::Tensor golden = g.tensors.at(prefix + "codes")[0];
                ctx.report.note("end to end: Codec::encodeFile(" + audio.filename().string() + ") vs " + prefix + "codes");
                auto codes = codec->encodeFile(audio.string(), 6.0);
                if (!codes) return ctx.report.failure("encodeFile: " + codes.message());
                const at::Tensor ours = at::tensor(codes->values, at::kLong).view({codes->numCodebooks, codes->numFrames});
                ctx.report.check(audio.filename().string() + " -> codes", ours, golden, {});
            }
    }
}

int runSelftest(const std::string& dirText, const std::string& deviceText, int threads) {
    SelftestContext ctx;
    ctx.dir = dirText;
    std::error_code ec;
    if (!fs::is_directory(ctx.dir, ec)) {
        reportError(dirText + ": not a folder");
        return 1;
    }
    auto device = parseComputeDevice(deviceText);
    if (!device) {
        reportError(device.message());
        return 1;
    }
    if (*device == ComputeDevice::Cuda) {
        if (!cudaAvailable()) {
            reportError("--device cuda: this libtorch build has no CUDA support or no GPU is visible");
            return 1;
        }
        ctx.device = c10::Device(c10::kCUDA, 0);
        // TF32 keeps a 10-bit mantissa: far above the fixture tolerances.
        at::globalContext().setAllowTF32CuDNN(false);
        at::globalContext().setAllowTF32CuBLAS(false);
    }
    if (threads > 0) at::set_num_threads(threads);
    ctx.noise = readNoiseFloor(ctx.dir);
    c10::InferenceMode inference;

    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(ctx.dir, ec))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    std::vector<fs::path> encodecModels, vocosModels, yamls, audioFiles;
    std::vector<GoldenSet> encodecGoldens, vocosGoldens;
    for (const auto& f : files) {
        const std::string ext = f.extension().string();
        if (ext == ".yaml" || ext == ".yml") {
            yamls.push_back(f);
            continue;
        }
        if (ext == ".wav" || ext == ".flac") {
            audioFiles.push_back(f);
            continue;
        }
        if (ext != ".th" && ext != ".bin" && ext != ".pt" && ext != ".safetensors") continue;
        const auto read = guarded([&] { return readTensorFile(f.string()); });
        if (!read) {
            ctx.report.failure(read.message());
            continue;
        }
        // Goldens first: their tap names ("backbone.convnext.0.out") resemble model names.
        bool golden = false;
        for (const auto& [name, t] : read->tensors) {
            const auto leaf = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
            golden = golden || leaf == "input_wav" || leaf == "head_mag";
        }
        switch (golden ? CodecFileModel::Unknown : identifyCodecModel(read->tensors)) {
        case CodecFileModel::Encodec: encodecModels.push_back(f); break;
        case CodecFileModel::Vocos: vocosModels.push_back(f); break;
        case CodecFileModel::Unknown: {
            GoldenSet g{f, {}};
            bool encodecGolden = false, vocosGolden = false;
            for (const auto& [name, t] : read->tensors) {
                g.tensors[name] = t;
                const auto ends = [&](const char* leaf) {
                    const std::string l = leaf;
                    return name.size() >= l.size() && name.compare(name.size() - l.size(), l.size(), l) == 0;
                };
                encodecGolden = encodecGolden || ends("input_wav");
                vocosGolden = vocosGolden || ends("head_mag");
            }
            if (encodecGolden) encodecGoldens.push_back(std::move(g));
            else if (vocosGolden) vocosGoldens.push_back(std::move(g));
            break;
        }
        }
    }

    std::cout << "codec selftest: " << dirText << " (device " << toString(*device) << ", float32, "
              << at::get_num_threads() << " threads)\n"
              << "found " << encodecModels.size() << " Encodec model file(s), " << vocosModels.size()
              << " Vocos model file(s), " << yamls.size() << " config file(s), " << encodecGoldens.size()
              << " Encodec golden file(s), " << vocosGoldens.size() << " Vocos golden file(s)\n";
    if (encodecModels.empty() && vocosModels.empty()) ctx.report.failure("no Encodec or Vocos model file in " + dirText);
    if (!encodecModels.empty() && encodecGoldens.empty()) ctx.report.failure("Encodec models but no Encodec goldens");
    if (!vocosModels.empty() && vocosGoldens.empty()) ctx.report.failure("Vocos models but no Vocos goldens");

    for (const auto& m : encodecModels) {
        const auto r = guarded([&] { runEncodec(ctx, m, encodecGoldens); });
        if (!r) ctx.report.failure(r.message());
    }
    if (!encodecModels.empty() && !audioFiles.empty()) {
        const auto r = guarded([&] { runEndToEnd(ctx, encodecModels.front().string(), encodecGoldens, audioFiles); });
        if (!r) ctx.report.failure(r.message());
    } else if (!encodecGoldens.empty()) {
        // The goldens were made from an audio file (their input_wav): without it the file-reading
        // end of the pipeline goes unchecked, which must not pass silently.
        ctx.report.failure("no .wav or .flac beside the Encodec goldens in " + dirText +
                           ": the audio-file check (read, resample, encode) cannot run");
    }
    for (const auto& m : vocosModels) {
        // A safetensors copy made by `convert` carries its config; otherwise pair it with a Vocos
        // config.yaml from the folder (the one sharing the longest name prefix with the model).
        std::string config;
        std::size_t best = 0;
        for (const auto& y : yamls) {
            if (!guarded([&] { return vocosConfigFromYaml(y.string()); })) continue;
            const std::string a = m.filename().string(), b = y.filename().string();
            std::size_t common = 0;
            while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
            if (config.empty() || common > best) {
                config = y.string();
                best = common;
            }
        }
        const auto r = guarded([&] { runVocos(ctx, m, config, vocosGoldens); });
        if (!r) ctx.report.failure(r.message());
    }

    std::cout << "summary: " << ctx.report.checks() << " checks, " << ctx.report.checks() - ctx.report.failures()
              << " passed, " << ctx.report.failures() << " failed\n";
    if (ctx.report.failures() > 0) {
        reportError("selftest codec: " + std::to_string(ctx.report.failures()) + " of " +
                    std::to_string(ctx.report.checks()) + " checks failed");
        return 1;
    }
    return 0;
}

}  // namespace

void addSelftestCommand(CLI::App& app) {
    // `selftest` is shared with other areas (selftest mars5, ...): whoever registers first creates it.
    CLI::App* cmd = nullptr;
    try {
        cmd = app.get_subcommand("selftest");
    } catch (const CLI::OptionNotFound&) {
        cmd = app.add_subcommand("selftest", "Check the ports against reference goldens");
        cmd->require_subcommand(1);
    }
    auto* codec = cmd->add_subcommand("codec", "Encodec + Vocos parity against a fixture folder (models + goldens)");
    auto dir = std::make_shared<std::string>();
    auto device = std::make_shared<std::string>("cpu");
    auto threads = std::make_shared<int>(0);
    codec->add_option("--fixtures", *dir, "folder with the model files, goldens and noise_floor.json")->required();
    codec->add_option("--device", *device, "cpu or cuda")->capture_default_str();
    codec->add_option("--threads", *threads, "CPU threads (default: OMP_NUM_THREADS, else one per physical core this process may use)");
    codec->callback([=] {
        const auto r = guarded([&] { return runSelftest(*dir, *device, *threads); });
        if (!r) reportError(r.message());
    });
}

}  // namespace mars5::cli
