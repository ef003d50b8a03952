// mars5-cli tts --ar AR --nar NAR --encodec ENC --vocos V [--vocos-config C] | --models DIR
//               --ref REF.wav [--ref-text "..."] --text "..." -o OUT.wav | --lines SCRIPT.txt -o FOLDER
//               [--deep|--shallow] [--respellings LIST.json] [--spell-numbers] [--seed N] [--device auto|cpu|cuda] [--dtype auto|...] [--threads N]
//               [--<InferenceConfig field> value ...] [--piece-seeds S1,S2,...] [--save-codes CODES.safetensors] [--save-coarse WAV]
//
// The whole MARS5 pipeline through the Engine API, printing per-stage timings and warnings.
// One Ctrl-C stops the AR early (what exists is still refined and vocoded); a second cancels.
// With --lines, each non-empty line is spoken into FOLDER/001.wav, 002.wav, ... with the model
// loaded and the voice encoded once; Ctrl-C then also ends the script after the current line.
#include "commands.h"
#include "script_lines.h"
#include "text_rewrites.h"
#include "output_paths.h"
#include "wav_output.h"

#include "mars5/batch_progress.h"
#include "mars5/cpu_info.h"
#include "mars5/engine.h"
#include "mars5/piece_time_left.h"
#ifdef MARS5_CLI_HAS_SPELLED_NUMBERS
#include "mars5/long_text.h"
#endif

#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <vector>

