// Small helpers for tests that build files byte by byte (malformed checkpoints,
// odd WAVs): everything lives in a QTemporaryDir that disappears with the test.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <string>

namespace mars5::test {

inline std::string writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
    f.write(bytes);
    return path.toStdString();
}

inline QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray littleEndian64(std::uint64_t v) {
    QByteArray b(8, '\0');
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    return b;
}

inline std::string fixture(const char* relative) {
    return std::string(MARS5_TEST_FIXTURES) + "/" + relative;
}

}  // namespace mars5::test
