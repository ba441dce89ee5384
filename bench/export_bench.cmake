# Issue 4: export time of a 10k-component model, per text format and all together.
seam_add_benchmark(export_bench export_bench.cpp)
target_link_libraries(export_bench PRIVATE seam_export_all)
