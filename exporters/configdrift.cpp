#include "configdrift.h"

#include "exporter.h"
#include "runtimeconfig.h"

#include "model/treebuilder.h"

#include <algorithm>
#include <map>
#include <set>

namespace seam {

namespace {

// Two scalars mean the same setting: equal text, equal numbers, or equal durations ("2s", "2000ms").
bool sameValue(const SourceNode &expected, const SourceNode &actual)
{
    if (expected.text() == actual.text())
        return true;
    double a = 0, b = 0;
    if (expected.toDouble(a) && actual.toDouble(b))
        return a == b;
    const auto ea = parseGoDuration(expected.text()), aa = parseGoDuration(actual.text());
    return ea && aa && *ea == *aa;
}

std::string shown(const SourceNode &node)
{
    if (node.isScalar())
        return node.text();
    return node.isMap() ? "a map" : node.isSequence() ? "a list" : "nothing";
}

class Differ {
public:
    Differ(std::string file, std::vector<Drift> &out)
        : m_file(std::move(file))
        , m_out(out)
    {
    }

    // Every setting of `expected` must be in `actual` with the same value. Lists of maps with a
    // `name` pair up by name; lists of scalars compare as sets (a missing and an extra entry both count).
    void compare(const std::string &element, const SourceNode &expected, const SourceNode &actual,
                 const std::string &path, Mark parent)
    {
        if (expected.isMap() && actual.isMap()) {
            for (size_t i = 0; i < expected.size(); ++i) {
                const std::string &key = expected.keyAt(i);
                const std::string child = path.empty() ? key : path + "." + key;
                if (const SourceNode *value = actual.find(key))
                    compare(element, expected.items()[i], *value, child, actual.mark());
                else
                    add(element, child, actual.mark(), expected.items()[i], nullptr);
            }
            return;
        }
        if (expected.isSequence() && actual.isSequence()) {
            compareList(element, expected, actual, path);
            return;
        }
        if (expected.isScalar() && actual.isScalar()) {
            if (!sameValue(expected, actual))
                add(element, path, actual.mark(), expected, &actual);
            return;
        }
        add(element, path, actual.mark().valid() ? actual.mark() : parent, expected, &actual);
    }

    void add(const std::string &element, const std::string &setting, Mark mark, const SourceNode &expected,
             const SourceNode *actual)
    {
        m_out.push_back(
            {m_file, mark, element, setting, expected.isNull() ? "" : shown(expected), actual ? shown(*actual) : ""});
    }
    void addExtra(const std::string &element, const std::string &setting, const SourceNode &actual)
    {
        m_out.push_back({m_file, actual.mark(), element, setting, "", shown(actual)});
    }

private:
    static const SourceNode *named(const SourceNode &list, const std::string &name)
    {
        for (const SourceNode &item : list.items())
            if (const SourceNode *n = item.isMap() ? item.find("name") : nullptr; n && n->text() == name)
                return &item;
        return nullptr;
    }

    void compareList(const std::string &element, const SourceNode &expected, const SourceNode &actual,
                     const std::string &path)
    {
        const bool byName = expected.size() > 0 && expected.items()[0].isMap() && expected.items()[0].find("name");
        if (byName) {
            for (const SourceNode &item : expected.items()) {
                const std::string name = item.find("name")->text();
                if (const SourceNode *match = named(actual, name))
                    compare(element, item, *match, path + "[" + name + "]", match->mark());
                else
                    add(element, path + "[" + name + "]", actual.mark(), SourceNode::scalar("present"), nullptr);
            }
            for (const SourceNode &item : actual.items())
                if (const SourceNode *n = item.isMap() ? item.find("name") : nullptr; n && !named(expected, n->text()))
                    addExtra(element, path + "[" + n->text() + "]", *n);
            return;
        }
        const bool scalars = std::all_of(expected.items().begin(), expected.items().end(),
                                         [](const SourceNode &n) { return n.isScalar(); })
            && std::all_of(actual.items().begin(), actual.items().end(),
                           [](const SourceNode &n) { return n.isScalar(); });
        if (scalars) {
            const auto has = [](const SourceNode &list, const SourceNode &value) {
                return std::any_of(list.items().begin(), list.items().end(),
                                   [&](const SourceNode &n) { return sameValue(n, value); });
            };
            for (const SourceNode &item : expected.items())
                if (!has(actual, item))
                    add(element, path, actual.mark(), item, nullptr);
            for (const SourceNode &item : actual.items())
                if (!has(expected, item))
                    addExtra(element, path, item);
            return;
        }
        // Lists of unnamed maps (match entries, policy rules): pair them up in order.
        for (size_t i = 0; i < expected.size(); ++i) {
            const std::string child = path + "[" + std::to_string(i) + "]";
            if (i < actual.size())
                compare(element, expected.items()[i], actual.items()[i], child, actual.mark());
            else
                add(element, child, actual.mark(), SourceNode::scalar("present"), nullptr);
        }
        for (size_t i = expected.size(); i < actual.size(); ++i)
            addExtra(element, path + "[" + std::to_string(i) + "]", actual.items()[i]);
    }