namespace mars5::cli {

namespace {

// A script line as the progress line shows it: at most 100 bytes, cut at a character boundary
// (a paragraph pasted as one line would otherwise flood the terminal; lines.tsv keeps it whole).
std::string shortened(const std::string& line) {
    constexpr std::size_t kMost = 100;
    if (line.size() <= kMost) return line;
    std::size_t cut = kMost - 3;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    return line.substr(0, cut) + "…";
}

RunControl* g_control = nullptr;
volatile std::sig_atomic_t g_interrupts = 0;

// Counted for the whole command (a script ends after the line it arrives in, or between
// lines); a run under way is stopped by the first, cancelled by the next.
extern "C" void onInterrupt(int) {
    const std::sig_atomic_t before = g_interrupts;  // (++ on a volatile is deprecated in C++20)
    g_interrupts = before + 1;
    if (!g_control) return;
    if (before == 0) g_control->requestStop();
    else g_control->requestCancel();
}

// SIGINT goes to onInterrupt while this lives (the whole tts command, so a Ctrl-C between two
// lines of a script does not kill the process while it writes a file).
class InterruptScope {
public:
    InterruptScope() : m_previous(std::signal(SIGINT, onInterrupt)) { g_interrupts = 0; }
    ~InterruptScope() { std::signal(SIGINT, m_previous); }
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

private:
    void (*m_previous)(int);
};

std::string fmt(const char* format, double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, value);
    return buf;
}

struct TtsArgs {
    ModelPaths paths;
    std::string models, ref, refText, text, lines, output, saveCodes, saveCoarse, device = "auto", dtype = "auto", hparams, format;
    bool refTextGiven = false, deep = false, shallow = false, wavFloat = false;
    TextRewrites rewrites;  // --respellings, --spell-numbers
    int threads = 0;
    std::map<std::string, std::string> fields;  // InferenceConfig field -> value as typed
    std::vector<std::string> pieceSeedTexts;    // --piece-seeds as typed: each piece's own seed, in decimal
    std::vector<std::uint64_t> pieceSeeds;      // and read (a take one of whose pieces was spoken again)
};

// "true"/"false"/"yes"/"no"/numbers -> double; nullopt when unreadable.
std::optional<double> parseValue(const std::string& s, InferenceConfigField::Type type) {
    if (type == InferenceConfigField::Type::Bool) {
        if (s == "true" || s == "yes" || s == "on") return 1.0;
        if (s == "false" || s == "no" || s == "off") return 0.0;
    }
    try {
        std::size_t used = 0;
        const double v = std::stod(s, &used);
        if (used == s.size()) return v;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

// What one spoken text became (for the script's index).
struct SpokenText {
    double seconds = 0;
    std::int64_t seed = 0;
    std::size_t arTokens = 0;
    std::string arEnd;  // how the AR ended: end of speech, length budget, stopped
};

// Where one text goes: the audio file in its format, and the optional codes and coarse audio.
struct SpokenOutputs {
    std::string audio;
    AudioFileFormat format = AudioFileFormat::WavPcm16;
    std::string codes;
    std::string coarse;
    AudioFileFormat coarseFormat = AudioFileFormat::WavPcm16;
};

// One text through the loaded engine: per-stage timings printed, the audio (and the optional
// codes and coarse audio) written; the error otherwise, for the caller to report.
Result<SpokenText> speakOne(Mars5Engine& engine, const TtsArgs& a, const InferenceConfig& config, const AudioBuffer& reference,
                            const std::string& text, const SpokenOutputs& out) {
    RunControl control;
    g_control = &control;
    std::int64_t nextArReport = 100;
    int lastNarPercent = -1;
    int piece = -1;
    PieceTimeLeft textLeft;  // from the second piece on: how long the whole text has left
    const auto started = std::chrono::steady_clock::now();
    const ProgressCallback progress = [&](const EngineProgress& p) {
        const std::optional<double> left = textLeft.update(
            p, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(), control.stopRequested());
        if (p.pieces > 1 && p.piece != piece) {
            piece = p.piece;
            std::cerr << "  piece " << p.piece + 1 << " of " << p.pieces;
            if (left) std::cerr << ", about " << formatTimeLeft(*left) << " left";
            std::cerr << '\n';
            nextArReport = 100;
            lastNarPercent = -1;
        }
        if (p.stage == EngineStage::Coarse && !p.finished && p.current >= nextArReport) {
            std::cerr << "  AR token " << p.current << " of ~" << p.total << '\n';
            nextArReport += 100;
        } else if (p.stage == EngineStage::Refine && p.total > 0) {
            const int percent = static_cast<int>(100 * p.current / p.total);
            if (percent / 25 != lastNarPercent / 25) std::cerr << "  NAR step " << p.current << " of " << p.total << '\n';
            lastNarPercent = percent;
        }
    };
    std::optional<std::string> transcript = a.refTextGiven ? std::optional<std::string>(a.refText) : std::nullopt;
#ifdef MARS5_CLI_HAS_SPELLED_NUMBERS
    // A text longer than --piece_chars is spoken sentence by sentence (ICU's sentence breaks).
    int failedPiece = -1;
    if (!a.pieceSeeds.empty()) {
        const std::size_t pieces = spokenPieces(text, config).size();
        const std::size_t unused = a.pieceSeeds.size() > pieces ? a.pieceSeeds.size() - pieces : 0;
        if (unused > 0)
            std::cerr << "note: " << a.pieceSeeds.size() << " piece seeds for " << pieces << " piece" << (pieces == 1 ? "" : "s") << ": "
                      << (unused == 1 ? std::string("the last one is") : "the last " + std::to_string(unused) + " are") << " not used\n";
    }
    Result<TtsResult> r =
        ttsLongText(engine, text, reference, std::move(transcript), config, progress, &control, {}, &failedPiece, a.pieceSeeds);
#else
    Result<TtsResult> r = engine.tts(text, reference, std::move(transcript), config, progress, &control);
#endif
    g_control = nullptr;
#ifdef MARS5_CLI_HAS_SPELLED_NUMBERS
    if (!r && failedPiece >= 0) {
        // Which piece of a long text failed, and its words.
        const std::vector<std::string> pieces = spokenPieces(text, config);
        return Error{r.error().kind, "piece " + std::to_string(failedPiece + 1) + " of " + std::to_string(pieces.size()) + " (\"" +
                                         pieces[static_cast<std::size_t>(failedPiece)] + "\"): " + r.error().message};
    }
#endif
    if (!r) return r.error();

    for (const auto& w : r->warnings) std::cerr << "warning: " << w.text() << '\n';
    const auto& t = r->timings;
    std::cout << "mode: " << (r->coarse.deepClone ? "deep" : "shallow") << " clone, seed " << r->coarse.seed << '\n';
    if (!r->pieces.empty()) {
        // "seeds 3..5" when each is the first's + k; each one when --piece-seeds gave others.
        bool consecutive = true;
        std::string seeds;
        for (std::size_t k = 0; k < r->pieces.size(); ++k) {
            consecutive = consecutive && r->pieces[k].seed == r->pieces.front().seed + k;
            seeds += (k ? ", " : "") + std::to_string(r->pieces[k].seed);
        }
        if (consecutive) seeds = std::to_string(r->pieces.front().seed) + ".." + std::to_string(r->pieces.back().seed);
        std::cout << "pieces: " << r->pieces.size() << " (seeds " << seeds << ", " << fmt("%.2f s", config.piece_pause) << " apart)\n";
        for (std::size_t k = 0; k < r->pieces.size(); ++k)
            std::cout << "  " << k + 1 << ": " << fmt("%.2f s", r->pieces[k].samples / double(kModelSampleRate)) << ", "
                      << r->pieces[k].arTokens << " tokens, " << toString(r->pieces[k].stop) << ": " << r->pieces[k].text << '\n';
    }
    std::cout << "encode reference: " << fmt("%.3f s", t.encodeSeconds) << (r->voiceFromCache ? " (cached voice)" : "") << '\n';
    std::cout << "AR: " << fmt("%.3f s", t.coarseSeconds) << ", " << r->coarse.generatedIds.size() << " tokens (~"
              << r->coarse.expectedTokens << " expected), " << r->coarse.l0Codes.size() << " L0 frames, "
              << toString(r->coarse.stop) << '\n';
    std::cout << "NAR: " << fmt("%.3f s", t.refineSeconds) << ", " << r->refined.stepsRun << " steps, "
              << r->refined.codes.numFrames << " frames\n";
    std::cout << "vocode: " << fmt("%.3f s", t.vocodeSeconds) << '\n';
    std::cout << "trim: " << fmt("%.3f s", t.trimSeconds) << ", " << r->untrimmedSamples << " -> " << r->audio.samples.size()
              << " samples\n";
    std::cout << "total: " << fmt("%.3f s", t.totalSeconds) << " for " << fmt("%.2f s", r->audio.durationSeconds())
              << " of audio\n";

    if (r->audio.samples.empty()) return Error{ErrorKind::InvalidArgument, "the trimmed output is empty: nothing to write"};
    const auto written = writeOutputAudio(out.audio, r->audio, out.format);
    if (!written) return written.error();
    std::cout << "wrote " << out.audio << '\n';
    if (!out.codes.empty()) {
        const auto saved = saveCodes(out.codes, r->refined.codes);
        if (!saved) return saved.error();
        std::cout << "wrote " << out.codes << " (" << r->refined.codes.numCodebooks << " x " << r->refined.codes.numFrames
                  << " codes)\n";
    }
    if (!out.coarse.empty()) {
        const auto coarse = engine.vocodeCoarse(r->coarse, static_cast<int>(config.vocos_bandwidth_id));
        if (!coarse) return coarse.error();
        const auto ok = writeOutputAudio(out.coarse, *coarse, out.coarseFormat);
        if (!ok) return ok.error();
        std::cout << "wrote " << out.coarse << " (the AR's L0 codes alone)\n";
    }
    return SpokenText{r->audio.durationSeconds(), static_cast<std::int64_t>(r->coarse.seed), r->coarse.generatedIds.size(),
                      toString(r->coarse.stop)};
}

void runTts(TtsArgs a) {
    // The settings: defaults, then every --field value, then --deep/--shallow.
    InferenceConfig config;
    for (const auto& [name, text] : a.fields) {
        const InferenceConfigField* field = findInferenceConfigField(name);
        const std::optional<double> v = parseValue(text, field->type);
        if (!v) return reportError("--" + name + " " + text + ": not a number" +
                                   (field->type == InferenceConfigField::Type::Bool ? " or true/false" : ""));
        if (const std::string err = config.set(name, *v); !err.empty()) return reportError("--" + name + ": " + err);
    }
    if (a.deep && a.shallow) return reportError("--deep and --shallow exclude each other");
    if (a.deep) config.deep_clone = true;
    if (a.shallow) config.deep_clone = false;
    if (!a.deep && !a.shallow && !a.fields.count("deep_clone") && !a.refTextGiven) {
        config.deep_clone = false;
        std::cerr << (a.refText.empty() ? "note: no --ref-text" : "note: --ref-text is blank")
                  << ": using shallow clone (give the reference's transcript for a deep clone)\n";
    }
    if (const std::string err = config.validate(); !err.empty()) return reportError(err);
#ifndef MARS5_CLI_HAS_SPELLED_NUMBERS
    if (config.piece_chars > 0)
        return reportError("--piece_chars needs ICU's sentence breaks, and this build has no ICU (install libicu-dev and rebuild)");
#endif
    if (!a.pieceSeedTexts.empty()) {
        if (config.piece_chars <= 0) return reportError("--piece-seeds needs --piece-chars: they are the seeds of a text's pieces");
        if (!a.lines.empty()) return reportError("--piece-seeds is for one text (--text), not for a script's lines");
        // Decimal digits only, as a sidecar writes them: "-1", "0x10" or "010" are no seeds here.
        constexpr std::uint64_t kLargestSeed = (std::uint64_t{1} << 53) - 1;
        for (const std::string& text : a.pieceSeedTexts) {
            std::uint64_t seed = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seed, 10);
            if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || ec != std::errc() ||
                end != text.data() + text.size() || seed > kLargestSeed)
                return reportError("--piece-seeds: '" + text + "' is not a seed (a whole number from 0 to 9007199254740991)");
            a.pieceSeeds.push_back(seed);
        }
    }

    // One text (--text, -o a WAV) or a script (--lines, -o a folder), read before the models load.
    if (a.text.empty() == a.lines.empty()) return reportError("give the text to speak: --text \"...\" or --lines SCRIPT.txt (one of them)");
    // The audio format: --format, --wav-float, or the output's name (.flac); with --lines the
    // files are named after it (001.flac, ...).
    const auto format = chooseOutputFormat(a.lines.empty() ? a.output : std::string(), a.format, a.wavFloat, "--wav-float");
    if (!format) return reportError(format.message());
    const auto coarseFormat = chooseOutputFormat(a.saveCoarse, a.format, a.wavFloat, "--wav-float");
    if (!coarseFormat) return reportError(coarseFormat.message());
    std::vector<std::string> scriptLines;
    if (!a.lines.empty()) {
        if (!a.saveCodes.empty() || !a.saveCoarse.empty())
            return reportError("--save-codes and --save-coarse name one file: use them with --text, not --lines");
        Result<std::vector<std::string>> read = readScriptLines(a.lines);
        if (!read) return reportError(read.message());
        scriptLines = std::move(*read);
        std::error_code ec;
        std::filesystem::create_directories(a.output, ec);
        if (ec || !std::filesystem::is_directory(a.output))
            return reportError(a.output + ": with --lines, -o names a folder, and this one cannot be made: " +
                               (ec ? ec.message() : std::string("a file of that name exists")));
    }

    if (!rewriteTexts(a.rewrites, a.text, scriptLines, a.refText)) return;

    // Models: explicit paths win over the ones found in --models.
    ModelPaths paths = a.paths;
    if (!a.models.empty()) {
        const bool allExplicit = !paths.ar.empty() && !paths.nar.empty() && !paths.encodec.empty() && !paths.vocos.empty();
        const Result<ModelPaths> found = ModelPaths::fromFolder(a.models);
        if (!found && !allExplicit) return reportError(found.message());
        if (found) {
            if (paths.ar.empty()) paths.ar = found->ar;
            if (paths.nar.empty()) paths.nar = found->nar;
            if (paths.encodec.empty()) paths.encodec = found->encodec;
            if (paths.vocos.empty()) paths.vocos = found->vocos;
            if (paths.vocosConfig.empty()) paths.vocosConfig = found->vocosConfig;
        }
    }
    std::vector<std::string> missingArgs;
    if (paths.ar.empty()) missingArgs.push_back("--ar");
    if (paths.nar.empty()) missingArgs.push_back("--nar");
    if (paths.encodec.empty()) missingArgs.push_back("--encodec");
    if (paths.vocos.empty()) missingArgs.push_back("--vocos");
    if (!missingArgs.empty()) {
        std::string msg = "missing";
        for (const auto& m : missingArgs) msg += " " + m;
        return reportError(msg + " (or give --models DIR holding the files)");
    }

    EngineOptions options;
    // "auto" (the default): the GPU in float16 when there is one, else the CPU in float32.
    const auto device = a.device == "auto" ? Result<ComputeDevice>(automaticDevice()) : parseComputeDevice(a.device);
    if (!device) return reportError("unknown device '" + a.device + "' (expected auto, cpu or cuda)");
    const auto dtype = a.dtype == "auto" ? Result<ComputeDType>(automaticDType(*device)) : parseComputeDType(a.dtype);
    if (!dtype) return reportError("unknown dtype '" + a.dtype + "' (expected auto, float32, float16 or bfloat16)");
    options.device = *device;
    options.dtype = *dtype;
    options.threads = a.threads;
    options.hyperParamsJson = a.hparams;

    // Every output checked before anything loads: a run of minutes must not end in "cannot
    // create", nor overwrite its own reference, models or script.
    const std::vector<NamedPath> inputs{{"--ref", a.ref},         {"--ar", paths.ar},         {"--nar", paths.nar},
                                        {"--encodec", paths.encodec}, {"--vocos", paths.vocos},
                                        {"--vocos-config", paths.vocosConfig}, {"--hparams", a.hparams},
                                        {"--lines", a.lines}, {"--respellings", a.rewrites.respellingsPath}};
    std::vector<NamedPath> outputs;
    if (scriptLines.empty()) {
        outputs = {{"-o", a.output}, {"--save-codes", a.saveCodes}, {"--save-coarse", a.saveCoarse}};
    } else {
        for (std::size_t i = 0; i < scriptLines.size(); ++i)
            outputs.push_back(
                {"-o", (std::filesystem::path(a.output) / scriptAudioName(i + 1, scriptLines.size(), fileSuffix(*format))).string()});
        outputs.push_back({"-o", (std::filesystem::path(a.output) / "lines.tsv").string()});
    }
    if (const std::string bad = checkOutputPaths(outputs, inputs); !bad.empty()) return reportError(bad);

    const auto reference = loadAudioForModel(a.ref);
    if (!reference) return reportError(reference.message());  // it begins with the path
    for (const auto& w : reference->warnings) std::cerr << "warning: " << a.ref << ": " << w.text() << '\n';

    Result<Mars5Engine> engine = Mars5Engine::load(paths, options);
    if (!engine) return reportError(engine.message());
    const EngineInfo info = engine->info();
    std::cout << "models: AR " << info.arSummary << " (" << info.arRecognition << "); NAR " << info.narSummary << " ("
              << info.narRecognition << "); " << toString(info.device) << ", " << toString(info.dtype) << '\n';
    // float32 is the CPU default for the reference's codes; where bfloat16 runs natively it is about
    // twice as fast (docs/PERFORMANCE.md), which a user chasing speed should hear of once.
    if (a.dtype == "auto" && info.device == ComputeDevice::Cpu && info.dtype == ComputeDType::Float32 &&
        cpuHasBFloat16Instructions())
        std::cerr << "note: this CPU has bfloat16 instructions: --dtype bfloat16 runs about twice as fast (a seed then "
                     "no longer gives the reference's exact codes)\n";

    const InterruptScope interrupts;
    if (a.lines.empty()) {
        const SpokenOutputs outputs{a.output, *format, a.saveCodes, a.saveCoarse, *coarseFormat};
        if (auto spoken = speakOne(*engine, a, config, *reference, a.text, outputs); !spoken)
            reportError(spoken.message());
        return;
    }
    // A script: one audio file per line, in order. A failed line is reported and the next one runs.
    std::vector<ScriptIndexRow> index;
    const std::string indexPath = (std::filesystem::path(a.output) / "lines.tsv").string();
    std::size_t written = 0;
    // "line 3 of 50, about 4:10 left": the seconds per character of the lines spoken so far
    // applied to the text still to speak (the studio's queue says the same).
    BatchProgress batch;
    const auto start = std::chrono::steady_clock::now();
    const auto now = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    std::int64_t charsAfter = 0;
    for (const std::string& line : scriptLines) charsAfter += static_cast<std::int64_t>(line.size());
    for (std::size_t i = 0; i < scriptLines.size(); ++i) {
        const std::string name = scriptAudioName(i + 1, scriptLines.size(), fileSuffix(*format));
        charsAfter -= static_cast<std::int64_t>(scriptLines[i].size());
        const double lineStart = now();
        batch.started(static_cast<std::int64_t>(scriptLines[i].size()), lineStart);
        std::cout << "line " << (i + 1) << " of " << scriptLines.size();
        if (const auto left = batch.secondsLeft(charsAfter, lineStart)) std::cout << ", about " << formatTimeLeft(*left) << " left";
        std::cout << ": " << shortened(scriptLines[i]) << '\n';
        const SpokenOutputs outputs{(std::filesystem::path(a.output) / name).string(), *format, {}, {}, *format};
        const auto spoken = speakOne(*engine, a, config, *reference, scriptLines[i], outputs);
        const bool last = i + 1 == scriptLines.size();
        batch.finished(spoken ? BatchProgress::Ending::Made : BatchProgress::Ending::Failed, now() - lineStart, last);
        ScriptIndexRow row;
        row.file = name;
        row.text = scriptLines[i];
        if (spoken) {
            ++written;
            row.seconds = spoken->seconds;
            row.seed = spoken->seed;
            row.arTokens = spoken->arTokens;
            row.status = "ok: " + spoken->arEnd;
        } else {
            reportError("line " + std::to_string(i + 1) + ": " + spoken.message());
            row.file.clear();
            row.status = "failed: " + spoken.message();
        }
        index.push_back(std::move(row));
        // After every line, so that a script killed later still leaves the index of what exists.
        if (auto saved = writeScriptIndex(indexPath, index); !saved) reportError(saved.message());
        if (g_interrupts > 0 && i + 1 < scriptLines.size()) {
            // Not a success for a caller that checks the exit code: lines are missing.
            reportError("interrupted after line " + std::to_string(i + 1) + ": lines " + std::to_string(i + 2) + "-" +
                        std::to_string(scriptLines.size()) + " were not spoken");
            break;
        }
    }
    std::cout << "script: " << written << " of " << scriptLines.size() << " lines written to " << a.output;
    if (index.size() > written) std::cout << ", " << (index.size() - written) << " failed";
    std::cout << " (index: " << indexPath << ")\n";
}

}  // namespace

void addTtsCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("tts", "Speak a text in the voice of a reference recording (MARS5, the whole pipeline)");
    auto a = std::make_shared<TtsArgs>();
    cmd->add_option("--ar", a->paths.ar, "MARS5 AR checkpoint (mars5_ar.safetensors or a release .pt)");
    cmd->add_option("--nar", a->paths.nar, "MARS5 NAR checkpoint (mars5_nar.safetensors or a release .pt)");
    cmd->add_option("--encodec", a->paths.encodec, "Encodec 24 kHz weights (encodec_24khz-d7cc33bc.th)");
    cmd->add_option("--vocos", a->paths.vocos, "Vocos encodec-24khz weights (pytorch_model.bin)");
    cmd->add_option("--vocos-config", a->paths.vocosConfig, "Vocos config.yaml (default: config.yaml beside the weights)");
    cmd->add_option("--models", a->models, "one folder holding the four models (explicit paths win)");
    cmd->add_option("--hparams", a->hparams, "JSON override of the hyper-parameters no tensor shape reveals");
    cmd->add_option("--ref", a->ref, "reference recording of the voice (any format and rate; 2-12 s, ~6 s best)")->required();
    CLI::Option* refText = cmd->add_option("--ref-text", a->refText, "transcript of the reference (enables deep clone)");
    cmd->add_option("--text", a->text, "the text to speak");
    cmd->add_option("--lines", a->lines,
                    "a script: speak each non-empty line of this UTF-8 file into -o FOLDER/001.wav, 002.wav, ... (.flac with --format flac16/24) "
                    "(the model loads and the voice is encoded once)");
    cmd->add_option("-o,--output", a->output, "audio file to write (24 kHz mono; FLAC when it ends in .flac, else WAV); with --lines, the folder for them")->required();
    cmd->add_flag("--deep", a->deep, "deep clone (needs --ref-text; the default when --ref-text is given)");
    cmd->add_flag("--shallow", a->shallow, "shallow clone (the default without --ref-text)");
    cmd->add_option("--respellings", a->rewrites.respellingsPath,
                    "a list of how to say words MARS5 gets wrong (the studio's Edit > Respellings, respellings.json in its "
                    "data folder): each listed word in the text, the lines and the transcript is replaced by its respelling first");
    cmd->add_flag("--spell-numbers", a->rewrites.spellNumbers,
                  "say the numbers written in digits in words first (1999 -> nineteen ninety-nine, $5 -> five dollars, "
                  "3rd -> third), in the text, the lines and the transcript: MARS5 reads digits as typed");
    cmd->add_option("--device", a->device, "auto (the GPU when there is one), cpu or cuda")->capture_default_str();
    cmd->add_option("--dtype", a->dtype, "auto (float16 on the GPU, float32 on the CPU), float32, float16 or bfloat16")
        ->capture_default_str();
    cmd->add_option("--threads", a->threads, "CPU threads (default: OMP_NUM_THREADS, else one per physical core this process may use)");
    cmd->add_option("--save-codes", a->saveCodes, "also write the final codes (8 x frames) as .safetensors");
    cmd->add_option("--save-coarse", a->saveCoarse, "also write the AR's L0 codes vocoded alone (an audio file)");
    cmd->add_option("--format", a->format,
                    "wav16, wav24, wav-float, flac16 or flac24 (default: flac16 for a .flac name, else wav16); the integer "
                    "formats clip peaks above full scale, wav-float keeps them");
    cmd->add_flag("--wav-float", a->wavFloat, "the same as --format wav-float");
    cmd->add_option("--piece-seeds", a->pieceSeedTexts,
                    "each piece's seed, comma-separated, as an export's sidecar lists them (run.piece_list): repeats a "
                    "studio take one of whose pieces was spoken again (with --piece-chars; later pieces take the first's + k)")
        ->delimiter(',');
    // Every InferenceConfig field as --name value (and --name-with-dashes), from the one field table.
    for (const InferenceConfigField& f : inferenceConfigFields()) {
        std::string names = std::string("--") + f.name;
        std::string dashed = f.name;
        for (auto& c : dashed) c = c == '_' ? '-' : c;
        if (dashed != f.name) names += ",--" + dashed;
        const std::string help = std::string(f.help) + " [" + f.group + "; default " +
                                 (f.type == InferenceConfigField::Type::Float ? fmt("%g", f.defaultValue)
                                                                               : std::to_string(static_cast<long long>(f.defaultValue))) +
                                 ", range " + describeRange(f) + "]";
        const std::string name = f.name;
        cmd->add_option_function<std::string>(names, [a, name](const std::string& v) { a->fields[name] = v; }, help);
    }
    cmd->callback([a, refText] {
        // A blank transcript is no transcript: deep clone would prompt the AR with the voice's
        // codes against no words (the studio shallow-clones it too).
        a->refTextGiven = refText->count() > 0 && a->refText.find_first_not_of(" \t\r\n") != std::string::npos;
        runTts(*a);
    });
    cmd->preparse_callback([a](std::size_t) {
        a->fields.clear();
        a->pieceSeedTexts.clear();
        a->pieceSeeds.clear();
        a->text.clear();
        a->lines.clear();
        a->rewrites = {};
    });
}

}  // namespace mars5::cli
