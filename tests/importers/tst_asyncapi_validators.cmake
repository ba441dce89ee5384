# --- AsyncAPI import validators (tst_asyncapi_validators.cpp): label "validators" ---
# @asyncapi/parser from tools/validators (scripts/install-validators.sh, the
# exporters.install-validators fixture) on the specs imported and on their exports.
target_compile_definitions(tst_asyncapi_validators PRIVATE
  SEAM_VALIDATORS_DIR="${PROJECT_SOURCE_DIR}/tools/validators")
set_tests_properties(importers.asyncapi_validators PROPERTIES
  FIXTURES_REQUIRED seam_validators LABELS validators TIMEOUT 600)
