# Finds every third-party dependency once, for all subdirectories.
# Everything comes from Debian packages (scripts/setup.sh installs them); on a GPU
# machine libtorch may instead come from a PyTorch installation (see README).

# libtorch: -DMARS5_TORCH_PREFIX=<a libtorch tree> makes its targets by hand, without its CMake
# package (cmake/Mars5TorchByHand.cmake: the GPU recipe's fallback); otherwise an explicit
# -DTorch_DIR wins, then a Python torch that ships its CMake config (the CUDA build on GPU
# machines), then Debian's libtorch-dev (CPU).
if(MARS5_TORCH_PREFIX)
  include(Mars5TorchByHand)
elseif(NOT Torch_DIR AND NOT MARS5_USE_SYSTEM_TORCH)
  find_program(MARS5_PYTHON NAMES python3)
  if(MARS5_PYTHON)
    execute_process(
      COMMAND ${MARS5_PYTHON} -c "import torch;print(torch.utils.cmake_prefix_path)"
      OUTPUT_VARIABLE _mars5_torch_prefix OUTPUT_STRIP_TRAILING_WHITESPACE
      ERROR_QUIET RESULT_VARIABLE _mars5_torch_rc)
    # Debian's python3-torch reports a prefix that does not exist: check it.
    if(_mars5_torch_rc EQUAL 0 AND EXISTS "${_mars5_torch_prefix}/Torch/TorchConfig.cmake")
      list(PREPEND CMAKE_PREFIX_PATH "${_mars5_torch_prefix}")
    endif()
  endif()
endif()
if(NOT MARS5_TORCH_PREFIX)
  find_package(Torch REQUIRED)
endif()
message(STATUS "MARS5: Torch ${Torch_VERSION} from ${Torch_DIR}")

find_package(nlohmann_json 3 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SNDFILE REQUIRED IMPORTED_TARGET sndfile)
pkg_check_modules(SOXR REQUIRED IMPORTED_TARGET soxr)
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)
# The rating database, read by mars5-cli rate-stats (the studio writes it through Qt SQL).
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
find_package(yaml-cpp REQUIRED)
# sha256 of the model files (OpenSSL's libcrypto, EVP interface).
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto)

# Numbers in words (ICU's English spell-out rules, mars5/spelled_numbers.h): the studio's
# Spell out numbers and `mars5-cli tts --spell-numbers`. The studio and the tests need it; a
# core-only build (the GPU machines) goes without, and its CLI says so when asked.
if(MARS5_BUILD_UI OR MARS5_BUILD_TESTS)
  pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-i18n icu-uc)
else()
  pkg_check_modules(ICU QUIET IMPORTED_TARGET icu-i18n icu-uc)
endif()

if(MARS5_BUILD_UI OR MARS5_BUILD_TESTS)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent Sql Test Svg
               PrintSupport Network LinguistTools)
endif()
if(MARS5_BUILD_UI)
  # Debian also ships the Qt 5 build of QCustomPlot (find_package(QCustomPlot));
  # linking it would load Qt 5 and Qt 6 into one process.
  find_package(QCustomPlotQt6 REQUIRED)
  pkg_check_modules(PORTAUDIO REQUIRED IMPORTED_TARGET portaudio-2.0)
  pkg_check_modules(EBUR128 REQUIRED IMPORTED_TARGET libebur128)
endif()

# CLI11 parses mars5-cli's subcommands and options (header-only, Debian libcli11-dev):
# the tts command alone takes every sampler field as an option.
find_package(CLI11 2 REQUIRED)
