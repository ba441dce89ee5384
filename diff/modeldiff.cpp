// The comparison behind `seam-cli diff`: elements matched by id (components, integrations,
// flows), by name in their parent (APIs, operations, channels, events) or by name (schemas).

#include "modeldiff.h"

#include "fielddiff.h"
#include "impact.h"
#include "model/flows.h"
#include "nesteddiff.h"
#include "schemadiff.h"
#include "schemauses.h"

#include "model/contracts.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace seam::diff {

std::string_view toString(Action action)
{
    switch (action) {
    case Action::Added:
        return "added";
    case Action::Removed:
        return "removed";
    case Action::Changed:
        break;
    }
    return "changed";
}

std::string_view toString(ElementKind kind)
{
    static constexpr std::string_view names[]
        = {"model", "component", "integration", "api", "operation", "channel", "event", "schema", "flow"};
    return names[size_t(kind)];
}

size_t ModelDiff::count(Action action) const
{
    return size_t(std::count_if(changes.begin(), changes.end(), [&](const Change &c) { return c.action == action; }));
}

size_t ModelDiff::worseSlaCount() const
{
    return size_t(std::count_if(sla.begin(), sla.end(), [](const SlaChange &c) { return c.worse(); }));
}

namespace {

template <typename T> const std::vector<T> &listOf(const std::optional<std::vector<T>> &list)
{
    static const std::vector<T> empty;
    return list ? *list : empty;
}

// Matches two lists by a key, keeping the order of `after` and then the removed ones of `before`.
template <typename T, typename Key>
void matchLists(const std::vector<T> &before, const std::vector<T> &after, Key key,
                const std::function<void(const T *, const T *)> &visit)
{
    std::map<std::string, const T *> old;
    for (const T &item : before)
        old.emplace(key(item), &item);
    std::set<std::string> seen;
    for (const T &item : after) {
        if (!seen.insert(key(item)).second)
            continue; // a duplicate: the loader reported it
        const auto found = old.find(key(item));
        visit(found == old.end() ? nullptr : found->second, &item);
    }
    for (const T &item : before)
        if (!seen.count(key(item)) && seen.insert(key(item)).second)
            visit(&item, nullptr);
}

const auto byName = [](const auto &item) { return item.name; };
const auto byId = [](const auto &item) { return item.id; };

using ImpactOf = std::function<Impact(const ImpactFinder &)>;

// Schema names an operation exchanges at each place, for `message-type-changed`.
std::map<std::string, std::string> namedSchemas(const Operation &operation)
{
    std::map<std::string, std::string> out;
    if (operation.request)
        out["request"] = *operation.request;
    if (operation.response)
        out["response"] = *operation.response;
    if (operation.requestBody)
        for (const MediaContent &media : operation.requestBody->content)
            if (media.schema.isScalar())
                out["request " + media.mediaType] = media.schema.text();
    for (const Response &response : listOf(operation.responses))
        for (const MediaContent &media : listOf(response.content))
            if (media.schema.isScalar())
                out["response " + response.status + " " + media.mediaType] = media.schema.text();
    return out;
}

bool requiredParameter(const Parameter &parameter)
{
    return parameter.in == ParamLocation::Path || parameter.required.value_or(false);
}

class Differ {
public:
    Differ(const Model &before, const Model &after)
        : m_before(before)
        , m_after(after)
        , m_old(before)
        , m_new(after)
    {
    }

    ModelDiff run()
    {
        compareSchemas(); // first: operations and events attribute schema changes to themselves
        modelSettings();
        matchLists<Component>(m_before.components, m_after.components, byId,
                              [&](const Component *a, const Component *b) { component(a, b); });
        matchLists<Integration>(m_before.integrationList(), m_after.integrationList(), byId,
                                [&](const Integration *a, const Integration *b) { integration(a, b); });
        own(ElementKind::Model, {}); // schemas and flows are not drawn
        reportSchemas();
        matchLists<Flow>(m_before.flowList(), m_after.flowList(), byId,
                         [&](const Flow *a, const Flow *b) { flow(a, b); });
        lintDelta();
        return std::move(m_diff);
    }

private:
    Impact impact(Action action, const ImpactOf &of) const
    {
        switch (action) {
        case Action::Added:
            return of(m_new);
        case Action::Removed:
            return of(m_old);
        case Action::Changed:
            break;
        }
        return mergeImpact(of(m_old), of(m_new));
    }

