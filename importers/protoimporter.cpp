// proto3 → Seam model (CONTRACTS-SPELLING.md, "Proto mapping"; docs/import.md).
// libprotobuf's own parser reads the file and its imports, so what protoc accepts
// and rejects is exactly what this accepts and rejects.
#include "importer.h"

#include "exporters/schemaconvert.h"
#include "model/contracts.h"
#include "model/textlines.h"

#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/text_format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

namespace seam {

namespace {

namespace pb = google::protobuf;

// Where google/protobuf/*.proto live (libprotobuf-dev).
constexpr const char *kSystemIncludeDir = "/usr/include";

bool isWellKnownFile(const pb::FileDescriptor *file)
{
    return file->name().starts_with("google/protobuf/");
}

SourceNode text(std::string value)
{
    return SourceNode::scalar(std::move(value), true);
}

SourceNode number(long long value)
{
    return SourceNode::scalar(std::to_string(value));
}

SourceNode boolean(bool value)
{
    return SourceNode::scalar(value ? "true" : "false");
}

// The main file comes from the text already read (ImportSource); its imports from disk,
// relative to its folder, then the system include folder for the well-known types.
class SourceTree : public pb::compiler::SourceTree {
public:
    SourceTree(std::string mainName, const std::string &mainText, const std::string &folder)
        : m_mainName(std::move(mainName))
        , m_mainText(mainText)
    {
        m_disk.MapPath("", folder);
        m_disk.MapPath("", kSystemIncludeDir);
    }
    pb::io::ZeroCopyInputStream *Open(const std::string &filename) override
    {
        if (filename == m_mainName)
            return new pb::io::ArrayInputStream(m_mainText.data(), static_cast<int>(m_mainText.size()));
        return m_disk.Open(filename);
    }
    std::string GetLastErrorMessage() override { return m_disk.GetLastErrorMessage(); }
    // The path to name in diagnostics for a file of this tree.
    std::string diskPath(const std::string &filename, const std::string &mainPath)
    {
        if (filename == m_mainName)
            return mainPath;
        std::string disk;
        return m_disk.VirtualFileToDiskFile(filename, &disk) ? disk : filename;
    }

private:
    std::string m_mainName;
    const std::string &m_mainText;
    pb::compiler::DiskSourceTree m_disk;
};

class ErrorCollector : public pb::compiler::MultiFileErrorCollector {
public:
    ErrorCollector(SourceTree &tree, const std::string &mainPath, Diagnostics &diagnostics)
        : m_tree(tree)
        , m_mainPath(mainPath)
        , m_diagnostics(diagnostics)
    {
    }
    void AddError(const std::string &filename, int line, int column, const std::string &message) override
    {
        add(Diagnostic::Level::Error, filename, line, column, message);
    }
    void AddWarning(const std::string &filename, int line, int column, const std::string &message) override
    {
        add(Diagnostic::Level::Warning, filename, line, column, message);
    }

private:
    void add(Diagnostic::Level level, const std::string &filename, int line, int column, const std::string &message)
    {
        // protobuf counts from 0 (-1 when it has no position); diagnostics from 1.
        const Mark mark = line >= 0 ? Mark {line + 1, column + 1} : Mark {};
        m_diagnostics.push_back({level, m_tree.diskPath(filename, m_mainPath), mark, message});
    }
    SourceTree &m_tree;
    const std::string &m_mainPath;
    Diagnostics &m_diagnostics;
};

template <typename Descriptor> Mark markOf(const Descriptor *descriptor)
{
    pb::SourceLocation location;
    if (!descriptor->GetSourceLocation(&location))
        return {};
    return {location.start_line + 1, location.start_column + 1};
}

// A declaration's comment: the one above it, else the one after it on its line.
template <typename Descriptor> std::string commentOf(const Descriptor *descriptor)
{
    pb::SourceLocation location;
    if (!descriptor->GetSourceLocation(&location))
        return {};
    std::string comment = location.leading_comments.empty() ? location.trailing_comments : location.leading_comments;
    // protoc keeps the blank after "//" and the final newline: neither is part of the text.
    std::string out;
    for (std::string line : splitLines(comment)) {
        if (line.starts_with(' '))
            line.erase(0, 1);
        out += (out.empty() ? "" : "\n") + line;
    }
    return trimmedText(out);
}

class Mapper {
public:
    Mapper(const ImportSource &source, SourceTree &tree, ImportResult &result)
        : m_source(source)
        , m_tree(tree)
        , m_result(result)
    {
    }

