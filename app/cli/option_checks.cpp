#include "option_checks.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace mars5::cli {

namespace {

const CLI::Validator kFinite(
    [](std::string& text) -> std::string {
        const char* begin = text.c_str();
        char* end = nullptr;
        errno = 0;
        const double v = std::strtod(begin, &end);
        if (end == begin || *end != '\0') return {};  // not a number at all: CLI11's own conversion says so
        if (errno == ERANGE && std::fabs(v) > 1.0) return "'" + text + "' is too large for a number";
        if (!std::isfinite(v)) return "'" + text + "' is not a finite number";
        return {};
    },
    "");

// As CLI11 reads unsigned values (strtoull, base 0: 42, 0x2A, 052), but refusing what strtoull
// would wrap or clamp: a sign, or a value past 64 bits.
const CLI::Validator kUnsigned64(
    [](std::string& text) -> std::string {
        const std::size_t first = text.find_first_not_of(" \t");
        if (first != std::string::npos && (text[first] == '-' || text[first] == '+'))
            return "'" + text + "' is not a non-negative integer";
        const char* begin = text.c_str();
        char* end = nullptr;
        errno = 0;
        (void)std::strtoull(begin, &end, 0);
        if (end == begin || *end != '\0') return "'" + text + "' is not a non-negative integer";
        if (errno == ERANGE) return "'" + text + "' is too large (at most 18446744073709551615)";
        return {};
    },
    "");

void addTo(CLI::App& app) {
    for (CLI::Option* option : app.get_options()) {
        // "FLOAT", or "FLOAT:FLOAT in [0.05 - 3600]" with a range check's description
        const std::string type = option->get_type_name();
        const auto is = [&type](const char* name) {
            const std::string n(name);
            return type == n || type.rfind(n + ":", 0) == 0;
        };
        if (is("FLOAT")) option->check(kFinite);
        if (is("UINT")) option->check(kUnsigned64);
        if (option->check_lname("threads")) option->check(CLI::Range(1, kMaxThreads));
    }
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) addTo(*sub);
}

}  // namespace

void addValueChecks(CLI::App& app) { addTo(app); }

}  // namespace mars5::cli
