#include "openapiimporter.h"

#include "openapirefs.h"

#include "model/constraints.h"
#include "model/inputlimits.h"
#include "model/treebuilder.h"

#include <array>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

namespace seam {

namespace {

namespace ex = openapi_extras;

constexpr std::array<std::pair<std::string_view, HttpMethod>, 8> kMethods {{{"get", HttpMethod::Get},
                                                                            {"put", HttpMethod::Put},
                                                                            {"post", HttpMethod::Post},
                                                                            {"delete", HttpMethod::Delete},
                                                                            {"options", HttpMethod::Options},
                                                                            {"head", HttpMethod::Head},
                                                                            {"patch", HttpMethod::Patch},
                                                                            {"trace", HttpMethod::Trace}}};

std::optional<HttpMethod> methodKey(std::string_view key)
{
    for (const auto &[name, method] : kMethods)
        if (name == key)
            return method;
    return std::nullopt;
}

bool isExtension(std::string_view key)
{
    return key.rfind("x-", 0) == 0;
}

SourceNode text(std::string value, Mark mark = {})
{
    return SourceNode::scalar(std::move(value), true, mark);
}

// Where a YAML or JSON document's top-level keys start: every line at column 1 for
// YAML, depth 1 of the outer object for JSON. Cheap enough to run on every import.
bool hasTopLevelKey(const std::string &textIn, std::initializer_list<std::string_view> keys)
{
    std::string_view text = textIn;
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.remove_prefix(3);
    size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return false;
    auto matches = [&](std::string_view candidate) {
        for (std::string_view key : keys)
            if (candidate == key)
                return true;
        return false;
    };
    if (text[first] == '{') {
        int depth = 0;
        for (size_t i = first; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            } else if (c == '"') {
                size_t end = i + 1;
                while (end < text.size() && text[end] != '"')
                    end += text[end] == '\\' ? 2 : 1;
                if (end >= text.size())
                    return false;
                if (depth == 1) {
                    const size_t colon = text.find_first_not_of(" \t\r\n", end + 1);
                    if (colon != std::string_view::npos && text[colon] == ':'
                        && matches(text.substr(i + 1, end - i - 1)))
                        return true;
                }
                i = end;
            }
        }
        return false;
    }
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '#')
            continue;
        if (line[0] == '"' || line[0] == '\'') {
            const size_t close = line.find(line[0], 1);
            if (close == std::string_view::npos)
                continue;
            const size_t colon = line.find_first_not_of(" \t", close + 1);
            if (colon != std::string_view::npos && line[colon] == ':' && matches(line.substr(1, close - 1)))
                return true;
            continue;
        }
        const size_t colon = line.find(':');
        if (colon != std::string_view::npos) {
            std::string_view key = line.substr(0, colon);
            while (!key.empty() && (key.back() == ' ' || key.back() == '\t'))
                key.remove_suffix(1);
            if (matches(key))
                return true;
        }
    }
    return false;
}

bool isSupportedVersion(const std::string &version)
{
    // 3.0, 3.0.3, 3.1.0, 3.1.1-rc1 …
    if (version.size() < 3 || version.compare(0, 2, "3.") != 0 || (version[2] != '0' && version[2] != '1'))
        return false;
    return version.size() == 3 || version[3] == '.';
}

