#!/usr/bin/env bash
# Compiles core and mars5-cli against a CUDA-enabled libtorch's headers, on a machine with
# no GPU, so the CUDA-only code (CUDA graphs, device memory figures, flash attention) is
# known to compile before a GPU session spends its scarce device time on a build.
#
#   scripts/cuda-compile-check.sh            check every core/ and app/cli/ source file
#   scripts/cuda-compile-check.sh FILE...    check only these (paths as in the source tree)
#   MARS5_JOBS=N                             compilers run at once (default 2)
#   MARS5_CUDA_CHECK_TORCH="2.6 2.14"        the libtorch header sets to check against (default both)
#
# The GPU machine's PyTorch is 2.11, which Debian does not package; its API is bracketed by
# the two header sets Debian has, both downloaded once into .cuda-check/ (git-ignored) and only
# unpacked, never installed:
#   2.6   libtorch-cuda-dev (trixie contrib): a CUDA build's headers as they are.
#   2.14  libtorch-dev (sid): a CPU build, which still ships ATen/cuda and c10/cuda; the one
#         header its CUDA configure step would have generated (c10/cuda/impl/cuda_cmake_macros.h,
#         a single define) is written into an overlay folder searched first.
# CUDA's own headers come from $CUDA_HOME (default /usr/local/cuda). Each file is compiled with
# -fsyntax-only using the flags CMake gives it in a normal configure, the libtorch's include
# folders first and MARS5_WITH_CUDA defined, as a build against a CUDA libtorch defines it.
# Nothing is linked: that needs the GPU machine (docs/PERFORMANCE.md, "GPU build and run").
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$here/.cuda-check"
cuda=${CUDA_HOME:-/usr/local/cuda}
build="$work/build"
versions=${MARS5_CUDA_CHECK_TORCH:-"2.6 2.14"}

deb_url() {
  case "$1" in
    2.6)  echo http://deb.debian.org/debian/pool/contrib/p/pytorch-cuda/libtorch-cuda-dev_2.6.0+dfsg-7+b1_amd64.deb ;;
    2.14) echo http://deb.debian.org/debian/pool/main/p/pytorch/libtorch-dev_2.14.1+dfsg-1_amd64.deb ;;
    *) echo "cuda-compile-check: no header set for libtorch $1 (known: 2.6 2.14)" >&2; exit 2 ;;
  esac
}

if [ ! -f "$cuda/include/cuda_runtime_api.h" ]; then
  echo "cuda-compile-check: no CUDA headers in $cuda/include (set CUDA_HOME to a CUDA toolkit)" >&2
  exit 2
fi
mkdir -p "$work"
# Configured every time (a second or two): the file list follows the tree's CMakeLists.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMARS5_BUILD_UI=OFF -DMARS5_BUILD_TESTS=OFF >/dev/null

run_check() {
  local v=$1 inc=$2 overlay=$3; shift 3
python3 - "$build/compile_commands.json" "$inc" "$cuda/include" "$here" "${MARS5_JOBS:-2}" \
  "$work/errors-$v.txt" "$overlay" "$v" "$@" <<'PY'
import concurrent.futures, json, os, shlex, subprocess, sys
db, inc, cuda_inc, root, jobs, errors, overlay, version = sys.argv[1:9]
only = {os.path.normpath(os.path.join(root, f)) for f in sys.argv[9:]}
work = []
for e in json.load(open(db)):
    src = os.path.normpath(e["file"])
    rel = os.path.relpath(src, root)
    if not (rel.startswith("core/") or rel.startswith("app/cli/")) or (only and src not in only):
        continue
    args = shlex.split(e["command"])
    out = [args[0], "-isystem", overlay, "-isystem", inc, "-isystem", inc + "/torch/csrc/api/include", "-isystem", cuda_inc,
           "-DMARS5_WITH_CUDA", "-fsyntax-only"]
    it = iter(args[1:])
    for a in it:
        if a == "-o":
            next(it, None)  # no object file
            continue
        out.append(a)
    work.append((rel, e["directory"], out))
print(f"cuda-compile-check: {len(work)} files against libtorch {version} headers and {cuda_inc}", flush=True)

def check(item):
    rel, cwd, cmd = item
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return rel, r.returncode, r.stderr

failed = []
with open(errors, "w") as log, concurrent.futures.ThreadPoolExecutor(int(jobs)) as pool:
    for rel, rc, err in pool.map(check, work):
        if err: log.write(err)
        if rc != 0:
            failed.append(rel)
            print(f"FAIL {rel}", flush=True)
            print("\n".join(l for l in err.splitlines() if "error" in l)[:4000], flush=True)
if failed:
    print(f"cuda-compile-check: libtorch {version}: {len(failed)} of {len(work)} files failed (all messages: {errors})")
    sys.exit(1)
print(f"cuda-compile-check: libtorch {version}: all {len(work)} files compile (warnings, if any: {errors})")
PY
}

status=0
for v in $versions; do
  url=$(deb_url "$v")
  root="$work/root-$v"
  # 2.6 used to live in $work/root: keep using it rather than fetching it again.
  [ "$v" = 2.6 ] && [ -d "$work/root" ] && [ ! -d "$root" ] && mv "$work/root" "$root"
  if [ ! -f "$root/usr/include/ATen/cuda/CUDAGraph.h" ]; then
    echo "cuda-compile-check: fetching $(basename "$url")"
    curl -fsS -m 300 -o "$work/libtorch-$v.deb" "$url"
    rm -rf "$root" && dpkg -x "$work/libtorch-$v.deb" "$root"
  fi
  overlay="$work/overlay-$v"
  mkdir -p "$overlay/c10/cuda/impl"
  if [ ! -f "$root/usr/include/c10/cuda/impl/cuda_cmake_macros.h" ]; then
    printf '#pragma once\n#define C10_CUDA_BUILD_SHARED_LIBS\n' > "$overlay/c10/cuda/impl/cuda_cmake_macros.h"
  fi
  run_check "$v" "$root/usr/include" "$overlay" "$@" || status=1
done
exit $status
