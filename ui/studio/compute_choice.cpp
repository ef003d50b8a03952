#include "studio/compute_choice.h"

#include <QCoreApplication>
#include <QSettings>

namespace mars5::ui {

namespace {

const QString kDeviceKey = QStringLiteral("compute/device");
const QString kPrecisionKey = QStringLiteral("compute/precision");

// Stored as words, so the settings file reads plainly and survives reordered enums.
QString deviceWord(ComputeChoice::Device d) {
    switch (d) {
    case ComputeChoice::Device::Cpu: return QStringLiteral("cpu");
    case ComputeChoice::Device::Cuda: return QStringLiteral("cuda");
    case ComputeChoice::Device::Automatic: break;
    }
    return QStringLiteral("auto");
}

QString precisionWord(ComputeChoice::Precision p) {
    switch (p) {
    case ComputeChoice::Precision::Float32: return QStringLiteral("float32");
    case ComputeChoice::Precision::Float16: return QStringLiteral("float16");
    case ComputeChoice::Precision::BFloat16: return QStringLiteral("bfloat16");
    case ComputeChoice::Precision::Automatic: break;
    }
    return QStringLiteral("auto");
}

}  // namespace

ComputeChoice ComputeChoice::saved() {
    QSettings settings;
    const QString device = settings.value(kDeviceKey).toString();
    const QString precision = settings.value(kPrecisionKey).toString();
    ComputeChoice c;
    for (const Device d : {Device::Cpu, Device::Cuda})
        if (device == deviceWord(d)) c.device = d;
    for (const Precision p : {Precision::Float32, Precision::Float16, Precision::BFloat16})
        if (precision == precisionWord(p)) c.precision = p;
    return c;
}

void ComputeChoice::save() const {
    QSettings settings;
    settings.setValue(kDeviceKey, deviceWord(device));
    settings.setValue(kPrecisionKey, precisionWord(precision));
}

void applyComputeChoice(const ComputeChoice& choice, bool cudaUsable, mars5::EngineOptions& options) {
    using D = ComputeChoice::Device;
    using P = ComputeChoice::Precision;
    const bool gpu = choice.device == D::Cuda || (choice.device == D::Automatic && cudaUsable);
    options.device = gpu ? mars5::ComputeDevice::Cuda : mars5::ComputeDevice::Cpu;
    switch (choice.precision) {
    case P::Float32: options.dtype = mars5::ComputeDType::Float32; break;
    case P::Float16: options.dtype = mars5::ComputeDType::Float16; break;
    case P::BFloat16: options.dtype = mars5::ComputeDType::BFloat16; break;
    case P::Automatic: options.dtype = mars5::automaticDType(options.device); break;
    }
}

QString describeCompute(mars5::ComputeDevice device, mars5::ComputeDType dtype) {
    const QString where = device == mars5::ComputeDevice::Cuda ? QCoreApplication::translate("ComputeChoice", "GPU (CUDA)")
                                                               : QCoreApplication::translate("ComputeChoice", "CPU");
    return QStringLiteral("%1, %2").arg(where, QString::fromLatin1(mars5::toString(dtype)));
}

}  // namespace mars5::ui
