#include "schemaconvert.h"

#include "model/contracts.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <unordered_map>

namespace seam {

namespace {

bool isKeywordWithStringValue(std::string_view key)
{
    // A user who writes `description: 42` means the text "42": a number here would make
    // the exported schema invalid, so these keywords always carry strings.
    return key == "description" || key == "title" || key == "pattern" || key == "format" || key == "type"
        || key == "$ref" || key == "$comment";
}

bool isBareSchemaName(std::string_view ref)
{
    return !ref.empty() && ref.front() != '#' && ref.find(':') == std::string_view::npos
        && ref.find('/') == std::string_view::npos;
}

// The 2020-12 keywords a user may write that OpenAPI 3.0's Schema Object spells differently.
void downgradeToOpenApi30(OrderedJson &object)
{
    if (object.contains("examples") && object["examples"].is_array()) {
        if (!object["examples"].empty() && !object.contains("example"))
            object["example"] = object["examples"][0];
        object.erase("examples");
    }
    if (object.contains("const")) {
        if (!object.contains("enum"))
            object["enum"] = OrderedJson::array({object["const"]});
        object.erase("const");
    }
    if (object.contains("type") && object["type"].is_array()) {
        // ["string", "null"] → type: string, nullable: true
        OrderedJson types = object["type"];
        std::vector<std::string> named;
        bool nullable = false;
        for (const OrderedJson &t : types) {
            if (t == "null")
                nullable = true;
            else if (t.is_string())
                named.push_back(t.get<std::string>());
        }
        object.erase("type");
        if (named.size() == 1)
            object["type"] = named.front();
        if (nullable)
            object["nullable"] = true;
    }
    object.erase("$schema");
    object.erase("$id");
}

// The proto facts of CONTRACTS-SPELLING.md: no JSON Schema reader knows them.
bool isSeamKeyword(std::string_view key)
{
    return key == "field" || key == "optional" || key == "oneof" || key == "map_key" || key == "enum_numbers"
        || key == "package";
}

// Keywords whose values are instances, not schemas: copied as written, nothing stripped.
bool holdsInstances(std::string_view key)
{
    return key == "example" || key == "examples" || key == "default" || key == "const" || key == "enum";
}

} // namespace

OrderedJson nodeToJson(const SourceNode &node)
{
    switch (node.type()) {
    case SourceNode::Type::Null:
        return nullptr;
    case SourceNode::Type::Scalar:
        return scalarToJson(node);
    case SourceNode::Type::Sequence: {
        OrderedJson array = OrderedJson::array();
        for (const SourceNode &item : node.items())
            array.push_back(nodeToJson(item));
        return array;
    }
    case SourceNode::Type::Map:
        break;
    }
    OrderedJson object = OrderedJson::object();
    reserveMembers(object, node.size());
    for (size_t i = 0; i < node.size(); ++i)
        object[node.keyAt(i)] = nodeToJson(node.items()[i]);
    return object;
}

namespace {

OrderedJson convert(const SourceNode &node, std::string_view refPrefix, SchemaDialect dialect, bool stringScalar)
{
    switch (node.type()) {
    case SourceNode::Type::Null:
        return nullptr;
    case SourceNode::Type::Scalar:
        return stringScalar ? OrderedJson(node.text()) : scalarToJson(node);
    case SourceNode::Type::Sequence: {
        OrderedJson array = OrderedJson::array();
        for (const SourceNode &item : node.items())
            array.push_back(convert(item, refPrefix, dialect, false));
        return array;
    }
    case SourceNode::Type::Map:
        break;
    }

    OrderedJson object = OrderedJson::object();
    reserveMembers(object, node.size() + 1);
    const SourceNode *ref = node.find("$ref");
    if (ref && ref->isScalar() && findWellKnownType(ref->text()))
        ref = nullptr; // replaced by its JSON form: nothing to wrap
    for (size_t i = 0; i < node.size(); ++i) {
        const std::string &key = node.keyAt(i);
        const SourceNode &value = node.items()[i];
        if (key == "$ref" && value.isScalar()) {
            // A well-known type is written as its canonical JSON form (contracts.h).
            if (const WellKnownType *known = findWellKnownType(value.text())) {
                if (!known->jsonType.empty())
                    object["type"] = std::string(known->jsonType);
                if (!known->jsonFormat.empty())
                    object["format"] = std::string(known->jsonFormat);
                continue;
            }
            object[key] = isBareSchemaName(value.text()) ? std::string(refPrefix) + value.text() : value.text();
            continue;
        }
        if (isSeamKeyword(key))
            continue;
        // `properties` and `$defs` are maps of names to schemas: their keys are not keywords.
        if ((key == "properties" || key == "$defs" || key == "patternProperties") && value.isMap()) {
            OrderedJson children = OrderedJson::object();
            reserveMembers(children, value.size());
            for (size_t j = 0; j < value.size(); ++j)
                children[value.keyAt(j)] = convert(value.items()[j], refPrefix, dialect, false);
            object[key] = std::move(children);
            continue;
        }
        if (key == "required" && value.isSequence()) {
            OrderedJson array = OrderedJson::array();
            for (const SourceNode &item : value.items())
                array.push_back(item.isScalar() ? OrderedJson(item.text()) : nodeToJson(item));
            object[key] = std::move(array);
            continue;
        }
        if (holdsInstances(key)) {
            object[key] = nodeToJson(value);
            continue;
        }
        object[key] = convert(value, refPrefix, dialect, value.isScalar() && isKeywordWithStringValue(key));
    }

    if (dialect == SchemaDialect::OpenApi30)
        downgradeToOpenApi30(object);

    // OpenAPI 3.0 ignores everything beside a `$ref`; `allOf` with one member keeps
    // the description (and any constraint) the user wrote next to the reference.
    if (dialect == SchemaDialect::OpenApi30 && ref && object.size() > 1) {
        OrderedJson wrapped = OrderedJson::object();
        wrapped["allOf"] = OrderedJson::array({OrderedJson {{"$ref", object["$ref"]}}});
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.key() != "$ref")
                wrapped[it.key()] = it.value();
        return wrapped;
    }
    return object;
}

void collectReferences(const SourceNode &node, std::vector<std::string> &out, std::set<std::string> &seen)
{
    forEachSchemaRef(node, [&](const SourceNode &ref) {
        if (isBareSchemaName(ref.text()) && !findWellKnownType(ref.text()) && seen.insert(ref.text()).second)
            out.push_back(ref.text());
    });
}

// --- YAML writer ---

bool isSafePlain(std::string_view text)
{
    if (text.empty() || text.size() > 200)
        return false;
    const unsigned char first = static_cast<unsigned char>(text.front());
    if (!(std::isalpha(first) || first == '_' || first == '/' || first == '$'))
        return false;
    if (text.back() == ' ')
        return false;
    for (char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (!(std::isalnum(c) || c == '_' || c == '.' || c == '/' || c == '-' || c == ' ' || c == '$' || c == '('
              || c == ')' || c == '+'))
            return false;
    }
    return !isYaml11Keyword(text) && resolvePlainScalar(text) == PlainScalarKind::String;
}

std::string quoted(const std::string &text)
{
    // A JSON string is a valid YAML double-quoted scalar.
    return OrderedJson(text).dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

void appendString(const std::string &text, std::string &out)
{
    if (isSafePlain(text))
        out += text;
    else
        out += quoted(text);
}

std::string scalarText(const OrderedJson &value)
{
    if (value.is_string()) {
        const std::string &text = value.get_ref<const std::string &>();
        return isSafePlain(text) ? text : quoted(text);
    }
    if (value.is_null())
        return "null";
    return value.dump();
}

bool canBeLiteralBlock(const std::string &text)
{
    if (text.find('\n') == std::string::npos || text.front() == ' ' || text.front() == '\n')
        return false;
    for (char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c == '\r' || (c < 0x20 && c != '\n' && c != '\t'))
            return false;
    }
    // Lines with trailing blanks or tabs survive, but a reviewer cannot see them: quote those.
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            return false;
        start = end + 1;
    }
    return true;
}

