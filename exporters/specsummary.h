#pragma once
// "Specification Summary": per API the operations with their schemas and callers, per
// channel the events with their payloads, producers and consumers, and the schemas;
// the review pack's short view of what the spec exporters (OpenAPI, AsyncAPI,
// Protocol Buffers, GraphQL, JSON Schema) write in full.

#include "documentmarkup.h"

namespace seam {

void writeSpecSummary(const Model &model, DocumentMarkup &markup);

} // namespace seam
