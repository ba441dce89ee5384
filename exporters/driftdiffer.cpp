#include "driftdiffer.h"

#include "exporter.h"
#include "runtimeconfig.h"

#include "model/treebuilder.h"

#include <algorithm>

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

} // namespace

// Every setting of `expected` must be in `actual` with the same value. Lists of maps with a
// `name` pair up by name; lists of scalars compare as sets (a missing and an extra entry both count).
void DriftDiffer::compare(const std::string &element, const SourceNode &expected, const SourceNode &actual,
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

void DriftDiffer::add(const std::string &element, const std::string &setting, Mark mark, const SourceNode &expected,
                      const SourceNode *actual)
{
    m_out.push_back(
        {m_file, mark, element, setting, expected.isNull() ? "" : shown(expected), actual ? shown(*actual) : ""});
}
void DriftDiffer::addExtra(const std::string &element, const std::string &setting, const SourceNode &actual)
{
    m_out.push_back({m_file, actual.mark(), element, setting, "", shown(actual)});
}

const SourceNode *DriftDiffer::named(const SourceNode &list, const std::string &name)
{
    for (const SourceNode &item : list.items())
        if (const SourceNode *n = item.isMap() ? item.find("name") : nullptr; n && n->text() == name)
            return &item;
    return nullptr;
}

void DriftDiffer::compareList(const std::string &element, const SourceNode &expected, const SourceNode &actual,
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
        && std::all_of(actual.items().begin(), actual.items().end(), [](const SourceNode &n) { return n.isScalar(); });
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

std::string scalarAt(const SourceNode &node, std::string_view key)
{
    const SourceNode *n = node.isMap() ? node.find(key) : nullptr;
    return n && n->isScalar() ? n->text() : std::string();
}

// The exporter's files for `format`, parsed: what the model says the deployment should be.
std::vector<std::pair<std::string, std::vector<SourceNode>>> expectedFiles(const Model &model, std::string_view format)
{
    std::vector<std::pair<std::string, std::vector<SourceNode>>> out;
    const ExportResult result = findExporter(format)->run(model, {});
    for (const ExportedFile &file : result.files) {
        Diagnostics ignored;
        std::vector<SourceNode> docs;
        if (readYamlStream(file.contents, file.relativePath, docs, ignored))
            out.emplace_back(file.relativePath, std::move(docs));
    }
    return out;
}

std::vector<SourceNode> expectedDocuments(const Model &model, std::string_view format)
{
    std::vector<SourceNode> out;
    for (auto &[path, docs] : expectedFiles(model, format))
        for (SourceNode &doc : docs)
            out.push_back(std::move(doc));
    return out;
}

// The entries of a list node, or none: references into the tree, never a copy.
const std::vector<SourceNode> &entries(const SourceNode *node)
{
    static const std::vector<SourceNode> none;
    return node && node->isSequence() ? node->items() : none;
}

} // namespace seam