    template <typename T>
    void change(Action action, ElementKind kind, std::string element, const T *a, const T *b, const ImpactOf &of,
                std::vector<std::string> details = {})
    {
        m_diff.changes.push_back(Change {action, kind, std::move(element), std::move(details), a ? a->mark : Mark {},
                                         b ? b->mark : Mark {}, impact(action, of), m_ownerKind, m_owner});
    }

    // Added or removed; for a changed pair the caller decides whether anything changed.
    template <typename T>
    bool addedOrRemoved(ElementKind kind, const std::string &element, const T *a, const T *b, const ImpactOf &of)
    {
        if (a && b)
            return false;
        change(a ? Action::Removed : Action::Added, kind, element, a, b, of);
        return true;
    }

    template <typename T>
    void breaking(std::string_view kindId, ElementKind kind, const std::string &element, std::string message,
                  const T *a, const T *b, const ImpactOf &of)
    {
        const ChangeKind &row = changeKind(kindId);
        m_diff.breaking.push_back(BreakingChange {&row, row.severity, kind, element, std::move(message),
                                                  a ? a->mark : Mark {}, b ? b->mark : Mark {},
                                                  impact(b ? Action::Changed : Action::Removed, of)});
    }

    // Breaking changes of the schemas an element exchanged (its old closure), on the element.
    template <typename T>
    void schemaBreaks(const std::set<std::string> &direct, ElementKind kind, const std::string &element,
                      const std::string &role, const T *a, const T *b, const ImpactOf &of)
    {
        if (m_schemaNotes.empty())
            return;
        for (const std::string &name : schemaClosure(m_before, direct)) {
            const auto notes = m_schemaNotes.find(name);
            if (notes == m_schemaNotes.end())
                continue;
            m_attributed.insert(name);
            const std::string where = direct.count(name) ? role + " " + name : "schema " + name;
            for (const SchemaNote &note : notes->second)
                if (note.breaking())
                    breaking(note.kind, kind, element, where + ": " + note.text, a, b, of);
        }
    }

    bool schemasChanged(const std::set<std::string> &direct) const
    {
        if (m_schemaNotes.empty())
            return false;
        for (const std::string &name : schemaClosure(m_before, direct))
            if (m_schemaNotes.count(name))
                return true;
        return false;
    }

    void compareSchemas()
    {
        for (const Schema &a : m_before.schemaList())
            if (const Schema *b = m_after.findSchema(a.name))
                if (auto notes = compareSchemaBodies(a.body, b->body); !notes.empty())
                    m_schemaNotes.emplace(a.name, std::move(notes));
    }

    void reportSchemas()
    {
        matchLists<Schema>(m_before.schemaList(), m_after.schemaList(), byName, [&](const Schema *a, const Schema *b) {
            const std::string &name = (a ? a : b)->name;
            const ImpactOf of = [name](const ImpactFinder &f) { return f.schema(name); };
            if (addedOrRemoved(ElementKind::Schema, name, a, b, of))
                return;
            const auto notes = m_schemaNotes.find(name);
            if (notes == m_schemaNotes.end())
                return;
            std::vector<std::string> details;
            for (const SchemaNote &note : notes->second)
                details.push_back(note.text);
            change(Action::Changed, ElementKind::Schema, name, a, b, of, details);
            // Exchanged by nothing: the break is still one, reported on the schema itself.
            if (!m_attributed.count(name))
                for (const SchemaNote &note : notes->second)
                    if (note.breaking())
                        breaking(note.kind, ElementKind::Schema, name, note.text, a, b, of);
        });
    }

    // The top-level keys: a lint setting that changed explains findings that came or went.
    void modelSettings()
    {
        FieldDiff fields;
        fields.add("seam", m_before.seam, m_after.seam);
        fields.add("name", m_before.name, m_after.name);
        fields.add("description", m_before.description, m_after.description);
        fields.add("envelope", m_before.envelope, m_after.envelope);
        addLintSettingsDetails(fields, m_before.lint, m_after.lint);
        fields.add("extensions", m_before.extras, m_after.extras);
        if (!fields.empty())
            m_diff.changes.push_back(
                Change {Action::Changed, ElementKind::Model, "top-level keys", fields.details(), {}, {}, {}});
    }

    void own(ElementKind kind, std::string id)
    {
        m_ownerKind = kind;
        m_owner = std::move(id);
    }

