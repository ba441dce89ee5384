// envoy-proto-check DEPS FILE...: checks Envoy v3 bootstrap YAML files against Envoy's own API
// protos (the envoy-api, xds, protoc-gen-validate and googleapis trees that the npm package
// @grpc/grpc-js-xds ships under deps/, pinned in tools/validators). Each file is turned into
// JSON the way Envoy reads YAML (plain scalars typed, quoted ones strings) and parsed into an
// envoy.config.bootstrap.v3.Bootstrap by libprotobuf's proto3 JSON parser, which refuses
// unknown fields, wrong types, unknown enum names and `@type`s it cannot resolve. Then the
// checks Envoy makes while loading that the protos cannot express: every route names a defined
// cluster, names and domains are unique. Not checked: the protoc-gen-validate rules (ranges,
// required fields); Envoy enforces those too.
// Exit status 0 when every file passes, 1 when one fails, 2 when the protos cannot be loaded.
#include "model/treebuilder.h"

#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/util/json_util.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace pb = google::protobuf;
using nlohmann::json;

namespace {

struct PrintErrors : pb::compiler::MultiFileErrorCollector {
    void AddError(const std::string &file, int line, int column, const std::string &message) override
    {
        std::cerr << file << ":" << line + 1 << ":" << column + 1 << ": " << message << "\n";
    }
};

// Custom options are dropped before the files are built: the shipped protoc-gen-validate is
// older than the envoy-api it comes with (its StringRules lacks `ignore_empty`), and the
// structure the JSON parser needs (fields, types, json names) holds no custom option.
void dropCustomOptions(pb::Message &message)
{
    const pb::Reflection *reflection = message.GetReflection();
    std::vector<const pb::FieldDescriptor *> fields;
    reflection->ListFields(message, &fields);
    for (const pb::FieldDescriptor *field : fields) {
        if (field->name() == "uninterpreted_option") {
            reflection->ClearField(&message, field);
        } else if (field->cpp_type() == pb::FieldDescriptor::CPPTYPE_MESSAGE) {
            if (field->is_repeated())
                for (int i = 0; i < reflection->FieldSize(message, field); ++i)
                    dropCustomOptions(*reflection->MutableRepeatedMessage(&message, field, i));
            else
                dropCustomOptions(*reflection->MutableMessage(&message, field));
        }
    }
}

class ProtoFiles : public pb::DescriptorDatabase {
public:
    explicit ProtoFiles(pb::compiler::SourceTree *tree)
        : m_files(tree)
    {
        m_files.RecordErrorsTo(&m_errors);
    }
    bool FindFileByName(const std::string &name, pb::FileDescriptorProto *out) override
    {
        if (!m_files.FindFileByName(name, out))
            return false;
        dropCustomOptions(*out);
        return true;
    }
    bool FindFileContainingSymbol(const std::string &, pb::FileDescriptorProto *) override { return false; }
    bool FindFileContainingExtension(const std::string &, int, pb::FileDescriptorProto *) override { return false; }

private:
    pb::compiler::SourceTreeDescriptorDatabase m_files;
    PrintErrors m_errors;
};

json toJson(const seam::SourceNode &node)
{
    if (node.isMap()) {
        json out = json::object();
        for (size_t i = 0; i < node.size(); ++i)
            out[node.keyAt(i)] = toJson(node.items()[i]);
        return out;
    }
    if (node.isSequence()) {
        json out = json::array();
        for (const seam::SourceNode &item : node.items())
            out.push_back(toJson(item));
        return out;
    }
    if (node.isNull() || (!node.quoted() && node.isPlainNullText()))
        return nullptr;
    if (node.quoted())
        return node.text();
    bool b = false;
    long long i = 0;
    double d = 0;
    if (node.toBool(b))
        return b;
    if (node.toInt(i))
        return i;
    if (node.toDouble(d))
        return d;
    return node.text();
}

const json &at(const json &j, const char *key)
{
    static const json none;
    return j.is_object() && j.contains(key) ? j.at(key) : none;
}

const json &list(const json &j, const char *key)
{
    static const json empty = json::array();
    const json &value = at(j, key);
    return value.is_array() ? value : empty;
}

// What Envoy refuses while loading a bootstrap that parses.
std::vector<std::string> loadChecks(const json &bootstrap, size_t &clusters, size_t &routes)
{
    std::vector<std::string> errors;
    std::set<std::string> clusterNames;
    const json &resources = at(bootstrap, "static_resources");
    for (const json &cluster : list(resources, "clusters")) {
        const std::string name = at(cluster, "name").is_string() ? at(cluster, "name").get<std::string>() : "";
        if (!clusterNames.insert(name).second)
            errors.push_back("cluster '" + name + "' is defined twice");
    }
    clusters = clusterNames.size();
    for (const json &listener : list(resources, "listeners"))
        for (const json &chain : list(listener, "filter_chains"))
            for (const json &filter : list(chain, "filters")) {
                std::set<std::string> domains;
                for (const json &host : list(at(at(filter, "typed_config"), "route_config"), "virtual_hosts")) {
                    for (const json &domain : list(host, "domains"))
                        if (!domains.insert(domain.dump()).second)
                            errors.push_back("domain " + domain.dump() + " is in two virtual hosts");
                    for (const json &route : list(host, "routes")) {
                        ++routes;
                        const json &cluster = at(at(route, "route"), "cluster");
                        if (cluster.is_string() && !clusterNames.count(cluster.get<std::string>()))
                            errors.push_back("route " + at(route, "name").dump() + " names cluster " + cluster.dump()
                                             + ", which is not defined");
                    }
                }
            }
    return errors;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: envoy-proto-check DEPS FILE...  (DEPS: @grpc/grpc-js-xds/deps)\n";
        return 2;
    }
    const std::string deps = argv[1];
    pb::compiler::DiskSourceTree tree;
    tree.MapPath("", "/usr/include"); // google/protobuf/*.proto of libprotobuf-dev
    for (const char *root : {"envoy-api", "xds", "protoc-gen-validate", "googleapis"})
        tree.MapPath("", deps + "/" + root);
    ProtoFiles database(&tree);
    pb::DescriptorPool pool(&database);
    // The bootstrap, and every type a `@type` of the export names.
    for (const char *file :
         {"envoy/config/bootstrap/v3/bootstrap.proto",
          "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.proto",
          "envoy/extensions/filters/http/router/v3/router.proto",
          "envoy/extensions/filters/http/local_ratelimit/v3/local_rate_limit.proto",
          "envoy/extensions/upstreams/http/v3/http_protocol_options.proto"})
        if (!pool.FindFileByName(file)) {
            std::cerr << "envoy-proto-check: cannot load " << file << " from " << deps << "\n";
            return 2;
        }
    const pb::Descriptor *bootstrap = pool.FindMessageTypeByName("envoy.config.bootstrap.v3.Bootstrap");
    pb::DynamicMessageFactory factory(&pool);
    int failed = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string file = argv[i];
        std::ifstream in(file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        seam::SourceNode root;
        seam::Diagnostics diagnostics;
        if (!in || !seam::readYamlTree(text.str(), file, root, diagnostics)) {
            std::cout << file << ": error: not readable YAML"
                      << (diagnostics.empty() ? "" : ": " + diagnostics.front().toString()) << "\n";
            ++failed;
            continue;
        }
        const json document = toJson(root);
        std::unique_ptr<pb::Message> message(factory.GetPrototype(bootstrap)->New());
        pb::util::JsonParseOptions options;
        options.ignore_unknown_fields = false;
        const auto status = pb::util::JsonStringToMessage(document.dump(), message.get(), options);
        if (!status.ok()) {
            std::cout << file << ": error: " << status.message() << "\n";
            ++failed;
            continue;
        }
        size_t clusters = 0, routes = 0;
        const std::vector<std::string> errors = loadChecks(document, clusters, routes);
        for (const std::string &error : errors)
            std::cout << file << ": error: " << error << "\n";
        if (!errors.empty()) {
            ++failed;
            continue;
        }
        std::cout << file << ": ok (" << clusters << " clusters, " << routes << " routes)\n";
    }
    return failed ? 1 : 0;
}
