// What the targets on the studio's SQLite files share (rating_import, rating_database,
// take_database): a Qt application for Qt SQL, files beside the input file, and the two-file
// input that carries a -wal beside its database.
#pragma once

#include "fuzz_support.h"

#include "mars5/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <algorithm>
#include <utility>

namespace mars5::fuzz {

// QtSql finds its SQLite driver through the application's plugin paths.
inline void ensureQtApplication() {
    static int argc = 1;
    static char name[] = "mars5-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// A file beside the input file: its path with `suffix` appended (".sqlite", ".export").
inline QString besideInput(const char* suffix) {
    return QString::fromStdString(inputPath()) + QLatin1String(suffix);
}

// A store's refusal: it has a message, and names the problem (no internal error).
inline void checkRefusal(const mars5::Error& error, const char* what) {
    tell(what, error.message);
    if (error.message.empty()) finding("a refusal without a message", what);
    if (error.kind == mars5::ErrorKind::Internal) finding("an internal error", error.message);
}

// The database at `path` and the files SQLite keeps beside it.
inline void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(path + QLatin1String(suffix));
}

inline QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An input that starts with kPendingWalMagic is a database with its -wal beside it (as a
// studio killed mid-session leaves it): after the magic, the main file's length (4 bytes,
// little-endian), the main file, then the -wal. Any other input is the main file alone (its
// -wal comes back null).
constexpr char kPendingWalMagic[] = "M5WAL\n";

inline std::pair<QByteArray, QByteArray> splitPendingWal(const QByteArray& input) {
    const qsizetype magic = sizeof(kPendingWalMagic) - 1;
    if (!input.startsWith(kPendingWalMagic) || input.size() < magic + 4) return {input, QByteArray()};
    const auto* n = reinterpret_cast<const unsigned char*>(input.constData() + magic);
    const qsizetype mainSize = std::min<qsizetype>(n[0] | n[1] << 8 | n[2] << 16 | qsizetype(n[3]) << 24, input.size() - magic - 4);
    return {input.mid(magic + 4, mainSize), input.mid(magic + 4 + mainSize)};
}

// Writes the input as `database` (and its -wal, for a two-file input).
inline void writeDatabaseFiles(const QString& database, const std::uint8_t* data, std::size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto [mainFile, walFile] = splitPendingWal(input);
    for (const auto& [path, bytes] : {std::pair{database, mainFile}, std::pair{database + QStringLiteral("-wal"), walFile}}) {
        if (path != database && bytes.isNull()) continue;  // a file alone: no -wal beside it
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) finding("the input cannot be written", path.toStdString());
    }
}

}  // namespace mars5::fuzz
