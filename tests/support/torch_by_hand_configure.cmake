# cmake -P script: configures core and the CLI with libtorch's targets made by hand
# (-DMARS5_TORCH_PREFIX, cmake/Mars5TorchByHand.cmake), the GPU recipe's fallback, so that path
# cannot rot unnoticed: a libtorch tree (include/ and lib/ as links to this build's libtorch) and a
# configure-only run. Linking it takes a whole build (README: checked by hand).
#   -DSOURCE_DIR=... -DWORK_DIR=... -DTORCH_INCLUDE=... -DTORCH_LIB_DIR=... -DGENERATOR=...
set(tree "${WORK_DIR}/libtorch-tree")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${tree}")
file(CREATE_LINK "${TORCH_INCLUDE}" "${tree}/include" SYMBOLIC)
file(CREATE_LINK "${TORCH_LIB_DIR}" "${tree}/lib" SYMBOLIC)
execute_process(
  COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/build" -G "${GENERATOR}"
          -DMARS5_BUILD_UI=OFF -DMARS5_BUILD_TESTS=OFF -DMARS5_TORCH_PREFIX=${tree}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configure with MARS5_TORCH_PREFIX failed (${rc})")
endif()
if(NOT out MATCHES "MARS5: Torch [0-9]+\\.[0-9]+\\.[0-9]+ from [^\n]*targets made by hand")
  message(FATAL_ERROR "the configure did not make libtorch's targets by hand")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
