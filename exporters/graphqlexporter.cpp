#include "graphqlexporter.h"

#include "common.h"
#include "schemaconvert.h"

#include "model/textlines.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace seam {

namespace {

bool isNameStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}

// A GraphQL Name (/[_A-Za-z][_0-9A-Za-z]*/) that does not start with the reserved "__".
std::string graphqlName(const std::string &text)
{
    std::string out;
    for (char c : text)
        out += std::isalnum(static_cast<unsigned char>(c)) || c == '_' ? c : '_';
    if (out.empty() || !isNameStart(out.front()))
        out = "_" + out;
    if (out.rfind("__", 0) == 0)
        out = "x" + out;
    return out;
}

std::string typeName(const std::string &schemaName)
{
    static const std::set<std::string> builtIn
        = {"String", "Int", "Float", "Boolean", "ID", "Query", "Mutation", "Subscription", "JSON"};
    const std::string name = graphqlName(schemaName);
    return builtIn.count(name) ? name + "Type" : name;
}

// Input types get an "Input" suffix, unless the schema's name already says so.
std::string inputName(const std::string &name, bool input)
{
    if (!input || (name.size() > 5 && name.compare(name.size() - 5, 5, "Input") == 0))
        return name;
    return name + "Input";
}

std::string description(const std::string &text, const std::string &indent)
{
    std::string escaped;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\"\"\"") == 0) {
            escaped += "\\\"\"\"";
            i += 2;
        } else if (text[i] != '\r') {
            escaped += text[i];
        }
    }
    while (!escaped.empty() && (escaped.back() == '\n' || escaped.back() == ' '))
        escaped.pop_back();
    // A closing quote right after the text would end the block string early.
    if (!escaped.empty() && escaped.back() == '"')
        escaped += ' ';
    if (escaped.find('\n') == std::string::npos)
        return indent + "\"\"\"" + escaped + "\"\"\"\n";
    std::string out = indent + "\"\"\"\n";
    size_t start = 0;
    while (start <= escaped.size()) {
        size_t end = escaped.find('\n', start);
        if (end == std::string::npos)
            end = escaped.size();
        out += indent + escaped.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return out + indent + "\"\"\"\n";
}

bool hasProperties(const SourceNode &schema)
{
    const SourceNode *properties = child(schema, "properties");
    return properties && properties->isMap() && properties->size() > 0;
}

bool isObjectSchema(const SourceNode &schema)
{
    const std::string type = typeOf(schema);
    return type == "object" || (type.empty() && child(schema, "properties"));
}

bool isEnumSchema(const SourceNode &schema)
{
    const SourceNode *values = child(schema, "enum");
    if (!values || !values->isSequence() || values->size() == 0)
        return false;
    for (const SourceNode &value : values->items())
        if (!value.isString())
            return false;
    return true;
}

std::string schemaDescription(const SourceNode &schema, const std::string &indent)
{
    const SourceNode *text = child(schema, "description");
    return text && text->isScalar() && !text->text().empty() ? description(text->text(), indent) : std::string();
}

class SdlWriter {
public:
    SdlWriter(const Model &model, const ModelIndex &index, const Component &callee,
              const std::vector<const Integration *> &integrations)
        : m_model(model)
        , m_index(index)
        , m_callee(callee)
        , m_integrations(integrations)
    {
    }

