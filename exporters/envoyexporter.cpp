#include "envoyexporter.h"
#include "yamlfile.h"

#include "common.h"
#include "meshroutes.h"
#include "runtimeconfig.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

namespace seam {

namespace {

// The egress listener of the application's proxy: loopback only, on the port Istio's sidecars
// use for outbound traffic. The model has no port for it; change it to the deployment's.
constexpr long long kEgressPort = 15001;
constexpr const char *kTypePrefix = "type.googleapis.com/";
constexpr const char *kLocalRateLimitFilter = "envoy.filters.http.local_ratelimit";
constexpr const char *kLocalRateLimitType = "envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit";

// Where a call goes: the callee's Service in the mesh, or nowhere the model knows.
struct Upstream {
    const Component *component;
    std::optional<MeshAddress> address;
    // The domains the application's Host header may carry. Without a mesh address a
    // placeholder under `.invalid` (RFC 6761), which no resolver answers, so the file validates
    // and nobody mistakes it for the callee's real name.
    std::vector<std::string> domains() const
    {
        if (!address)
            return {slug(component->id) + ".invalid"};
        std::vector<std::string> out;
        for (const std::string &name : {address->host(), address->service + "." + address->namespaceName}) {
            out.push_back(name);
            if (address->port)
                out.push_back(name + ":" + std::to_string(*address->port));
        }
        return out;
    }
};

void typed(YAML::Emitter &out, const std::string &type)
{
    out << YAML::Key << "typed_config" << YAML::Value << YAML::BeginMap << YAML::Key << "@type" << YAML::Value
        << kTypePrefix + type << YAML::EndMap;
}

// Envoy's runtime switch for a filter, on for every request unless the runtime says otherwise.
void fullyOn(YAML::Emitter &out, const char *field, const std::string &runtimeKey)
{
    out << YAML::Key << field << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "runtime_key" << YAML::Value << runtimeKey;
    out << YAML::Key << "default_value" << YAML::Value << YAML::BeginMap << YAML::Key << "numerator" << YAML::Value
        << 100 << YAML::Key << "denominator" << YAML::Value << "HUNDRED" << YAML::EndMap;
    out << YAML::EndMap;
}

// The model's "N requests per period" as the local rate limit filter's bucket for a route or a
// virtual host: N tokens, all refilled every period. Requests beyond them get a 429 from the
// caller's own proxy, so the caller stays inside the limit.
void localRateLimit(YAML::Emitter &out, const Integration &integration)
{
    const RateLimit &limit = *integration.rateLimit;
    out << YAML::Key << "typed_per_filter_config" << YAML::Value << YAML::BeginMap << YAML::Key << kLocalRateLimitFilter
        << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "@type" << YAML::Value << std::string(kTypePrefix) + kLocalRateLimitType;
    out << YAML::Key << "stat_prefix" << YAML::Value << integration.id;
    out << YAML::Key << "token_bucket" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "max_tokens" << YAML::Value << *limit.requests;
    out << YAML::Key << "tokens_per_fill" << YAML::Value << *limit.requests;
    out << YAML::Key << "fill_interval" << YAML::Value << protoDuration(ratePeriodMs(*limit.per));
    out << YAML::EndMap;
    fullyOn(out, "filter_enabled", "local_rate_limit_enabled");
    fullyOn(out, "filter_enforced", "local_rate_limit_enforced");
    out << YAML::EndMap << YAML::EndMap;
}

void retryBackOff(YAML::Emitter &out, const Integration &integration, std::vector<std::string> &warnings)
{
    const Retry &retry = *integration.reliability->retry;
    const Backoff backoff = retry.backoff.value_or(Backoff::None);
    if (backoff == Backoff::None || !retry.initialMs || *retry.initialMs <= 0) {
        warnings.push_back(elementName(integration)
                           + ": Envoy always waits between retries (25 ms, doubling, with full jitter) and needs a "
                             "delay above 0 to be told another; retry_back_off not written");
        return;
    }
    out << YAML::Key << "retry_back_off" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "base_interval" << YAML::Value << protoDuration(*retry.initialMs);
    if (backoff == Backoff::Fixed) {
        // Envoy's delays are random up to base × 2^n, capped at max_interval: equal caps keep
        // every delay at most the fixed one.
        out << YAML::Key << "max_interval" << YAML::Value << protoDuration(*retry.initialMs);
        warnings.push_back(elementName(integration)
                           + ": Envoy's back off is exponential with full jitter; the fixed delay is written as "
                             "its cap (max_interval = base_interval)");
    } else if (retry.maxMs && *retry.maxMs >= *retry.initialMs) {
        out << YAML::Key << "max_interval" << YAML::Value << protoDuration(*retry.maxMs);
    } else if (retry.maxMs) {
        warnings.push_back(elementName(integration)
                           + ": retry.max_ms is below initial_ms, which Envoy refuses; max_interval not written");
    }
    out << YAML::EndMap;
}

void emitRoute(YAML::Emitter &out, const Integration &integration, const MeshRoute &route, bool rateLimited,
               std::vector<std::string> &warnings)
{
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << route.name;
    out << YAML::Key << "match" << YAML::Value << YAML::BeginMap;
    if (route.operation) {
        out << YAML::Key << "safe_regex" << YAML::Value << YAML::BeginMap << YAML::Key << "regex" << YAML::Value
            << pathRegex(*route.operation->path) << YAML::EndMap;
        out << YAML::Key << "headers" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << ":method";
        out << YAML::Key << "string_match" << YAML::Value << YAML::BeginMap << YAML::Key << "exact" << YAML::Value
            << std::string(toString(*route.operation->method)) << YAML::EndMap;
        out << YAML::EndMap << YAML::EndSeq;
    } else {
        out << YAML::Key << "prefix" << YAML::Value << "/";
    }
    out << YAML::EndMap;
    out << YAML::Key << "route" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "cluster" << YAML::Value << integration.id;
    // Envoy gives up after 15 s unless told otherwise; 0s is its "no timeout", as the model says.
    out << YAML::Key << "timeout" << YAML::Value << protoDuration(route.settings.timeoutMs.value_or(0));
    // An explicit 0 also overrides a retry policy someone sets on the virtual host.
    out << YAML::Key << "retry_policy" << YAML::Value << YAML::BeginMap;
    if (route.settings.retries > 0) {
        out << YAML::Key << "retry_on" << YAML::Value << kMeshRetryOn;
        out << YAML::Key << "num_retries" << YAML::Value << route.settings.retries;
        if (route.settings.perTryMs)
            out << YAML::Key << "per_try_timeout" << YAML::Value << protoDuration(*route.settings.perTryMs);
        retryBackOff(out, integration, warnings);
    } else {
        out << YAML::Key << "num_retries" << YAML::Value << 0;
    }
    out << YAML::EndMap;
    out << YAML::EndMap;
    if (rateLimited)
        localRateLimit(out, integration);
    out << YAML::EndMap;
}

void emitCluster(YAML::Emitter &out, const Integration &i, const Upstream &upstream, bool retries,
                 std::vector<std::string> &warnings)
{
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << i.id;
    const bool endpoint = upstream.address && upstream.address->port;
    if (endpoint)
        out << YAML::Key << "type" << YAML::Value << "STRICT_DNS";
    const std::optional<long long> burst = i.rateLimit ? i.rateLimit->burst : std::nullopt;
    if (i.concurrencyLimit || burst) {
        out << YAML::Key << "circuit_breakers" << YAML::Value << YAML::BeginMap << YAML::Key << "thresholds"
            << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "priority" << YAML::Value << "DEFAULT";
        if (i.concurrencyLimit) {
            out << YAML::Key << "max_connections" << YAML::Value << *i.concurrencyLimit;
            out << YAML::Key << "max_requests" << YAML::Value << *i.concurrencyLimit;
            // Envoy allows 3 retries in flight by default: as many as the calls in flight instead.
            if (retries)
                out << YAML::Key << "max_retries" << YAML::Value << *i.concurrencyLimit;
        }
        if (burst)
            out << YAML::Key << "max_pending_requests" << YAML::Value << *burst;
        out << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
    }
    const CircuitBreaker *breaker
        = i.reliability && i.reliability->circuitBreaker ? &*i.reliability->circuitBreaker : nullptr;
    if (breaker && (breaker->failureThreshold || breaker->openMs)) {
        out << YAML::Key << "outlier_detection" << YAML::Value << YAML::BeginMap;
        if (breaker->failureThreshold)
            out << YAML::Key << "consecutive_5xx" << YAML::Value << *breaker->failureThreshold;
        if (breaker->openMs)
            out << YAML::Key << "base_ejection_time" << YAML::Value << protoDuration(std::max(1LL, *breaker->openMs));
        out << YAML::Key << "max_ejection_percent" << YAML::Value << 100;
        out << YAML::EndMap;
        if (breaker->halfOpenSuccesses)
            warnings.push_back(elementName(i)
                               + ": Envoy's outlier detection has no half-open trial calls; half_open_successes "
                                 "not written");
    }
    if (i.pattern == Pattern::Grpc) {
        const std::string options = "envoy.extensions.upstreams.http.v3.HttpProtocolOptions";
        out << YAML::Key << "typed_extension_protocol_options" << YAML::Value << YAML::BeginMap << YAML::Key << options
            << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "@type" << YAML::Value << kTypePrefix + options;
        out << YAML::Key << "explicit_http_config" << YAML::Value << YAML::BeginMap << YAML::Key
            << "http2_protocol_options" << YAML::Value << YAML::BeginMap << YAML::EndMap << YAML::EndMap;
        out << YAML::EndMap << YAML::EndMap;
    }
    if (endpoint) {
        out << YAML::Key << "load_assignment" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "cluster_name" << YAML::Value << i.id;
        out << YAML::Key << "endpoints" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key
            << "lb_endpoints" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "endpoint"
            << YAML::Value << YAML::BeginMap << YAML::Key << "address" << YAML::Value << YAML::BeginMap << YAML::Key
            << "socket_address" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "address" << YAML::Value << upstream.address->host();
        out << YAML::Key << "port_value" << YAML::Value << *upstream.address->port;
        out << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndMap << YAML::EndSeq << YAML::EndMap
            << YAML::EndSeq;
        out << YAML::EndMap;
    } else if (upstream.address) {
        warnings.push_back(elementName(*upstream.component) + " has no kubernetes.port: Envoy cluster '" + i.id
                           + "' has no endpoint; add it by hand");
    }
    out << YAML::EndMap;
}

struct Call {
    const Integration *integration;
    std::vector<MeshRoute> routes;
};

void listener(YAML::Emitter &out, const Component &application, const std::vector<Upstream> &upstreams,
              const std::map<std::string, std::vector<Call>> &calls, std::vector<std::string> &warnings)
{
    out << YAML::Key << "listeners" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << "egress";
    out << YAML::Key << "address" << YAML::Value << YAML::BeginMap << YAML::Key << "socket_address" << YAML::Value
        << YAML::BeginMap << YAML::Key << "address" << YAML::Value << "127.0.0.1" << YAML::Key << "port_value"
        << YAML::Value << kEgressPort << YAML::EndMap << YAML::EndMap;
    out << YAML::Key << "filter_chains" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "filters"
        << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << "envoy.filters.network.http_connection_manager";
    out << YAML::Key << "typed_config" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "@type" << YAML::Value
        << std::string(kTypePrefix)
            + "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager";
    out << YAML::Key << "stat_prefix" << YAML::Value << "egress";
    out << YAML::Key << "route_config" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << application.id;
    out << YAML::Key << "virtual_hosts" << YAML::Value << YAML::BeginSeq;
    bool rateLimits = false;
    for (const Upstream &upstream : upstreams) {
        const std::vector<Call> &callsOfHost = calls.at(upstream.component->id);
        // One bucket for all the routes of a call: on the virtual host when the call is its only
        // one, else on each route (an operation's own route then has a bucket of its own).
        const Integration *hostLimit = callsOfHost.size() == 1 && hasRequestRate(*callsOfHost.front().integration)
            ? callsOfHost.front().integration
            : nullptr;
        out << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << upstream.component->id;
        out << YAML::Key << "domains" << YAML::Value << YAML::Flow << upstream.domains();
        out << YAML::Key << "routes" << YAML::Value << YAML::BeginSeq;
        const Integration *catchAll = nullptr;
        for (const Call &call : callsOfHost) {
            if (catchAll)
                warnings.push_back(elementName(*call.integration) + ": Envoy matches the routes of one callee in "
                                   + "order and " + elementName(*catchAll)
                                   + " already takes every request; its routes are never used");
            const bool routeLimit = !hostLimit && hasRequestRate(*call.integration);
            if (routeLimit && call.routes.size() > 1)
                warnings.push_back(elementName(*call.integration) + ": its " + std::to_string(call.routes.size())
                                   + " Envoy routes share a virtual host with other calls, so each gets a rate limit "
                                     "bucket of its own: together they allow up to "
                                   + std::to_string(call.routes.size()) + " times the rate");
            rateLimits = rateLimits || hasRequestRate(*call.integration);
            for (const MeshRoute &route : call.routes) {
                emitRoute(out, *call.integration, route, routeLimit, warnings);
                if (!route.operation && !catchAll)
                    catchAll = call.integration;
            }
        }
        out << YAML::EndSeq;
        if (hostLimit)
            localRateLimit(out, *hostLimit);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    out << YAML::Key << "http_filters" << YAML::Value << YAML::BeginSeq;
    if (rateLimits) {
        // Without a bucket of its own the filter limits nothing: only the routes and virtual
        // hosts that carry one are limited. It must come before the router.
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << kLocalRateLimitFilter;
        out << YAML::Key << "typed_config" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "@type" << YAML::Value << std::string(kTypePrefix) + kLocalRateLimitType;
        out << YAML::Key << "stat_prefix" << YAML::Value << "egress_rate_limit";
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << "envoy.filters.http.router";
    typed(out, "envoy.extensions.filters.http.router.v3.Router");
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::EndMap; // typed_config
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndSeq; // filters, filter_chains
    out << YAML::EndMap << YAML::EndSeq;
}

} // namespace

std::string_view EnvoyExporter::description() const
{
    return "envoy/*.yaml: static Envoy v3 egress configuration (routes with retries, timeouts and local rate "
           "limits, clusters with circuit breakers and outlier detection) per calling application";
}

ExportResult EnvoyExporter::run(const Model &model, const ExportOptions &options) const
{
    ExportResult result;
    for (const Component &application : model.components) {
        std::vector<const Integration *> outgoing;
        for (const Integration &integration : model.integrationList())
            if (integration.from == application.id && meshCall(integration) && model.findComponent(integration.to))
                outgoing.push_back(&integration);
        if (outgoing.empty())
            continue;
        // A proxy runs beside our own services: not in browsers and apps, nor in systems run by others.
        if (application.isThirdParty() || application.kind == ComponentKind::Client) {
            result.warnings.push_back(elementName(application)
                                      + (application.kind == ComponentKind::Client
                                             ? " is a client: no Envoy proxy is written for its calls"
                                             : " is run by someone else: no Envoy proxy is written for its calls"));
            continue;
        }
        std::vector<std::string> warnings;
        std::vector<Upstream> upstreams;
        std::map<std::string, std::vector<Call>> calls; // by callee id
        for (const Integration *integration : outgoing) {
            const Component &callee = *model.findComponent(integration->to);
            if (!calls.count(callee.id)) {
                upstreams.push_back({&callee, meshAddress(callee)});
                if (!upstreams.back().address)
                    warnings.push_back(elementName(callee) + " has no kubernetes.namespace: its Envoy virtual host "
                                       + "matches the placeholder " + upstreams.back().domains().front()
                                       + " and its clusters have no endpoint; set both by hand");
            }
            calls[callee.id].push_back({integration, meshRoutes(*integration, "Envoy", warnings)});
        }
        YAML::Emitter out;
        out.SetIndent(2);
        out << YAML::Comment(
            "Envoy egress configuration of " + application.displayName() + " in " + modelAndSource(model, options)
            + ", generated by Seam. The application sends its calls to 127.0.0.1:" + std::to_string(kEgressPort) + ".");
        out << YAML::BeginMap << YAML::Key << "static_resources" << YAML::Value << YAML::BeginMap;
        listener(out, application, upstreams, calls, warnings);
        out << YAML::Key << "clusters" << YAML::Value << YAML::BeginSeq;
        for (const Upstream &upstream : upstreams)
            for (const Call &call : calls.at(upstream.component->id)) {
                bool retries = false;
                for (const MeshRoute &route : call.routes)
                    retries = retries || route.settings.retries > 0;
                emitCluster(out, *call.integration, upstream, retries, warnings);
            }
        out << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
        if (!addYamlFile(result, out, "envoy", "envoy/" + application.id + ".yaml"))
            return result;
        for (std::string &warning : warnings) // per-operation routes repeat their integration's warnings
            if (std::find(result.warnings.begin(), result.warnings.end(), warning) == result.warnings.end())
                result.warnings.push_back(std::move(warning));
    }
    return result;
}

namespace {
const ExporterRegistration registration(86, std::make_unique<EnvoyExporter>());
}

} // namespace seam
