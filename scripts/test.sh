#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine by itself: installs and builds
# (scripts/setup.sh), starts a headless PulseAudio server for the playback tests,
# runs CTest and prints its summary. Extra arguments go to ctest (e.g. -L core).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${MARS5_BUILD_DIR:-"$here/build"}

"$here/scripts/setup.sh"

# Headless audio: a clocked null sink whose monitor is the default source.
# norewinds=1 matters: without it the null sink thrashes and streams stall.
export PULSE_SERVER=unix:/tmp/mars5-pulse-test.sock
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/mars5-runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
pulse_started=0
if command -v pulseaudio >/dev/null && ! pactl info >/dev/null 2>&1; then
  rm -f /tmp/mars5-pulse-test.sock
  if pulseaudio -n --daemonize=yes --exit-idle-time=-1 --disallow-exit \
       --log-target=file:/tmp/mars5-pulse-test.log \
       -L "module-native-protocol-unix socket=/tmp/mars5-pulse-test.sock auth-anonymous=1" \
       -L "module-null-sink sink_name=mars5_test_sink rate=48000 norewinds=1 sink_properties=device.description=MARS5-Test-Sink" \
       >/dev/null 2>&1; then
    pulse_started=1
    for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
    pactl set-default-sink mars5_test_sink >/dev/null 2>&1 || true
    pactl set-default-source mars5_test_sink.monitor >/dev/null 2>&1 || true
  else
    echo "test: could not start PulseAudio; playback tests will skip (see /tmp/mars5-pulse-test.log)"
  fi
fi
stop_pulse() { [ "$pulse_started" = 1 ] && pulseaudio --kill >/dev/null 2>&1 || true; }
trap stop_pulse EXIT

cd "$build_dir"
# The test programs run inference in-process without going through mars5-cli's or the studio's
# main(), which set this (mars5/process_setup.h): the same OpenMP wait policy as the product.
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
# A Qt Test program that crashes forks from its signal handler to print a stack; a crash inside
# malloc (a double free) then deadlocks that fork on malloc's own lock, and the test hangs until
# its timeout instead of failing (seen 2026-12-03 under gdb). Without the stack dump it fails at
# once and ctest names the signal.
export QTEST_DISABLE_STACK_DUMP=${QTEST_DISABLE_STACK_DUMP:-1}
start=$(date +%s)
status=0
ctest --output-on-failure --timeout 1800 -j2 "$@" || status=$?
echo "test: ctest finished in $(( $(date +%s) - start )) s"
exit $status