    void map(const pb::FileDescriptor *main)
    {
        m_main = main;
        collectFiles(main);
        for (const pb::FileDescriptor *file : m_files)
            if (file->syntax() != pb::FileDescriptor::SYNTAX_PROTO3)
                error(file, markOfStatement(file, pb::FileDescriptorProto::kSyntaxFieldNumber),
                      "only proto3 is supported; this file is "
                          + std::string(pb::FileDescriptor::SyntaxName(file->syntax())));
        if (!m_result.ok())
            return;
        for (const pb::FileDescriptor *file : m_files)
            for (int i = 0; i < file->message_type_count(); ++i)
                nameTypes(file->message_type(i));
        for (const pb::FileDescriptor *file : m_files)
            for (int i = 0; i < file->enum_type_count(); ++i)
                nameEnum(file->enum_type(i));
        resolveClashes();
        for (const pb::FileDescriptor *file : m_files) {
            for (int i = 0; i < file->service_count(); ++i)
                addService(file->service(i));
            for (int i = 0; i < file->message_type_count(); ++i)
                addMessage(file->message_type(i));
            for (int i = 0; i < file->enum_type_count(); ++i)
                addEnum(file->enum_type(i));
            if (file->extension_count() > 0)
                warning(file, markOf(file->extension(0)),
                        "extension declarations (extend) are not kept: the model has no place for them");
            if (file->service_count() == 0 && !optionsOf(file->options()).isNull())
                warning(file, markOfStatement(file, pb::FileDescriptorProto::kOptionsFieldNumber),
                        "file options are kept on the file's services, and this file declares none");
            if (file->weak_dependency_count() > 0 || file->public_dependency_count() > 0)
                warning(file, {}, "`import public` and `import weak` become plain imports on export");
        }
    }

private:
    // The file and everything it imports, except the well-known types (the model names them directly).
    void collectFiles(const pb::FileDescriptor *file)
    {
        if (isWellKnownFile(file) || std::find(m_files.begin(), m_files.end(), file) != m_files.end())
            return;
        for (int i = 0; i < file->dependency_count(); ++i)
            collectFiles(file->dependency(i));
        m_files.push_back(file);
    }

    // Where a file-level statement (syntax, options) is written.
    static Mark markOfStatement(const pb::FileDescriptor *file, int fieldNumber)
    {
        pb::SourceLocation location;
        if (file->GetSourceLocation({fieldNumber}, &location))
            return {location.start_line + 1, location.start_column + 1};
        return {1, 1};
    }

    std::string pathOf(const pb::FileDescriptor *file) { return m_tree.diskPath(file->name(), m_source.path); }

    void error(const pb::FileDescriptor *file, Mark mark, std::string message)
    {
        m_result.diagnostics.push_back({Diagnostic::Level::Error, pathOf(file), mark, std::move(message)});
    }
    void warning(const pb::FileDescriptor *file, Mark mark, std::string message)
    {
        m_result.diagnostics.push_back({Diagnostic::Level::Warning, pathOf(file), mark, std::move(message)});
    }

    // Marks belong to the file the user gave: a declaration from an imported file has none,
    // so a merge conflict never names a line of the wrong file.
    template <typename Descriptor> Mark ownMark(const Descriptor *descriptor)
    {
        return descriptor->file() == m_main ? markOf(descriptor) : Mark {};
    }

    // --- names: p.M.N → schema M.N (package p); a clash across packages gets the package as prefix.
    static std::string localName(const std::string &fullName, const std::string &package)
    {
        return package.empty() ? fullName : fullName.substr(package.size() + 1);
    }
    void nameTypes(const pb::Descriptor *message)
    {
        if (message->options().map_entry())
            return; // a map<K, V> field: the field's own schema says it
        m_names[message->full_name()] = localName(message->full_name(), message->file()->package());
        m_packages[message->full_name()] = message->file()->package();
        for (int i = 0; i < message->nested_type_count(); ++i)
            nameTypes(message->nested_type(i));
        for (int i = 0; i < message->enum_type_count(); ++i)
            nameEnum(message->enum_type(i));
    }
    void nameEnum(const pb::EnumDescriptor *enumType)
    {
        m_names[enumType->full_name()] = localName(enumType->full_name(), enumType->file()->package());
        m_packages[enumType->full_name()] = enumType->file()->package();
    }
    void resolveClashes()
    {
        std::map<std::string, std::set<std::string>> packagesByName;
        for (const auto &[fullName, name] : m_names)
            packagesByName[name].insert(m_packages[fullName]);
        for (auto &[fullName, name] : m_names) {
            if (packagesByName[name].size() < 2)
                continue;
            m_protoNames[fullName] = name;
            name = pascalCase(m_packages[fullName]) + name;
            m_clashes.push_back(fullName);
        }
    }
    std::string schemaName(const std::string &fullName) const
    {
        if (const auto *type = findWellKnownType(fullName))
            return std::string(type->name);
        const auto found = m_names.find(fullName);
        return found == m_names.end() ? fullName : found->second;
    }

