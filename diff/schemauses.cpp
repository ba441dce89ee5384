#include "schemauses.h"

#include <vector>

namespace seam::diff {

namespace {

void addUse(const SchemaUse &use, std::set<std::string> &out)
{
    if (use.isScalar())
        out.insert(use.text());
    else if (use.isMap())
        forEachSchemaRef(use, [&](const SourceNode &ref) { out.insert(ref.text()); });
}

void addContent(const std::vector<MediaContent> &content, std::set<std::string> &out)
{
    for (const MediaContent &media : content)
        addUse(media.schema, out);
}

} // namespace

std::set<std::string> directSchemas(const Operation &operation)
{
    std::set<std::string> out;
    if (operation.request)
        out.insert(*operation.request);
    if (operation.requestBody)
        addContent(operation.requestBody->content, out);
    if (operation.response)
        out.insert(*operation.response);
    for (const Parameter &parameter : operation.parameters.value_or(std::vector<Parameter> {}))
        addUse(parameter.schema, out);
    for (const Response &response : operation.responses.value_or(std::vector<Response> {})) {
        if (response.content)
            addContent(*response.content, out);
        for (const Parameter &header : response.headers.value_or(std::vector<Parameter> {}))
            addUse(header.schema, out);
    }
    return out;
}

std::set<std::string> directSchemas(const Event &event)
{
    std::set<std::string> out;
    if (event.payload)
        out.insert(*event.payload);
    addUse(event.headers, out);
    return out;
}

std::set<std::string> schemaClosure(const Model &model, const std::set<std::string> &roots)
{
    std::set<std::string> seen = roots;
    std::vector<std::string> pending(roots.begin(), roots.end());
    while (!pending.empty()) {
        const std::string name = pending.back();
        pending.pop_back();
        if (const Schema *schema = model.findSchema(name))
            forEachSchemaRef(schema->body, [&](const SourceNode &ref) {
                if (seen.insert(ref.text()).second)
                    pending.push_back(ref.text());
            });
    }
    return seen;
}

} // namespace seam::diff
