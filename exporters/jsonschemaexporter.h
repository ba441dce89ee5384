#pragma once
// schemas/<event>.v<version>.json: for every event, the founding template's event
// envelope (messageId, eventType, source, timestamp, correlationId, payload,
// metadata) as JSON Schema 2020-12, with the payload schema and everything it
// references inlined under `$defs`, so each file validates an event on its own.

#include "exporter.h"

namespace seam {

class JsonSchemaExporter : public Exporter {
public:
    std::string_view id() const override { return "jsonschema"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
