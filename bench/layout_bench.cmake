# computeLayout with dot (100/200 components) and sfdp (2000/5000), 3 integrations each.
seam_add_benchmark(layout_bench layout_bench.cpp)
target_link_libraries(layout_bench PRIVATE seam_layout)
