#include "contractschema.h"

#include "model/contracts.h"

#include <array>

namespace seam {

namespace {

constexpr std::array<std::string_view, 6> kSeamKeywords {"field",   "optional",     "oneof",
                                                         "map_key", "enum_numbers", "package"};

// Keywords whose value is one schema, and those whose value is a list or a name → schema map.
bool holdsSchema(std::string_view key)
{
    return key == "items" || key == "additionalProperties" || key == "not" || key == "contains"
        || key == "propertyNames" || key == "if" || key == "then" || key == "else" || key == "unevaluatedItems"
        || key == "unevaluatedProperties" || key == "additionalItems" || key == "contentSchema";
}
bool holdsSchemaList(std::string_view key)
{
    return key == "allOf" || key == "anyOf" || key == "oneOf" || key == "prefixItems";
}
bool holdsSchemaMap(std::string_view key)
{
    return key == "properties" || key == "patternProperties" || key == "$defs" || key == "definitions"
        || key == "dependentSchemas";
}

void replaceWellKnown(OrderedJson &schema, std::string_view refPrefix)
{
    const auto ref = schema.find("$ref");
    if (ref == schema.end() || !ref->is_string())
        return;
    const std::string &target = ref->get_ref<const std::string &>();
    if (target.compare(0, refPrefix.size(), refPrefix) != 0)
        return;
    const WellKnownType *type = findWellKnownType(std::string_view(target).substr(refPrefix.size()));
    if (!type)
        return;
    OrderedJson out = OrderedJson::object();
    if (!type->jsonType.empty())
        out["type"] = std::string(type->jsonType);
    if (!type->jsonFormat.empty())
        out["format"] = std::string(type->jsonFormat);
    for (auto it = schema.begin(); it != schema.end(); ++it)
        if (it.key() != "$ref" && !out.contains(it.key()))
            out[it.key()] = it.value();
    schema = std::move(out);
}

} // namespace

void toJsonSpecForm(OrderedJson &schema, std::string_view refPrefix)
{
    if (!schema.is_object())
        return;
    for (std::string_view keyword : kSeamKeywords)
        schema.erase(std::string(keyword));
    replaceWellKnown(schema, refPrefix);
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        OrderedJson &value = it.value();
        if (holdsSchema(it.key())) {
            toJsonSpecForm(value, refPrefix);
        } else if (holdsSchemaList(it.key()) && value.is_array()) {
            for (OrderedJson &member : value)
                toJsonSpecForm(member, refPrefix);
        } else if (holdsSchemaMap(it.key()) && value.is_object()) {
            for (auto member = value.begin(); member != value.end(); ++member)
                toJsonSpecForm(member.value(), refPrefix);
        }
    }
}

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
    case SourceNode::Type::Map: {
        OrderedJson object = OrderedJson::object();
        reserveMembers(object, node.size());
        for (size_t i = 0; i < node.size(); ++i)
            object[node.keyAt(i)] = nodeToJson(node.items()[i]);
        return object;
    }
    }
    return nullptr;
}

} // namespace seam
