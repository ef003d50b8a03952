// Shared by the studio tests: the tiny fixture models (the same set tests/mars5/test_engine
// loads) and a folder that holds copies of them under the names ModelPaths::fromFolder finds.
#pragma once

#include "mars5/engine.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace studio_test {

inline QString fixture(const QString& relative) { return QStringLiteral(MARS5_TEST_FIXTURES "/") + relative; }

inline mars5::ModelPaths tinyPaths() {
    mars5::ModelPaths p;
    p.ar = fixture(QStringLiteral("mars5/mars5_tiny_ar.safetensors")).toStdString();
    p.nar = fixture(QStringLiteral("mars5/mars5_tiny_nar.safetensors")).toStdString();
    p.encodec = fixture(QStringLiteral("codec/encodec_tiny.th")).toStdString();
    p.vocos = fixture(QStringLiteral("codec/vocos_tiny_pytorch_model.bin")).toStdString();
    p.vocosConfig = fixture(QStringLiteral("codec/vocos_tiny_config.yaml")).toStdString();
    return p;
}

// Copies the tiny models into `dir` (with the hyper-parameter sidecar and tokenizers).
inline bool copyTinyModels(const QString& dir) {
    const QStringList mars5Files{QStringLiteral("mars5_tiny_ar.safetensors"), QStringLiteral("mars5_tiny_nar.safetensors"),
                                 QStringLiteral("tiny_config.json"), QStringLiteral("speechtok.model"),
                                 QStringLiteral("texttok.model")};
    for (const QString& f : mars5Files)
        if (!QFile::copy(fixture(QStringLiteral("mars5/") + f), QDir(dir).filePath(f))) return false;
    const QStringList codecFiles{QStringLiteral("encodec_tiny.th"), QStringLiteral("vocos_tiny_pytorch_model.bin"),
                                 QStringLiteral("vocos_tiny_config.yaml")};
    for (const QString& f : codecFiles)
        if (!QFile::copy(fixture(QStringLiteral("codec/") + f), QDir(dir).filePath(f))) return false;
    return true;
}

}  // namespace studio_test
