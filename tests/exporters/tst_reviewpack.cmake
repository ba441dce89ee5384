# tst_reviewpack also checks the PDF's table preparation (exporters/pdfreporttables.h),
# which lives in seam_export_pdf.
target_link_libraries(tst_reviewpack PRIVATE seam_export_pdf_all)
