// The MARS5 tokenizers against the reference: every case of tokenizer_goldens.json
// (computed by the reference minbpe code, see tests/fixtures/mars5/README.md) checked
// exactly, the checkpoint metadata copy of the tokenizers, malformed model texts built
// here line by line, invalid UTF-8, empty and very long texts, and the BPE loop against
// a plain restatement of minbpe's algorithm on random merge tables.
#include "failure.h"
#include "safetensors.h"
#include "temp_files.h"
#include "tokenizer.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <climits>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

using namespace mars5;
using mars5::test::fixture;
using json = nlohmann::json;

namespace {

json loadGoldens() {
    std::ifstream in(fixture("mars5/tokenizer_goldens.json"));
    return json::parse(in);
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string hex(std::string_view bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return out;
}

QString show(const std::vector<int>& ids) {
    QStringList parts;
    for (int id : ids) parts << QString::number(id);
    return "[" + parts.join(", ") + "]";
}

QString show(const std::vector<std::string_view>& chunks) {
    QStringList parts;
    for (auto c : chunks) parts << "'" + QString::fromUtf8(c.data(), qsizetype(c.size())) + "'";
    return "[" + parts.join(", ") + "]";
}

std::vector<int> byteIds(std::string_view bytes) {
    std::vector<int> ids;
    for (unsigned char c : bytes) ids.push_back(c);
    return ids;
}

std::vector<int> ints(const json& array) { return array.get<std::vector<int>>(); }

template <class Fn>
std::optional<Failure> failureOf(Fn&& fn) {
    try {
        fn();
    } catch (const Failure& f) {
        return f;
    }
    return std::nullopt;
}

// minbpe's BPE loop restated as plainly as possible (spec §2.2 step 3): find the adjacent
// pair with the lowest merge id, replace its occurrences left to right, repeat.
std::vector<int> naiveMerges(std::vector<int> ids, const std::map<std::pair<int, int>, int>& merges) {
    while (ids.size() >= 2) {
        int best = INT_MAX;
        std::pair<int, int> pair;
        for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
            const auto it = merges.find({ids[i], ids[i + 1]});
            if (it != merges.end() && it->second < best) {
                best = it->second;
                pair = it->first;
            }
        }
        if (best == INT_MAX) break;
        std::vector<int> merged;
        for (std::size_t i = 0; i < ids.size();) {
            if (i + 1 < ids.size() && ids[i] == pair.first && ids[i + 1] == pair.second) {
                merged.push_back(best);
                i += 2;
            } else {
                merged.push_back(ids[i++]);
            }
        }
        ids = std::move(merged);
    }
    return ids;
}

// A random but valid minbpe v1 model: merges over a small alphabet (so that they interact
// a lot) and over earlier merges.
struct RandomModel {
    std::string text;
    std::map<std::pair<int, int>, int> merges;
};

RandomModel randomModel(std::mt19937& rng, int base, std::vector<int> alphabet, int nMerges, const char* special) {
    RandomModel m;
    m.text = "minbpe v1\nignored pattern\n1\n" + std::string(special) + " " + std::to_string(base + nMerges) + "\n";
    std::vector<int> pool = alphabet;
    while (int(m.merges.size()) < nMerges) {
        std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1);
        const std::pair<int, int> pair{pool[pick(rng)], pool[pick(rng)]};
        if (m.merges.count(pair)) continue;
        const int id = base + int(m.merges.size());
        m.merges[pair] = id;
        m.text += std::to_string(pair.first) + " " + std::to_string(pair.second) + "\n";
        pool.push_back(id);
    }
    return m;
}

}  // namespace

#define COMPARE_IDS(got, expected, context)                                                                   \
    do {                                                                                                      \
        const std::vector<int> got_ = (got);                                                                  \
        const std::vector<int> expected_ = (expected);                                                        \
        QVERIFY2(got_ == expected_,                                                                           \
                 qPrintable(QString("%1: got %2, expected %3").arg(QString(context), show(got_), show(expected_))));   \
    } while (0)

