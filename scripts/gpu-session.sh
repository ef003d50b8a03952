#!/usr/bin/env bash
# Everything a session with a lent GPU machine runs, in one command, within its device time.
#
#   scripts/gpu-session.sh prepare     here (Debian 12 dev machine): download the Debian packages
#                                      core and the CLI need into .gpu-debs/ (git-ignored)
#   scripts/gpu-session.sh build       there: only unpack and build (mars5-cli in /tmp/mars5-gpu-build)
#   scripts/gpu-session.sh run         there (GPU machine, .gpu-debs carried): unpack them, build
#                                      core + mars5-cli against the machine's PyTorch libtorch
#                                      (CUDA), run the self-tests on CUDA, make full-size random
#                                      checkpoints and run the benchmarks; $OUT (or ./gpu-results)
#                                      gets summary.txt (also printed), bench_f16.json,
#                                      report.md (scripts/bench-report.py: the tables for
#                                      docs/PERFORMANCE.md) and logs.tar.gz (every step's output:
#                                      the device tool brings back 8 files at most)
#
# The GPU machine (../shared/notes/gpu-machine.md) has CUDA, CMake, ninja and a Python with
# PyTorch, but no Qt, none of the C/C++ libraries core uses, and no package registry: they come
# as Debian packages unpacked into /tmp/deps (never installed). `run` works through its steps in
# order of importance, each under `timeout` with what is left of MARS5_GPU_BUDGET_S (default
# 400 s: a session has 15 minutes of device time in all, the machine's start (1-2 min) and the
# side by side with the Python reference (~6 min, the next command) included), and stops cleanly
# when the time is spent: the least important benchmark variants are the ones skipped.
#
# With the device tool (carry the package folder):
#   run(command="scripts/gpu-session.sh run", carry=[".gpu-debs"], timeout_s=600)
#
# Dry run of the whole flow on a dev machine (CPU, tiny sizes, Debian's libtorch):
#   MARS5_GPU_DRY_RUN=1 MARS5_TORCH_CMAKE=/usr/lib/x86_64-linux-gnu/cmake scripts/gpu-session.sh run
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
debs="$here/.gpu-debs"

# Runtime and -dev packages of every library core and the CLI link (cmake/Mars5Dependencies.cmake),
# what libsndfile's pkg-config file requires, and pkg-config itself (the GPU machine may lack it).
packages=(
  libsndfile1 libsndfile1-dev libflac12 libflac-dev libogg0 libogg-dev libvorbis0a libvorbisenc2 libvorbis-dev
  libopus0 libopus-dev libmpg123-0 libmpg123-dev libmp3lame0 libsoxr0 libsoxr-dev libpcre2-8-0 libpcre2-dev
  nlohmann-json3-dev libyaml-cpp0.7 libyaml-cpp-dev libssl3 libssl-dev libsqlite3-0 libsqlite3-dev libcli11-dev
  pkgconf pkgconf-bin libpkgconf3
)

# A .deb's files into a folder, with dpkg-deb where there is one, else with ar and tar.
unpack() {
  if command -v dpkg-deb >/dev/null; then dpkg-deb -x "$1" "$2"; return; fi
  local t; t=$(mktemp -d)
  (cd "$t" && ar x "$1" && tar -xf data.tar.* -C "$2"); local rc=$?
  rm -rf "$t"; return $rc
}

prepare() {
  mkdir -p "$debs"
  (cd "$debs" && apt-get download "${packages[@]}") || { echo "gpu-session: apt-get download failed (run apt-get update first)" >&2; exit 1; }
  grep -qxF "/.gpu-debs/" "$here/.gitignore" || echo "gpu-session: note: .gpu-debs is not in .gitignore" >&2
  echo "gpu-session: $(ls "$debs"/*.deb | wc -l) packages, $(du -sh "$debs" | cut -f1) in $debs"
}

