#include "resilience4jexporter.h"
#include "yamlfile.h"

#include "common.h"
#include "runtimeconfig.h"

#include <yaml-cpp/yaml.h>

#include <functional>

namespace seam {

namespace {

// Spring Boot reads "1000ms" as a java.time.Duration; whole milliseconds keep it exact.
std::string springDuration(long long milliseconds)
{
    return std::to_string(milliseconds) + "ms";
}

std::string_view refreshPeriod(RatePeriod period)
{
    switch (period) {
    case RatePeriod::Second:
        return "1s";
    case RatePeriod::Minute:
        return "1m";
    case RatePeriod::Hour:
        return "1h";
    }
    return "1s";
}

using Block = std::function<bool(YAML::Emitter &, const Integration &, std::vector<std::string> &)>;

// The failure-count breaker: N failures open it. A COUNT_BASED window of the last N calls that
// opens at a 100 % failure rate opens after exactly N failures in a row, and not before N calls.
bool circuitBreaker(YAML::Emitter &out, const Integration &i, std::vector<std::string> &)
{
    if (!i.reliability || !i.reliability->circuitBreaker)
        return false;
    const CircuitBreaker &cb = *i.reliability->circuitBreaker;
    out << YAML::Key << i.id << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "slidingWindowType" << YAML::Value << "COUNT_BASED";
    if (cb.failureThreshold) {
        out << YAML::Key << "slidingWindowSize" << YAML::Value << *cb.failureThreshold;
        out << YAML::Key << "minimumNumberOfCalls" << YAML::Value << *cb.failureThreshold;
        out << YAML::Key << "failureRateThreshold" << YAML::Value << 100;
    }
    if (cb.openMs)
        out << YAML::Key << "waitDurationInOpenState" << YAML::Value << springDuration(*cb.openMs);
    if (cb.halfOpenSuccesses)
        out << YAML::Key << "permittedNumberOfCallsInHalfOpenState" << YAML::Value << *cb.halfOpenSuccesses;
    out << YAML::EndMap;
    return true;
}

bool retry(YAML::Emitter &out, const Integration &i, std::vector<std::string> &warnings)
{
    if (!i.reliability || !i.reliability->retry)
        return false;
    const Retry &r = *i.reliability->retry;
    const std::optional<long long> attempts = attemptsInAll(i);
    if (!attempts) {
        warnings.push_back(elementName(i)
                           + ": unbounded retries have no Resilience4j equivalent; no retry instance written");
        return false;
    }
    out << YAML::Key << i.id << YAML::Value << YAML::BeginMap;
    // Both count the first call: the model's max_attempts is "attempts in all".
    out << YAML::Key << "maxAttempts" << YAML::Value << *attempts;
    if (r.initialMs)
        out << YAML::Key << "waitDuration" << YAML::Value << springDuration(*r.initialMs);
    if (r.backoff == Backoff::Exponential) {
        out << YAML::Key << "enableExponentialBackoff" << YAML::Value << true;
        out << YAML::Key << "exponentialBackoffMultiplier" << YAML::Value << 2;
        if (r.maxMs)
            out << YAML::Key << "exponentialMaxWaitDuration" << YAML::Value << springDuration(*r.maxMs);
    } else if (r.maxMs) {
        warnings.push_back(elementName(i) + ": max_ms only bounds an exponential backoff in Resilience4j; not written");
    }
    if (r.jitter && *r.jitter > 0) {
        out << YAML::Key << "enableRandomizedWait" << YAML::Value << true;
        out << YAML::Key << "randomizedWaitFactor" << YAML::Value << formatNumber(*r.jitter);
    }
    if (!retrySafe(i))
        warnings.push_back(elementName(i)
                           + ": retries a call that is not idempotent (no idempotency key); "
                             "Resilience4j will repeat it as modelled");
    out << YAML::EndMap;
    return true;
}

// Resilience4j's TimeLimiter sits inside Retry in Spring Boot's default aspect order, so it
// limits each attempt: the model's timeout_ms.
bool timeLimiter(YAML::Emitter &out, const Integration &i, std::vector<std::string> &)
{
    if (!i.timeoutMs)
        return false;
    out << YAML::Key << i.id << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "timeoutDuration" << YAML::Value << springDuration(*i.timeoutMs);
    out << YAML::Key << "cancelRunningFuture" << YAML::Value << true;
    out << YAML::EndMap;
    return true;
}

bool rateLimiter(YAML::Emitter &out, const Integration &i, std::vector<std::string> &warnings)
{
    if (!hasRequestRate(i))
        return false;
    out << YAML::Key << i.id << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "limitForPeriod" << YAML::Value << *i.rateLimit->requests;
    out << YAML::Key << "limitRefreshPeriod" << YAML::Value << std::string(refreshPeriod(*i.rateLimit->per));
    out << YAML::Key << "timeoutDuration" << YAML::Value << "0ms"; // over the limit: fail at once
    out << YAML::EndMap;
    if (i.rateLimit->burst)
        warnings.push_back(elementName(i) + ": Resilience4j's rate limiter has no burst; rate_limit.burst not written");
    return true;
}

bool bulkhead(YAML::Emitter &out, const Integration &i, std::vector<std::string> &)
{
    if (!i.concurrencyLimit)
        return false;
    out << YAML::Key << i.id << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "maxConcurrentCalls" << YAML::Value << *i.concurrencyLimit;
    out << YAML::Key << "maxWaitDuration" << YAML::Value << "0ms";
    out << YAML::EndMap;
    return true;
}

// The integrations whose client code runs in `application`, in model order.
std::vector<const Integration *> clientCalls(const Model &model, const Component &application)
{
    std::vector<const Integration *> out;
    for (const Integration &integration : model.integrationList())
        if (clientOf(model, integration) == &application)
            out.push_back(&integration);
    return out;
}

} // namespace

std::string_view Resilience4jExporter::description() const
{
    return "resilience4j/*.yaml: Spring Boot Resilience4j settings, one instance per integration";
}

ExportResult Resilience4jExporter::run(const Model &model, const ExportOptions &options) const
{
    static const std::vector<std::pair<const char *, Block>> kBlocks {
        {"circuitbreaker", circuitBreaker}, {"retry", retry},       {"timelimiter", timeLimiter},
        {"ratelimiter", rateLimiter},       {"bulkhead", bulkhead},
    };
    ExportResult result;
    for (const Component &application : model.components) {
        const std::vector<const Integration *> calls = clientCalls(model, application);
        if (calls.empty())
            continue;
        YAML::Emitter out;
        out.SetIndent(2);
        out << YAML::Comment("Resilience4j settings of " + application.displayName() + " in "
                             + modelAndSource(model, options)
                             + ", generated by Seam. Instances are named by integration id.");
        out << YAML::BeginMap << YAML::Key << "resilience4j" << YAML::Value << YAML::BeginMap;
        std::vector<std::string> warnings;
        bool any = false;
        for (const auto &[name, block] : kBlocks) {
            YAML::Emitter instances;
            instances << YAML::BeginMap;
            bool written = false;
            for (const Integration *integration : calls)
                written = block(instances, *integration, warnings) || written;
            instances << YAML::EndMap;
            if (!written)
                continue;
            any = true;
            out << YAML::Key << name << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "instances" << YAML::Value << YAML::Load(instances.c_str());
            out << YAML::EndMap;
        }
        out << YAML::EndMap << YAML::EndMap;
        // Resilience4j runs in services on the JVM: not in browsers and apps, nor in systems run by others.
        if (application.isThirdParty() || application.kind == ComponentKind::Client) {
            if (any)
                result.warnings.push_back(elementName(application)
                                          + (application.kind == ComponentKind::Client
                                                 ? " is a client: its client settings are not exported"
                                                 : " is run by someone else: its client settings are not exported"));
            continue;
        }
        for (std::string &warning : warnings)
            result.warnings.push_back(std::move(warning));
        if (!any)
            continue;
        if (!addYamlFile(result, out, "resilience4j", "resilience4j/" + application.id + ".yaml"))
            return result;
    }
    return result;
}

namespace {
const ExporterRegistration registration(81, std::make_unique<Resilience4jExporter>());
}

} // namespace seam
