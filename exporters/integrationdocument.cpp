#include "integrationdocument.h"

#include "common.h"
#include "model/flows.h"
#include "model/lint/linter.h"
#include "model/vocabulary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace seam {

namespace {

// Rows collected before a section decides whether it has anything to show.
struct Table {
    explicit Table(std::vector<std::string> columns)
        : header(std::move(columns))
    {
    }
    void add(std::vector<std::string> row) { rows.push_back(std::move(row)); }
    bool empty() const { return rows.empty(); }
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

std::string ms(long long value)
{
    return formatNumber(value) + " ms";
}
std::string ms(double value)
{
    return formatNumber(value) + " ms";
}

std::string plural(size_t n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string percent(double value)
{
    return formatNumber(value) + "%";
}

// "5 attempts, exponential backoff 1000–16000 ms, jitter 0.1"
std::string describeRetry(const Retry &retry)
{
    std::string out;
    if (retry.unbounded || !retry.maxAttempts)
        out = "unbounded attempts";
    else
        out = plural(static_cast<size_t>(*retry.maxAttempts), "attempt", "attempts");
    if (retry.backoff) {
        out += ", " + std::string(toString(*retry.backoff)) + " backoff";
        if (*retry.backoff != Backoff::None && retry.initialMs)
            out += " from "
                + (retry.maxMs ? formatNumber(*retry.initialMs) + " to " + ms(*retry.maxMs) : ms(*retry.initialMs));
    } else {
        out += ", no backoff";
    }
    if (retry.jitter)
        out += ", jitter " + formatNumber(*retry.jitter);
    return out;
}

std::string describeDeadLetter(const DeadLetter &deadLetter)
{
    std::vector<std::string> parts;
    if (deadLetter.retentionDays)
        parts.push_back("kept " + plural(static_cast<size_t>(*deadLetter.retentionDays), "day", "days"));
    if (deadLetter.alertDepth)
        parts.push_back("alert at " + plural(static_cast<size_t>(*deadLetter.alertDepth), "message", "messages"));
    return parts.empty() ? std::string("yes") : "yes: " + join(parts, ", ");
}

std::string describeRateLimit(const RateLimit &limit)
{
    std::string out = limit.requests ? formatNumber(*limit.requests) : std::string("?");
    out += " requests per " + std::string(limit.per ? toString(*limit.per) : "second");
    return out;
}

class DocumentWriter {
public:
    DocumentWriter(const Model &model, const ExportOptions &options, DocumentMarkup &markup)
        : m_model(model)
        , m_options(options)
        , m_markup(markup)
        , m_index(model)
        , m_lint(lint(model))
    {
    }

    void write()
    {
        header();
        overview();
        diagram();
        synchronous();
        asynchronous();
        dataIntegration();
        errorHandling();
        rateLimiting();
        circuitBreakers();
        webhooks();
        thirdParty();
        security();
        slas();
        flows();
        lintFindings();
        riskRegister();
    }

private:
    const std::vector<Integration> &integrations() const { return m_model.integrationList(); }
    const Component *component(const std::string &id) const { return m_index.findComponent(id); }
    std::string name(const std::string &id) const { return cell(m_index.name(id)); }
    std::string route(const Integration &i) const { return name(i.from) + " → " + name(i.to); }
    bool isStore(const std::string &id) const
    {
        const Component *c = component(id);
        return c && c->isDataStore();
    }
    bool isDestination(const std::string &id) const
    {
        const Component *c = component(id);
        return c && c->isDestination();
    }
    bool isThirdParty(const std::string &id) const
    {
        const Component *c = component(id);
        return c && c->isThirdParty();
    }
    bool crossesBoundary(const Integration &i) const
    {
        const Component *a = component(i.from);
        const Component *b = component(i.to);
        return a && b && seam::crossesTrustBoundary(*a, *b);
    }
    const Reliability *reliability(const Integration &i) const { return i.reliability ? &*i.reliability : nullptr; }

    std::string code(std::string_view text) const { return m_markup.code(text); }
    std::string cell(std::string_view text) const { return m_markup.cell(text); }
    std::string strong(std::string_view markup) const { return m_markup.strong(markup); }
    void section(std::string_view title) { m_markup.section(title); }
    void subsection(const std::string &title) { m_markup.subsection(title); }
    void paragraph(const std::string &text) { m_markup.paragraph(text); }
    void emit(const Table &table) { m_markup.table(table.header, table.rows); }

    void header()
    {
        m_markup.title("Integration Architecture: " + m_markup.text(m_model.name));
        std::vector<std::string> facts;
        if (!m_options.sourceFile.empty())
            facts.push_back(strong("Source:") + " " + code(baseName(m_options.sourceFile)));
        facts.push_back(strong("Scope:") + " " + plural(m_model.components.size(), "component", "components") + ", "
                        + plural(integrations().size(), "integration", "integrations") + ", "
                        + plural(m_model.schemaList().size(), "schema", "schemas") + ", "
                        + plural(m_model.flowList().size(), "flow", "flows"));
        m_markup.facts(facts);
        if (m_model.description)
            m_markup.modelDescription(*m_model.description);
    }

    void overview()
    {
        section("Integration Overview");
        strategy();
        patterns();
        antiPatterns();
        landscape();
    }

    void strategy()
    {
        std::vector<std::string> lines;
        const auto &all = integrations();
        size_t sync = 0, async = 0;
        std::map<Pattern, size_t> count;
        for (const auto &i : all) {
            (i.isSync() ? sync : async)++;
            count[i.pattern]++;
        }
        auto breakdown = [&](bool wantSync) {
            std::vector<std::string> parts;
            for (const auto &[pattern, n] : count)
                if (isSyncPattern(pattern) == wantSync)
                    parts.push_back(std::to_string(n) + " " + std::string(patternTitle(pattern)));
            return parts.empty() ? std::string() : " (" + join(parts, ", ") + ")";
        };
        if (!all.empty())
            lines.push_back(strong("Communication:") + " "
                            + plural(sync, "synchronous integration", "synchronous integrations") + breakdown(true)
                            + " and " + plural(async, "asynchronous one", "asynchronous ones") + breakdown(false)
                            + ".");

        // Delivery guarantees and how duplicates are absorbed.
        if (async > 0) {
            std::map<Delivery, size_t> deliveries;
            size_t consuming = 0, idempotent = 0;
            for (const auto &i : all) {
                if (!i.isAsync())
                    continue;
                deliveries[*i.effectiveDelivery()]++;
                if (!isDestination(i.to)) {
                    ++consuming;
                    if (i.effectiveIdempotency() != Idempotency::None)
                        ++idempotent;
                }
            }
            std::string line = strong("Delivery:") + " ";
            if (deliveries.size() == 1) {
                line += (async == 1 ? std::string("the asynchronous integration is ")
                                    : "all " + std::to_string(async) + " asynchronous integrations are ")
                    + std::string(toString(deliveries.begin()->first)) + ".";
            } else {
                std::vector<std::string> parts;
                for (const auto &[delivery, n] : deliveries)
                    parts.push_back(std::to_string(n) + " " + std::string(toString(delivery)));
                line += "asynchronous integrations are " + join(parts, ", ") + ".";
            }
            if (consuming > 0)
                line += " " + std::to_string(idempotent) + " of "
                    + plural(consuming, "message receiver", "message receivers") + " "
                    + (idempotent == 1 ? "is" : "are") + " idempotent.";
            lines.push_back(line);
        }

        // Data ownership.
        size_t stores = 0, shared = 0;
        for (size_t c = 0; c < m_model.components.size(); ++c) {
            if (!m_model.components[c].isDataStore())
                continue;
            ++stores;
            if (storeUsers(int(c)).size() > 1)
                ++shared;
        }
        if (stores > 0)
            lines.push_back(strong("Data:") + " " + plural(stores, "data store", "data stores") + ", "
                            + (shared == 0 ? std::string("each used by a single component (database per service)")
                                           : std::to_string(shared) + " shared by several components")
                            + ".");

        // Resilience coverage.
        size_t needTimeout = 0, haveTimeout = 0, breakers = 0, retries = 0, consuming = 0, deadLetters = 0;
        for (const auto &i : all) {
            if (i.isSync() || i.pattern == Pattern::Webhook) {
                ++needTimeout;
                if (i.timeoutMs)
                    ++haveTimeout;
            }
            const Reliability *r = reliability(i);
            if (r && r->circuitBreaker)
                ++breakers;
            if (r && r->retry)
                ++retries;
            if (patternInfo(i.pattern).messaging && !isDestination(i.to)) {
                ++consuming;
                if (r && r->deadLetter)
                    ++deadLetters;
            }
        }
        std::vector<std::string> resilience;
        if (needTimeout > 0)
            resilience.push_back("timeouts on " + std::to_string(haveTimeout) + " of " + std::to_string(needTimeout)
                                 + " synchronous calls and webhooks");
        if (retries > 0)
            resilience.push_back(plural(retries, "retry policy", "retry policies"));
        if (breakers > 0)
            resilience.push_back(plural(breakers, "circuit breaker", "circuit breakers"));
        if (consuming > 0)
            resilience.push_back("dead letters on " + std::to_string(deadLetters) + " of "
                                 + plural(consuming, "message consumer", "message consumers"));
        if (!resilience.empty())
            lines.push_back(strong("Resilience:") + " " + join(resilience, ", ") + ".");

        size_t crossing = 0, sensitive = 0;
        for (const auto &i : all) {
            if (crossesBoundary(i))
                ++crossing;
            if (i.security && i.security->data
                && (*i.security->data == DataClass::Pii || *i.security->data == DataClass::Confidential))
                ++sensitive;
        }
        if (crossing > 0 || sensitive > 0)
            lines.push_back(strong("Security:") + " " + plural(crossing, "integration crosses", "integrations cross")
                            + " a trust boundary; " + plural(sensitive, "carries", "carry")
                            + " confidential or personal data.");
        if (lines.empty())
            return;
        subsection("Integration Strategy");
        m_markup.bullets(lines);
    }

    void patterns()
    {
        std::map<Pattern, size_t> count;
        for (const auto &i : integrations())
            count[i.pattern]++;
        if (count.empty())
            return;
        subsection("Integration Patterns");
        // Most used first: the primary patterns of the system lead the table.
        std::vector<std::pair<Pattern, size_t>> rows(count.begin(), count.end());
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        Table table({"Pattern", "Style", "Integrations"});
        for (const auto &[pattern, n] : rows)
            table.add({std::string(patternTitle(pattern)), isSyncPattern(pattern) ? "synchronous" : "asynchronous",
                       std::to_string(n)});
        emit(table);
    }

    void antiPatterns()
    {
        subsection("Anti-Patterns");
        const auto &findings = m_lint.findings;
        if (findings.empty()) {
            std::string text = "Lint found no anti-patterns in this model";
            if (!m_lint.suppressed.empty())
                text += " (" + plural(m_lint.suppressed.size(), "finding is", "findings are")
                    + " accepted on purpose; see " + m_markup.sectionLink("Lint Findings", "lint-findings") + ")";
            paragraph(text + ".");
            return;
        }
        paragraph("Lint found " + severityCounts() + "; each is listed under "
                  + m_markup.sectionLink("Lint Findings", "lint-findings") + ".");
        // One row per rule, in the order findings are sorted (severity first).
        std::vector<std::string> order;
        std::map<std::string, std::pair<Severity, size_t>> perRule;
        for (const auto &f : findings) {
            auto [it, inserted] = perRule.try_emplace(f.rule, f.severity, 0);
            if (inserted)
                order.push_back(f.rule);
            it->second.second++;
        }
        Table table({"Anti-pattern", "Rule", "Severity", "Occurrences"});
        for (const auto &rule : order) {
            const RuleInfo *info = findRule(rule);
            table.add({info ? cell(info->title) : std::string(), code(rule), std::string(toString(perRule[rule].first)),
                       std::to_string(perRule[rule].second)});
        }
        emit(table);
    }

    std::string severityCounts() const
    {
        return plural(m_lint.count(Severity::Error), "error", "errors") + ", "
            + plural(m_lint.count(Severity::Warning), "warning", "warnings") + " and "
            + plural(m_lint.count(Severity::Info), "info finding", "info findings");
    }

    void landscape()
    {
        // Each integration lands in exactly one category, the first that applies.
        Table user({"Integration", "From", "To", "Pattern"});
        Table external({"Integration", "From", "To", "Pattern"});
        Table data({"Integration", "From", "To", "Pattern"});
        Table internal({"Integration", "From", "To", "Pattern"});
        for (const auto &i : integrations()) {
            std::vector<std::string> row {code(i.id), name(i.from), name(i.to), std::string(patternTitle(i.pattern))};
            const Component *from = component(i.from);
            if (isThirdParty(i.from) || isThirdParty(i.to))
                external.add(std::move(row));
            else if (isStore(i.from) || isStore(i.to))
                data.add(std::move(row));
            else if (from && from->kind == ComponentKind::Client)
                user.add(std::move(row));
            else
                internal.add(std::move(row));
        }
        if (user.empty() && external.empty() && data.empty() && internal.empty())
            return;
        subsection("Integration Landscape");
        auto part = [&](const Table &table, const std::string &title, const std::string &what) {
            if (table.empty())
                return;
            paragraph(strong(title) + " — " + what);
            emit(table);
        };
        part(internal, "Internal integrations", "between the system's own components:");
        part(external, "External integrations", "with third-party systems:");
        part(data, "Data integrations", "with databases and caches:");
        part(user, "User integrations", "from clients:");
    }

    void diagram()
    {
        if (m_model.components.empty())
            return;
        section("Overview Diagram");
        m_markup.overviewDiagram(m_model);
    }

    void synchronous()
    {
        std::vector<const Integration *> list;
        for (const auto &i : integrations())
            if (patternInfo(i.pattern).operations)
                list.push_back(&i);
        if (list.empty())
            return;
        section("Synchronous Communication");
        for (const Integration *i : list) {
            subsection(m_markup.text(m_index.name(i->from)) + " → " + m_markup.text(m_index.name(i->to)));
            std::vector<std::string> facts {code(i->id), std::string(patternTitle(i->pattern))};
            if (i->name)
                facts.insert(facts.begin() + 1, m_markup.text(*i->name));
            facts.push_back(i->timeoutMs ? "timeout " + ms(*i->timeoutMs) : "no timeout");
            if (i->security && i->security->auth)
                facts.push_back("auth " + std::string(toString(*i->security->auth)));
            if (i->security && i->security->data)
                facts.push_back("data " + std::string(toString(*i->security->data)));
            if (i->rateLimit)
                facts.push_back("rate limit " + describeRateLimit(*i->rateLimit)
                                + (i->rateLimit->burst ? " (burst " + formatNumber(*i->rateLimit->burst) + ")" : ""));
            paragraph(join(facts, " · "));
            if (i->description)
                paragraph(m_markup.text(*i->description));
            const auto &ops = i->operations.value_or(std::vector<Operation> {});
            if (ops.empty()) {
                paragraph("No operations are declared for this integration.");
                continue;
            }
            const bool rest = i->pattern == Pattern::Rest;
            Table table({"Operation", rest ? "Method and path" : "Kind", "Request", "Response", "Errors", "Critical"});
            for (const auto &op : ops) {
                std::string how;
                if (rest) {
                    how = op.method ? std::string(toString(*op.method)) : std::string();
                    if (op.path)
                        how += (how.empty() ? "" : " ") + code(*op.path);
                } else if (op.kind) {
                    how = std::string(toString(*op.kind));
                } else if (i->pattern == Pattern::Grpc) {
                    how = "rpc";
                }
                std::vector<std::string> errors;
                for (const auto &e : op.errors.value_or(std::vector<ErrorCode> {}))
                    errors.push_back(cell(e.text));
                table.add({code(op.name), how, op.request ? code(*op.request) : std::string(),
                           op.response ? code(*op.response) : std::string(), join(errors, ", "),
                           op.isCritical() ? "yes" : "no"});
            }
            emit(table);
        }
    }

    // Integrations out of a destination carry their own events, or every event sent into it.
    bool carries(const Integration &out, const std::string &eventName) const
    {
        if (!out.events || out.events->empty())
            return true;
        for (const auto &e : *out.events)
            if (e.name == eventName)
                return true;
        return false;
    }

    void asynchronous()
    {
        // Broker destinations.
        Table destinations({"Destination", "Kind", "Technology", "Owner", "Producers", "Consumers", "Events"});
        for (size_t c = 0; c < m_model.components.size(); ++c) {
            const Component &dest = m_model.components[c];
            if (!dest.isDestination())
                continue;
            std::vector<std::string> producers, consumers, events;
            std::set<std::string> seen;
            for (int e : m_index.incoming(int(c))) {
                const Integration &i = integrations()[e];
                producers.push_back(name(i.from));
                for (const auto &event : i.events.value_or(std::vector<Event> {}))
                    if (seen.insert(event.name).second)
                        events.push_back(code(event.name));
            }
            for (int e : m_index.outgoing(int(c)))
                consumers.push_back(name(integrations()[e].to));
            destinations.add({cell(dest.displayName()), std::string(toString(dest.kind)),
                              dest.technology ? cell(*dest.technology) : std::string(),
                              dest.owner ? cell(*dest.owner) : std::string(), join(unique(producers), ", "),
                              join(unique(consumers), ", "), join(events, ", ")});
        }

        // Event catalog: one row per event (name and version) and route.
        struct Entry {
            std::string name;
            std::optional<long long> version;
            std::vector<std::string> producers, consumers;
            std::set<std::string> deliveries;
            std::string via, key, schema;
            bool critical = false;
        };
        std::vector<Entry> entries;
        std::map<std::string, size_t> byKey; // via + name + version
        auto entryFor = [&](const Event &event, const std::string &via) -> Entry & {
            const std::string key
                = via + "\n" + event.name + "\n" + (event.version ? std::to_string(*event.version) : std::string());
            auto [it, inserted] = byKey.try_emplace(key, entries.size());
            if (inserted) {
                Entry entry;
                entry.name = event.name;
                entry.version = event.version;
                entry.via = via;
                entries.push_back(std::move(entry));
            }
            Entry &entry = entries[it->second];
            if (event.key && entry.key.empty())
                entry.key = code(*event.key);
            if (event.payload && entry.schema.empty())
                entry.schema = code(*event.payload);
            entry.critical = entry.critical || event.isCritical();
            return entry;
        };
        for (const auto &i : integrations()) {
            if (!i.isAsync() || isDestination(i.from))
                continue;
            for (const auto &event : i.events.value_or(std::vector<Event> {})) {
                if (isDestination(i.to)) {
                    Entry &entry = entryFor(event, i.to);
                    entry.producers.push_back(name(i.from));
                    entry.deliveries.insert(std::string(toString(*i.effectiveDelivery())));
                    for (int e : m_index.outgoing(m_index.componentIndex(i.to))) {
                        const Integration &out = integrations()[e];
                        // Only messages leave a destination; a sync edge out of a queue carries no event.
                        if (!out.isAsync() || !carries(out, event.name))
                            continue;
                        entry.consumers.push_back(name(out.to));
                        entry.deliveries.insert(std::string(toString(*out.effectiveDelivery())));
                    }
                } else {
                    Entry &entry = entryFor(event, std::string());
                    entry.producers.push_back(name(i.from));
                    entry.consumers.push_back(name(i.to));
                    entry.deliveries.insert(std::string(toString(*i.effectiveDelivery())) + " ("
                                            + std::string(patternTitle(i.pattern)) + ")");
                }
            }
        }
        // Events only the consuming side declares.
        for (const auto &i : integrations()) {
            if (!i.isAsync() || !isDestination(i.from))
                continue;
            for (const auto &event : i.events.value_or(std::vector<Event> {})) {
                const std::string key = i.from + "\n" + event.name + "\n"
                    + (event.version ? std::to_string(*event.version) : std::string());
                if (byKey.count(key))
                    continue;
                Entry &entry = entryFor(event, i.from);
                entry.consumers.push_back(name(i.to));
                entry.deliveries.insert(std::string(toString(*i.effectiveDelivery())));
            }
        }

        if (destinations.empty() && entries.empty())
            return;
        section("Asynchronous Communication");
        if (!destinations.empty()) {
            subsection("Broker Destinations");
            emit(destinations);
        }
        if (!entries.empty()) {
            subsection("Event Catalog");
            Table table({"Event", "Version", "Producers", "Consumers", "Via", "Delivery", "Key", "Schema", "Critical"});
            for (auto &entry : entries) {
                table.add({code(entry.name), entry.version ? std::to_string(*entry.version) : std::string(),
                           join(unique(entry.producers), ", "), join(unique(entry.consumers), ", "),
                           entry.via.empty() ? std::string("direct") : name(entry.via),
                           join(std::vector<std::string>(entry.deliveries.begin(), entry.deliveries.end()), ", "),
                           entry.key, entry.schema, entry.critical ? "yes" : "no"});
            }
            emit(table);
        }
    }

    static std::vector<std::string> unique(const std::vector<std::string> &items)
    {
        std::vector<std::string> out;
        std::set<std::string> seen;
        for (const auto &item : items)
            if (seen.insert(item).second)
                out.push_back(item);
        return out;
    }

    // Components that read or write a data store, in model order of integrations.
    std::vector<std::string> storeUsers(int store) const
    {
        std::vector<std::string> users;
        for (int e : m_index.incoming(store))
            users.push_back(integrations()[e].from);
        for (int e : m_index.outgoing(store))
            users.push_back(integrations()[e].to);
        return unique(users);
    }

    void dataIntegration()
    {
        Table table({"Store", "Kind", "Technology", "Owner", "Used by", "Shared"});
        for (size_t c = 0; c < m_model.components.size(); ++c) {
            const Component &store = m_model.components[c];
            if (!store.isDataStore())
                continue;
            const auto users = storeUsers(int(c));
            std::vector<std::string> names;
            bool foreign = false;
            for (const auto &id : users) {
                const Component *user = component(id);
                std::string text = name(id);
                if (user && user->owner) {
                    text += " (" + cell(*user->owner) + ")";
                    if (store.owner && *user->owner != *store.owner)
                        foreign = true;
                }
                names.push_back(text);
            }
            std::string shared = "no";
            if (users.size() > 1)
                shared = "yes: " + std::to_string(users.size()) + " components";
            else if (foreign)
                shared = "yes: used by another team";
            table.add({cell(store.displayName()), std::string(toString(store.kind)),
                       store.technology ? cell(*store.technology) : std::string(),
                       store.owner ? cell(*store.owner) : std::string(), join(names, ", "), shared});
        }
        if (table.empty())
            return;
        section("Data Integration");
        paragraph("Data stores, their owning team and every component that reads or writes them.");
        emit(table);
    }

    void errorHandling()
    {
        Table table({"Integration", "Route", "Retry", "Idempotency", "Dead letter", "Fallback"});
        for (const auto &i : integrations()) {
            const Reliability *r = reliability(i);
            if (!r || !(r->retry || r->idempotency || r->deadLetter || r->fallback))
                continue;
            table.add({code(i.id), route(i), r->retry ? describeRetry(*r->retry) : std::string("no retries"),
                       std::string(toString(i.effectiveIdempotency())),
                       r->deadLetter ? describeDeadLetter(*r->deadLetter) : std::string("no"),
                       r->fallback ? cell(*r->fallback) : std::string()});
        }
        if (table.empty())
            return;
        section("Error Handling");
        paragraph("Retry policies, idempotency and dead letters of every integration that declares them.");
        emit(table);
    }

    void rateLimiting()
    {
        Table table({"Integration", "Route", "Limit", "Burst"});
        for (const auto &i : integrations())
            if (i.rateLimit)
                table.add({code(i.id), route(i), describeRateLimit(*i.rateLimit),
                           i.rateLimit->burst ? formatNumber(*i.rateLimit->burst) : std::string()});
        if (table.empty())
            return;
        section("Rate Limiting");
        emit(table);
    }

    void circuitBreakers()
    {
        Table table(
            {"Integration", "Route", "Failure threshold", "Open for", "Half-open successes", "Timeout", "Fallback"});
        for (const auto &i : integrations()) {
            const Reliability *r = reliability(i);
            if (!r || !r->circuitBreaker)
                continue;
            const CircuitBreaker &cb = *r->circuitBreaker;
            table.add({code(i.id), route(i), cb.failureThreshold ? formatNumber(*cb.failureThreshold) : std::string(),
                       cb.openMs ? ms(*cb.openMs) : std::string(),
                       cb.halfOpenSuccesses ? formatNumber(*cb.halfOpenSuccesses) : std::string(),
                       i.timeoutMs ? ms(*i.timeoutMs) : std::string(),
                       r->fallback ? cell(*r->fallback) : std::string()});
        }
        if (table.empty())
            return;
        section("Circuit Breakers");
        emit(table);
    }

    void webhooks()
    {
        Table table({"Webhook", "Sender → receiver", "Events", "Signature", "Retry policy", "Timeout", "Idempotency"});
        for (const auto &i : integrations()) {
            if (i.pattern != Pattern::Webhook)
                continue;
            std::vector<std::string> events;
            for (const auto &e : i.events.value_or(std::vector<Event> {}))
                events.push_back(code(e.name));
            const Reliability *r = reliability(i);
            table.add({code(i.id), route(i), join(events, ", "),
                       i.security && i.security->signature ? std::string(toString(*i.security->signature))
                                                           : std::string("none"),
                       r && r->retry ? describeRetry(*r->retry) : std::string("none declared"),
                       i.timeoutMs ? ms(*i.timeoutMs) : std::string("none"),
                       std::string(toString(i.effectiveIdempotency()))});
        }
        if (table.empty())
            return;
        section("Webhooks");
        emit(table);
    }

    void thirdParty()
    {
        Table table({"System", "Purpose", "Integrations", "Auth", "Limits", "Fallback", "SLA"});
        for (size_t c = 0; c < m_model.components.size(); ++c) {
            const Component &system = m_model.components[c];
            if (!isThirdParty(system.id))
                continue;
            std::vector<int> edges = m_index.outgoing(int(c));
            const auto &in = m_index.incoming(int(c));
            edges.insert(edges.begin(), in.begin(), in.end());
            std::vector<std::string> purpose, routes, auth, limits, fallbacks;
            for (int e : edges) {
                const Integration &i = integrations()[e];
                const std::string other = i.from == system.id ? i.to : i.from;
                const bool inbound = i.to == system.id;
                routes.push_back(code(i.id) + " " + (inbound ? "from " : "to ") + name(other) + " ("
                                 + std::string(patternTitle(i.pattern)) + ")");
                for (const auto &op : i.operations.value_or(std::vector<Operation> {}))
                    purpose.push_back(code(op.name));
                for (const auto &ev : i.events.value_or(std::vector<Event> {}))
                    purpose.push_back(code(ev.name));
                std::vector<std::string> a;
                if (i.security && i.security->auth)
                    a.push_back(std::string(toString(*i.security->auth)));
                if (i.security && i.security->signature && *i.security->signature != Signature::None)
                    a.push_back(std::string(toString(*i.security->signature)) + " signature");
                auth.push_back(code(i.id) + ": " + (a.empty() ? std::string("none") : join(a, ", ")));
                std::vector<std::string> l;
                if (i.timeoutMs)
                    l.push_back("timeout " + ms(*i.timeoutMs));
                if (i.rateLimit)
                    l.push_back(describeRateLimit(*i.rateLimit));
                if (!l.empty())
                    limits.push_back(code(i.id) + ": " + join(l, ", "));
                if (i.reliability && i.reliability->fallback)
                    fallbacks.push_back(code(i.id) + ": " + cell(*i.reliability->fallback));
            }
            std::string what = system.description ? cell(*system.description) : join(unique(purpose), ", ");
            std::vector<std::string> sla;
            if (system.sla && system.sla->availability)
                sla.push_back(percent(*system.sla->availability));
            if (system.sla && system.sla->latencyP95Ms)
                sla.push_back("p95 " + ms(*system.sla->latencyP95Ms));
            table.add({cell(system.displayName()), what, join(routes, m_markup.cellBreak()),
                       join(auth, m_markup.cellBreak()), join(limits, m_markup.cellBreak()),
                       join(fallbacks, m_markup.cellBreak()), join(sla, ", ")});
        }
        if (table.empty())
            return;
        section("Third-Party Integrations");
        emit(table);
    }

    static std::string authOf(const Integration &i)
    {
        if (i.security && i.security->auth)
            return std::string(toString(*i.security->auth));
        // A signed webhook authenticates its sender (as lint counts it).
        if (i.security && i.security->signature && *i.security->signature != Signature::None)
            return "by signature";
        return "none";
    }

    void security()
    {
        Table crossings({"Integration", "From (zone)", "To (zone)", "Auth", "TLS", "Signature", "Data"});
        Table sensitive({"Integration", "Route", "Auth", "TLS", "Data"});
        for (const auto &i : integrations()) {
            const Component *from = component(i.from);
            const Component *to = component(i.to);
            const std::string data
                = i.security && i.security->data ? std::string(toString(*i.security->data)) : std::string();
            const std::string tls = i.tlsEnabled() ? "yes" : strong("no");
            if (from && to && crossesBoundary(i)) {
                crossings.add({code(i.id), name(i.from) + " (" + std::string(toString(from->effectiveZone())) + ")",
                               name(i.to) + " (" + std::string(toString(to->effectiveZone())) + ")", authOf(i), tls,
                               i.security && i.security->signature ? std::string(toString(*i.security->signature))
                                                                   : std::string(),
                               data});
            } else if (data == "pii" || data == "confidential") {
                sensitive.add({code(i.id), route(i), authOf(i), tls, data});
            }
        }
        if (crossings.empty() && sensitive.empty())
            return;
        section("Security");
        if (!crossings.empty()) {
            subsection("Trust-Boundary Crossings");
            paragraph("Integrations whose ends are in different trust zones, with their authentication, transport "
                      "encryption and the classification of the data they carry.");
            emit(crossings);
        }
        if (!sensitive.empty()) {
            subsection("Sensitive Data Inside a Zone");
            emit(sensitive);
        }
    }

    void slas()
    {
        Table promises(
            {"Component", "Availability", "Latency p95", "Latency p99", "Throughput", "Error budget per 30 days"});
        Table alerts({"Alert", "On", "Fires when", "Derived from"});
        for (const auto &c : m_model.components) {
            if (!c.sla)
                continue;
            const Sla &sla = *c.sla;
            if (!sla.availability && !sla.latencyP95Ms && !sla.latencyP99Ms && !sla.throughputRps)
                continue;
            std::string budget;
            if (sla.availability) {
                // 30 days = 43,200 minutes of which (100 - A)% may be down.
                const double minutes = (100.0 - *sla.availability) / 100.0 * 30 * 24 * 60;
                budget = formatNumber(std::round(minutes * 10) / 10) + " min";
            }
            promises.add({cell(c.displayName()), sla.availability ? percent(*sla.availability) : std::string(),
                          sla.latencyP95Ms ? ms(*sla.latencyP95Ms) : std::string(),
                          sla.latencyP99Ms ? ms(*sla.latencyP99Ms) : std::string(),
                          sla.throughputRps ? formatNumber(*sla.throughputRps) + " req/s" : std::string(), budget});
            const std::string on = cell(c.displayName());
            if (sla.latencyP95Ms)
                alerts.add({"Latency p95 high", on, "p95 latency > " + ms(*sla.latencyP95Ms),
                            "promised p95 " + ms(*sla.latencyP95Ms)});
            if (sla.latencyP99Ms)
                alerts.add({"Latency p99 high", on, "p99 latency > " + ms(*sla.latencyP99Ms),
                            "promised p99 " + ms(*sla.latencyP99Ms)});
            if (sla.availability) {
                const double errorRate = 100.0 - *sla.availability;
                alerts.add({"Error rate high", on, "failed requests > " + percent(std::round(errorRate * 1e6) / 1e6),
                            "availability " + percent(*sla.availability)});
            }
            if (sla.throughputRps)
                alerts.add(
                    {"Near capacity", on,
                     "request rate > " + formatNumber(std::round(*sla.throughputRps * 0.8 * 10) / 10) + " req/s (80%)",
                     "throughput " + formatNumber(*sla.throughputRps) + " req/s"});
        }
        for (const auto &i : integrations()) {
            const Reliability *r = reliability(i);
            if (r && r->deadLetter && r->deadLetter->alertDepth)
                alerts.add({"Dead letters piling up", code(i.id),
                            "dead-letter queue holds > " + formatNumber(*r->deadLetter->alertDepth) + " messages",
                            "dead_letter.alert_depth"});
            if (r && r->circuitBreaker)
                alerts.add(
                    {"Circuit open", code(i.id), "the circuit breaker to " + name(i.to) + " opens", "circuit_breaker"});
        }
        if (promises.empty() && alerts.empty())
            return;
        section("SLAs and Monitoring");
        if (!promises.empty()) {
            subsection("Service Level Promises");
            emit(promises);
        }
        if (!alerts.empty()) {
            subsection("Derived Alerts");
            paragraph("Thresholds follow from the promises above and from the reliability settings: an alert fires "
                      "before a promise is broken, not after.");
            emit(alerts);
        }
    }

    void flows()
    {
        if (m_model.flowList().empty())
            return;
        section("Flows");
        for (const Flow &flow : m_model.flowList()) {
            subsection(m_markup.text(flow.displayName()) + " (" + code(flow.id) + ")");
            if (flow.description)
                paragraph(m_markup.text(*flow.description));
            if (flow.driver)
                paragraph("Orchestrated by " + name(*flow.driver) + ": it calls the steps in turn.");
            if (isV1Flow(flow)) {
                Table steps({"#", "Integration", "Route", "Pattern", "Style"});
                int n = 0;
                for (const auto &id : flowIntegrationIds(flow))
                    if (const Integration *i = m_index.findIntegration(id))
                        steps.add({std::to_string(++n), code(i->id), route(*i), std::string(patternTitle(i->pattern)),
                                   i->isSync() ? "sync" : "async"});
                emit(steps);
            } else {
                Table steps({"#", "Step", "Integration", "Operation / event", "Route", "Style", "Runs"});
                journeyRows(flow.steps, "", steps);
                emit(steps);
            }
            const Latency latency = syncLatency(flow.steps);
            if (flow.sla && flow.sla->latencyP95Ms) {
                std::string text = strong("Latency budget:") + " p95 " + ms(*flow.sla->latencyP95Ms) + ".";
                if (!latency.parts.empty())
                    text += " The p95 promises of its synchronous callees add up to " + ms(latency.total) + " ("
                        + join(latency.parts, " + ") + "), "
                        + (latency.total <= *flow.sla->latencyP95Ms ? "within" : strong("over")) + " the budget.";
                if (!isV1Flow(flow))
                    text += " A step that runs N times counts N times; of parallel branches and of alternatives the "
                            "slowest branch counts, and an optional branch counts as if it ran.";
                paragraph(text);
            }
            m_markup.flowDiagram(m_model, flow);
        }
        sagas();
    }

    // Rows of a journey's steps; a group gets a row, its branches "3.1", their steps "3.1.2".
    void journeyRows(const std::vector<FlowStep> &list, const std::string &prefix, Table &table) const
    {
        int n = 0;
        for (const FlowStep &step : list) {
            const std::string number = prefix + std::to_string(++n);
            if (step.isGroup()) {
                table.add({number, groupTitle(step), "", "", "", "", ""});
                for (size_t b = 0; b < step.branches.size(); ++b) {
                    const FlowBranch &branch = step.branches[b];
                    const std::string branchNumber = number + "." + std::to_string(b + 1);
                    table.add(
                        {branchNumber, branch.when ? "when " + cell(*branch.when) : "branch", "", "", "", "", ""});
                    journeyRows(branch.steps, branchNumber + ".", table);
                }
                continue;
            }
            const Integration *i = m_index.findIntegration(step.integration);
            if (!i)
                continue;
            std::string label = step.id ? code(*step.id) : std::string();
            if (step.description)
                label += (label.empty() ? "" : ": ") + cell(*step.description);
            table.add({number, label, code(i->id), contractName(step), route(*i), i->isSync() ? "sync" : "async",
                       step.runs() > 1 ? "× " + std::to_string(step.runs()) : std::string("1")});
        }
    }

    static std::string groupTitle(const FlowStep &step)
    {
        switch (step.group) {
        case StepGroup::Parallel:
            return "parallel: every branch runs";
        case StepGroup::Alternative:
            return "alternative: exactly one branch runs";
        case StepGroup::Optional:
        case StepGroup::None:
            break;
        }
        return "optional: the branch runs or not";
    }

    std::string contractName(const FlowStep &step) const
    {
        if (step.operation)
            return code(*step.operation);
        return step.event ? code(*step.event) + " (event)" : std::string();
    }

    // The p95 a journey's synchronous steps add up to, and the terms that make it up.
    struct Latency {
        double total = 0;
        std::vector<std::string> parts;
    };

    Latency syncLatency(const std::vector<FlowStep> &list) const
    {
        Latency sum;
        for (const FlowStep &step : list) {
            if (step.isGroup()) {
                // Branches of a parallel group run at once, alternatives one at a time: either way
                // the slowest branch is what the journey waits for.
                Latency slowest;
                std::vector<std::string> branches;
                for (const FlowBranch &branch : step.branches) {
                    Latency inBranch = syncLatency(branch.steps);
                    if (inBranch.parts.empty())
                        continue;
                    branches.push_back(join(inBranch.parts, " + "));
                    if (slowest.parts.empty() || inBranch.total > slowest.total)
                        slowest = std::move(inBranch);
                }
                if (branches.empty())
                    continue;
                sum.total += slowest.total;
                sum.parts.push_back(branches.size() == 1 ? branches.front()
                                                         : "the slowest of (" + join(branches, " | ") + ")");
                continue;
            }
            const Integration *i = m_index.findIntegration(step.integration);
            const Component *callee = i ? component(i->to) : nullptr;
            if (!i || !i->isSync() || !callee || !callee->sla || !callee->sla->latencyP95Ms)
                continue;
            const double latency = *callee->sla->latencyP95Ms;
            sum.total += double(step.runs()) * latency;
            sum.parts.push_back((step.runs() > 1 ? std::to_string(step.runs()) + " × " : std::string())
                                + m_markup.text(callee->displayName()) + " " + ms(latency));
        }
        return sum;
    }

    // Flows with an irreversible or compensated step: what undoes what, in which order, and where
    // nothing does.
    void sagas()
    {
        std::vector<const Flow *> sagaFlows;
        for (const Flow &flow : m_model.flowList())
            if (!sagaSteps(flow).empty())
                sagaFlows.push_back(&flow);
        if (sagaFlows.empty())
            return;
        section("Sagas");
        paragraph("When a step of a flow fails, the compensations of the steps done before it run in the reverse "
                  "order of those steps: the last one done is undone first. An irreversible step without "
                  "compensation that other steps can fail after is a gap: the journey stops half done.");
        for (const Flow *flow : sagaFlows) {
            subsection(m_markup.text(flow->displayName()) + " (" + code(flow->id) + ")");
            const auto steps = sagaSteps(*flow);
            const StepsById ids = stepsById(*flow);
            size_t compensated = 0;
            for (const FlowStep *step : steps)
                compensated += step->compensation ? 1 : 0;
            Table table({"Step", "Operation / event", "Irreversible", "Compensated by", "Compensation order"});
            size_t order = compensated;
            for (const FlowStep *step : steps) {
                const Integration *i = m_index.findIntegration(step->integration);
                std::string what = contractName(*step);
                if (what.empty() && i)
                    what = code(i->id);
                table.add({code(step->id.value_or(step->integration)), what, step->isIrreversible() ? "yes" : "no",
                           step->compensation ? compensationCell(ids, *step->compensation) : strong("none"),
                           step->compensation ? std::to_string(order--) : std::string()});
            }
            emit(table);
            const auto gaps = sagaGaps(*flow);
            if (gaps.empty()) {
                paragraph("No gaps: no step that can fail runs after an irreversible step without compensation.");
                continue;
            }
            std::vector<std::string> items;
            for (const SagaGap &gap : gaps)
                items.push_back(strong("Gap:") + " " + code(gap.step->id.value_or(gap.step->integration))
                                + " is irreversible and has no compensation, and " + stepLabel(*gap.failsAfter)
                                + " can fail after it: the journey stops with "
                                + code(gap.step->id.value_or(gap.step->integration)) + " done and nothing to undo it.");
            m_markup.bullets(items);
        }
    }

    std::string stepLabel(const FlowStep &step) const
    {
        std::string label = code(step.id.value_or(step.integration));
        if (const std::string what = contractName(step); !what.empty())
            label += " (" + what + ")";
        return label;
    }

    std::string compensationCell(const StepsById &ids, const Compensation &c) const
    {
        if (c.step) {
            const FlowStep *undo = findStep(ids, *c.step);
            return "step " + (undo ? stepLabel(*undo) : code(*c.step));
        }
        std::string text = code(c.integration.value_or(""));
        if (c.operation)
            text += " " + code(*c.operation);
        else if (c.event)
            text += " " + code(*c.event) + " (event)";
        return text;
    }

    std::string where(const Finding &f) const
    {
        if (!f.mark.valid())
            return std::string();
        return "line " + std::to_string(f.mark.line);
    }

    void lintFindings()
    {
        section("Lint Findings");
        if (m_lint.findings.empty() && m_lint.suppressed.empty()) {
            paragraph("The model lints clean: no rule of the catalog fires.");
            return;
        }
        std::string summary = m_lint.findings.empty() ? std::string("No findings count against the model")
                                                      : "Lint found " + severityCounts();
        if (!m_lint.suppressed.empty())
            summary
                += "; " + plural(m_lint.suppressed.size(), "finding is", "findings are") + " suppressed with a reason";
        std::string where = m_options.sourceFile.empty()
            ? std::string()
            : " Lines refer to " + code(baseName(m_options.sourceFile)) + ".";
        paragraph(summary + "." + where);
        const std::pair<Severity, const char *> groups[]
            = {{Severity::Error, "Errors"}, {Severity::Warning, "Warnings"}, {Severity::Info, "Info"}};
        for (const auto &[severity, title] : groups) {
            Table table({"Rule", "Element", "Line", "Finding", "Fix"});
            for (const auto &f : m_lint.findings)
                if (f.severity == severity)
                    table.add({code(f.rule), f.element.empty() ? std::string() : code(f.element),
                               f.mark.valid() ? std::to_string(f.mark.line) : std::string(), cell(f.message),
                               cell(f.hint)});
            if (table.empty())
                continue;
            subsection(title);
            emit(table);
        }
        if (!m_lint.suppressed.empty()) {
            subsection("Suppressed");
            Table table({"Rule", "Element", "Line", "Finding", "Reason"});
            for (const auto &f : m_lint.suppressed)
                table.add({code(f.rule), f.element.empty() ? std::string() : code(f.element),
                           f.mark.valid() ? std::to_string(f.mark.line) : std::string(), cell(f.message),
                           cell(f.suppressionReason)});
            emit(table);
        }
    }

    // Accepted risks (suppressed findings) with who answers for them and until
    // when; an acceptance past its expiry is marked, its finding counts again.
    void riskRegister()
    {
        std::vector<const Finding *> accepted;
        for (const auto *list : {&m_lint.suppressed, &m_lint.findings})
            for (const Finding &f : *list)
                if (f.acceptance)
                    accepted.push_back(&f);
        if (accepted.empty())
            return;
        section("Risk Register");
        size_t expired = 0;
        for (const Finding *f : accepted)
            expired += f->acceptanceExpired ? 1 : 0;
        std::string text = "Lint findings accepted on purpose: " + plural(accepted.size(), "entry", "entries");
        if (expired)
            text += ", " + plural(expired, "of which has", "of which have") + " expired and count"
                + (expired == 1 ? "s" : "") + " again";
        paragraph(text + ".");
        const auto optional
            = [this](const std::optional<std::string> &value) { return value ? cell(*value) : std::string("—"); };
        Table table({"Rule", "Element", "Reason", "Owner", "Ticket", "Expires", "Status"});
        for (const Finding *f : accepted) {
            const Suppression &entry = *f->acceptance;
            const std::string status = f->acceptanceExpired ? strong("expired")
                : f->needsReview                            ? "re-review: the element changed"
                                                            : "accepted";
            table.add({code(f->rule), code(f->element), cell(entry.reason), optional(entry.owner),
                       optional(entry.ticket), optional(entry.expires), status});
        }
        emit(table);
    }

    const Model &m_model;
    const ExportOptions &m_options;
    DocumentMarkup &m_markup;
    ModelIndex m_index;
    LintResult m_lint;
};

} // namespace

void writeIntegrationDocument(const Model &model, const ExportOptions &options, DocumentMarkup &markup)
{
    DocumentWriter(model, options, markup).write();
}

} // namespace seam
