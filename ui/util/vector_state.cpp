#include "util/vector_state.h"

namespace mars5::ui {

void clearVectorUpperState() {
#if defined(__x86_64__) || defined(__i386__)
    // The build targets plain x86-64, so the instruction is written out and used only where
    // the CPU has it. No vector value is live across this call (the ABI makes the upper
    // halves caller-saved), so clearing them changes no result.
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx) asm volatile("vzeroupper" ::: "memory");
#endif
}

}  // namespace mars5::ui
