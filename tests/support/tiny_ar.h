// The tiny fixture AR model and its tokenizers (tests/fixtures/mars5), for tests of the AR
// model, the sampler and the decode loop.
#pragma once

#include "ar_model.h"
#include "mars5_checkpoint.h"
#include "temp_files.h"
#include "tokenizer.h"

namespace mars5::test {

struct TinyAr {
    ArModel model;
    Mars5Tokenizers tok;
};

inline TinyAr loadTinyAr(c10::ScalarType dtype = c10::ScalarType::Float) {
    Mars5LoadOptions o;
    o.configOverridePath = fixture("mars5/tiny_config.json");
    o.dtype = dtype;
    const auto ck = loadMars5Checkpoint(fixture("mars5/mars5_tiny_ar.safetensors"), Mars5ModelKind::Ar, o);
    return {ArModel::fromCheckpoint(ck), loadMars5Tokenizers(ck.texttokModel, ck.speechtokModel, "tiny")};
}

}  // namespace mars5::test
