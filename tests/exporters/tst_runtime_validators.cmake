# --- runtime exports (tst_runtime_validators.cpp): label "validators" ---
# kubernetes-models and @kubernetes-models/istio from tools/validators, promtool from Debian's
# prometheus package; the shared fixture installs whatever is missing first.
target_compile_definitions(tst_runtime_validators PRIVATE
  SEAM_VALIDATORS_DIR="${PROJECT_SOURCE_DIR}/tools/validators")
set_tests_properties(exporters.runtime_validators PROPERTIES
  FIXTURES_REQUIRED seam_validators LABELS validators TIMEOUT 600)

# Envoy's v3 API protos come with @grpc/grpc-js-xds (tools/validators); libprotobuf's proto3
# JSON parser checks each exported bootstrap against them (envoyprotocheck.cpp).
add_executable(envoy-proto-check envoyprotocheck.cpp)
target_link_libraries(envoy-proto-check PRIVATE seam_model nlohmann_json::nlohmann_json PkgConfig::PROTOBUF)
add_dependencies(tst_runtime_validators envoy-proto-check)
target_compile_definitions(tst_runtime_validators PRIVATE
  SEAM_ENVOY_PROTO_CHECK="$<TARGET_FILE:envoy-proto-check>")
