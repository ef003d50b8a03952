// Fuzz target: a respellings list (respellings.json, read at the studio's start and by
// `tts --respellings`; edited by hand, it can hold anything). Beyond "no crash": a refusal is
// never Internal and names the file; a list that reads is written and read back unchanged; and
// applied to a text made of its own written forms, the count shown is the count replaced.
#include "fuzz_support.h"
#include "mars5/respellings.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit cleanup;
    const std::string& path = mars5::fuzz::writeInput(data, size);
    const auto list = mars5::readRespellings(path);
    if (!list) {
        mars5::fuzz::tell("refused", list.error().message);
        if (list.error().kind == mars5::ErrorKind::Internal) mars5::fuzz::finding("an internal error", list.error().message);
        if (list.error().message.rfind(path, 0) != 0) mars5::fuzz::finding("a refusal that does not name the file", list.error().message);
        return 0;
    }
    mars5::fuzz::tell("accepted", std::to_string(list->size()) + " respellings");
    const std::string copy = path + ".written";
    if (const auto written = mars5::writeRespellings(copy, *list); !written)
        mars5::fuzz::finding("a list that reads cannot be written", written.error().message);
    const auto again = mars5::readRespellings(copy);
    std::remove(copy.c_str());
    if (!again || *again != *list) mars5::fuzz::finding("the list changed on its way through its file", again ? "" : again.error().message);
    std::string text = "Start. ";
    for (const mars5::Respelling& r : *list) text += r.written + ", " + r.said + " and " + r.written + "x. ";
    const mars5::RespelledText respelled = mars5::respell(text, *list);
    if (respelled.words != mars5::countRespellings(text, *list)) mars5::fuzz::finding("the count differs from the words replaced", text);
    if (respelled.words == 0 && respelled.text != text) mars5::fuzz::finding("nothing replaced, yet the text changed", respelled.text);
    return 0;
}
