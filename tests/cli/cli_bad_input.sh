#!/usr/bin/env bash
# Bad input to mars5-cli the way a script meets it: each case must end with a clear
# "mars5-cli: error:" line and the expected exit code (1: the input, 2: the command line),
# never a crash, and must leave every input file as it was.
# Usage: cli_bad_input.sh MARS5_CLI FIXTURES_DIR WORK_DIR
set -u
cli=$1 fixtures=$2 work=$3
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
failures=0

# expect CODE REGEX -- COMMAND...: runs COMMAND, checks its exit code and that stderr matches REGEX.
expect() {
  local code=$1 pattern=$2
  shift 3
  "$@" > out.txt 2> err.txt
  local got=$?
  if [ "$got" != "$code" ] || ! grep -Eq -- "$pattern" err.txt; then
    echo "FAIL: $* -> exit $got (expected $code), stderr:"; sed 's/^/    /' err.txt
    failures=$((failures + 1))
  else
    echo "ok:   $(grep -m1 -E -- "$pattern" err.txt | head -c 160)"
  fi
}

M=$fixtures/mars5 K=$fixtures/codec
cp "$K/input.wav" ref.wav
cp "$M/manifest_full_ar.json" manifest.json
printf 'A first line.\n' > script.txt
mkdir -p lines && cp script.txt lines/001.wav
before=$(md5sum ref.wav manifest.json lines/001.wav)
tts=("$cli" tts --ar "$M/mars5_tiny_ar.safetensors" --nar "$M/mars5_tiny_nar.safetensors" --encodec "$K/encodec_tiny.th"
     --vocos "$K/vocos_tiny_pytorch_model.bin" --vocos-config "$K/vocos_tiny_config.yaml" --device cpu --nar_steps 4)

# Outputs that would overwrite an input, or could only fail after the work.
expect 1 "-o ref.wav: is the same file as IN ref.wav" -- "$cli" encode ref.wav -o ref.wav --encodec "$K/encodec_tiny.th"
expect 1 "-o ref.wav: is the same file as --ref ref.wav" -- "${tts[@]}" --ref ref.wav --text "Hi." -o ref.wav
expect 1 "--save-codes ref.wav: is the same file as --ref" -- "${tts[@]}" --ref ref.wav --text "Hi." -o x.wav --save-codes ref.wav
expect 1 "--save-codes and -o name the same file" -- "${tts[@]}" --ref ref.wav --text "Hi." -o x.wav --save-codes x.wav
expect 1 "--save-codes nodir/c.safetensors: the folder nodir does not exist" -- "${tts[@]}" --ref ref.wav --text "Hi." -o x.wav --save-codes nodir/c.safetensors
expect 1 "--save-codes and -o name the same file" -- "${tts[@]}" --ref ref.wav --text "Hi." -o x.wav --save-codes ./x.wav
expect 1 "--save-codes and -o name the same file" -- "${tts[@]}" --ref ref.wav --text "Hi." -o x.wav --save-codes "$work/x.wav"
expect 1 "is this command's standard output" -- bash -c 'set -o pipefail; "$@" -o /dev/stdout | cat' _ "${tts[@]}" --ref ref.wav --text "Hi."

# Model files in the wrong slot: said as such, not as missing tensors or a header length.
swap=("$cli" tts --nar "$M/mars5_tiny_nar.safetensors" --encodec "$K/encodec_tiny.th" --vocos-config "$K/vocos_tiny_config.yaml"
      --device cpu --ref ref.wav --text "Hi." -o x.wav)
expect 1 "vocos_tiny_pytorch_model.bin: holds Vocos weights where MARS5 AR \(CodecLM\) weights are needed" -- \
  "${swap[@]}" --ar "$K/vocos_tiny_pytorch_model.bin" --vocos "$K/vocos_tiny_pytorch_model.bin"
expect 1 "mars5_tiny_ar.safetensors: holds MARS5 AR weights where Vocos weights are needed" -- \
  "${swap[@]}" --ar "$M/mars5_tiny_ar.safetensors" --vocos "$M/mars5_tiny_ar.safetensors"
expect 1 "vocos_tiny_config.yaml: neither a safetensors file nor a PyTorch checkpoint" -- \
  "${swap[@]}" --ar "$K/vocos_tiny_config.yaml" --vocos "$K/vocos_tiny_pytorch_model.bin"
