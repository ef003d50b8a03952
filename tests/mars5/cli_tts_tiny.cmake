# CTest script: `mars5-cli tts` end to end with the tiny fixture models (CPU), then checks that the
# per-stage timings were printed, that the default ("auto") device and precision were used, that
# clipping in 16 bits is reported, and that the WAV exists and is a non-empty RIFF/WAVE file.
# Variables: CLI (the mars5-cli executable), FIXTURES (tests/fixtures), OUT (the WAV to write).
file(REMOVE "${OUT}")
get_filename_component(out_dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${out_dir}")
execute_process(
  COMMAND "${CLI}" tts
    --ar "${FIXTURES}/mars5/mars5_tiny_ar.safetensors" --nar "${FIXTURES}/mars5/mars5_tiny_nar.pt"
    --encodec "${FIXTURES}/codec/encodec_tiny.th"
    --vocos "${FIXTURES}/codec/vocos_tiny_pytorch_model.bin" --vocos-config "${FIXTURES}/codec/vocos_tiny_config.yaml"
    --ref "${FIXTURES}/codec/input.wav" --text "Please keep the light on, slowly." --shallow
    --seed 3 --nar_steps 10 --q0_override_steps 3 --generate-max-len-override 60 --save-codes "${OUT}.codes.safetensors"
    -o "${OUT}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mars5-cli tts failed with ${rc}")
endif()
foreach(stage "encode reference: " "AR: " "NAR: " "vocode: " "trim: " "total: ")
  string(FIND "${out}" "${stage}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "no timing line '${stage}' in the output")
  endif()
endforeach()
# No --device/--dtype: "auto", the CPU in float32 here (the GPU in float16 on a CUDA build with a GPU).
if(NOT out MATCHES "; cpu, float32\n" AND NOT out MATCHES "; cuda, float16\n")
  message(FATAL_ERROR "the automatic device and precision are not cpu/float32 or cuda/float16")
endif()
# On the CPU (the reference's arithmetic) this take peaks above full scale: the 16-bit file clips
# it, and the CLI says so and names the flag that keeps the peaks.
if(out MATCHES "; cpu, float32\n" AND NOT err MATCHES "samples above full scale \\(peak \\+[0-9.]+ dBFS\\) clipped in 16 bits; --format wav-float keeps them")
  message(FATAL_ERROR "no warning that the 16-bit WAV clipped the take's peaks")
endif()
if(NOT EXISTS "${OUT}" OR NOT EXISTS "${OUT}.codes.safetensors")
  message(FATAL_ERROR "${OUT} or its codes file was not written")
endif()
file(SIZE "${OUT}" size)
file(READ "${OUT}" head LIMIT 12 HEX)
if(size LESS_EQUAL 44 OR NOT head MATCHES "^52494646........57415645$")  # "RIFF" <size> "WAVE"
  message(FATAL_ERROR "${OUT} is not a non-empty WAV (${size} bytes)")
endif()