out=${OUT:-"$here/gpu-results"}
budget=${MARS5_GPU_BUDGET_S:-400}
start=$(date +%s)
summary="$out/summary.txt"
# Each step's output goes to $out/logs/, packed at the end into $out/logs.tar.gz: the device tool
# brings back at most 8 files from $OUT, so $OUT holds summary.txt, bench_f16.json, report.md
# and the pack.
logs="$out/logs"

left() { echo $(( budget - ($(date +%s) - start) )); }
note() { echo "$*" | tee -a "$summary"; }

# step NAME SECONDS-AT-LEAST COMMAND...: runs COMMAND with its output in $logs/NAME.txt, under
# timeout with the time left; skipped when less than SECONDS-AT-LEAST remain.
step() {
  local name=$1 need=$2; shift 2
  local remaining; remaining=$(left)
  if [ "$remaining" -lt "$need" ]; then note "SKIP  $name (${remaining} s left, needs ~${need} s)"; return 1; fi
  local t0; t0=$(date +%s)
  timeout "$remaining" "$@" > "$logs/$name.txt" 2>&1
  local rc=$?
  local took=$(( $(date +%s) - t0 ))
  if [ $rc -eq 0 ]; then note "OK    $name (${took} s)"; else note "FAIL  $name (rc $rc, ${took} s): $(tail -n 3 "$logs/$name.txt" | tr '\n' ' ')"; fi
  return $rc
}

