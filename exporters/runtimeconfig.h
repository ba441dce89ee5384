#pragma once
// What the runtime-configuration exporters (resilience4j, istio, envoy, prometheus) and the drift
// check (`seam-cli check-config`) share: the Kubernetes names of a component, which
// application owns an integration's client settings, and Go-style durations.

#include "model/model.h"

#include <optional>
#include <string>
#include <vector>

namespace YAML {
class Emitter;
}

namespace seam {

// A component's address in the mesh, from its `kubernetes` block. Only the namespace is
// never guessed: without one the component has no address and exports warn instead.
struct MeshAddress {
    std::string namespaceName;
    std::string service; // `kubernetes.service`, else the id (when that is a Kubernetes name)
    std::optional<long long> port;
    std::string serviceAccount; // `kubernetes.service_account`, else `service`
    std::string host() const { return service + "." + namespaceName + ".svc.cluster.local"; }
    std::string principal() const { return "cluster.local/ns/" + namespaceName + "/sa/" + serviceAccount; }
};
std::optional<MeshAddress> meshAddress(const Component &component);

// The component whose code makes the call and so holds the client-side settings: the caller,
// or the consumer when a message comes from a queue or topic.
const Component *clientOf(const Model &model, const Integration &integration);

// Whether retrying a call of `integration` cannot do a thing twice: an idempotency key, natural
// idempotency, or only HTTP methods that are idempotent by definition (RFC 9110 §9.2.2).
bool retrySafe(const Integration &integration);
bool isIdempotentMethod(HttpMethod method);

// The attempts the model allows in all (the first call included); 1 without a retry policy,
// nullopt when unbounded.
std::optional<long long> attemptsInAll(const Integration &integration);

// Milliseconds as a duration string "250ms", "2s", "1.5s", "5m" (Go / Envoy / Prometheus style,
// also read by Spring Boot's Duration conversion when written in ms).
std::string goDuration(long long milliseconds);
// Whether the integration's rate limit says how many requests per period (not only a burst).
bool hasRequestRate(const Integration &integration);
// The length of a rate limit's period in milliseconds.
long long ratePeriodMs(RatePeriod period);
// Milliseconds as a protobuf JSON Duration, always in seconds: "2s", "0.25s", "1.5s" (Envoy).
std::string protoDuration(long long milliseconds);
// The number of milliseconds of such a string ("1.5s", "250ms", "1m"); nullopt if it is not one.
std::optional<long long> parseGoDuration(std::string_view text);

// "integration 'charge'" / "component 'stripe'": how warnings name an element.
std::string elementName(const Integration &integration);
std::string elementName(const Component &component);

// One Kubernetes object in a multi-document YAML stream: begin writes the document start,
// apiVersion, kind and metadata (name, namespace, Seam's managed-by label) and opens `spec`;
// end closes them.
void beginKubernetesObject(YAML::Emitter &out, const char *apiVersion, const char *kind, const std::string &name,
                           const std::string &ns);
void endKubernetesObject(YAML::Emitter &out);

} // namespace seam
