// The two MARS5 tokenizers (spec mars5-model.md §2) and the small helpers that turn a
// target text and a reference's codebook-0 codes into AR prompt ids.
//
// Both tokenizers are byte-pair encoders in Karpathy's "minbpe" style and are stored in
// the same "minbpe v1" text (a file, or the `texttok.model` / `speechtok.model` strings
// of a checkpoint's metadata):
//
//   minbpe v1
//   <split pattern, stored but ignored: the GPT-4 pattern is always used>
//   <number of special tokens>
//   <token> <id>            one line per special token
//   <idA> <idB>             one line per merge; merge k (0-based) gets id base + k
//
// `base` is 256 for the text tokenizer (ids 0..255 are the bytes) and 1024 for the speech
// tokenizer (ids 0..1023 are Encodec codebook-0 codes). The AR model sees one id space:
// text ids first, then speech ids offset by the text vocabulary size (ArIdSpace).
//
// Everything here is torch-free. Internal API: functions throw mars5::Failure, Format for
// a malformed model text ("<origin>: line N: ...") and InvalidArgument for bad input
// (invalid UTF-8 text, unknown ids, codes outside 0..1023). Const methods are safe to
// call from several threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mars5 {

// What the base ids 0..base-1 of a tokenizer stand for.
enum class BpeAlphabet {
    Bytes,     // text: the 256 byte values; merges from id 256
    Codebook,  // speech: the 1024 codes of Encodec codebook 0, spelled " %04d"; merges from id 1024
};

struct SpecialToken {
    std::string text;  // e.g. "<|endoftext|>"
    int id = 0;
};

// One piece of the special-token split of a text (Python's re.split with a capturing
// group): ordinary text (possibly empty) alternating with special tokens.
struct TextPiece {
    std::string_view text;
    int specialId = -1;  // >= 0: this piece is that special token
};

class BpeTokenizer {
public:
    // Bounds on what a model text may declare, so that a damaged or hostile file is an
    // error message rather than an exhausted machine. The real MARS5 tokenizers are far
    // below each of them.
    static constexpr std::size_t kMaxModelBytes = 64u << 20;
    static constexpr int kMaxSpecialTokens = 10'000;
    static constexpr int kMaxMerges = 4'000'000;
    static constexpr std::uint64_t kMaxTokenUnits = 1u << 20;  // bytes (text) or codes (speech) in one token

    // `origin` names the source in error messages: a path, or e.g.
    // "mars5_ar.safetensors: texttok.model metadata".
    static BpeTokenizer fromString(std::string_view modelText, BpeAlphabet alphabet, const std::string& origin);
    static BpeTokenizer fromFile(const std::string& path, BpeAlphabet alphabet);

    const std::string& origin() const { return m_origin; }
    BpeAlphabet alphabet() const { return m_alphabet; }
    int baseSize() const { return m_base; }
    int mergeCount() const { return static_cast<int>(m_merges.size()); }
    // The reference's len(vocab): the number of distinct ids (base, merges, specials).
    int vocabSize() const { return m_vocabSize; }
    // Largest id of the vocabulary (a special token may sit above base + merges).
    int maxId() const { return m_maxId; }
    // The split pattern as stored on line 2 (informative only).
    const std::string& patternLine() const { return m_patternLine; }
    // In file order.
    const std::vector<SpecialToken>& specialTokens() const { return m_specials; }
    std::optional<int> specialId(std::string_view text) const;
    bool isSpecial(int id) const { return m_specialTextById.count(id) != 0; }
    bool contains(int id) const;
    // vocab[id] of the reference: a byte string (for a speech id, its " %04d" code strings).
    std::string tokenBytes(int id) const;

    // The BPE loop of minbpe's _encode_chunk on any id sequence: while some adjacent pair
    // is a merge, take the merge with the lowest id and replace all its non-overlapping
    // occurrences left to right. O(n log n) (the reference rescans the chunk per merge).
    std::vector<int> applyMerges(std::vector<int> ids) const;

    // --- text (Bytes alphabet only; InvalidArgument on a speech tokenizer) ---------------
    // The special-token split used by encode(): leftmost occurrence first, and at one
    // position the special token listed first in the file.
    std::vector<TextPiece> splitSpecial(std::string_view text) const;
    // The GPT-4 regex pre-split (PCRE2, UTF + UCP), i.e. regex.findall of the reference.
    std::vector<std::string_view> splitChunks(std::string_view text) const;
    // Byte-level BPE of one chunk (no split, no special tokens).
    std::vector<int> encodeChunk(std::string_view bytes) const;
    // Special-token strings are ordinary text here (the reference's encode_ordinary).
    std::vector<int> encodeOrdinary(std::string_view text) const;
    // What tts() uses: encode(text, allowed_special="all"). Empty text -> no ids.
    std::vector<int> encode(std::string_view text) const;

    // --- both alphabets --------------------------------------------------------------------
    // The token byte strings concatenated and read as UTF-8, each ill-formed subsequence
    // replaced by U+FFFD exactly like Python's bytes.decode("utf-8", errors="replace").
    std::string decode(std::span<const int> ids) const;
    // The base ids (bytes or codes) that a merge or base id stands for, appended to `out`.
    // Special ids have none: callers check isSpecial() first.
    void appendBaseIds(int id, std::vector<int>& out) const;

private:
    struct SplitRegex;

    BpeTokenizer() = default;
    static std::shared_ptr<const SplitRegex> splitRegex();
    void requireText(const char* what) const;
    // Calls leaf(baseId) for each base id under `id`, left to right, without recursion.
    template <class Leaf>
    void forEachBaseId(int id, Leaf&& leaf) const;

