#pragma once
// proto/<package>.proto: one file per proto package, for the gRPC APIs and the schemas
// that say `package:` (what `seam-cli import` makes of a .proto file). Every message and
// enum is defined once, in its package's file, and imported where another package uses
// it; names, field numbers, labels, oneofs, maps and enum numbers are written as the
// model declares them, so an imported file exports to the same descriptors.

#include "exporter.h"

namespace seam {

// A gRPC API with a proto package: exported in its package's file, not per component.
bool isPackagedApi(const Api &api);

// Appends a file per package of `model` (none for a v1 model) and its warnings to `result`.
void writeProtoPackages(const Model &model, ExportResult &result);

} // namespace seam