// info.title → a valid component id: "Swagger Petstore" → swagger-petstore.
std::string idFromTitle(const std::string &title)
{
    std::string out;
    for (size_t i = 0; i < title.size() && out.size() < limits::kMaxNameLength - 8; ++i) {
        const auto c = static_cast<unsigned char>(title[i]);
        const bool wordBreak = std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(title[i - 1]));
        if (std::isalnum(c) && c < 0x80) {
            if (wordBreak && !out.empty() && out.back() != '-')
                out += '-';
            out += static_cast<char>(std::tolower(c));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    if (out.empty())
        return "api";
    if (!std::isalpha(static_cast<unsigned char>(out.front())))
        out = "api-" + out;
    return out;
}

// A name for an operation without operationId: GET /pets/{petId} → getPetsPetId.
std::string generatedOperationName(std::string_view method, const std::string &path)
{
    std::string out(method);
    bool upper = true;
    for (char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (!std::isalnum(c) || c >= 0x80) {
            upper = true;
            continue;
        }
        out += upper ? static_cast<char>(std::toupper(c)) : ch;
        upper = false;
    }
    return out.size() == method.size() ? out + "Root" : out;
}

// A schema name the model accepts (letters, digits, `_`, dot-separated).
std::string validSchemaName(const std::string &original)
{
    if (isValidSchemaName(original))
        return original;
    std::string out;
    for (char ch : original)
        out += std::isalnum(static_cast<unsigned char>(ch)) && static_cast<unsigned char>(ch) < 0x80 ? ch : '_';
    if (out.empty() || !std::isalpha(static_cast<unsigned char>(out.front())))
        out = "S_" + out;
    return out.substr(0, limits::kMaxNameLength);
}

class DocumentReader {
public:
    DocumentReader(const ImportSource &source, ImportResult &result, SourceNode root)
        : m_path(source.path)
        , m_result(result)
        , m_refs(source.path, std::move(root), result.diagnostics)
    {
        for (const Schema &schema : m_result.model.schemaList())
            m_usedNames.insert(schema.name);
    }

    void run()
    {
        const SourceNode &root = m_refs.root(0);
        if (!root.isMap()) {
            error(root, "an OpenAPI document is a map with `openapi`, `info` and `paths`");
            return;
        }
        if (!checkVersion(root))
            return;
        m_refs.checkAll(root, 0);
        if (hasErrors(m_result.diagnostics))
            return;

        Api api;
        api.style = Pattern::Rest;
        api.mark = root.mark();
        reserveSchemaNames(root);
        for (size_t i = 0; i < root.size(); ++i) {
            const std::string &key = root.keyAt(i);
            const SourceNode &value = root.items()[i];
            if (key == "openapi")
                api.extras.insert(std::string(ex::kVersion), text(value.text(), value.mark()));
            else if (key == "info")
                readInfo(value, api);
            else if (key == "servers")
                api.servers = readServers(value);
            else if (key == "security")
                api.security = value;
            else if (key == "paths")
                readPaths(value, api);
            else if (key == "components")
                readComponents(value, api);
            else
                keep(api.extras, root, i, 0);
        }
        if (api.name.empty()) {
            api.name = std::filesystem::path(m_path).stem().string();
            warning(root, "the document has no info.title: the API is named " + quoteForMessage(api.name));
        }
        readSchemas();
        if (!m_declared.empty()) {
            SourceNode names = SourceNode::sequence();
            for (const std::string &name : m_declared)
                names.append(text(name));
            api.extras.insert(std::string(ex::kSchemas), std::move(names));
        }
        if (hasErrors(m_result.diagnostics))
            return;

        Component component;
        component.id = uniqueComponentId(idFromTitle(api.name));
        if (component.id != api.name)
            component.name = api.name;
        component.kind = ComponentKind::Service;
        component.mark = root.mark();
        component.apis = std::vector<Api> {std::move(api)};
        m_result.model.components.push_back(std::move(component));
        if (!m_schemas.empty()) {
            if (!m_result.model.schemas)
                m_result.model.schemas.emplace();
            for (Schema &schema : m_schemas)
                m_result.model.schemas->push_back(std::move(schema));
        }
    }

private:
    void error(const SourceNode &at, std::string message, size_t document = 0)
    {
        m_result.diagnostics.push_back(
            {Diagnostic::Level::Error, m_refs.path(document), at.mark(), std::move(message)});
    }
    void warning(const SourceNode &at, std::string message, size_t document = 0)
    {
        m_result.diagnostics.push_back(
            {Diagnostic::Level::Warning, m_refs.path(document), at.mark(), std::move(message)});
    }

    bool checkVersion(const SourceNode &root)
    {
        const SourceNode *version = root.find("openapi");
        if (!version) {
            if (const SourceNode *swagger = root.find("swagger")) {
                error(*swagger,
                      "Swagger " + quoteForMessage(swagger->text())
                          + " is not supported: only OpenAPI 3.0.x and 3.1.x are (convert the document first, "
                            "e.g. with swagger2openapi)");
                return false;
            }
            error(root, "not an OpenAPI document: no top-level `openapi` key");
            return false;
        }
        if (!version->isScalar() || !isSupportedVersion(version->text())) {
            error(*version,
                  "OpenAPI version " + quoteForMessage(version->isScalar() ? version->text() : "")
                      + " is not supported: only 3.0.x and 3.1.x are");
            return false;
        }
        return true;
    }

    std::string uniqueComponentId(const std::string &base)
    {
        std::string id = base;
        for (int n = 2; m_result.model.findComponent(id); ++n)
            id = base + "-" + std::to_string(n);
        return id;
    }

    std::optional<std::string> scalarText(const SourceNode &value, const char *what, size_t document = 0)
    {
        if (value.isScalar())
            return value.text();
        error(value, std::string(what) + " must be a text", document);
        return std::nullopt;
    }

    void readInfo(const SourceNode &info, Api &api)
    {
        if (!info.isMap()) {
            error(info, "info must be a map");
            return;
        }
        Extras rest;
        for (size_t i = 0; i < info.size(); ++i) {
            const std::string &key = info.keyAt(i);
            const SourceNode &value = info.items()[i];
            if (key == "title") {
                if (auto title = scalarText(value, "info.title"))
                    api.name = *title;
            } else if (key == "version") {
                api.version = scalarText(value, "info.version");
            } else if (key == "description") {
                api.description = scalarText(value, "info.description");
            } else {
                rest.insert(key, raw(value, 0), info.keyNodeAt(i).mark());
            }
        }
        if (rest.isMap())
            api.extras.insert(std::string(ex::kInfo), std::move(rest));
    }

    std::vector<Server> readServers(const SourceNode &list)
    {
        std::vector<Server> servers;
        if (!list.isSequence()) {
            error(list, "servers must be a list");
            return servers;
        }
        for (const SourceNode &item : list.items()) {
            Server server;
            server.mark = item.mark();
            for (size_t i = 0; item.isMap() && i < item.size(); ++i) {
                const std::string &key = item.keyAt(i);
                if (key == "url")
                    server.url = scalarText(item.items()[i], "a server's url").value_or("");
                else if (key == "description")
                    server.description = scalarText(item.items()[i], "a server's description");
                else
                    keep(server.extras, item, i, 0);
            }
            if (server.url.empty())
                error(item, "a server needs a url");
            servers.push_back(std::move(server));
        }
        return servers;
    }

    void readComponents(const SourceNode &components, Api &api)
    {
        Extras rest;
        for (size_t i = 0; components.isMap() && i < components.size(); ++i) {
            const std::string &key = components.keyAt(i);
            if (key == "schemas")
                continue; // readSchemas
            if (key == "securitySchemes")
                api.securitySchemes = raw(components.items()[i], 0);
            else
                rest.insert(key, raw(components.items()[i], 0), components.keyNodeAt(i).mark());
        }
        if (rest.isMap())
            api.extras.insert(std::string(ex::kComponents), std::move(rest));
    }

    // --- what the model has no field for ---

    // Stays on the element where it sits: x- extensions under their own key, anything else
    // as x-openapi-<key>.
    void keep(Extras &extras, const SourceNode &owner, size_t i, size_t document)
    {
        const std::string &key = owner.keyAt(i);
        extras.insert(isExtension(key) ? key : std::string(ex::kPrefix) + key, raw(owner.items()[i], document),
                      owner.keyNodeAt(i).mark());
    }

    // A fragment kept verbatim, except for `$ref`s the exported document could not follow:
    // into other files (and, inside those, into themselves). Schemas they name become model
    // schemas (`#/components/schemas/Name`); anything else is copied into place.
    SourceNode raw(const SourceNode &value, size_t document, int depth = 0)
    {
        if (value.isSequence()) {
            SourceNode out = SourceNode::sequence(value.mark());
            out.setFlowStyle(value.flowStyle());
            for (const SourceNode &item : value.items())
                out.append(raw(item, document, depth));
            return out;
        }
        if (!value.isMap())
            return value;
        if (const SourceNode *ref = value.find("$ref"); ref && ref->isScalar()) {
            std::string file;
            std::string pointer;
            splitRef(ref->text(), file, pointer);
            if ((document == 0 && file.empty()) || depth >= OpenApiRefs::kMaxRefChain)
                return value;
            const std::optional<OpenApiRefs::Target> target = m_refs.resolve(*ref, document);
            if (!target)
                return value;
            const std::vector<std::string> segments = pointerSegments(target->pointer);
            if (m_names.count({target->document, target->pointer})
                || (segments.size() == 3 && segments[0] == "components" && segments[1] == "schemas")) {
                bool broken = false;
                if (std::optional<std::string> name = schemaName(*ref, document, broken)) {
                    SourceNode out = SourceNode::map(value.mark());
                    out.insert("$ref", text("#/components/schemas/" + *name, ref->mark()));
                    return out;
                }
            }
            return raw(*target->node, target->document, depth + 1);
        }
        SourceNode out = SourceNode::map(value.mark());
        out.setFlowStyle(value.flowStyle());
        for (size_t i = 0; i < value.size(); ++i)
            out.insert(value.keyAt(i), raw(value.items()[i], document, depth), value.keyNodeAt(i).mark());
        return out;
    }

    // --- schemas ---

    std::string claimName(const std::string &original)
    {
        const std::string base = validSchemaName(original);
        std::string name = base;
        for (int n = 2; !m_usedNames.insert(name).second; ++n)
            name = base + std::to_string(n);
        return name;
    }

    // The document's own schemas get their names first, so references resolve in one pass.
    void reserveSchemaNames(const SourceNode &root)
    {
        const SourceNode *components = root.find("components");
        const SourceNode *schemas = components && components->isMap() ? components->find("schemas") : nullptr;
        if (!schemas)
            return;
        if (!schemas->isMap()) {
            error(*schemas, "components.schemas must be a map");
            return;
        }
        for (size_t i = 0; i < schemas->size(); ++i) {
            const std::string &original = schemas->keyAt(i);
            const std::string name = claimName(original);
            if (name != original)
                warning(schemas->keyNodeAt(i),
                        "schema " + quoteForMessage(original) + " is imported as " + quoteForMessage(name)
                            + (validSchemaName(original) == original ? " (the model already has one of that name)"
                                                                     : " (schema names are identifiers)"));
            m_names[{0, "/components/schemas/" + original}] = name;
            m_pending.push_back({0, &schemas->items()[i], name, original, schemas->keyNodeAt(i).mark()});
            m_declared.push_back(name);
        }
    }

    void readSchemas()
    {
        // Bodies may name schemas of other files, which queue more work: index, not iterator.
        for (size_t i = 0; i < m_pending.size(); ++i) {
            const Pending pending = m_pending[i];
            Schema schema;
            schema.name = pending.name;
            schema.mark = pending.mark;
            schema.body = convertSchema(*pending.body, pending.document);
            if (pending.name != pending.original && pending.document == 0 && schema.body.isMap())
                schema.body.insert(std::string(ex::kName), text(pending.original));
            m_schemas.push_back(std::move(schema));
        }
    }

    // The model name a schema `$ref` stands for; nullopt to keep the reference as written
    // (a pointer into a schema, not to one), or after reporting a broken reference.
    std::optional<std::string> schemaName(const SourceNode &ref, size_t document, bool &broken)
    {
        broken = false;
        const std::optional<OpenApiRefs::Target> target = m_refs.resolve(ref, document);
        if (!target) {
            broken = true;
            return std::nullopt;
        }
        const auto found = m_names.find({target->document, target->pointer});
        if (found != m_names.end())
            return found->second;
        if (target->document == 0)
            return std::nullopt; // e.g. #/components/schemas/Order/properties/id
        const std::vector<std::string> segments = pointerSegments(target->pointer);
        const std::string original
            = segments.empty() ? std::filesystem::path(m_refs.path(target->document)).stem().string() : segments.back();
        const std::string name = claimName(original);
        m_names[{target->document, target->pointer}] = name;
        m_pending.push_back({target->document, target->node, name, original, ref.mark()});
        warning(ref,
                "schema " + quoteForMessage(ref.text()) + " of another file is imported as schema "
                    + quoteForMessage(name) + "; the export defines it in components.schemas",
                document);
        return name;
    }

    // A schema body with `$ref: '#/components/schemas/X'` rewritten to `$ref: X`.
    SourceNode convertSchema(const SourceNode &node, size_t document)
    {
        if (node.isSequence()) {
            SourceNode out = SourceNode::sequence(node.mark());
            out.setFlowStyle(node.flowStyle());
            out.items().reserve(node.size());
            for (const SourceNode &item : node.items())
                out.append(convertSchema(item, document));
            return out;
        }
        if (!node.isMap())
            return node;
        SourceNode out = SourceNode::map(node.mark());
        out.setFlowStyle(node.flowStyle());
        for (size_t i = 0; i < node.size(); ++i) {
            const std::string &key = node.keyAt(i);
            const SourceNode &value = node.items()[i];
            const Mark keyMark = node.keyNodeAt(i).mark();
            if (key == "$ref" && value.isScalar()) {
                bool broken = false;
                const std::optional<std::string> name = schemaName(value, document, broken);
                out.insert(key, name ? text(*name, value.mark()) : value, keyMark);
            } else if (key == "properties" || key == "patternProperties" || key == "$defs" || key == "definitions"
                       || key == "dependentSchemas") {
                // Maps of names to schemas: a property called `example` is still a schema.
                // Some documents refer to the whole map (`properties: {$ref: …}`): it is copied in.
                const SourceNode *map = &value;
                size_t mapDocument = document;
                if (value.isMap() && value.size() == 1 && value.keyAt(0) == "$ref")
                    if (const std::optional<OpenApiRefs::Target> target = m_refs.follow(value, document)) {
                        map = target->node;
                        mapDocument = target->document;
                    }
                SourceNode members = SourceNode::map(value.mark());
                for (size_t j = 0; map->isMap() && j < map->size(); ++j)
                    members.insert(map->keyAt(j), convertSchema(map->items()[j], mapDocument),
                                   map->keyNodeAt(j).mark());
                out.insert(key, map->isMap() ? std::move(members) : value, keyMark);
            } else if (key == "discriminator" && value.isMap()) {
                out.insert(key, discriminator(value, document), keyMark);
            } else if (key == "example" || key == "examples" || key == "default" || key == "const" || key == "enum"
                       || isExtension(key)) {
                out.insert(key, value, keyMark); // data, not schemas
            } else {
                out.insert(key, convertSchema(value, document), keyMark);
            }
        }
        return out;
    }

    // discriminator.mapping values are references too: one into another file names the
    // schema it becomes, so the export can resolve it.
    SourceNode discriminator(const SourceNode &node, size_t document)
    {
        SourceNode out = node;
        SourceNode *mapping = out.find("mapping");
        for (size_t i = 0; mapping && mapping->isMap() && i < mapping->size(); ++i) {
            SourceNode &target = mapping->items()[i];
            std::string file;
            std::string pointer;
            if (!target.isScalar())
                continue;
            splitRef(target.text(), file, pointer);
            const bool reference = target.text().find('#') != std::string::npos || !file.empty();
            if (!reference || (document == 0 && file.empty()) || target.text().find('/') == std::string::npos)
                continue;
            bool broken = false;
            if (std::optional<std::string> name = schemaName(target, document, broken))
                target = text("#/components/schemas/" + *name, target.mark());
        }
        return out;
    }

    // `{$ref: '#/components/schemas/X'}` → the name X; anything else an inline schema.
    SchemaUse schemaUse(const SourceNode &node, size_t document)
    {
        if (node.isMap() && node.size() == 1 && node.keyAt(0) == "$ref" && node.items()[0].isScalar()) {
            bool broken = false;
            if (std::optional<std::string> name = schemaName(node.items()[0], document, broken))
                return text(*name, node.items()[0].mark());
        }
        return convertSchema(node, document);
    }

    // --- parameters, bodies, responses ---

    // Follows a `$ref` to the element it names. A reference to the document's own
    // components is remembered (`x-openapi-ref`) so the export writes it back.
    struct Resolved {
        const SourceNode *node = nullptr;
        size_t document = 0;
        std::optional<std::string> ref;
    };
    std::optional<Resolved> resolveElement(const SourceNode &node, size_t document, const char *what)
    {
        const SourceNode *ref = node.isMap() ? node.find("$ref") : nullptr;
        if (!ref)
            return Resolved {&node, document, {}};
        std::optional<OpenApiRefs::Target> target = m_refs.follow(node, document);
        if (!target)
            return std::nullopt;
        Resolved out {target->node, target->document, {}};
        if (document == 0 && !target->external && ref->text().rfind("#/components/", 0) == 0)
            out.ref = ref->text();
        else if (m_copiedFrom.insert(target->document).second)
            // Once per file: a document split into hundreds of files would otherwise warn thousands of times.
            warning(
                *ref,
                std::string(what) + " " + quoteForMessage(ref->text())
                    + " is copied into place, as is everything else taken from "
                    + (target->document == 0 ? std::string("elsewhere in the document") : m_refs.path(target->document))
                    + ": the export holds it inline",
                document);
        if (!out.node->isMap()) {
            error(*out.node, std::string(what) + " must be a map", out.document);
            return std::nullopt;
        }
        return out;
    }

    std::optional<Parameter> readParameter(const SourceNode &node, size_t document, const std::string *headerName)
    {
        const std::optional<Resolved> resolved = resolveElement(node, document, headerName ? "header" : "parameter");
        if (!resolved)
            return std::nullopt;
        const SourceNode &body = *resolved->node;
        if (!body.isMap()) {
            error(body, headerName ? "a header must be a map" : "a parameter must be a map", document);
            return std::nullopt;
        }
        Parameter parameter;
        parameter.mark = node.mark();
        bool located = headerName != nullptr;
        for (size_t i = 0; i < body.size(); ++i) {
            const std::string &key = body.keyAt(i);
            const SourceNode &value = body.items()[i];
            bool flag = false;
            if (key == "name" && !headerName && value.isScalar()) {
                parameter.name = value.text();
            } else if (key == "in" && !headerName && value.isScalar()) {
                const std::optional<ParamLocation> in = parseEnum<ParamLocation>(value.text());
                if (!in) {
                    error(value,
                          "parameter location " + quoteForMessage(value.text())
                              + " is not one of path, query, header or cookie",
                          resolved->document);
                    return std::nullopt;
                }
                parameter.in = *in;
                located = true;
            } else if (key == "required" && value.toBool(flag)) {
                parameter.required = flag;
            } else if (key == "description" && value.isScalar()) {
                parameter.description = value.text();
            } else if (key == "schema") {
                parameter.schema = schemaUse(value, resolved->document);
            } else {
                keep(parameter.extras, body, i, resolved->document);
            }
        }
        if (headerName) {
            parameter.name = *headerName;
            parameter.in = ParamLocation::Header;
        } else if (parameter.name.empty() || !located) {
            error(body, "a parameter needs `name` and `in`", resolved->document);
            return std::nullopt;
        }
        if (resolved->ref)
            parameter.extras.insert(std::string(ex::kRef), text(*resolved->ref));
        return parameter;
    }

    std::optional<std::vector<Parameter>> readParameterList(const SourceNode &list, size_t document)
    {
        if (!list.isSequence()) {
            error(list, "parameters must be a list", document);
            return std::nullopt;
        }
        std::vector<Parameter> out;
        for (const SourceNode &item : list.items())
            if (std::optional<Parameter> parameter = readParameter(item, document, nullptr))
                out.push_back(std::move(*parameter));
        return out;
    }

    // A content map: media type → schema; what sits beside `schema` goes to `x-openapi-media`.
    std::vector<MediaContent> readContent(const SourceNode &content, size_t document, Extras &extras)
    {
        std::vector<MediaContent> out;
        if (!content.isMap()) {
            error(content, "content must be a map of media types", document);
            return out;
        }
        SourceNode mediaExtras = SourceNode::map();
        for (size_t i = 0; i < content.size(); ++i) {
            const SourceNode &media = content.items()[i];
            MediaContent entry;
            entry.mediaType = content.keyAt(i);
            entry.mark = content.keyNodeAt(i).mark();
            SourceNode rest = SourceNode::map();
            for (size_t j = 0; media.isMap() && j < media.size(); ++j) {
                if (media.keyAt(j) == "schema")
                    entry.schema = schemaUse(media.items()[j], document);
                else
                    rest.insert(media.keyAt(j), raw(media.items()[j], document), media.keyNodeAt(j).mark());
            }
            if (rest.size() > 0)
                mediaExtras.insert(entry.mediaType, std::move(rest));
            out.push_back(std::move(entry));
        }
        if (mediaExtras.size() > 0)
            extras.insert(std::string(ex::kMedia), std::move(mediaExtras));
        return out;
    }

    std::optional<RequestBody> readRequestBody(const SourceNode &node, size_t document)
    {
        const std::optional<Resolved> resolved = resolveElement(node, document, "request body");
        if (!resolved)
            return std::nullopt;
        const SourceNode &body = *resolved->node;
        RequestBody request;
        request.mark = node.mark();
        for (size_t i = 0; i < body.size(); ++i) {
            const std::string &key = body.keyAt(i);
            const SourceNode &value = body.items()[i];
            bool flag = false;
            if (key == "description" && value.isScalar())
                request.description = value.text();
            else if (key == "required" && value.toBool(flag))
                request.required = flag;
            else if (key == "content")
                request.content = readContent(value, resolved->document, request.extras);
            else
                keep(request.extras, body, i, resolved->document);
        }
        if (resolved->ref)
            request.extras.insert(std::string(ex::kRef), text(*resolved->ref));
        return request;
    }

    std::optional<Response> readResponse(const std::string &status, const SourceNode &node, size_t document)
    {
        const std::optional<Resolved> resolved = resolveElement(node, document, "response");
        if (!resolved)
            return std::nullopt;
        const SourceNode &body = *resolved->node;
        Response response;
        response.status = status;
        response.mark = node.mark();
        for (size_t i = 0; body.isMap() && i < body.size(); ++i) {
            const std::string &key = body.keyAt(i);
            const SourceNode &value = body.items()[i];
            if (key == "description" && value.isScalar()) {
                response.description = value.text();
            } else if (key == "content") {
                response.content = readContent(value, resolved->document, response.extras);
            } else if (key == "headers" && value.isMap()) {
                std::vector<Parameter> headers;
                for (size_t j = 0; j < value.size(); ++j)
                    if (std::optional<Parameter> header
                        = readParameter(value.items()[j], resolved->document, &value.keyAt(j)))
                        headers.push_back(std::move(*header));
                response.headers = std::move(headers);
            } else {
                keep(response.extras, body, i, resolved->document);
            }
        }
        if (resolved->ref)
            response.extras.insert(std::string(ex::kRef), text(*resolved->ref));
        return response;
    }

    // --- operations ---

    void readPaths(const SourceNode &paths, Api &api)
    {
        if (!paths.isMap()) {
            error(paths, "paths must be a map");
            return;
        }
        std::vector<Operation> operations;
        std::set<std::string> names;
        for (size_t i = 0; i < paths.size(); ++i) {
            const std::string &path = paths.keyAt(i);
            const std::optional<Resolved> item = resolveElement(paths.items()[i], 0, "path item");
            if (!item)
                continue;
            const SourceNode &pathItem = *item->node;
            std::vector<Parameter> shared;
            if (const SourceNode *parameters = pathItem.find("parameters"))
                shared = readParameterList(*parameters, item->document).value_or(std::vector<Parameter> {});
            SourceNode pathExtras = SourceNode::map();
            const size_t firstOperation = operations.size();
            for (size_t j = 0; j < pathItem.size(); ++j) {
                const std::string &key = pathItem.keyAt(j);
                if (key == "parameters")
                    continue;
                if (const std::optional<HttpMethod> method = methodKey(key)) {
                    // Not in the specification, but common in documents split into files.
                    const std::optional<Resolved> op = resolveElement(pathItem.items()[j], item->document, "operation");
                    if (op)
                        operations.push_back(readOperation(*method, key, path, *op->node, pathItem.keyNodeAt(j),
                                                           op->document, shared, names));
                } else {
                    pathExtras.insert(key, raw(pathItem.items()[j], item->document), pathItem.keyNodeAt(j).mark());
                }
            }
            if (item->ref)
                pathExtras.insert(std::string(ex::kRef), text(*item->ref));
            if (pathExtras.size() == 0)
                continue;
            if (operations.size() == firstOperation)
                warning(paths.keyNodeAt(i),
                        "path " + quoteForMessage(path)
                            + " has no operations: the model keeps operations only, so it is "
                              "not imported");
            else
                operations[firstOperation].extras.insert(std::string(ex::kPathItem), std::move(pathExtras));
        }
        api.operations = std::move(operations);
    }

    // `at` is the method's key in the path item: where the operation is reported.
    Operation readOperation(HttpMethod method, std::string_view methodName, const std::string &path,
                            const SourceNode &node, const SourceNode &at, size_t document,
                            const std::vector<Parameter> &shared, std::set<std::string> &names)
    {
        Operation op;
        op.method = method;
        op.path = path;
        op.mark = at.mark();
        if (!shared.empty())
            op.parameters = shared;
        for (size_t i = 0; node.isMap() && i < node.size(); ++i) {
            const std::string &key = node.keyAt(i);
            const SourceNode &value = node.items()[i];
            bool flag = false;
            if (key == "operationId" && value.isScalar()) {
                op.name = value.text();
            } else if (key == "summary" && value.isScalar()) {
                op.summary = value.text();
            } else if (key == "description" && value.isScalar()) {
                op.description = value.text();
            } else if (key == "deprecated" && value.toBool(flag)) {
                op.deprecated = flag;
            } else if (key == "security") {
                op.security = value;
            } else if (key == "tags" && value.isSequence()) {
                std::vector<std::string> tags;
                for (const SourceNode &tag : value.items())
                    tags.push_back(tag.text());
                op.tags = std::move(tags);
            } else if (key == "parameters") {
                // An operation's parameter replaces the path item's of the same name and location.
                if (std::optional<std::vector<Parameter>> own = readParameterList(value, document)) {
                    std::vector<Parameter> merged = op.parameters.value_or(std::vector<Parameter> {});
                    for (Parameter &parameter : *own) {
                        auto same = std::find_if(merged.begin(), merged.end(), [&](const Parameter &p) {
                            return p.name == parameter.name && p.in == parameter.in;
                        });
                        if (same != merged.end())
                            *same = std::move(parameter);
                        else
                            merged.push_back(std::move(parameter));
                    }
                    op.parameters = std::move(merged);
                }
            } else if (key == "requestBody") {
                op.requestBody = readRequestBody(value, document);
            } else if (key == "responses" && value.isMap()) {
                std::vector<Response> responses;
                for (size_t j = 0; j < value.size(); ++j)
                    if (std::optional<Response> response = readResponse(value.keyAt(j), value.items()[j], document))
                        responses.push_back(std::move(*response));
                op.responses = std::move(responses);
            } else {
                keep(op.extras, node, i, document);
            }
        }
        if (op.name.empty()) {
            op.name = generatedOperationName(methodName, path);
            warning(at,
                    "operation " + std::string(toString(method)) + " " + path + " has no operationId: it is named "
                        + quoteForMessage(op.name) + ", and the export writes that operationId",
                    document);
        }
        if (!names.insert(op.name).second) {
            const std::string original = op.name;
            for (int n = 2; !names.insert(op.name).second; ++n)
                op.name = original + "_" + std::to_string(n);
            warning(at,
                    "operationId " + quoteForMessage(original) + " is used twice: this one is named "
                        + quoteForMessage(op.name),
                    document);
        }
        return op;
    }

    struct Pending {
        size_t document;
        const SourceNode *body;
        std::string name;
        std::string original;
        Mark mark;
    };

    std::string m_path;
    ImportResult &m_result;
    OpenApiRefs m_refs;
    std::set<std::string> m_usedNames;
    std::map<std::pair<size_t, std::string>, std::string> m_names; // (document, pointer) → schema name
    std::vector<Pending> m_pending;
    std::set<size_t> m_copiedFrom; // documents something was copied into place from (warned once)
    std::vector<std::string> m_declared;
    std::vector<Schema> m_schemas;
};

} // namespace

std::string_view OpenApiImporter::description() const
{
    return "OpenAPI 3.0.x or 3.1.x (YAML or JSON): one component with a REST API, and its schemas";
}

bool OpenApiImporter::detects(const ImportSource &source) const
{
    // Swagger 2.0 is taken too, so the user hears which version is unsupported.
    return hasTopLevelKey(source.text, {"openapi", "swagger"});
}

void OpenApiImporter::run(const ImportSource &source, ImportResult &result) const
{
    SourceNode root;
    if (!readYamlTree(source.text, source.path, root, result.diagnostics))
        return;
    DocumentReader reader(source, result, std::move(root));
    reader.run();
}

namespace {
const ImporterRegistration registration(std::make_unique<OpenApiImporter>());
} // namespace

} // namespace seam
