#!/usr/bin/env bash
# Compiles core and mars5-cli against a CUDA-enabled libtorch's headers, on a machine with
# no GPU, so the CUDA-only code (CUDA graphs, device memory figures, flash attention) is
# known to compile before a GPU session spends its scarce device time on a build.
#
#   scripts/cuda-compile-check.sh            check every core/ and app/cli/ source file
#   scripts/cuda-compile-check.sh FILE...    check only these (paths as in the source tree)
#   MARS5_JOBS=N                             compilers run at once (default 2)
#
# The headers come from Debian's libtorch-cuda-dev (PyTorch 2.6, trixie contrib), downloaded
# once into .cuda-check/ (git-ignored) and only unpacked, never installed; CUDA's own headers
# from $CUDA_HOME (default /usr/local/cuda). Each file is compiled with -fsyntax-only using
# the flags CMake gives it in a normal configure, the CUDA libtorch's include folders first
# and MARS5_WITH_CUDA defined, as a build against a CUDA libtorch defines it. Nothing is
# linked: that needs the GPU machine (docs/PERFORMANCE.md, "GPU build and run").
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$here/.cuda-check"
deb_url=http://deb.debian.org/debian/pool/contrib/p/pytorch-cuda/libtorch-cuda-dev_2.6.0+dfsg-7+b1_amd64.deb
cuda=${CUDA_HOME:-/usr/local/cuda}
build="$work/build"

if [ ! -f "$cuda/include/cuda_runtime_api.h" ]; then
  echo "cuda-compile-check: no CUDA headers in $cuda/include (set CUDA_HOME to a CUDA toolkit)" >&2
  exit 2
fi
mkdir -p "$work"
if [ ! -f "$work/root/usr/include/ATen/cuda/CUDAGraph.h" ]; then
  echo "cuda-compile-check: fetching $(basename "$deb_url")"
  curl -fsS -m 300 -o "$work/libtorch-cuda-dev.deb" "$deb_url"
  rm -rf "$work/root" && dpkg -x "$work/libtorch-cuda-dev.deb" "$work/root"
fi
# Configured every time (a second or two): the file list follows the tree's CMakeLists.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMARS5_BUILD_UI=OFF -DMARS5_BUILD_TESTS=OFF >/dev/null

python3 - "$build/compile_commands.json" "$work/root/usr/include" "$cuda/include" "$here" "${MARS5_JOBS:-2}" \
  "$work/errors.txt" "$@" <<'PY'
import concurrent.futures, json, os, shlex, subprocess, sys
db, inc, cuda_inc, root, jobs, errors = sys.argv[1:7]
only = {os.path.normpath(os.path.join(root, f)) for f in sys.argv[7:]}
work = []
for e in json.load(open(db)):
    src = os.path.normpath(e["file"])
    rel = os.path.relpath(src, root)
    if not (rel.startswith("core/") or rel.startswith("app/cli/")) or (only and src not in only):
        continue
    args = shlex.split(e["command"])
    out = [args[0], "-isystem", inc, "-isystem", inc + "/torch/csrc/api/include", "-isystem", cuda_inc,
           "-DMARS5_WITH_CUDA", "-fsyntax-only"]
    it = iter(args[1:])
    for a in it:
        if a == "-o":
            next(it, None)  # no object file
            continue
        out.append(a)
    work.append((rel, e["directory"], out))
print(f"cuda-compile-check: {len(work)} files against libtorch-cuda-dev 2.6 and {cuda_inc}", flush=True)

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
    print(f"cuda-compile-check: {len(failed)} of {len(work)} files failed (all messages: {errors})")
    sys.exit(1)
print(f"cuda-compile-check: all {len(work)} files compile (warnings, if any: {errors})")
PY
