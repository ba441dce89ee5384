#include "specsummary.h"

#include "common.h"
#include "model/contracts.h"
#include "model/vocabulary.h"

#include <map>
#include <set>

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
        const Component *c = m_model.findComponent(id);
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
        for (const Component &callee : m_model.components) {
            std::vector<std::string> groupOrder;
            std::map<std::string, std::pair<Pattern, Rows>> groups;
            for (const Integration &i : m_model.integrationList()) {
                if (i.to != callee.id || !patternInfo(i.pattern).operations)
                    continue;
                const Api *api = integrationApi(m_model, i);
                const std::string group = api ? api->name + " API (" + std::string(patternTitle(api->style)) + ")"
                                              : std::string(patternTitle(i.pattern)) + " API";
                auto [it, inserted] = groups.try_emplace(group, api ? api->style : i.pattern, Rows {});
                if (inserted)
                    groupOrder.push_back(group);
                auto &[pattern, rows] = it->second;
                for (const Operation *op : effectiveOperations(m_model, i))
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

    // Per queue or topic: the events sent into it (with producers) and read from it (with consumers).
    bool writeChannels()
    {
        bool any = false;
        for (const Component &dest : m_model.components) {
            if (!dest.isDestination())
                continue;
            Rows rows;
            std::map<std::string, std::set<std::string>> consumers;
            for (const Channel &channel : dest.channels.value_or(std::vector<Channel> {}))
                for (const Event &e : channel.events.value_or(std::vector<Event> {}))
                    rows.at(eventKey(e), withChannel(eventCells(e), channel.name));
            for (const Integration &i : m_model.integrationList()) {
                if (!i.isAsync() || (i.to != dest.id && i.from != dest.id))
                    continue;
                const Channel *channel = integrationChannel(m_model, i);
                for (const Event *e : effectiveEvents(m_model, i)) {
                    Row &row = rows.at(eventKey(*e), withChannel(eventCells(*e), channel ? channel->name : ""));
                    if (i.to == dest.id)
                        row.addOther(name(i.from));
                    else
                        consumers[eventKey(*e)].insert(name(i.to));
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
                auto cells = row.cells;
                cells.push_back(join(row.others, ", "));
                const auto &readers = consumers[key];
                cells.push_back(join(std::vector<std::string>(readers.begin(), readers.end()), ", "));
                table.push_back(std::move(cells));
            }
            m_markup.table({"Event", "Version", "Payload", "Key", "Channel", "Producers", "Consumers"}, table);
        }
        return writeDirectMessages() || any;
    }

    std::vector<std::string> withChannel(std::vector<std::string> cells, const std::string &channel) const
    {
        cells.push_back(channel.empty() ? std::string() : m_markup.code(channel));
        return cells;
    }

    // Asynchronous integrations between two components with no broker between (webhooks, direct streams).
    bool writeDirectMessages()
    {
        std::vector<std::vector<std::string>> table;
        for (const Integration &i : m_model.integrationList()) {
            if (!i.isAsync() || destinationEnd(m_model, i))
                continue;
            for (const Event *e : effectiveEvents(m_model, i)) {
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
    DocumentMarkup &m_markup;
};

} // namespace

void writeSpecSummary(const Model &model, DocumentMarkup &markup)
{
    SummaryWriter(model, markup).write();
}

} // namespace seam
