#include "modelreader.h"

#include "calendardate.h"
#include "contractreader.h"
#include "contracts.h"
#include "fieldreader.h"
#include "flowreader.h"
#include "formatlimits.h"
#include "inputlimits.h"
#include "lint/linter.h"
#include "modelwriter.h"
#include "numbertext.h"
#include "schemacheck.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace seam {

namespace {

using reading::describe;
using reading::Reader;

// A reference written in the file, checked once every id is known.
struct Reference {
    enum class Target { Component, Integration, Schema } target;
    std::string name;
    Mark mark;
    std::string context; // "integration 'charge': 'to'"
};

class ModelBuilder {
public:
    ModelBuilder(const std::string &fileName, Diagnostics &diagnostics)
        : m_reader(fileName, diagnostics)
        , m_contracts(m_reader,
                      [this](const std::string &name, Mark mark, const std::string &context) {
                          m_references.push_back({Reference::Target::Schema, name, mark, context});
                      })
        , m_flows(
              m_reader,
              [this](const std::string &name, Mark mark, const std::string &context) {
                  m_references.push_back({Reference::Target::Integration, name, mark, context});
              },
              [this](const std::string &name, Mark mark, const std::string &context) {
                  m_references.push_back({Reference::Target::Component, name, mark, context});
              })
    {
    }

    Model build(const SourceNode &root)
    {
        Model model;
        if (root.isNull()) {
            m_reader.error({1, 1}, "the file is empty: a Seam model starts with 'seam: 1'");
            return model;
        }
        if (!m_reader.expectMap(root, "a Seam model"))
            return model;
        Reader::Fields fields(m_reader, root, "the model");
        readVersion(fields.require("seam"), model);
        m_reader.readRequiredString(fields.require("name"), model.name, "name");
        m_reader.readString(fields.get("description"), model.description, "description");
        if (const SourceNode *components = fields.require("components")) {
            std::optional<std::vector<Component>> list;
            m_reader.readList<Component>(components, list, "'components'",
                                         [this](const SourceNode &n) { return component(n); });
            model.components = list.value_or(std::vector<Component> {});
        }
        m_reader.readList<Integration>(fields.get("integrations"), model.integrations, "'integrations'",
                                       [this](const SourceNode &n) { return integration(n); });
        readSchemas(fields.get("schemas"), model);
        m_reader.readList<Flow>(fields.get("flows"), model.flows, "'flows'",
                                [this](const SourceNode &n) { return flow(n); });
        readLint(fields.get("lint"), model);
        m_reader.readEnum(fields.get("envelope"), model.envelope, "envelope");
        readLayout(fields.get("layout"), model);
        model.extras = fields.unknown();
        checkIds(model);
        checkReferences();
        m_contracts.check(model);
        m_flows.check(model);
        checkFlows(model);
        return model;
    }

private:
    void readVersion(const SourceNode *node, Model &model)
    {
        if (!node)
            return;
        long long version = 0;
        if (!node->toInt(version)) {
            m_reader.error(node->mark(), "'seam' must be the format version number 1, not " + describe(*node));
            return;
        }
        if (version != 1)
            m_reader.error(node->mark(),
                           "unsupported format version seam: " + node->text()
                               + " (this Seam reads version 1; a newer Seam may read it)");
        model.seam = version;
    }

    Component component(const SourceNode &node)
    {
        Component c;
        c.mark = node.mark();
        Reader::Fields f(m_reader, node, contextOf("component", node));
        readId(f.require("id"), c.id, "component");
        m_reader.readString(f.get("name"), c.name, "name");
        std::optional<ComponentKind> kind;
        m_reader.readEnum(f.require("kind"), kind, "kind");
        c.kind = kind.value_or(ComponentKind::Service);
        m_reader.readString(f.get("description"), c.description, "description");
        m_reader.readString(f.get("owner"), c.owner, "owner");
        m_reader.readString(f.get("technology"), c.technology, "technology");
        m_reader.readEnum(f.get("zone"), c.zone, "zone");
        if (const SourceNode *sla = f.get("sla"))
            c.sla = readSla(*sla);
        m_reader.readStringList(f.get("tags"), c.tags, "tags");
        readSuppressions(f.get("suppress"), c.suppress);
        m_contracts.readComponent(f, c, contextOf("component", node));
        if (const SourceNode *kubernetes = f.get("kubernetes"))
            c.kubernetes = readKubernetes(*kubernetes);
        if (const SourceNode *metrics = f.get("metrics"))
            c.metrics = readMetrics(*metrics);
        c.extras = f.unknown();
        return c;
    }

