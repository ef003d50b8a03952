#include "error_notices.h"

#include "translatable.h"

namespace mars5 {

Notice cannotOpenFileNotice(const std::string& path) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: cannot open the file (missing or no permission)"),
            {NoticeValue::words(path)}};
}

Notice noSuchFileNotice(const std::string& path) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: no such file"), {NoticeValue::words(path)}};
}

Notice noSuchModelFileNotice(const std::string& path, const std::string& expected) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: no such file (expected a %2 checkpoint)"),
            {NoticeValue::words(path), NoticeValue::words(expected)}};
}

Notice folderNotCheckpointNotice(const std::string& path) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: is a folder, not a checkpoint file"), {NoticeValue::words(path)}};
}

Notice emptyCheckpointNotice(const std::string& path) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: the file is empty (0 bytes): an interrupted copy or download?"),
            {NoticeValue::words(path)}};
}

Notice notACheckpointNotice(const std::string& path) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: neither a safetensors file nor a PyTorch checkpoint"),
            {NoticeValue::words(path)}};
}

Notice legacyTorchCheckpointNotice(const std::string& path) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: a pre-1.6 PyTorch checkpoint (the old format, not a zip archive), which "
                                               "this program does not read; re-save it with a recent PyTorch (torch.save) or "
                                               "convert it to safetensors"),
            {NoticeValue::words(path)}};
}

Notice swappedMars5FileNotice(const std::string& path, const std::string& found, const std::string& expected) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: this is a %2 checkpoint, not a %3 (AR and NAR files swapped?)"),
            {NoticeValue::words(path), NoticeValue::words(found), NoticeValue::words(expected)}};
}

Notice wrongModelFileNotice(const std::string& path, ModelKind holds, const std::string& expected) {
    // The model's name as a user knows it: the file's naming scheme does not matter here.
    const char* name = nullptr;
    switch (holds) {
    case ModelKind::Mars5Ar: name = "MARS5 AR"; break;
    case ModelKind::Mars5Nar: name = "MARS5 NAR"; break;
    case ModelKind::Encodec24k:
    case ModelKind::Encodec24kHf: name = "Encodec 24 kHz"; break;
    case ModelKind::Vocos: name = "Vocos"; break;
    case ModelKind::Unknown: break;
    }
    if (!name)
        return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: its tensors belong to no model this program reads; %2 weights "
                                                   "are needed here"),
                {NoticeValue::words(path), NoticeValue::words(expected)}};
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: holds %2 weights where %3 weights are needed"),
            {NoticeValue::words(path), NoticeValue::words(name), NoticeValue::words(expected)}};
}

Notice vocosGivenAsEncodecNotice(const std::string& path) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: this is a Vocos vocoder file, not an Encodec checkpoint"),
            {NoticeValue::words(path)}};
}

Notice encodecGivenAsVocosNotice(const std::string& path) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1: this is an Encodec checkpoint, not a Vocos vocoder file"),
            {NoticeValue::words(path)}};
}

Notice promptTooLongNotice(std::int64_t promptLength, std::int64_t textTokens, std::int64_t referenceTokens,
                           std::int64_t maxLength, bool deepClone) {
    if (deepClone)
        return {QT_TRANSLATE_NOOP("mars5::Notice", "the AR prompt has %1 ids (%2 text + %3 reference speech) but the whole "
                                                   "sequence may have at most %4 ids: shorten the text or the reference, "
                                                   "or raise generate_max_len_override"),
                {NoticeValue::integer(promptLength), NoticeValue::integer(textTokens), NoticeValue::integer(referenceTokens),
                 NoticeValue::integer(maxLength)}};
    return {QT_TRANSLATE_NOOP("mars5::Notice", "the AR prompt has %1 ids (%2 text) but the whole sequence may have at "
                                               "most %3 ids: shorten the text, or raise generate_max_len_override"),
            {NoticeValue::integer(promptLength), NoticeValue::integer(textTokens), NoticeValue::integer(maxLength)}};
}

Notice nothingToRefineNotice() {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "the AR stage produced no codes, so there is nothing to refine: try "
                                               "another seed or a longer text"),
            {}};
}

Notice emptyTextNotice() {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "the text to speak is empty (or only whitespace)"), {}};
}

Notice deepCloneNeedsTranscriptNotice() {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "deep clone needs the transcript of the reference audio: give it "
                                               "(--ref-text) or use shallow clone (deep_clone = false)"),
            {}};
}

Notice cudaUnavailableNotice() {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "CUDA was requested but this libtorch build has no CUDA support or no "
                                               "GPU is visible; use --device cpu"),
            {}};
}

Notice noEncodecLoadedNotice() {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "no Encodec model is loaded: give the Encodec weights (--encodec) to use "
                                               "a reference recording"),
            {}};
}

Notice noVocosLoadedNotice() {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "no Vocos model is loaded: give the Vocos weights (--vocos) to make audio"),
            {}};
}

}  // namespace mars5
