#pragma once
// What the sidecar exporters (istio, envoy) decide alike for each call through the mesh: which
// integrations a proxy carries, and the routes of one integration with their retries and
// timeouts. Retries of an operation that is not idempotent are written only with an idempotency
// key; one route per operation when the methods and paths tell the operations apart.

#include "model/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seam {

// The calls a mesh sidecar carries: HTTP/1, HTTP/2 and gRPC requests.
bool meshCall(const Integration &integration);

// Envoy's retry conditions for failures that carry no answer: safe for any request.
inline constexpr const char *kMeshRetryOn = "connect-failure,refused-stream,unavailable,cancelled,5xx";

// `/orders/{id}` → `^/orders/[^/]+$`: the path template as an RE2 regex (Istio's and Envoy's).
std::string pathRegex(const std::string &path);

struct RouteSettings {
    long long retries = 0; // attempts after the first
    std::optional<long long> perTryMs;
    std::optional<long long> timeoutMs; // the whole call, every attempt included
};

struct MeshRoute {
    std::string name; // the integration id, or "<id>-<operation slug>"
    const Operation *operation = nullptr; // null: the route matches the whole call
    RouteSettings settings;
};

// The routes of `integration`, in match order. Warnings name the integration and `runtime`
// ("Istio", "Envoy") where a setting cannot be written.
std::vector<MeshRoute> meshRoutes(const Integration &integration, std::string_view runtime,
                                  std::vector<std::string> &warnings);

} // namespace seam
