// mars5-cli bench-codec --seconds N --device cpu|cuda --dtype float32|float16|bfloat16
// Real-time factors of Encodec encoding (audio -> 8 codebooks) and Vocos vocoding (codes ->
// audio), plus the process's peak memory. Uses the given model files, or random weights of
// the published sizes when none are given (timing does not depend on the values).
#include "bench_support.h"
#include "commands.h"

#include "mars5/codec.h"


#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace mars5::cli {

namespace {

struct Timing {
    double best = 0, mean = 0;
};

template <class Fn>
bool timeRuns(int repeats, Timing& timing, Fn&& fn) {
    std::vector<double> seconds;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        if (!fn()) return false;
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    timing.best = *std::min_element(seconds.begin(), seconds.end());
    double sum = 0;
    for (double s : seconds) sum += s;
    timing.mean = sum / static_cast<double>(seconds.size());
    return true;
}

void printRow(const char* what, double audioSeconds, const Timing& t) {
    std::printf("%-8s best %8.3f s  mean %8.3f s  RTF %.4f  (%.1fx real time)\n", what, t.best, t.mean,
                t.best / audioSeconds, audioSeconds / t.best);
}

}  // namespace

void addCodecBenchCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("bench-codec", "Benchmark Encodec encoding and Vocos vocoding (real-time factors, peak memory)");
    auto seconds = std::make_shared<double>(10.0);
    auto device = std::make_shared<std::string>("cpu");
    auto dtype = std::make_shared<std::string>("float32");
    auto repeats = std::make_shared<int>(3);
    auto threads = std::make_shared<int>(0);
    auto encodec = std::make_shared<std::string>();
    auto vocos = std::make_shared<std::string>();
    auto vocosConfig = std::make_shared<std::string>();
    cmd->add_option("--seconds", *seconds, "length of the test audio")->check(CLI::Range(0.05, 3600.0))->capture_default_str();
    cmd->add_option("--device", *device, "cpu or cuda")->capture_default_str();
    cmd->add_option("--dtype", *dtype, "float32, float16 or bfloat16")->capture_default_str();
    cmd->add_option("--repeat", *repeats, "timed runs per stage (after one warm-up)")->check(CLI::Range(1, 100))->capture_default_str();
    cmd->add_option("--threads", *threads, "CPU threads for libtorch (default: its own choice / OMP_NUM_THREADS)");
    cmd->add_option("--encodec", *encodec, "Encodec weights (default: random weights of the published size)");
    cmd->add_option("--vocos", *vocos, "Vocos weights (default: random weights of the published size)");
    cmd->add_option("--vocos-config", *vocosConfig, "Vocos config.yaml");
    cmd->callback([=] {
        const auto dev = parseComputeDevice(*device);
        if (!dev) return reportError(dev.message());
        const auto dt = parseComputeDType(*dtype);
        if (!dt) return reportError(dt.message());
        const CodecOptions options{*dev, *dt, *threads};
        const double rssBefore = peakRssMiB();
        const auto start = std::chrono::steady_clock::now();
        const bool random = encodec->empty() && vocos->empty();
        if (!random && (encodec->empty() || vocos->empty()))
            return reportError("give both --encodec and --vocos, or neither (random weights of the published sizes)");
        const auto codec = random ? Codec::createRandom(options) : Codec::load({*encodec, *vocos, *vocosConfig}, options);
        if (!codec) return reportError(codec.message());
        const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double rssLoaded = peakRssMiB();

        const AudioBuffer audio = syntheticVoice(*seconds);
        std::printf("bench-codec: %.2f s of 24 kHz audio, device %s, dtype %s, %s weights, %d timed runs\n", *seconds,
                    toString(*dev), toString(*dt), random ? "random (published sizes)" : "file", *repeats);
        std::printf("load     %.3f s, peak RSS %.0f MiB (was %.0f MiB)\n", loadSeconds, rssLoaded, rssBefore);

        // Warm-up (first-call allocations, kernel selection), not timed.
        Result<CodecCodes> codes = codec->encode(audio, 6.0);
        if (!codes) return reportError(codes.message());
        if (auto warm = codec->decode(*codes, Vocoder::Vocos, 1); !warm) return reportError(warm.message());

        Timing enc, voc;
        std::string error;
        if (!timeRuns(*repeats, enc, [&] {
                codes = codec->encode(audio, 6.0);
                if (!codes) error = codes.message();
                return codes.ok();
            }))
            return reportError(error);
        const double rssEncode = peakRssMiB();
        if (!timeRuns(*repeats, voc, [&] {
                const auto wav = codec->decode(*codes, Vocoder::Vocos, 1);
                if (!wav) error = wav.message();
                return wav.ok();
            }))
            return reportError(error);
        const double rssVocode = peakRssMiB();
        const double decodedSeconds = static_cast<double>(codes->numFrames) / codec->info().frameRate;
        printRow("encode", *seconds, enc);
        printRow("vocode", decodedSeconds, voc);
        std::printf("peak RSS after encode %.0f MiB, after vocode %.0f MiB (host memory of the whole process%s)\n",
                    rssEncode, rssVocode, *dev == ComputeDevice::Cuda ? "; GPU memory is not measured" : "");
    });
}

}  // namespace mars5::cli
