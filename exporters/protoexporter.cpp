#include "protoexporter.h"

#include "common.h"
#include "schemaconvert.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace seam {

namespace {

bool isReservedWord(const std::string &name)
{
    static const std::set<std::string> words
        = {"double",   "float",    "int32",    "int64",  "uint32",     "uint64", "sint32",   "sint64",   "fixed32",
           "fixed64",  "sfixed32", "sfixed64", "bool",   "string",     "bytes",  "message",  "enum",     "service",
           "rpc",      "returns",  "option",   "syntax", "package",    "import", "reserved", "optional", "repeated",
           "required", "map",      "oneof",    "extend", "extensions", "stream", "to",       "max",      "weak",
           "public",   "group",    "true",     "false",  "inf",        "nan",    "google"};
    return words.count(name) > 0;
}

std::string identifier(std::string name)
{
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())))
        name = "n" + name;
    return isReservedWord(name) ? name + "_" : name;
}

std::string comment(const std::string &text, const std::string &indent)
{
    std::string out;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        line.erase(std::remove(line.begin(), line.end(), '\r'), line.end());
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        out += indent + (line.empty() ? "//" : "// " + line) + "\n";
        start = end + 1;
    }
    return out;
}

const SourceNode *child(const SourceNode &node, std::string_view key)
{
    return node.isMap() ? node.find(key) : nullptr;
}

std::string scalarText(const SourceNode *node)
{
    return node && node->isScalar() ? node->text() : std::string();
}

// The first non-null entry of `type` (a string or a list).
std::string typeOf(const SourceNode &schema)
{
    const SourceNode *type = child(schema, "type");
    if (!type)
        return {};
    if (type->isScalar())
        return type->text();
    if (type->isSequence())
        for (const SourceNode &item : type->items())
            if (item.isScalar() && item.text() != "null")
                return item.text();
    return {};
}

bool isObjectSchema(const SourceNode &schema)
{
    const std::string type = typeOf(schema);
    return type == "object" || (type.empty() && child(schema, "properties"));
}

// Only objects with declared properties become messages; open objects become Struct or a map.
bool isMessageSchema(const SourceNode &schema)
{
    const SourceNode *properties = child(schema, "properties");
    return isObjectSchema(schema) && properties && properties->isMap() && properties->size() > 0;
}

bool isEnumSchema(const SourceNode &schema)
{
    const SourceNode *values = child(schema, "enum");
    if (!values || !values->isSequence() || values->size() == 0)
        return false;
    // Integer enums stay integers: a proto enum would change their wire values.
    for (const SourceNode &value : values->items()) {
        long long integer = 0;
        if (value.toInt(integer))
            return false;
    }
    return true;
}

struct FieldType {
    std::string name;
    bool repeated = false;
    bool map = false;
    bool scalar = false; // may take proto3 `optional`
};

// One message or enum body being written, with the nested declarations it needs.
struct Scope {
    std::string indent;
    std::string nested; // nested enum/message declarations
    std::set<std::string> nestedNames;
};

class ProtoWriter {
public:
    ProtoWriter(const Model &model, const ModelIndex &index, const Component &callee,
                const std::vector<const Integration *> &integrations)
        : m_model(model)
        , m_index(index)
        , m_callee(callee)
        , m_integrations(integrations)
    {
    }