#define VERIFY_FAILS(expr, expectedKind, needle)                                                              \
    do {                                                                                                      \
        const auto f_ = failureOf([&] { (void)(expr); });                                                     \
        QVERIFY2(f_.has_value(), "no mars5::Failure from: " #expr);                                           \
        QVERIFY2(f_->kind() == (expectedKind), f_->what());                                                   \
        QVERIFY2(std::string(f_->what()).find(needle) != std::string::npos,                                  \
                 qPrintable(QString("message '%1' lacks '%2'").arg(f_->what(), QString::fromUtf8(needle))));  \
    } while (0)

class TestTokenizer : public QObject {
    Q_OBJECT

    json m_goldens;
    std::optional<BpeTokenizer> m_text;
    std::optional<BpeTokenizer> m_speech;
    ArIdSpace m_space;
    int m_casesChecked = 0;

private Q_SLOTS:
    void initTestCase() {
        m_goldens = loadGoldens();
        m_text = BpeTokenizer::fromFile(fixture("mars5/texttok.model"), BpeAlphabet::Bytes);
        m_speech = BpeTokenizer::fromFile(fixture("mars5/speechtok.model"), BpeAlphabet::Codebook);
        m_space = makeArIdSpace(*m_text, *m_speech);
    }

    void cleanupTestCase() { qInfo("golden cases checked: %d", m_casesChecked); }

    // --- the goldens -----------------------------------------------------------------------

    void tokenizerSummaries() {
        struct Expect {
            const char* key;
            const BpeTokenizer* tok;
        };
        for (const Expect& e : {Expect{"text_tokenizer", &*m_text}, Expect{"speech_tokenizer", &*m_speech}}) {
            const json& g = m_goldens.at(e.key);
            QCOMPARE(e.tok->mergeCount(), g.at("n_merges").get<int>());
            QCOMPARE(e.tok->vocabSize(), g.at("len_vocab").get<int>());
            QCOMPARE(e.tok->patternLine(), g.at("pattern_line").get<std::string>());
            const auto& specials = g.at("special_tokens");
            QCOMPARE(e.tok->specialTokens().size(), specials.size());
            for (const auto& [text, id] : specials.items()) {
                QCOMPARE(e.tok->specialId(text), std::optional<int>(id.get<int>()));
                QVERIFY(e.tok->isSpecial(id.get<int>()));
            }
            ++m_casesChecked;
        }
        QCOMPARE(m_text->baseSize(), 256);
        QCOMPARE(m_speech->baseSize(), 1024);

        const json& ids = m_goldens.at("id_space");
        QCOMPARE(m_space.nText, ids.at("n_text").get<int>());
        QCOMPARE(m_space.nSpeech, ids.at("n_speech").get<int>());
        QCOMPARE(m_space.vocabSize(), ids.at("V").get<int>());
        QCOMPARE(m_space.narTextVocabSize(), ids.at("Vt_nar").get<int>());
        QCOMPARE(m_space.eos, ids.at("eos").get<int>());
        QCOMPARE(m_space.firstAllowedOutputId(), ids.at("first_allowed_ar_output_id").get<int>());
        ++m_casesChecked;
    }

    void textCases() {
        const json& cases = m_goldens.at("text_cases");
        QVERIFY(cases.size() >= 31);
        for (std::size_t n = 0; n < cases.size(); ++n) {
            const json& c = cases[n];
            const std::string text = c.at("text").get<std::string>();
            const QString ctx = QString("text_cases[%1] '%2'").arg(n).arg(QString::fromStdString(text).left(40));
            QCOMPARE(hex(text), c.at("utf8_hex").get<std::string>());

            std::vector<std::string> pieces;
            for (const TextPiece& p : m_text->splitSpecial(text)) pieces.emplace_back(p.text);
            QVERIFY2(pieces == c.at("special_split").get<std::vector<std::string>>(), qPrintable(ctx + ": special_split"));

            const auto chunks = m_text->splitChunks(text);
            const auto expectedChunks = c.at("regex_chunks").get<std::vector<std::string>>();
            QVERIFY2(std::vector<std::string>(chunks.begin(), chunks.end()) == expectedChunks,
                     qPrintable(ctx + ": regex_chunks " + show(chunks)));

            const json& chunkIds = c.at("chunk_ids");
            QCOMPARE(chunkIds.size(), chunks.size());
            for (std::size_t k = 0; k < chunks.size(); ++k)
                COMPARE_IDS(m_text->encodeChunk(chunks[k]), ints(chunkIds[k]), ctx + QString(": chunk %1").arg(k));

            const std::vector<int> ids = m_text->encode(text);
            COMPARE_IDS(ids, ints(c.at("ids")), ctx + ": ids");
            COMPARE_IDS(m_text->encodeOrdinary(text), ints(c.at("ids_encode_ordinary")), ctx + ": ids_encode_ordinary");
            const std::string decoded = m_text->decode(ids);
            QCOMPARE(decoded, c.at("decoded").get<std::string>());
            QCOMPARE(decoded == text, c.at("roundtrip").get<bool>());
            ++m_casesChecked;
        }
    }

    void textDecodeCases() {
        for (const json& c : m_goldens.at("text_decode_cases")) {
            const std::string decoded = m_text->decode(ints(c.at("ids")));
            QCOMPARE(decoded, c.at("decoded").get<std::string>());
            QCOMPARE(hex(decoded), c.at("decoded_utf8_hex").get<std::string>());
            ++m_casesChecked;
        }
    }

    void promptCases() {
        for (const json& c : m_goldens.at("prompt_cases")) {
            const std::string text = c.at("text").get<std::string>();
            QCOMPARE(hex(text), c.at("utf8_hex").get<std::string>());
            QCOMPARE(std::string(stripPythonWhitespace(text)), c.at("stripped").get<std::string>());
            QCOMPARE(textPromptString(text), c.at("prompt_string").get<std::string>());
            COMPARE_IDS(encodeTextPrompt(*m_text, text), ints(c.at("ids")), QString::fromStdString(text));
            QCOMPARE(estimatedGenerationLength(text), c.at("n_est_eos").get<std::int64_t>());
            ++m_casesChecked;
        }
    }

    void speechCases() {
        for (const json& c : m_goldens.at("speech_cases")) {
            const std::vector<int> codes = ints(c.at("codes"));
            const std::vector<int> ids = encodeSpeech(*m_speech, codes);
            COMPARE_IDS(ids, ints(c.at("ids")), "speech ids of " + show(codes).left(60));
            COMPARE_IDS(encodeSpeechPrompt(*m_speech, m_space, codes), ints(c.at("ids_in_ar_space")), "ids_in_ar_space");
            COMPARE_IDS(speechIdsToAr(m_space, ids), ints(c.at("ids_in_ar_space")), "speechIdsToAr");
            COMPARE_IDS(arIdsToSpeech(m_space, ints(c.at("ids_in_ar_space"))), ids, "arIdsToSpeech");
            const std::vector<int> back = decodeSpeechCodes(*m_speech, ids);
            COMPARE_IDS(back, ints(c.at("decode_int")), "decode_int");
            QCOMPARE(back == codes, c.at("roundtrip").get<bool>());
            ++m_casesChecked;
        }
    }

    void speechDecodeCases() {
        for (const json& c : m_goldens.at("speech_decode_cases")) {
            const std::vector<int> ids = ints(c.at("ids"));
            const auto units = decodeSpeechUnits(*m_speech, ids);
            const json& expected = c.at("decode_int");
            QCOMPARE(units.size(), expected.size());
            for (std::size_t k = 0; k < units.size(); ++k) {
                if (expected[k].is_string()) {
                    // The reference keeps a special token as its string.
                    QVERIFY(!units[k].isCode());
                    QCOMPARE(m_speech->tokenBytes(units[k].specialId), expected[k].get<std::string>());
                } else {
                    QCOMPARE(units[k].code, expected[k].get<int>());
                }
            }
            COMPARE_IDS(decodeSpeechCodes(*m_speech, ids), ints(c.at("codes_kept_by_tts")), "codes_kept_by_tts of " + show(ids));
            ++m_casesChecked;
        }
    }

    void vocabularies() {
        const json& text = m_goldens.at("text_vocab_bytes_hex");
        QCOMPARE(int(text.size()), m_text->vocabSize());
        for (const auto& [id, bytesHex] : text.items()) {
            QCOMPARE(hex(m_text->tokenBytes(std::stoi(id))), bytesHex.get<std::string>());
            ++m_casesChecked;
        }
        // Only the merges and specials are listed for speech; the base ids are " %04d".
        const json& speech = m_goldens.at("speech_vocab_strings");
        QCOMPARE(int(speech.size()), m_speech->mergeCount() + int(m_speech->specialTokens().size()));
        for (const auto& [id, bytes] : speech.items()) {
            QCOMPARE(m_speech->tokenBytes(std::stoi(id)), bytes.get<std::string>());
            ++m_casesChecked;
        }
        QCOMPARE(m_speech->tokenBytes(0), std::string(" 0000"));
        QCOMPARE(m_speech->tokenBytes(7), std::string(" 0007"));
        QCOMPARE(m_speech->tokenBytes(1023), std::string(" 1023"));
    }

    // The same strings as the files, read from the tiny AR checkpoint's metadata: what a
    // user's run loads.
    void checkpointMetadataTokenizers() {
        const auto file = SafetensorsFile::open(fixture("mars5/mars5_tiny_ar.safetensors"));
        const auto& meta = file.metadata();
        QCOMPARE(meta.at("texttok.model"), readText(fixture("mars5/texttok.model")));
        QCOMPARE(meta.at("speechtok.model"), readText(fixture("mars5/speechtok.model")));
        const Mars5Tokenizers toks = loadMars5Tokenizers(meta.at("texttok.model"), meta.at("speechtok.model"),
                                                         "mars5_tiny_ar.safetensors");
        QCOMPARE(toks.ids.vocabSize(), m_space.vocabSize());
        QCOMPARE(toks.ids.eos, m_space.eos);
        for (const json& c : m_goldens.at("prompt_cases"))
            COMPARE_IDS(encodeTextPrompt(toks.text, c.at("text").get<std::string>()), ints(c.at("ids")), "metadata texttok");
        for (const json& c : m_goldens.at("speech_cases"))
            COMPARE_IDS(encodeSpeech(toks.speech, ints(c.at("codes"))), ints(c.at("ids")), "metadata speechtok");
    }

    // --- the spec's own vectors and behaviours the goldens do not spell out ---------------

    void specSplitVectors() {
        using V = std::vector<std::string>;
        const auto split = [&](std::string_view s) {
            const auto chunks = m_text->splitChunks(s);
            return V(chunks.begin(), chunks.end());
        };
        QCOMPARE(split("We actually haven't managed to meet demand. The quick brown rat."),
                 (V{"We", " actually", " haven", "'t", " managed", " to", " meet", " demand", ".", " The", " quick",
                    " brown", " rat", "."}));
        QCOMPARE(split("Hello,  world!! It's 12345 CAPS\n\nnew line"),
                 (V{"Hello", ",", " ", " world", "!!", " It", "'s", " ", "123", "45", " CAPS", "\n\n", "new", " line"}));
        QCOMPARE(split("  leading and trailing  "), (V{" ", " leading", " and", " trailing", "  "}));

        // Computed with Python's `regex` module (2026.5.9), the reference's regex engine:
        // \s is White_Space (U+180E and U+001C are not spaces for it, unlike PCRE2's UCP \s
        // and Python's str.isspace respectively), and (?i) lets s match U+017F.
        QCOMPARE(split("a\u180Eb"), (V{"a", "\u180Eb"}));
        QCOMPARE(split("a\x1c" "b c"), (V{"a", "\x1c" "b", " c"}));
        QCOMPARE(split("a'\u017Fb"), (V{"a", "'\u017F", "b"}));
        QCOMPARE(split("it'S"), (V{"it", "'S"}));

        const auto pieces = m_text->splitSpecial("<|startoftext|>Hi there.<|endoftext|>");
        QCOMPARE(pieces.size(), std::size_t(5));
        QCOMPARE(pieces[0].text, std::string_view());
        QCOMPARE(pieces[1].specialId, 400);
        QCOMPARE(pieces[2].text, std::string_view("Hi there."));
        QCOMPARE(pieces[3].specialId, 401);
        QCOMPARE(pieces[4].text, std::string_view());
        std::vector<int> expected{400};
        for (auto chunk : {"Hi", " there", "."})
            for (int id : m_text->encodeChunk(chunk)) expected.push_back(id);
        expected.push_back(401);
        COMPARE_IDS(m_text->encode("<|startoftext|>Hi there.<|endoftext|>"), expected, "spec step-1 vector");
    }

    void specialTokenPriority() {
        // Overlapping special tokens: the leftmost occurrence wins, and at one position
        // the token listed first in the file (the reference's regex alternation).
        const auto tok = BpeTokenizer::fromString("minbpe v1\np\n3\n<|a|>b 300\n<|a|> 301\nb<|a 302\n",
                                                  BpeAlphabet::Bytes, "overlap.model");
        COMPARE_IDS(tok.encode("<|a|>b<|a|>"), (std::vector<int>{300, 301}), "first listed at one position");
        COMPARE_IDS(tok.encode("xb<|a|>"), (std::vector<int>{'x', 302, '|', '>'}), "leftmost wins");
        QCOMPARE(tok.vocabSize(), 256 + 3);
        QCOMPARE(tok.maxId(), 302);
    }

    void promptHelpers() {
        // Deep clone: transcript as given (not stripped), one space, stripped target.
        QCOMPARE(textPromptString("  Hi.  ", std::string_view(" Ref ")),
                 std::string("<|startoftext|> Ref  Hi.<|endoftext|>"));
        QCOMPARE(textPromptString("  Hi.  "), std::string("<|startoftext|>Hi.<|endoftext|>"));
        // Python's round() is half to even, on code points of the unstripped text.
        QCOMPARE(estimatedGenerationLength("ab", 1.25), std::int64_t(2));   // 2.5 -> 2
        QCOMPARE(estimatedGenerationLength("abc", 1.5), std::int64_t(4));   // 4.5 -> 4
        QCOMPARE(estimatedGenerationLength("ab", 1.75), std::int64_t(4));   // 3.5 -> 4
        QCOMPARE(estimatedGenerationLength(" \u00e9\u65e5\U0001F389 "), std::int64_t(5));
        QCOMPARE(estimatedGenerationLength("ab", -1.25), std::int64_t(-2));  // -2.5 -> -2
        VERIFY_FAILS(estimatedGenerationLength("ab", std::nan("")), ErrorKind::InvalidArgument, "finite");

        // The one allowed text id (n_text - 1) clamps to speech id 0, as the reference's clamp(min=0).
        COMPARE_IDS(arIdsToSpeech(m_space, std::vector<int>{m_space.nText - 1, m_space.nText, m_space.eos}),
                    (std::vector<int>{0, 0, m_space.eos - m_space.nText}), "clamp");
        COMPARE_IDS(encodeSpeechPrompt(*m_speech, m_space, std::vector<int>{}), std::vector<int>{}, "no reference codes");
    }

    // --- bad input ---------------------------------------------------------------------------

    void emptyText() {
        QVERIFY(m_text->encode("").empty());
        QVERIFY(m_text->encodeOrdinary("").empty());
        QVERIFY(m_text->splitChunks("").empty());
        QCOMPARE(m_text->decode(std::vector<int>{}), std::string());
        // Whitespace only: the caller sees a prompt of just the two special tokens.
        COMPARE_IDS(encodeTextPrompt(*m_text, " \t\u3000 "), (std::vector<int>{400, 401}), "blank target");
        QVERIFY(encodeSpeech(*m_speech, std::vector<int>{}).empty());
        QVERIFY(decodeSpeechCodes(*m_speech, std::vector<int>{}).empty());
    }

    void invalidUtf8_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::newRow("stray continuation") << QByteArray("ok\x80") << 2;
        QTest::newRow("byte 0xff") << QByteArray("a\xff" "b") << 1;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << 0;
        QTest::newRow("overlong 3-byte") << QByteArray("xy\xe0\x80\xaf") << 2;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 0;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("truncated at end") << QByteArray("euro \xe2\x82") << 5;
        QTest::newRow("lead then ASCII") << QByteArray("\xc3(") << 0;
    }

    void invalidUtf8() {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        const std::string s = text.toStdString();
        QCOMPARE(firstInvalidUtf8(s), std::optional<std::size_t>(offset));
        const std::string needle = "at offset " + std::to_string(offset);
        VERIFY_FAILS(m_text->encode(s), ErrorKind::InvalidArgument, needle.c_str());
        VERIFY_FAILS(m_text->encodeOrdinary(s), ErrorKind::InvalidArgument, "not valid UTF-8");
        VERIFY_FAILS(textPromptString(s), ErrorKind::InvalidArgument, "target text is not valid UTF-8");
        VERIFY_FAILS(textPromptString("fine", std::string_view(s)), ErrorKind::InvalidArgument, "reference transcript");
        VERIFY_FAILS(estimatedGenerationLength(s), ErrorKind::InvalidArgument, "not valid UTF-8");
        VERIFY_FAILS(stripPythonWhitespace(s), ErrorKind::InvalidArgument, "not valid UTF-8");
    }

    void badIdsAndCodes() {
        VERIFY_FAILS(m_text->decode(std::vector<int>{65, 402}), ErrorKind::InvalidArgument, "id 402 is not in the vocabulary");
        VERIFY_FAILS(m_text->decode(std::vector<int>{-1}), ErrorKind::InvalidArgument, "id -1");
        VERIFY_FAILS(encodeSpeech(*m_speech, std::vector<int>{5, 1024}), ErrorKind::InvalidArgument,
                     "L0 code 1024 at frame 1 is outside 0..1023");
        VERIFY_FAILS(encodeSpeech(*m_speech, std::vector<int>{-3}), ErrorKind::InvalidArgument, "L0 code -3");
        VERIFY_FAILS(decodeSpeechCodes(*m_speech, std::vector<int>{0, 1101}), ErrorKind::InvalidArgument,
                     "speech id 1101 at position 1 is not in the vocabulary");
        // Each tokenizer refuses the other's job instead of producing nonsense.
        VERIFY_FAILS(m_speech->encode("12 13"), ErrorKind::InvalidArgument, "needs the text tokenizer");
        VERIFY_FAILS(encodeSpeech(*m_text, std::vector<int>{1}), ErrorKind::InvalidArgument, "needs the speech tokenizer");
    }

    void malformedModels_data() {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<int>("alphabet");  // 0 text, 1 speech
        QTest::addColumn<QString>("expected");
        const QByteArray head = "minbpe v1\npattern\n";
        const int text = 0, speech = 1;
        QTest::newRow("empty") << QByteArray() << text << "bad.model: line 1: expected the header 'minbpe v1', found nothing";
        QTest::newRow("other version") << QByteArray("minbpe v2\np\n0\n") << text << "line 1: expected the header 'minbpe v1', found 'minbpe v2'";
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbfminbpe v1\np\n0\n") << text << "line 1: expected the header";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n") << text << "line 1: not valid UTF-8 (byte 0x89)";
        QTest::newRow("header only") << QByteArray("minbpe v1\n") << text << "line 2: the model ends after its header";
        QTest::newRow("no count") << QByteArray("minbpe v1\npattern") << text << "line 3: the model ends after the split pattern";
        QTest::newRow("count not a number") << head + "two\n" << text << "line 3: expected the number of special tokens, found 'two'";
        QTest::newRow("negative count") << head + "-1\n" << text << "line 3: expected the number of special tokens, found '-1'";
        QTest::newRow("huge count") << head + "123456789\n" << text << "line 3: 123456789 special tokens declared; at most 10000";
        QTest::newRow("count beyond file") << head + "3\n<|a|> 256\n" << text << "line 4: the model declares 3 special tokens but ends after 1";
        QTest::newRow("special without id") << head + "1\n<|a|>\n" << text << "line 4: expected a special token as '<token> <id>', found '<|a|>'";
        QTest::newRow("special three fields") << head + "1\n<|a|> 256 7\n" << text << "line 4: expected a special token";
        QTest::newRow("special id not a number") << head + "1\n<|a|> x1\n" << text << "line 4: special token <|a|>: invalid id 'x1'";
        QTest::newRow("special id negative") << head + "1\n<|a|> -4\n" << text << "line 4: special token <|a|>: invalid id '-4'";
        QTest::newRow("special id too large") << head + "1\n<|a|> 99999999999\n" << text << "invalid id '99999999999'";
        QTest::newRow("special twice") << head + "2\n<|a|> 256\n<|a|> 257\n" << text << "line 5: special token <|a|> is listed twice";
        QTest::newRow("special bad UTF-8") << head + "1\n<|\xe9|> 256\n" << text << "line 4: not valid UTF-8 (byte 0xe9)";
        QTest::newRow("merge one field") << head + "0\n97 98\n99\n" << text << "line 5: expected a merge as '<idA> <idB>', found '99'";
        QTest::newRow("merge three fields") << head + "0\n97 98 99\n" << text << "line 4: expected a merge as '<idA> <idB>'";
        QTest::newRow("merge not numbers") << head + "0\na b\n" << text << "line 4: expected a merge of two non-negative ids, found 'a b'";
        QTest::newRow("merge negative") << head + "0\n97 -98\n" << text << "line 4: expected a merge of two non-negative ids";
        QTest::newRow("merge uses itself") << head + "0\n256 97\n" << text << "line 4: merge '256 97' uses id 256, which is not defined before it";
        QTest::newRow("merge uses later id") << head + "0\n97 98\n97 300\n" << text << "line 5: merge '97 300' uses id 300";
        QTest::newRow("merge uses special") << head + "1\n<|a|> 256\n256 97\n" << text << "line 5: merge '256 97' uses id 256";
        QTest::newRow("specials share an id") << head + "2\n<|a|> 256\n<|b|> 256\n" << text << "line 5: special tokens <|a|> and <|b|> share the id 256";
        QTest::newRow("special on a byte") << head + "1\n<|a|> 101\n" << text << "line 4: special token <|a|> has id 101, which is the byte 0x65; special ids come after the base and merge ids (from 256)";
        QTest::newRow("special on a code") << head + "1\n<|a|> 7\n" << speech << "line 4: special token <|a|> has id 7, which is the code 7";
        QTest::newRow("special on a merge") << head + "2\n<|a|> 258\n<|b|> 257\n97 98\n99 100\n" << text << "line 5: special token <|b|> has id 257, which is merge '99 100'; special ids come after the base and merge ids (from 258)";
        QTest::newRow("merge repeated") << head + "0\n97 98\n99 100\n97 98\n" << text << "line 6: merge '97 98' repeats the merge that became id 256";
        QTest::newRow("speech merge before 1024") << head + "0\n1024 5\n" << speech << "line 4: merge '1024 5' uses id 1024";
        QByteArray doubling = head + "0\n97 97\n";
        for (int k = 0; k < 20; ++k) doubling += QByteArray::number(256 + k) + " " + QByteArray::number(256 + k) + "\n";
        QTest::newRow("token size explosion") << doubling << text << "line 24: merge '275 275' makes a token of 2097152 bytes";
    }

    void malformedModels() {
        QFETCH(QByteArray, model);
        QFETCH(int, alphabet);
        QFETCH(QString, expected);
        const auto kind = alphabet == 0 ? BpeAlphabet::Bytes : BpeAlphabet::Codebook;
        const std::string text = model.toStdString();
        const auto f = failureOf([&] { BpeTokenizer::fromString(text, kind, "bad.model"); });
        QVERIFY2(f.has_value(), "accepted");
        QVERIFY2(f->kind() == ErrorKind::Format, f->what());
        QVERIFY2(QString::fromUtf8(f->what()).startsWith("bad.model: "), f->what());
        QVERIFY2(QString::fromUtf8(f->what()).contains(expected),
                 qPrintable(QString("'%1' lacks '%2'").arg(QString::fromUtf8(f->what()), expected)));
    }

    void oversizedAndMissingFiles() {
        const std::string huge(BpeTokenizer::kMaxModelBytes + 1, '1');
        VERIFY_FAILS(BpeTokenizer::fromString(huge, BpeAlphabet::Bytes, "huge.model"), ErrorKind::Format,
                     "huge.model: 67108865 bytes; a tokenizer model is at most 64 MiB");
        QTemporaryDir dir;
        VERIFY_FAILS(BpeTokenizer::fromFile((dir.path() + "/missing.model").toStdString(), BpeAlphabet::Bytes),
                     ErrorKind::Io, "missing.model: cannot open");
        const std::string bad = mars5::test::writeBytes(dir.path() + "/bad.model", "minbpe v1\np\n0\n97\n");
        VERIFY_FAILS(BpeTokenizer::fromFile(bad, BpeAlphabet::Bytes), ErrorKind::Format, "/bad.model: line 4: expected a merge");
    }

    void tokenizerPairChecks() {
        const std::string speechModel = readText(fixture("mars5/speechtok.model"));
        const std::string textModel = readText(fixture("mars5/texttok.model"));
        VERIFY_FAILS(loadMars5Tokenizers("minbpe v1\np\n1\n<|endoftext|> 256\n", speechModel, "ar.safetensors"),
                     ErrorKind::Format, "ar.safetensors: texttok.model: no special token <|startoftext|>");
        VERIFY_FAILS(loadMars5Tokenizers(textModel, "minbpe v1\np\n0\n0 1\n", "ar.safetensors"), ErrorKind::Format,
                     "ar.safetensors: speechtok.model: no special token <|endofspeech|>");
        // A special id above the vocabulary would alias a speech id in the AR space.
        VERIFY_FAILS(loadMars5Tokenizers("minbpe v1\np\n2\n<|startoftext|> 256\n<|endoftext|> 5000\n", speechModel, "ar"),
                     ErrorKind::Format, "special token <|endoftext|> has id 5000 but the vocabulary has only 258 ids");
        VERIFY_FAILS(loadMars5Tokenizers(textModel, speechModel, "ar").text.decode(std::vector<int>{9999}),
                     ErrorKind::InvalidArgument, "ar: texttok.model: id 9999");
    }

    // What the reference tolerates in a model file, and so do we: CRLF or CR line ends,
    // surrounding whitespace, blank lines between and after the merges.
    void tolerantParsing() {
        const std::string original = readText(fixture("mars5/texttok.model"));
        std::string crlf, cr, padded;
        for (char c : original) {
            crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
            cr += c == '\n' ? '\r' : c;
        }
        std::istringstream lines(original);
        int n = 0;
        for (std::string line; std::getline(lines, line); ++n) padded += "  " + line + " \t\n" + (n > 10 && n % 7 == 0 ? "\n" : "");
        padded += "\n\n";
        const std::string sample = "Somebody has to keep the light on, don't they? <|endoftext|>";
        const auto expected = m_text->encode(sample);
        for (const std::string* variant : {&crlf, &cr, &padded}) {
            const auto tok = BpeTokenizer::fromString(*variant, BpeAlphabet::Bytes, "variant");
            QCOMPARE(tok.vocabSize(), m_text->vocabSize());
            COMPARE_IDS(tok.encode(sample), expected, "variant");
        }
    }

    // --- the BPE loop -------------------------------------------------------------------------

    void bpeMatchesMinbpeLoop() {
        std::mt19937 rng(20240607);
        for (int round = 0; round < 20; ++round) {
            const RandomModel text = randomModel(rng, 256, {'a', 'b', 'c', 'd'}, 150, "<|x|>");
            const auto textTok = BpeTokenizer::fromString(text.text, BpeAlphabet::Bytes, "random text");
            const RandomModel speech = randomModel(rng, 1024, {0, 1, 2, 1023}, 150, "<|endofspeech|>");
            const auto speechTok = BpeTokenizer::fromString(speech.text, BpeAlphabet::Codebook, "random speech");
            for (int k = 0; k < 25; ++k) {
                const int len = std::uniform_int_distribution<int>(0, 300)(rng);
                std::string chunk;
                std::vector<int> codes;
                for (int i = 0; i < len; ++i) {
                    chunk.push_back("abcd"[rng() % 4]);
                    codes.push_back(std::vector<int>{0, 1, 2, 1023}[rng() % 4]);
                }
                const std::vector<int> bytes = byteIds(chunk);
                COMPARE_IDS(textTok.encodeChunk(chunk), naiveMerges(bytes, text.merges), "random text chunk");
                const std::vector<int> ids = encodeSpeech(speechTok, codes);
                COMPARE_IDS(ids, naiveMerges(codes, speech.merges), "random speech");
                COMPARE_IDS(decodeSpeechCodes(speechTok, ids), codes, "speech round trip");
            }
        }
    }

    // --- long texts -----------------------------------------------------------------------

    void longTexts_data() {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("selfContained");  // encode(unit * n) == encode(unit) * n
        QTest::newRow("prose") << " The keeper climbed 142 steps on the 14th of March, didn't he?" << true;
        QTest::newRow("one letter") << "a" << false;
        QTest::newRow("one long word") << "thekeeperclimbedthesteps" << false;
        QTest::newRow("spaces") << " " << false;
        QTest::newRow("newlines and spaces") << " \n" << false;
        QTest::newRow("emoji") << QString::fromUtf8("\U0001F469\u200D\U0001F469\u200D\U0001F467") << false;
        QTest::newRow("digits") << "1234567" << false;
        QTest::newRow("punctuation") << "!?" << false;
    }

    void longTexts() {
        QFETCH(QString, unit);
        QFETCH(bool, selfContained);
        const std::string piece = unit.toStdString();
        std::string text;
        const std::size_t pieceLength = countCodePoints(piece);
        for (std::size_t length = 0; length < 100'000; length += pieceLength) text += piece;

        QElapsedTimer timer;
        timer.start();
        const std::vector<int> ids = m_text->encode(text);
        const qint64 ms = timer.elapsed();
        qInfo("%s: %zu code points -> %zu ids in %lld ms", QTest::currentDataTag(), countCodePoints(text), ids.size(), ms);
        // Linear-time splitting and O(n log n) merging take milliseconds here; the bound
        // only catches a quadratic regression (it would take minutes), even on a slow CI.
        QVERIFY2(ms < 5000, qPrintable(QString("took %1 ms").arg(ms)));
        QCOMPARE(m_text->decode(ids), text);
        if (selfContained) {
            const std::vector<int> one = m_text->encode(piece);
            QCOMPARE(ids.size() % one.size(), std::size_t(0));
            for (std::size_t i = 0; i < ids.size(); i += one.size())
                QVERIFY(std::equal(one.begin(), one.end(), ids.begin() + std::ptrdiff_t(i)));
        }
        // The merge loop checked against the plain restatement of minbpe's, chunk by chunk
        // (for most rows the whole text is one long chunk).
        std::map<std::pair<int, int>, int> merges;
        std::istringstream lines(readText(fixture("mars5/texttok.model")));
        std::string line;
        for (int i = 0; i < 5 && std::getline(lines, line); ++i) {}  // header, pattern, count, 2 specials
        for (int id = 256; lines >> std::ws && !lines.eof(); ++id) {
            int a = 0, b = 0;
            lines >> a >> b;
            merges[{a, b}] = id;
        }
        QCOMPARE(int(merges.size()), m_text->mergeCount());
        std::vector<int> naive;
        for (auto chunk : m_text->splitChunks(text)) {
            const auto n = naiveMerges(byteIds(chunk), merges);
            naive.insert(naive.end(), n.begin(), n.end());
        }
        COMPARE_IDS(ids, naive, "long text vs minbpe loop");
    }

    void concurrentEncodes() {
        std::string text;
        for (const json& c : m_goldens.at("text_cases")) text += c.at("text").get<std::string>() + " ";
        const std::vector<int> expected = m_text->encode(text);
        std::vector<std::vector<int>> results(4);
        std::vector<std::thread> threads;
        for (auto& r : results)
            threads.emplace_back([&] {
                for (int k = 0; k < 50; ++k) r = m_text->encode(text);
            });
        for (auto& t : threads) t.join();
        for (const auto& r : results) COMPARE_IDS(r, expected, "concurrent encode");
    }
};

QTEST_APPLESS_MAIN(TestTokenizer)
#include "test_tokenizer.moc"
