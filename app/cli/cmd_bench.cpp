// mars5-cli bench --ar A --nar N [--encodec E --vocos V] --ref-seconds 6 --text-chars 100
//                 --output-frames 600 --device cpu|cuda --dtype float32|float16|bfloat16
//                 --runs 3 --warmup 1 [--json]
//
// Per-stage figures of the whole MARS5 pipeline (issue 9), median of `runs` timed runs after
// `warmup` untimed ones:
//   reference encode  Encodec on the synthetic reference + the AR/NAR speaker vectors (the voice
//                     cache is cleared before every run, so it is always computed)
//   AR                prefill (prompt pass + first draw) ms, decode tokens/s over the later
//                     steps; the AR is forced to --ar-tokens tokens (EOS masked, CoarseOptions)
//   NAR               --nar-steps diffusion steps on exactly --output-frames frames (the AR's L0
//                     codes cut or repeated to that length), passes/s counting the conditional and
//                     unconditional passes (2 per step, run as one batch of 2); and from one more
//                     run (--nar-split), the forward passes' time apart from the diffusion's own
//   vocode            Vocos on the 8 codebooks of the output frames
//   end to end        compute seconds / output seconds (RTF), peak host RSS, peak device memory
// Encodec/Vocos come from the given files or are random of the published sizes (Codec::createRandom).
#include "bench_device.h"
#include "bench_support.h"
#include "commands.h"
#include "output_paths.h"

#include "mars5/codec.h"
#include "mars5/engine.h"
#include "mars5/process_setup.h"

#include <nlohmann/json.hpp>


#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>


