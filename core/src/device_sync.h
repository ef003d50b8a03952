// Waiting until a device has finished the work queued on it: what timings around GPU work need.
//
// Internal API (libtorch).
#pragma once

#include <c10/core/Device.h>

namespace mars5 {

// Returns once `device` has run everything queued before the call (at once on the CPU).
void waitForDevice(const c10::Device& device);

}  // namespace mars5
