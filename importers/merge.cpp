#include "merge.h"

#include "exporters/schemaconvert.h"
#include "model/contracts.h"

#include <map>

namespace seam {

namespace {

// Which proto type a schema holds ("" for a schema that is not one): its package and real name.
std::string protoIdentity(const Schema &schema)
{
    const SourceNode *package = schema.body.isMap() ? schema.body.find("package") : nullptr;
    if (!package || !package->isScalar() || package->text().empty())
        return {};
    const SourceNode *real = schema.body.find("x-proto-name");
    return package->text() + "." + (real && real->isScalar() ? real->text() : schema.name);
}

// A body without x-proto-name: two names for one proto type are the same schema.
SourceNode withoutProtoName(const SourceNode &body)
{
    if (!body.isMap() || !body.find("x-proto-name"))
        return body;
    SourceNode out = SourceNode::map();
    for (size_t i = 0; i < body.size(); ++i)
        if (body.keyAt(i) != "x-proto-name")
            out.insert(body.keyAt(i), body.items()[i]);
    return out;
}

using Renames = std::map<std::string, std::string>;

// Fills the details a model element lacks from the imported one. A detail both give
// differently is named in `differing`, unless it is descriptive text (what == nullptr),
// which only fills gaps.
struct GapFiller {
    std::vector<std::string> differing;

    template <typename T> void operator()(std::optional<T> &mine, const std::optional<T> &theirs, const char *what)
    {
        if (!mine)
            mine = theirs;
        else if (theirs && *mine != *theirs && what)
            differing.push_back(what);
    }
    std::string joined() const
    {
        std::string out;
        for (const std::string &what : differing)
            out += (out.empty() ? "" : ", ") + what;
        return out;
    }
};

template <typename T, typename Visit> void forEach(std::optional<std::vector<T>> &list, Visit visit)
{
    if (list)
        for (T &item : *list)
            visit(item);
}

void renameRefs(SourceNode &node, const Renames &renames)
{
    for (size_t i = 0; i < node.items().size(); ++i) {
        SourceNode &item = node.items()[i];
        if (node.isMap() && node.keyAt(i) == "$ref" && item.isScalar()) {
            if (const auto found = renames.find(item.text()); found != renames.end())
                item = SourceNode::scalar(found->second, true);
        } else
            renameRefs(item, renames);
    }
}

// A schema use: a scalar names a schema, a map is an inline schema.
void renameUse(SourceNode &use, const Renames &renames)
{
    if (use.isScalar()) {
        if (const auto found = renames.find(use.text()); found != renames.end())
            use = SourceNode::scalar(found->second, true);
    } else
        renameRefs(use, renames);
}

void renameName(std::optional<std::string> &name, const Renames &renames)
{
    if (name)
        if (const auto found = renames.find(*name); found != renames.end())
            name = found->second;
}

void renameOperation(Operation &op, const Renames &renames)
{
    renameName(op.request, renames);
    renameName(op.response, renames);
    if (op.requestBody)
        for (MediaContent &content : op.requestBody->content)
            renameUse(content.schema, renames);
    forEach(op.responses, [&](Response &response) {
        forEach(response.content, [&](MediaContent &content) { renameUse(content.schema, renames); });
    });
    forEach(op.parameters, [&](Parameter &parameter) { renameUse(parameter.schema, renames); });
}

void renameEvent(Event &event, const Renames &renames)
{
    renameName(event.payload, renames);
    renameUse(event.headers, renames);
}

// Every place of `fragment` that names a schema, renamed.
void applyRenames(Model &fragment, const Renames &renames)
{
    forEach(fragment.schemas, [&](Schema &schema) {
        renameRefs(schema.body, renames);
        if (const auto found = renames.find(schema.name); found != renames.end())
            schema.name = found->second;
    });
    for (Component &component : fragment.components) {
        forEach(component.apis,
                [&](Api &api) { forEach(api.operations, [&](Operation &op) { renameOperation(op, renames); }); });
        forEach(component.channels,
                [&](Channel &channel) { forEach(channel.events, [&](Event &event) { renameEvent(event, renames); }); });
    }
    forEach(fragment.integrations, [&](Integration &integration) {
        forEach(integration.operations, [&](Operation &op) { renameOperation(op, renames); });
        forEach(integration.events, [&](Event &event) { renameEvent(event, renames); });
    });
}

class Merger {
public:
    Merger(Model &into, const std::string &intoFile, const MergeSource &fragment, Diagnostics &diagnostics)
        : m_into(into)
        , m_intoFile(intoFile)
        , m_fragment(fragment)
        , m_diagnostics(diagnostics)
    {
    }

