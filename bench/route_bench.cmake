# computeRoutes (editor arrows for fixed positions) at 30, 100, 300 and 1000 components.
seam_add_benchmark(route_bench route_bench.cpp)
target_link_libraries(route_bench PRIVATE seam_layout)