void writeLiteralBlock(const std::string &text, int indent, std::string &out)
{
    size_t trailing = 0;
    while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n')
        ++trailing;
    out += trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
    out += '\n';
    const std::string pad(indent, ' ');
    size_t start = 0;
    const std::string body = text.substr(0, text.size() - trailing);
    while (start <= body.size()) {
        size_t end = body.find('\n', start);
        if (end == std::string::npos)
            end = body.size();
        if (end > start)
            out += pad + body.substr(start, end - start);
        out += '\n';
        start = end + 1;
    }
    for (size_t i = 1; i < trailing; ++i)
        out += '\n';
}

void writeNode(const OrderedJson &node, int indent, std::string &out);

// Writes `value` after "key:" or "- " (which the caller has written); containers go on the next lines.
void writeValueAfterIndicator(const OrderedJson &value, int indent, std::string &out)
{
    if (value.is_object() && !value.empty()) {
        out += '\n';
        writeNode(value, indent, out);
    } else if (value.is_array() && !value.empty()) {
        out += '\n';
        writeNode(value, indent, out);
    } else if (value.is_object()) {
        out += " {}\n";
    } else if (value.is_array()) {
        out += " []\n";
    } else if (value.is_string() && canBeLiteralBlock(value.get_ref<const std::string &>())) {
        out += ' ';
        writeLiteralBlock(value.get_ref<const std::string &>(), indent, out);
    } else {
        out += ' ' + scalarText(value) + '\n';
    }
}

