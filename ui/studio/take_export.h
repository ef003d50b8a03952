// Exporting a take: the audio in the chosen format, rate and loudness (studio/export_options.h)
// and, beside it, a JSON provenance sidecar (same name, .json) that says how it was made:
// text, transcript, reference (file and sha256, the audio's own sha256), every setting, the
// seed, the model files with their sha256, the app version, the stage timings and how the file
// was made from the take. Both appear complete or not at all (temporary files, then renamed).
#pragma once

#include "studio/export_options.h"
#include "studio/synthesis_controller.h"

#include "mars5/audio.h"

#include <QJsonObject>
#include <QString>

namespace mars5::ui {

// "take.wav" -> "take.json"
QString sidecarPathFor(const QString& audioPath);

// sha256 (hex) of the samples as little-endian float32, for audio that has no file.
QString audioSha256(const std::vector<float>& samples);

using mars5::AudioPeak;
using mars5::measurePeak;

// Empty when `format` keeps every sample of audio with this peak; else one sentence for the
// user saying how many samples clip and how to keep them.
QString clippingNote(const AudioPeak& peak, mars5::AudioFileFormat format);

// `history`: the take as the history knows it ({"id", "name", "note", "starred"}) when it is
// exported from there; it goes into the sidecar under "take".
QJsonObject takeProvenance(const SynthesisOutcome& take, const LoadedModels* models, const ExportOptions& options,
                           const PreparedExportAudio& file, const QJsonObject& history = {});

struct TakeExportResult {
    QString error;  // empty on success, else what went wrong in plain words
    PreparedExportAudio file;  // the samples written (on success)
    bool ok() const { return error.isEmpty(); }
    // clippingNote() for what was written; empty when nothing clipped.
    QString clippingNote(mars5::AudioFileFormat format) const;
};

// Writes the audio file and its sidecar; nothing is left half-written. An export that clips
// still succeeds: the sidecar's audio.clipped_samples says how many, and callers show the
// result's clippingNote.
TakeExportResult exportTake(const QString& path, const SynthesisOutcome& take, const LoadedModels* models,
                            const ExportOptions& options, const QJsonObject& history = {});

}  // namespace mars5::ui
