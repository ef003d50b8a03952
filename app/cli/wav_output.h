// The WAV a command writes for the user, with a warning when 16 bits clip it.
#pragma once

#include "mars5/audio.h"

#include <string>

namespace mars5::cli {

// Writes `audio` to `path` (32-bit float when asFloat, else 16-bit PCM). Vocoder output is not
// bounded, so a 16-bit file may clip peaks above full scale: then a warning on stderr says how
// many samples and how loud, and names floatFlag, the command's option that keeps them.
Result<void> writeOutputWav(const std::string& path, const AudioBuffer& audio, bool asFloat, const std::string& floatFlag);

}  // namespace mars5::cli
