# Builds a small ratings database with the studio's own store (through the test executable),
# then reads it with mars5-cli rate-stats; the output is checked by PASS_REGULAR_EXPRESSION.
execute_process(COMMAND ${MAKER} --make-demo-db ${DB} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not make the demo database (${rc})")
endif()
execute_process(COMMAND ${CLI} rate-stats ${DB} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mars5-cli rate-stats failed (${rc})")
endif()
