# --- runtime exports (tst_runtime_validators.cpp): label "validators" ---
# kubernetes-models and @kubernetes-models/istio from tools/validators, promtool from Debian's
# prometheus package; the shared fixture installs whatever is missing first.
target_compile_definitions(tst_runtime_validators PRIVATE
  SEAM_VALIDATORS_DIR="${PROJECT_SOURCE_DIR}/tools/validators")
set_tests_properties(exporters.runtime_validators PROPERTIES
  FIXTURES_REQUIRED seam_validators LABELS validators TIMEOUT 600)
