# --- review pack in headless Chromium (tst_reviewpack_validators.cpp): label "validators" ---
# Chromium comes with the validators (scripts/install-validators.sh, the fixture below).
set_tests_properties(exporters.reviewpack_validators PROPERTIES
  FIXTURES_REQUIRED seam_validators LABELS validators TIMEOUT 900)