    void run()
    {
        const Model &fragment = alignProtoNames();
        for (const Component &component : fragment.components)
            mergeComponent(component);
        for (const Schema &schema : fragment.schemaList()) {
            const Schema *existing = m_into.findSchema(schema.name);
            if (!existing)
                list(m_into.schemas).push_back(schema);
            else if (withoutProtoName(existing->body) != withoutProtoName(schema.body))
                conflict(schema.mark, "schema '" + schema.name + "' differs from the one", existing->mark);
        }
        for (const Integration &integration : fragment.integrationList()) {
            const Integration *existing = m_into.findIntegration(integration.id);
            if (!existing)
                list(m_into.integrations).push_back(integration);
            else if (!(*existing == integration))
                conflict(integration.mark, "integration '" + integration.id + "' differs from the one", existing->mark);
        }
    }

private:
    // One proto type keeps one schema name: a message the model holds under another name (an
    // earlier import prefixed it with its package) is renamed to the model's name, and a message
    // whose name the model uses for another proto type gets its package as prefix (as the
    // importer does for a clash within one import). The fragment is copied only when renamed.
    const Model &alignProtoNames()
    {
        std::map<std::string, std::string> intoByIdentity;
        for (const Schema &schema : m_into.schemaList())
            if (const std::string identity = protoIdentity(schema); !identity.empty())
                intoByIdentity.emplace(identity, schema.name);
        Renames renames;
        std::vector<std::string> prefixed;
        for (const Schema &schema : m_fragment.model.schemaList()) {
            const std::string identity = protoIdentity(schema);
            if (identity.empty())
                continue;
            if (const auto same = intoByIdentity.find(identity); same != intoByIdentity.end()) {
                if (same->second != schema.name)
                    renames[schema.name] = same->second;
                continue;
            }
            const Schema *existing = m_into.findSchema(schema.name);
            if (!existing || protoIdentity(*existing).empty())
                continue; // new, or a conflict with a schema that is not a proto type
            const std::string package = schema.body.find("package")->text();
            renames[schema.name] = pascalCase(package) + schema.name;
            prefixed.push_back(schema.name);
            m_diagnostics.push_back({Diagnostic::Level::Warning, m_fragment.file, schema.mark,
                                     "message name " + schema.name + " is used by another package in "
                                         + (m_intoFile.empty() ? std::string("a file imported before it") : m_intoFile)
                                         + "; schema " + renames[schema.name] + " holds " + identity});
        }
        if (renames.empty())
            return m_fragment.model;
        m_renamed = m_fragment.model;
        applyRenames(m_renamed, renames);
        for (Schema &schema : *m_renamed.schemas)
            for (const std::string &original : prefixed)
                if (renames[original] == schema.name && !schema.body.find("x-proto-name"))
                    schema.body.insert("x-proto-name", SourceNode::scalar(original, true));
        return m_renamed;
    }

    template <typename T> static std::vector<T> &list(std::optional<std::vector<T>> &items)
    {
        return items ? *items : items.emplace();
    }

    Component *findComponent(const std::string &id)
    {
        for (Component &component : m_into.components)
            if (component.id == id)
                return &component;
        return nullptr;
    }

    void mergeComponent(const Component &component)
    {
        Component *existing = findComponent(component.id);
        if (!existing) {
            m_into.components.push_back(component);
            return;
        }
        if (existing->kind != component.kind) {
            conflict(component.mark,
                     "component '" + component.id + "' is a " + std::string(toString(component.kind)) + " here but a "
                         + std::string(toString(existing->kind)) + " in the one",
                     existing->mark);
            return;
        }
        for (const Api &api : component.apis.value_or(std::vector<Api> {})) {
            Api *found = nullptr;
            for (Api &each : list(existing->apis))
                if (each.name == api.name && !found)
                    found = &each;
            if (!found)
                list(existing->apis).push_back(api);
            else
                mergeApi(*found, api, component.id);
        }
        for (const Channel &channel : component.channels.value_or(std::vector<Channel> {})) {
            const Channel *found = findChannel(*existing, channel.name);
            if (!found)
                list(existing->channels).push_back(channel);
            else if (events(*found) != events(channel))
                conflict(channel.mark,
                         "channel '" + channel.name + "' of component '" + component.id
                             + "' has other events than the one",
                         found->mark);
        }
    }