void writeNode(const OrderedJson &node, int indent, std::string &out)
{
    const std::string pad(indent, ' ');
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            out.append(static_cast<size_t>(indent), ' ');
            appendString(it.key(), out);
            out += ':';
            writeValueAfterIndicator(it.value(), indent + 2, out);
        }
    } else if (node.is_array()) {
        for (const OrderedJson &item : node) {
            if ((item.is_object() || item.is_array()) && !item.empty()) {
                // Render the item one level deeper, then put the dash over its first indent.
                std::string nested;
                writeNode(item, indent + 2, nested);
                nested.replace(indent, 2, "- ");
                out += nested;
            } else {
                out += pad + '-';
                writeValueAfterIndicator(item, indent + 2, out);
            }
        }
    } else {
        out += pad + scalarText(node) + '\n';
    }
}

} // namespace

void appendMember(OrderedJson &object, std::string key, OrderedJson value)
{
    if (!object.is_object())
        object = OrderedJson::object();
    auto &members = object.get_ref<OrderedJson::object_t &>();
    static_cast<OrderedJson::object_t::Container &>(members).emplace_back(std::move(key), std::move(value));
}

void reserveMembers(OrderedJson &object, size_t count)
{
    if (!object.is_object())
        object = OrderedJson::object();
    auto &members = object.get_ref<OrderedJson::object_t &>();
    static_cast<OrderedJson::object_t::Container &>(members).reserve(count);
}

OrderedJson scalarToJson(const SourceNode &node)
{
    if (node.isNull())
        return nullptr;
    if (!node.isScalar())
        return nullptr;
    if (node.isString())
        return node.text();
    bool flag = false;
    if (node.toBool(flag))
        return flag;
    long long integer = 0;
    if (node.toInt(integer))
        return integer;
    unsigned long long large = 0;
    if (node.toUnsigned(large))
        return large;
    double real = 0;
    if (node.toDouble(real) && std::isfinite(real))
        return real;
    if (node.isPlainNullText())
        return nullptr;
    return node.text();
}

OrderedJson schemaToJson(const SourceNode &body, std::string_view refPrefix, SchemaDialect dialect)
{
    if (body.isNull())
        return OrderedJson::object();
    return convert(body, refPrefix, dialect, false);
}

OrderedJson schemaUseToJson(const SourceNode &use, std::string_view refPrefix, SchemaDialect dialect)
{
    if (!use.isScalar())
        return schemaToJson(use, refPrefix, dialect);
    SourceNode ref = SourceNode::map();
    ref.insert("$ref", use);
    return convert(ref, refPrefix, dialect, false);
}

