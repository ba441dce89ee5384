#include "openapiapidocument.h"

#include "openapipaths.h"
#include "schemaconvert.h"

#include "importers/openapiextras.h"
#include "model/contracts.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace seam {

namespace {

namespace ex = openapi_extras;

constexpr std::string_view kSchemaPrefix = "#/components/schemas/";

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool isSupportedVersion(std::string_view version)
{
    return version.size() >= 3 && startsWith(version, "3.") && (version[2] == '0' || version[2] == '1')
        && (version.size() == 3 || version[3] == '.');
}

const SourceNode *extra(const Extras &extras, std::string_view key)
{
    return extras.isMap() ? extras.find(key) : nullptr;
}

class ApiDocument {
public:
    ApiDocument(const Model &model, const Component &component, const Api &api, const ApiDocumentOptions &options)
        : m_model(model)
        , m_component(component)
        , m_api(api)
        , m_options(options)
    {
        const SourceNode *version = extra(api.extras, ex::kVersion);
        if (version && version->isScalar() && isSupportedVersion(version->text()))
            m_version = version->text();
        m_imported = version != nullptr;
        m_openapi30 = startsWith(m_version, "3.0");
        m_dialect = m_openapi30 ? SchemaDialect::OpenApi30 : SchemaDialect::JsonSchema2020;
        for (const Schema &schema : model.schemaList())
            if (const SourceNode *original = extra(schema.body, ex::kName); original && original->isScalar()) {
                m_exportName[schema.name] = original->text();
                m_modelName[original->text()] = schema.name;
            }
    }

    std::string build(std::vector<std::string> &warnings)
    {
        OrderedJson doc = OrderedJson::object();
        doc["openapi"] = m_version;
        doc["info"] = info();
        if (OrderedJson list = servers(); !list.empty())
            doc["servers"] = std::move(list);
        doc["paths"] = paths();
        if (m_api.security)
            doc["security"] = nodeToJson(*m_api.security);
        writeExtras(doc, m_api.extras);
        if (OrderedJson list = components(warnings); !list.empty())
            doc["components"] = std::move(list);
        return toYaml(doc);
    }

private:
    // --- what the importer kept ---

    static bool isHandled(std::string_view key)
    {
        return key == ex::kVersion || key == ex::kInfo || key == ex::kComponents || key == ex::kSchemas
            || key == ex::kPathItem || key == ex::kMedia || key == ex::kRef || key == ex::kName;
    }

    // x-openapi-<key> back to <key>; x- extensions as they are. Schema references inside
    // (callbacks, links …) keep the export's names, so what they reach is exported too.
    void writeExtras(OrderedJson &out, const Extras &extras)
    {
        for (size_t i = 0; extras.isMap() && i < extras.size(); ++i) {
            const std::string &key = extras.keyAt(i);
            if (isHandled(key))
                continue;
            OrderedJson value = nodeToJson(extras.items()[i]);
            collectRawRefs(value);
            out[startsWith(key, ex::kPrefix) ? key.substr(ex::kPrefix.size()) : key] = std::move(value);
        }
    }

