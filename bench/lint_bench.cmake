# Issue 3: lint time of generated 1k/10k-component models next to their parse time.
seam_add_benchmark(lint_bench lint_bench.cpp)
target_link_libraries(lint_bench PRIVATE seam_model)