    void component(const Component *a, const Component *b)
    {
        const std::string id = (a ? a : b)->id;
        own(ElementKind::Component, id);
        const ImpactOf of = [id](const ImpactFinder &f) { return f.component(id); };
        if (a && !b) {
            change(Action::Removed, ElementKind::Component, id, a, b, of);
            for (const Api &api : listOf(a->apis))
                breaking("api-removed", ElementKind::Api, id + "/" + api.name, "API removed with its component", &api,
                         static_cast<const Api *>(nullptr), [&](const ImpactFinder &f) { return f.api(id, api.name); });
            for (const Channel &channel : listOf(a->channels))
                breaking("channel-removed", ElementKind::Channel, id + "/" + channel.name,
                         "channel removed with its component", &channel, static_cast<const Channel *>(nullptr),
                         [&](const ImpactFinder &f) { return f.channel(id, channel.name); });
            return;
        }
        if (addedOrRemoved(ElementKind::Component, id, a, b, of))
            return;
        FieldDiff fields;
        fields.add("name", a->name, b->name);
        fields.add("kind", a->kind, b->kind);
        fields.add("description", a->description, b->description);
        fields.add("owner", a->owner, b->owner);
        fields.add("technology", a->technology, b->technology);
        fields.add("zone", a->zone, b->zone);
        addSlaDetails(fields, a->sla, b->sla);
        fields.add("tags", a->tags, b->tags);
        fields.add("suppress", a->suppress, b->suppress);
        fields.add("extensions", a->extras, b->extras);
        if (!fields.empty())
            change(Action::Changed, ElementKind::Component, id, a, b, of, fields.details());
        componentSla(*a, *b);
        matchLists<Api>(listOf(a->apis), listOf(b->apis), byName, [&](const Api *x, const Api *y) { api(id, x, y); });
        matchLists<Channel>(listOf(a->channels), listOf(b->channels), byName,
                            [&](const Channel *x, const Channel *y) { channel(id, x, y); });
    }

    void api(const std::string &component, const Api *a, const Api *b)
    {
        const std::string name = (a ? a : b)->name;
        const std::string path = component + "/" + name;
        const ImpactOf of = [=](const ImpactFinder &f) { return f.api(component, name); };
        if (a && !b)
            breaking("api-removed", ElementKind::Api, path, "API removed", a, b, of);
        if (addedOrRemoved(ElementKind::Api, path, a, b, of))
            return;
        // What a gRPC client calls is /package.Service/Method.
        const auto fullName
            = [](const Api &x) { return x.package ? *x.package + "." + x.serviceName() : x.serviceName(); };
        if (a->style == Pattern::Grpc && b->style == Pattern::Grpc && fullName(*a) != fullName(*b))
            breaking("grpc-service-renamed", ElementKind::Api, path, "service " + fullName(*a) + " → " + fullName(*b),
                     a, b, of);
        FieldDiff fields;
        fields.add("style", a->style, b->style);
        fields.add("version", a->version, b->version);
        fields.add("title", a->title, b->title);
        fields.add("description", a->description, b->description);
        fields.add("package", a->package, b->package);
        fields.add("service", a->service, b->service);
        fields.add("base_path", a->basePath, b->basePath);
        fields.add("servers", a->servers, b->servers);
        fields.add("security_schemes", a->securitySchemes, b->securitySchemes);
        fields.add("security", a->security, b->security);
        fields.add("extensions", a->extras, b->extras);
        if (!fields.empty())
            change(Action::Changed, ElementKind::Api, path, a, b, of, fields.details());
        operations(path, listOf(a->operations), listOf(b->operations), [=](const std::string &operation) {
            return ImpactOf([=](const ImpactFinder &f) { return f.operation(component, name, operation); });
        });
    }

    void operations(const std::string &prefix, const std::vector<Operation> &before,
                    const std::vector<Operation> &after, const std::function<ImpactOf(const std::string &)> &impactOf)
    {
        matchLists<Operation>(before, after, byName, [&](const Operation *a, const Operation *b) {
            const std::string path = prefix + "/" + (a ? a : b)->name;
            const ImpactOf of = impactOf((a ? a : b)->name);
            if (a && !b)
                breaking("operation-removed", ElementKind::Operation, path, "operation removed", a, b, of);
            if (!addedOrRemoved(ElementKind::Operation, path, a, b, of))
                operation(path, *a, *b, of);
        });
    }

