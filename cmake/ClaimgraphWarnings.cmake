# Warning flags for every claimgraph target, kept in one INTERFACE target so
# that no target edits CMAKE_CXX_FLAGS.
add_library(claimgraph_warnings INTERFACE)
add_library(claimgraph::warnings ALIAS claimgraph_warnings)
target_compile_options(claimgraph_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter>)
target_compile_features(claimgraph_warnings INTERFACE cxx_std_20)

# Every claimgraph target links claimgraph::warnings, so the sanitizers reach
# all engine code, the tool and the tests from here. -g1 (line tables and
# function names) is all a sanitizer report needs, and keeps this second
# build of everything small on disk (full -g made it 2.1 GB, which once
# filled a CI machine's disk).
if(CLAIMGRAPH_SANITIZE)
  target_compile_options(claimgraph_warnings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g1)
  target_link_options(claimgraph_warnings INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer builds (clang only): coverage instrumentation plus ASan/UBSan on
# every target; the fuzz executables add -fsanitize=fuzzer for libFuzzer's main.
if(CLAIMGRAPH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CLAIMGRAPH_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
  endif()
  target_compile_options(claimgraph_warnings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(claimgraph_warnings INTERFACE -fsanitize=address,undefined)
endif()

# claimgraph_add_stage(NAME SOURCES... DEPS ...) declares engine/NAME as the
# library claimgraph::NAME, includable as "NAME/header.h" from engine/.
function(claimgraph_add_stage name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(claimgraph_${name} STATIC ${ARG_SOURCES})
  add_library(claimgraph::${name} ALIAS claimgraph_${name})
  target_include_directories(claimgraph_${name} PUBLIC ${PROJECT_SOURCE_DIR}/engine)
  target_link_libraries(claimgraph_${name}
    PUBLIC ${ARG_PUBLIC_DEPS}
    PRIVATE claimgraph::warnings ${ARG_PRIVATE_DEPS})
  target_compile_features(claimgraph_${name} PUBLIC cxx_std_20)
endfunction()
