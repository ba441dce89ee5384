#pragma once
// asyncapi.yaml: an AsyncAPI 2.6.0 document of the whole system's messaging —
// a channel per queue/topic component and per direct asynchronous integration
// (webhooks, point-to-point links), messages with payload schemas and the event
// envelope as headers.

#include "exporter.h"

namespace seam {

class AsyncApiExporter : public Exporter {
public:
    std::string_view id() const override { return "asyncapi"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
