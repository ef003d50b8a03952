// What this machine's CPU offers the engine (for choices shown to the user).
#pragma once

namespace mars5 {

// Whether the CPU has bfloat16 instructions (AVX512-BF16 or AMX-BF16 on x86, BF16 on ARM), with
// which libtorch's oneDNN runs bfloat16 products natively. On the dev machine's Xeon (AMX)
// bfloat16 was faster than float32 in every stage of the full-size model (NAR 3.2x, AR decode
// 1.2x, docs/PERFORMANCE.md); without them the products are emulated and usually slower.
// Read from /proc/cpuinfo once; false where that cannot be read.
bool cpuHasBFloat16Instructions();

}  // namespace mars5
