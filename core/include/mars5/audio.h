// Audio files in and out of the engine: any format libsndfile reads (WAV in 16/24/32-bit
// integer or float, FLAC, OGG/Vorbis, Opus, MP3 where the library has it), mixed down
// to mono, resampled with soxr; WAV (16/24-bit PCM, 32-bit float) or FLAC (16/24-bit) written
// atomically.
#pragma once

#include "mars5/error.h"
#include "mars5/notice.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mars5 {

// The rate of every model in the pipeline (Encodec 24 kHz, MARS5, Vocos).
inline constexpr int kModelSampleRate = 24000;

// The largest sample magnitude accepted, about +600 dBFS. No recording comes near it (a float
// file holding 32-bit integer values is +187 dBFS); a file beyond it is corrupt, and filtering
// such values could overflow a float (resampling 3.4e38 gave infinities).
inline constexpr float kMaxSampleMagnitude = 1e30f;

struct AudioBuffer {
    std::vector<float> samples;  // mono, nominally in [-1, 1]
    int sampleRate = 0;
    // Things worth telling the user that did not stop the read (e.g. "file is truncated").
    std::vector<Notice> warnings;

    double durationSeconds() const {
        return sampleRate > 0 ? static_cast<double>(samples.size()) / sampleRate : 0.0;
    }
};

struct AudioFileInfo {
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0;
    std::string container;  // "WAV", "FLAC", ...
    std::string encoding;   // "Signed 16 bit PCM", "32 bit float", ...
    double durationSeconds() const { return sampleRate > 0 ? static_cast<double>(frames) / sampleRate : 0.0; }
};

struct AudioReadOptions {
    // Longest file accepted, so a stray hour-long file cannot exhaust memory.
    // Ten minutes covers any reference clip (MARS5 uses at most 12 s) and review material.
    double maxSeconds = 600.0;
};

Result<AudioFileInfo> probeAudio(const std::string& path);

// Reads and mixes down to mono at the file's own rate. Errors: unreadable or unknown file,
// zero samples, longer than maxSeconds, NaN or infinite samples.
Result<AudioBuffer> readAudioMono(const std::string& path, const AudioReadOptions& options = {});

// Resamples with soxr at very high quality (flat to 0.9 x Nyquist, 175 dB rejection, linear phase).
Result<AudioBuffer> resample(const AudioBuffer& audio, int targetRate);

// readAudioMono + resample to kModelSampleRate: what the engine takes as a reference. Every
// error message begins with the path.
Result<AudioBuffer> loadAudioForModel(const std::string& path, const AudioReadOptions& options = {});

// What writeAudioFile writes. FLAC is lossless at about half a WAV's size; it holds integers
// only, so like the PCM WAVs it clips samples beyond full scale. 32-bit float keeps them.
enum class AudioFileFormat { WavPcm16, WavPcm24, WavFloat32, FlacPcm16, FlacPcm24 };

inline constexpr AudioFileFormat kAllAudioFileFormats[] = {AudioFileFormat::WavPcm16, AudioFileFormat::WavPcm24,
                                                           AudioFileFormat::WavFloat32, AudioFileFormat::FlacPcm16,
                                                           AudioFileFormat::FlacPcm24};

// "wav" or "flac": the file name suffix, without the dot.
const char* fileSuffix(AudioFileFormat format);
// The command-line name: "wav16", "wav24", "wav-float", "flac16", "flac24".
const char* formatName(AudioFileFormat format);
// How the samples are stored, for provenance records: "pcm16", "pcm24" or "float32".
const char* sampleEncodingName(AudioFileFormat format);
// False for the integer formats, which clip samples beyond full scale.
bool keepsPeaksAboveFullScale(AudioFileFormat format);
// The format a formatName() names (case-insensitive); an InvalidArgument error listing the
// names otherwise.
Result<AudioFileFormat> parseAudioFileFormat(const std::string& name);

// How far audio goes past full scale. Vocoder output is not bounded, so a take can peak above
// 1.0; the integer formats clip those samples (a float WAV keeps them).
struct AudioPeak {
    float peak = 0.0f;              // largest |sample|
    std::size_t overFullScale = 0;  // samples with |x| > 1
    double peakDbfs() const;        // 20 log10(peak); -inf for silence
};
AudioPeak measurePeak(const std::vector<float>& samples);

// Writes a mono file. The integer formats clip to [-1, 1] rather than wrapping. The target
// only appears once it is complete: an error never leaves a truncated file under that name.
Result<void> writeAudioFile(const std::string& path, const AudioBuffer& audio,
                            AudioFileFormat format = AudioFileFormat::WavPcm16);

}  // namespace mars5
