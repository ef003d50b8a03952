// Clears this thread's AVX upper register state before scalar maths.
//
// Measured on the development machine (docs/PERFORMANCE.md, "The studio's threads"): after
// some of Qt's plugin lookups on a thread (constructing QGuiApplication, QSqlDatabase::drivers(),
// adding an SQLite connection), the upper halves of its vector registers stay in use, and every
// switch between the project's SSE2 code and glibc's VEX-encoded log/exp costs a transition
// penalty: 2e6 std::log calls take 230 ms instead of 7 ms. Threads started afterwards
// inherit the state. One vzeroupper ends it until the next such event.
#pragma once

namespace mars5::ui {

// vzeroupper when the CPU has AVX; nothing elsewhere. Call it on a worker thread before a
// long scalar computation, after anything that may have loaded a plugin.
void clearVectorUpperState();

}  // namespace mars5::ui