    std::optional<Sla> readSla(const SourceNode &node)
    {
        if (!m_reader.expectMap(node, "'sla'"))
            return std::nullopt;
        Sla sla;
        Reader::Fields f(m_reader, node, "'sla'");
        m_reader.readNumber(f.get("availability"), sla.availability, limits::kAvailability);
        m_reader.readNumber(f.get("latency_p95_ms"), sla.latencyP95Ms, limits::kLatencyP95);
        m_reader.readNumber(f.get("latency_p99_ms"), sla.latencyP99Ms, limits::kLatencyP99);
        m_reader.readNumber(f.get("throughput_rps"), sla.throughputRps, limits::kThroughput);
        sla.extras = f.unknown();
        return sla;
    }

    std::optional<KubernetesPlacement> readKubernetes(const SourceNode &node)
    {
        if (!m_reader.expectMap(node, "'kubernetes'"))
            return std::nullopt;
        KubernetesPlacement k;
        Reader::Fields f(m_reader, node, "'kubernetes'");
        readDnsLabel(f.get("namespace"), k.namespaceName, "namespace");
        readDnsLabel(f.get("service"), k.service, "service");
        m_reader.readInt(f.get("port"), k.port, limits::kKubernetesPort);
        readDnsLabel(f.get("service_account"), k.serviceAccount, "service_account");
        k.extras = f.unknown();
        return k;
    }

    // Kubernetes names these objects by RFC 1123 labels; anything else fails at `kubectl apply`.
    void readDnsLabel(const SourceNode *node, std::optional<std::string> &out, std::string_view key)
    {
        m_reader.readString(node, out, key);
        if (out && !isDnsLabel(*out)) {
            m_reader.error(node->mark(),
                           "'" + std::string(key)
                               + "' must be a Kubernetes name (RFC 1123 label: lower-case letters, "
                                 "digits and '-', at most 63), not "
                               + describe(*node));
            out.reset();
        }
    }

    std::optional<MetricNames> readMetrics(const SourceNode &node)
    {
        if (!m_reader.expectMap(node, "'metrics'"))
            return std::nullopt;
        MetricNames m;
        Reader::Fields f(m_reader, node, "'metrics'");
        m_reader.readString(f.get("histogram"), m.histogram, "histogram");
        if (m.histogram && !isPrometheusMetricName(*m.histogram)) {
            m_reader.error(f.keyMark("histogram"),
                           "'histogram' must be a Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*), not "
                               + quoteForMessage(*m.histogram));
            m.histogram.reset();
        }
        m_reader.readEnum(f.get("unit"), m.unit, "unit");
        m_reader.readString(f.get("selector"), m.selector, "selector");
        m_reader.readString(f.get("error_selector"), m.errorSelector, "error_selector");
        m.extras = f.unknown();
        return m;
    }

    void readSuppressions(const SourceNode *node, std::optional<std::vector<Suppression>> &out)
    {
        m_reader.readList<Suppression>(node, out, "'suppress'", [this](const SourceNode &item) {
            Suppression s;
            s.mark = item.mark();
            Reader::Fields f(m_reader, item, "a suppression");
            if (const SourceNode *rule = f.require("rule")) {
                m_reader.readRequiredString(rule, s.rule, "rule");
                checkRuleId(s.rule, rule->mark());
            }
            if (const SourceNode *reason = f.get("reason")) {
                m_reader.readRequiredString(reason, s.reason, "reason");
                if (s.reason.empty())
                    m_reader.error(reason->mark(), "a suppression needs a reason: say why the finding is accepted");
            } else {
                m_reader.error(item.mark(), "a suppression needs a 'reason': say why the finding is accepted");
            }
            m_reader.readString(f.get("owner"), s.owner, "owner");
            m_reader.readString(f.get("ticket"), s.ticket, "ticket");
            if (const SourceNode *expires = f.get("expires")) {
                m_reader.readString(expires, s.expires, "expires");
                if (s.expires && !isCalendarDate(*s.expires))
                    m_reader.error(expires->mark(),
                                   "'expires' must be a date written YYYY-MM-DD, not '" + *s.expires + "'");
            }
            m_reader.readString(f.get("reviewed"), s.reviewed, "reviewed");
            s.extras = f.unknown();
            return s;
        });
    }