    void collectRawRefs(const OrderedJson &value)
    {
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (it.key() == "$ref" && it.value().is_string()) {
                    const std::string &ref = it.value().get_ref<const std::string &>();
                    if (startsWith(ref, kSchemaPrefix))
                        m_roots.push_back(modelName(ref.substr(kSchemaPrefix.size())));
                } else {
                    collectRawRefs(it.value());
                }
            }
        } else if (value.is_array()) {
            for (const OrderedJson &item : value)
                collectRawRefs(item);
        }
    }

    std::string exportName(const std::string &name) const
    {
        const auto found = m_exportName.find(name);
        return found == m_exportName.end() ? name : found->second;
    }
    std::string modelName(const std::string &name) const
    {
        const auto found = m_modelName.find(name);
        return found == m_modelName.end() ? name : found->second;
    }

    // --- schemas ---

    void renameRefs(OrderedJson &value) const
    {
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (it.key() == "$ref" && it.value().is_string()) {
                    const std::string &ref = it.value().get_ref<const std::string &>();
                    if (startsWith(ref, kSchemaPrefix))
                        it.value() = std::string(kSchemaPrefix) + exportName(ref.substr(kSchemaPrefix.size()));
                } else {
                    renameRefs(it.value());
                }
            }
        } else if (value.is_array()) {
            for (OrderedJson &item : value)
                renameRefs(item);
        }
    }

    OrderedJson schemaBody(const SourceNode &body) const
    {
        OrderedJson json = schemaToJson(body, kSchemaPrefix, m_dialect); // no proto keywords, well-known as JSON
        if (!m_exportName.empty())
            renameRefs(json);
        if (json.is_object())
            json.erase(std::string(ex::kName));
        return json;
    }

    OrderedJson schema(const SchemaUse &use)
    {
        if (use.isScalar()) {
            OrderedJson ref = schemaUseToJson(use, kSchemaPrefix, m_dialect); // a well-known type becomes its JSON form
            if (ref.contains("$ref")) {
                m_roots.push_back(use.text());
                ref["$ref"] = std::string(kSchemaPrefix) + exportName(use.text());
            }
            return ref;
        }
        for (const std::string &name : schemaReferences(use))
            m_roots.push_back(name);
        return schemaBody(use);
    }

    OrderedJson components(std::vector<std::string> &warnings)
    {
        OrderedJson out = OrderedJson::object();
        const SourceNode *kept = extra(m_api.extras, ex::kComponents);
        OrderedJson rest = kept ? nodeToJson(*kept) : OrderedJson::object();
        collectRawRefs(rest);
        if (const SourceNode *declared = extra(m_api.extras, ex::kSchemas); declared && declared->isSequence())
            for (const SourceNode &name : declared->items())
                m_roots.push_back(name.text());

        std::vector<std::string> missing;
        const std::vector<std::string> names = reachableSchemas(m_model, m_roots, &missing);
        std::unordered_map<std::string_view, const Schema *> byName;
        for (const Schema &schema : m_model.schemaList())
            byName.emplace(schema.name, &schema);
        OrderedJson schemas = OrderedJson::object();
        reserveMembers(schemas, names.size() + missing.size());
        for (const std::string &name : names)
            appendMember(schemas, exportName(name), schemaBody(byName.at(name)->body));
        for (const std::string &name : missing) {
            if (findWellKnownType(name))
                continue;
            appendMember(schemas, name, {{"description", "Schema " + name + " is not defined in the model."}});
            warnings.push_back(m_options.fileName + ": schema " + name
                               + " is not defined in the model; exported as an empty schema");
        }
        if (!schemas.empty())
            out["schemas"] = std::move(schemas);
        for (auto it = rest.begin(); it != rest.end(); ++it)
            out[it.key()] = it.value();
        if (m_api.securitySchemes)
            out["securitySchemes"] = nodeToJson(*m_api.securitySchemes);
        return out;
    }

    // --- document parts ---

    OrderedJson info()
    {
        OrderedJson out = OrderedJson::object();
        out["title"] = m_api.title ? *m_api.title : m_api.name;
        if (m_api.description)
            out["description"] = *m_api.description;
        if (const SourceNode *kept = extra(m_api.extras, ex::kInfo))
            for (size_t i = 0; kept->isMap() && i < kept->size(); ++i)
                out[kept->keyAt(i)] = nodeToJson(kept->items()[i]);
        // OpenAPI requires a version; a model that declares none gets the first one's.
        out["version"] = m_api.version ? *m_api.version : std::string("1.0.0");
        return out;
    }

    OrderedJson servers() const
    {
        OrderedJson out = OrderedJson::array();
        if (m_api.servers) {
            for (const Server &server : *m_api.servers) {
                OrderedJson entry = OrderedJson::object();
                entry["url"] = server.url;
                if (server.description)
                    entry["description"] = *server.description;
                for (size_t i = 0; server.extras.isMap() && i < server.extras.size(); ++i) {
                    const std::string &key = server.extras.keyAt(i);
                    entry[startsWith(key, ex::kPrefix) ? key.substr(ex::kPrefix.size()) : key]
                        = nodeToJson(server.extras.items()[i]);
                }
                out.push_back(std::move(entry));
            }
            return out;
        }
        const std::string basePath = m_api.basePath ? *m_api.basePath : std::string();
        // Only what the model says: a caller without TLS means plain HTTP; otherwise no
        // scheme or host is known, and a base path alone is a relative server URL.
        if (m_options.plainHttp)
            out.push_back({{"url", "http://" + m_component.id + basePath}});
        else if (!basePath.empty())
            out.push_back({{"url", basePath}});
        return out;
    }

    OrderedJson refObject(const Extras &extras) const
    {
        const SourceNode *ref = extra(extras, ex::kRef);
        return ref && ref->isScalar() ? OrderedJson {{"$ref", ref->text()}} : OrderedJson();
    }

    OrderedJson parameter(const Parameter &p, bool header)
    {
        if (OrderedJson ref = refObject(p.extras); !ref.is_null())
            return ref;
        OrderedJson out = OrderedJson::object();
        if (!header) {
            out["name"] = p.name;
            out["in"] = std::string(toString(p.in));
        }
        if (p.description)
            out["description"] = *p.description;
        if (p.in == ParamLocation::Path && !header)
            out["required"] = true; // OpenAPI requires it of path parameters
        else if (p.required)
            out["required"] = *p.required;
        if (!p.schema.isNull())
            out["schema"] = schema(p.schema);
        writeExtras(out, p.extras);
        return out;
    }

    OrderedJson content(const std::vector<MediaContent> &media, const Extras &extras)
    {
        const SourceNode *kept = extra(extras, ex::kMedia);
        OrderedJson out = OrderedJson::object();
        for (const MediaContent &entry : media) {
            OrderedJson object = OrderedJson::object();
            if (!entry.schema.isNull())
                object["schema"] = schema(entry.schema);
            if (const SourceNode *more = kept && kept->isMap() ? kept->find(entry.mediaType) : nullptr) {
                OrderedJson fields = nodeToJson(*more);
                collectRawRefs(fields);
                for (auto it = fields.begin(); fields.is_object() && it != fields.end(); ++it)
                    object[it.key()] = it.value();
            }
            out[entry.mediaType] = std::move(object);
        }
        return out;
    }

    OrderedJson requestBody(const RequestBody &body)
    {
        if (OrderedJson ref = refObject(body.extras); !ref.is_null())
            return ref;
        OrderedJson out = OrderedJson::object();
        if (body.description)
            out["description"] = *body.description;
        out["content"] = content(body.content, body.extras);
        if (body.required)
            out["required"] = *body.required;
        writeExtras(out, body.extras);
        return out;
    }

    OrderedJson response(const Response &r)
    {
        if (OrderedJson ref = refObject(r.extras); !ref.is_null())
            return ref;
        OrderedJson out = OrderedJson::object();
        int code = 0;
        const bool numeric = !r.status.empty() && std::all_of(r.status.begin(), r.status.end(), ::isdigit);
        if (numeric)
            code = std::stoi(r.status.substr(0, 3));
        // A description is required; the model may not hold one.
        out["description"] = r.description ? *r.description : std::string(httpReasonPhrase(code));
        if (r.headers && !r.headers->empty()) {
            OrderedJson headers = OrderedJson::object();
            for (const Parameter &header : *r.headers)
                headers[header.name] = parameter(header, true);
            out["headers"] = std::move(headers);
        }
        if (r.content)
            out["content"] = content(*r.content, r.extras);
        writeExtras(out, r.extras);
        return out;
    }

    OrderedJson responses(const Operation &op)
    {
        OrderedJson out = OrderedJson::object();
        if (op.responses) {
            for (const Response &r : *op.responses)
                out[r.status] = response(r);
            return out;
        }
        // The v1 spelling: `response: Name` is the success body, `errors` the other statuses.
        if (op.response) {
            out["200"] = {{"description", "OK"},
                          {"content", {{"application/json", {{"schema", schema(text(*op.response))}}}}}};
        }
        if (op.errors)
            for (const ErrorCode &error : *op.errors)
                if (error.numeric)
                    out[error.text] = {{"description", std::string(httpReasonPhrase(std::atoi(error.text.c_str())))}};
        return out;
    }

    static SourceNode text(const std::string &value) { return SourceNode::scalar(value, true); }

    OrderedJson operation(const Operation &op, const std::string &path)
    {
        OrderedJson out = OrderedJson::object();
        if (op.tags) {
            OrderedJson tags = OrderedJson::array();
            for (const std::string &tag : *op.tags)
                tags.push_back(tag);
            out["tags"] = std::move(tags);
        }
        if (op.summary) {
            out["summary"] = *op.summary;
        } else if (!m_imported) {
            // A model written by hand has no summaries; linters require one: the name in words.
            std::string words;
            for (const std::string &word : identifierWords(op.name))
                words += (words.empty() ? "" : " ") + word;
            out["summary"] = words;
        }
        if (op.description)
            out["description"] = *op.description;
        out["operationId"] = op.name;

        OrderedJson parameters = OrderedJson::array();
        std::set<std::string> declaredPath;
        if (op.parameters)
            for (const Parameter &p : *op.parameters) {
                if (p.in == ParamLocation::Path)
                    declaredPath.insert(p.name);
                parameters.push_back(parameter(p, false));
            }
        // OpenAPI requires every template segment to be declared; the model may not say more than its name.
        for (const std::string &name : pathParameterNames(path))
            if (!declaredPath.count(name))
                parameters.push_back(
                    {{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
        if (!parameters.empty())
            out["parameters"] = std::move(parameters);

        if (op.requestBody)
            out["requestBody"] = requestBody(*op.requestBody);
        else if (op.request)
            out["requestBody"]
                = {{"required", true}, {"content", {{"application/json", {{"schema", schema(text(*op.request))}}}}}};

        OrderedJson statuses = responses(op);
        // 3.0 requires a response; the model holds none, and inventing a status would be wrong.
        if (statuses.empty() && m_openapi30)
            statuses["default"] = {{"description", "The model describes no response."}};
        if (!statuses.empty())
            out["responses"] = std::move(statuses);
        if (op.deprecated)
            out["deprecated"] = *op.deprecated;
        if (op.security)
            out["security"] = nodeToJson(*op.security);
        writeExtras(out, op.extras);
        return out;
    }

    OrderedJson paths()
    {
        OrderedJson out = OrderedJson::object();
        if (!m_api.operations)
            return out;
        std::map<std::string, size_t> index; // path → position in `out`
        std::vector<std::pair<std::string, OrderedJson>> items;
        for (const Operation &op : *m_api.operations) {
            const std::string path = openApiPath(op);
            auto found = index.find(path);
            if (found == index.end()) {
                found = index.emplace(path, items.size()).first;
                items.emplace_back(path, OrderedJson::object());
            }
            OrderedJson &item = items[found->second].second;
            if (const SourceNode *kept = extra(op.extras, ex::kPathItem); kept && kept->isMap()) {
                if (const SourceNode *ref = kept->find(ex::kRef); ref && ref->isScalar()) {
                    item = {{"$ref", ref->text()}};
                    continue;
                }
                OrderedJson fields = nodeToJson(*kept);
                collectRawRefs(fields);
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    item[it.key()] = it.value();
            }
            if (item.contains("$ref"))
                continue;
            item[lowerMethod(openApiMethod(op))] = operation(op, path);
        }
        reserveMembers(out, items.size());
        for (auto &[path, item] : items)
            appendMember(out, path, std::move(item));
        return out;
    }

    const Model &m_model;
    const Component &m_component;
    const Api &m_api;
    const ApiDocumentOptions &m_options;
    std::string m_version = "3.1.0";
    bool m_openapi30 = false;
    bool m_imported = false; // from an OpenAPI document: reproduce it, add nothing
    SchemaDialect m_dialect = SchemaDialect::JsonSchema2020;
    std::map<std::string, std::string> m_exportName; // model schema name → name in the document
    std::map<std::string, std::string> m_modelName;
    std::vector<std::string> m_roots; // schema names the document uses
};

} // namespace

std::string openApiDocumentForApi(const Model &model, const Component &component, const Api &api,
                                  const ApiDocumentOptions &options, std::vector<std::string> &warnings)
{
    return ApiDocument(model, component, api, options).build(warnings);
}

} // namespace seam
