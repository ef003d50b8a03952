#!/usr/bin/env bash
# Installs every build, run and test dependency from Debian 12 packages, then
# configures and builds MARS5 Studio (Release) in build/.
#
#   scripts/setup.sh          install + build
#   scripts/setup.sh --run    install + build, then start the studio
#
# Idempotent: packages already present are not fetched again and the build is
# incremental. Needs root (or sudo) only when a package is missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${MARS5_BUILD_DIR:-"$here/build"}
jobs=${MARS5_JOBS:-2}   # 2 is right for the 2-core CI machine: -j4 was slower there and doubles peak memory

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache
  # Qt 6 (qt6-l10n-tools is not pulled by qt6-tools-dev: lupdate/lrelease live there)
  qt6-base-dev libqt6sql6-sqlite qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # Qt's own strings in the user's language (Cancel, Yes, the file dialogs): qtbase_de.qm, ...
  qt6-translations-l10n
  # plots: the Qt 6 build of QCustomPlot (CMake package QCustomPlotQt6)
  libqcustomplot-dev
  # inference: libtorch (CPU) + OpenBLAS (matrix products are ~27x slower with the reference BLAS)
  libtorch-dev libopenblas0-pthread
  # audio I/O, resampling, playback, loudness
  libsndfile1-dev libsoxr-dev portaudio19-dev libebur128-dev
  # text, config and command-line parsing
  libpcre2-dev nlohmann-json3-dev libyaml-cpp-dev libcli11-dev
  # numbers in words (ICU's spell-out rules)
  libicu-dev
  # rating database read by mars5-cli rate-stats
  libsqlite3-dev
  # sha256 of model files (libcrypto EVP)
  libssl-dev
  # headless testing: X server for screenshots, PulseAudio null sink for playback tests, sox to inspect sound
  xvfb xauth x11-apps netpbm fonts-dejavu-core pulseaudio pulseaudio-utils libasound2-plugins sox
  # packaging: dpkg-shlibdeps for CPack DEB
  dpkg-dev
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "setup: need root to run: $*" >&2; exit 1
  fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup: all ${#packages[@]} Debian packages are installed"
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
fi
start=$(date +%s)
cmake --build "$build_dir" -j"$jobs"
echo "setup: build finished in $(( $(date +%s) - start )) s ($build_dir)"

if [ "${1:-}" = "--run" ]; then
  exec "$build_dir/app/studio/mars5-studio"
fi