    std::string write(std::vector<std::string> &warnings)
    {
        std::string package = "seam.";
        for (char c : m_callee.id)
            package += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';

        // The service first: it decides which schemas become messages.
        const std::string service = serviceText();

        std::vector<std::string> missing;
        const std::vector<std::string> schemas = reachableSchemas(m_model, m_roots, &missing);
        for (const std::string &name : missing)
            warnings.push_back("proto/" + m_callee.id + ".proto: schema " + name
                               + " is not defined in the model; mapped to google.protobuf.Value");
        std::string declarations;
        for (const std::string &name : schemas) {
            const Schema &schema = *m_model.findSchema(name);
            if (isMessageSchema(schema.body))
                declarations += "\n" + messageText(identifier(name), schema.body, "");
            else if (isEnumSchema(schema.body))
                declarations += "\n" + enumText(identifier(name), schema.body, "");
        }
        for (const std::string &wrapper : m_wrappers)
            declarations += "\n" + wrapper;

        std::string out;
        out += "// " + m_callee.displayName() + " gRPC interface, generated by Seam from \"" + m_model.name + "\".\n";
        out += "syntax = \"proto3\";\n\n";
        out += "package " + package + ";\n";
        if (!m_imports.empty()) {
            out += "\n";
            for (const std::string &file : m_imports)
                out += "import \"" + file + "\";\n";
        }
        out += "\n" + service + declarations;
        return out;
    }

private:
    std::string serviceText()
    {
        struct Rpc {
            std::string name;
            const Operation *op = nullptr;
            std::vector<const Integration *> callers;
        };
        std::vector<Rpc> rpcs;
        std::map<std::string, size_t> byOperation;
        std::set<std::string> rpcNames;
        for (const Integration *integration : m_integrations) {
            for (const Operation &op : *integration->operations) {
                auto found = byOperation.find(op.name);
                if (found == byOperation.end()) {
                    std::string name = identifier(pascalCase(op.name));
                    for (int n = 2; !rpcNames.insert(name).second; ++n)
                        name = identifier(pascalCase(op.name)) + std::to_string(n);
                    found = byOperation.emplace(op.name, rpcs.size()).first;
                    rpcs.push_back({name, &op, {}});
                }
                rpcs[found->second].callers.push_back(integration);
            }
        }

        std::string out;
        std::string description = m_callee.description ? *m_callee.description : m_callee.displayName();
        out += comment(description, "");
        out += "service " + identifier(pascalCase(m_callee.id)) + "Service {\n";
        for (size_t i = 0; i < rpcs.size(); ++i) {
            const Rpc &rpc = rpcs[i];
            std::vector<std::string> callers;
            for (const Integration *caller : rpc.callers) {
                std::string text = m_index.name(caller->from);
                if (caller->timeoutMs)
                    text += " (timeout " + formatNumber(*caller->timeoutMs) + " ms)";
                callers.push_back(text);
            }
            std::string note = rpc.op->name + ": called by " + join(callers, ", ") + ".";
            if (rpc.op->isCritical())
                note += " Critical: a retried call must not be applied twice.";
            if (rpc.op->errors && !rpc.op->errors->empty()) {
                std::vector<std::string> errors;
                for (const ErrorCode &code : *rpc.op->errors)
                    errors.push_back(code.text);
                note += " Errors: " + join(errors, ", ") + ".";
            }
            if (i > 0)
                out += "\n";
            out += comment(note, "  ");
            out += "  rpc " + rpc.name + "(" + rpcMessage(rpc.op->request, rpc.name + "Request") + ") returns ("
                + rpcMessage(rpc.op->response, rpc.name + "Response") + ");\n";
        }
        out += "}\n";
        return out;
    }

    // An rpc takes and returns messages: a schema that is not an object is wrapped.
    std::string rpcMessage(const std::optional<std::string> &schemaName, const std::string &wrapperName)
    {
        if (!schemaName) {
            m_imports.insert("google/protobuf/empty.proto");
            return "google.protobuf.Empty";
        }
        const Schema *schema = m_model.findSchema(*schemaName);
        if (schema && isMessageSchema(schema->body)) {
            m_roots.push_back(*schemaName);
            return identifier(*schemaName);
        }
        if (schema && isObjectSchema(schema->body) && !child(schema->body, "additionalProperties"))
            return useStruct("google.protobuf.Struct");
        m_roots.push_back(*schemaName);
        Scope scope {"  ", {}, {}};
        const FieldType type = schema ? resolve(schema->body, "value", scope, 0)
                                      : FieldType {useStruct("google.protobuf.Value"), false, false, false};
        std::string body = "// Wraps " + *schemaName + ", which is not an object.\nmessage " + wrapperName + " {\n";
        body += scope.nested;
        body += "  " + fieldPrefix(type, true) + type.name + " value = 1;\n}\n";
        m_wrappers.push_back(body);
        return wrapperName;
    }

