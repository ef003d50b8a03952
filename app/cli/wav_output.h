// The audio file a command writes for the user: its format, and a warning when an integer
// format clips it.
#pragma once

#include "mars5/audio.h"

#include <string>

namespace mars5::cli {

// The format of an output file. `formatOption` (--format; empty when not given) wins; else
// `floatFlag` (the command's shortcut for 32-bit float WAV) picks wav-float; else the name
// decides: FLAC for ".flac", 16-bit WAV otherwise. Errors: an unknown --format, or --format
// and the float flag asking for different things.
Result<AudioFileFormat> chooseOutputFormat(const std::string& path, const std::string& formatOption, bool floatFlag,
                                           const std::string& floatFlagName);

// Writes `audio` to `path` in `format`. Vocoder output is not bounded, so an integer format
// may clip peaks above full scale: then a warning on stderr says how many samples and how
// loud, and that `--format wav-float` keeps them.
Result<void> writeOutputAudio(const std::string& path, const AudioBuffer& audio, AudioFileFormat format);

}  // namespace mars5::cli