    // --- options: standard ones become x-proto-options (name → value in proto text), custom ones a warning.
    SourceNode optionsOf(const pb::Message &options, std::initializer_list<std::string_view> skip = {})
    {
        SourceNode out;
        const pb::Reflection *reflection = options.GetReflection();
        std::vector<const pb::FieldDescriptor *> fields;
        reflection->ListFields(options, &fields);
        for (const pb::FieldDescriptor *field : fields) {
            if (std::find(skip.begin(), skip.end(), field->name()) != skip.end() || field->is_repeated())
                continue;
            std::string value;
            pb::TextFormat::PrintFieldValueToString(options, field, -1, &value);
            out.insert(field->name(), text(value));
        }
        return out;
    }
    template <typename Descriptor> void warnCustomOptions(const Descriptor *descriptor)
    {
        const pb::Message &options = descriptor->options();
        if (!options.GetReflection()->GetUnknownFields(options).empty())
            warning(descriptor->file(), markOf(descriptor),
                    "custom options of " + descriptor->full_name() + " are not kept: the model has no place for them");
    }

    // --- services
    std::string componentId(const std::string &service)
    {
        std::string base = service;
        if (base.size() > 7 && base.ends_with("Service"))
            base.resize(base.size() - 7);
        std::string id;
        for (const std::string &word : identifierWords(base)) {
            std::string lower = word;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
            id += (id.empty() ? "" : "-") + lower;
        }
        const auto taken
            = [&](const std::string &candidate) { return m_result.model.findComponent(candidate) != nullptr; };
        if (!taken(id))
            return id;
        for (std::string candidate = id + "-service";; candidate = id + "-service-" + std::to_string(m_serial++))
            if (!taken(candidate))
                return candidate;
    }

    void addService(const pb::ServiceDescriptor *service)
    {
        warnCustomOptions(service);
        Api api;
        api.name = service->name();
        api.style = Pattern::Grpc;
        if (!service->file()->package().empty())
            api.package = service->file()->package();
        if (const std::string comment = commentOf(service); !comment.empty())
            api.description = comment;
        api.mark = ownMark(service);
        api.extras = SourceNode();
        if (SourceNode options = optionsOf(service->options(), {"deprecated"}); !options.isNull())
            api.extras.insert("x-proto-options", std::move(options));
        if (SourceNode options = optionsOf(service->file()->options()); !options.isNull())
            api.extras.insert("x-proto-file-options", std::move(options));
        if (service->options().deprecated())
            api.extras.insert("x-proto-deprecated", boolean(true));
        api.operations.emplace();
        for (int i = 0; i < service->method_count(); ++i) {
            const pb::MethodDescriptor *method = service->method(i);
            warnCustomOptions(method);
            Operation op;
            op.name = method->name();
            op.request = schemaName(method->input_type()->full_name());
            op.response = schemaName(method->output_type()->full_name());
            if (method->client_streaming() || method->server_streaming())
                op.streaming = method->client_streaming()
                    ? (method->server_streaming() ? Streaming::Bidirectional : Streaming::Client)
                    : Streaming::Server;
            if (const std::string comment = commentOf(method); !comment.empty())
                op.description = comment;
            if (method->options().deprecated())
                op.deprecated = true;
            if (SourceNode options = optionsOf(method->options(), {"deprecated"}); !options.isNull())
                op.extras.insert("x-proto-options", std::move(options));
            op.mark = ownMark(method);
            api.operations->push_back(std::move(op));
        }
        Component component;
        component.id = componentId(service->name());
        component.kind = ComponentKind::Service;
        component.mark = api.mark;
        component.apis.emplace().push_back(std::move(api));
        m_result.model.components.push_back(std::move(component));
    }

