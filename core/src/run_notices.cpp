#include "run_notices.h"

#include "translatable.h"

namespace mars5 {

Notice textOverBudgetNotice(std::int64_t expectedTokens, std::int64_t budget, std::int64_t room) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "the text needs about %1 AR tokens but the budget of %2 ids leaves %3 after "
                                               "the prompt: the speech will probably be cut short"),
            {NoticeValue::integer(expectedTokens), NoticeValue::integer(budget), NoticeValue::integer(room)}};
}

Notice lengthBudgetReachedNotice(std::int64_t budget) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "the AR reached the length budget of %1 ids without an end of speech: "
                                               "inference likely failed (or raise generate_max_len_override)"),
            {NoticeValue::integer(budget)}};
}

Notice noCodesNotice(std::int64_t tokens) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "the AR produced no codes (it ended after %1 token(s)): there is nothing "
                                               "to refine"),
            {NoticeValue::integer(tokens)}};
}

Notice graphCaptureFailedNotice(const std::string& reason) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "CUDA graph capture failed, running without graphs: %1"),
            {NoticeValue::words(reason)}};
}

Notice deepCloneNothingLeftNotice() {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "deep clone: the AR generated fewer frames than the first reference token "
                                               "it drops, so no new audio is left (the reference crashes here); try "
                                               "another seed or a longer text"),
            {}};
}

Notice silentPieceNotice(std::int64_t piece, std::int64_t pieces) {
    return {QT_TRANSLATE_NOOP("mars5::Notice", "piece %1 of %2 came out silent after the trim and was left out of the take"),
            {NoticeValue::integer(piece), NoticeValue::integer(pieces)}};
}

Notice padCodesReplacedNotice(std::int64_t count) {
    if (count == 1)
        return {QT_TRANSLATE_NOOP("mars5::Notice", "1 pad-class code (1024) replaced by a neighbouring frame's code"), {}};
    return {QT_TRANSLATE_NOOP("mars5::Notice", "%1 pad-class codes (1024) replaced by neighbouring frames' codes"),
            {NoticeValue::integer(count)}};
}

}  // namespace mars5
