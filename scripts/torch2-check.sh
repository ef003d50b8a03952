#!/usr/bin/env bash
# Builds core + mars5-cli against PyTorch 2.x's libtorch and runs the self-tests, on a CPU.
#
#   scripts/torch2-check.sh [--no-copy] [--no-bench] [--clean]
#     --no-copy  build the chroot's copy of the tree as it is (default: copy the tree again)
#     --no-bench skip the make-random + bench smoke      --clean  rebuild from scratch
#   TORCH2_ROOT=DIR  the chroot (default .torch2-root/, git-ignored); MARS5_JOBS=N (default 2)
#
# Why: the GPU machines build against PyTorch 2.11's libtorch, which differs from Debian 12's
# 1.13 that the dev machines and CI use. This builds the same code and runs the same self-tests
# against Debian trixie's libtorch 2.6 in a chroot, so 2.x differences show up on a CPU before
# scarce GPU time is spent. It found the float32 cos 1-ulp difference that made two
# diffusion-table checks fail (now handled in the selftest). libtorch 2.x also runs float16 on
# the CPU, so the GPU's default dtype is run end to end here too (tts, and the codec's error).
#
# The chroot is created on first use: debootstrap (installed on the host if missing), then the
# build dependencies with apt. Needs root and network access to the Debian mirror.
# Time on 2 cores: first run ~4 min setup (less near a fast mirror) + ~8 min build; later
# runs ~2-3 min (two runs of selftest mars5: the CPU path, then the GPU's numeric path).
# NOT part of CI: it needs root, debootstrap and ~2 GB of disk.
# Logs: <root>/logs/<phase>.log; a summary table (phase, rc, seconds) is printed at the end.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(realpath -m "${TORCH2_ROOT:-$here/.torch2-root}")
mirror=${TORCH2_MIRROR:-http://deb.debian.org/debian}
jobs=${MARS5_JOBS:-2}
logs=$root/logs
# What the chroot needs to configure and build core + mars5-cli (cmake/Mars5Dependencies.cmake)
# with the system libtorch. libopenblas0-pthread: libtorch's BLAS, only a Recommends of it;
# python3: Mars5Dependencies.cmake asks Python for a torch first, as on a dev machine.
deps=(build-essential cmake ninja-build pkg-config libtorch-dev libsndfile1-dev libsoxr-dev
      libpcre2-dev nlohmann-json3-dev libyaml-cpp-dev libcli11-dev libsqlite3-dev libssl-dev
      libopenblas0-pthread python3)

copy=1 bench=1 clean=0
for a in "$@"; do
  case $a in
    --no-copy) copy=0 ;; --no-bench) bench=0 ;; --clean) clean=1 ;;
    *) echo "usage: $0 [--no-copy] [--no-bench] [--clean]" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "torch2-check: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

