# Prints, one per line, the executables under BUILD_DIR that the tests in TESTS_JSON
# (`ctest --show-only=json-v1`) run, relative to BUILD_DIR: ninja targets, so that a
# partial test run builds only what it runs (scripts/test-sanitizers.sh).
# Usage: cmake -DTESTS_JSON=F -DBUILD_DIR=D -P scripts/ctest-executables.cmake
file(READ "${TESTS_JSON}" json)
string(JSON count LENGTH "${json}" tests)
set(executables "")
if(count GREATER 0)
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    string(JSON program ERROR_VARIABLE no_command GET "${json}" tests ${i} command 0)
    if(NOT no_command AND program MATCHES "^${BUILD_DIR}/")
      file(RELATIVE_PATH target "${BUILD_DIR}" "${program}")
      list(APPEND executables "${target}")
    endif()
  endforeach()
endif()
list(REMOVE_DUPLICATES executables)
list(JOIN executables "\n" text)
# message() writes to stderr; the list goes to stdout for the shell.
execute_process(COMMAND ${CMAKE_COMMAND} -E echo "${text}")
