#include "istioexporter.h"
#include "yamlfile.h"

#include "common.h"
#include "meshroutes.h"
#include "runtimeconfig.h"

#include <yaml-cpp/yaml.h>

namespace seam {

namespace {

// AuthorizationPolicy paths allow `*` only as a prefix or suffix: a template is widened to the
// text before its first parameter.
std::string policyPath(const std::string &path)
{
    const size_t brace = path.find('{');
    return brace == std::string::npos ? path : path.substr(0, brace) + "*";
}

void emitRoute(YAML::Emitter &out, const std::string &name, const MeshAddress &caller, const MeshAddress &callee,
               const Operation *operation, const RouteSettings &settings)
{
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << name;
    out << YAML::Key << "match" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "sourceNamespace" << YAML::Value << caller.namespaceName;
    out << YAML::Key << "sourceLabels" << YAML::Value << YAML::BeginMap << YAML::Key << "app" << YAML::Value
        << caller.service << YAML::EndMap;
    if (operation) {
        out << YAML::Key << "method" << YAML::Value << YAML::BeginMap << YAML::Key << "exact" << YAML::Value
            << std::string(toString(*operation->method)) << YAML::EndMap;
        out << YAML::Key << "uri" << YAML::Value << YAML::BeginMap << YAML::Key << "regex" << YAML::Value
            << pathRegex(*operation->path) << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key << "route" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "destination" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "host" << YAML::Value << callee.host();
    if (callee.port)
        out << YAML::Key << "port" << YAML::Value << YAML::BeginMap << YAML::Key << "number" << YAML::Value
            << *callee.port << YAML::EndMap;
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
    if (settings.timeoutMs)
        out << YAML::Key << "timeout" << YAML::Value << goDuration(*settings.timeoutMs);
    // Istio retries twice unless told otherwise: a call the model does not retry says so.
    out << YAML::Key << "retries" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "attempts" << YAML::Value << settings.retries;
    if (settings.retries > 0) {
        if (settings.perTryMs)
            out << YAML::Key << "perTryTimeout" << YAML::Value << goDuration(*settings.perTryMs);
        out << YAML::Key << "retryOn" << YAML::Value << kMeshRetryOn;
    }
    out << YAML::EndMap;
    out << YAML::EndMap;
}

struct Call {
    const Integration *integration;
    MeshAddress caller;
};

void virtualService(YAML::Emitter &out, const MeshAddress &callee, const std::vector<Call> &calls,
                    std::vector<std::string> &warnings)
{
    beginKubernetesObject(out, "networking.istio.io/v1", "VirtualService", callee.service, callee.namespaceName);
    out << YAML::Key << "hosts" << YAML::Value << YAML::BeginSeq << callee.host() << YAML::EndSeq;
    out << YAML::Key << "http" << YAML::Value << YAML::BeginSeq;
    for (const Call &call : calls)
        for (const MeshRoute &route : meshRoutes(*call.integration, "Istio", warnings))
            emitRoute(out, route.name, call.caller, callee, route.operation, route.settings);
    out << YAML::EndSeq;
    endKubernetesObject(out);
}

// One DestinationRule per calling workload: a breaker belongs to the caller's view of the callee.
void destinationRule(YAML::Emitter &out, const MeshAddress &callee, const Call &call,
                     std::vector<std::string> &warnings)
{
    const Integration &i = *call.integration;
    const CircuitBreaker *breaker
        = i.reliability && i.reliability->circuitBreaker ? &*i.reliability->circuitBreaker : nullptr;
    const std::optional<long long> burst = i.rateLimit ? i.rateLimit->burst : std::nullopt;
    if (!breaker && !i.concurrencyLimit && !burst)
        return;
    beginKubernetesObject(out, "networking.istio.io/v1", "DestinationRule", i.id, call.caller.namespaceName);
    out << YAML::Key << "host" << YAML::Value << callee.host();
    out << YAML::Key << "workloadSelector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value
        << YAML::BeginMap << YAML::Key << "app" << YAML::Value << call.caller.service << YAML::EndMap << YAML::EndMap;
    out << YAML::Key << "exportTo" << YAML::Value << YAML::Flow << YAML::BeginSeq << "." << YAML::EndSeq;
    out << YAML::Key << "trafficPolicy" << YAML::Value << YAML::BeginMap;
    if (i.concurrencyLimit || burst) {
        out << YAML::Key << "connectionPool" << YAML::Value << YAML::BeginMap;
        if (i.concurrencyLimit)
            out << YAML::Key << "tcp" << YAML::Value << YAML::BeginMap << YAML::Key << "maxConnections" << YAML::Value
                << *i.concurrencyLimit << YAML::EndMap;
        out << YAML::Key << "http" << YAML::Value << YAML::BeginMap;
        if (i.concurrencyLimit)
            out << YAML::Key << "http2MaxRequests" << YAML::Value << *i.concurrencyLimit;
        if (burst)
            out << YAML::Key << "http1MaxPendingRequests" << YAML::Value << *burst;
        out << YAML::EndMap << YAML::EndMap;
    }
    if (breaker && (breaker->failureThreshold || breaker->openMs)) {
        out << YAML::Key << "outlierDetection" << YAML::Value << YAML::BeginMap;
        if (breaker->failureThreshold)
            out << YAML::Key << "consecutive5xxErrors" << YAML::Value << *breaker->failureThreshold;
        if (breaker->openMs)
            out << YAML::Key << "baseEjectionTime" << YAML::Value << goDuration(std::max(1LL, *breaker->openMs));
        out << YAML::Key << "maxEjectionPercent" << YAML::Value << 100;
        out << YAML::EndMap;
        if (breaker->halfOpenSuccesses)
            warnings.push_back(elementName(i)
                               + ": Istio's outlier detection has no half-open trial calls; half_open_successes "
                                 "not written");
    }
    out << YAML::EndMap;
    endKubernetesObject(out);
    if (i.rateLimit && i.rateLimit->requests)
        warnings.push_back(elementName(i)
                           + ": Istio sets a request rate only through an EnvoyFilter; only the burst is written "
                             "(connectionPool), and the envoy export writes the rate");
}

void authorizationPolicy(YAML::Emitter &out, const MeshAddress &callee, const std::vector<Call> &calls)
{
    beginKubernetesObject(out, "security.istio.io/v1", "AuthorizationPolicy", callee.service + "-callers",
                          callee.namespaceName);
    out << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value
        << YAML::BeginMap << YAML::Key << "app" << YAML::Value << callee.service << YAML::EndMap << YAML::EndMap;
    out << YAML::Key << "action" << YAML::Value << "ALLOW";
    out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
    for (const Call &call : calls) {
        const Integration &i = *call.integration;
        out << YAML::BeginMap;
        out << YAML::Key << "from" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "source"
            << YAML::Value << YAML::BeginMap << YAML::Key << "principals" << YAML::Value << YAML::BeginSeq
            << call.caller.principal() << YAML::EndSeq << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
        std::vector<std::string> methods, paths;
        bool described = i.pattern == Pattern::Rest && i.operations && !i.operations->empty();
        for (const Operation &operation : i.operations ? *i.operations : std::vector<Operation> {}) {
            described = described && operation.method && operation.path;
            if (!described)
                break;
            const std::string method(toString(*operation.method));
            if (std::find(methods.begin(), methods.end(), method) == methods.end())
                methods.push_back(method);
            if (const std::string path = policyPath(*operation.path);
                std::find(paths.begin(), paths.end(), path) == paths.end())
                paths.push_back(path);
        }
        if (callee.port || described) {
            out << YAML::Key << "to" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "operation"
                << YAML::Value << YAML::BeginMap;
            if (callee.port)
                out << YAML::Key << "ports" << YAML::Value << YAML::Flow << YAML::BeginSeq << YAML::DoubleQuoted
                    << std::to_string(*callee.port) << YAML::EndSeq; // Istio's ports are strings
            if (described) {
                out << YAML::Key << "methods" << YAML::Value << YAML::Flow << methods;
                out << YAML::Key << "paths" << YAML::Value << YAML::Flow << paths;
            }
            out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    endKubernetesObject(out);
}

} // namespace

std::string_view IstioExporter::description() const
{
    return "istio/*.yaml: VirtualServices, DestinationRules and AuthorizationPolicies of the called services";
}

ExportResult IstioExporter::run(const Model &model, const ExportOptions &options) const
{
    ExportResult result;
    for (const Component &callee : model.components) {
        std::vector<const Integration *> incoming;
        for (const Integration &integration : model.integrationList())
            if (integration.to == callee.id && meshCall(integration))
                incoming.push_back(&integration);
        if (incoming.empty())
            continue;
        const std::optional<MeshAddress> address = meshAddress(callee);
        if (!address) {
            result.warnings.push_back(elementName(callee) + " has no kubernetes.namespace: no Istio resources for "
                                      + elementName(*incoming.front()) + (incoming.size() > 1 ? " and others" : ""));
            continue;
        }
        std::vector<Call> calls;
        for (const Integration *integration : incoming) {
            const Component *caller = model.findComponent(integration->from);
            const std::optional<MeshAddress> from = caller ? meshAddress(*caller) : std::nullopt;
            if (!from) {
                result.warnings.push_back(elementName(*integration) + ": caller '" + integration->from
                                          + "' has no kubernetes.namespace, so it is not allowed by " + address->service
                                          + "-callers nor routed");
                continue;
            }
            calls.push_back({integration, *from});
        }
        if (calls.empty())
            continue;
        YAML::Emitter out;
        out.SetIndent(2);
        out << YAML::Comment("Istio configuration of calls to " + callee.displayName() + " in "
                             + modelAndSource(model, options)
                             + ", generated by Seam. Workloads are selected by their `app` label.");
        std::vector<std::string> warnings;
        std::vector<Call> routed;
        for (const Call &call : calls)
            if (call.integration->pattern != Pattern::Webhook)
                routed.push_back(call);
        if (!routed.empty())
            virtualService(out, *address, routed, warnings);
        for (const Call &call : routed)
            destinationRule(out, *address, call, warnings);
        authorizationPolicy(out, *address, calls);
        if (!addYamlFile(result, out, "istio", "istio/" + address->namespaceName + "/" + address->service + ".yaml"))
            return result;
        for (std::string &warning : warnings)
            result.warnings.push_back(std::move(warning));
    }
    return result;
}

namespace {
const ExporterRegistration registration(82, std::make_unique<IstioExporter>());
}

} // namespace seam