    void checkRuleId(const std::string &rule, Mark mark)
    {
        if (findRule(rule))
            return;
        std::vector<std::string_view> ids;
        for (const RuleInfo &info : ruleCatalog())
            ids.push_back(info.id);
        const std::string_view close = closestSpelling(rule, ids);
        m_reader.warning(mark,
                         "unknown lint rule " + quoteForMessage(rule)
                             + (close.empty() ? "" : "; did you mean '" + std::string(close) + "'?")
                             + " (see 'seam-cli rules')");
    }

    Integration integration(const SourceNode &node)
    {
        Integration i;
        i.mark = node.mark();
        const std::string context = contextOf("integration", node);
        Reader::Fields f(m_reader, node, context);
        readId(f.require("id"), i.id, "integration");
        readReference(f.require("from"), i.from, Reference::Target::Component, context + ": 'from'");
        readReference(f.require("to"), i.to, Reference::Target::Component, context + ": 'to'");
        std::optional<Pattern> pattern;
        m_reader.readEnum(f.require("pattern"), pattern, "pattern");
        i.pattern = pattern.value_or(Pattern::Rest);
        m_reader.readString(f.get("name"), i.name, "name");
        m_reader.readString(f.get("description"), i.description, "description");
        m_reader.readInt(f.get("timeout_ms"), i.timeoutMs, limits::kTimeout);
        m_reader.readEnum(f.get("delivery"), i.delivery, "delivery");
        m_contracts.readIntegration(f, i, context);
        if (const SourceNode *reliability = f.get("reliability"))
            i.reliability = readReliability(*reliability);
        if (const SourceNode *security = f.get("security"))
            i.security = readSecurity(*security);
        if (const SourceNode *rateLimit = f.get("rate_limit"))
            i.rateLimit = readRateLimit(*rateLimit);
        readSuppressions(f.get("suppress"), i.suppress);
        m_reader.readInt(f.get("total_timeout_ms"), i.totalTimeoutMs, limits::kTotalTimeout);
        m_reader.readInt(f.get("concurrency_limit"), i.concurrencyLimit, limits::kConcurrencyLimit);
        i.extras = f.unknown();
        return i;
    }

    std::optional<Reliability> readReliability(const SourceNode &node)
    {
        if (!m_reader.expectMap(node, "'reliability'"))
            return std::nullopt;
        Reliability r;
        Reader::Fields f(m_reader, node, "'reliability'");
        if (const SourceNode *retry = f.get("retry"); retry && m_reader.expectMap(*retry, "'retry'")) {
            Retry policy;
            Reader::Fields rf(m_reader, *retry, "'retry'");
            if (const SourceNode *attempts = rf.get("max_attempts")) {
                if (attempts->isScalar() && attempts->text() == "unbounded")
                    policy.unbounded = true;
                else if (long long n = 0; attempts->toInt(n) && n >= 1)
                    policy.maxAttempts = n;
                else
                    m_reader.error(attempts->mark(),
                                   "'max_attempts' must be a whole number of at least 1 or 'unbounded', not "
                                       + describe(*attempts));
            }
            m_reader.readEnum(rf.get("backoff"), policy.backoff, "backoff");
            m_reader.readInt(rf.get("initial_ms"), policy.initialMs, limits::kRetryInitial);
            m_reader.readInt(rf.get("max_ms"), policy.maxMs, limits::kRetryMax);
            m_reader.readNumber(rf.get("jitter"), policy.jitter, limits::kRetryJitter);
            policy.extras = rf.unknown();
            r.retry = std::move(policy);
        }
        if (const SourceNode *breaker = f.get("circuit_breaker");
            breaker && m_reader.expectMap(*breaker, "'circuit_breaker'")) {
            CircuitBreaker cb;
            Reader::Fields cf(m_reader, *breaker, "'circuit_breaker'");
            m_reader.readInt(cf.get("failure_threshold"), cb.failureThreshold, limits::kBreakerThreshold);
            m_reader.readInt(cf.get("open_ms"), cb.openMs, limits::kBreakerOpen);
            m_reader.readInt(cf.get("half_open_successes"), cb.halfOpenSuccesses, limits::kBreakerHalfOpen);
            cb.extras = cf.unknown();
            r.circuitBreaker = std::move(cb);
        }
        m_reader.readEnum(f.get("idempotency"), r.idempotency, "idempotency");
        if (const SourceNode *deadLetter = f.get("dead_letter"))
            r.deadLetter = readDeadLetter(*deadLetter);
        m_reader.readString(f.get("fallback"), r.fallback, "fallback");
        m_reader.readEnum(f.get("on_failure"), r.onFailure, "on_failure");
        r.extras = f.unknown();
        return r;
    }

