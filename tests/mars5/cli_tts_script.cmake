# CTest script: `mars5-cli tts --lines` speaks a script (BOM, CRLF and blank lines in it) into one
# WAV per non-empty line, in order, with an index (lines.tsv); a line comes out the same as that
# text alone with the same seed (the voice is encoded once and reused); a failing line leaves the
# others written; bad scripts and mixed options are refused in words; a long text is spoken in
# sentence pieces with --piece-chars, each piece with a seed of its own with --piece-seeds.
# Variables: CLI (the mars5-cli executable), FIXTURES (tests/fixtures), DIR (a scratch folder).
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
set(models
    --ar "${FIXTURES}/mars5/mars5_tiny_ar.safetensors" --nar "${FIXTURES}/mars5/mars5_tiny_nar.pt"
    --encodec "${FIXTURES}/codec/encodec_tiny.th"
    --vocos "${FIXTURES}/codec/vocos_tiny_pytorch_model.bin" --vocos-config "${FIXTURES}/codec/vocos_tiny_config.yaml"
    --ref "${FIXTURES}/codec/input.wav" --shallow --device cpu --dtype float32
    # the default q0_override_steps (20) with 4 steps: accepted, as the reference does (L0 never re-imposed)
    --seed 3 --nar_steps 4 --generate-max-len-override 40)
string(ASCII 239 187 191 bom)
file(WRITE "${DIR}/script.txt" "${bom}First line.\r\n\r\n   Second line, with spaces.   \nThird.\n")

execute_process(COMMAND "${CLI}" tts ${models} --lines "${DIR}/script.txt" -o "${DIR}/out"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "tts --lines failed with ${rc}")
endif()
# From the second line on, the time left for the rest (the first line's seconds per character).
foreach(expected "line 1 of 3: First line\\.\n" "line 2 of 3, about [0-9]+ s left: Second line, with spaces\\.\n"
                 "line 3 of 3, about [0-9]+ s left: Third\\.\n" "script: 3 of 3 lines written to ")
  if(NOT out MATCHES "${expected}")
    message(FATAL_ERROR "no '${expected}' in the output")
  endif()
endforeach()
file(GLOB wavs RELATIVE "${DIR}/out" "${DIR}/out/*.wav")
if(NOT wavs STREQUAL "001.wav;002.wav;003.wav")
  message(FATAL_ERROR "expected 001.wav;002.wav;003.wav, found '${wavs}'")
endif()
# The index: a header and one row per line, in order, with the text.
file(STRINGS "${DIR}/out/lines.tsv" index)
list(LENGTH index rows)
list(GET index 0 header)
list(GET index 2 second)
if(NOT rows EQUAL 4 OR NOT header STREQUAL "file\tseconds\tseed\tar_tokens\tstatus\ttext"
   OR NOT second MATCHES "^002\\.wav\t[0-9.]+\t3\t[0-9]+\tok: [a-z ]+\tSecond line, with spaces\\.$")
  message(FATAL_ERROR "lines.tsv is not the expected index:\n${index}")
endif()
# The voice is encoded once: later lines say so.
string(REGEX MATCHALL "\\(cached voice\\)" cached "${out}")
list(LENGTH cached cachedCount)
if(NOT cachedCount EQUAL 2)
  message(FATAL_ERROR "lines 2 and 3 should reuse the encoded voice (found ${cachedCount} cached)")
endif()

