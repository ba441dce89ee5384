#pragma once
// asyncapi/<component>.yaml: one AsyncAPI document per application — a component
// that sends to or receives from a queue or topic, or is an end of a direct
// asynchronous integration (webhook, point-to-point link). Its channels are those
// of the destinations it uses (declared `channels:` with their addresses, messages
// and bindings, or one per destination for v1 models), its operations its
// integrations (send / receive), its messages the events with their payload
// schemas. AsyncAPI 3.0.0 unless ExportOptions::asyncapiVersion says 2.6, or the
// application was imported from a 2.x document (its `x-asyncapi` extra); details an
// import kept as `x-asyncapi-<key>` extras are written back as `<key>`.
// With `envelope: template` messages carry the founding template's envelope as headers.

#include "exporter.h"

namespace seam {

class AsyncApiExporter : public Exporter {
public:
    std::string_view id() const override { return "asyncapi"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