    std::optional<DeadLetter> readDeadLetter(const SourceNode &node)
    {
        bool enabled = false;
        if (node.toBool(enabled)) {
            if (!enabled)
                return std::nullopt; // `dead_letter: false` is the same as none
            DeadLetter dl;
            dl.shorthand = true;
            return dl;
        }
        if (!node.isMap()) {
            m_reader.error(node.mark(),
                           "'dead_letter' must be true or a map { retention_days, alert_depth }, not "
                               + describe(node));
            return std::nullopt;
        }
        DeadLetter dl;
        Reader::Fields f(m_reader, node, "'dead_letter'");
        m_reader.readInt(f.get("retention_days"), dl.retentionDays, limits::kRetentionDays);
        m_reader.readInt(f.get("alert_depth"), dl.alertDepth, limits::kAlertDepth);
        dl.extras = f.unknown();
        return dl;
    }

    std::optional<Security> readSecurity(const SourceNode &node)
    {
        if (!m_reader.expectMap(node, "'security'"))
            return std::nullopt;
        Security s;
        Reader::Fields f(m_reader, node, "'security'");
        m_reader.readEnum(f.get("auth"), s.auth, "auth");
        m_reader.readBool(f.get("tls"), s.tls, "tls");
        m_reader.readEnum(f.get("signature"), s.signature, "signature");
        m_reader.readEnum(f.get("data"), s.data, "data");
        s.extras = f.unknown();
        return s;
    }

    std::optional<RateLimit> readRateLimit(const SourceNode &node)
    {
        if (!m_reader.expectMap(node, "'rate_limit'"))
            return std::nullopt;
        RateLimit r;
        Reader::Fields f(m_reader, node, "'rate_limit'");
        m_reader.readInt(f.require("requests"), r.requests, limits::kRateRequests);
        m_reader.readEnum(f.require("per"), r.per, "per");
        m_reader.readInt(f.get("burst"), r.burst, limits::kRateBurst);
        r.extras = f.unknown();
        return r;
    }

    void readSchemas(const SourceNode *node, Model &model)
    {
        if (!node || !m_reader.expectMap(*node, "'schemas'"))
            return;
        std::vector<Schema> schemas;
        for (size_t i = 0; i < node->size(); ++i) {
            const SourceNode &key = node->keys()[i];
            const SourceNode &body = node->items()[i];
            if (!isValidSchemaName(key.text()))
                m_reader.error(key.mark(),
                               quoteForMessage(key.text())
                                   + " is not a valid schema name: start with a letter, then letters, digits or _ "
                                     "(e.g. OrderCreated)");
            m_reader.checkNameLength(key.text(), key.mark(), "a schema name");
            if (!body.isMap())
                m_reader.error(body.mark(),
                               "schema '" + key.text() + "' must be a JSON Schema map, not " + describe(body));
            else
                reading::checkSchemaBody(m_reader, body, "schema '" + key.text() + "'", reading::SchemaPlace::Named);
            collectSchemaRefs(body, "schema '" + key.text() + "'");
            schemas.push_back({key.text(), body, key.mark()});
        }
        model.schemas = std::move(schemas);
    }

    void collectSchemaRefs(const SourceNode &node, const std::string &context)
    {
        forEachSchemaRef(node, [&](const SourceNode &ref) {
            m_references.push_back({Reference::Target::Schema, ref.text(), ref.mark(), context + ": $ref"});
        });
    }

