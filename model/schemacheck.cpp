#include "schemacheck.h"

#include <algorithm>
#include <unordered_map>

namespace seam::reading {

namespace {

// Keywords whose value is one sub-schema, and those whose value is a list or a map of them.
constexpr std::array<std::string_view, 8> kOneSchema {
    "items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"};
constexpr std::array<std::string_view, 4> kSchemaLists {"allOf", "anyOf", "oneOf", "prefixItems"};
constexpr std::array<std::string_view, 4> kSchemaMaps {"patternProperties", "$defs", "definitions", "dependentSchemas"};

template <size_t N> bool among(const std::array<std::string_view, N> &names, std::string_view key)
{
    return std::find(names.begin(), names.end(), key) != names.end();
}

class SchemaChecker {
public:
    SchemaChecker(Reader &reader)
        : m_reader(reader)
    {
    }

    void check(const SourceNode &node, const std::string &context, SchemaPlace place)
    {
        if (!node.isMap()) // `true`/`false` schemas and the like: nothing of ours to check
            return;
        for (size_t i = 0; i < node.size(); ++i) {
            const std::string &key = node.keyAt(i);
            const SourceNode &keyNode = node.keyNodeAt(i);
            const SourceNode &value = node.items()[i];
            if (key == "type")
                checkType(value);
            else if (key == "properties")
                checkProperties(value, context);
            else if (key == "required")
                checkRequired(value);
            else if (key == "field" || key == "optional" || key == "oneof")
                checkPropertyKeyword(key, keyNode, value, place);
            else if (key == "map_key")
                checkMapKey(node, keyNode, value);
            else if (key == "enum_numbers")
                checkEnumNumbers(node, keyNode, value);
            else if (key == "package")
                checkPackage(keyNode, value, place);
            else if (among(kOneSchema, key))
                check(value, context, SchemaPlace::Nested);
            else if (among(kSchemaLists, key) && value.isSequence())
                for (const SourceNode &item : value.items())
                    check(item, context, SchemaPlace::Nested);
            else if (among(kSchemaMaps, key) && value.isMap())
                for (const SourceNode &item : value.items())
                    check(item, context, SchemaPlace::Nested);
        }
    }

private:
    void checkType(const SourceNode &value)
    {
        const auto one = [&](const SourceNode &type) {
            if (type.isScalar() && among(kJsonSchemaTypes, type.text()))
                return;
            m_reader.error(type.mark(),
                           "unknown type " + describe(type)
                               + (type.isScalar() ? closestHint(type.text(), kJsonSchemaTypes) : "")
                               + " (valid: " + joinNames(kJsonSchemaTypes) + ")");
        };
        if (value.isSequence())
            for (const SourceNode &type : value.items())
                one(type);
        else
            one(value);
    }

    // Field numbers are unique within one message: its `properties`.
    void checkProperties(const SourceNode &value, const std::string &context)
    {
        if (!value.isMap()) {
            m_reader.error(value.mark(),
                           "'properties' must be a map of property name → schema, not " + describe(value));
            return;
        }
        std::unordered_map<long long, std::string> numbers;
        for (size_t i = 0; i < value.size(); ++i) {
            const std::string &name = value.keyAt(i);
            const SourceNode &property = value.items()[i];
            check(property, context, SchemaPlace::Property);
            const SourceNode *field = property.isMap() ? property.find("field") : nullptr;
            long long number = 0;
            if (!field || !field->toInt(number))
                continue;
            auto [it, inserted] = numbers.emplace(number, name);
            if (!inserted)
                m_reader.error(field->mark(),
                               "field number " + std::to_string(number) + " of property '" + name
                                   + "' is already the number of property '" + it->second + "' in " + context);
        }
    }

    void checkRequired(const SourceNode &value)
    {
        if (!value.isSequence()) {
            m_reader.error(value.mark(), "'required' must be a list of property names, not " + describe(value));
            return;
        }
        for (const SourceNode &item : value.items())
            if (!item.isScalar())
                m_reader.error(item.mark(), "entries of 'required' must be property names, not " + describe(item));
    }

    void checkPropertyKeyword(const std::string &key, const SourceNode &keyNode, const SourceNode &value,
                              SchemaPlace place)
    {
        if (place != SchemaPlace::Property) {
            m_reader.error(keyNode.mark(),
                           "'" + key + "' belongs in a property's schema (inside 'properties'), not here");
            return;
        }
        if (key == "field") {
            std::optional<long long> number;
            m_reader.readInt(&value, number, limits::kProtoFieldNumber);
            if (number && *number >= 19000 && *number <= 19999)
                m_reader.error(value.mark(),
                               "'field' " + value.text() + " is reserved by Protocol Buffers (19000 to 19999)");
        } else if (key == "optional") {
            std::optional<bool> optional;
            m_reader.readBool(&value, optional, "optional");
        } else if (!value.isScalar() || !isValidSchemaName(value.text())
                   || value.text().find('.') != std::string::npos) {
            m_reader.error(value.mark(),
                           "'oneof' must be the name of the oneof group (letters, digits, _), not " + describe(value));
        }
    }

    void checkMapKey(const SourceNode &schema, const SourceNode &keyNode, const SourceNode &value)
    {
        if (!schema.find("additionalProperties"))
            m_reader.error(keyNode.mark(),
                           "'map_key' describes a map: it needs 'additionalProperties' (the value schema) beside it");
        if (value.isScalar() && among(kMapKeyTypes, value.text()))
            return;
        m_reader.error(value.mark(),
                       "unknown map_key " + describe(value)
                           + (value.isScalar() ? closestHint(value.text(), kMapKeyTypes) : "")
                           + " (valid: " + joinNames(kMapKeyTypes) + ")");
    }

    void checkEnumNumbers(const SourceNode &schema, const SourceNode &keyNode, const SourceNode &value)
    {
        const SourceNode *values = schema.find("enum");
        if (!values) {
            m_reader.error(keyNode.mark(), "'enum_numbers' numbers the values of 'enum': it needs 'enum' beside it");
            return;
        }
        if (!value.isSequence()) {
            m_reader.error(value.mark(), "'enum_numbers' must be a list of whole numbers, not " + describe(value));
            return;
        }
        for (const SourceNode &item : value.items())
            if (long long n = 0; !item.toInt(n))
                m_reader.error(item.mark(), "entries of 'enum_numbers' must be whole numbers, not " + describe(item));
        if (values->isSequence() && values->size() != value.size())
            m_reader.error(value.mark(),
                           "'enum_numbers' has " + std::to_string(value.size()) + " entries but 'enum' has "
                               + std::to_string(values->size()) + ": one number per value");
    }

    void checkPackage(const SourceNode &keyNode, const SourceNode &value, SchemaPlace place)
    {
        if (place != SchemaPlace::Named) {
            m_reader.error(keyNode.mark(),
                           "'package' belongs at the top of an entry of 'schemas' (the proto package of the message)");
            return;
        }
        if (!value.isScalar() || !isValidSchemaName(value.text()))
            m_reader.error(value.mark(),
                           "'package' must be a proto package name (e.g. shop.cart.v1), not " + describe(value));
    }

    Reader &m_reader;
};

} // namespace

void checkSchemaBody(Reader &reader, const SourceNode &body, const std::string &context, SchemaPlace place)
{
    SchemaChecker(reader).check(body, context, place);
}

} // namespace seam::reading