summary=() failed=0 mounted=0 current=
exec 3>&1  # the terminal: an interrupt's trap runs with a step's output still sent to its log
# The summary and the /proc unmount run however the script ends (failure, set -e, Ctrl-C), so a
# chroot is never left with /proc mounted (which would also make `rm -rf` of it dangerous).
finish() {
  local rc=$?
  if [ $mounted = 1 ]; then umount "$root/proc" || umount -l "$root/proc" || true; fi
  [ -n "$current" ] && summary+=("$(printf '%-24s interrupted' "$current")")
  if [ ${#summary[@]} -gt 0 ]; then
    { echo; echo "summary (logs in $logs):"; printf '  %s\n' "${summary[@]}"
      grep -h '^summary:' "$logs"/selftest-*.log 2>/dev/null | sed 's/^/  /'; } >&3 || true
  fi
  exit $((rc ? rc : failed))
}
trap finish EXIT
trap 'exit 130' INT TERM

# step NAME CMD... : runs CMD with its output in $logs/NAME.log, records rc and seconds.
step() {
  local name=$1 t0=$SECONDS rc=0; shift; current=$name
  "$@" >"$logs/$name.log" 2>&1 || rc=$?
  current=
  summary+=("$(printf '%-24s rc=%-3s %5ss' "$name" "$rc" $((SECONDS - t0)))")
  printf '== %-24s rc=%s  %ss\n' "$name" "$rc" $((SECONDS - t0))
  if [ $rc != 0 ]; then failed=1; tail -n 40 "$logs/$name.log"; fi
  return $rc
}

# in_root CMD... : runs CMD in the chroot with a clean environment (nothing from the host leaks
# into the build); VAR=value words before CMD are passed through env.
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# apt_retry CMD... : runs an apt-get command line, waiting while another process (unattended
# upgrades, a colleague's apt) holds the dpkg or lists lock instead of failing at once.
apt_retry() {
  local try out
  for try in $(seq 1 60); do
    if out=$("$@" -o DPkg::Lock::Timeout=60 2>&1); then echo "$out"; return 0; fi
    echo "$out"
    grep -qiE 'could not get lock|unable to (acquire|lock)' <<<"$out" || return 1
    echo "apt lock busy, waiting (try $try)"; sleep 10
  done
  return 1
}

host_tools() {
  command -v debootstrap >/dev/null && command -v rsync >/dev/null && return 0
  apt_retry apt-get update && apt_retry apt-get install -y debootstrap rsync
}
mount_proc() {  # needed by package scripts, the build and torch at run time
  mountpoint -q "$root/proc" && return 0
  mount -t proc proc "$root/proc"; mounted=1
}
installed() {  # all of deps installed in the chroot? (asks the chroot's dpkg database)
  local st  # (a package dpkg has never heard of makes dpkg-query fail: not installed)
  st=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f '${Status}\n' "${deps[@]}" 2>/dev/null) || return 1
  ! grep -qv '^install ok installed$' <<<"$st"
}

install_deps() {
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"   # the host's resolver may have changed
  in_root dpkg --configure -a   # finishes an install that an interrupted run left half done
  apt_retry in_root apt-get update &&
    apt_retry in_root apt-get install -y --no-install-recommends "${deps[@]}"
}

make_root() {
  # debootstrap removes <root>/debootstrap/ when it completes: if it is there, an earlier run
  # stopped part way; start again (--one-file-system: never into a mount).
  if [ -d "$root/debootstrap" ]; then
    echo "torch2-check: $root is an unfinished debootstrap, removing it"
    mountpoint -q "$root/proc" && umount "$root/proc"
    rm -rf --one-file-system "$root"
  fi
  mkdir -p "$logs"
  if [ ! -x "$root/usr/bin/apt-get" ]; then
    step host-tools host_tools
    step debootstrap debootstrap --variant=minbase trixie "$root" "$mirror"
  fi
  mount_proc
  installed || step apt-install install_deps
}

copy_tree() {
  local self=()  # a TORCH2_ROOT inside the tree must not be copied into itself
  [[ $root == "$here"/* ]] && self=(--exclude "/${root#"$here"/}")
  rsync -a --delete --exclude '/build' --exclude '/build-*' --exclude /.git \
    --exclude /.cuda-check --exclude /.gpu-debs --exclude /.torch2-root "${self[@]}" \
    "$here/" "$root/src/"
}

make_root
[ $copy = 1 ] && step copy copy_tree
[ $clean = 1 ] && rm -rf "$root/b"

cli=/b/app/mars5-cli fx=/src/tests/fixtures
step configure in_root cmake -S /src -B /b -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DMARS5_BUILD_UI=OFF -DMARS5_BUILD_TESTS=OFF -DMARS5_USE_SYSTEM_TORCH=ON || exit 1
step build in_root cmake --build /b -j"$jobs" --target mars5-cli || exit 1
# Each self-test reports its own checks: the second runs even if the first fails.
step selftest-codec in_root "$cli" selftest codec --fixtures "$fx"/codec || true
step selftest-mars5 in_root OMP_NUM_THREADS=1 "$cli" selftest mars5 --fixtures "$fx"/mars5 || true
# The GPU's numeric path (fused attention, the AR's fewer-kernel path, the NAR heads on the new
# frames only) forced on the CPU: with libtorch 2.x it runs here, which the dev machines' 1.13
# cannot do.
step selftest-mars5-gpu-path in_root OMP_NUM_THREADS=1 MARS5_FUSED_ATTENTION=all MARS5_AR_KERNELS=fewer MARS5_NAR_HEADS=narrow \
  "$cli" selftest mars5 --fixtures "$fx"/mars5 || true
# float16, the GPU's default dtype: libtorch 2.x has float16 matrix products and convolutions on
# the CPU (1.13 has neither), so the whole pipeline runs here in float16 on the GPU's numeric
# path and the codec's float16 error against float32 is measured (docs/PERFORMANCE.md).
gpu_path=(MARS5_FUSED_ATTENTION=all MARS5_AR_KERNELS=fewer MARS5_NAR_HEADS=narrow MARS5_DIFFUSION_DRAWS=device)
step tts-float16 in_root OMP_NUM_THREADS=2 "${gpu_path[@]}" "$cli" tts \
  --ar "$fx"/mars5/mars5_tiny_ar.safetensors --nar "$fx"/mars5/mars5_tiny_nar.safetensors \
  --encodec "$fx"/codec/encodec_tiny.th --vocos "$fx"/codec/vocos_tiny_pytorch_model.bin \
  --ref "$fx"/codec/input.wav --ref-text "hello there" --text "Half precision, as on a GPU." \
  --device cpu --dtype float16 -o /tmp/tts-float16.wav || true
step bench-codec-float16 in_root OMP_NUM_THREADS=2 "$cli" bench-codec --seconds 5 --repeat 1 --dtype float16 &&
  grep -A2 '^accuracy' "$logs/bench-codec-float16.log" | sed 's/^/  /'
# The bench runs the diffusion on the GPU's route (its own generator's short draws, the 3-pass
# posterior), which the self-tests do not take: they compare with the reference's stream.
if [ $bench = 1 ]; then  # the sizes of the CTest bench smoke (tests/bench/CMakeLists.txt)
  small=(--max-layers 1 --text-vocab 512 --speech-vocab 1536 --seed 7)
  if step make-random-ar in_root "$cli" make-random --manifest "$fx"/mars5/manifest_full_ar.json \
       -o /tmp/ar.safetensors "${small[@]}" &&
     step make-random-nar in_root "$cli" make-random --manifest "$fx"/mars5/manifest_full_nar.json \
       -o /tmp/nar.safetensors "${small[@]}" &&
     step bench in_root OMP_NUM_THREADS=1 MARS5_DIFFUSION_DRAWS=device "$cli" bench --ar /tmp/ar.safetensors \
       --nar /tmp/nar.safetensors --ref-seconds 1 --text-chars 20 --output-frames 20 \
       --nar-steps 8 --runs 1 --warmup 0 --device cpu --dtype float32; then
    sed 's/^/  /' "$logs/bench.log"
  fi
fi
