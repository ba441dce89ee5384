#pragma once
// schemas/<event>.v<version>.json: for every event, the JSON Schema 2020-12 of its
// payload — the model's schema itself, with everything it references under `$defs`,
// so each file validates a real message on its own. An envelope only when the model
// says so: `envelope: cloudevents` (CloudEvents 1.0 structured mode, the payload as
// `data`) or `envelope: template` (the founding template's messageId, eventType,
// source, timestamp, correlationId, payload, metadata).

#include "exporter.h"

namespace seam {

class JsonSchemaExporter : public Exporter {
public:
    std::string_view id() const override { return "jsonschema"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
