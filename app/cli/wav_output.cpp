#include "wav_output.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

namespace mars5::cli {

Result<AudioFileFormat> chooseOutputFormat(const std::string& path, const std::string& formatOption, bool floatFlag,
                                           const std::string& floatFlagName) {
    if (!formatOption.empty()) {
        auto parsed = parseAudioFileFormat(formatOption);
        if (!parsed) return Error{ErrorKind::InvalidArgument, "--format: " + parsed.message()};
        if (floatFlag && *parsed != AudioFileFormat::WavFloat32)
            return Error{ErrorKind::InvalidArgument,
                         floatFlagName + " asks for 32-bit float WAV but --format asks for " + formatOption + ": give one"};
        return parsed;
    }
    if (floatFlag) return AudioFileFormat::WavFloat32;
    std::string suffix = std::filesystem::path(path).extension().string();
    std::transform(suffix.begin(), suffix.end(), suffix.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return suffix == ".flac" ? AudioFileFormat::FlacPcm16 : AudioFileFormat::WavPcm16;
}

Result<void> writeOutputAudio(const std::string& path, const AudioBuffer& audio, AudioFileFormat format) {
    auto written = writeAudioFile(path, audio, format);
    if (!written || keepsPeaksAboveFullScale(format)) return written;
    if (const AudioPeak peak = measurePeak(audio.samples); peak.overFullScale > 0) {
        char dbfs[32];
        std::snprintf(dbfs, sizeof dbfs, "%+.1f", peak.peakDbfs());
        std::cerr << "warning: " << path << ": " << peak.overFullScale << (peak.overFullScale == 1 ? " sample" : " samples")
                  << " above full scale (peak " << dbfs << " dBFS) clipped in "
                  << (std::string(sampleEncodingName(format)) == "pcm24" ? "24" : "16") << " bits; --format wav-float keeps them\n";
    }
    return written;
}

}  // namespace mars5::cli
