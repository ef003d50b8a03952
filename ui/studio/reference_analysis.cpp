#include "studio/reference_analysis.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mars5::ui {

namespace {

// lupdate files these free tr() calls under the enclosing namespace: look them up there.
QString tr(const char* text) { return QCoreApplication::translate("mars5::ui", text); }

double toDb(double amplitude) { return amplitude > 1e-6 ? 20.0 * std::log10(amplitude) : -120.0; }

QString db(double value) { return QLocale().toString(value, 'f', value > -10 && value < 10 ? 1 : 0); }

// A value at fraction q of the sorted values (nearest rank).
double percentile(std::vector<double> values, double q) {
    if (values.empty()) return -120.0;
    const auto k = static_cast<std::size_t>(std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1) + 0.5);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

}  // namespace

ReferenceAnalysis::Level ReferenceAnalysis::worst() const {
    Level w = Level::Good;
    for (const Finding* f : {&duration, &peakFinding, &loudness, &noise}) w = std::max(w, f->level);
    return w;
}

QList<ReferenceAnalysis::Finding> ReferenceAnalysis::notable() const {
    QList<Finding> out;
    for (const Finding* f : {&duration, &peakFinding, &loudness, &noise})
        if (f->level != Level::Good && !f->text.isEmpty()) out << *f;
    return out;
}

QStringList ReferenceAnalysis::messages() const {
    QStringList out;
    for (const Finding& f : notable()) out << f.text;
    return out;
}

QString ReferenceAnalysis::summaryLine() const {
    QString line = tr("%1 s · peak %2 dBFS").arg(QLocale().toString(durationSeconds, 'f', 1), db(peakDbfs));
    if (clippedSamples > 0) line += tr(" (%1 clipped)").arg(clippedSamples);
    line += tr(" · RMS %1 dBFS").arg(db(rmsDbfs));
    if (silent)
        line += tr(" · silent");
    else
        line += tr(" · noise floor %1 dBFS (SNR %2 dB)").arg(db(noiseFloorDbfs), QLocale().toString(snrDb, 'f', 0));
    return line;
}

ReferenceAnalysis analyseReference(const std::vector<float>& samples, int sampleRate) {
    ReferenceAnalysis a;
    using Level = ReferenceAnalysis::Level;
    if (samples.empty() || sampleRate <= 0) {
        a.silent = true;
        a.duration = {Level::Warning, tr("No reference audio: open, drop or record a clip of 2 to 12 s.")};
        return a;
    }
    a.durationSeconds = static_cast<double>(samples.size()) / sampleRate;

    double sumSquares = 0.0;
    for (float x : samples) {
        const double v = std::abs(static_cast<double>(x));
        a.peak = std::max(a.peak, v);
        if (v >= kClipThreshold) ++a.clippedSamples;
        sumSquares += v * v;
    }
    a.peakDbfs = toDb(a.peak);
    a.rmsDbfs = toDb(std::sqrt(sumSquares / static_cast<double>(samples.size())));

    // Levels of 20 ms frames: the quiet end is the background, the loud end the voice.
    const std::size_t frame = std::max<std::size_t>(1, static_cast<std::size_t>(sampleRate / 50));
    std::vector<double> levels;
    for (std::size_t start = 0; start + frame <= samples.size(); start += frame) {
        double s = 0.0;
        for (std::size_t i = start; i < start + frame; ++i) s += double(samples[i]) * samples[i];
        levels.push_back(toDb(std::sqrt(s / static_cast<double>(frame))));
    }
    if (levels.empty()) levels.push_back(a.rmsDbfs);
    a.noiseFloorDbfs = percentile(levels, 0.10);
    a.speechDbfs = percentile(levels, 0.95);
    a.snrDb = a.speechDbfs - a.noiseFloorDbfs;
    a.silent = a.peakDbfs < -80.0;

    // Duration against the guidance: 2-12 s usable, about 6 s best.
    const double d = a.durationSeconds;
    if (d < kShortestReference)
        a.duration = {Level::Warning, tr("Too short: MARS5 needs at least 2 s of voice; about 6 s works best.")};
    else if (d > kLongestReference)
        a.duration = {Level::Warning, tr("Longer than 12 s: only the last 12 s are used. Select the best 6 s and trim.")};
    else if (d < 4.0 || d > 9.0)
        a.duration = {Level::Note, tr("Usable length; about 6 s usually clones best.")};
    else
        a.duration = {Level::Good, tr("Good length.")};

    if (a.silent)
        a.peakFinding = {Level::Warning, tr("The clip is silent: there is no voice to clone.")};
    else if (a.clippedSamples > 0)
        a.peakFinding = {Level::Warning,
                         tr("Clipping: %1 samples hit full scale, so the voice is distorted and the clone will copy "
                            "the distortion. Record again with lower input gain.")
                             .arg(a.clippedSamples)};
    else if (a.peakDbfs < -30.0)
        a.peakFinding = {Level::Warning, tr("Very quiet (peak below −30 dBFS): record closer to the microphone or "
                                            "with more gain.")};
    else
        a.peakFinding = {Level::Good, {}};

    if (!a.silent && a.rmsDbfs < -40.0)
        a.loudness = {Level::Note, tr("Quiet overall (RMS below −40 dBFS); the clone may come out soft.")};

    if (!a.silent) {
        if (a.snrDb < 15.0)
            a.noise = {Level::Warning,
                       tr("Noisy: the background is nearly as loud as the voice (SNR %1 dB). MARS5 clones the "
                          "room and the hiss too; use a quieter recording.")
                           .arg(QLocale().toString(a.snrDb, 'f', 0))};
        else if (a.snrDb < 30.0 || a.noiseFloorDbfs > -50.0)
            a.noise = {Level::Note, tr("Some background noise (floor %1 dBFS, SNR %2 dB); a cleaner clip clones better.")
                                        .arg(db(a.noiseFloorDbfs), QLocale().toString(a.snrDb, 'f', 0))};
    }
    return a;
}

}  // namespace mars5::ui
