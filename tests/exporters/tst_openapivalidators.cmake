# redocly lint on the OpenAPI documents the round trip exports (label "validators"; the
# validators fixture of tst_specs_validators.cmake installs redocly first).
target_link_libraries(tst_openapivalidators PRIVATE seam_import_all)
target_compile_definitions(tst_openapivalidators PRIVATE
  SEAM_VALIDATORS_DIR="${PROJECT_SOURCE_DIR}/tools/validators")
set_tests_properties(exporters.openapivalidators PROPERTIES
  FIXTURES_REQUIRED seam_validators LABELS validators TIMEOUT 600)
