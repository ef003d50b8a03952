// Where the studio runs the model and in what precision. Automatic (the default) uses the GPU
// when this build of libtorch has CUDA and sees a GPU, in float16 (the precision the speed
// targets are set for); otherwise the CPU in float32, the reference's own precision (CPU
// half-precision kernels are slow or missing in libtorch). The choice is kept in QSettings and
// applies to the next load. The same mapping as `mars5-cli tts --device auto --dtype auto`
// (mars5::automaticDType).
#pragma once

#include "mars5/codec.h"
#include "mars5/engine.h"

#include <QString>

namespace mars5::ui {

struct ComputeChoice {
    enum class Device { Automatic, Cpu, Cuda };
    enum class Precision { Automatic, Float32, Float16, BFloat16 };
    Device device = Device::Automatic;
    Precision precision = Precision::Automatic;

    static ComputeChoice saved();  // what the user chose last (QSettings); Automatic when unset or unknown
    void save() const;
    friend bool operator==(const ComputeChoice&, const ComputeChoice&) = default;
};

// The engine's device and dtype for `choice` on a machine where CUDA is (or is not) usable.
// A choice of CUDA stays CUDA without a GPU: the load then fails with a message that says so.
void applyComputeChoice(const ComputeChoice& choice, bool cudaUsable, mars5::EngineOptions& options);

// "GPU (CUDA), float16" / "CPU, float32": for the status bar and the model dialog.
QString describeCompute(mars5::ComputeDevice device, mars5::ComputeDType dtype);

}  // namespace mars5::ui
