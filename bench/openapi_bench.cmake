# Issue 11: importing a generated 5 MB OpenAPI document and exporting it back (target: each < 1 s).
seam_add_benchmark(openapi_bench openapi_bench.cpp)
target_link_libraries(openapi_bench PRIVATE seam_export_all seam_import_all)
