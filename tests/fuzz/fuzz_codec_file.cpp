// Fuzz target: a file given as the Encodec or Vocos model (original .th, Hugging Face
// safetensors or pytorch_model.bin, our converted files). The codec loader reads the
// container itself, recognises the model from the tensor names and checks every tensor
// against the shapes the model needs.
#include "codec_loading.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit cleanup;
    const std::string& path = mars5::fuzz::writeInput(data, size);
    mars5::fuzz::expectSuccessOrFailure([&] {
        const mars5::TensorFile file = mars5::readTensorFile(path);
        switch (mars5::identifyCodecModel(file.tensors)) {
        case mars5::CodecFileModel::Encodec: (void)mars5::encodecFromTensors(file.tensors, path); break;
        case mars5::CodecFileModel::Vocos:
            (void)mars5::vocosFromTensors(file.tensors, mars5::inferVocosConfig(file.tensors), path);
            break;
        case mars5::CodecFileModel::Unknown: break;
        }
    });
    return 0;
}
