// mars5-cli: the command-line face of libmars5core.
#include "commands.h"
#include "option_checks.h"

#include "mars5/process_setup.h"

#include <iostream>

namespace mars5::cli {

int& exitCode() {
    static int code = 0;
    return code;
}

void reportError(const std::string& message) {
    std::cerr << "mars5-cli: error: " << message << '\n';
    exitCode() = 1;
}

}  // namespace mars5::cli

int main(int argc, char** argv) {
    mars5::prepareProcess(argv);  // first: it may start the program again (OpenMP wait policy)
    CLI::App app{"mars5-cli " MARS5_VERSION ": MARS5 text-to-speech from the command line", "mars5-cli"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("mars5-cli ") + MARS5_VERSION);

    mars5::cli::addInfoCommand(app);
    mars5::cli::addConvertCommand(app);
    mars5::cli::addEncodeCommand(app);
    mars5::cli::addDecodeCommand(app);
    mars5::cli::addSelftestCommand(app);
    mars5::cli::addSelftestMars5Command(app);
    mars5::cli::addCodecBenchCommand(app);
    mars5::cli::addMakeRandomCommand(app);
    mars5::cli::addBenchCommand(app);
    mars5::cli::addTtsCommand(app);
    mars5::cli::addRateStatsCommand(app);
    mars5::cli::addModelsCommand(app);
    mars5::cli::addValueChecks(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        // A command line that cannot be used: said like every other error, exit code 2
        // (the usage-error convention), not CLI11's own 101-120.
        std::cerr << "mars5-cli: error: " << e.what() << "\nRun with --help for more information.\n";
        return 2;
    }
    return mars5::cli::exitCode();
}