    Flow flow(const SourceNode &node)
    {
        Flow fl;
        fl.mark = node.mark();
        const std::string context = contextOf("flow", node);
        Reader::Fields f(m_reader, node, context);
        readId(f.require("id"), fl.id, "flow");
        m_reader.readString(f.get("name"), fl.name, "name");
        m_reader.readString(f.get("description"), fl.description, "description");
        m_flows.readFlow(f, fl, context);
        if (const SourceNode *sla = f.get("sla"); sla && m_reader.expectMap(*sla, "'sla'")) {
            FlowSla flowSla;
            Reader::Fields sf(m_reader, *sla, "the flow's 'sla'");
            m_reader.readNumber(sf.get("latency_p95_ms"), flowSla.latencyP95Ms, limits::kFlowLatencyP95);
            flowSla.extras = sf.unknown();
            fl.sla = std::move(flowSla);
        }
        fl.extras = f.unknown();
        return fl;
    }

    void readLint(const SourceNode *node, Model &model)
    {
        if (!node || !m_reader.expectMap(*node, "'lint'"))
            return;
        LintSettings lint;
        Reader::Fields f(m_reader, *node, "'lint'");
        m_reader.readInt(f.get("max_sync_depth"), lint.maxSyncDepth, limits::kMaxSyncDepth);
        m_reader.readInt(f.get("max_retry_attempts"), lint.maxRetryAttempts, limits::kMaxRetryAttempts);
        m_reader.readInt(f.get("max_sync_fan_out"), lint.maxSyncFanOut, limits::kMaxSyncFanOut);
        m_reader.readInt(f.get("max_retry_amplification"), lint.maxRetryAmplification, limits::kMaxRetryAmplification);
        m_reader.readEnum(f.get("defaults"), lint.defaults, "defaults");
        if (const SourceNode *rules = f.get("rules"); rules && m_reader.expectMap(*rules, "'lint.rules'")) {
            std::vector<RuleSetting> settings;
            for (size_t i = 0; i < rules->size(); ++i) {
                const SourceNode &key = rules->keys()[i];
                checkRuleId(key.text(), key.mark());
                std::optional<Severity> severity;
                m_reader.readEnum(&rules->items()[i], severity, "severity");
                if (severity)
                    settings.push_back({key.text(), *severity, key.mark()});
            }
            lint.rules = std::move(settings);
        }
        lint.extras = f.unknown();
        model.lint = std::move(lint);
    }

    void readLayout(const SourceNode *node, Model &model)
    {
        if (!node || !m_reader.expectMap(*node, "'layout'"))
            return;
        std::vector<LayoutEntry> entries;
        entries.reserve(node->size());
        for (size_t i = 0; i < node->size(); ++i) {
            const SourceNode &key = node->keys()[i];
            const SourceNode &value = node->items()[i];
            double x = 0, y = 0;
            if (!value.isSequence() || value.size() != 2 || !value.items()[0].toDouble(x)
                || !value.items()[1].toDouble(y)) {
                m_reader.error(value.mark(),
                               "layout of '" + key.text() + "' must be [x, y] in pixels, not " + describe(value));
                continue;
            }
            m_references.push_back({Reference::Target::Component, key.text(), key.mark(), "layout"});
            entries.push_back({key.text(), x, y, key.mark()});
        }
        model.layout = std::move(entries);
    }

    // --- ids and references -------------------------------------------------

    void readId(const SourceNode *node, std::string &out, const std::string &what)
    {
        if (!node)
            return;
        m_reader.readRequiredString(node, out, "id");
        if (std::string problem = idProblem(out, what); node->isScalar() && !problem.empty())
            m_reader.error(node->mark(), problem);
        m_reader.checkNameLength(out, node->mark(), "a " + what + " id");
    }

    void readReference(const SourceNode *node, std::string &out, Reference::Target target, const std::string &context)
    {
        if (!node)
            return;
        m_reader.readRequiredString(node, out, "reference");
        if (node->isScalar())
            m_references.push_back({target, out, node->mark(), context});
    }

    template <typename T>
    void checkUnique(const std::vector<T> &list, const std::string &what, std::unordered_map<std::string, Mark> &seen)
    {
        for (const T &item : list) {
            auto [it, inserted] = seen.emplace(item.id, item.mark);
            if (!inserted && !item.id.empty())
                m_reader.error(item.mark,
                               "duplicate " + what + " id '" + item.id + "' (first defined at line "
                                   + std::to_string(it->second.line) + ")");
        }
    }