    // A model often names an API's operations before it has their types (a sketch of the
    // system, then the spec). The spec then adds the operations the model lacks and the
    // details of those it lists by name only. An operation whose given details differ is a
    // conflict, and keeps all of the model's.
    void mergeApi(Api &existing, const Api &imported, const std::string &componentId)
    {
        for (const Operation &op : imported.operations.value_or(std::vector<Operation> {})) {
            Operation *found = nullptr;
            for (Operation &each : list(existing.operations))
                if (each.name == op.name && !found)
                    found = &each;
            if (!found) {
                list(existing.operations).push_back(op);
                continue;
            }
            Operation filled = *found;
            GapFiller take;
            // What callers depend on conflicts; descriptive text only fills gaps.
            take(filled.method, op.method, "method");
            take(filled.path, op.path, "path");
            take(filled.kind, op.kind, "kind");
            take(filled.request, op.request, "request");
            take(filled.requestBody, op.requestBody, "request body");
            take(filled.response, op.response, "response");
            take(filled.streaming, op.streaming, "streaming");
            take(filled.parameters, op.parameters, "parameters");
            take(filled.responses, op.responses, "responses");
            take(filled.errors, op.errors, nullptr);
            take(filled.security, op.security, nullptr);
            take(filled.summary, op.summary, nullptr);
            take(filled.description, op.description, nullptr);
            take(filled.tags, op.tags, nullptr);
            take(filled.deprecated, op.deprecated, nullptr);
            settle(*found, std::move(filled), take, op.mark,
                   "operation '" + op.name + "' of API '" + imported.name + "' of component '" + componentId + "'");
        }
        // The API's own details fill gaps too; a different package or service is the spec's
        // identity, kept as the model wrote it and reported.
        Api filled = existing;
        GapFiller take;
        take(filled.package, imported.package, "package");
        take(filled.service, imported.service, "service");
        take(filled.version, imported.version, nullptr);
        take(filled.title, imported.title, nullptr);
        take(filled.description, imported.description, nullptr);
        take(filled.basePath, imported.basePath, nullptr);
        take(filled.servers, imported.servers, nullptr);
        take(filled.securitySchemes, imported.securitySchemes, nullptr);
        take(filled.security, imported.security, nullptr);
        if (filled.style != imported.style)
            take.differing.push_back("style");
        settle(existing, std::move(filled), take, imported.mark,
               "API '" + imported.name + "' of component '" + componentId + "'");
    }

    // The filled-in element replaces the model's when no given detail differs; else the
    // model's stays whole and the difference is reported at the imported element.
    template <typename T>
    void settle(T &existing, T filled, const GapFiller &take, const Mark &mark, const std::string &element)
    {
        if (take.differing.empty())
            existing = std::move(filled);
        else
            conflict(mark, element + " has another " + take.joined() + " than the one", existing.mark);
    }
    static std::vector<std::string> events(const Channel &channel)
    {
        std::vector<std::string> out;
        for (const Event &event : channel.events.value_or(std::vector<Event> {}))
            out.push_back(event.name + " " + event.payload.value_or("-"));
        return out;
    }

    // A warning at the fragment's element naming where the model's version is; the model's stays.
    void conflict(const Mark &mark, const std::string &what, const Mark &existingMark)
    {
        std::string place = m_intoFile.empty() ? "imported before it" : "in " + m_intoFile;
        if (!m_intoFile.empty() && existingMark.valid())
            place = "at " + m_intoFile + ":" + std::to_string(existingMark.line) + ":"
                + std::to_string(existingMark.column);
        m_diagnostics.push_back({Diagnostic::Level::Warning, m_fragment.file, mark,
                                 what + " " + place + "; kept " + (m_intoFile.empty() ? "the first" : "the model's")
                                     + " and did not import this one"});
    }

    Model &m_into;
    const std::string &m_intoFile;
    const MergeSource &m_fragment;
    Diagnostics &m_diagnostics;
    Model m_renamed; // the fragment with its schemas renamed, when alignProtoNames had to
};

} // namespace

void mergeFragment(Model &into, const std::string &intoFile, const MergeSource &fragment, Diagnostics &diagnostics)
{
    Merger(into, intoFile, fragment, diagnostics).run();
}

} // namespace seam
