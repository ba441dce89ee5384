#pragma once
// Reading the contract keys of a model file (docs/model-format.md, "APIs" and "Channels"):
// a component's `apis` and `channels`, operations and events with their contract detail,
// and an integration's `api`, `uses`, `channel` and event references. The checks that
// need the whole model (does `to` declare that API?) run in check() once it is read.

#include "fieldreader.h"

#include <functional>
#include <string>
#include <vector>

namespace seam::reading {

class ContractReader {
public:
    // Receives every schema name written where a schema is expected, to be checked once
    // the model's schemas are known (well-known types need no entry).
    using SchemaNameSink = std::function<void(const std::string &name, Mark mark, const std::string &context)>;

    ContractReader(Reader &reader, SchemaNameSink schemaName);

    // Component keys; `f` is the component's map, whose `kind` is already read.
    void readComponent(Reader::Fields &f, Component &component, const std::string &context);
    // Integration keys: operations, events (bare names are references), api, uses, channel.
    void readIntegration(Reader::Fields &f, Integration &integration, const std::string &context);

    // Checks the names integrations give against what their ends declare.
    void check(const Model &model);

private:
    Api api(const SourceNode &node, const std::string &componentContext);
    Channel channel(const SourceNode &node, const std::string &componentContext);
    Operation operation(const SourceNode &node, const std::string &ownerContext);
    Event event(const SourceNode &node, const std::string &ownerContext);
    Parameter parameter(const SourceNode &node, const std::string &context, bool header);
    std::optional<RequestBody> requestBody(const SourceNode &node, const std::string &context);
    void readResponses(const SourceNode *node, std::optional<std::vector<Response>> &out, const std::string &context);
    void readHeaders(const SourceNode *node, std::optional<std::vector<Parameter>> &out, Response &response,
                     const std::string &context);
    void readContent(const SourceNode &node, std::vector<MediaContent> &out, const std::string &context);
    std::optional<Bindings> bindings(const SourceNode &node);
    void readSchemaName(const SourceNode *node, std::optional<std::string> &out, const std::string &context);
    void readSchemaUse(const SourceNode *node, SchemaUse &out, const std::string &context);
    void readRaw(const SourceNode *node, std::optional<SourceNode> &out, std::string_view key, bool list);

    // Where the names an integration gives are written, for check()'s messages.
    struct NameMarks {
        Mark api;
        std::vector<Mark> uses;
        Mark channel;
    };

    Reader &m_reader;
    SchemaNameSink m_schemaName;
    std::vector<NameMarks> m_integrationMarks; // one per integration read, in file order
};

} // namespace seam::reading
