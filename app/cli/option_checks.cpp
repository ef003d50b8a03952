#include "option_checks.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace mars5::cli {

namespace {

const CLI::Validator kFinite(
    [](std::string& text) -> std::string {
        try {
            std::size_t used = 0;
            const double v = std::stod(text, &used);
            if (std::isfinite(v)) return {};
        } catch (const std::exception&) {
            return {};  // not a number at all: CLI11's own conversion says so
        }
        return "'" + text + "' is not a finite number";
    },
    "");

const CLI::Validator kUnsigned64(
    [](std::string& text) -> std::string {
        std::uint64_t v = 0;
        const char* end = text.data() + text.size();
        const auto [at, error] = std::from_chars(text.data(), end, v);
        if (error == std::errc() && at == end) return {};
        if (error == std::errc::result_out_of_range) return "'" + text + "' is too large (at most 18446744073709551615)";
        return "'" + text + "' is not a non-negative integer";
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
