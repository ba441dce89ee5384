#include "changekinds.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace seam::diff {

namespace {

using enum KindGroup;

// Contract kinds follow what `buf breaking` (wire and JSON) and `oasdiff` call breaking: a
// client built against the old contract fails against the new one. They are direction-blind,
// as buf is: a field removed from a request breaks as surely as one removed from a response.
constexpr std::array kKinds {
    ChangeKind {"api-removed", Contract, Severity::Error,
                "an API a component served is gone (with all its operations)"},
    ChangeKind {"grpc-service-renamed", Contract, Severity::Error,
                "a gRPC API's package or service changed, and with it the full name of every method"},
    ChangeKind {"operation-removed", Contract, Severity::Error,
                "an operation of an API, or of an integration's inline contract, is gone"},
    ChangeKind {"operation-method-changed", Contract, Severity::Error, "an operation's HTTP method changed"},
    ChangeKind {"operation-path-changed", Contract, Severity::Error, "an operation's HTTP path changed"},
    ChangeKind {"operation-streaming-changed", Contract, Severity::Error,
                "a gRPC operation's streaming (none, client, server, bidirectional) changed"},
    ChangeKind {"message-type-changed", Contract, Severity::Error,
                "an operation's request or response, or an event's payload, names another schema"},
    ChangeKind {"required-parameter-added", Contract, Severity::Error,
                "an operation gained a required parameter, or a parameter became required"},
    ChangeKind {"channel-removed", Contract, Severity::Error, "a channel a queue or topic carried is gone"},
    ChangeKind {"channel-address-changed", Contract, Severity::Error,
                "a channel's address (the broker's name for it) changed"},
    ChangeKind {"event-removed", Contract, Severity::Error,
                "an event of a channel, or of an integration's inline contract, is gone"},
    ChangeKind {
        "event-version-reused", Contract, Severity::Error,
        "a versioned event's payload changed (another schema, or its schema's content) but its version did not"},
    ChangeKind {"field-removed", Contract, Severity::Error,
                "a property was removed from a schema an operation or event uses"},
    ChangeKind {"field-type-changed", Contract, Severity::Error, "a property's type, format or `$ref` changed"},
    ChangeKind {"field-number-changed", Contract, Severity::Error, "a property's proto field number changed"},
    ChangeKind {"field-oneof-changed", Contract, Severity::Error,
                "a property moved into, out of or between `oneof` groups"},
    ChangeKind {"required-field-added", Contract, Severity::Error,
                "a schema gained a required property, or a property became required"},
    ChangeKind {"enum-value-removed", Contract, Severity::Error, "a value was removed from an enum"},
    ChangeKind {"availability-lowered", Sla, Severity::Warning, "a component promises a lower availability"},
    ChangeKind {"latency-raised", Sla, Severity::Warning, "a component promises a higher p95 or p99 latency"},
    ChangeKind {"throughput-lowered", Sla, Severity::Warning, "a component promises a lower throughput"},
    ChangeKind {"sla-dropped", Sla, Severity::Warning, "a component no longer promises a figure it promised"},
    ChangeKind {"flow-budget-raised", Sla, Severity::Warning, "a flow's latency budget was raised"},
    ChangeKind {"flow-budget-dropped", Sla, Severity::Warning, "a flow no longer has the latency budget it had"},
};

constexpr bool uniqueIds()
{
    for (size_t i = 0; i < kKinds.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (kKinds[i].id == kKinds[j].id)
                return false;
    return true;
}
static_assert(uniqueIds(), "change kind ids must be unique");

} // namespace

std::span<const ChangeKind> changeKinds()
{
    return kKinds;
}

const ChangeKind &changeKind(std::string_view id)
{
    for (const ChangeKind &kind : kKinds)
        if (kind.id == id)
            return kind;
    std::fprintf(stderr, "seam: unknown change kind '%.*s'\n", int(id.size()), id.data());
    std::abort();
}

} // namespace seam::diff