    std::string useStruct(const std::string &type)
    {
        m_imports.insert("google/protobuf/struct.proto");
        return type;
    }

    static std::string fieldPrefix(const FieldType &type, bool required)
    {
        if (type.repeated)
            return "repeated ";
        if (type.scalar && !required)
            return "optional ";
        return "";
    }

    std::string nestedName(Scope &scope, const std::string &base)
    {
        std::string name = identifier(pascalCase(base));
        for (int n = 2; !scope.nestedNames.insert(name).second; ++n)
            name = identifier(pascalCase(base)) + std::to_string(n);
        return name;
    }

    FieldType primitive(const std::string &type, const SourceNode &schema)
    {
        if (type == "string")
            return {scalarText(child(schema, "format")) == "byte" || scalarText(child(schema, "format")) == "binary"
                        ? "bytes"
                        : "string",
                    false, false, true};
        if (type == "integer")
            return {"int64", false, false, true};
        if (type == "number")
            return {"double", false, false, true};
        if (type == "boolean")
            return {"bool", false, false, true};
        return {useStruct("google.protobuf.Value"), false, false, false};
    }

    FieldType resolve(const SourceNode &schema, const std::string &property, Scope &scope, int depth)
    {
        if (depth > 16)
            return {useStruct("google.protobuf.Value"), false, false, false};
        if (const SourceNode *ref = child(schema, "$ref"); ref && ref->isScalar()) {
            const Schema *target = m_model.findSchema(ref->text());
            if (!target)
                return {useStruct("google.protobuf.Value"), false, false, false};
            if (isMessageSchema(target->body) || isEnumSchema(target->body))
                return {identifier(target->name), false, false, isEnumSchema(target->body)};
            return resolve(target->body, property, scope, depth + 1);
        }
        if (const SourceNode *allOf = child(schema, "allOf"); allOf && allOf->isSequence() && allOf->size() == 1)
            return resolve(allOf->items()[0], property, scope, depth + 1);
        if (isEnumSchema(schema)) {
            const std::string name = nestedName(scope, property);
            scope.nested += enumText(name, schema, scope.indent);
            return {name, false, false, true};
        }
        const std::string type = typeOf(schema);
        if (type == "array") {
            const SourceNode *items = child(schema, "items");
            if (!items)
                return {useStruct("google.protobuf.Value"), true, false, false};
            FieldType item = resolve(*items, property + " item", scope, depth + 1);
            // repeated repeated does not exist: a list of lists is a list of ListValue.
            if (item.repeated || item.map)
                return {useStruct("google.protobuf.ListValue"), true, false, false};
            item.repeated = true;
            item.scalar = false;
            return item;
        }
        if (isObjectSchema(schema)) {
            if (child(schema, "properties")) {
                const std::string name = nestedName(scope, property);
                scope.nested += messageText(name, schema, scope.indent);
                return {name, false, false, false};
            }
            const SourceNode *additional = child(schema, "additionalProperties");
            if (additional && additional->isMap() && additional->size() > 0) {
                const FieldType value = resolve(*additional, property + " value", scope, depth + 1);
                // A map value may be anything but another map or a repeated field.
                if (!value.repeated && !value.map)
                    return {"map<string, " + value.name + ">", false, true, false};
            }
            return {useStruct("google.protobuf.Struct"), false, false, false};
        }
        if (type.empty())
            return {useStruct("google.protobuf.Value"), false, false, false};
        return primitive(type, schema);
    }

