// Fuzz target: a "minbpe v1" tokenizer model (a file, or the texttok.model / speechtok.model
// metadata of a checkpoint) and a text to speak. The input is the model text, optionally
// followed by a NUL byte and the text. The model is read as a text tokenizer and as a
// speech tokenizer; where it loads, the text is encoded and the ids decoded again.
#include "fuzz_support.h"
#include "tokenizer.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = input.find('\0');
    const std::string_view model = input.substr(0, nul);
    const std::string_view text =
        nul == std::string_view::npos ? std::string_view("Hello <|endoftext|> w\xc3\xb6rld 123!") : input.substr(nul + 1);

    mars5::fuzz::expectSuccessOrFailure([&] {
        const auto tok = mars5::BpeTokenizer::fromString(model, mars5::BpeAlphabet::Bytes, "fuzz texttok");
        const std::vector<int> ids = tok.encode(text);
        for (int id : ids)
            if (!tok.contains(id)) mars5::fuzz::finding("encode() produced an id outside the vocabulary", std::to_string(id));
        const std::string back = tok.decode(ids);
        // Byte-level BPE loses nothing: valid UTF-8 text decodes to itself.
        if (back != text) mars5::fuzz::finding("decode(encode(text)) differs from the text", back);
    });
    mars5::fuzz::expectSuccessOrFailure([&] {
        const auto tok = mars5::BpeTokenizer::fromString(model, mars5::BpeAlphabet::Codebook, "fuzz speechtok");
        std::vector<int> codes;
        for (unsigned char c : text) codes.push_back((c * 4 + static_cast<int>(codes.size())) % 1024);
        const std::vector<int> merged = tok.applyMerges(codes);
        std::vector<int> expanded;
        for (int id : merged) tok.appendBaseIds(id, expanded);
        if (expanded != codes) mars5::fuzz::finding("the merges do not expand back to the codes", "");
        (void)tok.decode(merged);
    });
    return 0;
}
