#include "specsummary.h"

#include "common.h"
#include "model/contracts.h"
#include "model/modelindex.h"
#include "model/vocabulary.h"

#include <algorithm>
#include <map>

namespace seam {

namespace {

// Rows keyed by an operation or event, in first-seen order, with the components on the other end.
struct Row {
    std::vector<std::string> cells;
    std::vector<std::string> others; // display names, first-seen order, no repeats
    void addOther(const std::string &name)
    {
        if (std::find(others.begin(), others.end(), name) == others.end())
            others.push_back(name);
    }
};

struct Rows {
    std::vector<std::string> order;
    std::map<std::string, Row> byKey;
    Row &at(const std::string &key, std::vector<std::string> cells)
    {
        auto [it, inserted] = byKey.try_emplace(key);
        if (inserted) {
            order.push_back(key);
            it->second.cells = std::move(cells);
        }
        return it->second;
    }
};

class SummaryWriter {
public:
    SummaryWriter(const Model &model, DocumentMarkup &markup)
        : m_model(model)
        , m_index(model)
        , m_markup(markup)
    {
    }

    void write()
    {
        m_markup.section("Specification Summary");
        m_markup.paragraph("The contracts the spec exports describe in full (OpenAPI, Protocol Buffers and GraphQL "
                           "per API, AsyncAPI per application, JSON Schema per schema), summarised per API and per "
                           "channel.");
        const bool apis = writeApis();
        const bool channels = writeChannels();
        const bool schemas = writeSchemas();
        if (!apis && !channels && !schemas)
            m_markup.paragraph("The model declares no operations, events or schemas.");
    }

private:
    std::string name(const std::string &id) const
    {
        const Component *c = m_index.findComponent(id);
        return m_markup.cell(c ? c->displayName() : id);
    }

    std::string how(const Operation &op, Pattern pattern) const
    {
        if (pattern == Pattern::Rest) {
            std::string out = op.method ? std::string(toString(*op.method)) : std::string();
            if (op.path)
                out += (out.empty() ? "" : " ") + m_markup.code(*op.path);
            return out;
        }
        if (op.kind)
            return std::string(toString(*op.kind));
        return pattern == Pattern::Grpc ? "rpc" : "";
    }

    std::string schemaName(const std::optional<std::string> &schema) const
    {
        return schema ? m_markup.code(*schema) : std::string();
    }

    // One table per API a component serves: a declared `apis:` entry, or the inline
    // operations of one pattern.
    bool writeApis()
    {
        bool any = false;
        for (size_t c = 0; c < m_model.components.size(); ++c) {
            const Component &callee = m_model.components[c];
            std::vector<std::string> groupOrder;
            std::map<std::string, std::pair<Pattern, Rows>> groups;
            for (int e : m_index.incoming(int(c))) {
                const Integration &i = m_model.integrationList()[size_t(e)];
                if (!patternInfo(i.pattern).operations)
                    continue;
                const Api *api = integrationApi(m_index, i);
                const std::string group = api ? api->name + " API (" + std::string(patternTitle(api->style)) + ")"
                                              : std::string(patternTitle(i.pattern)) + " API";
                auto [it, inserted] = groups.try_emplace(group, api ? api->style : i.pattern, Rows {});
                if (inserted)
                    groupOrder.push_back(group);
                auto &[pattern, rows] = it->second;
                for (const Operation *op : effectiveOperations(m_index, i))
                    rows.at(op->name,
                            {m_markup.code(op->name), how(*op, pattern), schemaName(op->request),
                             schemaName(op->response)})
                        .addOther(name(i.from));
            }
            for (const std::string &group : groupOrder) {
                const auto &[pattern, rows] = groups[group];
                if (rows.order.empty())
                    continue;
                if (!any)
                    m_markup.subsection("APIs");
                any = true;
                m_markup.paragraph(m_markup.strong(m_markup.text(callee.displayName()) + " — " + m_markup.text(group)));
                emit({"Operation", pattern == Pattern::Rest ? "Method and path" : "Kind", "Request", "Response",
                      "Called by"},
                     rows);
            }
        }
        return any;
    }

    std::string eventKey(const Event &e) const
    {
        return e.name + "\n" + (e.version ? std::to_string(*e.version) : std::string());
    }

    std::vector<std::string> eventCells(const Event &e) const
    {
        return {m_markup.code(e.name), e.version ? std::to_string(*e.version) : std::string(), schemaName(e.payload),
                schemaName(e.key)};
    }