    std::string write(std::vector<std::string> &warnings)
    {
        struct Field {
            const Operation *op = nullptr;
            std::vector<const Integration *> callers;
        };
        std::map<GraphqlKind, std::vector<Field>> roots;
        std::map<std::string, std::pair<GraphqlKind, size_t>> seen;
        for (const Integration *integration : m_integrations) {
            for (const Operation &op : *integration->operations) {
                const GraphqlKind kind = op.kind.value_or(GraphqlKind::Query);
                const std::string key = std::string(toString(kind)) + ' ' + op.name;
                auto found = seen.find(key);
                if (found == seen.end()) {
                    found = seen.emplace(key, std::make_pair(kind, roots[kind].size())).first;
                    roots[kind].push_back({&op, {}});
                }
                roots[kind][found->second.second].callers.push_back(integration);
            }
        }

        std::string body;
        for (GraphqlKind kind : {GraphqlKind::Query, GraphqlKind::Mutation, GraphqlKind::Subscription}) {
            const std::string rootName = kind == GraphqlKind::Query ? "Query"
                : kind == GraphqlKind::Mutation                     ? "Mutation"
                                                                    : "Subscription";
            auto found = roots.find(kind);
            if (found == roots.end()) {
                if (kind == GraphqlKind::Query)
                    body += description("The model declares no query of " + m_callee.displayName()
                                            + "; GraphQL requires a Query type, so it has one placeholder field.",
                                        "")
                        + "type Query {\n  _empty: Boolean\n}\n\n";
                continue;
            }
            body += "type " + rootName + " {\n";
            std::set<std::string> names;
            bool firstField = true;
            for (const Field &field : found->second) {
                std::string name = graphqlName(field.op->name);
                for (int n = 2; !names.insert(name).second; ++n)
                    name = graphqlName(field.op->name) + std::to_string(n);
                std::vector<std::string> callers;
                for (const Integration *caller : field.callers)
                    callers.push_back(m_index.name(caller->from) + " (" + caller->id + ")");
                std::string note = "Called by " + join(callers, ", ") + ".";
                if (field.op->isCritical())
                    note += " Critical: a retried request must not be applied twice.";
                if (field.op->errors && !field.op->errors->empty()) {
                    std::vector<std::string> errors;
                    for (const ErrorCode &code : *field.op->errors)
                        errors.push_back(code.text);
                    note += " Errors: " + join(errors, ", ") + ".";
                }
                if (!firstField)
                    body += "\n";
                firstField = false;
                body += description(note, "  ");
                body += "  " + name;
                if (field.op->request)
                    body += "(input: " + namedType(*field.op->request, true, warnings) + "!)";
                body
                    += ": " + (field.op->response ? namedType(*field.op->response, false, warnings) : "Boolean") + "\n";
            }
            body += "}\n\n";
        }

        std::string out
            = "# " + m_callee.displayName() + ": GraphQL schema generated by Seam from \"" + m_model.name + "\".\n";
        if (m_callee.description)
            for (const std::string &line : splitLines(*m_callee.description))
                out += line.empty() ? "#\n" : "# " + line + "\n";
        out += "\n" + body;
        for (const std::string &name : m_order)
            out += m_declarations.at(name) + "\n";
        if (m_json)
            out += description("Any JSON value: the schema leaves this object's fields open.", "") + "scalar JSON\n";
        while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
            out.pop_back();
        return out;
    }

private:
    std::string json()
    {
        m_json = true;
        return "JSON";
    }

    // The type a named schema becomes; declares it on first use.
    std::string namedType(const std::string &schemaName, bool input, std::vector<std::string> &warnings, int depth = 0)
    {
        const Schema *schema = m_model.findSchema(schemaName);
        if (!schema) {
            const std::string warning = "graphql/" + m_callee.id + ".graphql: schema " + schemaName
                + " is not defined in the model; mapped to JSON";
            if (std::find(warnings.begin(), warnings.end(), warning) == warnings.end())
                warnings.push_back(warning);
            return json();
        }
        if (isEnumSchema(schema->body))
            return declareEnum(typeName(schemaName), schema->body);
        if (isObjectSchema(schema->body)) {
            if (!hasProperties(schema->body))
                return json();
            return declareObject(inputName(typeName(schemaName), input), schemaName, schema->body, input, warnings);
        }
        return fieldType(schema->body, schemaName, input, warnings, depth + 1);
    }

    // The type name of a schema node in a role (enum, output object, input object): one
    // name per node and role, never one name for two different types.
    bool claimName(const SourceNode &schema, int role, std::string &name)
    {
        const auto key = std::make_pair(&schema, role);
        if (auto found = m_names.find(key); found != m_names.end()) {
            name = found->second;
            return false;
        }
        const std::string base = name;
        for (int n = 2; m_declarations.count(name) || m_reserved.count(name); ++n)
            name = base + std::to_string(n);
        m_names.emplace(key, name);
        return true;
    }

    std::string declareEnum(std::string name, const SourceNode &schema)
    {
        if (!claimName(schema, 0, name))
            return name;
        std::string out = schemaDescription(schema, "");
        out += "enum " + name + " {\n";
        std::set<std::string> used;
        for (const SourceNode &value : child(schema, "enum")->items()) {
            // Keep the wire spelling when it is a valid enum value name.
            std::string valueName = graphqlName(value.text());
            if (valueName == "true" || valueName == "false" || valueName == "null")
                valueName = screamingSnake(valueName);
            for (int n = 2; !used.insert(valueName).second; ++n)
                valueName = graphqlName(value.text()) + "_" + std::to_string(n);
            out += "  " + valueName + "\n";
        }
        out += "}\n";
        m_declarations[name] = out;
        m_order.push_back(name);
        return name;
    }

