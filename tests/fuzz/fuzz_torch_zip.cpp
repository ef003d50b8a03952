// Fuzz target: the zip container of torch.save (the .pt / .th / pytorch_model.bin files of
// MARS5, Encodec and Vocos). Opening parses the central directory; each stored entry is
// then read with its CRC checked, which touches every byte range the directory claims.
#include "fuzz_support.h"
#include "mapped_file.h"
#include "zip_archive.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit cleanup;
    const std::string& path = mars5::fuzz::writeInput(data, size);
    mars5::fuzz::expectSuccessOrFailure([&] {
        const mars5::ZipArchive zip = mars5::ZipArchive::open(path);
        for (const mars5::ZipEntry& entry : zip.entries()) {
            if (zip.find(entry.name) == nullptr) mars5::fuzz::finding("an entry that find() does not know", entry.name);
            mars5::fuzz::expectSuccessOrFailure([&] {
                const mars5::ZipBytes bytes = zip.read(entry, /*verifyCrc=*/true);
                if (bytes.size != entry.size) mars5::fuzz::finding("read() size differs from the directory", entry.name);
                if (bytes.size > 0 && bytes.data + bytes.size > zip.mapping()->data() + zip.mapping()->size())
                    mars5::fuzz::finding("read() points past the end of the file", entry.name);
            });
        }
    });
    return 0;
}