expect 1 "--json-file .*: is the same file as --ar" -- "$cli" bench --ar "$M/mars5_tiny_ar.safetensors" --nar "$M/mars5_tiny_nar.safetensors" --json-file "$M/mars5_tiny_ar.safetensors"
expect 1 "is a folder, not a checkpoint file" -- "$cli" encode ref.wav -o e.safetensors --encodec "$work"
expect 2 "--bandwidth: '1e400' is too large" -- "$cli" encode ref.wav -o e.safetensors --encodec "$K/encodec_tiny.th" --bandwidth 1e400
expect 1 "-o lines/001.wav: is the same file as --lines" -- "${tts[@]}" --ref ref.wav --lines lines/001.wav -o lines
expect 1 "-o manifest.json: is the same file as --manifest" -- "$cli" make-random --manifest manifest.json -o manifest.json
expect 1 "-o .*: is a folder, not a file name" -- "${tts[@]}" --ref ref.wav --text "Hi." -o "$work"
[ -e x.wav ] && { echo "FAIL: a refused run still wrote x.wav"; failures=$((failures + 1)); }

# Numbers no option can use (NaN once crashed bench-codec; 100000 threads hung tts).
expect 2 "--seconds: 'nan' is not a finite number" -- "$cli" bench-codec --seconds nan --repeat 1
expect 2 "--ref-seconds: 'nan' is not a finite number" -- "$cli" bench --ar "$M/mars5_tiny_ar.safetensors" --nar "$M/mars5_tiny_nar.safetensors" --ref-seconds nan
expect 2 "--threads: Value 100000 not in range 1 to 1024" -- "${tts[@]}" --ref ref.wav --text "Hi." -o x.wav --threads 100000
expect 2 "--threads: Value 0 not in range" -- "${tts[@]}" --ref ref.wav --text "Hi." -o x.wav --threads 0
expect 2 "--seed: '-1' is not a non-negative integer" -- "$cli" make-random --manifest manifest.json -o r.safetensors --seed -1
expect 2 "--seed: .* is too large" -- "$cli" make-random --manifest manifest.json -o r.safetensors --seed 99999999999999999999999
# The bound --help shows is one the option takes.
expect 1 "missing.wav" -- "${tts[@]}" --ref missing.wav --text "Hi." -o x.wav --seed 9007199254740991
"${tts[@]}" --help | grep -q -- "--seed .*range \[-1, 9007199254740991\]" || { echo "FAIL: tts --help shows the seed's bound rounded"; failures=$((failures + 1)); }
# Manifests asking for impossible tensors: said with the tensor's name, not libtorch's allocator.
printf '{"huge.weight": {"dtype": "F16", "shape": [100000, 100000]}}' > huge.json
printf '{"neg.weight": {"dtype": "F16", "shape": [-4, 4]}}' > neg.json
expect 1 "huge.json: huge.weight: the shape holds more than 2\^32 values" -- "$cli" make-random --manifest huge.json -o r.safetensors
expect 1 "neg.json: neg.weight: dimension -4 of the shape is not positive" -- "$cli" make-random --manifest neg.json -o r.safetensors
# Empty files and folders where a file belongs are called what they are.
: > empty.safetensors
expect 1 "empty.safetensors: the file is empty \(0 bytes\)" -- "$cli" info empty.safetensors
expect 1 "is a folder, not a checkpoint file" -- "$cli" info "$work"
mkdir -p script_folder
expect 1 "script_folder: is a folder, not a text file" -- "${tts[@]}" --ref ref.wav --lines script_folder -o out_lines
expect 1 "script_folder: is a folder, not an audio file" -- "${tts[@]}" --ref script_folder --text "Hi." -o x.wav
# A blank transcript is none: deep clone cannot use it.
expect 1 "deep clone needs the transcript" -- "${tts[@]}" --ref ref.wav --ref-text "  " --deep --text "Hi." -o x.wav
# The command line itself: the same "error:" form, exit code 2.
expect 2 "mars5-cli: error: --ref is required" -- "$cli" tts --text "Hi." -o x.wav
expect 2 "mars5-cli: error: .*not expected.*--no-such-option" -- "$cli" info ref.wav --no-such-option

after=$(md5sum ref.wav manifest.json lines/001.wav)
[ "$before" = "$after" ] || { echo "FAIL: an input file changed"; failures=$((failures + 1)); }
echo "cli_bad_input: $failures failure(s)"
[ "$failures" = 0 ]
