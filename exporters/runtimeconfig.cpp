#include "runtimeconfig.h"

#include "model/constraints.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>

namespace seam {

std::optional<MeshAddress> meshAddress(const Component &component)
{
    if (!component.kubernetes || !component.kubernetes->namespaceName)
        return std::nullopt;
    const KubernetesPlacement &k = *component.kubernetes;
    MeshAddress address;
    address.namespaceName = *k.namespaceName;
    if (k.service)
        address.service = *k.service;
    else if (isDnsLabel(component.id))
        address.service = component.id;
    else
        return std::nullopt;
    address.port = k.port;
    address.serviceAccount = k.serviceAccount ? *k.serviceAccount : address.service;
    return address;
}

const Component *clientOf(const Model &model, const Integration &integration)
{
    const Component *from = model.findComponent(integration.from);
    if (from && from->isDestination())
        return model.findComponent(integration.to);
    return from;
}

bool isIdempotentMethod(HttpMethod method)
{
    return method != HttpMethod::Post && method != HttpMethod::Patch;
}

bool retrySafe(const Integration &integration)
{
    const Idempotency idempotency = integration.effectiveIdempotency();
    if (idempotency == Idempotency::Key || idempotency == Idempotency::Natural)
        return true;
    if (integration.pattern != Pattern::Rest || !integration.operations || integration.operations->empty())
        return false;
    for (const Operation &operation : *integration.operations)
        if (!operation.method || !isIdempotentMethod(*operation.method))
            return false;
    return true;
}

std::optional<long long> attemptsInAll(const Integration &integration)
{
    if (!integration.reliability || !integration.reliability->retry)
        return 1;
    const Retry &retry = *integration.reliability->retry;
    if (retry.unbounded || !retry.maxAttempts)
        return std::nullopt;
    return *retry.maxAttempts;
}

std::string goDuration(long long milliseconds)
{
    if (milliseconds % 60000 == 0 && milliseconds >= 60000)
        return std::to_string(milliseconds / 60000) + "m";
    if (milliseconds % 1000 == 0 && milliseconds >= 1000)
        return std::to_string(milliseconds / 1000) + "s";
    return std::to_string(milliseconds) + "ms";
}

bool hasRequestRate(const Integration &integration)
{
    return integration.rateLimit && integration.rateLimit->requests && integration.rateLimit->per;
}

long long ratePeriodMs(RatePeriod period)
{
    switch (period) {
    case RatePeriod::Second:
        return 1000;
    case RatePeriod::Minute:
        return 60 * 1000;
    case RatePeriod::Hour:
        return 60 * 60 * 1000;
    }
    return 1000;
}

std::string protoDuration(long long milliseconds)
{
    std::string out = std::to_string(milliseconds / 1000);
    if (const long long fraction = milliseconds % 1000; fraction != 0) {
        std::string digits = std::to_string(1000 + fraction).substr(1); // three digits, leading zeros kept
        while (digits.back() == '0')
            digits.pop_back();
        out += "." + digits;
    }
    return out + "s";
}

std::optional<long long> parseGoDuration(std::string_view text)
{
    double total = 0;
    bool any = false;
    while (!text.empty()) {
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || !std::isfinite(value) || value < 0)
            return std::nullopt;
        text.remove_prefix(size_t(end - text.data()));
        double unit = 0;
        for (const auto &[suffix, ms] : {std::pair {"ms", 1.0}, std::pair {"s", 1000.0}, std::pair {"m", 60000.0},
                                         std::pair {"h", 3600000.0}, std::pair {"d", 86400000.0}}) {
            if (text.starts_with(suffix)) {
                unit = ms;
                text.remove_prefix(std::string_view(suffix).size());
                break;
            }
        }
        if (unit == 0)
            return std::nullopt;
        total += value * unit;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return static_cast<long long>(std::llround(total));
}

std::string elementName(const Integration &integration)
{
    return "integration '" + integration.id + "'";
}

std::string elementName(const Component &component)
{
    return "component '" + component.id + "'";
}

void beginKubernetesObject(YAML::Emitter &out, const char *apiVersion, const char *kind, const std::string &name,
                           const std::string &ns)
{
    out << YAML::BeginDoc << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << apiVersion;
    out << YAML::Key << "kind" << YAML::Value << kind;
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << name;
    out << YAML::Key << "namespace" << YAML::Value << ns;
    out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap << YAML::Key << "app.kubernetes.io/managed-by"
        << YAML::Value << "seam" << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
}

void endKubernetesObject(YAML::Emitter &out)
{
    out << YAML::EndMap << YAML::EndMap << YAML::EndDoc;
}

} // namespace seam
