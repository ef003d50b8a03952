// The tiny fixture models as one engine's files (the MARS5 AR/NAR of tests/fixtures/mars5 with
// the tiny Encodec + Vocos of tests/fixtures/codec, which fit together) and the reference clip
// the engine tests speak with.
#pragma once

#include "mars5/audio.h"
#include "mars5/engine.h"

#include <filesystem>
#include <string>

namespace mars5::test {

inline std::filesystem::path fixturePath(const std::string& relative) { return std::filesystem::path(MARS5_TEST_FIXTURES) / relative; }

inline ModelPaths tinyModelPaths() {
    ModelPaths p;
    p.ar = fixturePath("mars5/mars5_tiny_ar.safetensors").string();
    p.nar = fixturePath("mars5/mars5_tiny_nar.safetensors").string();
    p.encodec = fixturePath("codec/encodec_tiny.th").string();
    p.vocos = fixturePath("codec/vocos_tiny_pytorch_model.bin").string();
    p.vocosConfig = fixturePath("codec/vocos_tiny_config.yaml").string();
    return p;
}

// The codec fixtures' input clip, read for the model (24 kHz mono).
inline Result<AudioBuffer> tinyReference() { return loadAudioForModel(fixturePath("codec/input.wav").string()); }

}  // namespace mars5::test
