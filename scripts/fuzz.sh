#!/usr/bin/env bash
# Fuzzes the readers of user-supplied files (tests/fuzz/README.md) with libFuzzer.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Builds core and the fuzz targets with AddressSanitizer, UndefinedBehaviorSanitizer and
# coverage into build-fuzz/ (about 15 minutes on 2 cores the first time), then runs each target for
# SECONDS_PER_TARGET (default 60) from a working copy of its committed corpus. Inputs that
# crash, leak or hang land in build-fuzz/findings/<target>/; to keep one as a regression
# test, fix the fault and copy the input into tests/fuzz/corpus/<target>/ under a name that
# says what it found. Needs LLVM's libFuzzer runtime (apt install libclang-rt-14-dev); nothing
# here is part of `.ci/run`, which replays the committed corpus instead.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(safetensors torch_zip torch_pickle checkpoint codec_file vocos_config tokenizer rating_csv audio preset
           rating_import rating_database take_record take_database spelled_numbers respellings text_pieces)
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" "${generator[@]}" -DMARS5_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

# The targets write each input to a file, and rating_import commits SQLite databases: in
# memory (/dev/shm) that costs no disk syncs (about twice the inputs per second).
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi

status=0
for target in "${targets[@]}"; do
  work="$build/corpus/$target"
  findings="$build/findings/$target"
  mkdir -p "$work" "$findings"
  cp -n "$root/tests/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
  dict=()
  [ -f "$root/tests/fuzz/dict/$target.dict" ] && dict=(-dict="$root/tests/fuzz/dict/$target.dict")
  echo "== fuzz_$target for ${seconds}s"
  # One libtorch thread: the inputs are tiny, and the fuzzer runs one input at a time.
  if ! OMP_NUM_THREADS=1 ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/fuzz_$target" "$work" "${dict[@]}" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
      -artifact_prefix="$findings/" -print_final_stats=1 2>"$build/fuzz_$target.log"; then
    status=1
    echo "fuzz_$target: FOUND A FAULT (log: $build/fuzz_$target.log, input in $findings/)"
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+ +DONE' "$build/fuzz_$target.log" | tr '\n' ' '
  echo
done
exit $status
