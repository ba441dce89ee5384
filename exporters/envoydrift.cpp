#include "envoydrift.h"

#include "driftdiffer.h"

#include <cctype>
#include <map>

namespace seam {

namespace {

// protobuf's JSON name of a field: `max_ejection_percent` → `maxEjectionPercent`,
// `consecutive_5xx` → `consecutive5xx`.
std::string jsonName(const std::string &field)
{
    std::string out;
    bool upper = false;
    for (char c : field) {
        if (c == '_') {
            upper = true;
            continue;
        }
        out += upper ? char(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return out;
}

// Envoy reads each field under its proto name and its JSON name; Seam writes the proto names.
// `names` maps the JSON name of every key the export writes to that key.
void collectNames(const SourceNode &node, std::map<std::string, std::string> &names)
{
    for (size_t i = 0; node.isMap() && i < node.size(); ++i) {
        names.emplace(jsonName(node.keyAt(i)), node.keyAt(i));
        collectNames(node.items()[i], names);
    }
    for (const SourceNode &item : node.isSequence() ? node.items() : std::vector<SourceNode> {})
        collectNames(item, names);
}

SourceNode protoNames(const SourceNode &node, const std::map<std::string, std::string> &names)
{
    if (node.isMap()) {
        SourceNode out = SourceNode::map(node.mark());
        for (size_t i = 0; i < node.size(); ++i) {
            const auto it = names.find(node.keyAt(i));
            out.insert(it == names.end() ? node.keyAt(i) : it->second, protoNames(node.items()[i], names),
                       node.keyNodeAt(i).mark(), node.keyNodeAt(i).span());
        }
        return out;
    }
    if (node.isSequence()) {
        SourceNode out = SourceNode::sequence(node.mark());
        for (const SourceNode &item : node.items())
            out.append(protoNames(item, names));
        return out;
    }
    return node;
}

const SourceNode *child(const SourceNode *node, std::string_view key)
{
    return node && node->isMap() ? node->find(key) : nullptr;
}

// The named elements of one bootstrap: clusters, virtual hosts and routes, by name.
struct EnvoyElements {
    std::map<std::string, const SourceNode *> clusters, virtualHosts, routes;
    size_t shared(const EnvoyElements &other) const
    {
        size_t n = 0;
        for (const auto *list : {&clusters, &routes})
            for (const auto &[name, node] : *list)
                n += (list == &clusters ? other.clusters : other.routes).count(name);
        return n;
    }
};

EnvoyElements elementsOf(const SourceNode &root)
{
    EnvoyElements out;
    const SourceNode *resources = child(&root, "static_resources");
    for (const SourceNode &cluster : entries(child(resources, "clusters")))
        if (const std::string name = scalarAt(cluster, "name"); !name.empty())
            out.clusters.emplace(name, &cluster);
    for (const SourceNode &listener : entries(child(resources, "listeners")))
        for (const SourceNode &chain : entries(child(&listener, "filter_chains")))
            for (const SourceNode &filter : entries(child(&chain, "filters"))) {
                const SourceNode *routeConfig = child(child(&filter, "typed_config"), "route_config");
                for (const SourceNode &host : entries(child(routeConfig, "virtual_hosts"))) {
                    if (const std::string name = scalarAt(host, "name"); !name.empty())
                        out.virtualHosts.emplace(name, &host);
                    for (const SourceNode &route : entries(child(&host, "routes")))
                        if (const std::string name = scalarAt(route, "name"); !name.empty())
                            out.routes.emplace(name, &route);
                }
            }
    return out;
}

// A virtual host without its routes: those are compared one by one, by name.
SourceNode withoutRoutes(const SourceNode &host)
{
    SourceNode out = SourceNode::map(host.mark());
    for (size_t i = 0; i < host.size(); ++i)
        if (host.keyAt(i) != "routes")
            out.insert(host.keyAt(i), host.items()[i]);
    return out;
}

} // namespace

bool isEnvoyConfig(const SourceNode &document)
{
    const SourceNode *resources = child(&document, "static_resources");
    if (!resources)
        resources = child(&document, "staticResources");
    return resources && resources->isMap();
}

void checkEnvoy(const Model &model, const std::string &file, const SourceNode &document, std::vector<Drift> &out)
{
    // Route and cluster names are integration ids: unique across every application's file.
    const auto files = expectedFiles(model, "envoy");
    std::map<std::string, std::string> names {{"staticResources", "static_resources"}};
    for (const auto &[path, docs] : files)
        for (const SourceNode &doc : docs)
            collectNames(doc, names);
    const SourceNode actualRoot = protoNames(document, names);
    const EnvoyElements actual = elementsOf(actualRoot);
    std::vector<EnvoyElements> expected;
    for (const auto &[path, docs] : files)
        expected.push_back(docs.empty() ? EnvoyElements {} : elementsOf(docs.front()));
    const EnvoyElements *mine = nullptr; // the application's file this one configures
    size_t best = 0;
    for (const EnvoyElements &candidate : expected)
        if (const size_t n = actual.shared(candidate); n > best) {
            best = n;
            mine = &candidate;
        }
    DriftDiffer differ(file, out);
    const auto compareAll = [&](const char *what, auto member) {
        for (const auto &[name, node] : actual.*member) {
            const std::string element = std::string("Envoy ") + what + " '" + name + "'";
            const SourceNode *want = nullptr;
            if (mine && (mine->*member).count(name))
                want = (mine->*member).at(name);
            // A route or cluster moved from another application's file still has its settings;
            // virtual hosts are named by callee, so only this application's own count.
            for (const EnvoyElements &candidate : expected)
                if (!want && (candidate.*member).count(name) && member != &EnvoyElements::virtualHosts)
                    want = (candidate.*member).at(name);
            if (!want) {
                differ.addExtra(element, "(" + std::string(what) + ")", *node->find("name"));
                continue;
            }
            if (member == &EnvoyElements::virtualHosts)
                differ.compare(element, withoutRoutes(*want), *node, "", node->mark());
            else
                differ.compare(element, *want, *node, "", node->mark());
        }
        if (mine)
            for (const auto &[name, node] : mine->*member)
                if (!(actual.*member).count(name))
                    differ.add(std::string("Envoy ") + what + " '" + name + "'", "(" + std::string(what) + ")",
                               actualRoot.mark(), SourceNode::scalar("present"), nullptr);
    };
    compareAll("virtual host", &EnvoyElements::virtualHosts);
    compareAll("route", &EnvoyElements::routes);
    compareAll("cluster", &EnvoyElements::clusters);
}

} // namespace seam