    // --- messages and enums
    // `where` is the declaration in its own file (for the warning), `mark` what the schema keeps.
    void addSchema(const std::string &fullName, const pb::FileDescriptor *file, SourceNode body, Mark mark, Mark where)
    {
        Schema schema;
        schema.name = schemaName(fullName);
        schema.body = std::move(body);
        schema.mark = mark;
        if (std::find(m_clashes.begin(), m_clashes.end(), fullName) != m_clashes.end())
            warning(file, where,
                    "message name " + m_protoNames[fullName] + " is used by more than one package; schema "
                        + schema.name + " holds " + fullName + " (x-proto-name keeps the real name)");
        if (!m_result.model.schemas)
            m_result.model.schemas.emplace();
        m_result.model.schemas->push_back(std::move(schema));
    }

    // The top of a message or enum body: what says where the declaration lives.
    template <typename Descriptor> SourceNode bodyHead(const Descriptor *descriptor, const char *type)
    {
        SourceNode body = SourceNode::map();
        body.insert("type", text(type));
        if (const std::string comment = commentOf(descriptor); !comment.empty())
            body.insert("description", text(comment));
        if (!descriptor->file()->package().empty())
            body.insert("package", text(descriptor->file()->package()));
        if (const auto real = m_protoNames.find(descriptor->full_name()); real != m_protoNames.end())
            body.insert("x-proto-name", text(real->second));
        if (descriptor->options().deprecated())
            body.insert("deprecated", boolean(true));
        return body;
    }

    SourceNode scalarType(const pb::FieldDescriptor *field)
    {
        SourceNode schema = SourceNode::map();
        const auto typed = [&](const char *type, const char *format) {
            schema.insert("type", text(type));
            if (format)
                schema.insert("format", text(format));
        };
        switch (field->type()) {
        case pb::FieldDescriptor::TYPE_DOUBLE:
            typed("number", "double");
            break;
        case pb::FieldDescriptor::TYPE_FLOAT:
            typed("number", "float");
            break;
        case pb::FieldDescriptor::TYPE_BOOL:
            typed("boolean", nullptr);
            break;
        case pb::FieldDescriptor::TYPE_STRING:
            typed("string", nullptr);
            break;
        case pb::FieldDescriptor::TYPE_BYTES:
            typed("string", "byte");
            break;
        case pb::FieldDescriptor::TYPE_MESSAGE:
        case pb::FieldDescriptor::TYPE_GROUP:
            schema.insert("$ref", text(schemaName(field->message_type()->full_name())));
            break;
        case pb::FieldDescriptor::TYPE_ENUM:
            schema.insert("$ref", text(schemaName(field->enum_type()->full_name())));
            break;
        default:
            typed("integer", field->type_name()); // int32 … sfixed64: the proto name is the format
        }
        return schema;
    }

    SourceNode fieldSchema(const pb::FieldDescriptor *field)
    {
        SourceNode schema;
        if (field->is_map()) {
            schema = SourceNode::map();
            schema.insert("type", text("object"));
            schema.insert("additionalProperties", scalarType(field->message_type()->map_value()));
            schema.insert("map_key", text(field->message_type()->map_key()->type_name()));
        } else if (field->is_repeated()) {
            schema = SourceNode::map();
            schema.insert("type", text("array"));
            schema.insert("items", scalarType(field));
        } else
            schema = scalarType(field);
        schema.insert("field", number(field->number()));
        if (field->has_optional_keyword())
            schema.insert("optional", boolean(true));
        if (const pb::OneofDescriptor *oneof = field->real_containing_oneof())
            schema.insert("oneof", text(oneof->name()));
        if (const std::string comment = commentOf(field); !comment.empty())
            schema.insert("description", text(comment));
        if (field->options().deprecated())
            schema.insert("deprecated", boolean(true));
        if (field->has_json_name())
            schema.insert("x-proto-json-name", text(field->json_name()));
        if (SourceNode options = optionsOf(field->options(), {"deprecated"}); !options.isNull())
            schema.insert("x-proto-options", std::move(options));
        warnCustomOptions(field);
        return schema;
    }

    template <typename Descriptor> void addReserved(SourceNode &body, const Descriptor *descriptor, int endOffset)
    {
        SourceNode reserved = SourceNode::sequence();
        for (int i = 0; i < descriptor->reserved_range_count(); ++i) {
            const auto *range = descriptor->reserved_range(i);
            const long long end = range->end - endOffset; // messages: end exclusive; enums: inclusive
            if (end == range->start)
                reserved.append(number(range->start));
            else
                reserved.append(text(std::to_string(range->start) + " to "
                                     + (end >= 536870911 ? std::string("max") : std::to_string(end))));
        }
        for (int i = 0; i < descriptor->reserved_name_count(); ++i)
            reserved.append(text(descriptor->reserved_name(i)));
        if (reserved.size() > 0)
            body.insert("x-proto-reserved", std::move(reserved));
    }