    void operation(const std::string &path, const Operation &a, const Operation &b, const ImpactOf &of)
    {
        if (a == b && m_schemaNotes.empty())
            return; // the common case in a large model: nothing to look at
        const auto kind = ElementKind::Operation;
        if (a.method != b.method)
            breaking("operation-method-changed", kind, path,
                     "method " + std::string(a.method ? toString(*a.method) : "none") + " → "
                         + std::string(b.method ? toString(*b.method) : "none"),
                     &a, &b, of);
        if (a.path != b.path)
            breaking("operation-path-changed", kind, path,
                     "path " + a.path.value_or("none") + " → " + b.path.value_or("none"), &a, &b, of);
        if (a.streaming.value_or(Streaming::None) != b.streaming.value_or(Streaming::None))
            breaking("operation-streaming-changed", kind, path,
                     "streaming " + std::string(toString(a.streaming.value_or(Streaming::None))) + " → "
                         + std::string(toString(b.streaming.value_or(Streaming::None))),
                     &a, &b, of);
        const auto namesA = namedSchemas(a), namesB = namedSchemas(b);
        for (const auto &[place, name] : namesA)
            if (const auto other = namesB.find(place); other != namesB.end() && other->second != name)
                breaking("message-type-changed", kind, path, place + " " + name + " → " + other->second, &a, &b, of);
        std::map<std::pair<std::string, ParamLocation>, const Parameter *> oldParameters;
        for (const Parameter &parameter : listOf(a.parameters))
            oldParameters.emplace(std::pair(parameter.name, parameter.in), &parameter);
        for (const Parameter &parameter : listOf(b.parameters)) {
            if (!requiredParameter(parameter))
                continue;
            const auto old = oldParameters.find({parameter.name, parameter.in});
            const std::string label = std::string(toString(parameter.in)) + " parameter '" + parameter.name + "'";
            if (old == oldParameters.end())
                breaking("required-parameter-added", kind, path, "required " + label + " added", &a, &b, of);
            else if (!requiredParameter(*old->second))
                breaking("required-parameter-added", kind, path, label + " became required", &a, &b, of);
        }
        schemaBreaks(directSchemas(a), kind, path, "message", &a, &b, of);

        FieldDiff fields;
        fields.add("method", a.method, b.method);
        fields.add("path", a.path, b.path);
        fields.add("kind", a.kind, b.kind);
        fields.add("request", a.request, b.request);
        fields.add("request body", a.requestBody, b.requestBody);
        fields.add("response", a.response, b.response);
        fields.add("responses", a.responses, b.responses);
        fields.add("parameters", a.parameters, b.parameters);
        fields.add("streaming", a.streaming, b.streaming);
        fields.add("critical", a.critical, b.critical);
        fields.add("errors", a.errors, b.errors);
        fields.add("summary", a.summary, b.summary);
        fields.add("description", a.description, b.description);
        fields.add("security", a.security, b.security);
        fields.add("tags", a.tags, b.tags);
        fields.add("deprecated", a.deprecated, b.deprecated);
        fields.add("extensions", a.extras, b.extras);
        if (schemasChanged(directSchemas(a)))
            fields.note("a schema it exchanges changed");
        if (!fields.empty())
            change(Action::Changed, kind, path, &a, &b, of, fields.details());
    }

    void channel(const std::string &component, const Channel *a, const Channel *b)
    {
        const std::string name = (a ? a : b)->name;
        const std::string path = component + "/" + name;
        const ImpactOf of = [=](const ImpactFinder &f) { return f.channel(component, name); };
        if (a && !b)
            breaking("channel-removed", ElementKind::Channel, path, "channel removed", a, b, of);
        if (addedOrRemoved(ElementKind::Channel, path, a, b, of))
            return;
        if (a->effectiveAddress() != b->effectiveAddress())
            breaking("channel-address-changed", ElementKind::Channel, path,
                     "address " + a->effectiveAddress() + " → " + b->effectiveAddress(), a, b, of);
        FieldDiff fields;
        fields.add("address", a->address, b->address);
        fields.add("description", a->description, b->description);
        fields.add("bindings", a->bindings, b->bindings);
        fields.add("extensions", a->extras, b->extras);
        if (!fields.empty())
            change(Action::Changed, ElementKind::Channel, path, a, b, of, fields.details());
        events(path, listOf(a->events), listOf(b->events), [=](const std::string &event) {
            return ImpactOf([=](const ImpactFinder &f) { return f.event(component, name, event); });
        });
    }

