// The warnings a run of the engine gives, in words (mars5::Notice). Kept out of engine.cpp so
// that lupdate, which follows #includes, reads these patterns without parsing libtorch.
//
// Torch-free.
#pragma once

#include "mars5/notice.h"

#include <cstdint>
#include <string>

namespace mars5 {

// The early-EOS estimate does not fit in what the length budget leaves after the prompt.
Notice textOverBudgetNotice(std::int64_t expectedTokens, std::int64_t budget, std::int64_t room);
// The AR ran into the length budget without an end of speech.
Notice lengthBudgetReachedNotice(std::int64_t budget);
// The AR ended before its first codec frame.
Notice noCodesNotice(std::int64_t tokens);
// A forward pass's CUDA graph capture failed (`reason`: its error); the run went on without graphs.
Notice graphCaptureFailedNotice(const std::string& reason);
// Deep clone: nothing is left after the reference frames are dropped.
Notice deepCloneNothingLeftNotice();
// Vocos got `count` pad-class codes, each replaced by a neighbouring frame's code.
Notice padCodesReplacedNotice(std::int64_t count);
// A long text's piece whose audio the trim removed entirely (mars5/long_text.h).
Notice silentPieceNotice(std::int64_t piece, std::int64_t pieces);

}  // namespace mars5
