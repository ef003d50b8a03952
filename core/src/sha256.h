// sha256 through OpenSSL's libcrypto (EVP), streamed: one implementation for the checkpoint
// loader's published-file check, the model manager and the downloader's final verification.
//
// Internal API: throws mars5::Failure naming the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace mars5 {

class Sha256Hasher {
public:
    Sha256Hasher();
    ~Sha256Hasher();
    Sha256Hasher(const Sha256Hasher&) = delete;
    Sha256Hasher& operator=(const Sha256Hasher&) = delete;

    void update(const void* data, std::size_t bytes);
    // Lowercase hex of everything passed to update(); the hasher starts over afterwards.
    std::string finishHex();

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

// progress(bytesDone, bytesTotal): called about every 8 MiB; returning false stops with
// Failure(Cancelled).
using Sha256Progress = std::function<bool(std::uint64_t, std::uint64_t)>;

// Lowercase hex sha256 of a file.
std::string sha256File(const std::string& path, const Sha256Progress& progress);
std::string sha256File(const std::string& path);

}  // namespace mars5