std::vector<std::string> schemaReferences(const SourceNode &body)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    collectReferences(body, out, seen);
    return out;
}

std::vector<std::string> reachableSchemas(const Model &model, const std::vector<std::string> &roots,
                                          std::vector<std::string> *missing)
{
    // Model::findSchema scans the list; exports call this once per event or callee.
    std::unordered_map<std::string_view, const Schema *> byName;
    const auto &schemaList = model.schemaList();
    byName.reserve(schemaList.size());
    for (const Schema &schema : schemaList)
        byName.emplace(schema.name, &schema);
    std::set<std::string> reached;
    std::set<std::string> missed;
    std::vector<std::string> pending(roots.rbegin(), roots.rend());
    while (!pending.empty()) {
        const std::string name = pending.back();
        pending.pop_back();
        if (reached.count(name) || missed.count(name))
            continue;
        const auto found = byName.find(name);
        const Schema *schema = found == byName.end() ? nullptr : found->second;
        if (!schema) {
            missed.insert(name);
            continue;
        }
        reached.insert(name);
        for (const std::string &ref : schemaReferences(schema->body))
            pending.push_back(ref);
    }
    std::vector<std::string> ordered;
    for (const Schema &schema : model.schemaList())
        if (reached.count(schema.name))
            ordered.push_back(schema.name);
    if (missing)
        *missing = std::vector<std::string>(missed.begin(), missed.end());
    return ordered;
}

std::string toYaml(const OrderedJson &document)
{
    std::string out;
    if (document.is_object() || document.is_array()) {
        if (document.empty())
            return document.is_object() ? "{}\n" : "[]\n";
        writeNode(document, 0, out);
    } else {
        out = scalarText(document) + '\n';
    }
    return out;
}

std::vector<std::string> identifierWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (!current.empty())
            words.push_back(current);
        current.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (!std::isalnum(c)) {
            flush();
            continue;
        }
        if (!current.empty() && std::isupper(c)) {
            const unsigned char previous = static_cast<unsigned char>(current.back());
            const bool nextIsLower = i + 1 < text.size() && std::islower(static_cast<unsigned char>(text[i + 1]));
            // orderId → order|Id; HTTPServer → HTTP|Server
            if (std::islower(previous) || std::isdigit(previous) || (std::isupper(previous) && nextIsLower))
                flush();
        }
        current += static_cast<char>(c);
    }
    flush();
    if (words.empty())
        words.push_back("x");
    return words;
}

std::string pascalCase(std::string_view text)
{
    std::string out;
    for (std::string word : identifierWords(text)) {
        std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
        word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
        out += word;
    }
    return out;
}

std::string camelCase(std::string_view text)
{
    std::string out = pascalCase(text);
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

std::string snakeCase(std::string_view text)
{
    std::string out;
    for (std::string word : identifierWords(text)) {
        std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
        if (!out.empty())
            out += '_';
        out += word;
    }
    return out;
}

std::string screamingSnake(std::string_view text)
{
    std::string out = snakeCase(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
    return out;
}

std::string trimmedText(std::string_view text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return std::string(text);
}

std::string apiTitle(const std::string &name)
{
    if (name.size() >= 3) {
        std::string tail = name.substr(name.size() - 3);
        std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::toupper(c); });
        if (tail == "API")
            return name;
    }
    return name + " API";
}

long long eventVersion(const Event &event)
{
    return event.version.value_or(1);
}

std::string eventKey(const Event &event)
{
    std::string key = event.name.empty() ? std::string("event") : event.name;
    for (char &c : key)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_')
            c = '_';
    // A leading dot would make a hidden file.
    if (key.front() == '.')
        key.front() = '_';
    return key + ".v" + std::to_string(eventVersion(event));
}

std::string_view httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 423:
        return "Locked";
    case 424:
        return "Failed Dependency";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "";
    }
}

const SourceNode *child(const SourceNode &node, std::string_view key)
{
    return node.isMap() ? node.find(key) : nullptr;
}

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

} // namespace seam
