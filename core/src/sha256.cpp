#include "sha256.h"

#include "failure.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace mars5 {

struct Sha256Hasher::Context {
    EVP_MD_CTX* md = nullptr;
    ~Context() { EVP_MD_CTX_free(md); }
    void reset() {
        if (EVP_DigestInit_ex(md, EVP_sha256(), nullptr) != 1) fail(ErrorKind::Internal, "OpenSSL: cannot start a sha256");
    }
};

Sha256Hasher::Sha256Hasher() : m_ctx(std::make_unique<Context>()) {
    m_ctx->md = EVP_MD_CTX_new();
    if (!m_ctx->md) fail(ErrorKind::Internal, "OpenSSL: cannot allocate a digest context");
    m_ctx->reset();
}

Sha256Hasher::~Sha256Hasher() = default;

void Sha256Hasher::update(const void* data, std::size_t bytes) {
    if (bytes > 0 && EVP_DigestUpdate(m_ctx->md, data, bytes) != 1) fail(ErrorKind::Internal, "OpenSSL: sha256 update failed");
}

std::string Sha256Hasher::finishHex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx->md, digest, &length) != 1) fail(ErrorKind::Internal, "OpenSSL: sha256 final failed");
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    m_ctx->reset();
    return out;
}

std::string sha256File(const std::string& path, const Sha256Progress& progress) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) fail(ErrorKind::Io, path + ": cannot open the file to compute its sha256 (" + std::strerror(errno) + ")");
    std::uint64_t total = 0;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long end = std::ftell(f);
        if (end > 0) total = static_cast<std::uint64_t>(end);
        std::fseek(f, 0, SEEK_SET);
    }
    Sha256Hasher hasher;
    std::vector<unsigned char> buffer(1 << 20);
    std::uint64_t done = 0, lastReport = 0;
    for (;;) {
        const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), f);
        if (got > 0) {
            hasher.update(buffer.data(), got);
            done += got;
        }
        if (got < buffer.size()) break;
        if (progress && done - lastReport >= (8u << 20)) {
            lastReport = done;
            if (!progress(done, total)) {
                std::fclose(f);
                fail(ErrorKind::Cancelled, path + ": sha256 cancelled");
            }
        }
    }
    const bool readError = std::ferror(f) != 0;
    std::fclose(f);
    if (readError) fail(ErrorKind::Io, path + ": read error while computing its sha256");
    if (progress) progress(done, total);
    return hasher.finishHex();
}

std::string sha256File(const std::string& path) { return sha256File(path, Sha256Progress{}); }

}  // namespace mars5
