// ASCII case folding for file names, tensor names and hex digests: what the loaders compare.
// (Prefix and suffix tests use C++20's std::string::starts_with / ends_with.)
#pragma once

#include <cctype>
#include <string>

namespace mars5 {

// `s` with A-Z lowered; every other byte (UTF-8 included) unchanged, whatever the C locale.
inline std::string asciiLower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

}  // namespace mars5
