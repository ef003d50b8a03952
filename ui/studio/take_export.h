// Exporting a take: the audio as a 24 kHz mono WAV (16-bit PCM or 32-bit float) and,
// beside it, a JSON provenance sidecar (same name, .json) that says how it was made:
// text, transcript, reference (file and sha256, the audio's own sha256), every setting,
// the seed, the model files with their sha256, the app version and the stage timings.
// Both appear complete or not at all (written to temporary files, then renamed).
#pragma once

#include "studio/synthesis_controller.h"

#include "mars5/audio.h"

#include <QJsonObject>
#include <QString>

namespace mars5::ui {

// "take.wav" -> "take.json"
QString sidecarPathFor(const QString& wavPath);

// sha256 (hex) of the samples as little-endian float32, for audio that has no file.
QString audioSha256(const std::vector<float>& samples);

using mars5::AudioPeak;
using mars5::measurePeak;

// Empty when a 16-bit export of these samples keeps them all; else one sentence for the user
// saying how many samples clip and how to keep them.
QString pcm16ClippingNote(const AudioPeak& peak);

QJsonObject takeProvenance(const SynthesisOutcome& take, const LoadedModels* models, mars5::AudioFileFormat format);

// Writes the WAV and its sidecar. Empty on success, else what went wrong in plain words
// (nothing is left half-written). A 16-bit export that clips still succeeds: the sidecar's
// audio.clipped_samples says how many, and callers show pcm16ClippingNote.
QString exportTake(const QString& wavPath, const SynthesisOutcome& take, const LoadedModels* models,
                   mars5::AudioFileFormat format);

}  // namespace mars5::ui