    void events(const std::string &prefix, const std::vector<Event> &before, const std::vector<Event> &after,
                const std::function<ImpactOf(const std::string &)> &impactOf)
    {
        matchLists<Event>(before, after, byName, [&](const Event *a, const Event *b) {
            const std::string path = prefix + "/" + (a ? a : b)->name;
            const ImpactOf of = impactOf((a ? a : b)->name);
            if (a && !b)
                breaking("event-removed", ElementKind::Event, path, "event removed", a, b, of);
            if (!addedOrRemoved(ElementKind::Event, path, a, b, of))
                event(path, *a, *b, of);
        });
    }

    void event(const std::string &path, const Event &a, const Event &b, const ImpactOf &of)
    {
        if (a == b && m_schemaNotes.empty())
            return;
        const auto kind = ElementKind::Event;
        const size_t first = m_diff.breaking.size();
        if (a.payload && b.payload && a.payload != b.payload)
            breaking("message-type-changed", kind, path, "payload " + *a.payload + " → " + *b.payload, &a, &b, of);
        const std::set<std::string> direct = directSchemas(a);
        schemaBreaks(direct, kind, path, "payload", &a, &b, of);
        const bool payloadChanged = a.payload != b.payload || !(a.headers == b.headers) || schemasChanged(direct);
        const long long va = a.version.value_or(0), vb = b.version.value_or(0);
        // Without a version there is none to reuse: lint's unversioned-event says so already.
        if (payloadChanged && a.version && a.version == b.version)
            breaking("event-version-reused", kind, path,
                     "the payload changed but the version stayed " + formatNumber(va), &a, &b, of);
        // A bumped version announces the break: consumers can tell the payloads apart.
        if (vb > va)
            for (size_t i = first; i < m_diff.breaking.size(); ++i) {
                m_diff.breaking[i].severity = Severity::Warning;
                m_diff.breaking[i].message += " (announced: version " + (a.version ? formatNumber(va) : "unset") + " → "
                    + formatNumber(vb) + ")";
            }
        FieldDiff fields;
        fields.add("version", a.version, b.version);
        fields.add("payload", a.payload, b.payload);
        fields.add("key", a.key, b.key);
        fields.add("content_type", a.contentType, b.contentType);
        fields.add("headers", a.headers, b.headers);
        fields.add("critical", a.critical, b.critical);
        fields.add("description", a.description, b.description);
        fields.add("extensions", a.extras, b.extras);
        if (schemasChanged(direct))
            fields.note("its payload schema changed");
        if (!fields.empty())
            change(Action::Changed, kind, path, &a, &b, of, fields.details());
    }

    static std::vector<std::string> referencedEvents(const Integration &integration)
    {
        std::vector<std::string> out;
        for (const Event &event : listOf(integration.events))
            if (event.reference)
                out.push_back(event.name);
        return out;
    }

    static std::vector<Event> inlineEvents(const Integration &integration)
    {
        std::vector<Event> out;
        for (const Event &event : listOf(integration.events))
            if (!event.reference)
                out.push_back(event);
        return out;
    }

    void integration(const Integration *a, const Integration *b)
    {
        const std::string id = (a ? a : b)->id;
        own(ElementKind::Integration, id);
        const ImpactOf of = [id](const ImpactFinder &f) { return f.integration(id); };
        if (addedOrRemoved(ElementKind::Integration, id, a, b, of))
            return;
        FieldDiff fields;
        fields.add("from", a->from, b->from);
        fields.add("to", a->to, b->to);
        fields.add("pattern", a->pattern, b->pattern);
        fields.add("name", a->name, b->name);
        fields.add("description", a->description, b->description);
        fields.add("timeout_ms", a->timeoutMs, b->timeoutMs);
        fields.add("delivery", a->delivery, b->delivery);
        fields.add("api", a->api, b->api);
        fields.add("uses", a->uses, b->uses);
        fields.add("channel", a->channel, b->channel);
        fields.add("events", referencedEvents(*a), referencedEvents(*b));
        addReliabilityDetails(fields, a->reliability, b->reliability);
        addSecurityDetails(fields, a->security, b->security);
        addRateLimitDetails(fields, a->rateLimit, b->rateLimit);
        fields.add("suppress", a->suppress, b->suppress);
        fields.add("extensions", a->extras, b->extras);
        if (!fields.empty())
            change(Action::Changed, ElementKind::Integration, id, a, b, of, fields.details());
        const auto inlineImpact = [id](const std::string &) {
            return ImpactOf([id](const ImpactFinder &f) { return f.inlineContract(id); });
        };
        operations(id, listOf(a->operations), listOf(b->operations), inlineImpact);
        events(id, inlineEvents(*a), inlineEvents(*b), inlineImpact);
    }

