#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in a build of its
# own (build-asan/, RelWithDebInfo): memory errors and undefined behaviour anywhere the tests
# reach, the studio's threads and widget teardown included, which the fuzz targets
# (scripts/fuzz.sh) do not. Not part of CI: the first build takes about an hour on 2 cores
# (libtorch's headers with debug info), later ones what changed. Extra arguments go to ctest.
#
# LeakSanitizer is on, with scripts/lsan-suppressions.txt for what libraries keep to the end
# on purpose (OpenSSL's state); its first run found a generator libtorch 1.13 never frees and a
# test server's unsent response. detect_odr_violation=0: libtorch's libraries define some
# symbols twice. halt_on_error: the first finding fails its test, with its stack.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export MARS5_BUILD_DIR=${MARS5_SANITIZE_BUILD_DIR:-"$here/build-asan"}
if [ ! -f "$MARS5_BUILD_DIR/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  flags="-fsanitize=address,undefined -fno-omit-frame-pointer"
  cmake -S "$here" -B "$MARS5_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
    "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_EXE_LINKER_FLAGS=$flags" "-DCMAKE_SHARED_LINKER_FLAGS=$flags"
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_odr_violation=0:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/scripts/lsan-suppressions.txt:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# scripts/test.sh builds the folder (setup.sh keeps a configured one as it is) and runs ctest.
exec "$here/scripts/test.sh" "$@"
