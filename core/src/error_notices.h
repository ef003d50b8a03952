// The errors a user meets in normal use (a file that cannot be opened, a file that is no
// checkpoint, a request the engine refuses), in words (mars5::Notice) that the studio translates.
// Kept out of the torch-using sources so that lupdate, which follows #includes, reads these
// patterns without parsing libtorch. Deeper diagnostics (a tensor's shape, a pickle opcode) stay
// plain English messages: they are for a bug report, not for a voice designer.
//
// Torch-free.
#pragma once

#include "mars5/checkpoint_info.h"
#include "mars5/notice.h"

#include <cstdint>
#include <string>

namespace mars5 {

// A file that is missing or not readable by this user.
Notice cannotOpenFileNotice(const std::string& path);
// A path where no file is.
Notice noSuchFileNotice(const std::string& path);
// A path where no file is, given for a model file of the kind `expected` ("MARS5 AR").
Notice noSuchModelFileNotice(const std::string& path, const std::string& expected);
// A checkpoint path that names a folder.
Notice folderNotCheckpointNotice(const std::string& path);
// A checkpoint file of 0 bytes.
Notice emptyCheckpointNotice(const std::string& path);
// A file that is neither safetensors nor a PyTorch zip.
Notice notACheckpointNotice(const std::string& path);
// A PyTorch checkpoint in the pickle format torch.save wrote before PyTorch 1.6 (no zip), which
// this program does not read; old downloads of the codec weights can be such files.
Notice legacyTorchCheckpointNotice(const std::string& path);

// A MARS5 checkpoint of the other kind (`found`, "MARS5 NAR (ResidualTransformer)") where one of
// kind `expected` is needed: the AR and NAR files swapped.
Notice swappedMars5FileNotice(const std::string& path, const std::string& found, const std::string& expected);
// The weights of another model (`holds`), or of none this program reads (ModelKind::Unknown),
// where weights of kind `expected` ("MARS5 AR (CodecLM)") are needed.
Notice wrongModelFileNotice(const std::string& path, ModelKind holds, const std::string& expected);
// The Vocos weights given as the Encodec checkpoint, and the other way round.
Notice vocosGivenAsEncodecNotice(const std::string& path);
Notice encodecGivenAsVocosNotice(const std::string& path);

// The AR's prompt (`textTokens` of text, and in deep clone `referenceTokens` of the reference's
// speech) leaves no room in the `maxLength` ids a sequence may have.
Notice promptTooLongNotice(std::int64_t promptLength, std::int64_t textTokens, std::int64_t referenceTokens,
                           std::int64_t maxLength, bool deepClone);
// The NAR was given a coarse result with no codes.
Notice nothingToRefineNotice();
// The text to speak is empty or only whitespace.
Notice emptyTextNotice();
// Deep clone was asked for without the reference's transcript.
Notice deepCloneNeedsTranscriptNotice();
// The GPU was asked for, and this build or this machine has none.
Notice cudaUnavailableNotice();
// Encoding a reference needs the Encodec weights, which were not given.
Notice noEncodecLoadedNotice();
// Making audio needs the Vocos weights, which were not given.
Notice noVocosLoadedNotice();

}  // namespace mars5
