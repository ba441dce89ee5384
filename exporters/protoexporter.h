#pragma once
// proto/<component>.proto: a proto3 service for every component that receives gRPC
// operations, with messages generated from the request and response schemas.
// Field numbers follow property order, so re-exporting an unchanged schema gives
// the same wire format.

#include "exporter.h"

namespace seam {

class ProtoExporter : public Exporter {
public:
    std::string_view id() const override { return "proto"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
