# The round trip imports before it exports: it needs the importers' registrations too.
target_link_libraries(tst_openapiroundtrip PRIVATE seam_import_all)