    void addMessage(const pb::Descriptor *message)
    {
        if (message->options().map_entry())
            return;
        warnCustomOptions(message);
        SourceNode body = bodyHead(message, "object");
        SourceNode properties = SourceNode::map();
        for (int i = 0; i < message->field_count(); ++i)
            properties.insert(message->field(i)->name(), fieldSchema(message->field(i)));
        body.insert("properties", std::move(properties));
        addReserved(body, message, 1);
        if (message->extension_range_count() > 0)
            warning(message->file(), markOf(message), "extension ranges of " + message->full_name() + " are not kept");
        if (SourceNode options = optionsOf(message->options(), {"deprecated"}); !options.isNull())
            body.insert("x-proto-options", std::move(options));
        addSchema(message->full_name(), message->file(), std::move(body), ownMark(message), markOf(message));
        for (int i = 0; i < message->nested_type_count(); ++i)
            addMessage(message->nested_type(i));
        for (int i = 0; i < message->enum_type_count(); ++i)
            addEnum(message->enum_type(i));
    }

    void addEnum(const pb::EnumDescriptor *enumType)
    {
        warnCustomOptions(enumType);
        SourceNode body = bodyHead(enumType, "string");
        SourceNode names = SourceNode::sequence();
        SourceNode numbers = SourceNode::sequence();
        for (int i = 0; i < enumType->value_count(); ++i) {
            const pb::EnumValueDescriptor *value = enumType->value(i);
            names.append(text(value->name()));
            numbers.append(number(value->number()));
            if (!optionsOf(value->options()).isNull()
                || !value->options().GetReflection()->GetUnknownFields(value->options()).empty())
                warning(enumType->file(), markOf(value),
                        "options of enum value " + value->full_name() + " are not kept");
        }
        body.insert("enum", std::move(names));
        body.insert("enum_numbers", std::move(numbers));
        addReserved(body, enumType, 0);
        if (SourceNode options = optionsOf(enumType->options(), {"deprecated"}); !options.isNull())
            body.insert("x-proto-options", std::move(options));
        addSchema(enumType->full_name(), enumType->file(), std::move(body), ownMark(enumType), markOf(enumType));
    }

    const ImportSource &m_source;
    SourceTree &m_tree;
    ImportResult &m_result;
    const pb::FileDescriptor *m_main = nullptr;
    std::vector<const pb::FileDescriptor *> m_files; // dependencies first
    std::map<std::string, std::string> m_names; // full proto name → schema name
    std::map<std::string, std::string> m_packages; // full proto name → its package
    std::map<std::string, std::string> m_protoNames; // renamed ones: full name → name in its package
    std::vector<std::string> m_clashes;
    int m_serial = 2;
};

class ProtoImporter : public Importer {
public:
    std::string_view id() const override { return "proto"; }
    std::string_view description() const override { return "Protocol Buffers (proto3 .proto with its imports)"; }
    bool detects(const ImportSource &source) const override
    {
        // Any version is detected, so that proto2 gets a clear "only proto3" error and an unknown
        // version the parser's "unrecognized syntax" at its line, rather than "unknown format".
        static const std::regex syntax(R"((^|\n)\s*syntax\s*=\s*["']proto[0-9]+["']\s*;)");
        return std::regex_search(source.text, syntax);
    }
    void run(const ImportSource &source, ImportResult &result) const override
    {
        const std::filesystem::path path(source.path);
        const std::string folder = path.has_parent_path() ? path.parent_path().string() : ".";
        const std::string name = path.filename().string();
        SourceTree tree(name, source.text, folder);
        ErrorCollector errors(tree, source.path, result.diagnostics);
        pb::compiler::Importer importer(&tree, &errors);
        const pb::FileDescriptor *file = importer.Import(name);
        if (!file || !result.ok()) {
            if (result.ok())
                result.diagnostics.push_back({Diagnostic::Level::Error, source.path, {}, "cannot be read as proto"});
            return;
        }
        Mapper(source, tree, result).map(file);
    }
};

const ImporterRegistration registration(std::make_unique<ProtoImporter>());

} // namespace

} // namespace seam
