// The analyser line under the reference waveform: numbers a voice designer checks before
// cloning a voice (duration against MARS5's 2-12 s guidance, peak and clipping, loudness,
// background noise), each with a plain-language warning when it is off. Qt-free arithmetic
// on the samples; the texts are translated by the panel that shows them.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace mars5::ui {

struct ReferenceAnalysis {
    double durationSeconds = 0.0;
    double peak = 0.0;            // largest |sample|
    double peakDbfs = -120.0;     // 20 log10(peak), floored at -120
    long long clippedSamples = 0; // samples at or beyond the clipping threshold
    double rmsDbfs = -120.0;      // of the whole clip
    double noiseFloorDbfs = -120.0;  // the quiet end of the 20 ms frame levels (10th percentile)
    double speechDbfs = -120.0;      // the loud end (95th percentile)
    double snrDb = 0.0;              // speechDbfs - noiseFloorDbfs
    bool silent = false;             // nothing above -80 dBFS anywhere

    enum class Level { Good, Note, Warning };
    struct Finding {
        Level level = Level::Good;
        QString text;  // one sentence, plain words
    };
    Finding duration, peakFinding, loudness, noise;

    // The worst level among the findings, and the warnings/notes in order (as findings, each
    // with its own level, or as their texts).
    Level worst() const;
    QList<Finding> notable() const;
    QStringList messages() const;
    // "6.2 s · peak −3.1 dBFS · RMS −21 dBFS · noise −62 dBFS (SNR 41 dB)"
    QString summaryLine() const;
};

inline constexpr double kClipThreshold = 0.999;   // |x| at or above this counts as clipped
inline constexpr double kShortestReference = 2.0;   // seconds (below: too little voice)
inline constexpr double kBestReference = 6.0;
inline constexpr double kLongestReference = 12.0;   // MARS5 keeps only the last 12 s

ReferenceAnalysis analyseReference(const std::vector<float>& samples, int sampleRate);

}  // namespace mars5::ui
