#include "wav_output.h"

#include <cstdio>
#include <iostream>

namespace mars5::cli {

Result<void> writeOutputWav(const std::string& path, const AudioBuffer& audio, bool asFloat, const std::string& floatFlag) {
    auto written = writeWav(path, audio, asFloat ? WavFormat::Float32 : WavFormat::Pcm16);
    if (!written || asFloat) return written;
    if (const AudioPeak peak = measurePeak(audio.samples); peak.overFullScale > 0) {
        char dbfs[32];
        std::snprintf(dbfs, sizeof dbfs, "%+.1f", peak.peakDbfs());
        std::cerr << "warning: " << path << ": " << peak.overFullScale << (peak.overFullScale == 1 ? " sample" : " samples")
                  << " above full scale (peak " << dbfs << " dBFS) clipped in 16 bits; " << floatFlag << " keeps them\n";
    }
    return written;
}

}  // namespace mars5::cli
