#include "meshroutes.h"

#include "common.h"
#include "runtimeconfig.h"

namespace seam {

namespace {

// The route's timeout is the whole call: total_timeout_ms, else every attempt's timeout_ms.
RouteSettings routeSettings(const Integration &integration, bool retry)
{
    RouteSettings s;
    const long long attempts = attemptsInAll(integration).value_or(1);
    s.retries = retry ? attempts - 1 : 0;
    if (s.retries > 0)
        s.perTryMs = integration.timeoutMs;
    if (integration.totalTimeoutMs)
        s.timeoutMs = integration.totalTimeoutMs;
    else if (integration.timeoutMs)
        s.timeoutMs = *integration.timeoutMs * (s.retries + 1);
    return s;
}

} // namespace

bool meshCall(const Integration &integration)
{
    return integration.pattern == Pattern::Rest || integration.pattern == Pattern::Graphql
        || integration.pattern == Pattern::Grpc || integration.pattern == Pattern::Webhook;
}

std::string pathRegex(const std::string &path)
{
    std::string out = "^";
    for (size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '{') {
            const size_t close = path.find('}', i);
            if (close != std::string::npos) {
                out += "[^/]+";
                i = close;
                continue;
            }
        }
        if (std::string_view(".+*?^$()[]|\\").find(path[i]) != std::string_view::npos)
            out += '\\';
        out += path[i];
    }
    return out + "$";
}

std::vector<MeshRoute> meshRoutes(const Integration &i, std::string_view runtime, std::vector<std::string> &warnings)
{
    const bool retries = attemptsInAll(i).value_or(2) > 1;
    if (!attemptsInAll(i))
        warnings.push_back(elementName(i) + ": unbounded retries cannot be configured in " + std::string(runtime)
                           + "; not retried");
    if (!retries || retrySafe(i))
        return {{i.id, nullptr, routeSettings(i, retries && attemptsInAll(i))}};
    // Retry only what cannot do a thing twice: one route per operation when they can be told apart.
    bool perOperation = i.operations && !i.operations->empty();
    for (const Operation &operation : i.operations ? *i.operations : std::vector<Operation> {})
        perOperation = perOperation && operation.method && operation.path;
    if (!perOperation) {
        warnings.push_back(elementName(i)
                           + ": retries are written as 0: the call is not idempotent and has no idempotency key");
        return {{i.id, nullptr, routeSettings(i, false)}};
    }
    std::vector<MeshRoute> routes;
    for (const Operation &operation : *i.operations) {
        const bool safe = isIdempotentMethod(*operation.method);
        if (!safe)
            warnings.push_back(elementName(i) + ": operation '" + operation.name
                               + "' is not retried: not idempotent and no idempotency key");
        routes.push_back({i.id + "-" + slug(operation.name), &operation, routeSettings(i, safe)});
    }
    return routes;
}

} // namespace seam
