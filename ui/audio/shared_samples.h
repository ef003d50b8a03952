// One decoded clip shared, read-only, by everything that shows or plays it: the waveform
// summary and the audio callback read the same samples without copying or locking them.
#pragma once

#include <memory>
#include <vector>

namespace mars5::ui {

using SharedSamples = std::shared_ptr<const std::vector<float>>;

inline SharedSamples shareSamples(std::vector<float>&& samples) {
    return std::make_shared<const std::vector<float>>(std::move(samples));
}

}  // namespace mars5::ui
