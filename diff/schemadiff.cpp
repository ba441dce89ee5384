#include "schemadiff.h"

#include <algorithm>
#include <set>

namespace seam::diff {

namespace {

std::string label(const std::string &path)
{
    return path.empty() ? std::string("the schema") : "field '" + path + "'";
}

std::string scalarText(const SourceNode *node)
{
    if (!node)
        return {};
    if (node->isScalar())
        return node->text();
    std::string out;
    for (const SourceNode &item : node->items())
        if (item.isScalar())
            out += (out.empty() ? "" : "|") + item.text();
    return out;
}

// What a property holds, as one comparable text: `$ref Name`, or its type with its format.
std::string typeOf(const SourceNode &node)
{
    if (!node.isMap())
        return {};
    if (const SourceNode *ref = node.find("$ref"); ref && ref->isScalar())
        return "$ref " + ref->text();
    std::string type = scalarText(node.find("type"));
    if (const std::string format = scalarText(node.find("format")); !format.empty())
        type += (type.empty() ? "" : " ") + std::string("(") + format + ")";
    return type;
}

std::set<std::string> requiredOf(const SourceNode &node)
{
    std::set<std::string> out;
    if (const SourceNode *required = node.isMap() ? node.find("required") : nullptr; required && required->isSequence())
        for (const SourceNode &item : required->items())
            if (item.isScalar())
                out.insert(item.text());
    return out;
}

std::vector<std::string> enumOf(const SourceNode &node)
{
    std::vector<std::string> out;
    if (const SourceNode *values = node.isMap() ? node.find("enum") : nullptr; values && values->isSequence())
        for (const SourceNode &item : values->items())
            out.push_back(item.isScalar() ? item.text() : std::string());
    return out;
}

class Comparer {
public:
    std::vector<SchemaNote> notes;

    void property(const SourceNode &a, const SourceNode &b, const std::string &path)
    {
        const size_t before = notes.size();
        if (const std::string ta = typeOf(a), tb = typeOf(b); ta != tb)
            add("field-type-changed",
                label(path) + " type " + (ta.empty() ? "any" : ta) + " → " + (tb.empty() ? "any" : tb));
        const std::string fa = scalarText(a.isMap() ? a.find("field") : nullptr);
        const std::string fb = scalarText(b.isMap() ? b.find("field") : nullptr);
        if (fa != fb && !fa.empty())
            add("field-number-changed",
                label(path) + " field number " + fa + " → " + (fb.empty() ? std::string("none") : fb));
        const std::string oa = scalarText(a.isMap() ? a.find("oneof") : nullptr);
        const std::string ob = scalarText(b.isMap() ? b.find("oneof") : nullptr);
        if (oa != ob)
            add("field-oneof-changed",
                label(path) + " oneof " + (oa.empty() ? std::string("none") : oa) + " → "
                    + (ob.empty() ? std::string("none") : ob));
        const std::vector<std::string> ea = enumOf(a), eb = enumOf(b);
        for (const std::string &value : ea)
            if (!eb.empty() && std::find(eb.begin(), eb.end(), value) == eb.end())
                add("enum-value-removed", label(path) + " lost enum value '" + value + "'");
        object(a, b, path);
        const SourceNode *ia = a.isMap() ? a.find("items") : nullptr;
        const SourceNode *ib = b.isMap() ? b.find("items") : nullptr;
        if (ia && ib)
            property(*ia, *ib, path + "[]");
        const SourceNode *va = a.isMap() ? a.find("additionalProperties") : nullptr;
        const SourceNode *vb = b.isMap() ? b.find("additionalProperties") : nullptr;
        if (va && vb && va->isMap() && vb->isMap())
            property(*va, *vb, path + "{}");
        // Descriptions, examples, bounds: changed, but nothing a reader trips over.
        if (notes.size() == before && !(a == b))
            notes.push_back({{}, label(path) + " changed"});
    }

private:
    void add(std::string_view kind, std::string text) { notes.push_back({kind, std::move(text)}); }

    void object(const SourceNode &a, const SourceNode &b, const std::string &path)
    {
        const SourceNode *pa = a.isMap() ? a.find("properties") : nullptr;
        const SourceNode *pb = b.isMap() ? b.find("properties") : nullptr;
        const std::set<std::string> ra = requiredOf(a), rb = requiredOf(b);
        const std::string prefix = path.empty() ? "" : path + ".";
        if (pa && pa->isMap()) {
            for (size_t i = 0; i < pa->size(); ++i) {
                const std::string &name = pa->keyAt(i);
                const SourceNode *other = pb && pb->isMap() ? pb->find(name) : nullptr;
                if (!other)
                    add("field-removed", label(prefix + name) + " removed");
                else
                    property(pa->items()[i], *other, prefix + name);
            }
        }
        if (pb && pb->isMap()) {
            for (size_t i = 0; i < pb->size(); ++i) {
                const std::string &name = pb->keyAt(i);
                const bool existed = pa && pa->isMap() && pa->find(name);
                if (!existed && rb.count(name))
                    add("required-field-added", "required " + label(prefix + name) + " added");
                else if (!existed)
                    notes.push_back({{}, label(prefix + name) + " added"});
                else if (rb.count(name) && !ra.count(name))
                    add("required-field-added", label(prefix + name) + " became required");
            }
        }
    }
};

} // namespace

std::vector<SchemaNote> compareSchemaBodies(const SourceNode &before, const SourceNode &after)
{
    if (before == after)
        return {};
    Comparer comparer;
    comparer.property(before, after, "");
    if (comparer.notes.empty())
        comparer.notes.push_back({{}, "changed"});
    return comparer.notes;
}

} // namespace seam::diff
