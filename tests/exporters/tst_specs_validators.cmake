# --- spec validators (tst_specs_validators.cpp): label "validators" ---
# The validators live in tools/validators (npm) and Debian packages; the fixture test
# installs whatever is missing first (idempotent, ~0.3 s when everything is there).
target_compile_definitions(tst_specs_validators PRIVATE
  SEAM_VALIDATORS_DIR="${PROJECT_SOURCE_DIR}/tools/validators")
add_test(NAME exporters.install-validators
  COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/install-validators.sh)
set_tests_properties(exporters.install-validators PROPERTIES
  FIXTURES_SETUP seam_validators LABELS validators TIMEOUT 1200)
set_tests_properties(exporters.specs_validators PROPERTIES
  FIXTURES_REQUIRED seam_validators LABELS validators TIMEOUT 900)