    std::string declareObject(std::string name, const std::string &baseName, const SourceNode &schema, bool input,
                              std::vector<std::string> &warnings)
    {
        if (!claimName(schema, input ? 2 : 1, name))
            return name;
        m_declarations[name] = ""; // breaks recursion through self-references
        m_order.push_back(name);

        std::set<std::string> required;
        if (const SourceNode *list = child(schema, "required"); list && list->isSequence())
            for (const SourceNode &item : list->items())
                if (item.isScalar())
                    required.insert(item.text());

        std::string fields;
        std::set<std::string> names;
        const SourceNode *properties = child(schema, "properties");
        for (size_t i = 0; i < properties->size(); ++i) {
            const std::string &property = properties->keyAt(i);
            const SourceNode &propertySchema = properties->items()[i];
            std::string fieldName = graphqlName(property);
            for (int n = 2; !names.insert(fieldName).second; ++n)
                fieldName = graphqlName(property) + "_" + std::to_string(n);
            const std::string type = fieldType(propertySchema, baseName + pascalCase(property), input, warnings, 0);
            fields += schemaDescription(propertySchema, "  ");
            fields += "  " + fieldName + ": " + type + (required.count(property) ? "!" : "") + "\n";
        }
        std::string out = schemaDescription(schema, "");
        out += (input ? "input " : "type ") + name + " {\n" + fields + "}\n";
        m_declarations[name] = out;
        return name;
    }

    std::string fieldType(const SourceNode &schema, const std::string &baseName, bool input,
                          std::vector<std::string> &warnings, int depth)
    {
        if (depth > 16)
            return json();
        if (const SourceNode *ref = child(schema, "$ref"); ref && ref->isScalar())
            return namedType(ref->text(), input, warnings, depth + 1);
        if (const SourceNode *allOf = child(schema, "allOf"); allOf && allOf->isSequence() && allOf->size() == 1)
            return fieldType(allOf->items()[0], baseName, input, warnings, depth + 1);
        if (isEnumSchema(schema))
            return declareEnum(typeName(baseName), schema);
        const std::string type = typeOf(schema);
        if (type == "array") {
            const SourceNode *items = child(schema, "items");
            return "[" + (items ? fieldType(*items, baseName + "Item", input, warnings, depth + 1) : json()) + "!]";
        }
        if (isObjectSchema(schema)) {
            if (!hasProperties(schema))
                return json();
            return declareObject(inputName(typeName(baseName), input), baseName, schema, input, warnings);
        }
        if (type == "string")
            return "String";
        if (type == "integer")
            return "Int";
        if (type == "number")
            return "Float";
        if (type == "boolean")
            return "Boolean";
        return json();
    }

    const Model &m_model;
    const ModelIndex &m_index;
    const Component &m_callee;
    const std::vector<const Integration *> &m_integrations;
    std::map<std::string, std::string> m_declarations;
    std::map<std::pair<const SourceNode *, int>, std::string> m_names;
    const std::set<std::string> m_reserved
        = {"String", "Int", "Float", "Boolean", "ID", "Query", "Mutation", "Subscription", "JSON"};
    std::vector<std::string> m_order;
    bool m_json = false;
};

} // namespace

std::string_view GraphqlExporter::description() const
{
    return "GraphQL SDL per component that receives GraphQL operations (graphql/<component>.graphql)";
}

ExportResult GraphqlExporter::run(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    const ModelIndex index(model);
    const auto byCallee = operationsByCallee(index, Pattern::Graphql);
    for (size_t i = 0; i < model.components.size(); ++i) {
        if (byCallee[i].empty())
            continue;
        SdlWriter writer(model, index, model.components[i], byCallee[i]);
        result.files.push_back({"graphql/" + model.components[i].id + ".graphql", writer.write(result.warnings)});
    }
    return result;
}

namespace {
const ExporterRegistration registration(70, std::make_unique<GraphqlExporter>());
}

} // namespace seam
