# cmake -DSOURCE_DIR=… -DCORPUS=… -DSEAM_CLI=… -P seedcorpus.cmake
# Fills CORPUS/yaml and CORPUS/json (the export harness reads YAML too) from the
# repository's model files. Seeds are named after their path so that two cases'
# fires.seam.yaml do not overwrite each other.
file(REMOVE_RECURSE ${CORPUS}/yaml ${CORPUS}/json)
file(MAKE_DIRECTORY ${CORPUS}/yaml ${CORPUS}/json)
file(GLOB_RECURSE seeds RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/examples/*.yaml ${SOURCE_DIR}/tests/*.yaml ${SOURCE_DIR}/tests/*.json)
# The seeds' own files: the sanitizer runtime's leak report of a tool is not a seed's problem.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
set(yaml 0)
set(json 0)
foreach(seed ${seeds})
  string(REPLACE "/" "__" name ${seed})
  if(seed MATCHES "\\.json$")
    configure_file(${SOURCE_DIR}/${seed} ${CORPUS}/json/${name} COPYONLY)
    math(EXPR json "${json} + 1")
    continue()
  endif()
  configure_file(${SOURCE_DIR}/${seed} ${CORPUS}/yaml/${name} COPYONLY)
  math(EXPR yaml "${yaml} + 1")
  # Seeds that do not load (error-message tests) stay YAML-only.
  execute_process(COMMAND ${SEAM_CLI} format ${SOURCE_DIR}/${seed} -o ${CORPUS}/json/${name}.json
                  RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
  if(status EQUAL 0)
    math(EXPR json "${json} + 1")
  else()
    file(REMOVE ${CORPUS}/json/${name}.json)
  endif()
endforeach()
message(STATUS "fuzz seed corpus: ${yaml} YAML, ${json} JSON files in ${CORPUS}")
file(TOUCH ${CORPUS}/seeds.stamp)