    std::string m_origin;
    BpeAlphabet m_alphabet = BpeAlphabet::Bytes;
    int m_base = 256;
    int m_vocabSize = 0;
    int m_maxId = 0;
    std::string m_patternLine;
    std::vector<SpecialToken> m_specials;
    std::unordered_map<int, std::string> m_specialTextById;  // ids are unique (checked when read)
    std::vector<std::pair<int, int>> m_merges;               // merge k: id base + k = (first, second)
    std::unordered_map<std::uint64_t, int> m_mergeId;        // (first << 32 | second) -> id
    std::shared_ptr<const SplitRegex> m_regex;               // text only
};

// --- UTF-8 and Python string semantics the prompt depends on -------------------------------

// Offset of the first byte of the first ill-formed UTF-8 sequence, or nullopt if valid
// (strict: no overlong forms, no surrogates, nothing above U+10FFFF).
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes);
// InvalidArgument "<what> is not valid UTF-8 (byte 0x.. at offset N)" unless valid.
void requireUtf8(std::string_view bytes, const char* what);
// Python's bytes.decode("utf-8", errors="replace").
std::string decodeUtf8Replacing(std::string_view bytes);
// Python's len(str) of valid UTF-8: the number of code points.
std::size_t countCodePoints(std::string_view utf8);
// Python's str.strip(): removes the characters str.isspace() accepts (ASCII whitespace,
// U+001C..U+001F, U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
// U+205F, U+3000) at both ends. U+200B and U+FEFF are not whitespace. InvalidArgument on invalid UTF-8.
std::string_view stripPythonWhitespace(std::string_view utf8);

// --- speech tokenizer use (spec §2.3, §2.4) -----------------------------------------------

inline constexpr int kSpeechCodebookSize = 1024;

// L0 codes (0..1023) -> speech ids: the codes are their own base ids, then the BPE loop
// over the whole sequence (no pre-split, no special tokens, no end-of-speech appended).
std::vector<int> encodeSpeech(const BpeTokenizer& speech, std::span<const int> codes);

// One element of the reference's decode_int(): a code, or a special token kept as such.
struct SpeechUnit {
    int code = -1;       // 0..1023, or -1 for a special token
    int specialId = -1;  // the special token's id when code == -1
    bool isCode() const { return code >= 0; }
};
// speechtok.decode_int(ids): every id expanded to its codes, special ids kept in place.
std::vector<SpeechUnit> decodeSpeechUnits(const BpeTokenizer& speech, std::span<const int> ids);
// What tts() keeps of decode_int: the codes only (special ids dropped).
std::vector<int> decodeSpeechCodes(const BpeTokenizer& speech, std::span<const int> ids);

// --- the shared AR id space (spec §1.6, §2.5) ---------------------------------------------

inline constexpr std::string_view kStartOfText = "<|startoftext|>";
inline constexpr std::string_view kEndOfText = "<|endoftext|>";
inline constexpr std::string_view kEndOfSpeech = "<|endofspeech|>";

struct ArIdSpace {
    int nText = 0;    // len(texttok.vocab)
    int nSpeech = 0;  // len(speechtok.vocab)
    int eos = 0;      // nText + id of <|endofspeech|>

    int vocabSize() const { return nText + nSpeech; }                // V: AR embedding/output rows
    int narTextVocabSize() const { return nText + 1; }               // Vt: NAR text embedding rows
    int firstAllowedOutputId() const { return nText - 1; }           // one text id is allowed (spec §8.2)
    int arFromSpeech(int speechId) const { return nText + speechId; }
    // The reference's clamp(min=0): the allowed text id nText-1 becomes speech id 0.
    int speechFromAr(int arId) const { return arId >= nText ? arId - nText : 0; }
};

// Checks what the AR id space needs of the pair: the special tokens the prompt and the
// stop rule use exist, and every id of each vocabulary lies below its size (otherwise text
// and speech ids would overlap). Format error naming the tokenizer otherwise.
ArIdSpace makeArIdSpace(const BpeTokenizer& text, const BpeTokenizer& speech);

std::vector<int> speechIdsToAr(const ArIdSpace& space, std::span<const int> speechIds);
std::vector<int> arIdsToSpeech(const ArIdSpace& space, std::span<const int> arIds);

// The two tokenizers of a checkpoint, from its `texttok.model` / `speechtok.model`
// strings; `origin` (the checkpoint's file name) prefixes error messages.
struct Mars5Tokenizers {
    BpeTokenizer text;
    BpeTokenizer speech;
    ArIdSpace ids;
};
Mars5Tokenizers loadMars5Tokenizers(std::string_view texttokModel, std::string_view speechtokModel,
                                    const std::string& origin);

// --- prompt construction (spec §3.6, §2.6) ------------------------------------------------

// Shallow clone (no transcript): "<|startoftext|>" + strip(text) + "<|endoftext|>".
// Deep clone: "<|startoftext|>" + refTranscript + " " + strip(text) + "<|endoftext|>",
// the transcript taken as given (not stripped).
std::string textPromptString(std::string_view text, std::optional<std::string_view> refTranscript = std::nullopt);
// encode(textPromptString(...)): the text part of the AR prompt (Ttext = its size).
std::vector<int> encodeTextPrompt(const BpeTokenizer& text, std::string_view targetText,
                                  std::optional<std::string_view> refTranscript = std::nullopt);
// The speech part of a deep-clone prompt: encodeSpeech(L0 codes) offset into the AR space.
std::vector<int> encodeSpeechPrompt(const BpeTokenizer& speech, const ArIdSpace& space, std::span<const int> l0Codes);

// The EOS-penalty length estimate: Python round(factor * len(text)) (half to even) on the
// unstripped target text, counted in code points.
std::int64_t estimatedGenerationLength(std::string_view text, double factor = 1.0);

}  // namespace mars5