    std::string enumText(const std::string &name, const SourceNode &schema, const std::string &indent)
    {
        std::string out;
        if (const SourceNode *description = child(schema, "description"); description && description->isScalar())
            out += comment(description->text(), indent);
        const std::string prefix = screamingSnake(name);
        out += indent + "enum " + name + " {\n";
        std::set<std::string> used = {prefix + "_UNSPECIFIED"};
        out += indent + "  " + prefix + "_UNSPECIFIED = 0;\n";
        int number = 1;
        for (const SourceNode &value : child(schema, "enum")->items()) {
            if (!value.isScalar())
                continue;
            std::string valueName = prefix + "_" + screamingSnake(value.text());
            for (int n = 2; !used.insert(valueName).second; ++n)
                valueName = prefix + "_" + screamingSnake(value.text()) + "_" + std::to_string(n);
            out += indent + "  " + valueName + " = " + std::to_string(number++) + ";";
            std::string upper = value.text();
            std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
            // Say what the wire value is when the name does not show it.
            if (screamingSnake(value.text()) != upper)
                out += " // " + value.text();
            out += "\n";
        }
        out += indent + "}\n";
        return out;
    }

    std::string messageText(const std::string &name, const SourceNode &schema, const std::string &indent)
    {
        Scope scope {indent + "  ", {}, {}};
        std::set<std::string> required;
        if (const SourceNode *list = child(schema, "required"); list && list->isSequence())
            for (const SourceNode &item : list->items())
                if (item.isScalar())
                    required.insert(item.text());

        std::string fields;
        std::set<std::string> fieldNames;
        int number = 1;
        if (const SourceNode *properties = child(schema, "properties"); properties && properties->isMap()) {
            for (size_t i = 0; i < properties->size(); ++i) {
                const std::string &property = properties->keyAt(i);
                const SourceNode &propertySchema = properties->items()[i];
                const FieldType type = resolve(propertySchema, property, scope, 0);
                std::string fieldName = identifier(snakeCase(property));
                for (int n = 2; !fieldNames.insert(fieldName).second; ++n)
                    fieldName = identifier(snakeCase(property)) + "_" + std::to_string(n);
                if (const SourceNode *description = child(propertySchema, "description");
                    description && description->isScalar())
                    fields += comment(description->text(), scope.indent);
                fields += scope.indent + fieldPrefix(type, required.count(property) > 0) + type.name + " " + fieldName
                    + " = " + std::to_string(number++);
                // Keep the schema's spelling on the JSON mapping when the field had to be renamed.
                if (fieldName != property)
                    fields += " [json_name = "
                        + OrderedJson(property).dump(-1, ' ', true, OrderedJson::error_handler_t::replace) + "]";
                fields += ";\n";
            }
        }

        std::string out;
        if (const SourceNode *description = child(schema, "description"); description && description->isScalar())
            out += comment(description->text(), indent);
        out += indent + "message " + name + " {\n";
        out += scope.nested;
        out += fields;
        out += indent + "}\n";
        return out;
    }

    const Model &m_model;
    const ModelIndex &m_index;
    const Component &m_callee;
    const std::vector<const Integration *> &m_integrations;
    std::set<std::string> m_imports;
    std::vector<std::string> m_roots;
    std::vector<std::string> m_wrappers;
};

} // namespace

std::string_view ProtoExporter::description() const
{
    return "proto3 service per component that receives gRPC operations (proto/<component>.proto)";
}

ExportResult ProtoExporter::run(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    const ModelIndex index(model);
    const auto byCallee = operationsByCallee(index, Pattern::Grpc);
    for (size_t i = 0; i < model.components.size(); ++i) {
        if (byCallee[i].empty())
            continue;
        ProtoWriter writer(model, index, model.components[i], byCallee[i]);
        result.files.push_back({"proto/" + model.components[i].id + ".proto", writer.write(result.warnings)});
    }
    return result;
}

namespace {
const ExporterRegistration registration(60, std::make_unique<ProtoExporter>());
}

} // namespace seam
