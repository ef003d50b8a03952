# libtorch without its CMake package: the targets made by hand from a libtorch tree, i.e. a
# folder with include/ and lib/ (a PyTorch installation's torch/ folder, or the libtorch zip).
#
#   cmake ... -DMARS5_TORCH_PREFIX=$(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__))')
#
# Why: the TorchConfig.cmake of a CUDA build looks for the CUDA toolkit its own way (Caffe2's
# cuda.cmake, with its own expectations of the toolkit's layout, NVTX and architectures); where
# that fails, configure stops before anything of ours is built. The GPU recipe
# (scripts/gpu-session.sh) configures again this way when the normal way fails, so a lent GPU's
# few minutes are not lost to a CMake package. What it sets, as find_package(Torch) would:
# TORCH_LIBRARIES, Torch_VERSION, Torch_DIR, and with a CUDA build the target c10_cuda (which
# switches core's CUDA code on, core/CMakeLists.txt).

set(_mars5_torch "${MARS5_TORCH_PREFIX}")
if(NOT EXISTS "${_mars5_torch}/include/torch/csrc/api/include/torch/torch.h")
  message(FATAL_ERROR "MARS5_TORCH_PREFIX=${_mars5_torch} is not a libtorch tree "
                      "(no include/torch/csrc/api/include/torch/torch.h)")
endif()

# find_library caches what it found: another tree in the same build folder must search again.
if(NOT "${MARS5_TORCH_PREFIX}" STREQUAL "${MARS5_TORCH_PREFIX_SEARCHED}")
  foreach(_lib torch torch_cpu c10 torch_cuda c10_cuda)
    unset(MARS5_TORCH_LIBRARY_${_lib} CACHE)
  endforeach()
  set(MARS5_TORCH_PREFIX_SEARCHED "${MARS5_TORCH_PREFIX}" CACHE INTERNAL "the tree MARS5_TORCH_LIBRARY_* were found in")
endif()

add_library(mars5_torch INTERFACE IMPORTED)
target_include_directories(mars5_torch SYSTEM INTERFACE "${_mars5_torch}/include"
                                                        "${_mars5_torch}/include/torch/csrc/api/include")
foreach(_lib torch torch_cpu c10)
  find_library(MARS5_TORCH_LIBRARY_${_lib} NAMES ${_lib} PATHS "${_mars5_torch}/lib" NO_DEFAULT_PATH REQUIRED)
  target_link_libraries(mars5_torch INTERFACE "${MARS5_TORCH_LIBRARY_${_lib}}")
endforeach()
# PyTorch's wheels and Debian's libtorch both use the C++11 ABI; the torch module says which.
set(MARS5_TORCH_CXX11_ABI 1 CACHE STRING "_GLIBCXX_USE_CXX11_ABI of the libtorch in MARS5_TORCH_PREFIX")
target_compile_definitions(mars5_torch INTERFACE _GLIBCXX_USE_CXX11_ABI=${MARS5_TORCH_CXX11_ABI})

find_library(MARS5_TORCH_LIBRARY_torch_cuda NAMES torch_cuda PATHS "${_mars5_torch}/lib" NO_DEFAULT_PATH)
find_library(MARS5_TORCH_LIBRARY_c10_cuda NAMES c10_cuda PATHS "${_mars5_torch}/lib" NO_DEFAULT_PATH)
if(MARS5_TORCH_LIBRARY_torch_cuda AND MARS5_TORCH_LIBRARY_c10_cuda)
  # libtorch_cuda registers the CUDA backend when it is loaded, and nothing of ours names one of
  # its symbols: without --no-as-needed the linker would drop it and CUDA would be "not built in".
  target_link_libraries(mars5_torch INTERFACE "-Wl,--no-as-needed,${MARS5_TORCH_LIBRARY_torch_cuda}" "-Wl,--as-needed")
  set(_mars5_torch_cuda " with CUDA")
  # Core's CUDA code (CUDA graphs, device memory figures) calls the CUDA runtime itself, so it
  # needs the toolkit's headers and cudart: from the toolkit CMake finds (nvcc's), else from
  # CUDA_HOME. Without them the build still runs on the GPU, only without that code (c10_cuda
  # is then not made, and core waits for the device by a read-back).
  find_package(CUDAToolkit QUIET)
  if(TARGET CUDA::cudart)
    set(_mars5_cudart CUDA::cudart)
  else()
    set(_mars5_cuda_home "$ENV{CUDA_HOME}")
    if(NOT _mars5_cuda_home)
      set(_mars5_cuda_home /usr/local/cuda)
    endif()
    find_path(MARS5_CUDA_INCLUDE_DIR cuda_runtime_api.h PATHS "${_mars5_cuda_home}/include" NO_DEFAULT_PATH)
    find_library(MARS5_CUDART NAMES cudart PATHS "${_mars5_cuda_home}/lib64" "${_mars5_cuda_home}/lib" NO_DEFAULT_PATH)
    if(MARS5_CUDA_INCLUDE_DIR AND MARS5_CUDART)
      set(_mars5_cudart "${MARS5_CUDART}")
    endif()
  endif()
  if(_mars5_cudart)
    add_library(c10_cuda SHARED IMPORTED)
    set_target_properties(c10_cuda PROPERTIES IMPORTED_LOCATION "${MARS5_TORCH_LIBRARY_c10_cuda}")
    target_link_libraries(c10_cuda INTERFACE ${_mars5_cudart})
    if(MARS5_CUDA_INCLUDE_DIR AND NOT TARGET CUDA::cudart)
      target_include_directories(c10_cuda SYSTEM INTERFACE "${MARS5_CUDA_INCLUDE_DIR}")
    endif()
  else()
    message(WARNING "MARS5: libtorch has CUDA but no CUDA toolkit was found (set CUDA_HOME): "
                    "building without the CUDA graphs and device memory figures")
    set(_mars5_torch_cuda " with CUDA, without its toolkit")
  endif()
endif()

# Torch_VERSION from the headers (torch/version.h: TORCH_VERSION "2.11.0" or its parts).
set(Torch_VERSION unknown)
set(_mars5_version_h "${_mars5_torch}/include/torch/csrc/api/include/torch/version.h")
if(EXISTS "${_mars5_version_h}")
  file(STRINGS "${_mars5_version_h}" _mars5_version_lines REGEX "#define TORCH_VERSION_(MAJOR|MINOR|PATCH) ")
  foreach(_line ${_mars5_version_lines})
    if(_line MATCHES "#define TORCH_VERSION_(MAJOR|MINOR|PATCH) ([0-9]+)")
      set(_mars5_torch_${CMAKE_MATCH_1} ${CMAKE_MATCH_2})
    endif()
  endforeach()
  if(DEFINED _mars5_torch_MAJOR AND DEFINED _mars5_torch_MINOR AND DEFINED _mars5_torch_PATCH)
    set(Torch_VERSION "${_mars5_torch_MAJOR}.${_mars5_torch_MINOR}.${_mars5_torch_PATCH}")
  endif()
endif()
set(TORCH_LIBRARIES mars5_torch)
set(Torch_DIR "${_mars5_torch} (targets made by hand${_mars5_torch_cuda}, cmake/Mars5TorchByHand.cmake)")