namespace mars5::cli {

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// English-looking text of exactly `chars` characters.
std::string syntheticText(int chars) {
    static const char* const words[] = {"the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog", "while",
                                        "seven", "voices", "read", "this", "sentence", "aloud", "and", "then", "rest"};
    std::string s;
    for (std::size_t i = 0; static_cast<int>(s.size()) < chars; ++i) s += std::string(s.empty() ? "" : " ") + words[(i * 7) % 19];
    s.resize(static_cast<std::size_t>(chars));
    if (chars > 1) s.back() = '.';
    return s;
}

struct RunFigures {
    double encodeMs = 0, prefillMs = 0, decodeTokPerS = 0, arMs = 0, narMs = 0, narPassesPerS = 0, vocodeMs = 0, totalMs = 0,
           rtf = 0;
    std::int64_t promptTokens = 0, arTokens = 0, arReadBacks = 0, arGraphs = 0, narGraphs = 0;
    std::int64_t textTokens = 0, narFrames = 0, filledFrames = 0, narModelCalls = 0;  // what the floors are computed for
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

struct BenchArgs {
    ModelPaths paths;
    std::string hyperParams;
    double refSeconds = 6;
    int textChars = 100;
    int outputFrames = 600;
    int arTokens = -1;
    int narSteps = 200;
    bool shallow = false;
    std::string device = "cpu", dtype = "float32";
    int runs = 3, warmup = 1, threads = 0;
    int syncEvery = 0;
    bool cudaGraphs = true;
    bool narSplit = true;  // one more refine that times the forward passes apart from the rest
    bool graphSampler = true;
    bool json = false;
    std::string jsonFile;
};

int runBench(const BenchArgs& a) {
    const auto dev = parseComputeDevice(a.device);
    if (!dev) return reportError(dev.message()), 1;
    const auto dt = parseComputeDType(a.dtype);
    if (!dt) return reportError(dt.message()), 1;
    if (const std::string bad = checkOutputPaths({{"--json-file", a.jsonFile}},
                                                 {{"--ar", a.paths.ar}, {"--nar", a.paths.nar}, {"--encodec", a.paths.encodec},
                                                  {"--vocos", a.paths.vocos}, {"--vocos-config", a.paths.vocosConfig}});
        !bad.empty())
        return reportError(bad), 1;
    const bool randomCodec = a.paths.encodec.empty() && a.paths.vocos.empty();
    if (!randomCodec && (a.paths.encodec.empty() || a.paths.vocos.empty()))
        return reportError("give both --encodec and --vocos, or neither (random codec weights of the published sizes)"), 1;

    const auto loadStart = Clock::now();
    EngineOptions eo;
    eo.device = *dev;
    eo.dtype = *dt;
    eo.threads = a.threads;
    eo.hyperParamsJson = a.hyperParams;
    eo.verifySha256 = false;
    ModelPaths modelsOnly{a.paths.ar, a.paths.nar, {}, {}, {}};
    Result<Mars5Engine> engine = Mars5Engine::load(modelsOnly, eo);
    if (!engine) return reportError(engine.message()), 1;
    const CodecOptions co{*dev, *dt, a.threads, ComputeDType::Float32};  // as Mars5Engine runs it: Encodec in float32
    Result<Codec> codec = randomCodec ? Codec::createRandom(co) : Codec::load({a.paths.encodec, a.paths.vocos, a.paths.vocosConfig}, co);
    if (!codec) return reportError(codec.message()), 1;
    const double loadSeconds = since(loadStart);
    const double rssLoaded = peakRssMiB();

    const AudioBuffer reference = syntheticVoice(a.refSeconds);
    const std::string text = syntheticText(a.textChars);
    const std::string transcript = syntheticText(std::max(8, static_cast<int>(a.refSeconds * 14)));
    const int arTokens = a.arTokens > 0 ? a.arTokens : a.outputFrames;
    const double frameRate = codec->info().frameRate > 0 ? codec->info().frameRate : 75.0;
    const double outputSeconds = a.outputFrames / frameRate;

    InferenceConfig cfg;
    cfg.seed = 1;
    cfg.deep_clone = !a.shallow;
    cfg.nar_steps = a.narSteps;
    // q0_override_steps stays 20: it counts t of the 200-step schedule, which fewer steps skip through
    CoarseOptions coarseOptions;
    coarseOptions.forceTokens = arTokens;
    coarseOptions.recordStepStats = false;
    coarseOptions.syncEvery = a.syncEvery;
    coarseOptions.cudaGraphs = a.cudaGraphs;
    coarseOptions.graphSampler = a.graphSampler;

    std::vector<RunFigures> runs;
    double narSplitTotalMs = -1, narForwardMs = -1;  // --nar-split
    bool narReferenceRoute = true;                   // NarResult::referenceRoute of the runs
    resetDevicePeak(*dev);
    for (int i = 0; i < a.warmup + a.runs; ++i) {
        RunFigures f;
        engine->clearVoiceCache();
        synchronize(*dev);
        auto t0 = Clock::now();
        const auto codes = codec->encode(reference, 6.0);
        if (!codes) return reportError(codes.message()), 1;
        const auto voice = engine->prepareVoiceFromCodes(*codes, transcript);
        if (!voice) return reportError(voice.message()), 1;
        synchronize(*dev);
        f.encodeMs = 1e3 * since(t0);

        t0 = Clock::now();
        Result<ArResult> coarse = engine->generateCoarse(text, *voice, cfg, {}, nullptr, coarseOptions);
        if (!coarse) return reportError(coarse.message()), 1;
        synchronize(*dev);
        f.arMs = 1e3 * since(t0);
        f.prefillMs = 1e3 * coarse->firstTokenSeconds;
        f.arTokens = static_cast<std::int64_t>(coarse->generatedIds.size());
        f.arReadBacks = coarse->readBacks;
        f.arGraphs = coarse->cudaGraphsCaptured;
        if (i == 0)
            for (const auto& w : coarse->warnings) std::fprintf(stderr, "  warning: %s\n", w.text().c_str());
        f.promptTokens = static_cast<std::int64_t>(coarse->promptIds.size());
        f.decodeTokPerS = coarse->decodeSeconds > 0 ? static_cast<double>(coarse->steps - 1) / coarse->decodeSeconds : 0;

        // Exactly output-frames new L0 codes for the NAR (the AR's codes cut or repeated). In deep
        // clone the AR's codes start with the reference's own T_ref codes (its prompt), which the
        // NAR refines too and the output then drops (spec §4.5): they are kept as they are.
        const std::size_t prefix = cfg.deep_clone ? std::min(coarse->l0Codes.size(), static_cast<std::size_t>(voice->frames())) : 0;
        std::vector<int> l0 = coarse->l0Codes;
        if (l0.size() == prefix) l0.push_back(0);
        coarse->l0Codes.resize(prefix + static_cast<std::size_t>(a.outputFrames));
        for (std::size_t k = prefix; k < coarse->l0Codes.size(); ++k)
            coarse->l0Codes[k] = l0[prefix + (k - prefix) % (l0.size() - prefix)];

        t0 = Clock::now();
        RefineOptions refineOptions;
        refineOptions.cudaGraphs = a.cudaGraphs;
        const auto refined = engine->refine(*coarse, *voice, cfg, {}, nullptr, refineOptions);
        if (!refined) return reportError(refined.message()), 1;
        synchronize(*dev);
        f.narMs = 1e3 * since(t0);
        f.narPassesPerS = 2.0 * refined->stepsRun / (f.narMs / 1e3);
        f.textTokens = static_cast<std::int64_t>(coarse->textIds.size());
        f.narFrames = refined->modelFrames;  // deep clone: T_ref + T_a, the reference twice (spec §5.2)
        f.filledFrames = refined->fullCodes.numFrames;
        f.narModelCalls = refined->stepsRun;
        f.narGraphs = refined->cudaGraphsCaptured;
        narReferenceRoute = refined->referenceRoute;
        if (i == 0)
            for (const auto& w : refined->warnings) std::fprintf(stderr, "  warning: %s\n", w.text().c_str());

        CodecCodes out = refined->codes;
        for (auto& v : out.values) v = std::min<std::int64_t>(v, 1023);  // the NAR pad class 1024 (see Mars5Engine::vocode)
        t0 = Clock::now();
        const auto audio = codec->decode(out, Vocoder::Vocos, static_cast<int>(cfg.vocos_bandwidth_id));
        if (!audio) return reportError(audio.message()), 1;
        synchronize(*dev);
        f.vocodeMs = 1e3 * since(t0);
        f.totalMs = f.encodeMs + f.arMs + f.narMs + f.vocodeMs;
        f.rtf = f.totalMs / 1e3 / outputSeconds;
        if (i >= a.warmup) runs.push_back(f);
        if (a.narSplit && i == a.warmup + a.runs - 1) {
            // Where the NAR's time goes, from one more run: the model's forward passes, each waited
            // for, and the rest (the diffusion's arithmetic and the loop). Not a timed run: the
            // waits keep a GPU from running ahead of the host.
            RefineOptions split = refineOptions;
            split.timeForward = true;
            synchronize(*dev);
            const auto s0 = Clock::now();
            const auto timed = engine->refine(*coarse, *voice, cfg, {}, nullptr, split);
            if (!timed) return reportError(timed.message()), 1;
            synchronize(*dev);
            narSplitTotalMs = 1e3 * since(s0);
            narForwardMs = 1e3 * timed->forwardSeconds;
        }
        if (!a.json)
            std::fprintf(stderr, "  %s %d: encode %.0f ms, AR %.0f ms, NAR %.0f ms, vocode %.0f ms\n", i < a.warmup ? "warm-up" : "run",
                         i < a.warmup ? i + 1 : i - a.warmup + 1, f.encodeMs, f.arMs, f.narMs, f.vocodeMs);
    }
    const auto med = [&](double RunFigures::*field) {
        std::vector<double> v;
        for (const auto& r : runs) v.push_back(r.*field);
        return median(v);
    };
    const double peakRss = peakRssMiB(), peakDev = devicePeakMiB(*dev);
    // Floors: the weights one decode step reads over the measured bandwidth, the diffusion's
    // matrix-product FLOPs over the measured matmul rate (docs/PERFORMANCE.md).
    const DeviceRates rates = measureDeviceRates(*dev, *dt);
    const RunFigures shape = runs.empty() ? RunFigures{} : runs.front();
    const WorkEstimate work = engine->estimateWork(shape.narFrames, shape.filledFrames, shape.textTokens, cfg.nar_guidance_w != 1.0);
    const double arCeiling = work.arDecodeBytes > 0 ? rates.copyBytesPerSecond / work.arDecodeBytes : 0;
    const double narFloorMs = 1e3 * work.narStepFlops * static_cast<double>(shape.narModelCalls) / rates.matmulFlopsPerSecond;
    // The end-to-end floor: the AR's tokens at its decode ceiling plus the NAR at its floor, the
    // other stages (encode, prefill, vocoder) counted as nothing. A lower bound on the RTF any
    // implementation of this model reaches here: a target below it needs less work, not speed.
    const double arFloorMs = arCeiling > 0 ? 1e3 * static_cast<double>(shape.arTokens) / arCeiling : 0;
    const double rtfFloor = outputSeconds > 0 ? (arFloorMs + narFloorMs) / 1e3 / outputSeconds : 0;
    const EngineInfo info = engine->info();

    nlohmann::json j;
    j["device"] = toString(*dev);
    j["dtype"] = toString(*dt);
    j["threads"] = a.threads;  // as asked (0: the default); what ran is cpu_threads
    j["cpu_threads"] = cpuThreadsInForce();
    j["cpu_threads_source"] = a.threads > 0 ? "--threads" : cpuThreadsSource();
    j["omp_wait_policy"] = openMpWaitPolicy();
    j["sync_every"] = a.syncEvery;
    j["cuda_graphs"] = a.cudaGraphs;
    j["graph_sampler"] = a.graphSampler;
    j["ar_model"] = info.arSummary;
    j["nar_model"] = info.narSummary;
    j["codec"] = randomCodec ? "random (published sizes)" : "files";
    j["clone"] = a.shallow ? "shallow" : "deep";
    j["ref_seconds"] = a.refSeconds;
    j["text_chars"] = a.textChars;
    j["prompt_tokens"] = runs.empty() ? 0 : runs.front().promptTokens;
    j["ar_tokens"] = runs.empty() ? 0 : runs.front().arTokens;
    j["output_frames"] = a.outputFrames;
    j["output_seconds"] = outputSeconds;
    j["nar_steps"] = a.narSteps;
    // 200: the reference's loop; fewer: that many of its 200 timesteps, the rest skipped (docs/engine.md)
    j["nar_sampler"] = a.narSteps == 200 ? "reference" : "skip-step";
    // reference: the reference's random stream and operations (the CPU in float32); short: a
    // generator of the run's own, only the numbers the samplers use, the 3-pass posterior (a GPU,
    // half precision on the CPU; docs/engine.md)
    j["nar_diffusion_route"] = diffusionRouteName(narReferenceRoute);
    j["runs"] = a.runs;
    j["warmup"] = a.warmup;
    j["load_s"] = loadSeconds;
    j["reference_encode_ms"] = med(&RunFigures::encodeMs);
    j["ar_prefill_ms"] = med(&RunFigures::prefillMs);
    j["ar_decode_tokens_per_s"] = med(&RunFigures::decodeTokPerS);
    j["ar_read_backs"] = runs.empty() ? 0 : runs.front().arReadBacks;
    j["ar_cuda_graphs_captured"] = runs.empty() ? 0 : runs.front().arGraphs;
    j["nar_cuda_graphs_captured"] = runs.empty() ? 0 : runs.front().narGraphs;
    j["ar_total_ms"] = med(&RunFigures::arMs);
    j["nar_passes_per_s"] = med(&RunFigures::narPassesPerS);
    j["nar_total_ms"] = med(&RunFigures::narMs);
    if (narSplitTotalMs >= 0) {
        j["nar_split_total_ms"] = narSplitTotalMs;
        j["nar_forward_ms"] = narForwardMs;
        j["nar_diffusion_ms"] = narSplitTotalMs - narForwardMs;
    } else {
        j["nar_split_total_ms"] = nullptr;
        j["nar_forward_ms"] = nullptr;
        j["nar_diffusion_ms"] = nullptr;
    }
    j["vocoder_ms"] = med(&RunFigures::vocodeMs);
    j["total_ms"] = med(&RunFigures::totalMs);
    j["rtf"] = med(&RunFigures::rtf);
    j["measured_copy_gb_per_s"] = rates.copyBytesPerSecond / 1e9;
    j["measured_matmul_gflop_per_s"] = rates.matmulFlopsPerSecond / 1e9;
    j["ar_decode_weight_bytes"] = work.arDecodeBytes;
    j["ar_decode_ceiling_tokens_per_s"] = arCeiling;
    j["nar_step_gflop"] = work.narStepFlops / 1e9;
    j["nar_frames"] = shape.narFrames;                // each forward pass's length (deep clone: T_ref + T_a)
    j["nar_filled_frames"] = shape.filledFrames;      // the rows the diffusion fills in (T_a)
    j["nar_floor_ms"] = narFloorMs;
    j["ar_decode_floor_ms"] = arFloorMs;  // the forced tokens at the decode ceiling
    j["rtf_floor"] = rtfFloor;
    j["peak_host_rss_mib"] = peakRss;
    j["rss_after_load_mib"] = rssLoaded;
    if (peakDev >= 0) j["peak_device_mib"] = peakDev;
    else j["peak_device_mib"] = nullptr;

    if (!a.jsonFile.empty()) {
        std::ofstream out(a.jsonFile);
        if (!(out << j.dump(2) << '\n')) return reportError(a.jsonFile + ": cannot write the JSON figures"), 1;
    }
    if (a.json) {
        std::cout << j.dump(2) << std::endl;
        return 0;
    }
    std::printf("mars5 bench: device %s, dtype %s, %s clone, codec %s, OpenMP wait policy %s, %d CPU threads (%s)\n",
                toString(*dev), toString(*dt), a.shallow ? "shallow" : "deep", randomCodec ? "random (published sizes)" : "files",
                openMpWaitPolicy(), cpuThreadsInForce(), a.threads > 0 ? "--threads" : cpuThreadsSource());
    std::printf("  AR  %s\n  NAR %s\n", info.arSummary.c_str(), info.narSummary.c_str());
    std::printf("  reference %.1f s, text %d chars (%lld prompt tokens), AR forced to %lld tokens, output %d frames (%.2f s), "
                "NAR %d steps (%s, %s); median of %d runs after %d warm-up\n",
                a.refSeconds, a.textChars, static_cast<long long>(j["prompt_tokens"].get<std::int64_t>()),
                static_cast<long long>(j["ar_tokens"].get<std::int64_t>()), a.outputFrames, outputSeconds, a.narSteps,
                a.narSteps == 200 ? "the reference's" : "of its 200, skip-step",
                narReferenceRoute ? "the reference's draws and arithmetic" : "the device's short draws and 3-pass posterior",
                a.runs, a.warmup);
    std::printf("  %-28s %12s\n", "stage", "median");
    std::printf("  %-28s %9.1f ms\n", "reference encode", med(&RunFigures::encodeMs));
    std::printf("  %-28s %9.1f ms\n", "AR prefill", med(&RunFigures::prefillMs));
    std::printf("  %-28s %9.1f tok/s (%lld read-backs of the drawn ids, %lld CUDA graphs)\n", "AR decode",
                med(&RunFigures::decodeTokPerS), static_cast<long long>(j["ar_read_backs"].get<std::int64_t>()),
                static_cast<long long>(j["ar_cuda_graphs_captured"].get<std::int64_t>()));
    std::printf("  %-28s %9.1f ms\n", "AR total", med(&RunFigures::arMs));
    std::printf("  %-28s %9.1f passes/s (%lld CUDA graphs)\n", "NAR (2 passes per step)", med(&RunFigures::narPassesPerS),
                static_cast<long long>(j["nar_cuda_graphs_captured"].get<std::int64_t>()));
    std::printf("  %-28s %9.1f ms\n", "NAR total", med(&RunFigures::narMs));
    if (narSplitTotalMs >= 0)
        std::printf("  %-28s %9.1f ms forward passes + %.1f ms diffusion arithmetic (one more run, %.1f ms, device waited per pass)\n",
                    "  of which", narForwardMs, narSplitTotalMs - narForwardMs, narSplitTotalMs);
    std::printf("  %-28s %9.1f ms\n", "vocoder", med(&RunFigures::vocodeMs));
    std::printf("  %-28s %9.1f ms\n", "end to end", med(&RunFigures::totalMs));
    std::printf("  %-28s %9.3f\n", "RTF (compute s / output s)", med(&RunFigures::rtf));
    std::printf("  %-28s %9.0f MiB (after load %.0f MiB)\n", "peak host RSS", peakRss, rssLoaded);
    if (peakDev >= 0) std::printf("  %-28s %9.0f MiB\n", "peak device memory", peakDev);
    else std::printf("  %-28s %12s\n", "peak device memory", "n/a (CPU)");
    std::printf("  load %.2f s\n", loadSeconds);
    std::printf("floors (measured here: copy %.1f GB/s read + write, matmul %.1f GFLOP/s in %s)\n",
                rates.copyBytesPerSecond / 1e9, rates.matmulFlopsPerSecond / 1e9, toString(*dt));
    const double arMeasured = j["ar_decode_tokens_per_s"].get<double>(), narMeasured = j["nar_total_ms"].get<double>();
    std::printf("  AR decode ceiling %10.1f tok/s (%.2f GB of weights per token): measured %.0f %% of it\n", arCeiling,
                work.arDecodeBytes / 1e9, arCeiling > 0 ? 100.0 * arMeasured / arCeiling : 0.0);
    std::printf("  NAR floor         %10.1f ms (%.1f GFLOP per step, passes over %lld frames): measured %.1fx it\n",
                narFloorMs, work.narStepFlops / 1e9, static_cast<long long>(shape.narFrames), narFloorMs > 0 ? narMeasured / narFloorMs : 0.0);
    std::printf("  RTF floor         %10.4f (%lld AR tokens at the ceiling, %.1f ms, + the NAR floor; other stages as 0): "
                "measured %.1fx it\n",
                rtfFloor, static_cast<long long>(shape.arTokens), arFloorMs, rtfFloor > 0 ? med(&RunFigures::rtf) / rtfFloor : 0.0);
    return 0;
}

}  // namespace

void addBenchCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("bench", "Benchmark the whole MARS5 pipeline per stage (median of runs after warm-up)");
    auto a = std::make_shared<BenchArgs>();
    cmd->add_option("--ar", a->paths.ar, "MARS5 AR checkpoint (e.g. from make-random)")->required();
    cmd->add_option("--nar", a->paths.nar, "MARS5 NAR checkpoint")->required();
    cmd->add_option("--encodec", a->paths.encodec, "Encodec weights (default: random of the published size)");
    cmd->add_option("--vocos", a->paths.vocos, "Vocos weights (default: random of the published size)");
    cmd->add_option("--vocos-config", a->paths.vocosConfig, "Vocos config.yaml");
    cmd->add_option("--config", a->hyperParams, "hyper-parameter JSON override (tiny_config.json layout)");
    cmd->add_option("--ref-seconds", a->refSeconds, "reference audio length")->check(CLI::Range(0.5, 12.0))->capture_default_str();
    cmd->add_option("--text-chars", a->textChars, "text length in characters")->check(CLI::Range(1, 2000))->capture_default_str();
    cmd->add_option("--output-frames", a->outputFrames, "output length in codec frames (75 per second)")
        ->check(CLI::Range(1, 10000))->capture_default_str();
    cmd->add_option("--ar-tokens", a->arTokens, "AR tokens to generate, EOS ignored (default: --output-frames)")->check(CLI::Range(1, 10000));
    cmd->add_option("--nar-steps", a->narSteps, "diffusion steps (200: the reference; fewer skip steps of its schedule)")
        ->check(CLI::Range(1, 200))
        ->capture_default_str();
    cmd->add_flag("--shallow", a->shallow, "shallow clone (default: deep clone with a synthetic transcript)");
    cmd->add_option("--device", a->device, "cpu or cuda")->capture_default_str();
    cmd->add_option("--dtype", a->dtype, "float32, float16 or bfloat16")->capture_default_str();
    cmd->add_option("--runs", a->runs, "timed runs")->check(CLI::Range(1, 100))->capture_default_str();
    cmd->add_option("--warmup", a->warmup, "untimed runs first")->check(CLI::Range(0, 100))->capture_default_str();
    cmd->add_option("--sync-every", a->syncEvery, "AR steps between read-backs of the drawn ids (0: 1 on CPU, 8 on GPU)")
        ->check(CLI::Range(0, 64))
        ->capture_default_str();
    cmd->add_option("--cuda-graphs", a->cudaGraphs,
                    "replay the AR decode step and the NAR forward pass as CUDA graphs on a GPU (1) or launch their kernels (0)")
        ->capture_default_str();
    cmd->add_option("--nar-split", a->narSplit,
                    "after the timed runs, one more NAR run that times the model's forward passes apart from the "
                    "diffusion arithmetic (waiting for the device around each pass) (1), or none (0)")
        ->capture_default_str();
    cmd->add_option("--graph-sampler", a->graphSampler,
                    "with --cuda-graphs 1: the sampler and the draw inside the graph too (1), or eager (0)")
        ->capture_default_str();
    cmd->add_option("--threads", a->threads, "libtorch intra-op threads (default: OMP_NUM_THREADS, else one per physical core this process may use)");
    cmd->add_flag("--json", a->json, "print the figures as JSON");
    cmd->add_option("--json-file", a->jsonFile, "also write the figures as JSON to this file (with the table on stdout)");
    cmd->callback([a] {
        if (runBench(*a) != 0) exitCode() = 1;
    });
}

}  // namespace mars5::cli