# Line 3 alone, same settings and seed: the same file.
execute_process(COMMAND "${CLI}" tts ${models} --text "Third." -o "${DIR}/third.wav" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
file(SHA256 "${DIR}/third.wav" alone)
file(SHA256 "${DIR}/out/003.wav" inScript)
if(NOT rc EQUAL 0 OR NOT alone STREQUAL inScript)
  message(FATAL_ERROR "line 3 of the script differs from the same text spoken alone")
endif()

# A line that fails (far longer than the 40 ids allowed here) is reported, the others are
# written, the index says why, and the exit code is 1.
file(WRITE "${DIR}/failing.txt" "Short one.\nThis line is much too long for a budget of forty ids, so the AR refuses it at once.\nLast.\n")
execute_process(COMMAND "${CLI}" tts ${models} --lines "${DIR}/failing.txt" -o "${DIR}/failing_out"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB wavs RELATIVE "${DIR}/failing_out" "${DIR}/failing_out/*.wav")
file(STRINGS "${DIR}/failing_out/lines.tsv" index)
list(GET index 2 second)
if(NOT rc EQUAL 1 OR NOT err MATCHES "mars5-cli: error: line 2: " OR NOT wavs STREQUAL "001.wav;003.wav"
   OR NOT out MATCHES "script: 2 of 3 lines written to .*, 1 failed" OR NOT second MATCHES "^\t\t\t\tfailed: .*\tThis line is much")
  message(FATAL_ERROR "a failing line: rc ${rc}, files '${wavs}'\n${out}${err}\n${index}")
endif()

# Refused in words, exit code 1, nothing written.
file(WRITE "${DIR}/blank.txt" "\n   \n\t\n")
set(cases
    "--lines^${DIR}/blank.txt^-o^${DIR}/blank_out|no text to speak \\(every line is empty\\)"
    "--lines^${DIR}/script.txt^--text^Hi.^-o^${DIR}/both_out|--text \"...\" or --lines SCRIPT.txt \\(one of them\\)"
    "-o^${DIR}/none.wav|--text \"...\" or --lines SCRIPT.txt \\(one of them\\)"
    "--lines^${DIR}/script.txt^-o^${DIR}/third.wav|-o names a folder"
    "--lines^${DIR}/script.txt^-o^${DIR}/codes_out^--save-codes^${DIR}/c.safetensors|use them with --text, not --lines"
    "--lines^${FIXTURES}/codec/input.wav^-o^${DIR}/binary_out|not a text file"
    "--lines^${CLI}^-o^${DIR}/huge_out|larger than 1024 KiB")
foreach(case IN LISTS cases)
  string(FIND "${case}" "|" bar)
  string(SUBSTRING "${case}" 0 ${bar} args)
  string(REPLACE "^" ";" args "${args}")  # ^ separates the arguments (a list inside a list item)
  math(EXPR from "${bar} + 1")
  string(SUBSTRING "${case}" ${from} -1 expected)
  execute_process(COMMAND "${CLI}" tts ${models} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 1 OR NOT err MATCHES "mars5-cli: error: .*${expected}")
    message(FATAL_ERROR "tts ${args}: expected exit 1 and '${expected}', got ${rc}:\n${err}")
  endif()
endforeach()
foreach(folder blank_out both_out codes_out binary_out huge_out)
  file(GLOB left "${DIR}/${folder}/*")
  if(left)
    message(FATAL_ERROR "a refused run left files in ${folder}: ${left}")
  endif()
endforeach()

# The model is given the rewritten text exactly as if it had been typed so: the same file with
# the same seed, and a note on stderr saying what it was given.
function(expect_same_as_typed name text options typed note)
  execute_process(COMMAND "${CLI}" tts ${models} --text "${text}" ${options} -o "${DIR}/${name}.wav"
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  execute_process(COMMAND "${CLI}" tts ${models} --text "${typed}" -o "${DIR}/${name}_typed.wav"
                  RESULT_VARIABLE rc2 OUTPUT_QUIET ERROR_QUIET)
  file(SHA256 "${DIR}/${name}.wav" rewritten)
  file(SHA256 "${DIR}/${name}_typed.wav" typed_sha)
  if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0 OR NOT rewritten STREQUAL typed_sha OR NOT err MATCHES "${note}")
    message(FATAL_ERROR "tts ${options}: rc ${rc}/${rc2}, the same file: ${rewritten} ${typed_sha}\n${err}")
  endif()
endfunction()

# --spell-numbers; the index keeps each line of a script as spoken.
expect_same_as_typed(spelled "Call 555-1234." "--spell-numbers" "Call five five five, one two three four."
                     "note: --spell-numbers: the text spoken: \"Call five five five, one two three four\\.\"")
file(WRITE "${DIR}/numbers.txt" "It is 7.\nNo digits.\n")
execute_process(COMMAND "${CLI}" tts ${models} --lines "${DIR}/numbers.txt" --spell-numbers -o "${DIR}/numbers_out"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
file(STRINGS "${DIR}/numbers_out/lines.tsv" index)
list(GET index 1 first)
if(NOT rc EQUAL 0 OR NOT first MATCHES "\tIt is seven\\.$"
   OR NOT err MATCHES "note: --spell-numbers: 1 number\\(s\\) spelled out in 1 line\\(s\\)")
  message(FATAL_ERROR "tts --lines --spell-numbers: rc ${rc}\n${err}\n${index}")
endif()

# --respellings LIST: each listed word respelled first (then the numbers with --spell-numbers),
# the same file as typing the result; a list that does not read is refused before any work.
file(WRITE "${DIR}/respellings.json"
     "{\"format\": \"mars5-respellings\", \"version\": 1, \"respellings\": [{\"written\": \"SQL\", \"said\": \"sequel\"}]}")
expect_same_as_typed(respelled "Use SQL 2 times." "--respellings;${DIR}/respellings.json;--spell-numbers" "Use sequel two times."
                     "note: --respellings --spell-numbers: the text spoken: \"Use sequel two times\\.\"")
file(WRITE "${DIR}/not_a_list.json" "{\"format\": \"mars5-studio-preset\"}")
execute_process(COMMAND "${CLI}" tts ${models} --text "Use SQL." --respellings "${DIR}/not_a_list.json" -o "${DIR}/never.wav"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "mars5-cli: error: .*not_a_list.json: not a respellings list" OR EXISTS "${DIR}/never.wav")
  message(FATAL_ERROR "tts with a bad --respellings list: rc ${rc}\n${err}")
endif()
execute_process(COMMAND "${CLI}" tts ${models} --text "Use SQL." --respellings "${DIR}/no_such_list.json" -o "${DIR}/never.wav"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "mars5-cli: error: .*no_such_list.json: cannot open the file" OR EXISTS "${DIR}/never.wav")
  message(FATAL_ERROR "tts with a missing --respellings list: rc ${rc}\n${err}")
endif()

# --piece-chars N: a text longer than N characters is spoken sentence by sentence, each piece
# with the next seed, joined with --piece-pause seconds; from the second piece on, progress says
# how long the text has left. Under 40 is refused before any work.
execute_process(COMMAND "${CLI}" tts ${models} --text "Please keep the light on. The door stays shut tonight. We leave at dawn."
                        --piece-chars 40 --piece-pause 0.5 -o "${DIR}/long.wav"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "pieces: 3 \\(seeds 3\\.\\.5, 0\\.50 s apart\\)\n"
   OR NOT out MATCHES "  2: [0-9.]+ s, [0-9]+ tokens, [^:]+: The door stays shut tonight\\.\n"
   OR NOT err MATCHES "  piece 1 of 3\n" OR NOT err MATCHES "  piece 3 of 3, about ([0-9]+ s|[0-9]+:[0-9][0-9]) left\n"
   OR NOT EXISTS "${DIR}/long.wav")
  message(FATAL_ERROR "tts --piece-chars: rc ${rc}\n${out}\n${err}")
endif()
# --piece-seeds: each piece's own seed (a studio take one of whose pieces was spoken again).
# The usual ones give the same file; another for piece 2 is listed; bad ones are refused.
execute_process(COMMAND "${CLI}" tts ${models} --text "Please keep the light on. The door stays shut tonight. We leave at dawn."
                        --piece-chars 40 --piece-pause 0.5 --piece-seeds 3,4,5 -o "${DIR}/long_seeds.wav"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
file(SHA256 "${DIR}/long.wav" usual)
file(SHA256 "${DIR}/long_seeds.wav" given)
if(NOT rc EQUAL 0 OR NOT usual STREQUAL given)
  message(FATAL_ERROR "tts --piece-seeds 3,4,5 differs from seed 3's pieces: rc ${rc}")
endif()
execute_process(COMMAND "${CLI}" tts ${models} --text "Please keep the light on. The door stays shut tonight. We leave at dawn."
                        --piece-chars 40 --piece-seeds 3,99,5,6 -o "${DIR}/long_other.wav"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "pieces: 3 \\(seeds 3, 99, 5, " OR NOT err MATCHES "note: 4 piece seeds for 3 pieces: the last one is not used")
  message(FATAL_ERROR "tts --piece-seeds 3,99,5,6: rc ${rc}\n${out}\n${err}")
endif()
foreach(case "--piece-seeds^1,2|--piece-seeds needs --piece-chars"
             "--piece-chars^40^--piece-seeds^9007199254740992|'9007199254740992' is not a seed \\(a whole number from 0 to 9007199254740991\\)"
             "--piece-chars^40^--piece-seeds^1,x|'x' is not a seed"
             "--piece-chars^40^--piece-seeds^0x10|'0x10' is not a seed"
             "--piece-chars^40^--piece-seeds^-1|'-1' is not a seed")
  string(FIND "${case}" "|" bar)
  string(SUBSTRING "${case}" 0 ${bar} args)
  string(REPLACE "^" ";" args "${args}")
  math(EXPR from "${bar} + 1")
  string(SUBSTRING "${case}" ${from} -1 expected)
  execute_process(COMMAND "${CLI}" tts ${models} --text "Short." ${args} -o "${DIR}/never.wav"
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(rc EQUAL 0 OR NOT err MATCHES "${expected}" OR EXISTS "${DIR}/never.wav")
    message(FATAL_ERROR "tts ${args}: expected a refusal with '${expected}', got ${rc}:\n${err}")
  endif()
endforeach()
execute_process(COMMAND "${CLI}" tts ${models} --text "Short." --piece-chars 12 -o "${DIR}/never.wav"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "piece_chars = 12 is out of range: must be 0 \\(the whole text at once\\) or at least 40"
   OR EXISTS "${DIR}/never.wav")
  message(FATAL_ERROR "tts --piece-chars 12: rc ${rc}\n${err}")
endif()
# A piece that fails is named with its words (its prompt is past a budget the first fits in).
set(models_budget20 ${models})
list(FIND models_budget20 "--generate-max-len-override" at)
math(EXPR value_at "${at} + 1")
list(REMOVE_AT models_budget20 ${at} ${value_at})
execute_process(COMMAND "${CLI}" tts ${models_budget20} --text "Hi there. Nobody has crossed the old bridge here."
                        --piece-chars 40 --generate-max-len-override 20 -o "${DIR}/never.wav"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "error: piece 2 of 2 \\(\"Nobody has crossed the old bridge here\\.\"\\): the AR prompt has"
   OR EXISTS "${DIR}/never.wav")
  message(FATAL_ERROR "tts --piece-chars with a failing piece: rc ${rc}\n${err}")
endif()