    void checkIds(const Model &model)
    {
        checkUnique(model.components, "component", m_componentIds);
        checkUnique(model.integrationList(), "integration", m_integrationIds);
        std::unordered_map<std::string, Mark> flowIds;
        checkUnique(model.flowList(), "flow", flowIds);
        for (const Schema &schema : model.schemaList())
            m_schemaNames.emplace(schema.name, schema.mark);
    }

    void checkReferences()
    {
        std::array<std::vector<std::string_view>, 3> candidates; // sorted known names, per target, built on first need
        size_t suggested = 0, compared = 0;
        for (const Reference &ref : m_references) {
            const auto target = static_cast<size_t>(ref.target);
            const auto &known = ref.target == Reference::Target::Component ? m_componentIds
                : ref.target == Reference::Target::Integration             ? m_integrationIds
                                                                           : m_schemaNames;
            if (known.count(ref.name))
                continue;
            if (ref.target == Reference::Target::Schema && findWellKnownType(ref.name))
                continue; // google.protobuf.Timestamp and friends need no entry
            const char *kind = ref.target == Reference::Target::Component ? "component"
                : ref.target == Reference::Target::Integration            ? "integration"
                                                                          : "schema";
            std::string message = ref.context == "layout"
                ? "layout entry for unknown component " + quoteForMessage(ref.name)
                : ref.context + " refers to unknown " + kind + " " + quoteForMessage(ref.name);
            const bool wellKnown = ref.target == Reference::Target::Schema && ref.name.starts_with("google.protobuf.");
            // Each hint compares against every known name: only the first kMaxSuggestions get one.
            if (wellKnown)
                message += wellKnownHint(ref.name);
            else if (!known.empty() && suggested < limits::kMaxSuggestions
                     && compared + known.size() <= limits::kMaxSuggestionComparisons) {
                if (candidates[target].empty()) {
                    for (const auto &[id, mark] : known)
                        candidates[target].push_back(id);
                    std::sort(candidates[target].begin(), candidates[target].end());
                }
                ++suggested;
                compared += known.size();
                if (std::string_view close = closestSpelling(ref.name, candidates[target]); !close.empty())
                    message += "; did you mean '" + std::string(close) + "'?";
            }
            m_reader.error(ref.mark, message);
        }
    }

    // A misspelt well-known type (google.protobuf.Timestmp): the hint is among those, not the schemas.
    static std::string wellKnownHint(const std::string &name)
    {
        std::vector<std::string_view> names;
        for (const WellKnownType &type : wellKnownTypes())
            names.push_back(type.name);
        return reading::closestHint(name, names);
    }

    void checkFlows(const Model &model)
    {
        const auto &flows = model.flowList();
        if (flows.empty())
            return;
        // Model::findIntegration scans the list: index it once so long flows stay linear.
        std::unordered_map<std::string_view, const Integration *> integrations;
        for (const Integration &integration : model.integrationList())
            integrations.emplace(integration.id, &integration);
        const auto find = [&](const std::string &id) -> const Integration * {
            auto it = integrations.find(id);
            return it == integrations.end() ? nullptr : it->second;
        };
        for (const Flow &flow : flows) {
            if (flow.driver && !m_componentIds.count(*flow.driver))
                continue; // the reference check reports the driver; every step would seem unreached
            for (const FlowBreak &broken : flowBreaks(flow, find))
                m_reader.error(broken.step->mark, broken.message);
        }
    }

    static std::string contextOf(const std::string &what, const SourceNode &node)
    {
        const SourceNode *id = node.find("id");
        return id && id->isScalar() ? what + " '" + id->text() + "'" : what;
    }

    Reader m_reader;
    reading::ContractReader m_contracts;
    reading::FlowReader m_flows;
    std::vector<Reference> m_references;
    std::unordered_map<std::string, Mark> m_componentIds, m_integrationIds, m_schemaNames;
};

} // namespace

Model readModel(const SourceNode &root, const std::string &fileName, Diagnostics &diagnostics)
{
    return ModelBuilder(fileName, diagnostics).build(root);
}

} // namespace seam
