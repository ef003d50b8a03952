// mars5-cli bench-codec --seconds N --device cpu|cuda --dtype float32|float16|bfloat16
// Real-time factors of Encodec encoding (audio -> 8 codebooks) and Vocos vocoding (codes ->
// audio), plus the process's peak memory. Uses the given model files, or random weights of
// the published sizes when none are given (timing does not depend on the values).
// With a half dtype it also measures the error against float32 on the same weights: how many
// codes the encoder picks differently, and the vocoder's output error (SNR, max abs) on the
// same codes, so "half precision where accuracy holds" is a figure, not a guess.
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

// Signal-to-error ratio of `x` against `reference` (dB) and the largest sample difference.
void compareAudio(const AudioBuffer& x, const AudioBuffer& reference, double& snrDb, double& maxAbs) {
    const std::size_t n = std::min(x.samples.size(), reference.samples.size());
    double signal = 0, error = 0;
    maxAbs = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double r = reference.samples[i], d = static_cast<double>(x.samples[i]) - r;
        signal += r * r;
        error += d * d;
        maxAbs = std::max(maxAbs, std::abs(d));
    }
    snrDb = error > 0 ? 10.0 * std::log10(signal / error) : INFINITY;
}

// The half-precision codec against a float32 one of the same weights.
int compareWithFloat32(const Codec& half, const Codec& full, const AudioBuffer& audio) {
    const Result<CodecCodes> h = half.encode(audio, 6.0), f = full.encode(audio, 6.0);
    if (!h) return reportError(h.message()), 1;
    if (!f) return reportError(f.message()), 1;
    std::printf("accuracy against float32 (same weights, same audio):\n  encode: codes equal per codebook");
    const std::int64_t T = std::min(h->numFrames, f->numFrames);
    for (int q = 0; q < std::min(h->numCodebooks, f->numCodebooks); ++q) {
        std::int64_t same = 0;
        for (std::int64_t t = 0; t < T; ++t) same += h->value(q, t) == f->value(q, t);
        std::printf(" %.1f%%", T > 0 ? 100.0 * static_cast<double>(same) / static_cast<double>(T) : 100.0);
    }
    std::printf("\n");
    const Result<AudioBuffer> vh = half.decode(*f, Vocoder::Vocos, 1), vf = full.decode(*f, Vocoder::Vocos, 1);
    if (!vh) return reportError(vh.message()), 1;
    if (!vf) return reportError(vf.message()), 1;
    double snr = 0, maxAbs = 0;
    compareAudio(*vh, *vf, snr, maxAbs);
    std::printf("  vocode (the float32 codes): SNR %.1f dB, max abs error %.2e (float32 output peak %.2f)\n", snr, maxAbs,
                [&] {
                    double peak = 0;
                    for (float v : vf->samples) peak = std::max(peak, std::abs(static_cast<double>(v)));
                    return peak;
                }());
    return 0;
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
    cmd->add_option("--threads", *threads, "CPU threads for libtorch (default: OMP_NUM_THREADS, else one per physical core this process may use)");
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
        if (*dt != ComputeDType::Float32) {
            const CodecOptions fullOptions{*dev, ComputeDType::Float32, *threads};
            const auto full = random ? Codec::createRandom(fullOptions) : Codec::load({*encodec, *vocos, *vocosConfig}, fullOptions);
            if (!full) return reportError(full.message());
            if (compareWithFloat32(*codec, *full, audio) != 0) return;
        }
    });
}

}  // namespace mars5::cli