# Unpacks the packages and builds mars5-cli into /tmp/mars5-gpu-build; sets C to the CLI.
build_cli() {
  note "gpu-session: $(date -u +%FT%TZ), budget ${budget} s"
  command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee -a "$summary"
  ls "$debs"/*.deb >/dev/null 2>&1 || { note "no packages in $debs: run 'scripts/gpu-session.sh prepare' here and carry .gpu-debs"; exit 1; }
  local deps=/tmp/deps
  mkdir -p "$deps"
  for f in "$debs"/*.deb; do unpack "$f" "$deps" || { note "cannot unpack $f"; exit 1; }; done
  local lib="$deps/usr/lib/x86_64-linux-gnu"
  export PKG_CONFIG_SYSROOT_DIR=$deps
  export PKG_CONFIG_PATH="$lib/pkgconfig:$deps/usr/share/pkgconfig"
  export PKG_CONFIG_LIBDIR=$PKG_CONFIG_PATH
  export LD_LIBRARY_PATH="$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  local pkgconfig; pkgconfig=$(command -v pkg-config || echo "$deps/usr/bin/pkgconf")
  export CUDACXX=${CUDACXX:-$(command -v nvcc || echo /usr/local/cuda/bin/nvcc)}
  local torch_cmake=${MARS5_TORCH_CMAKE:-$(python3 -c 'import torch;print(torch.utils.cmake_prefix_path)' 2>/dev/null)}
  note "torch: $(python3 -c 'import torch;print(torch.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available())' 2>&1 | tail -n 1)"
  local b=/tmp/mars5-gpu-build
  local common=(-S "$here" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMARS5_BUILD_UI=OFF -DMARS5_BUILD_TESTS=OFF
    -DCMAKE_PREFIX_PATH="$deps/usr;$torch_cmake" -DPKG_CONFIG_EXECUTABLE="$pkgconfig"
    -Dnlohmann_json_DIR="$deps/usr/share/cmake/nlohmann_json" -DCLI11_DIR="$deps/usr/share/cmake/CLI11"
    -Dyaml-cpp_DIR="$lib/cmake/yaml-cpp"
    -DCMAKE_CXX_FLAGS="-isystem $deps/usr/include -isystem $deps/usr/include/x86_64-linux-gnu"
    -DCMAKE_EXE_LINKER_FLAGS="-L$lib -Wl,-rpath-link,$lib")
  # PyTorch's own CMake package first; where it fails (its CUDA toolkit detection is its own),
  # the libtorch tree's targets made by hand (cmake/Mars5TorchByHand.cmake), in a fresh folder.
  if ! step configure 60 cmake "${common[@]}" -DTorch_DIR="$torch_cmake/Torch"; then
    local tree=${MARS5_TORCH_PREFIX:-$(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__))' 2>/dev/null)}
    local abi; abi=$(python3 -c 'import torch;print(int(torch._C._GLIBCXX_USE_CXX11_ABI))' 2>/dev/null || echo 1)
    rm -rf "$b"
    step configure_by_hand 60 cmake "${common[@]}" -DMARS5_TORCH_PREFIX="$tree" -DMARS5_TORCH_CXX11_ABI="$abi" || exit 1
    grep -h "CUDA code paths\|MARS5: Torch" "$logs/configure_by_hand.txt" >> "$logs/configure.txt"
  fi
  grep -q "CUDA code paths enabled" "$logs/configure.txt" || note "WARN  the build has no CUDA code paths (no c10_cuda target): graphs and device memory figures are off"
  step build 120 cmake --build "$b" -j"$(nproc)" --target mars5-cli || exit 1
  C="$b/app/mars5-cli"
}

run() {
  begin
  build_cli
  local M="$here/tests/fixtures/mars5"
  local dev=cuda half=float16 steps=200 small=() sizes=(--ref-seconds 6 --text-chars 100 --output-frames 600 --runs 3 --warmup 1)
  if [ -n "${MARS5_GPU_DRY_RUN:-}" ]; then
    dev=cpu half=bfloat16 steps=8 small=(--max-layers 1 --text-vocab 512 --speech-vocab 1536)
    sizes=(--ref-seconds 1 --text-chars 20 --output-frames 20 --runs 1 --warmup 0)
  fi
  step selftest_mars5_cuda 90 "$C" selftest mars5 --fixtures "$M" --device $dev
  step selftest_codec_cuda 30 "$C" selftest codec --fixtures "$here/tests/fixtures/codec" --device $dev
  # Encodec's LSTM weights are packed for cuDNN once at load (encodec.cpp packForCudnn); were
  # they not, cuDNN would repack them on every call and say so.
  if grep -qi "not part of single contiguous" "$logs/selftest_codec_cuda.txt"; then
    note "WARN  cuDNN repacks Encodec's LSTM weights per call: the packing at load did not take"
  elif [ -z "${MARS5_GPU_DRY_RUN:-}" ]; then
    note "      Encodec's LSTM: packed for cuDNN at load (no repacking warning)"
  fi
  # tts with no --device/--dtype: "auto" must pick the GPU in float16 there (the studio's default too)
  local F="$here/tests/fixtures"
  step tts_auto 30 "$C" tts --ar "$M/mars5_tiny_ar.safetensors" --nar "$M/mars5_tiny_nar.safetensors" \
    --encodec "$F/codec/encodec_tiny.th" --vocos "$F/codec/vocos_tiny_pytorch_model.bin" \
    --vocos-config "$F/codec/vocos_tiny_config.yaml" --ref "$F/codec/input.wav" --text "Please keep the light on." \
    --shallow --seed 3 --nar_steps 10 --q0_override_steps 3 -o "$logs/tts_auto.wav" &&
    note "      tts chose: $(grep -m1 -o '; [a-z]*, [a-z0-9]*$' "$logs/tts_auto.txt" | cut -c3-)"
  # Three texts through one engine, the second the shortest: its longer id buffer drops the AR's
  # graphs, and the next capture must not reuse their released memory pool (a libtorch assert,
  # which would turn the graphs off for good). A "graph capture failed" warning shows it.
  printf '%s\n' "A first line a good deal longer than the lines after it, for a long prompt." "Short." \
    "A line of middling length." > "$logs/lines.txt"
  if step tts_lines 40 "$C" tts --ar "$M/mars5_tiny_ar.safetensors" --nar "$M/mars5_tiny_nar.safetensors" \
       --encodec "$F/codec/encodec_tiny.th" --vocos "$F/codec/vocos_tiny_pytorch_model.bin" \
       --vocos-config "$F/codec/vocos_tiny_config.yaml" --ref "$F/codec/input.wav" --lines "$logs/lines.txt" \
       --shallow --seed 3 --nar_steps 10 --q0_override_steps 3 -o "$logs/lines_out"; then
    if grep -qi "graph capture failed" "$logs/tts_lines.txt"; then
      note "FAIL  tts_lines: $(grep -m1 -i 'graph capture failed' "$logs/tts_lines.txt")"
    elif [ -z "${MARS5_GPU_DRY_RUN:-}" ]; then
      note "      tts_lines: the CUDA graphs held across prompts of three lengths"
    fi
  fi
  step make_random_ar 40 "$C" make-random --manifest "$M/manifest_full_ar.json" -o /tmp/ar.safetensors --seed 0 "${small[@]}" || exit 1
  step make_random_nar 30 "$C" make-random --manifest "$M/manifest_full_nar.json" -o /tmp/nar.safetensors --seed 0 "${small[@]}" || exit 1
  local base=("$C" bench --ar /tmp/ar.safetensors --nar /tmp/nar.safetensors --device $dev "${sizes[@]}")
  local bench=("${base[@]}" --nar-steps $steps)
  # the issue's configuration first, then what explains it
  step bench_f16 60 "${bench[@]}" --dtype $half --json-file "$out/bench_f16.json"
  step bench_f16_no_graphs 60 "${bench[@]}" --dtype $half --cuda-graphs 0 --json
  step bench_f16_eager_sampler 60 "${bench[@]}" --dtype $half --graph-sampler 0 --json
  step bench_f16_reference_kernels 60 env MARS5_AR_KERNELS=reference "${bench[@]}" --dtype $half --json
  step bench_f16_sync1 60 "${bench[@]}" --dtype $half --sync-every 1 --json
  step bench_f16_shallow 60 "${bench[@]}" --dtype $half --shallow --json
  step bench_f16_full_heads 60 env MARS5_NAR_HEADS=full "${bench[@]}" --dtype $half --json
  step bench_codec_f16 30 "$C" bench-codec --seconds 8 --device $dev --dtype $half
  step bench_bf16 60 "${bench[@]}" --dtype bfloat16 --json
  step bench_f32 60 "${bench[@]}" --dtype float32 --json
  step bench_f16_nar50 40 "${base[@]}" --dtype $half --nar-steps $((steps / 4)) --json
  figures
  # The tables docs/PERFORMANCE.md records, ready to paste (also in the command's output).
  python3 "$here/scripts/bench-report.py" "$out" > "$out/report.md" 2>&1 && cat "$out/report.md"
  note "gpu-session: done in $(( $(date +%s) - start )) s; results in $out"
}

# An earlier run's results removed, the logs folder made, the summary started afresh, and the logs
# packed however the script ends.
begin() {
  rm -rf "$logs" "$out/logs.tar.gz" "$out/report.md" "$out/bench_f16.json"  # an earlier run's results
  mkdir -p "$logs"; : > "$summary"
  trap pack EXIT
}
pack() {
  [ -d "$logs" ] || return 0
  tar -czf "$out/logs.tar.gz" -C "$out" logs && rm -rf "$logs"
}

# One line of the main figures per benchmark run (scripts/bench-report.py reads the JSON).
figures() {
  python3 "$here/scripts/bench-report.py" --summary "$out" | tee -a "$summary"
}

case "${1:-}" in
  prepare) prepare ;;
  run) run ;;
  build) begin; build_cli; note "gpu-session: built $C" ;;
  *) sed -n '2,28p' "${BASH_SOURCE[0]}"; exit 2 ;;
esac
