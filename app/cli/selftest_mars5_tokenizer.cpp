// Golden group "tokenizer": every case of tokenizer_goldens.json through core/src/tokenizer.h,
// with the tokenizers read the way a user's run reads them (the AR checkpoint's metadata),
// and checked to be identical to the stand-alone texttok.model / speechtok.model files.
#include "selftest_mars5.h"

#include "failure.h"
#include "mars5_checkpoint.h"
#include "tokenizer.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace mars5::cli {

namespace {

using json = nlohmann::json;

std::string fromHex(const std::string& hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return out;
}

std::string toHex(std::string_view bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return out;
}

std::vector<int> ints(const json& a) { return a.get<std::vector<int>>(); }

// Counts mismatching cases per named check and reports one line each.
struct CaseTally {
    std::map<std::string, std::pair<long long, long long>> counts;  // name -> (mismatches, cases)
    void add(const std::string& name, bool ok) {
        auto& c = counts[name];
        ++c.second;
        if (!ok) ++c.first;
    }
    void report(GoldenReport& r) const {
        for (const auto& [name, c] : counts)
            r.checkExact(name, c.first, "exact (mismatching cases of " + std::to_string(c.second) + ")");
    }
};

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) fail(ErrorKind::Io, p.string() + ": cannot open");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void runTokenizerGoldens(Mars5SelftestContext& ctx) {
    const auto goldenPath = ctx.dir / "tokenizer_goldens.json";
    if (!std::filesystem::exists(goldenPath)) {
        ctx.report.info("no tokenizer_goldens.json: skipped");
        return;
    }
    std::ifstream in(goldenPath);
    const json g = json::parse(in);

    // The tokenizers as a run gets them: from the AR checkpoint's metadata.
    const auto arPath = ctx.dir / "mars5_tiny_ar.safetensors";
    std::string texttok, speechtok;
    std::string origin;
    if (std::filesystem::exists(arPath)) {
        Mars5LoadOptions o;
        o.configOverridePath = findMars5ConfigSidecar(arPath.string());
        const Mars5Checkpoint ck = loadMars5Checkpoint(arPath.string(), Mars5ModelKind::Ar, o);
        texttok = ck.texttokModel;
        speechtok = ck.speechtokModel;
        origin = arPath.filename().string();
    } else {
        texttok = readFile(ctx.dir / g["text_tokenizer"]["file"].get<std::string>());
        speechtok = readFile(ctx.dir / g["speech_tokenizer"]["file"].get<std::string>());
        origin = "tokenizer files";
    }
    const Mars5Tokenizers tok = loadMars5Tokenizers(texttok, speechtok, origin);
    const BpeTokenizer& text = tok.text;
    const BpeTokenizer& speech = tok.speech;
    ctx.report.info("tokenizers from " + origin);

    CaseTally t;
    // Metadata copy == stand-alone files.
    for (const char* which : {"text_tokenizer", "speech_tokenizer"}) {
        const auto file = ctx.dir / g[which]["file"].get<std::string>();
        if (std::filesystem::exists(file))
            t.add("tokenizer.model_text_equals_file", readFile(file) == (std::string(which) == "text_tokenizer" ? texttok : speechtok));
    }
    // Sizes, specials, id space.
    for (const auto& [which, tk] : {std::pair<const char*, const BpeTokenizer*>{"text_tokenizer", &text},
                                    std::pair<const char*, const BpeTokenizer*>{"speech_tokenizer", &speech}}) {
        const json& d = g[which];
        bool ok = tk->mergeCount() == d["n_merges"].get<int>() && tk->vocabSize() == d["len_vocab"].get<int>();
        for (const auto& [name, id] : d["special_tokens"].items()) ok = ok && tk->specialId(name) == id.get<int>();
        t.add("tokenizer.vocab_sizes_and_specials", ok);
    }
    const json& ids = g["id_space"];
    t.add("tokenizer.id_space", tok.ids.nText == ids["n_text"].get<int>() && tok.ids.nSpeech == ids["n_speech"].get<int>() &&
                                    tok.ids.vocabSize() == ids["V"].get<int>() &&
                                    tok.ids.narTextVocabSize() == ids["Vt_nar"].get<int>() && tok.ids.eos == ids["eos"].get<int>() &&
                                    tok.ids.firstAllowedOutputId() == ids["first_allowed_ar_output_id"].get<int>());

    for (const json& c : g["text_cases"]) {
        const std::string s = fromHex(c["utf8_hex"].get<std::string>());
        std::vector<std::string> split;
        for (const auto& p : text.splitSpecial(s)) split.push_back(p.specialId >= 0 ? std::string(p.text) : std::string(p.text));
        t.add("tokenizer.text.special_split", split == c["special_split"].get<std::vector<std::string>>());
        std::vector<std::string> chunks;
        for (auto ch : text.splitChunks(s)) chunks.emplace_back(ch);
        t.add("tokenizer.text.regex_chunks", chunks == c["regex_chunks"].get<std::vector<std::string>>());
        bool chunkOk = chunks.size() == c["chunk_ids"].size();
        for (std::size_t i = 0; chunkOk && i < chunks.size(); ++i) chunkOk = text.encodeChunk(chunks[i]) == ints(c["chunk_ids"][i]);
        t.add("tokenizer.text.chunk_ids", chunkOk);
        const std::vector<int> encoded = text.encode(s);
        t.add("tokenizer.text.encode", encoded == ints(c["ids"]));
        t.add("tokenizer.text.encode_ordinary", text.encodeOrdinary(s) == ints(c["ids_encode_ordinary"]));
        t.add("tokenizer.text.decode", text.decode(ints(c["ids"])) == c["decoded"].get<std::string>());
    }
    for (const json& c : g["text_decode_cases"])
        t.add("tokenizer.text.decode_invalid_utf8", toHex(text.decode(ints(c["ids"]))) == c["decoded_utf8_hex"].get<std::string>());
    for (const json& c : g["prompt_cases"]) {
        const std::string s = fromHex(c["utf8_hex"].get<std::string>());
        t.add("tokenizer.prompt.strip", std::string(stripPythonWhitespace(s)) == c["stripped"].get<std::string>());
        t.add("tokenizer.prompt.string", textPromptString(s) == c["prompt_string"].get<std::string>());
        t.add("tokenizer.prompt.ids", encodeTextPrompt(text, s) == ints(c["ids"]));
        t.add("tokenizer.prompt.n_est_eos", estimatedGenerationLength(s) == c["n_est_eos"].get<std::int64_t>());
    }
    for (const json& c : g["speech_cases"]) {
        const std::vector<int> codes = ints(c["codes"]);
        const std::vector<int> sp = encodeSpeech(speech, codes);
        t.add("tokenizer.speech.encode", sp == ints(c["ids"]));
        t.add("tokenizer.speech.ids_in_ar_space", encodeSpeechPrompt(speech, tok.ids, codes) == ints(c["ids_in_ar_space"]));
        std::vector<int> decodedInts;
        for (const json& u : c["decode_int"]) decodedInts.push_back(u.is_number() ? u.get<int>() : -1);
        t.add("tokenizer.speech.decode_roundtrip", decodeSpeechCodes(speech, ints(c["ids"])) == decodedInts);
    }
    for (const json& c : g["speech_decode_cases"]) {
        const auto units = decodeSpeechUnits(speech, ints(c["ids"]));
        bool ok = units.size() == c["decode_int"].size();
        for (std::size_t i = 0; ok && i < units.size(); ++i) {
            const json& want = c["decode_int"][i];
            ok = want.is_number() ? (units[i].isCode() && units[i].code == want.get<int>())
                                  : (!units[i].isCode() && speech.tokenBytes(units[i].specialId) == want.get<std::string>());
        }
        t.add("tokenizer.speech.decode_int_with_specials", ok);
        t.add("tokenizer.speech.codes_kept_by_tts", decodeSpeechCodes(speech, ints(c["ids"])) == ints(c["codes_kept_by_tts"]));
    }
    {
        long long bad = 0, n = 0;
        for (const auto& [id, hex] : g["text_vocab_bytes_hex"].items()) {
            ++n;
            if (toHex(text.tokenBytes(std::stoi(id))) != hex.get<std::string>()) ++bad;
        }
        ctx.report.checkExact("tokenizer.text.vocab_bytes", bad, "exact (mismatching ids of " + std::to_string(n) + ")");
        bad = n = 0;
        for (const auto& [id, str] : g["speech_vocab_strings"].items()) {
            ++n;
            if (speech.tokenBytes(std::stoi(id)) != str.get<std::string>()) ++bad;
        }
        ctx.report.checkExact("tokenizer.speech.vocab_strings", bad, "exact (mismatching ids of " + std::to_string(n) + ")");
    }
    t.report(ctx.report);
}

const Mars5GoldenGroupRegistration registration{"tokenizer", 10, &runTokenizerGoldens};

}  // namespace

}  // namespace mars5::cli