    void flow(const Flow *a, const Flow *b)
    {
        const std::string id = (a ? a : b)->id;
        const ImpactOf of = [id](const ImpactFinder &f) { return f.flow(id); };
        if (addedOrRemoved(ElementKind::Flow, id, a, b, of))
            return;
        FieldDiff fields;
        fields.add("name", a->name, b->name);
        fields.add("description", a->description, b->description);
        fields.add("steps", seam::flowIntegrationIds(*a), seam::flowIntegrationIds(*b));
        // Steps may carry more than their integration (what the step does): changed all the same.
        if (!(a->steps == b->steps) && seam::flowIntegrationIds(*a) == seam::flowIntegrationIds(*b))
            fields.note("steps changed");
        addFlowSlaDetails(fields, a->sla, b->sla);
        fields.add("extensions", a->extras, b->extras);
        if (!fields.empty())
            change(Action::Changed, ElementKind::Flow, id, a, b, of, fields.details());
        const auto budget = [](const Flow &f) { return f.sla ? f.sla->latencyP95Ms : std::nullopt; };
        sla(ElementKind::Flow, id, "latency_p95_ms", budget(*a), budget(*b), true, "flow-budget-raised",
            "flow-budget-dropped", a->mark, b->mark, of);
    }

    // `higherIsWorse`: a latency promise or budget; else availability and throughput.
    void sla(ElementKind kind, const std::string &element, std::string metric, std::optional<double> before,
             std::optional<double> after, bool higherIsWorse, std::string_view worseKind, std::string_view droppedKind,
             Mark oldMark, Mark newMark, const ImpactOf &of)
    {
        if (before == after)
            return;
        const ChangeKind *kindRow = nullptr;
        if (before && !after)
            kindRow = &changeKind(droppedKind);
        else if (before && after && (higherIsWorse ? *after > *before : *after < *before))
            kindRow = &changeKind(worseKind);
        m_diff.sla.push_back(SlaChange {kind, element, std::move(metric), before, after, kindRow, oldMark, newMark,
                                        impact(Action::Changed, of)});
    }

    void componentSla(const Component &a, const Component &b)
    {
        const Sla none;
        const Sla &sa = a.sla ? *a.sla : none, &sb = b.sla ? *b.sla : none;
        const std::string id = a.id;
        const ImpactOf of = [id](const ImpactFinder &f) { return f.component(id); };
        const auto metric
            = [&](std::string name, std::optional<double> Sla::*field, bool higherIsWorse, std::string_view worse) {
                  sla(ElementKind::Component, id, std::move(name), sa.*field, sb.*field, higherIsWorse, worse,
                      "sla-dropped", a.mark, b.mark, of);
              };
        metric("availability", &Sla::availability, false, "availability-lowered");
        metric("latency_p95_ms", &Sla::latencyP95Ms, true, "latency-raised");
        metric("latency_p99_ms", &Sla::latencyP99Ms, true, "latency-raised");
        metric("throughput_rps", &Sla::throughputRps, false, "throughput-lowered");
    }

    void lintDelta()
    {
        using Key = std::tuple<std::string, std::string, std::string>;
        const auto keyOf = [](const Finding &f) { return Key {f.rule, f.element, findingFingerprint(f)}; };
        const LintResult before = lint(m_before), after = lint(m_after);
        std::set<Key> oldKeys, newKeys;
        for (const Finding &finding : before.findings)
            oldKeys.insert(keyOf(finding));
        for (const Finding &finding : after.findings) {
            newKeys.insert(keyOf(finding));
            (oldKeys.count(keyOf(finding)) ? m_diff.lint.unchanged : m_diff.lint.added).push_back(finding);
        }
        for (const Finding &finding : before.findings)
            if (!newKeys.count(keyOf(finding)))
                m_diff.lint.resolved.push_back(finding);
    }

    const Model &m_before;
    const Model &m_after;
    ImpactFinder m_old;
    ImpactFinder m_new;
    std::map<std::string, std::vector<SchemaNote>> m_schemaNotes; // schemas in both models that differ
    std::set<std::string> m_attributed; // schemas whose breaks were reported on an operation or event
    ElementKind m_ownerKind = ElementKind::Model; // the component or integration being compared
    std::string m_owner;
    ModelDiff m_diff;
};

} // namespace

ModelDiff diffModels(const Model &before, const Model &after)
{
    return Differ(before, after).run();
}

} // namespace seam::diff