    // Per queue or topic: the events sent into it (with producers) and read from it (with
    // consumers). A consumer that names no events reads every event of the destination.
    bool writeChannels()
    {
        bool any = false;
        for (size_t c = 0; c < m_model.components.size(); ++c) {
            const Component &dest = m_model.components[c];
            if (!dest.isDestination())
                continue;
            const bool channels = dest.channels && !dest.channels->empty();
            Rows rows;
            const auto cells = [&](const Event &e, const Channel *channel) {
                auto out = eventCells(e);
                if (channels)
                    out.push_back(channel ? m_markup.code(channel->name) : std::string());
                return out;
            };
            for (const Channel &channel : dest.channels.value_or(std::vector<Channel> {}))
                for (const Event &e : channel.events.value_or(std::vector<Event> {}))
                    rows.at(eventKey(e), cells(e, &channel));
            for (int in : m_index.incoming(int(c)))
                if (const Integration &i = m_model.integrationList()[size_t(in)]; i.isAsync())
                    for (const Event *e : effectiveEvents(m_index, i))
                        rows.at(eventKey(*e), cells(*e, integrationChannel(m_index, i))).addOther(name(i.from));
            std::map<std::string, std::vector<std::string>> consumers;
            for (int out : m_index.outgoing(int(c))) {
                const Integration &i = m_model.integrationList()[size_t(out)];
                if (!i.isAsync())
                    continue;
                const auto events = effectiveEvents(m_index, i);
                const auto reads = [&](const std::string &key) {
                    return events.empty() || std::any_of(events.begin(), events.end(), [&](const Event *e) {
                               // A consumer's event without a version reads every version.
                               return e->version ? eventKey(*e) == key : key.starts_with(e->name + "\n");
                           });
                };
                const std::vector<std::string> known = rows.order;
                for (const std::string &key : known)
                    if (reads(key))
                        consumers[key].push_back(name(i.to));
                for (const Event *e : events)
                    if (std::none_of(known.begin(), known.end(), [&](const std::string &key) {
                            return e->version ? eventKey(*e) == key : key.starts_with(e->name + "\n");
                        })) {
                        rows.at(eventKey(*e), cells(*e, integrationChannel(m_index, i)));
                        consumers[eventKey(*e)].push_back(name(i.to));
                    }
            }
            if (rows.order.empty())
                continue;
            if (!any)
                m_markup.subsection("Channels");
            any = true;
            m_markup.paragraph(
                m_markup.strong(m_markup.text(dest.displayName()) + " (" + std::string(toString(dest.kind)) + ")"));
            std::vector<std::vector<std::string>> table;
            for (const std::string &key : rows.order) {
                const Row &row = rows.byKey[key];
                auto line = row.cells;
                line.push_back(join(row.others, ", "));
                line.push_back(join(unique(consumers[key]), ", "));
                table.push_back(std::move(line));
            }
            std::vector<std::string> header {"Event", "Version", "Payload", "Key"};
            if (channels)
                header.push_back("Channel");
            header.insert(header.end(), {"Producers", "Consumers"});
            m_markup.table(header, table);
        }
        return writeDirectMessages() || any;
    }

    static std::vector<std::string> unique(const std::vector<std::string> &items)
    {
        std::vector<std::string> out;
        for (const auto &item : items)
            if (std::find(out.begin(), out.end(), item) == out.end())
                out.push_back(item);
        return out;
    }

    // Asynchronous integrations between two components with no broker between (webhooks, direct streams).
    bool writeDirectMessages()
    {
        std::vector<std::vector<std::string>> table;
        for (const Integration &i : m_model.integrationList()) {
            if (!i.isAsync() || destinationEnd(m_index, i))
                continue;
            for (const Event *e : effectiveEvents(m_index, i)) {
                auto cells = eventCells(*e);
                cells.push_back(name(i.from) + " → " + name(i.to));
                cells.push_back(std::string(patternTitle(i.pattern)));
                table.push_back(std::move(cells));
            }
        }
        if (table.empty())
            return false;
        m_markup.subsection("Direct Messages");
        m_markup.table({"Event", "Version", "Payload", "Key", "Route", "Pattern"}, table);
        return true;
    }

    bool writeSchemas()
    {
        if (m_model.schemaList().empty())
            return false;
        m_markup.subsection("Schemas");
        std::vector<std::vector<std::string>> table;
        for (const Schema &schema : m_model.schemaList()) {
            const SourceNode *type = schema.body.isMap() ? schema.body.find("type") : nullptr;
            const SourceNode *properties = schema.body.isMap() ? schema.body.find("properties") : nullptr;
            std::vector<std::string> names;
            if (properties && properties->isMap())
                for (size_t k = 0; k < properties->size(); ++k)
                    names.push_back(m_markup.code(properties->keyAt(k)));
            table.push_back({m_markup.code(schema.name),
                             type && type->isScalar() ? m_markup.cell(type->text()) : std::string(),
                             join(names, ", ")});
        }
        m_markup.table({"Schema", "Type", "Properties"}, table);
        return true;
    }

    void emit(std::vector<std::string> header, const Rows &rows)
    {
        std::vector<std::vector<std::string>> table;
        for (const std::string &key : rows.order) {
            const Row &row = rows.byKey.at(key);
            auto cells = row.cells;
            cells.push_back(join(row.others, ", "));
            table.push_back(std::move(cells));
        }
        m_markup.table(header, table);
    }

    const Model &m_model;
    ModelIndex m_index; // contract lookups by index: a scan per call is quadratic on large models
    DocumentMarkup &m_markup;
};

} // namespace

void writeSpecSummary(const Model &model, DocumentMarkup &markup)
{
    SummaryWriter(model, markup).write();
}

} // namespace seam
