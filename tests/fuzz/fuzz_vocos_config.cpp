// Fuzz target: a Vocos config.yaml (the Hub's file, found beside the weights or named by the
// user), and the same bytes as the JSON config our converted files store. A config that loads
// must survive its JSON form unchanged.
#include "codec_loading.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mars5::fuzz::RemoveInputAtExit cleanup;
    const std::string& path = mars5::fuzz::writeInput(data, size);
    const auto roundTrip = [](const mars5::VocosConfig& config) {
        const std::string json = mars5::vocosConfigToJson(config);
        const std::string again = mars5::vocosConfigToJson(mars5::vocosConfigFromJson(json, "round trip"));
        if (again != json) mars5::fuzz::finding("the config changed on its way through JSON", json + " -> " + again);
    };
    mars5::fuzz::expectSuccessOrFailure([&] { roundTrip(mars5::vocosConfigFromYaml(path)); });
    mars5::fuzz::expectSuccessOrFailure([&] {
        roundTrip(mars5::vocosConfigFromJson(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json"));
    });
    return 0;
}