    std::string m_file;
    std::vector<Drift> &m_out;
};

std::string text(const SourceNode &node, std::string_view key)
{
    const SourceNode *n = node.isMap() ? node.find(key) : nullptr;
    return n && n->isScalar() ? n->text() : std::string();
}

// The exporter's files for `format`, parsed: what the model says the deployment should be.
std::vector<SourceNode> expectedDocuments(const Model &model, std::string_view format)
{
    std::vector<SourceNode> out;
    const ExportResult result = findExporter(format)->run(model, {});
    for (const ExportedFile &file : result.files) {
        Diagnostics ignored;
        std::vector<SourceNode> docs;
        if (readYamlStream(file.contents, file.relativePath, docs, ignored))
            for (SourceNode &doc : docs)
                out.push_back(std::move(doc));
    }
    return out;
}

std::string objectKey(const SourceNode &doc)
{
    const SourceNode *metadata = doc.find("metadata");
    return text(doc, "kind") + " " + (metadata ? text(*metadata, "namespace") + "/" + text(*metadata, "name") : "");
}

// The entries of a list node, or none: references into the tree, never a copy.
const std::vector<SourceNode> &entries(const SourceNode *node)
{
    static const std::vector<SourceNode> none;
    return node && node->isSequence() ? node->items() : none;
}

// The first principal of a rule's sources (Seam writes one caller per rule).
const SourceNode *principalOf(const SourceNode &rule)
{
    const SourceNode *from = rule.isMap() ? rule.find("from") : nullptr;
    for (const SourceNode &source : entries(from))
        if (const SourceNode *s = source.isMap() ? source.find("source") : nullptr; s && s->isMap())
            for (const SourceNode &principal : entries(s->find("principals")))
                if (principal.isScalar())
                    return &principal;
    return nullptr;
}

// Allow rules pair up by caller: a modelled caller without a rule is missing, a rule for a
// caller the model does not have allows too much.
void compareAllowRules(Differ &differ, const std::string &element, const SourceNode &expected, const SourceNode &actual)
{
    SourceNode expectedRest = SourceNode::map(), actualRest = SourceNode::map();
    for (size_t i = 0; i < expected.size(); ++i)
        if (expected.keyAt(i) != "rules")
            expectedRest.insert(expected.keyAt(i), expected.items()[i]);
    differ.compare(element, expectedRest, actual, "spec", actual.mark());
    const SourceNode *expectedRules = expected.find("rules");
    const SourceNode *actualRules = actual.find("rules");
    const auto rulesOf = [](const SourceNode *rules) {
        std::map<std::string, const SourceNode *> out;
        for (const SourceNode &rule : entries(rules))
            if (const SourceNode *principal = principalOf(rule))
                out.emplace(principal->text(), &rule);
        return out;
    };
    const auto want = rulesOf(expectedRules), have = rulesOf(actualRules);
    for (const auto &[principal, rule] : want) {
        const auto it = have.find(principal);
        if (it == have.end())
            differ.add(element, "allow rule for " + principal, actualRules ? actualRules->mark() : actual.mark(),
                       SourceNode::scalar("present"), nullptr);
        else
            differ.compare(element, *rule, *it->second, "rules[" + principal + "]", it->second->mark());
    }
    for (const auto &[principal, rule] : have)
        if (!want.count(principal))
            differ.addExtra(element, "allow rule for", *principalOf(*rule));
}

void checkIstio(const Model &model, const std::string &file, const std::vector<SourceNode> &docs,
                std::vector<Drift> &out)
{
    std::map<std::string, SourceNode> expected;
    for (SourceNode &doc : expectedDocuments(model, "istio"))
        expected.emplace(objectKey(doc), std::move(doc));
    Differ differ(file, out);
    for (const SourceNode &doc : docs) {
        if (!doc.isMap() || !text(doc, "apiVersion").ends_with(".istio.io/v1"))
            continue;
        const std::string key = objectKey(doc);
        const auto it = expected.find(key);
        const SourceNode *spec = doc.find("spec");
        if (it == expected.end()) {
            differ.addExtra(key, "(object)", doc.find("kind") ? *doc.find("kind") : doc);
            continue;
        }
        if (!spec) {
            differ.add(key, "spec", doc.mark(), SourceNode::scalar("present"), nullptr);
            continue;
        }
        if (text(doc, "kind") == "AuthorizationPolicy")
            compareAllowRules(differ, key, *it->second.find("spec"), *spec);
        else
            differ.compare(key, *it->second.find("spec"), *spec, "spec", doc.mark());
    }
}

void checkResilience4j(const Model &model, const std::string &file, const SourceNode &doc, std::vector<Drift> &out)
{
    // Instances are named by integration id; several applications' files may be checked at once.
    std::map<std::string, const SourceNode *> expectedInstances;
    const std::vector<SourceNode> expected = expectedDocuments(model, "resilience4j");
    for (const SourceNode &root : expected) {
        const SourceNode *r4j = root.find("resilience4j");
        for (size_t i = 0; r4j && i < r4j->size(); ++i)
            if (const SourceNode *instances = r4j->items()[i].find("instances"))
                for (size_t j = 0; j < instances->size(); ++j)
                    expectedInstances[r4j->keyAt(i) + "." + instances->keyAt(j)] = &instances->items()[j];
    }
    Differ differ(file, out);
    const SourceNode *r4j = doc.find("resilience4j");
    std::set<std::string> seen;
    for (size_t i = 0; i < r4j->size(); ++i) {
        const SourceNode *instances = r4j->items()[i].isMap() ? r4j->items()[i].find("instances") : nullptr;
        for (size_t j = 0; instances && instances->isMap() && j < instances->size(); ++j) {
            const std::string key = r4j->keyAt(i) + "." + instances->keyAt(j);
            const std::string element = "integration '" + instances->keyAt(j) + "'";
            const auto it = expectedInstances.find(key);
            if (it == expectedInstances.end()) {
                differ.addExtra(element, r4j->keyAt(i), instances->keyNodeAt(j));
                continue;
            }
            seen.insert(key);
            differ.compare(element, *it->second, instances->items()[j], r4j->keyAt(i), instances->keyNodeAt(j).mark());
        }
    }
    // A model instance of an application this file configures, but missing from it.
    for (const auto &[key, node] : expectedInstances) {
        const std::string id = key.substr(key.find('.') + 1);
        const Integration *integration = model.findIntegration(id);
        const Component *client = integration ? clientOf(model, *integration) : nullptr;
        bool fileConfiguresClient = false;
        for (const std::string &other : seen) {
            const Integration *o = model.findIntegration(other.substr(other.find('.') + 1));
            fileConfiguresClient = fileConfiguresClient || (o && clientOf(model, *o) == client);
        }
        if (!seen.count(key) && fileConfiguresClient)
            differ.add("integration '" + id + "'", key.substr(0, key.find('.')), r4j->mark(),
                       SourceNode::scalar("an instance"), nullptr);
    }
}

} // namespace

std::string Drift::message() const
{
    if (expected.empty())
        return element + ": " + setting + " " + actual + " is not in the model";
    if (actual.empty())
        return element + ": " + setting + " is missing"
            + (expected == "present" ? std::string() : "; the model gives " + expected);
    return element + ": " + setting + " is " + actual + "; the model gives " + expected;
}

DriftReport checkConfig(const Model &model, const std::vector<std::pair<std::string, std::string>> &files)
{
    DriftReport report;
    for (const auto &[path, contents] : files) {
        std::vector<SourceNode> docs;
        if (!readYamlStream(contents, path, docs, report.diagnostics))
            continue;
        const bool resilience4j = docs.size() == 1 && docs[0].isMap() && docs[0].find("resilience4j")
            && docs[0].find("resilience4j")->isMap();
        const bool istio = std::any_of(docs.begin(), docs.end(), [](const SourceNode &doc) {
            return doc.isMap() && text(doc, "apiVersion").ends_with(".istio.io/v1");
        });
        if (resilience4j)
            checkResilience4j(model, path, docs[0], report.drifts);
        else if (istio)
            checkIstio(model, path, docs, report.drifts);
        else
            report.diagnostics.push_back({Diagnostic::Level::Error, path, docs.empty() ? Mark {1, 1} : docs[0].mark(),
                                          "neither a Resilience4j file (a 'resilience4j' map) nor Istio objects "
                                          "(apiVersion *.istio.io/v1)"});
    }
    return report;
}

} // namespace seam
