#include "configdrift.h"

#include "driftdiffer.h"
#include "envoydrift.h"
#include "runtimeconfig.h"

#include "model/treebuilder.h"

#include <algorithm>
#include <map>
#include <set>

namespace seam {

namespace {

std::string objectKey(const SourceNode &doc)
{
    const SourceNode *metadata = doc.find("metadata");
    return scalarAt(doc, "kind") + " "
        + (metadata ? scalarAt(*metadata, "namespace") + "/" + scalarAt(*metadata, "name") : "");
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
void compareAllowRules(DriftDiffer &differ, const std::string &element, const SourceNode &expected,
                       const SourceNode &actual)
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
    DriftDiffer differ(file, out);
    for (const SourceNode &doc : docs) {
        if (!doc.isMap() || !scalarAt(doc, "apiVersion").ends_with(".istio.io/v1"))
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
        if (scalarAt(doc, "kind") == "AuthorizationPolicy")
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
    DriftDiffer differ(file, out);
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
            return doc.isMap() && scalarAt(doc, "apiVersion").ends_with(".istio.io/v1");
        });
        const bool envoy = docs.size() == 1 && isEnvoyConfig(docs[0]);
        if (resilience4j)
            checkResilience4j(model, path, docs[0], report.drifts);
        else if (envoy)
            checkEnvoy(model, path, docs[0], report.drifts);
        else if (istio)
            checkIstio(model, path, docs, report.drifts);
        else
            report.diagnostics.push_back(
                {Diagnostic::Level::Error, path, docs.empty() ? Mark {1, 1} : docs[0].mark(),
                 "neither a Resilience4j file (a 'resilience4j' map), Istio objects "
                 "(apiVersion *.istio.io/v1) nor an Envoy bootstrap (a 'static_resources' map)"});
    }
    return report;
}

} // namespace seam
